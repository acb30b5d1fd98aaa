#include "catalogtesting.h"
#include "core/catalog/namecatalog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const ProjectScope FinanceScope {Catalog::FinanceProjectId, Catalog::OrganizationId};

// The requests to `path` exactly (the listing) or under it (single lookups).
QList<TestRequest> requestsTo(const TestHttpServer &server, const QString &path, bool under = false)
{
    QList<TestRequest> matching;
    for (const TestRequest &request : server.requests()) {
        if (under ? request.path.startsWith(path + u'/') : request.path == path)
            matching << request;
    }
    return matching;
}

// Runs refresh() and waits for its end; a wait that times out fails the test.
bool refreshAndWait(NameCatalog &catalog, const ProjectScope &scope = {})
{
    QSignalSpy loaded(&catalog, &NameCatalog::loaded);
    catalog.refresh(scope);
    return loaded.wait(10'000) && !catalog.isLoading();
}

} // namespace

class TestNameCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsProjectsAndEveryDirectoryPage();
    void sendsTheScope();
    void pageTokenArrivesUnchanged();
    void repeatedTokenIsRefused();
    void endlessListStopsAtThePageCap();
    void unreadableDirectoriesAreReported();
    void unknownDirectoryIsLookedUpOnce();
    void lookupWaitsForTheListing();
    void notFoundIsRemembered();
    void lookupKeepsTheDirectoryAskedFor_data();
    void lookupKeepsTheDirectoryAskedFor();
    void failuresLeaveIds_data();
    void failuresLeaveIds();
    void clearsWhenTheServerChanges();
    void otherProjectListsItsDirectories();

private:
    QNetworkAccessManager m_network;
};

void TestNameCatalog::listsProjectsAndEveryDirectoryPage()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QSignalSpy names(&catalog, &NameCatalog::namesChanged);
    QVERIFY(refreshAndWait(catalog));

    QCOMPARE(catalog.projectName(Catalog::FinanceProjectId), QStringLiteral("Finance"));
    QCOMPARE(catalog.projectName(Catalog::LegalProjectId), QStringLiteral("Legal"));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-1")), QStringLiteral("Invoices"));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-3")), QStringLiteral("Contracts"));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-9")), QString()); // unknown: empty
    QCOMPARE(catalog.projectName(QStringLiteral("dir-1")), QString());
    QCOMPARE(catalog.problem(), QString());
    QVERIFY(names.size() >= 2); // the projects, then each page

    QStringList projectNames;
    for (const Project &project : catalog.projects())
        projectNames << project.name;
    QCOMPARE(projectNames, QStringList({QStringLiteral("Finance"), QStringLiteral("Legal")}));
    QVERIFY(catalog.projects().first().isDefault);
    QStringList directoryNames;
    for (const Directory &directory : catalog.directories())
        directoryNames << directory.name;
    QCOMPARE(directoryNames,
             QStringList({QStringLiteral("Contracts"), QStringLiteral("Invoices"),
                          QStringLiteral("Receipts")}));
    QCOMPARE(catalog.directoriesOfProject(Catalog::LegalProjectId).size(), 1);

    // Two pages, the second asked for with the first's token; no lookups were needed.
    const QList<TestRequest> pages = requestsTo(server, Catalog::DirectoriesPath);
    QCOMPARE(pages.size(), 2);
    QVERIFY(!pages.at(0).query.hasQueryItem(QStringLiteral("page_token")));
    QCOMPARE(pages.at(0).query.queryItemValue(QStringLiteral("page_size")),
             QString::number(NameCatalog::DirectoryPageSize));
    QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("page_token")), u"page-2");
    QCOMPARE(requestsTo(server, Catalog::ProjectsPath).size(), 1);
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath, true).size(), 0);
}

