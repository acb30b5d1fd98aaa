// AppSettings: every setting reads back what was saved, a stored value the app would refuse
// reads as the default, and the keys of earlier versions move to their new names once.
//
// This is the one test that names keys: the old ones, to prove users keep their settings, and
// the new ones, to prove a broken value in the file is refused.
#include "app/common/appsettings.h"
#include "windowtesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

using Save = std::function<void(AppSettings &)>;
using Read = std::function<QString(const AppSettings &)>;
Q_DECLARE_METATYPE(Save)
Q_DECLARE_METATYPE(Read)

namespace {

const QString ProjectId = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString OrganizationId = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QUrl PlainHttp(QStringLiteral("http://10.0.0.1:8080"));

QString text(const JobFilter &filter)
{
    return filter.describe().join(u" · ");
}

QString text(const ListBatchesQuery &query)
{
    QStringList parts;
    const auto add = [&](const char *name, const std::optional<QString> &value) {
        if (value)
            parts << QString::fromLatin1(name) + u'=' + *value;
    };
    add("status", query.status);
    add("from", query.createdAtOnOrAfter);
    add("to", query.createdAtOnOrBefore);
    add("directory", query.sourceDirectoryId);
    add("project", query.projectId);
    add("organization", query.organizationId);
    return parts.join(u' ');
}

QString text(ConnectionMode mode)
{
    switch (mode) {
    case ConnectionMode::Demo:
        return QStringLiteral("demo");
    case ConnectionMode::Cloud:
        return QStringLiteral("cloud");
    case ConnectionMode::NotChosen:
        break;
    }
    return QStringLiteral("not chosen");
}

JobFilter fullJobFilter()
{
    JobFilter filter;
    filter.status = QStringLiteral("failed");
    filter.jobType = QStringLiteral("parse");
    filter.directoryId = QStringLiteral("dir-1");
    filter.projectId = ProjectId;
    filter.organizationId = OrganizationId;
    return filter;
}

ListBatchesQuery fullBatchesQuery()
{
    ListBatchesQuery query;
    query.status = QStringLiteral("FAILED");
    query.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    query.createdAtOnOrBefore = QStringLiteral("2026-11-02T08:30:00+02:00");
    query.sourceDirectoryId = QStringLiteral("dir-2");
    query.projectId = ProjectId;
    query.organizationId = OrganizationId;
    return query;
}

const Read readGeometry = [](const AppSettings &s) {
    return QString::fromLatin1(s.windowGeometry());
};
const Read readSplitter = [](const AppSettings &s) {
    return QString::fromLatin1(s.splitterState());
};
const Read readShownList = [](const AppSettings &s) { return s.shownList(); };
const Read readPageSize = [](const AppSettings &s) { return QString::number(s.pageSize()); };
const Read readAutoRefresh = [](const AppSettings &s) {
    return QString::number(s.autoRefreshSeconds());
};
const Read readJobsHeader = [](const AppSettings &s) {
    return QString::fromLatin1(s.jobsHeaderState());
};
const Read readJobsFilter = [](const AppSettings &s) { return text(s.jobsFilter()); };
const Read readBatchesHeader = [](const AppSettings &s) {
    return QString::fromLatin1(s.batchesHeaderState());
};
const Read readBatchesQuery = [](const AppSettings &s) { return text(s.batchesQuery()); };
const Read readExportFolder = [](const AppSettings &s) { return s.exportFolder(); };
const Read readConnectionMode = [](const AppSettings &s) { return text(s.connectionMode()); };
const Read readBaseUrl = [](const AppSettings &s) { return s.baseUrl().toString(); };
const Read readInsecureConsent = [](const AppSettings &s) -> QString {
    const bool here = s.insecureHttpAllowed(PlainHttp);
    const bool elsewhere = s.insecureHttpAllowed(QUrl(QStringLiteral("http://10.0.0.2:8080")));
    return QString(here ? QStringLiteral("allowed") : QStringLiteral("refused"))
        + (elsewhere ? QStringLiteral(" elsewhere too") : QStringLiteral(" only there"));
};

const QString DemoServer = QStringLiteral("http://127.0.0.1:8123");
const QString CloudServer = QStringLiteral("https://api.cloud.llamaindex.ai");

QJsonArray watchedJobs(const QString &id)
{
    return QJsonArray {
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("job")}, {QStringLiteral("id"), id}}};
}

