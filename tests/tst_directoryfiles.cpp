// Files by name: a directory's files (every page, deleted ones with include_deleted), one file's
// download URL, the parse and extract jobs batch results refer to, and the directory names of
// old batches; against the demo server and against per-test servers, over real HTTP.
#include "catalogtesting.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/catalog/directoryfilepager.h"
#include "core/catalog/namecatalog.h"
#include "demo/demoserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

template<typename Result>
struct Outcome
{
    Result result;
    ApiError error;
    int calls = 0;
};

// Every page of a listing, or the error that ended it.
struct Walk
{
    QList<DirectoryFile> files;
    QList<InvalidCatalogEntry> invalid;
    ApiError error;
    bool reachedEnd = false;
    int pages = 0;
};

const QString FilesPath = QStringLiteral("/api/v1/beta/directories/dir-1/files");

QJsonObject filePage(const QJsonArray &items, const QJsonValue &token = QJsonValue::Null)
{
    return QJsonObject {{QStringLiteral("items"), items},
                        {QStringLiteral("next_page_token"), token}};
}

// FastAPI's 422: one issue at `field` of the query.
TestResponse validationError(const QString &field, const QString &message)
{
    return TestResponse::json(
        422,
        QJsonObject {{QStringLiteral("detail"),
                      QJsonArray {QJsonObject {
                          {QStringLiteral("type"), QStringLiteral("value_error")},
                          {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), field}},
                          {QStringLiteral("msg"), message},
                          {QStringLiteral("input"), QStringLiteral("x")}}}}});
}

DemoConfig fixedDemo()
{
    DemoConfig config;
    config.jobCount = 200;
    config.seed = 7;
    config.now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    return config;
}

} // namespace

Q_DECLARE_METATYPE(ListDirectoryFilesQuery)

class TestDirectoryFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // The demo server.
    void demoBatchFilesAreFilesOfTheSourceDirectory_data();
    void demoBatchFilesAreFilesOfTheSourceDirectory();
    void demoListsDeletedFilesOnlyWhenAsked_data();
    void demoListsDeletedFilesOnlyWhenAsked();
    void demoReferencedJobsCarryTheResultsError_data();
    void demoReferencedJobsCarryTheResultsError();
    void demoDownloadUrlNeedsNoKey();
    void demoNamesTheDeletedDirectoryOfOldBatches();
    void demoRefusesBadQueriesAsFastApiDoes();
    // Per-test servers.
    void listSendsExactlyTheQuery_data();
    void listSendsExactlyTheQuery();
    void listRefusesBadQueriesBeforeSending_data();
    void listRefusesBadQueriesBeforeSending();
    void readsNullableAndOptionalFields_data();
    void readsNullableAndOptionalFields();
    void unreadableFilesAreListedNotGuessed_data();
    void unreadableFilesAreListedNotGuessed();
    void pagerFollowsTheTokensToTheEnd();
    void pagerStopsOnARepeatedToken();
    void validationErrorIsASentence_data();
    void validationErrorIsASentence();
    void oneFileAsksForAFreshDownloadUrl();
    void referencedJobPathFollowsTheType_data();
    void referencedJobPathFollowsTheType();
    void referencedJobFields_data();
    void referencedJobFields();
    void unknownReferenceTypeIsRefused_data();
    void unknownReferenceTypeIsRefused();
    void nameCatalogListsDeletedDirectories();

private:
    template<typename Result, typename Call>
    Outcome<Result> run(Call call);
    Walk walk(ApiClient *client, const ListDirectoryFilesQuery &query);
    QList<Batch> demoBatches();

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ApiClient> m_demoClient;
};

