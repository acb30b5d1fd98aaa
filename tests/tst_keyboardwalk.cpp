// The window with the keyboard alone, as a user without a mouse meets it: every Tab stop shows
// where focus is, Tab never gets stuck, and filters, the table, paging, a job's details, the
// cancel confirmation and an export all work from the keys. Also the Help menu's keyboard
// shortcuts window, which must list every command with keys, each keys only once.
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/guidedialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/shortcutsdialog.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <functional>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

QString describe(const QWidget *widget)
{
    return widget
        ? QStringLiteral("%1 \"%2\"")
              .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
        : QStringLiteral("nothing");
}

// Presses Tab until `target` has focus, at most `limit` times. Every stop on the way must be a
// visible, enabled widget inside its window: focus never goes where the user cannot see it.
bool tabTo(QWidget *target, QString *failure, int limit = 80)
{
    QStringList visited;
    for (int press = 0; press <= limit; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (visited.isEmpty() || visited.constLast() != describe(focus)))
            visited << describe(focus);
        if (focus == target)
            return true;
        if (!focus) {
            *failure = QStringLiteral("no widget has focus");
            return false;
        }
        const QRect inWindow(focus->mapTo(focus->window(), QPoint(0, 0)), focus->size());
        if (!focus->isVisible() || !focus->isEnabled() || focus->visibleRegion().isEmpty()
            || !focus->window()->rect().intersects(inWindow)) {
            *failure =
                QStringLiteral("focus went to %1, which cannot be seen").arg(describe(focus));
            return false;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    *failure = QStringLiteral("%1 Tab presses did not reach %2; focus went to %3")
                   .arg(limit)
                   .arg(describe(target), visited.mid(0, 20).join(QStringLiteral(", ")));
    return false;
}

// The Tab stops of `window`, in order, from the widget that has focus round to it again.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (int press = 0; press < 100; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window || chain.contains(focus))
            break;
        chain << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return chain;
}

// Whether `widget` is drawn differently with keyboard focus than without it.
bool showsFocus(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage focused = widget->grab().toImage();
    widget->clearFocus();
    QCoreApplication::processEvents();
    const QImage unfocused = widget->grab().toImage();
    return focused != unfocused;
}

// Whether `window` becomes the application's active window: qWaitForWindowActive also accepts
// a dialog whose parent is active, before the dialog has the keyboard.
bool becomesActive(QWidget *window)
{
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5'000);
}

int proxyRowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, JobTableModel::Id).data(Qt::ToolTipRole).toString() == id
            || model->index(row, JobTableModel::Id).data().toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyTabStopShowsFocus();
    void windowWorksWithTheKeyboardAlone();
    void everyShortcutIsUnique();
    void shortcutsWindowListsTheMenus();
    void guideOpensWithF1();

private:
    MainWindow *startDemo();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_exportDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void TestKeyboardWalk::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
    QVERIFY(m_exportDir.isValid());
}

void TestKeyboardWalk::init()
{
    clearSettings();
}

void TestKeyboardWalk::cleanup()
{
    m_modelTester.reset();
    m_window.reset();
}

MainWindow *TestKeyboardWalk::startDemo()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->jobsView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 760);
    m_window->show();
    m_window->activateWindow();
    m_window->start(true);
    return m_window.get();
}

