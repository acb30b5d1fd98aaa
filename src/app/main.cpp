// batchdeck: the desktop app.
#include "app/shell/applicationidentity.h"
#include "app/shell/mainwindow.h"
#include "core/api/logging.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

// The translation context of this file's words, where lupdate can see it.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck)
};

} // namespace

int main(int argc, char *argv[])
{
    BatchDeck::installSecretMaskingMessageHandler(); // before anything could log the key
    QApplication app(argc, argv);
    BatchDeck::setUpApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Browse LlamaCloud batch-processing jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  MainText::tr("Start on the built-in demo data."));
    parser.addOption(demo);
    parser.process(app);

    BatchDeck::MainWindow window;
    window.show();
    window.start(parser.isSet(demo));
    return app.exec();
}
