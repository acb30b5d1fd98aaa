// batchdeck-screenshots: renders the main window, a job's details and the export dialog on the
// demo data into PNG files, for the README. Run with QT_QPA_PLATFORM=offscreen for stable output.
#include "credentialstore.h"
#include "exportdialog.h"
#include "jobdetailsdialog.h"
#include "jobtablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QPalette>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace BatchDeck;

namespace {

// Calls `then` once `ready` holds, checking as the event loop runs; gives up after 30 s.
void whenReady(std::function<bool()> ready, std::function<void()> then, int triesLeft = 300)
{
    if (ready()) {
        QTimer::singleShot(300, then); // let the last paint settle
        return;
    }
    if (triesLeft == 0) {
        qCritical("screenshots: timed out waiting for the demo data");
        QApplication::exit(1);
        return;
    }
    QTimer::singleShot(100, [=] { whenReady(ready, then, triesLeft - 1); });
}

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    const bool saved = widget->grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BatchDeck"));
    QApplication::setOrganizationName(QStringLiteral("BatchDeck"));
    QStandardPaths::setTestModeEnabled(true); // leave the user's own settings alone
    QStringList arguments = app.arguments();
    const bool dark = arguments.removeAll(QStringLiteral("--dark")) > 0;
    const QDir folder(arguments.value(1, QStringLiteral(".")));
    if (!folder.exists()) {
        qCritical("usage: batchdeck-screenshots [--dark] FOLDER");
        return 2;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/batchdeck.svg")));
    if (dark) { // to check that badges and bars stay readable on a dark palette
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Highlight, QColor(0x2d, 0x5f, 0x9e));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(palette);
    }
    const QString prefix = dark ? QStringLiteral("dark-") : QString();

    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    window.resize(1360, 780);
    window.show();
    QTimer::singleShot(300, [&] {
        save(&window, folder, prefix + QStringLiteral("welcome.png")); // what a first start shows
        window.start(true);
    });

    whenReady(
        [&] { return window.jobModel().rowCount() > 0 && !window.browser().isLoading(); },
        [&] {
            auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
            table->selectRow(2);
            save(&window, folder, prefix + QStringLiteral("main-window.png"));

            // The details of a failed job, with its items.
            const QList<BatchJob> &jobs = window.jobModel().jobs();
            const auto failed = std::find_if(jobs.begin(), jobs.end(), [](const BatchJob &job) {
                return job.knownStatus() == JobStatus::Failed;
            });
            JobDetailsDialog *details =
                window.openDetails(failed != jobs.end() ? *failed : jobs.first());
            details->resize(900, 680);
            auto *items = details->findChild<QTableView *>(QStringLiteral("itemsTable"));
            whenReady(
                [items] { return items->model()->rowCount() > 0; },
                [&, details] {
                    save(details, folder, prefix + QStringLiteral("job-details.png"));
                    details->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
                    QTimer::singleShot(300, [&, details] {
                        save(details, folder, prefix + QStringLiteral("job-items.png"));
                        details->close();
                        window.openExportDialog();
                        QTimer::singleShot(300, [&] {
                            auto *dialog = window.findChild<ExportDialog *>();
                            save(dialog, folder, prefix + QStringLiteral("export-dialog.png"));
                            QApplication::quit();
                        });
                    });
                });
        });
    return app.exec();
}