template<typename Result, typename Call>
Outcome<Result> TestDirectoryFiles::run(Call call)
{
    Outcome<Result> outcome;
    QObject context;
    QEventLoop loop; // not QTRY_*: its 50 ms steps would add up over the demo's many calls
    call(&context, [&](const Result &result, const ApiError &error) {
        outcome.result = result;
        outcome.error = error;
        ++outcome.calls;
        loop.quit();
    });
    if (outcome.calls == 0) {
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    [&] { QCOMPARE(outcome.calls, 1); }();
    return outcome;
}

Walk TestDirectoryFiles::walk(ApiClient *client, const ListDirectoryFilesQuery &query)
{
    Walk walk;
    DirectoryFilePager pager(client, query);
    connect(&pager, &DirectoryFilePager::pageReceived, this,
            [&walk](const DirectoryFilePage &page) {
                walk.files += page.files;
                walk.invalid += page.invalidFiles;
            });
    QSignalSpy finished(&pager, &DirectoryFilePager::finished);
    pager.start();
    if (!finished.wait(20'000)) {
        walk.error = ApiError::invalidResponse(QStringLiteral("the pager never finished"));
        return walk;
    }
    walk.error = finished.first().first().value<ApiError>();
    walk.reachedEnd = pager.summary().reachedEnd;
    walk.pages = pager.pagesReceived();
    return walk;
}

void TestDirectoryFiles::initTestCase()
{
    m_demo = std::make_unique<DemoServer>(fixedDemo());
    QVERIFY2(m_demo->listen(), qPrintable(m_demo->errorString()));
    m_demoClient = std::make_unique<ApiClient>(&m_network);
    ClientSettings settings;
    settings.baseUrl = m_demo->baseUrl();
    settings.apiKey = DemoServer::apiKey();
    settings.maxRetries = 0;
    m_demoClient->setSettings(settings);
}

QList<Batch> TestDirectoryFiles::demoBatches()
{
    ListBatchesQuery query;
    query.pageSize = 1000;
    const Outcome<BatchPage> page = run<BatchPage>([&](QObject *context, auto callback) {
        BatchesApi(m_demoClient.get()).listBatches(query, context, callback);
    });
    return page.result.batches;
}

void TestDirectoryFiles::demoBatchFilesAreFilesOfTheSourceDirectory_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("completed") << "COMPLETED";
    QTest::newRow("failed") << "FAILED";
    QTest::newRow("cancelled") << "CANCELLED";
}

void TestDirectoryFiles::demoBatchFilesAreFilesOfTheSourceDirectory()
{
    QFETCH(QString, status);
    QList<Batch> withResults;
    for (const Batch &listed : demoBatches()) {
        if (listed.status != status)
            continue;
        const Outcome<Batch> got = run<Batch>([&](QObject *context, auto callback) {
            BatchesApi(m_demoClient.get()).batch(listed.id, {}, true, context, callback);
        });
        QVERIFY2(got.error.isOk(), qPrintable(got.error.message));
        if (got.result.results && !got.result.results->isEmpty())
            withResults << got.result;
        if (withResults.size() == 3)
            break; // enough: each walk is many requests
    }
    QVERIFY(!withResults.isEmpty());
    for (const Batch &batch : std::as_const(withResults)) {
        ListDirectoryFilesQuery query;
        query.directoryId = batch.sourceDirectoryId;
        query.includeDeleted = true;
        query.pageSize = 5; // several pages, to the end
        const Walk files = walk(m_demoClient.get(), query);
        QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
        QVERIFY(files.reachedEnd);
        QVERIFY(files.pages > 1);
        QVERIFY(files.invalid.isEmpty());
        QHash<QString, QString> names;
        for (const DirectoryFile &file : files.files) {
            QCOMPARE(file.directoryId, batch.sourceDirectoryId);
            names.insert(file.id, file.displayName);
        }
        QCOMPARE(names.size(), files.files.size()); // each file once
        for (const BatchResult &result : *batch.results) {
            QVERIFY2(!names.value(result.sourceDirectoryFileId).isEmpty(),
                     qPrintable(result.sourceDirectoryFileId));
        }
    }
}

void TestDirectoryFiles::demoListsDeletedFilesOnlyWhenAsked_data()
{
    QTest::addColumn<std::optional<bool>>("includeDeleted");
    QTest::addColumn<bool>("deletedDirectory");
    QTest::addColumn<bool>("expectDeleted");
    QTest::newRow("a directory, include_deleted unset") << std::optional<bool>() << false << false;
    QTest::newRow("a directory, include_deleted=false")
        << std::optional<bool>(false) << false << false;
    QTest::newRow("a directory, include_deleted=true")
        << std::optional<bool>(true) << false << true;
    QTest::newRow("the deleted directory, unset") << std::optional<bool>() << true << false;
    QTest::newRow("the deleted directory, include_deleted=true")
        << std::optional<bool>(true) << true << true;
}

void TestDirectoryFiles::demoListsDeletedFilesOnlyWhenAsked()
{
    QFETCH(std::optional<bool>, includeDeleted);
    QFETCH(bool, deletedDirectory);
    QFETCH(bool, expectDeleted);
    DemoCatalog::DirectoryFilter all;
    all.includeDeleted = true;
    int totalDeleted = 0;
    int totalFiles = 0;
    int walked = 0;
    for (const QJsonObject &directory : m_demo->catalog().directories(all)) {
        if (directory.value(u"deleted_at").isNull() == deletedDirectory)
            continue;
        ListDirectoryFilesQuery query;
        query.directoryId = directory.value(u"id").toString();
        query.includeDeleted = includeDeleted;
        query.pageSize = 50;
        const Walk files = walk(m_demoClient.get(), query);
        QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
        QVERIFY(files.reachedEnd);
        DemoCatalog::FileFilter expected;
        expected.includeDeleted = expectDeleted;
        QCOMPARE(files.files.size(),
                 int(m_demo->catalog().files(query.directoryId, expected)->size()));
        for (const DirectoryFile &file : files.files) {
            totalDeleted += file.isDeleted();
            QVERIFY(!file.downloadUrl.isValid()); // not asked for
        }
        totalFiles += files.files.size();
        ++walked;
    }
    QVERIFY(walked > 0);
    QCOMPARE(totalDeleted > 0, expectDeleted);
    // The deleted directory's files are all gone with it: listed only with include_deleted.
    if (deletedDirectory)
        QCOMPARE(totalFiles == totalDeleted, true);
}

void TestDirectoryFiles::demoReferencedJobsCarryTheResultsError_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("completed batches") << "COMPLETED";
    QTest::newRow("failed batches") << "FAILED";
    QTest::newRow("cancelled batches") << "CANCELLED";
}