const Read readWatched = [](const AppSettings &s) -> QString {
    return QString::fromUtf8(
               QJsonDocument(s.watchedWork(DemoServer)).toJson(QJsonDocument::Compact))
        + u" | "
        + QString::fromUtf8(
               QJsonDocument(s.watchedWork(CloudServer)).toJson(QJsonDocument::Compact));
};
const Read readUnseen = [](const AppSettings &s) -> QString {
    return s.unseenEndings(DemoServer).join(u',') + u" | "
        + s.unseenEndings(CloudServer).join(u',');
};

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachSettingReadsBackWhatWasSaved_data();
    void eachSettingReadsBackWhatWasSaved();
    void storedValuesTheAppWouldRefuseReadAsDefaults_data();
    void storedValuesTheAppWouldRefuseReadAsDefaults();
    void oldKeysMoveToTheirNewNames_data();
    void oldKeysMoveToTheirNewNames();
    void aNewKeyWinsOverItsOldName();
    void everyKeyIsAreaSlashCamelCase();

private:
    QTemporaryDir m_settingsDir;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateWindowTest(m_settingsDir.path());
}

void TestAppSettings::init()
{
    clearSettings();
}

void TestAppSettings::eachSettingReadsBackWhatWasSaved_data()
{
    QTest::addColumn<Save>("save");
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("expected");

    QTest::newRow("window geometry")
        << Save([](AppSettings &s) { s.saveWindowGeometry("geometry-bytes"); }) << readGeometry
        << "geometry-bytes";
    QTest::newRow("splitter state")
        << Save([](AppSettings &s) { s.saveSplitterState("splitter-bytes"); }) << readSplitter
        << "splitter-bytes";
    QTest::newRow("shown list: batches")
        << Save([](AppSettings &s) { s.saveShownList(QStringLiteral("batches")); }) << readShownList
        << "batches";
    QTest::newRow("shown list: jobs after batches") << Save([](AppSettings &s) {
        s.saveShownList(QStringLiteral("batches"));
        s.saveShownList(QStringLiteral("jobs"));
    }) << readShownList << "jobs";
    QTest::newRow("page size 200")
        << Save([](AppSettings &s) { s.savePageSize(200); }) << readPageSize << "200";
    QTest::newRow("page size at the API's largest")
        << Save([](AppSettings &s) { s.savePageSize(1000); }) << readPageSize << "1000";
    QTest::newRow("auto-refresh every 30 s")
        << Save([](AppSettings &s) { s.saveAutoRefreshSeconds(30); }) << readAutoRefresh << "30";
    QTest::newRow("auto-refresh every 5 s")
        << Save([](AppSettings &s) { s.saveAutoRefreshSeconds(5); }) << readAutoRefresh << "5";
    QTest::newRow("jobs table header")
        << Save([](AppSettings &s) { s.saveJobsHeaderState("jobs-header"); }) << readJobsHeader
        << "jobs-header";
    QTest::newRow("jobs filter with every field")
        << Save([](AppSettings &s) { s.saveJobsFilter(fullJobFilter()); }) << readJobsFilter
        << text(fullJobFilter());
    QTest::newRow("jobs filter cleared after a full one") << Save([](AppSettings &s) {
        s.saveJobsFilter(fullJobFilter());
        s.saveJobsFilter({});
    }) << readJobsFilter << "";
    QTest::newRow("batches table header")
        << Save([](AppSettings &s) { s.saveBatchesHeaderState("batches-header"); })
        << readBatchesHeader << "batches-header";
    QTest::newRow("batches query with every field")
        << Save([](AppSettings &s) { s.saveBatchesQuery(fullBatchesQuery()); }) << readBatchesQuery
        << text(fullBatchesQuery());
    QTest::newRow("batches query cleared after a full one") << Save([](AppSettings &s) {
        s.saveBatchesQuery(fullBatchesQuery());
        s.saveBatchesQuery({});
    }) << readBatchesQuery << "";
    QTest::newRow("export folder")
        << Save([](AppSettings &s) { s.saveExportFolder(QStringLiteral("/tmp/exports")); })
        << readExportFolder << "/tmp/exports";
    QTest::newRow("connection mode: demo")
        << Save([](AppSettings &s) { s.saveConnectionMode(ConnectionMode::Demo); })
        << readConnectionMode << "demo";
    QTest::newRow("connection mode: cloud")
        << Save([](AppSettings &s) { s.saveConnectionMode(ConnectionMode::Cloud); })
        << readConnectionMode << "cloud";
    QTest::newRow("connection mode: forgotten after cloud") << Save([](AppSettings &s) {
        s.saveConnectionMode(ConnectionMode::Cloud);
        s.saveConnectionMode(ConnectionMode::NotChosen);
    }) << readConnectionMode << "not chosen";
    QTest::newRow("base URL") << Save([](AppSettings &s) {
        s.saveBaseUrl(QUrl(QStringLiteral("https://api.cloud.eu.llamaindex.ai")));
    }) << readBaseUrl << "https://api.cloud.eu.llamaindex.ai";
    QTest::newRow("plain http allowed for one address")
        << Save([](AppSettings &s) { s.saveInsecureHttpAllowed(PlainHttp, true); })
        << readInsecureConsent << "allowed only there";
    QTest::newRow("plain http consent withdrawn") << Save([](AppSettings &s) {
        s.saveInsecureHttpAllowed(PlainHttp, true);
        s.saveInsecureHttpAllowed(PlainHttp, false);
    }) << readInsecureConsent << "refused only there";
    QTest::newRow("watched work of one server") << Save([](AppSettings &s) {
        s.saveWatchedWork(DemoServer, watchedJobs(QStringLiteral("job-1")));
    }) << readWatched << "[{\"id\":\"job-1\",\"kind\":\"job\"}] | []";
    QTest::newRow("watched work kept per server")
        << Save([](AppSettings &s) {
               s.saveWatchedWork(DemoServer, watchedJobs(QStringLiteral("job-1")));
               s.saveWatchedWork(CloudServer, watchedJobs(QStringLiteral("job-2")));
           })
        << readWatched
        << "[{\"id\":\"job-1\",\"kind\":\"job\"}] | [{\"id\":\"job-2\",\"kind\":\"job\"}]";
    QTest::newRow("watched work emptied on one server only") << Save([](AppSettings &s) {
        s.saveWatchedWork(DemoServer, watchedJobs(QStringLiteral("job-1")));
        s.saveWatchedWork(CloudServer, watchedJobs(QStringLiteral("job-2")));
        s.saveWatchedWork(DemoServer, {});
    }) << readWatched << "[] | [{\"id\":\"job-2\",\"kind\":\"job\"}]";
    QTest::newRow("unseen endings per server") << Save([](AppSettings &s) {
        s.saveUnseenEndings(DemoServer, {QStringLiteral("job-1"), QStringLiteral("bat-2")});
        s.saveUnseenEndings(CloudServer, {QStringLiteral("job-3")});
    }) << readUnseen << "job-1,bat-2 | job-3";
    QTest::newRow("unseen endings all seen") << Save([](AppSettings &s) {
        s.saveUnseenEndings(DemoServer, {QStringLiteral("job-1")});
        s.saveUnseenEndings(DemoServer, {});
    }) << readUnseen << " | ";
}

