// batchdeck-screenshots: renders the main window (v1 jobs and v2 batches), a job's details and
// items, an item's processing results, a batch's details, the project picker and the export
// dialog on the demo data into PNG files, for the README. Run with QT_QPA_PLATFORM=offscreen for
// stable output.
#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchesview.h"
#include "app/batches/batchtablemodel.h"
#include "app/batches/batchtableview.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/alljobsview.h"
#include "app/indexviews/faileditemsmode.h"
#include "app/indexviews/failuresview.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/overviewview.h"
#include "app/indexviews/stuckview.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/jobs/processingresultspanel.h"
#include "app/shell/mainwindow.h"
#include "app/tools/screenshotsupport.h"
#include "core/translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Screenshots;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BatchDeck::installTranslations();
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
        // Without these a disabled button and an empty field's hint read as in the light palette.
        const QColor dimmed(0x80, 0x80, 0x80);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, dimmed);
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(palette);
    }
    const QString prefix = dark ? QStringLiteral("dark-") : QString();

    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    window.resize(1360, 780);
    // The v1 jobs first, whichever source the last run ended on.
    window.showView(&window.jobsView());
    window.show();
    QTimer::singleShot(300, &window, [&] {
        save(&window, folder, prefix + QStringLiteral("welcome.png")); // what a first start shows
        window.start(true);
    });

    // Run one after the other, each when what it shows has arrived.
    std::function<void()> shootExportProgress, shootItemResults, shootProjectPicker, shootBatches,
        shootBatchDetails, shootIndexViews, shootFailedItems;

    whenReady(
        [&] { return jobsShown(window); },
        [&] {
            auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
            table->selectRow(2);
            save(&window, folder, prefix + QStringLiteral("main-window.png"));

            // The details of a failed job, with its items.
            const QList<Job> &jobs = window.jobsView().model().jobs();
            const auto failed = std::find_if(jobs.begin(), jobs.end(), [](const Job &job) {
                return job.knownStatus() == JobStatus::Failed;
            });
            JobDetailsDialog *details =
                window.jobsView().openDetails(failed != jobs.end() ? *failed : jobs.first());
            details->resize(900, 680);
            auto *items = details->findChild<QTableView *>(QStringLiteral("itemsTable"));
            whenReady(
                [items] { return items->model()->rowCount() > 0; },
                [&, details] {
                    save(details, folder, prefix + QStringLiteral("job-details.png"));
                    details->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
                    QTimer::singleShot(300, &window, [&, details] {
                        save(details, folder, prefix + QStringLiteral("job-items.png"));
                        details->close();
                        window.openExportDialog();
                        QTimer::singleShot(300, &window, [&] {
                            auto *dialog = window.findChild<ExportDialog *>();
                            save(dialog, folder, prefix + QStringLiteral("export-dialog.png"));
                            dialog->close();
                            shootExportProgress();
                        });
                    });
                });
        });

    // The export of every job as it runs (its progress dialog), then its result.
    QTemporaryDir exportFolder;
    shootExportProgress = [&] {
        window.exportRunner().exportMatching({}, exportFolder.filePath(QStringLiteral("jobs.csv")),
                                             {});
        auto *progress = window.findChild<QProgressDialog *>();
        auto *bar = progress ? progress->findChild<QProgressBar *>() : nullptr;
        if (!bar) {
            shootItemResults();
            return;
        }
        auto shot = std::make_shared<QMetaObject::Connection>();
        *shot = QObject::connect(
            bar, &QProgressBar::valueChanged, progress, [progress, shot, folder, prefix] {
                QObject::disconnect(*shot);
                // After the whole update, its label included.
                QMetaObject::invokeMethod(
                    progress,
                    [progress, folder, prefix] {
                        save(progress, folder, prefix + QStringLiteral("export-progress.png"));
                    },
                    Qt::QueuedConnection);
            });
        QObject::connect(
            &window.exportRunner(), &ExportRunner::finished, &window,
            [&] {
                QTimer::singleShot(300, &window, [&] {
                    if (auto *box = window.findChild<QMessageBox *>()) {
                        save(box, folder, prefix + QStringLiteral("export-finished.png"));
                        box->close();
                    }
                    shootItemResults();
                });
            },
            Qt::SingleShotConnection);
    };

    // A job's items with one selected and its processing results beside them.
    shootItemResults = [&] {
        const QList<Job> &jobs = window.jobsView().model().jobs();
        const auto completed = std::find_if(jobs.begin(), jobs.end(), [](const Job &job) {
            return job.knownStatus() == JobStatus::Completed;
        });
        JobDetailsDialog *details =
            window.jobsView().openDetails(completed != jobs.end() ? *completed : jobs.first());
        details->resize(900, 680);
        details->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
        auto *items = details->findChild<QTableView *>(QStringLiteral("itemsTable"));
        auto *panel = details->findChild<ProcessingResultsPanel *>();
        whenReady([items] { return items->model()->rowCount() > 0; },
                  [&, details, items, panel] {
                      items->selectRow(0);
                      whenReady([panel] { return panel->model().rowCount() > 0; },
                                [&, details] {
                                    save(details, folder,
                                         prefix + QStringLiteral("item-results.png"));
                                    details->close();
                                    shootProjectPicker();
                                });
                  });
    };

    // The v1 sidebar's project picker, a couple of letters typed, its matching names listed.
    shootProjectPicker = [&] {
        auto *picker = window.findChild<QComboBox *>(QStringLiteral("projectCombo"));
        whenReady([&] { return window.catalog().projects().size() > 1; },
                  [&, picker] {
                      picker->setFocus();
                      const QString typed = QStringLiteral("es");
                      picker->lineEdit()->setText(typed);
                      picker->completer()->setCompletionPrefix(typed);
                      picker->completer()->complete();
                      QTimer::singleShot(300, &window, [&, picker] {
                          saveWithPopup(&window, picker->completer()->popup(), folder,
                                        prefix + QStringLiteral("project-picker.png"));
                          picker->completer()->popup()->hide();
                          picker->lineEdit()->clear();
                          shootBatches();
                      });
                  });
    };

    // The v2 batches, with the names of their projects and source directories.
    shootBatches = [&] {
        window.showView(&window.batchesView());
        whenReady([&] { return batchesShown(window); },
                  [&] {
                      window.batchesView().batchTable().selectRow(1);
                      save(&window, folder, prefix + QStringLiteral("batches-v2.png"));
                      shootBatchDetails();
                  });
    };

    // A failed batch: its per-file results (some without a job, with the error), then its
    // configuration.
    shootBatchDetails = [&] {
        BatchDetailsDialog *details = window.batchesView().openDetails(failedOrFirstBatch(window));
        details->resize(1040, 680); // whole file and job IDs, and room for the errors
        whenReady([details] { return details->batch().results.has_value(); },
                  [&, details] {
                      save(details, folder, prefix + QStringLiteral("batch-details.png"));
                      details->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
                      QTimer::singleShot(300, &window, [&, details] {
                          save(details, folder, prefix + QStringLiteral("batch-configuration.png"));
                          details->close();
                          shootIndexViews();
                      });
                  });
    };
    // The local index once synced: every job sorted by failed items, the failures grouped by
    // error, the work that is stuck, and the overview of the last 30 days.
    shootIndexViews = [&] {
        whenReady([&] { return window.index().isAvailable() && !window.index().isSyncing(); },
                  [&] {
                      window.showView(&window.allJobsView());
                      window.allJobsView().jobTable().sortByColumn(JobTableModel::Failed,
                                                                   Qt::DescendingOrder);
                      QTimer::singleShot(300, &window, [&] {
                          save(&window, folder, prefix + QStringLiteral("index-all-jobs.png"));
                          window.showView(&window.failuresView());
                          window.failuresView().selectGroup(1);
                          QTimer::singleShot(300, &window, [&] {
                              save(&window, folder, prefix + QStringLiteral("failures.png"));
                              shootFailedItems();
                          });
                      });
                  });
    };
    // The failed items and files of the index's jobs and batches, fetched, grouped, one group's
    // files listed; then the stuck work and the overview of the last 30 days.
    shootFailedItems = [&] {
        FailuresView &failures = window.failuresView();
        failures.setKind(FailuresView::Kind::Items);
        failures.fetchFailedItems();
        whenReady([&failures] { return !failures.itemsMode().isFetching(); },
                  [&] {
                      failures.selectGroup(0);
                      QTimer::singleShot(300, &window, [&] {
                          save(&window, folder, prefix + QStringLiteral("failed-items.png"));
                          failures.setKind(FailuresView::Kind::Jobs);
                          window.showView(&window.stuckView());
                          QTimer::singleShot(300, &window, [&] {
                              save(&window, folder, prefix + QStringLiteral("stuck.png"));
                              auto *overview = window.findChild<OverviewView *>();
                              window.showView(overview);
                              overview->filters().setRange(IndexFilterPanel::Range::LastMonth);
                              QTimer::singleShot(300, &window, [&] {
                                  save(&window, folder, prefix + QStringLiteral("overview.png"));
                                  QApplication::exit(0); // not quit(): it would ask the windows to
                                                         // close, and a message box may refuse
                              });
                          });
                      });
                  });
    };
    return app.exec();
}