void TestDirectoryFiles::demoReferencedJobsCarryTheResultsError()
{
    QFETCH(QString, status);
    // Results that name a job, those with an error first: up to ten of each kind are asked for.
    QList<std::pair<BatchResult, QString>> failing, others; // with the batch's project
    for (const Batch &listed : demoBatches()) {
        if (listed.status != status || (failing.size() >= 10 && others.size() >= 10))
            continue;
        const Outcome<Batch> got = run<Batch>([&](QObject *context, auto callback) {
            BatchesApi(m_demoClient.get()).batch(listed.id, {}, true, context, callback);
        });
        for (const BatchResult &result : got.result.results.value_or(QList<BatchResult>())) {
            if (result.jobReference)
                (result.errorMessage.isEmpty() ? others : failing)
                    << std::pair(result, listed.projectId);
        }
    }
    QVERIFY(!failing.isEmpty());
    QVERIFY(!others.isEmpty());
    for (const auto &[result, projectId] : failing.mid(0, 10) + others.mid(0, 10)) {
        const ProjectScope scope {projectId, {}};
        const Outcome<ReferencedJobStatus> job =
            run<ReferencedJobStatus>([&](QObject *context, auto callback) {
                BatchesApi(m_demoClient.get())
                    .referencedJob(*result.jobReference, scope, context, callback);
            });
        QVERIFY2(job.error.isOk(), qPrintable(job.error.message));
        QCOMPARE(job.result.id, result.jobReference->id);
        QCOMPARE(job.result.type, result.jobReference->type);
        QCOMPARE(job.result.projectId, projectId);
        QVERIFY(job.result.createdAt.isValid());
        QVERIFY(job.result.updatedAt >= job.result.createdAt);
        if (!result.errorMessage.isEmpty()) {
            QCOMPARE(job.result.status, QStringLiteral("FAILED"));
            QCOMPARE(job.result.errorMessage, result.errorMessage);
        } else {
            QVERIFY(job.result.status == u"COMPLETED" || job.result.status == u"CANCELLED");
            QVERIFY(job.result.errorMessage.isNull());
        }
        if (job.result.type == u"extract_v2")
            QCOMPARE(job.result.fileInput, result.sourceDirectoryFileId);
    }
}

void TestDirectoryFiles::demoDownloadUrlNeedsNoKey()
{
    // A directory with a file deleted from it.
    DemoCatalog::FileFilter withDeleted;
    withDeleted.includeDeleted = true;
    QString directoryId;
    for (const QJsonObject &directory : m_demo->catalog().directories({})) {
        const QString id = directory.value(u"id").toString();
        if (m_demo->catalog().files(id, withDeleted)->size()
            > m_demo->catalog().files(id, {})->size())
            directoryId = id;
    }
    QVERIFY(!directoryId.isEmpty());
    ListDirectoryFilesQuery query;
    query.directoryId = directoryId;
    query.includeDeleted = true;
    const Walk files = walk(m_demoClient.get(), query);
    QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
    // The first file still there and the first deleted one.
    QList<DirectoryFile> chosen;
    for (const bool deleted : {false, true}) {
        const auto found = std::find_if(
            files.files.cbegin(), files.files.cend(),
            [deleted](const DirectoryFile &file) { return file.isDeleted() == deleted; });
        QVERIFY(found != files.files.cend());
        chosen << *found;
    }
    for (const DirectoryFile &listed : std::as_const(chosen)) {
        const Outcome<DirectoryFile> file =
            run<DirectoryFile>([&](QObject *context, auto callback) {
                CatalogApi(m_demoClient.get())
                    .directoryFile(directoryId, listed.id, {}, true, context, callback);
            });
        QVERIFY2(file.error.isOk(), qPrintable(file.error.message));
        QCOMPARE(file.result.displayName, listed.displayName);
        if (listed.isDeleted()) {
            QVERIFY(!file.result.downloadUrl.isValid()); // nothing left to download
            continue;
        }
        const QUrl url = file.result.downloadUrl;
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!url.toString().contains(DemoServer::apiKey()));
        QVERIFY(file.result.downloadUrlExpiresAt.isValid());
        QNetworkReply *reply = m_network.get(QNetworkRequest(url)); // no Authorization header
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QString::fromUtf8(reply->readAll()).contains(listed.displayName));
        reply->deleteLater();
        // The signature is checked.
        QUrl forged = url;
        forged.setQuery(QStringLiteral("expires=1&signature=0"));
        QNetworkReply *refused = m_network.get(QNetworkRequest(forged));
        QSignalSpy refusedDone(refused, &QNetworkReply::finished);
        QVERIFY(refusedDone.wait(10'000));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        refused->deleteLater();
    }
}