void TestNameCatalog::sendsTheScope()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog, FinanceScope));

    const QList<TestRequest> projects = requestsTo(server, Catalog::ProjectsPath);
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().query.queryItemValue(QStringLiteral("organization_id")),
             Catalog::OrganizationId);
    const QList<TestRequest> pages = requestsTo(server, Catalog::DirectoriesPath);
    QCOMPARE(pages.size(), 1); // Finance's directories fit one page
    QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("project_id")),
             Catalog::FinanceProjectId);
    QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("organization_id")),
             Catalog::OrganizationId);

    // A lookup goes to the scope of the job that names the directory.
    catalog.lookUpDirectory(QStringLiteral("dir-77"), FinanceScope);
    QTRY_VERIFY(catalog.isUnknownDirectory(QStringLiteral("dir-77")));
    const QList<TestRequest> lookups = requestsTo(server, Catalog::DirectoriesPath, true);
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.first().path, Catalog::DirectoriesPath + u"/dir-77");
    QCOMPARE(lookups.first().query.queryItemValue(QStringLiteral("project_id")),
             Catalog::FinanceProjectId);
    QCOMPARE(lookups.first().query.queryItemValue(QStringLiteral("organization_id")),
             Catalog::OrganizationId);
}

void TestNameCatalog::pageTokenArrivesUnchanged()
{
    const QString token = QStringLiteral("a+b/c=&d%e f");
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath
            && !request.query.hasQueryItem(QStringLiteral("page_token")))
            return TestResponse::json(200, directoryPageJson({}, token));
        if (request.path == Catalog::DirectoriesPath)
            return TestResponse::json(200, directoryPageJson({}));
        return TestResponse::json(200, QByteArray("[]"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    const QList<TestRequest> pages = requestsTo(server, Catalog::DirectoriesPath);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded),
             token);
    // A "+" sent as it is would reach the server as a space.
    const QString sent = pages.at(1).query.query(QUrl::FullyEncoded);
    QVERIFY2(sent.contains(u"page_token=a%2Bb%2Fc%3D%26d%25e%20f"), qPrintable(sent));
    QCOMPARE(catalog.problem(), QString());
}

void TestNameCatalog::repeatedTokenIsRefused()
{
    int page = 0;
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        // Tokens t1, t2, then t1 again: a loop that would never end.
        ++page;
        const QString id = QStringLiteral("dir-%1").arg(page);
        return TestResponse::json(
            200,
            directoryPageJson({directoryJson(id, Catalog::FinanceProjectId, id.toUpper())},
                              page == 2 ? QStringLiteral("t2") : QStringLiteral("t1")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath).size(), 3);
    QVERIFY2(catalog.problem().contains(u"page token \"t1\" a second time"),
             qPrintable(catalog.problem()));
    // What the pages named is kept.
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-3")), QStringLiteral("DIR-3"));
    QCOMPARE(catalog.directories().size(), 3);
}

void TestNameCatalog::endlessListStopsAtThePageCap()
{
    int page = 0;
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        ++page;
        return TestResponse::json(
            200,
            directoryPageJson({directoryJson(QStringLiteral("dir-%1").arg(page),
                                             Catalog::FinanceProjectId, QStringLiteral("D"))},
                              QStringLiteral("t%1").arg(page)));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath).size(), NameCatalog::MaxDirectoryPages);
    QCOMPARE(catalog.directories().size(), NameCatalog::MaxDirectoryPages);
    QVERIFY2(catalog.problem().contains(u"without ending the list"), qPrintable(catalog.problem()));
}

void TestNameCatalog::unreadableDirectoriesAreReported()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        const bool second = request.query.hasQueryItem(QStringLiteral("page_token"));
        QJsonArray items {directoryJson(second ? QStringLiteral("dir-3") : QStringLiteral("dir-1"),
                                        Catalog::FinanceProjectId, QStringLiteral("Named")),
                          QJsonObject {{QStringLiteral("id"), QStringLiteral("dir-x")}}};
        return TestResponse::json(
            200, directoryPageJson(items, second ? QString() : QStringLiteral("n")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    QCOMPARE(catalog.directories().size(), 2);
    // Counted over both pages; the first one named by its place in the whole list.
    QVERIFY2(catalog.problem().startsWith(
                 u"2 directories could not be read and show as IDs; first, the directory at "
                 u"position 2 could not be read: field \"project_id\" is missing"),
             qPrintable(catalog.problem()));
}

void TestNameCatalog::unknownDirectoryIsLookedUpOnce()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath + u"/dir-old")
            return TestResponse::json(200,
                                      directoryJson(QStringLiteral("dir-old"),
                                                    Catalog::LegalProjectId,
                                                    QStringLiteral("Archive 2019")));
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));

    QSignalSpy names(&catalog, &NameCatalog::namesChanged);
    catalog.lookUpDirectory(QStringLiteral("dir-old"), {});
    catalog.lookUpDirectory(QStringLiteral("dir-old"), {}); // already asked for
    catalog.lookUpDirectory(QStringLiteral("dir-1"), {}); // listed: no request
    QVERIFY(names.wait(10'000));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-old")), QStringLiteral("Archive 2019"));
    catalog.lookUpDirectory(QStringLiteral("dir-old"), {}); // known now
    QTest::qWait(50); // nothing to wait for: no request may follow
    const QList<TestRequest> lookups = requestsTo(server, Catalog::DirectoriesPath, true);
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.first().path, Catalog::DirectoriesPath + u"/dir-old");
    QCOMPARE(names.size(), 1);
}

