// batchdeck: the desktop app.
#include "app/shell/applicationidentity.h"
#include "app/shell/mainwindow.h"
#include "core/api/logging.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    BatchDeck::installSecretMaskingMessageHandler(); // before anything could log the key
    QApplication app(argc, argv);
    BatchDeck::setUpApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Browse LlamaCloud batch-processing jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start on the built-in demo data."));
    parser.addOption(demo);
    parser.process(app);

    BatchDeck::MainWindow window;
    window.show();
    window.start(parser.isSet(demo));
    return app.exec();
}