void TestDirectoryFiles::demoNamesTheDeletedDirectoryOfOldBatches()
{
    NameCatalog names(m_demoClient.get());
    QSignalSpy loaded(&names, &NameCatalog::loaded);
    names.refresh();
    QVERIFY(loaded.wait(20'000));
    int onDeleted = 0;
    for (const Batch &batch : demoBatches()) {
        const std::optional<QJsonObject> directory =
            m_demo->catalog().directory(batch.sourceDirectoryId);
        QVERIFY(directory);
        // Named by the listing alone (no lookup was asked for), deleted or not.
        QCOMPARE(names.directoryName(batch.sourceDirectoryId),
                 directory->value(u"name").toString());
        onDeleted += !directory->value(u"deleted_at").isNull();
    }
    QVERIFY(onDeleted > 0);
}

void TestDirectoryFiles::demoRefusesBadQueriesAsFastApiDoes()
{
    ListDirectoryFilesQuery query;
    query.directoryId = m_demo->dataset().directoryIds().first();
    query.pageToken = QStringLiteral("not-a-token-of-this-server");
    const Outcome<DirectoryFilePage> page =
        run<DirectoryFilePage>([&](QObject *context, auto callback) {
            CatalogApi(m_demoClient.get()).listDirectoryFiles(query, context, callback);
        });
    QCOMPARE(page.error.httpStatus, 422);
    QVERIFY2(page.error.message.contains(u"page_token"), qPrintable(page.error.message));
    QVERIFY(!page.error.message.contains(u"{"));
}

void TestDirectoryFiles::listSendsExactlyTheQuery_data()
{
    QTest::addColumn<ListDirectoryFilesQuery>("query");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // the query string as it arrived

    ListDirectoryFilesQuery plain;
    plain.directoryId = QStringLiteral("dir-1");
    QTest::newRow("nothing but the directory") << plain << FilesPath << QString();
    ListDirectoryFilesQuery deleted = plain;
    deleted.includeDeleted = true;
    QTest::newRow("include_deleted=true") << deleted << FilesPath << "include_deleted=true";
    deleted.includeDeleted = false;
    QTest::newRow("include_deleted=false") << deleted << FilesPath << "include_deleted=false";
    ListDirectoryFilesQuery everything = plain;
    everything.scope = {QStringLiteral("11111111-1111-4111-8111-111111111111"),
                        QStringLiteral("0f000000-0000-4000-8000-000000000000")};
    everything.includeDeleted = true;
    everything.expandDownloadUrl = true;
    everything.displayName = QStringLiteral("a+b c.pdf");
    everything.pageSize = 100;
    everything.pageToken = QStringLiteral("tok+/=");
    QTest::newRow("everything")
        << everything << FilesPath
        << "expand=download_url&project_id=11111111-1111-4111-8111-111111111111"
           "&organization_id=0f000000-0000-4000-8000-000000000000&display_name=a%2Bb%20c.pdf"
           "&include_deleted=true&page_size=100&page_token=tok%2B%2F%3D";
    ListDirectoryFilesQuery odd = plain;
    odd.directoryId = QStringLiteral("dir/../x y");
    QTest::newRow("directory id encoded in the path")
        << odd << "/api/v1/beta/directories/dir%2F..%2Fx%20y/files" << QString();
}

void TestDirectoryFiles::listSendsExactlyTheQuery()
{
    QFETCH(ListDirectoryFilesQuery, query);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, filePage(QJsonArray {})); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const Outcome<DirectoryFilePage> page =
        run<DirectoryFilePage>([&](QObject *context, auto callback) {
            CatalogApi(&client).listDirectoryFiles(query, context, callback);
        });
    QVERIFY2(page.error.isOk(), qPrintable(page.error.message));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, path);
    QCOMPARE(server.requests().first().query.toString(QUrl::FullyEncoded), expected);
}

void TestDirectoryFiles::listRefusesBadQueriesBeforeSending_data()
{
    QTest::addColumn<ListDirectoryFilesQuery>("query");
    QTest::addColumn<QString>("named");
    ListDirectoryFilesQuery query;
    QTest::newRow("no directory") << query << "directory_id";
    query.directoryId = QStringLiteral("dir-1");
    query.pageSize = 0;
    QTest::newRow("page_size 0") << query << "page_size";
    query.pageSize = 1001;
    QTest::newRow("page_size 1001") << query << "page_size";
    query.pageSize.reset();
    query.pageToken = QString();
    QTest::newRow("empty page token") << query << "page_token";
    query.pageToken.reset();
    query.scope.projectId = QStringLiteral("not-a-uuid");
    QTest::newRow("project_id not a UUID") << query << "project_id";
}