void TestNameCatalog::lookupWaitsForTheListing()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request)
            .value_or(TestResponse::json(500, QByteArray("{}")))
            .delayedBy(request.path == Catalog::DirectoriesPath ? 100 : 0);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QSignalSpy loaded(&catalog, &NameCatalog::loaded);
    catalog.refresh();
    // dir-3 is on the listing's second page: asking for it alone would be a wasted request.
    catalog.lookUpDirectory(QStringLiteral("dir-3"), {});
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-3")), QStringLiteral("Contracts"));
    QTest::qWait(50);
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath, true).size(), 0);
}

void TestNameCatalog::notFoundIsRemembered()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    catalog.lookUpDirectory(QStringLiteral("dir-gone"), {});
    QTRY_VERIFY(catalog.isUnknownDirectory(QStringLiteral("dir-gone")));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-gone")), QString());
    QCOMPARE(catalog.problem(), QString()); // a deleted directory is no failure

    // Not asked again, not even after a refresh of the same server.
    QVERIFY(refreshAndWait(catalog));
    catalog.lookUpDirectory(QStringLiteral("dir-gone"), {});
    QTest::qWait(50);
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath, true).size(), 1);
}

void TestNameCatalog::lookupKeepsTheDirectoryAskedFor_data()
{
    QTest::addColumn<QString>("answeredId");
    QTest::addColumn<QString>("name"); // empty: the answer is refused
    QTest::newRow("directory by ID answers another directory") << "dir-other" << QString();
    // IDs carry no letter case: the same directory, named.
    QTest::newRow("directory by ID answers the same directory in upper case") << "DIR-OLD"
                                                                              << "Archive 2019";
}

void TestNameCatalog::lookupKeepsTheDirectoryAskedFor()
{
    QFETCH(QString, answeredId);
    QFETCH(QString, name);
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath + u"/dir-old")
            return TestResponse::json(
                200,
                directoryJson(answeredId, Catalog::LegalProjectId, QStringLiteral("Archive 2019")));
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    catalog.lookUpDirectory(QStringLiteral("dir-old"), {});
    if (!name.isEmpty()) {
        QTRY_COMPARE(catalog.directoryName(QStringLiteral("dir-old")), name);
        QCOMPARE(catalog.problem(), QString());
        return;
    }
    QTRY_VERIFY(!catalog.problem().isEmpty());
    QVERIFY2(catalog.problem().contains(
                 QStringLiteral("Asked about directory dir-old, but the server answered about "
                                "directory %1.")
                     .arg(answeredId)),
             qPrintable(catalog.problem()));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-old")), QString());
    QCOMPARE(catalog.directoryName(answeredId), QString());
}

void TestNameCatalog::failuresLeaveIds_data()
{
    QTest::addColumn<QString>("failingPath");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("projectsNamed");

    QTest::newRow("projects answer 500")
        << Catalog::ProjectsPath << 500 << QByteArray(R"({"detail":"boom"})")
        << QStringLiteral("Project names could not be loaded:") << false;
    QTest::newRow("projects answer with an object")
        << Catalog::ProjectsPath << 200 << QByteArray(R"({"items":[]})")
        << QStringLiteral("should be an array of projects") << false;
    QTest::newRow("directories answer 403")
        << Catalog::DirectoriesPath << 403 << QByteArray(R"({"detail":"Forbidden"})")
        << QStringLiteral("Directory names could not be loaded:") << true;
    QTest::newRow("directories answer is not JSON")
        << Catalog::DirectoriesPath << 200 << QByteArray("<html>")
        << QStringLiteral("Directory names could not be loaded: ") << true;
    QTest::newRow("directories closed without an answer")
        << Catalog::DirectoriesPath << 0 << QByteArray()
        << QStringLiteral("Directory names could not be loaded:") << true;
}