void TestAppSettings::eachSettingReadsBackWhatWasSaved()
{
    QFETCH(Save, save);
    QFETCH(Read, read);
    QFETCH(QString, expected);
    {
        AppSettings settings;
        save(settings);
    }
    QCOMPARE(read(AppSettings()), expected);
}

void TestAppSettings::storedValuesTheAppWouldRefuseReadAsDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("expected");

    QTest::newRow("page size 0 is raised to 1")
        << "window/pageSize" << QVariant(0) << readPageSize << "1";
    QTest::newRow("page size 5000 is cut to 1000")
        << "window/pageSize" << QVariant(5000) << readPageSize << "1000";
    QTest::newRow("auto-refresh every 7 s reads as 10")
        << "window/autoRefreshSeconds" << QVariant(7) << readAutoRefresh << "10";
    QTest::newRow("auto-refresh that is no number reads as 10")
        << "window/autoRefreshSeconds" << QVariant(QStringLiteral("often")) << readAutoRefresh
        << "10";
    QTest::newRow("jobs filter with an unknown status is dropped")
        << "jobs/filterStatus" << QVariant(QStringLiteral("exploded")) << readJobsFilter << "";
    QTest::newRow("jobs filter with a project that is no UUID is dropped")
        << "jobs/filterProjectId" << QVariant(QStringLiteral("finance")) << readJobsFilter << "";
    QTest::newRow("jobs filter with a directory holding a space is dropped")
        << "jobs/filterDirectoryId" << QVariant(QStringLiteral("dir 1")) << readJobsFilter << "";
    QTest::newRow("batches query with an unknown status is dropped")
        << "batches/filterStatus" << QVariant(QStringLiteral("EXPLODED")) << readBatchesQuery << "";
    QTest::newRow("batches query with a date-time without a zone is dropped")
        << "batches/filterCreatedFrom" << QVariant(QStringLiteral("2026-11-01T08:30:00"))
        << readBatchesQuery << "";
    QTest::newRow("an unknown connection mode reads as not chosen")
        << "connection/mode" << QVariant(QStringLiteral("carrier-pigeon")) << readConnectionMode
        << "not chosen";
    QTest::newRow("a base URL that is no URL reads as none")
        << "connection/baseUrl" << QVariant(QStringLiteral("http://[::1")) << readBaseUrl << "";
    QTest::newRow("plain http allowed for another address only")
        << "connection/insecureHttpAllowedFor"
        << QVariant(QUrl(QStringLiteral("http://10.0.0.3:8080"))) << readInsecureConsent
        << "refused only there";
    QTest::newRow("watched work that is no JSON reads as none")
        << "watch/watchedWork" << QVariant(QStringLiteral("{not json")) << readWatched << "[] | []";
    QTest::newRow("watched work that is no array reads as none")
        << "watch/watchedWork" << QVariant(QStringLiteral("{\"http://127.0.0.1:8123\":\"job-1\"}"))
        << readWatched << "[] | []";
    QTest::newRow("unseen endings that are not text are skipped")
        << "watch/unseenEndings"
        << QVariant(QStringLiteral("{\"http://127.0.0.1:8123\":[\"job-1\",7,null,\"\"]}"))
        << readUnseen << "job-1 | ";
}

