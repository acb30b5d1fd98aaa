// The filter bar above the table and the sidebars beside it, on the demo data: the bar names what
// was picked by name (the IDs in its tooltip), gives way to the search field, and nothing in the
// window jumps when it or a message shows. With BATCHDECK_SHOTS_DIR set, each step is saved as a
// PNG there, for a look.
#include "app/batches/batchesview.h"
#include "app/batches/batchfilterpanel.h"
#include "app/common/daterangefield.h"
#include "app/common/elidedlabel.h"
#include "app/common/namepicker.h"
#include "app/connection/credentialstore.h"
#include "app/jobs/jobfilterpanel.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "app/shell/sourceswitch.h"
#include "core/catalog/namecatalog.h"
#include "windowtesting.h"

#include <QCalendarWidget>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTest>
#include <QToolButton>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// Where each widget of a panel is, relative to the panel: what a layout jump would change.
QList<QRect> placesIn(QWidget *panel)
{
    QList<QRect> places;
    for (const QWidget *widget : panel->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (widget->isVisible())
            places << QRect(widget->mapTo(panel, QPoint()), widget->size());
    }
    return places;
}

// The window, with `popup` (a top-level menu) drawn where it shows: a grab sees one window.
void saveShot(QWidget *window, const QString &name, QWidget *popup = nullptr)
{
    const QString folder = qEnvironmentVariable("BATCHDECK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    QImage image = window->grab().toImage();
    if (popup) {
        QPainter painter(&image);
        painter.drawPixmap(popup->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint()),
                           popup->grab());
    }
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { clearSettings(); }
    void cleanup() { m_window.reset(); }
    void pickedNamesShowWithoutMovingTheSidebar_data();
    void pickedNamesShowWithoutMovingTheSidebar();
    void messagesMoveNothing_data();
    void messagesMoveNothing();
    void countsMoveNothing();
    void calendarOpensInTheWindow_data();
    void calendarOpensInTheWindow();

private:
    // The demo, at `size`, on `list` ("jobs" or "batches"), with the names listed.
    QWidget *startDemo(const QSize &size, const QString &list);
    // Lays the window out as it stands. The source switch's buttons grow as their counts come,
    // and the splitter gives the sidebar that width only at its next layout request: that
    // request is made here, so that what is measured after it is what the step changed.
    void settleSidebar();

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestFilterBar::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

QWidget *TestFilterBar::startDemo(const QSize &size, const QString &list)
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->start(true);
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_window->jobsView().browser().lastRefreshed().isValid()
                && !m_window->catalog().isLoading() && !m_window->catalog().projects().isEmpty();
        },
        20'000);
    if (!ready)
        return nullptr;
    if (list == u"batches") {
        m_window->showView(&m_window->batchesView());
        if (!QTest::qWaitFor(
                [this] { return m_window->batchesView().browser().lastRefreshed().isValid(); },
                20'000))
            return nullptr;
        return &m_window->batchesView().filters();
    }
    return &m_window->jobsView().filters();
}

void TestFilterBar::settleSidebar()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_window->findChild<QSplitter *>(QStringLiteral("splitter")),
                                &request);
}

void TestFilterBar::pickedNamesShowWithoutMovingTheSidebar_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("projectPicker");
    QTest::addColumn<QString>("directoryPicker");
    QTest::addColumn<QString>("statusList");
    for (const QSize size : {QSize(1280, 760), QSize(1024, 768)}) {
        QTest::addRow("v1 jobs, %dx%d", size.width(), size.height()) << size << "jobs"
                                                                     << "projectCombo"
                                                                     << "directoryCombo"
                                                                     << "statusList";
        QTest::addRow("v2 batches, %dx%d", size.width(), size.height()) << size << "batches"
                                                                        << "batchProjectCombo"
                                                                        << "batchDirectoryCombo"
                                                                        << "batchStatusList";
    }
}

void TestFilterBar::pickedNamesShowWithoutMovingTheSidebar()
{
    QFETCH(QSize, size);
    QFETCH(QString, list);
    QFETCH(QString, projectPicker);
    QFETCH(QString, directoryPicker);
    QFETCH(QString, statusList);
    QWidget *panel = startDemo(size, list);
    QVERIFY(panel);
    auto *bar = child<ElidedLabel>(m_window.get(), QStringLiteral("filterLabel"));
    auto *search = child<QLineEdit>(m_window.get(), QStringLiteral("quickSearch"));
    QVERIFY(!bar->isVisible());
    // A sidebar made wider than it must be: a table that needs more room would take it.
    auto *splitter = child<QSplitter>(m_window.get(), QStringLiteral("splitter"));
    splitter->setSizes({400, splitter->width() - 400});
    const QString shot = QStringLiteral("%1-%2x%3").arg(list).arg(size.width()).arg(size.height());
    settleSidebar();
    saveShot(m_window.get(), shot + QStringLiteral("-unfiltered"));
    const int sidebarWidth = panel->width();

    const Project project = m_window->catalog().projects().first();
    const QList<Directory> directories = m_window->catalog().directoriesOfProject(project.id);
    QVERIFY(!directories.isEmpty());
    const Directory directory = directories.first();
    child<NamePicker>(panel, projectPicker)->lineEdit()->setText(project.name);
    child<NamePicker>(panel, directoryPicker)->lineEdit()->setText(directory.name);
    // More filters than the bar has room for at 1024 pixels.
    child<QListWidget>(panel, statusList)->setCurrentRow(2);
    if (auto *range = panel->findChild<DateRangeField *>())
        range->setLastDays(30);
    else
        child<QListWidget>(panel, QStringLiteral("typeList"))->setCurrentRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->fullText().contains(directory.name), 10'000);

    // Names on the bar, the IDs behind them in its tooltip.
    QVERIFY2(bar->fullText().contains(project.name), qPrintable(bar->fullText()));
    QVERIFY2(!bar->fullText().contains(directory.id), qPrintable(bar->fullText()));
    QVERIFY2(!bar->fullText().contains(project.id), qPrintable(bar->fullText()));
    QVERIFY2(bar->toolTip().contains(directory.id) && bar->toolTip().contains(project.id),
             qPrintable(bar->toolTip()));
    // Both lists in the same words: "status: Running", "directory: …", "project: …".
    QVERIFY2(
        bar->fullText().contains(u"directory: " + directory.name)
            && bar->fullText().contains(u"project: " + project.name)
            && bar->fullText().contains(QRegularExpression(QStringLiteral("status: [A-Z][a-z]+"))),
        qPrintable(bar->fullText()));
    // The bar gives way: the search field keeps room for its words, the sidebar its width.
    settleSidebar();
    QCOMPARE(panel->width(), sidebarWidth);
    const int searchWords = search->fontMetrics().horizontalAdvance(
        QStringLiteral("Search this page by ID, directory"));
    QVERIFY2(search->width() > searchWords, qPrintable(QString::number(search->width())));
    QVERIFY(
        bar->geometry().right()
        < child<QWidget>(m_window.get(), QStringLiteral("clearFiltersButton"))->geometry().left());
    saveShot(m_window.get(), shot + QStringLiteral("-named"));
}