void TestNameCatalog::failuresLeaveIds()
{
    QFETCH(QString, failingPath);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(bool, projectsNamed);
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == failingPath)
            return status == 0 ? TestResponse::closeConnection() : TestResponse::json(status, body);
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QSignalSpy problems(&catalog, &NameCatalog::problemChanged);
    QVERIFY(refreshAndWait(catalog));
    QVERIFY2(catalog.problem().contains(expected), qPrintable(catalog.problem()));
    QVERIFY(!problems.isEmpty());
    QVERIFY(!catalog.problem().contains(clientSettingsFor(server).apiKey));
    // Whatever failed has no names; the callers keep showing its IDs.
    QCOMPARE(catalog.projectName(Catalog::FinanceProjectId).isEmpty(), !projectsNamed);
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-1")).isEmpty(), projectsNamed);
    QVERIFY(!catalog.isLoading());

    // The next refresh starts clean and, the server well again, names everything.
    server.setHandler([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    QVERIFY(refreshAndWait(catalog));
    QCOMPARE(catalog.problem(), QString());
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-1")), QStringLiteral("Invoices"));
}

void TestNameCatalog::clearsWhenTheServerChanges()
{
    const auto handler = [](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    };
    TestHttpServer first(handler);
    TestHttpServer second([](const TestRequest &request) {
        if (request.path == Catalog::ProjectsPath)
            return TestResponse::json(200, QByteArray("[]"));
        return TestResponse::json(200, directoryPageJson({}));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(first));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    catalog.lookUpDirectory(QStringLiteral("dir-gone"), {});
    QTRY_VERIFY(catalog.isUnknownDirectory(QStringLiteral("dir-gone")));
    QVERIFY(!catalog.directoryName(QStringLiteral("dir-1")).isEmpty());

    // The same server and key again (reconnecting) keep the names.
    QSignalSpy names(&catalog, &NameCatalog::namesChanged);
    client.setSettings(clientSettingsFor(first));
    QCOMPARE(names.size(), 0);

    // Another key on the same server: the old key's names may not be this one's.
    ClientSettings otherKey = clientSettingsFor(first);
    otherKey.apiKey = QStringLiteral("sk-other-key");
    client.setSettings(otherKey);
    QCOMPARE(names.size(), 1);
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-1")), QString());
    QVERIFY(catalog.projects().isEmpty());
    QVERIFY(!catalog.isUnknownDirectory(QStringLiteral("dir-gone")));

    client.setSettings(clientSettingsFor(second));
    QVERIFY(refreshAndWait(catalog));
    QVERIFY(catalog.directories().isEmpty());
    QCOMPARE(catalog.projectName(Catalog::FinanceProjectId), QString());
    QCOMPARE(requestsTo(second, Catalog::ProjectsPath).size(), 1);
}

void TestNameCatalog::otherProjectListsItsDirectories()
{
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog, FinanceScope));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-3")), QString());

    QSignalSpy loaded(&catalog, &NameCatalog::loaded);
    catalog.setScope({Catalog::LegalProjectId, Catalog::OrganizationId});
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-3")), QStringLiteral("Contracts"));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-1")), QStringLiteral("Invoices")); // kept
    // The same organization: its projects were listed already.
    QCOMPARE(requestsTo(server, Catalog::ProjectsPath).size(), 1);
    // Back to a listed scope: nothing to ask.
    catalog.setScope(FinanceScope);
    QVERIFY(!catalog.isLoading());
    QCOMPARE(requestsTo(server, Catalog::DirectoriesPath).size(), 2);
}

QTEST_GUILESS_MAIN(TestNameCatalog)
#include "tst_namecatalog.moc"
