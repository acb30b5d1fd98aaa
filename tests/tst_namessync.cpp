// The names of directories and projects, read into the index for search: every page, deleted
// directories asked for, a server without the endpoints tolerated, names kept as sent.
#include "catalogtesting.h"
#include "core/api/apiclient.h"
#include "index/store/indexdatabase.h"
#include "index/store/nameswriter.h"
#include "index/sync/namessync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QDateTime SeenAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

// "kind id name deleted" per row, in order of kind and ID.
QStringList namesIn(IndexDatabase &database)
{
    QSqlQuery query(database.database());
    if (!query.exec(
            QStringLiteral("SELECT kind, id, name, deleted FROM catalog_names ORDER BY kind, id")))
        return {QStringLiteral("query failed")};
    QStringList rows;
    while (query.next()) {
        rows.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' '
                    + query.value(2).toString() + u' ' + query.value(3).toString());
    }
    return rows;
}

QList<TestRequest> requestsTo(const TestHttpServer &server, const QString &path)
{
    QList<TestRequest> matching;
    for (const TestRequest &request : server.requests()) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

TestResponse notFound()
{
    return TestResponse::json(404, QByteArray(R"({"detail":"Not Found"})"));
}

} // namespace

class NamesSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryPageWithDeletedDirectories();
    void missingEndpointsAreNoFailure_data();
    void missingEndpointsAreNoFailure();
    void hostileNamesAreStoredAsSent_data();
    void hostileNamesAreStoredAsSent();
    void failureWritesNothing();
    void repeatedPageTokenStopsPaging();
    void cancelFinishesOnce();

private:
    // Runs a names sync against `server` and waits for its end; returns finished()'s error.
    QString runSync(TestHttpServer &server, const ProjectScope &scope = {});

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<IndexDatabase> m_database;
};

void NamesSyncTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<IndexDatabase>();
    QVERIFY(m_database->open(m_folder->filePath(QStringLiteral("index.sqlite"))));
}

void NamesSyncTest::cleanup()
{
    m_database.reset();
    m_folder.reset();
}

QString NamesSyncTest::runSync(TestHttpServer &server, const ProjectScope &scope)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    IndexNamesSync sync(&client, m_database.get(), scope);
    sync.setClock([] { return SeenAt; });
    QSignalSpy finished(&sync, &IndexNamesSync::finished);
    sync.start();
    if (!finished.wait(10'000))
        return QStringLiteral("no finished() within 10 s");
    if (finished.size() != 1 || sync.isRunning())
        return QStringLiteral("finished() %1 times").arg(finished.size());
    return finished.constFirst().constFirst().toString();
}

void NamesSyncTest::readsEveryPageWithDeletedDirectories()
{
    TestHttpServer server(
        [](const TestRequest &request) { return catalogResponse(request).value_or(notFound()); });
    const ProjectScope scope {std::nullopt, Catalog::OrganizationId};
    QCOMPARE(runSync(server, scope), QString());

    const QList<TestRequest> pages = requestsTo(server, Catalog::DirectoriesPath);
    QCOMPARE(pages.size(), 2);
    for (const TestRequest &page : pages) {
        QCOMPARE(page.query.queryItemValue(QStringLiteral("include_deleted")),
                 QStringLiteral("true"));
        QCOMPARE(page.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("1000"));
        QCOMPARE(page.query.queryItemValue(QStringLiteral("organization_id")),
                 Catalog::OrganizationId);
    }
    QVERIFY(!pages.at(0).query.hasQueryItem(QStringLiteral("page_token")));
    QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("page_token")),
             QStringLiteral("page-2"));
    const QList<TestRequest> projects = requestsTo(server, Catalog::ProjectsPath);
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.constFirst().query.queryItemValue(QStringLiteral("organization_id")),
             Catalog::OrganizationId);

    QCOMPARE(namesIn(*m_database),
             QStringList({QStringLiteral("directory dir-1 Invoices 0"),
                          QStringLiteral("directory dir-2 Receipts 0"),
                          QStringLiteral("directory dir-3 Contracts 0"),
                          QStringLiteral("project %1 Finance 0").arg(Catalog::FinanceProjectId),
                          QStringLiteral("project %1 Legal 0").arg(Catalog::LegalProjectId)}));
}

void NamesSyncTest::missingEndpointsAreNoFailure_data()
{
    QTest::addColumn<bool>("projects");
    QTest::addColumn<bool>("directories");
    QTest::addColumn<QStringList>("expected");

    const QString earlier = QStringLiteral("directory dir-0 Earlier 0");
    QTest::newRow("no projects endpoint")
        << false << true
        << QStringList({earlier, QStringLiteral("directory dir-1 Invoices 0"),
                        QStringLiteral("directory dir-2 Receipts 0"),
                        QStringLiteral("directory dir-3 Contracts 0")});
    QTest::newRow("no directories endpoint")
        << true << false
        << QStringList({earlier,
                        QStringLiteral("project %1 Finance 0").arg(Catalog::FinanceProjectId),
                        QStringLiteral("project %1 Legal 0").arg(Catalog::LegalProjectId)});
    QTest::newRow("neither: the names stay as they were")
        << false << false << QStringList({earlier});
}