void TestKeyboardWalk::everyTabStopShowsFocus()
{
    MainWindow *window = startDemo();
    QVERIFY(becomesActive(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->jobsView().model().rowCount(), 50, 20'000);
    auto *table = child<JobTableView>(window, "jobTable");
    QTRY_VERIFY(table->hasFocus()); // where a connected window starts
    table->setCurrentIndex(table->model()->index(0, 0));

    const QList<QWidget *> chain = tabChain(window);
    QVERIFY2(chain.size() >= 8, qPrintable(QString::number(chain.size())));
    QVERIFY(chain.contains(table));
    QVERIFY(chain.contains(child<QWidget>(window, "quickSearch")));
    QVERIFY(chain.contains(child<QWidget>(window, "statusList")));
    QVERIFY(chain.contains(child<QWidget>(window, "pageSizeSpin")));
    for (QWidget *stop : chain)
        QVERIFY2(showsFocus(stop), qPrintable(describe(stop) + QStringLiteral(" shows no focus")));
}

void TestKeyboardWalk::windowWorksWithTheKeyboardAlone()
{
    MainWindow *window = startDemo();
    QVERIFY(becomesActive(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->jobsView().model().rowCount(), 50, 20'000);
    auto *table = child<JobTableView>(window, "jobTable");
    QTRY_VERIFY(table->hasFocus());
    QString failure;

    // The table: the arrows walk to a running job, Return opens it.
    const Job *running = nullptr;
    for (const Job &job : window->jobsView().model().jobs()) {
        if (job.knownStatus() == JobStatus::Running
            && (!running
                || job.totalItems - job.processedItems
                    > running->totalItems - running->processedItems))
            running = &job;
    }
    QVERIFY(running);
    const QString runningId = running->id;
    const int runningRow = proxyRowOf(table->model(), runningId);
    QVERIFY(runningRow >= 0);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int row = 0; row < runningRow; ++row)
        QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), runningRow);
    QTest::keyClick(table, Qt::Key_Return);
    JobDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = window->findChild<JobDetailsDialog *>()) && details->isVisible());
    QCOMPARE(details->jobId(), runningId);
    QVERIFY(becomesActive(details));

    // The cancel confirmation: reached with Tab, opened with Space, and Escape keeps the job.
    auto *cancel = child<QPushButton>(details, "cancelJobButton");
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 20'000);
    QVERIFY2(tabTo(cancel, &failure), qPrintable(failure));
    QTest::keyClick(cancel, Qt::Key_Space);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = details->findChild<QMessageBox *>()) && question->isVisible());
    QVERIFY(question->defaultButton());
    QVERIFY(question->buttonRole(question->defaultButton()) != QMessageBox::DestructiveRole);
    QVERIFY(becomesActive(question));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!question->isVisible());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QLabel>(details, "messageLabel")->text().contains(u"cancelled"));
    const int modelRow = window->jobsView().model().rowOf(runningId);
    QVERIFY(window->jobsView().model().jobAt(modelRow)->status != u"cancelled");
    // Escape closes the details, and the table has the keyboard again.
    details->activateWindow(); // the window manager's part when the box closes
    QVERIFY(becomesActive(details));
    QTest::keyClick(details, Qt::Key_Escape);
    QTRY_VERIFY(!details->isVisible());
    window->activateWindow(); // what the window manager does when a dialog closes
    QVERIFY(becomesActive(window));
    QTRY_VERIFY(table->hasFocus());

    // Paging: Alt+Right and Alt+Left.
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->jobsView().browser().page() == 1
                                 && !window->jobsView().browser().isLoading(),
                             20'000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->jobsView().browser().page() == 0
                                 && !window->jobsView().browser().isLoading(),
                             20'000);

    // A filter: Tab to the statuses, the arrows to Failed.
    auto *statusList = child<QListWidget>(window, "statusList");
    QVERIFY2(tabTo(statusList, &failure), qPrintable(failure));
    for (int press = 0; press < statusList->count(); ++press) {
        if (statusList->currentItem() && statusList->currentItem()->text().startsWith(u"Failed"))
            break;
        QTest::keyClick(statusList, Qt::Key_Down);
    }
    QTRY_COMPARE(window->jobsView().browser().filter().status.value_or(QString()),
                 QStringLiteral("failed"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().browser().isLoading()
                                 && window->jobsView().model().rowCount() > 0,
                             20'000);
    for (const Job &job : window->jobsView().model().jobs())
        QCOMPARE(job.status, QStringLiteral("failed"));

    // Export: Ctrl+E, a path typed in, Return.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *exporting = nullptr;
    QTRY_VERIFY((exporting = window->findChild<ExportDialog *>()) && exporting->isVisible());
    QVERIFY(becomesActive(exporting));
    auto *path = child<QLineEdit>(exporting, "pathEdit");
    QVERIFY2(tabTo(path, &failure), qPrintable(failure));
    const QString file = m_exportDir.filePath(QStringLiteral("keyboard.csv"));
    QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(path, file);
    QCOMPARE(path->text(), file);
    QSignalSpy finished(&window->exportRunner(), &ExportRunner::finished);
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY(finished.wait(60'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, *window->jobsView().browser().totalSize());
    QVERIFY(QFile::exists(file));
    QMessageBox *done = nullptr;
    QTRY_VERIFY((done = window->findChild<QMessageBox *>()) && done->isVisible());
    QVERIFY(becomesActive(done));
    QTest::keyClick(done, Qt::Key_Escape);
    QTRY_VERIFY(!done->isVisible());
}

void TestKeyboardWalk::everyShortcutIsUnique()
{
    // Two commands on one key fire neither (Qt calls it ambiguous and drops the key): Sync Now
    // and Auto-refresh once shared Ctrl+Shift+R.
    MainWindow *window = startDemo();
    QMap<QString, QString> owners;
    for (const QAction *action : window->findChildren<QAction *>()) {
        // A list's own Ctrl+C is its widget's alone.
        if (action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString keys = key.toString(QKeySequence::PortableText);
            const QString name = action->text() + u" (" + action->objectName() + u')';
            QVERIFY2(
                !owners.contains(keys),
                qPrintable(
                    QStringLiteral("%1 is both %2 and %3").arg(keys, owners.value(keys), name)));
            owners.insert(keys, name);
        }
    }
    QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+R")));
    QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+S")));
}

void TestKeyboardWalk::shortcutsWindowListsTheMenus()
{
    MainWindow *window = startDemo();
    QVERIFY(becomesActive(window));
    QTest::keyClick(window, Qt::Key_Slash, Qt::ControlModifier);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    auto *tree = child<QTreeWidget>(dialog, "shortcutsTree");
    QMap<QString, QString> listed;
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        for (int row = 0; row < tree->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem *item = tree->topLevelItem(group)->child(row);
            listed.insert(item->text(0), item->text(1));
        }
    }
    // Every menu command with keys is listed with them, as the menu shows it.
    QList<const QAction *> menuActions;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->menu())
                collect(action->menu()->actions());
            else
                menuActions << action;
        }
    };
    collect(window->menuBar()->actions());
    int commands = 0;
    for (const QAction *action : std::as_const(menuActions)) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        QVERIFY2(listed.value(text).contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(text));
        ++commands;
    }
    QVERIFY(commands >= 10);
    QCOMPARE(listed.value(QStringLiteral("Refresh")), QStringLiteral("F5"));
    QVERIFY(listed.contains(QStringLiteral("Empty the search field")));
    // Asking again raises the same window.
    window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    QCOMPARE(window->findChildren<ShortcutsDialog *>().size(), 1);
    QTest::keyClick(tree, Qt::Key_Escape);
    QTRY_VERIFY(window->findChildren<ShortcutsDialog *>().isEmpty());
}

void TestKeyboardWalk::guideOpensWithF1()
{
    MainWindow *window = startDemo();
    QVERIFY(becomesActive(window));
    QTest::keyClick(window, Qt::Key_F1);
    GuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = window->findChild<GuideDialog *>()) && guide->isVisible());
    const QString text = child<QTextBrowser>(guide, "guideText")->toPlainText();
    QVERIFY2(text.contains(u"batchdeck-cli"), qPrintable(text.left(200)));
    QVERIFY(!GuideDialog::guideMarkdown().contains(u"](docs/"));
    QVERIFY(GuideDialog::guideMarkdown().contains(u"(https://"));
    // The web reference is https, and the action that opens it is in the Help menu (not
    // triggered here: tests open nothing outside this machine).
    QCOMPARE(GuideDialog::apiReferenceUrl().scheme(), QStringLiteral("https"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionApiReference")));
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