void TestAppSettings::storedValuesTheAppWouldRefuseReadAsDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(Read, read);
    QFETCH(QString, expected);
    // A good value next to the bad one: a filter is dropped whole, not field by field.
    {
        AppSettings settings;
        settings.saveJobsFilter(fullJobFilter());
        settings.saveBatchesQuery(fullBatchesQuery());
    }
    QSettings().setValue(key, stored);
    QCOMPARE(read(AppSettings()), expected);
}

void TestAppSettings::oldKeysMoveToTheirNewNames_data()
{
    QTest::addColumn<QString>("oldKey");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("newKey");
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *oldKey, const QVariant &stored,
                        const char *newKey, const Read &read, const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(oldKey) << stored << QString::fromLatin1(newKey)
                            << read << expected;
    };
    row("shown list", "view/source", QStringLiteral("batches"), "window/shownList", readShownList,
        "batches");
    row("page size", "view/pageSize", 200, "window/pageSize", readPageSize, "200");
    row("auto-refresh", "view/autoRefreshSeconds", 60, "window/autoRefreshSeconds", readAutoRefresh,
        "60");
    row("jobs table header", "jobTable/headerState", QByteArray("old-jobs-header"),
        "jobs/headerState", readJobsHeader, "old-jobs-header");
    row("jobs filter status", "filter/status", QStringLiteral("failed"), "jobs/filterStatus",
        readJobsFilter, "status: failed");
    row("jobs filter type", "filter/jobType", QStringLiteral("extract"), "jobs/filterJobType",
        readJobsFilter, "type: extract");
    row("jobs filter directory", "filter/directoryId", QStringLiteral("dir-9"),
        "jobs/filterDirectoryId", readJobsFilter, "directory: dir-9");
    row("jobs filter project", "filter/projectId", ProjectId, "jobs/filterProjectId",
        readJobsFilter, "project: " + ProjectId);
    row("jobs filter organization", "filter/organizationId", OrganizationId,
        "jobs/filterOrganizationId", readJobsFilter, "organization: " + OrganizationId);
    row("batches table header", "window/batchTableHeader", QByteArray("old-batches-header"),
        "batches/headerState", readBatchesHeader, "old-batches-header");
    row("batches filter status", "batchFilter/status", QStringLiteral("RUNNING"),
        "batches/filterStatus", readBatchesQuery, "status=RUNNING");
    row("batches filter created from", "batchFilter/createdFrom", QStringLiteral("2026-11-01"),
        "batches/filterCreatedFrom", readBatchesQuery, "from=2026-11-01");
    row("batches filter created to", "batchFilter/createdTo", QStringLiteral("2026-11-30"),
        "batches/filterCreatedTo", readBatchesQuery, "to=2026-11-30");
    row("batches filter directory", "batchFilter/sourceDirectoryId", QStringLiteral("dir-8"),
        "batches/filterSourceDirectoryId", readBatchesQuery, "directory=dir-8");
    row("batches filter project", "batchFilter/projectId", ProjectId, "batches/filterProjectId",
        readBatchesQuery, "project=" + ProjectId);
    row("batches filter organization", "batchFilter/organizationId", OrganizationId,
        "batches/filterOrganizationId", readBatchesQuery, "organization=" + OrganizationId);
}

