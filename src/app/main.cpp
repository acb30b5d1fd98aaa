// batchdeck: the desktop app.
#include "app/shell/mainwindow.h"
#include "core/api/logging.h"
#include "core/englishplurals.h"
#include "core/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    BatchDeck::installSecretMaskingMessageHandler(); // before anything could log the key
    QApplication app(argc, argv);
    BatchDeck::installEnglishPlurals();
    QApplication::setApplicationName(QStringLiteral("BatchDeck"));
    QApplication::setOrganizationName(QStringLiteral("BatchDeck"));
    QApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("batchdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/batchdeck.svg")));

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
