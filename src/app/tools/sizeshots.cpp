// batchdeck-sizeshots: the first five minutes at one screen size, for docs/screenshots/. The
// window opens as on a first start (fitted to the screen), and shows the v1 jobs, the same jobs
// after View › Watch All Running in View (the eyes in the ID column, the status bar's count), the
// v2 batches, a failed batch's results with an error in the preview, and the Connection dialog in
// demo mode and with its plain-http warning. Run under Xvfb with the screen at the size to show
// (and QT_SCALE_FACTOR=2 for 2x); packaging/size-screenshots.sh runs all three sizes.
#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchesview.h"
#include "app/batches/batchresultsmodel.h"
#include "app/batches/batchtablemodel.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/shell/mainwindow.h"
#include "app/tools/screenshotsupport.h"
#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace BatchDeck;
using namespace BatchDeck::Screenshots;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations();
    QApplication::setApplicationName(QStringLiteral("BatchDeck"));
    QApplication::setOrganizationName(QStringLiteral("BatchDeck"));
    // A first start: no settings of earlier runs (QSettings does not follow the test mode).
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    const QStringList arguments = app.arguments();
    const QString name = arguments.value(1);
    const QDir folder(arguments.value(2));
    if (name.isEmpty() || !folder.exists()) {
        qCritical("usage: batchdeck-sizeshots NAME FOLDER (NAME such as 1024x768 or 2x)");
        return 2;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/batchdeck.svg")));
    const auto shot = [&name](const char *what) {
        return QStringLiteral("%1-%2.png").arg(name, QLatin1String(what));
    };

    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    window.showView(&window.jobsView());
    window.show();
    window.start(true);

    std::function<void()> shootWatching, shootBatches, shootFailedBatch, shootConnection;
    whenReady([&] { return jobsShown(window); },
              [&] {
                  save(&window, folder, shot("jobs"));
                  shootWatching();
              });

    shootWatching = [&] {
        window.findChild<QAction *>(QStringLiteral("actionWatchAllRunning"))->trigger();
        QTimer::singleShot(300, &window, [&] {
            save(&window, folder, shot("watching"));
            shootBatches();
        });
    };

    shootBatches = [&] {
        window.showView(&window.batchesView());
        whenReady([&] { return batchesShown(window); },
                  [&] {
                      save(&window, folder, shot("batches"));
                      shootFailedBatch();
                  });
    };

    // A failed batch's results, the first file that failed chosen, its error in the preview.
    shootFailedBatch = [&] {
        BatchDetailsDialog *details = window.batchesView().openDetails(failedOrFirstBatch(window));
        whenReady(
            [details] {
                return details->batch().results.has_value() && !details->isLoadingFileNames();
            },
            [&, details] {
                details->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
                auto *results = details->findChild<QTableView *>(QStringLiteral("resultsTable"));
                const BatchResultsModel &model = details->results();
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (!model.index(row, BatchResultsModel::Error).data().toString().isEmpty()) {
                        results->setFocus();
                        results->selectRow(row);
                        break;
                    }
                }
                QTimer::singleShot(300, &window, [&, details] {
                    save(details, folder, shot("failed-batch-results"));
                    details->close();
                    shootConnection();
                });
            });
    };

    // The Connection dialog as a demo user opens it, then with a plain-http server typed in.
    shootConnection = [&] {
        window.findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
        QTimer::singleShot(300, &window, [&] {
            auto *dialog = window.findChild<ConnectionDialog *>();
            save(dialog, folder, shot("connection-demo"));
            dialog->findChild<QRadioButton *>(QStringLiteral("customRadio"))->click();
            dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))
                ->setText(QStringLiteral("http://batch.example.com:8080"));
            QTimer::singleShot(300, &window, [&, dialog] {
                save(dialog, folder, shot("connection-plain-http"));
                dialog->reject();
                QApplication::exit(0);
            });
        });
    };
    return app.exec();
}