void TestFilterBar::messagesMoveNothing_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("field"); // a line edit
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message"); // the label that says what is wrong
    QTest::addColumn<QString>("said");
    QTest::newRow("v1 directory named nothing") << "jobs"
                                                << "directoryEdit"
                                                << "mango"
                                                << "directoryMessage"
                                                << "No directory named 'mango'";
    QTest::newRow("v1 project named nothing")
        << "jobs"
        << "projectEdit"
        << "Marketing and communications department"
        << "projectMessage"
        << "No project named 'Marketing and communications department'";
    QTest::newRow("v2 directory named nothing") << "batches"
                                                << "batchDirectoryEdit"
                                                << "mango"
                                                << "batchDirectoryMessage"
                                                << "No directory named 'mango'";
    QTest::newRow("v2 date that is not one") << "batches"
                                             << "createdFromEdit"
                                             << "2026-13-45"
                                             << "batchValidationLabel"
                                             << "Created from: '2026-13-45' is not a date.";
}

void TestFilterBar::messagesMoveNothing()
{
    QFETCH(QString, list);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, said);
    QWidget *panel = startDemo(QSize(1024, 768), list);
    QVERIFY(panel);
    settleSidebar();
    const int sidebarWidth = panel->width();
    const QList<QRect> places = placesIn(panel);
    auto *edit = child<QLineEdit>(panel, field);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    auto *label = child<QLabel>(panel, message);
    const auto shown = [label] {
        auto *elided = qobject_cast<ElidedLabel *>(label);
        return label->isVisible() ? (elided ? elided->fullText() : label->text()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown().startsWith(said), 10'000);
    saveShot(m_window.get(), QStringLiteral("%1-message-%2").arg(list, message));
    settleSidebar();
    QCOMPARE(panel->width(), sidebarWidth);
    QList<QRect> now = placesIn(panel);
    now.removeOne(label->geometry()); // the message itself, below every field when it is new
    QList<QRect> before = places;
    before.removeOne(label->geometry());
    QCOMPARE(now, before);
}

void TestFilterBar::countsMoveNothing()
{
    // The list switch's counts come after the window opens: the sidebar keeps its width.
    QWidget *panel = startDemo(QSize(1024, 768), QStringLiteral("jobs"));
    QVERIFY(panel);
    SourceSwitch &sources = m_window->sourceSwitch();
    int count = 0;
    while (sources.button(count))
        sources.setCount(count++, std::nullopt);
    QVERIFY(count >= 2);
    settleSidebar();
    const int sidebarWidth = panel->width();
    const int switchWidth = sources.width();
    for (int index = 0; index < count; ++index)
        sources.setCount(index, 654'321 + index);
    settleSidebar();
    QVERIFY(sources.button(0)->text().contains(QLocale().toString(654'321)));
    QCOMPARE(sources.width(), switchWidth);
    QCOMPARE(panel->width(), sidebarWidth);
}

void TestFilterBar::calendarOpensInTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x760") << QSize(1280, 760);
    QTest::newRow("1024x768") << QSize(1024, 768);
}

void TestFilterBar::calendarOpensInTheWindow()
{
    QFETCH(QSize, size);
    QWidget *panel = startDemo(size, QStringLiteral("batches"));
    QVERIFY(panel);
    auto *range = child<DateRangeField>(panel, QStringLiteral("createdRange"));
    QTest::mouseClick(child<QToolButton>(range, QStringLiteral("last7DaysButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<ElidedLabel>(m_window.get(), QStringLiteral("filterLabel"))
                                 ->fullText()
                                 .contains(u"created from"),
                             10'000);
    QTest::mouseClick(range->calendarButton(DateRangeField::Bound::To), Qt::LeftButton);
    QWidget *popup = range->calendar(DateRangeField::Bound::To)->window();
    QTRY_VERIFY(popup->isVisible());
    // Wholly on the window, over the sidebar and the table beside it.
    const QRect onWindow(m_window->mapToGlobal(QPoint()), m_window->size());
    QVERIFY(onWindow.contains(QRect(popup->mapToGlobal(QPoint()), popup->size())));
    saveShot(m_window.get(),
             QStringLiteral("batches-%1x%2-calendar").arg(size.width()).arg(size.height()), popup);
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