void TestDirectoryFiles::listRefusesBadQueriesBeforeSending()
{
    QFETCH(ListDirectoryFilesQuery, query);
    QFETCH(QString, named);
    TestHttpServer server;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const Outcome<DirectoryFilePage> page =
        run<DirectoryFilePage>([&](QObject *context, auto callback) {
            CatalogApi(&client).listDirectoryFiles(query, context, callback);
        });
    QCOMPARE(page.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY2(page.error.message.contains(named), qPrintable(page.error.message));
    QVERIFY(server.requests().isEmpty());
}

void TestDirectoryFiles::readsNullableAndOptionalFields_data()
{
    QTest::addColumn<QJsonObject>("changes"); // members set on a file; null removes nothing
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<DirectoryFile>("expected");

    DirectoryFile base;
    base.id = QStringLiteral("dfl-1");
    base.projectId = Catalog::FinanceProjectId;
    base.directoryId = QStringLiteral("dir-1");
    base.uniqueId = QStringLiteral("a.pdf");
    base.displayName = QStringLiteral("a.pdf");
    QTest::newRow("optional fields null") << QJsonObject() << QStringList() << base;
    QTest::newRow("optional fields absent")
        << QJsonObject() << QStringList {"file_id",  "created_at", "updated_at",
                                         "metadata", "deleted_at", "download_url"}
        << base;
    DirectoryFile full = base;
    full.fileId = QStringLiteral("fil-9");
    full.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    full.deletedAt = QDateTime(QDate(2026, 2, 2), QTime(0, 0), QTimeZone::utc());
    full.downloadUrl = QUrl(QStringLiteral("https://files.example/a.pdf?X-Sig=1%2B2"));
    full.downloadUrlExpiresAt = QDateTime(QDate(2026, 2, 3), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("every field set")
        << QJsonObject {{QStringLiteral("file_id"), QStringLiteral("fil-9")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05Z")},
                        {QStringLiteral("deleted_at"), QStringLiteral("2026-02-02T00:00:00Z")},
                        {QStringLiteral("download_url"),
                         QJsonObject {
                             {QStringLiteral("url"),
                              QStringLiteral("https://files.example/a.pdf?X-Sig=1%2B2")},
                             {QStringLiteral("expires_at"), QStringLiteral("2026-02-03T00:00:00Z")},
                             {QStringLiteral("form_fields"), QJsonValue::Null}}}}
        << QStringList() << full;
}

void TestDirectoryFiles::readsNullableAndOptionalFields()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, removed);
    QFETCH(DirectoryFile, expected);
    QJsonObject file = directoryFileJson(QStringLiteral("dfl-1"), QStringLiteral("dir-1"),
                                         QStringLiteral("a.pdf"));
    for (auto it = changes.begin(); it != changes.end(); ++it)
        file.insert(it.key(), it.value());
    for (const QString &name : removed)
        file.remove(name);
    TestHttpServer server([file](const TestRequest &request) {
        if (request.path.endsWith(u"/files"))
            return TestResponse::json(200, filePage(QJsonArray {file}));
        return TestResponse::json(200, file);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListDirectoryFilesQuery query;
    query.directoryId = QStringLiteral("dir-1");
    query.includeDeleted = true;
    const Walk files = walk(&client, query);
    QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
    QCOMPARE(files.files.size(), 1);
    QCOMPARE(files.files.first(), expected);
    const Outcome<DirectoryFile> one = run<DirectoryFile>([&](QObject *context, auto callback) {
        CatalogApi(&client).directoryFile(QStringLiteral("dir-1"), QStringLiteral("dfl-1"), {},
                                          false, context, callback);
    });
    QVERIFY2(one.error.isOk(), qPrintable(one.error.message));
    QCOMPARE(one.result, expected);
}

void TestDirectoryFiles::unreadableFilesAreListedNotGuessed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is removed
    QTest::addColumn<QString>("problem");
    QTest::newRow("display_name missing") << "display_name" << QJsonValue(QJsonValue::Undefined)
                                          << "field \"display_name\" is missing";
    QTest::newRow("display_name empty")
        << "display_name" << QJsonValue(QString()) << "field \"display_name\" is empty";
    QTest::newRow("display_name null") << "display_name" << QJsonValue(QJsonValue::Null)
                                       << "field \"display_name\" should be a string but is null";
    QTest::newRow("id a number") << "id" << QJsonValue(7)
                                 << "field \"id\" should be a string but is a number";
    QTest::newRow("download_url a string")
        << "download_url" << QJsonValue(QStringLiteral("https://x"))
        << "field \"download_url\" should be an object but is a string";
    QTest::newRow("download_url without url")
        << "download_url"
        << QJsonValue(QJsonObject {{QStringLiteral("expires_at"), QStringLiteral("2026-01-01")}})
        << "field \"download_url.url\" is missing";
    QTest::newRow("download_url without expires_at")
        << "download_url"
        << QJsonValue(QJsonObject {{QStringLiteral("url"), QStringLiteral("https://x/y")}})
        << "field \"download_url.expires_at\" is missing";
}

void TestDirectoryFiles::unreadableFilesAreListedNotGuessed()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    QJsonObject bad =
        directoryFileJson(QStringLiteral("dfl-2"), QStringLiteral("dir-1"), QStringLiteral("b"));
    if (value.isUndefined())
        bad.remove(field);
    else
        bad.insert(field, value);
    const QJsonArray items {
        directoryFileJson(QStringLiteral("dfl-1"), QStringLiteral("dir-1"), QStringLiteral("a")),
        bad};
    TestHttpServer server(
        [items](const TestRequest &) { return TestResponse::json(200, filePage(items)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListDirectoryFilesQuery query;
    query.directoryId = QStringLiteral("dir-1");
    const Walk files = walk(&client, query);
    QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
    QCOMPARE(files.files.size(), 1);
    QCOMPARE(files.invalid.size(), 1);
    QCOMPARE(files.invalid.first().position, 1);
    QCOMPARE(DirectoryFilePage::describe(files.invalid.first()),
             QStringLiteral("the file at position 2 could not be read: ") + problem);
}

void TestDirectoryFiles::pagerFollowsTheTokensToTheEnd()
{
    // Three pages: tokens "p2" and "p+3" lead on; the last says null. A deleted file the server
    // sends although include_deleted was not asked for is left out and counted.
    TestHttpServer server([](const TestRequest &request) {
        const QString token =
            request.query.queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded);
        const auto file = [](int n) {
            return directoryFileJson(QStringLiteral("dfl-%1").arg(n), QStringLiteral("dir-1"),
                                     QStringLiteral("file %1.pdf").arg(n));
        };
        if (token.isEmpty())
            return TestResponse::json(200, filePage({file(1), file(2)}, QStringLiteral("p2")));
        if (token == u"p2") {
            QJsonObject gone = file(4);
            gone.insert(u"deleted_at", QStringLiteral("2026-01-01T00:00:00Z"));
            return TestResponse::json(200, filePage({file(3), gone}, QStringLiteral("p+3")));
        }
        if (token == u"p+3")
            return TestResponse::json(200, filePage({file(5)}));
        return TestResponse::json(400, QByteArray(R"({"detail":"bad token"})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListDirectoryFilesQuery query;
    query.directoryId = QStringLiteral("dir-1");
    query.pageSize = 2;
    const Walk files = walk(&client, query);
    QVERIFY2(files.error.isOk(), qPrintable(files.error.message));
    QVERIFY(files.reachedEnd);
    QCOMPARE(files.pages, 3);
    QStringList ids;
    for (const DirectoryFile &file : files.files)
        ids << file.id;
    QCOMPARE(ids, QStringList({"dfl-1", "dfl-2", "dfl-3", "dfl-5"}));
    QCOMPARE(server.requests().size(), 3);
    for (const TestRequest &request : server.requests())
        QCOMPARE(request.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("2"));
}

void TestDirectoryFiles::pagerStopsOnARepeatedToken()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(
            200,
            filePage({directoryFileJson(QStringLiteral("dfl-1"), QStringLiteral("dir-1"),
                                        QStringLiteral("a"))},
                     QStringLiteral("same")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListDirectoryFilesQuery query;
    query.directoryId = QStringLiteral("dir-1");
    const Walk files = walk(&client, query);
    QCOMPARE(files.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(files.error.message.contains(u"repeated a page token"),
             qPrintable(files.error.message));
    QCOMPARE(server.requests().size(), 2);
}

void TestDirectoryFiles::validationErrorIsASentence_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("list of files") << "list";
    QTest::newRow("one file") << "file";
    QTest::newRow("parse job") << "parse";
    QTest::newRow("extract job") << "extract";
}

void TestDirectoryFiles::validationErrorIsASentence()
{
    QFETCH(QString, call);
    TestHttpServer server([](const TestRequest &) {
        return validationError(QStringLiteral("include_deleted"),
                               QStringLiteral("Input should be a valid boolean"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ApiError error;
    if (call == u"list") {
        ListDirectoryFilesQuery query;
        query.directoryId = QStringLiteral("dir-1");
        error = walk(&client, query).error;
    } else if (call == u"file") {
        error =
            run<DirectoryFile>([&](QObject *context, auto callback) {
                CatalogApi(&client).directoryFile(QStringLiteral("dir-1"), QStringLiteral("dfl-1"),
                                                  {}, true, context, callback);
            }).error;
    } else {
        const BatchJobReference reference {call + QStringLiteral("_v2"), QStringLiteral("j-1")};
        error = run<ReferencedJobStatus>([&](QObject *context, auto callback) {
                    BatchesApi(&client).referencedJob(reference, {}, context, callback);
                }).error;
    }
    QCOMPARE(error.httpStatus, 422);
    QVERIFY2(error.message.contains(u"HTTP 422"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"include_deleted"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Input should be a valid boolean"), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"{") && !error.message.contains(u"\"loc\""),
             qPrintable(error.message));
    QCOMPARE(server.requests().size(), 1); // a 422 is not retried
}

void TestDirectoryFiles::oneFileAsksForAFreshDownloadUrl()
{
    TestHttpServer server([](const TestRequest &request) {
        QJsonObject file = directoryFileJson(QStringLiteral("dfl-1"), QStringLiteral("dir 1"),
                                             QStringLiteral("a.pdf"));
        if (request.query.queryItemValue(QStringLiteral("expand")) == u"download_url")
            file.insert(
                u"download_url",
                QJsonObject {
                    {QStringLiteral("url"), QStringLiteral("https://s3.example/a")},
                    {QStringLiteral("expires_at"), QStringLiteral("2026-01-01T00:00:00Z")}});
        return TestResponse::json(200, file);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const ProjectScope scope {Catalog::FinanceProjectId, {}};
    const Outcome<DirectoryFile> file = run<DirectoryFile>([&](QObject *context, auto callback) {
        CatalogApi(&client).directoryFile(QStringLiteral("dir 1"), QStringLiteral("dfl-1"), scope,
                                          true, context, callback);
    });
    QVERIFY2(file.error.isOk(), qPrintable(file.error.message));
    QCOMPARE(file.result.downloadUrl, QUrl(QStringLiteral("https://s3.example/a")));
    const TestRequest &asked = server.requests().first();
    QCOMPARE(asked.path, QStringLiteral("/api/v1/beta/directories/dir%201/files/dfl-1"));
    QCOMPARE(asked.query.toString(QUrl::FullyEncoded),
             QStringLiteral("expand=download_url&project_id=") + Catalog::FinanceProjectId);

    // An answer about another file is refused.
    server.setHandler([](const TestRequest &) {
        return TestResponse::json(200,
                                  directoryFileJson(QStringLiteral("dfl-2"),
                                                    QStringLiteral("dir 1"),
                                                    QStringLiteral("b.pdf")));
    });
    const Outcome<DirectoryFile> other = run<DirectoryFile>([&](QObject *context, auto callback) {
        CatalogApi(&client).directoryFile(QStringLiteral("dir 1"), QStringLiteral("dfl-1"), scope,
                                          true, context, callback);
    });
    QVERIFY(!other.error.isOk());
    QVERIFY(other.result.id.isEmpty());
    QVERIFY2(other.error.message.contains(u"dfl-2"), qPrintable(other.error.message));
}

void TestDirectoryFiles::referencedJobPathFollowsTheType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::newRow("parse_v2") << "parse_v2"
                              << "/api/v2/parse/job%2F1";
    QTest::newRow("extract_v2") << "extract_v2"
                                << "/api/v2/extract/job%2F1";
}

void TestDirectoryFiles::referencedJobPathFollowsTheType()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    const QString id = QStringLiteral("job/1");
    TestHttpServer server([id](const TestRequest &request) {
        const QJsonObject job {
            {QStringLiteral("id"), id},
            {QStringLiteral("project_id"), QStringLiteral("p")},
            {QStringLiteral("status"), QStringLiteral("RUNNING")},
            {QStringLiteral("file_input"), QStringLiteral("dfl-1")},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:01:00Z")}};
        if (request.path.startsWith(u"/api/v2/parse/"))
            return TestResponse::json(200, QJsonObject {{QStringLiteral("job"), job}});
        return TestResponse::json(200, job);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const ProjectScope scope {Catalog::FinanceProjectId, Catalog::OrganizationId};
    const Outcome<ReferencedJobStatus> job =
        run<ReferencedJobStatus>([&](QObject *context, auto callback) {
            BatchesApi(&client).referencedJob({type, id}, scope, context, callback);
        });
    QVERIFY2(job.error.isOk(), qPrintable(job.error.message));
    QCOMPARE(job.result.type, type);
    QCOMPARE(job.result.status, QStringLiteral("RUNNING"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, path);
    QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("project_id")),
             Catalog::FinanceProjectId);
}

void TestDirectoryFiles::referencedJobFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status"); // expected; empty when the answer is refused
    QTest::addColumn<QString>("error"); // the job's error_message, or the refusal's words
    QTest::newRow("parse, optional fields null")
        << "parse_v2"
        << QByteArray(R"({"job":{"id":"j","project_id":"p","status":"FAILED","error_message":)"
                      R"("<b>Timed out</b>","created_at":null,"updated_at":null,"name":null,)"
                      R"("tier":null},"text":null})")
        << "FAILED"
        << "<b>Timed out</b>";
    QTest::newRow("parse, optional fields absent")
        << "parse_v2" << QByteArray(R"({"job":{"id":"j","project_id":"p","status":"COMPLETED"}})")
        << "COMPLETED" << QString();
    QTest::newRow("parse, a status this client does not know")
        << "parse_v2" << QByteArray(R"({"job":{"id":"j","project_id":"p","status":"PAUSED"}})")
        << "PAUSED" << QString();
    QTest::newRow("parse without its job")
        << "parse_v2" << QByteArray(R"({"text":null})") << QString() << "field \"job\" is missing";
    QTest::newRow("parse without a status")
        << "parse_v2" << QByteArray(R"({"job":{"id":"j","project_id":"p"}})") << QString()
        << "field \"job.status\" is missing";
    QTest::newRow("extract, optional fields null")
        << "extract_v2"
        << QByteArray(R"({"id":"j","project_id":"p","file_input":"dfl-1","status":"FAILED",)"
                      R"("error_message":"Schema mismatch","configuration_id":null,)"
                      R"("created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:01Z"})")
        << "FAILED"
        << "Schema mismatch";
    QTest::newRow("extract without created_at (required)")
        << "extract_v2"
        << QByteArray(R"({"id":"j","project_id":"p","file_input":"dfl-1","status":"RUNNING",)"
                      R"("updated_at":"2026-01-01T00:00:01Z"})")
        << QString() << "field \"created_at\" is missing";
    QTest::newRow("extract with updated_at null (not nullable)")
        << "extract_v2"
        << QByteArray(R"({"id":"j","project_id":"p","file_input":"dfl-1","status":"RUNNING",)"
                      R"("created_at":"2026-01-01T00:00:00Z","updated_at":null})")
        << QString() << "field \"updated_at\" should be a date-time string but is null";
}

void TestDirectoryFiles::referencedJobFields()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(QString, error);
    TestHttpServer server([body](const TestRequest &) { return TestResponse::json(200, body); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const Outcome<ReferencedJobStatus> job =
        run<ReferencedJobStatus>([&](QObject *context, auto callback) {
            BatchesApi(&client).referencedJob({type, QStringLiteral("j")}, {}, context, callback);
        });
    if (status.isEmpty()) {
        QCOMPARE(job.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(job.error.message.contains(error), qPrintable(job.error.message));
        return;
    }
    QVERIFY2(job.error.isOk(), qPrintable(job.error.message));
    QCOMPARE(job.result.status, status);
    QCOMPARE(job.result.errorMessage, error);
    QCOMPARE(job.result.errorMessage.isNull(), error.isNull());
}

void TestDirectoryFiles::unknownReferenceTypeIsRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("named");
    QTest::newRow("classify_v2") << "classify_v2"
                                 << "j-1"
                                 << "\"classify_v2\"";
    QTest::newRow("upper case") << "PARSE_V2"
                                << "j-1"
                                << "\"PARSE_V2\"";
    QTest::newRow("empty type") << ""
                                << "j-1"
                                << "\"\"";
    QTest::newRow("empty id") << "parse_v2"
                              << " "
                              << "job_id";
}

void TestDirectoryFiles::unknownReferenceTypeIsRefused()
{
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, named);
    TestHttpServer server;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const Outcome<ReferencedJobStatus> job =
        run<ReferencedJobStatus>([&](QObject *context, auto callback) {
            BatchesApi(&client).referencedJob({type, id}, {}, context, callback);
        });
    QCOMPARE(job.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY2(job.error.message.contains(named), qPrintable(job.error.message));
    QVERIFY2(job.error.message.endsWith(u'.'), qPrintable(job.error.message)); // a sentence
    QVERIFY(server.requests().isEmpty());
}

void TestDirectoryFiles::nameCatalogListsDeletedDirectories()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(404, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QSignalSpy loaded(&catalog, &NameCatalog::loaded);
    catalog.refresh();
    QVERIFY(loaded.wait(10'000));
    int listings = 0;
    for (const TestRequest &request : server.requests()) {
        if (request.path != Catalog::DirectoriesPath)
            continue;
        ++listings;
        QCOMPARE(request.query.queryItemValue(QStringLiteral("include_deleted")),
                 QStringLiteral("true"));
    }
    QCOMPARE(listings, 2); // both pages

    // A single lookup: the spec gives GET /directories/{id} no include_deleted.
    catalog.lookUpDirectory(QStringLiteral("dir-gone"), {});
    QTRY_VERIFY(catalog.isUnknownDirectory(QStringLiteral("dir-gone")));
    QVERIFY(!server.requests().last().query.hasQueryItem(QStringLiteral("include_deleted")));
}

QTEST_MAIN(TestDirectoryFiles)
#include "tst_directoryfiles.moc"