void NamesSyncTest::missingEndpointsAreNoFailure()
{
    QFETCH(bool, projects);
    QFETCH(bool, directories);
    QFETCH(QStringList, expected);
    NamesWriter writer(m_database.get());
    QVERIFY(writer.write(
        {{CatalogName::Kind::Directory, QStringLiteral("dir-0"), QStringLiteral("Earlier"), false}},
        SeenAt.addDays(-1)));
    TestHttpServer server([&](const TestRequest &request) {
        if ((request.path == Catalog::ProjectsPath && !projects)
            || (request.path == Catalog::DirectoriesPath && !directories))
            return notFound();
        return catalogResponse(request).value_or(notFound());
    });
    QCOMPARE(runSync(server), QString());
    QCOMPARE(namesIn(*m_database), expected);
}

void NamesSyncTest::hostileNamesAreStoredAsSent_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("markup") << QStringLiteral("<b>bold</b> <img src=x onerror=alert(1)>");
    QTest::newRow("a bidi override") << QStringLiteral("abc\u202Egnp.exe");
    QTest::newRow("control characters")
        << QStringLiteral("tab\there\nnew line\r\u0001\u001b[31mred\u007f");
    QTest::newRow("5,000 characters") << QString(5000, u'x');
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE jobs; --");
}

void NamesSyncTest::hostileNamesAreStoredAsSent()
{
    QFETCH(QString, name);
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == Catalog::ProjectsPath) {
            const QJsonArray list {projectJson(Catalog::FinanceProjectId, name)};
            return TestResponse::json(200, QJsonDocument(list).toJson());
        }
        if (request.path == Catalog::DirectoriesPath) {
            QJsonObject deleted =
                directoryJson(QStringLiteral("dir-1"), Catalog::FinanceProjectId, name);
            deleted.insert(u"deleted_at", QStringLiteral("2026-01-01T00:00:00Z"));
            return TestResponse::json(200, directoryPageJson({deleted}));
        }
        return notFound();
    });
    QCOMPARE(runSync(server), QString());

    QSqlQuery query(m_database->database());
    QVERIFY(query.exec(QStringLiteral("SELECT kind, name, deleted FROM catalog_names"
                                      " ORDER BY kind")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("directory"));
    QCOMPARE(query.value(1).toString(), name);
    QCOMPARE(query.value(2).toInt(), 1); // deleted, and listed because include_deleted was sent
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("project"));
    QCOMPARE(query.value(1).toString(), name);
    QCOMPARE(query.value(2).toInt(), 0);
    QVERIFY(!query.next());
}

void NamesSyncTest::failureWritesNothing()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath
            && request.query.hasQueryItem(QStringLiteral("page_token")))
            return TestResponse::json(500, QByteArray(R"({"detail":"boom"})"));
        return catalogResponse(request).value_or(notFound());
    });
    const QString error = runSync(server);
    QVERIFY2(error.contains(QStringLiteral("could not be read")), qPrintable(error));
    QCOMPARE(namesIn(*m_database), QStringList());
}

void NamesSyncTest::repeatedPageTokenStopsPaging()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath) {
            const QJsonArray items {directoryJson(
                QStringLiteral("dir-1"), Catalog::FinanceProjectId, QStringLiteral("Invoices"))};
            return TestResponse::json(200, directoryPageJson(items, QStringLiteral("again")));
        }
        return notFound();
    });
    const QString error = runSync(server);
    QVERIFY2(error.contains(QStringLiteral("second time")), qPrintable(error));
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath).size(), 2);
    // what was read is kept: names are never wrong for being few
    QCOMPARE(namesIn(*m_database), QStringList({QStringLiteral("directory dir-1 Invoices 0")}));
}

void NamesSyncTest::cancelFinishesOnce()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    IndexNamesSync sync(&client, m_database.get(), {});
    QSignalSpy finished(&sync, &IndexNamesSync::finished);
    QSignalSpy asked(&server, &TestHttpServer::requestReceived);
    sync.start();
    QVERIFY(asked.wait(10'000));
    sync.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(sync.wasCancelled());
    QVERIFY(!sync.isRunning());
    QCoreApplication::processEvents(); // a late answer to the aborted call must not count
    QCOMPARE(finished.size(), 1);
    QCOMPARE(namesIn(*m_database), QStringList());
}

QTEST_GUILESS_MAIN(NamesSyncTest)
#include "tst_namessync.moc"