void TestAppSettings::oldKeysMoveToTheirNewNames()
{
    QFETCH(QString, oldKey);
    QFETCH(QVariant, stored);
    QFETCH(QString, newKey);
    QFETCH(Read, read);
    QFETCH(QString, expected);
    QSettings().setValue(oldKey, stored);

    QCOMPARE(read(AppSettings()), expected);
    const QSettings file;
    QVERIFY2(!file.contains(oldKey), qPrintable(oldKey));
    QVERIFY2(file.contains(newKey), qPrintable(newKey));
}

void TestAppSettings::aNewKeyWinsOverItsOldName()
{
    // An older BatchDeck started after this one writes the old name again.
    QSettings().setValue(QStringLiteral("window/pageSize"), 300);
    QSettings().setValue(QStringLiteral("view/pageSize"), 20);
    QCOMPARE(AppSettings().pageSize(), 300);
    QVERIFY(!QSettings().contains(QStringLiteral("view/pageSize")));
}

void TestAppSettings::everyKeyIsAreaSlashCamelCase()
{
    {
        AppSettings settings;
        settings.saveWindowGeometry("g");
        settings.saveSplitterState("s");
        settings.saveShownList(QStringLiteral("batches"));
        settings.savePageSize(100);
        settings.saveAutoRefreshSeconds(30);
        settings.saveJobsHeaderState("j");
        settings.saveJobsFilter(fullJobFilter());
        settings.saveBatchesHeaderState("b");
        settings.saveBatchesQuery(fullBatchesQuery());
        settings.saveExportFolder(QStringLiteral("/tmp"));
        settings.saveConnectionMode(ConnectionMode::Cloud);
        settings.saveBaseUrl(PlainHttp);
        settings.saveInsecureHttpAllowed(PlainHttp, true);
        settings.saveIndexEnabled(true);
        settings.saveIndexKeepsRemoved(true);
        settings.saveStuckAfterMinutes(45);
        settings.saveWatchedWork(DemoServer, watchedJobs(QStringLiteral("job-1")));
        settings.saveUnseenEndings(DemoServer, {QStringLiteral("job-1")});
    }
    const QRegularExpression scheme(
        QStringLiteral("^(window|jobs|batches|export|index|connection|watch)/[a-z][A-Za-z]*$"));
    const QStringList keys = QSettings().allKeys();
    QCOMPARE(keys.size(), 27);
    for (const QString &key : keys)
        QVERIFY2(scheme.match(key).hasMatch(), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
