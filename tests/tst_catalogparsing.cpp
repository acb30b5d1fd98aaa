#include "core/catalog/catalogtypes.h"

#include <QTest>

using namespace BatchDeck;

// Projects and directories read field by field, as jobs are: unknown fields are read past, a
// missing or mistyped one is a sentence naming it, an unreadable entry is listed.
class TestCatalogParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEntriesFieldByField_data();
    void readsEntriesFieldByField();
    void readsPagesAndLists_data();
    void readsPagesAndLists();
};

void TestCatalogParsing::readsEntriesFieldByField_data()
{
    QTest::addColumn<bool>("isProject");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: readable

    QTest::newRow("project with unknown and null fields")
        << true
        << QByteArray(R"({"id":"p1","name":"Finance","organization_id":"o1","created_at":null,)"
                      R"("updated_at":"2025-06-01T10:00:00.123456Z","is_default":true,"x":[1]})")
        << QString();
    QTest::newRow("project without is_default")
        << true << QByteArray(R"({"id":"p1","name":"Finance","organization_id":"o1"})")
        << QString();
    QTest::newRow("project without name")
        << true << QByteArray(R"({"id":"p1","organization_id":"o1"})")
        << QStringLiteral("field \"name\" is missing");
    QTest::newRow("project with an empty name")
        << true << QByteArray(R"({"id":"p1","name":" ","organization_id":"o1"})")
        << QStringLiteral("field \"name\" is empty");
    QTest::newRow("project with a numeric id")
        << true << QByteArray(R"({"id":7,"name":"Finance","organization_id":"o1"})")
        << QStringLiteral("field \"id\" should be a string but is a number");
    QTest::newRow("project with is_default as text")
        << true
        << QByteArray(R"({"id":"p1","name":"Finance","organization_id":"o1","is_default":"yes"})")
        << QStringLiteral("field \"is_default\" should be a boolean but is a string");
    QTest::newRow("project with a bad date")
        << true
        << QByteArray(R"({"id":"p1","name":"Finance","organization_id":"o1","created_at":"soon"})")
        << QStringLiteral("field \"created_at\" is not an ISO 8601 date-time (\"soon\")");
    QTest::newRow("directory with every field")
        << false
        << QByteArray(
               R"({"id":"dir-1","project_id":"p1","name":"Invoices","description":"d",)"
               R"("type":"index","created_at":"2025-06-01T10:00:00Z","deleted_at":null,)"
               R"("system_metadata":{"a":1},"expires_at":null,"connector_subscription_id":"c"})")
        << QString();
    QTest::newRow("directory of a type this client does not know")
        << false << QByteArray(R"({"id":"dir-1","project_id":"p1","name":"A","type":"shared"})")
        << QString();
    QTest::newRow("directory without project_id")
        << false << QByteArray(R"({"id":"dir-1","name":"Invoices"})")
        << QStringLiteral("field \"project_id\" is missing");
    QTest::newRow("directory with a null name")
        << false << QByteArray(R"({"id":"dir-1","project_id":"p1","name":null})")
        << QStringLiteral("field \"name\" should be a string but is null");
    QTest::newRow("directory that is an array")
        << false << QByteArray(R"([1])") << QStringLiteral("it is an array, not an object");
}

void TestCatalogParsing::readsEntriesFieldByField()
{
    QFETCH(bool, isProject);
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    // Read as an element of a list, the way the answers arrive.
    const QByteArray body = "[" + json + "]";
    QJsonParseError error;
    const JsonSlice array = JsonSlice::parse(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const JsonSlice element = array.elements().first();
    QString read;
    if (isProject) {
        Project project;
        read = Project::fromJson(element, &project);
        if (problem.isEmpty()) {
            QCOMPARE(project.name, QStringLiteral("Finance"));
            QCOMPARE(project.id, QStringLiteral("p1"));
        }
    } else {
        Directory directory;
        read = Directory::fromJson(element, &directory);
        if (problem.isEmpty())
            QCOMPARE(directory.id, QStringLiteral("dir-1"));
    }
    QCOMPARE(read, problem);
}

void TestCatalogParsing::readsPagesAndLists_data()
{
    QTest::addColumn<bool>("isProjects");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("readable");
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<QString>("token");

    QTest::newRow("projects: one readable, one not")
        << true << QByteArray(R"([{"id":"p1","name":"A","organization_id":"o"},{"id":"p2"}])")
        << QString() << 1 << 1 << QString();
    QTest::newRow("projects: an object instead of a list")
        << true << QByteArray(R"({"items":[]})")
        << QStringLiteral("the body should be an array of projects but is an object") << 0 << 0
        << QString();
    QTest::newRow("projects: empty body")
        << true << QByteArray() << QStringLiteral("the body is empty") << 0 << 0 << QString();
    QTest::newRow("directories: a page with a token")
        << false
        << QByteArray(R"({"items":[{"id":"d","project_id":"p","name":"N"},3],)"
                      R"("next_page_token":"t2","total_size":null})")
        << QString() << 1 << 1 << QStringLiteral("t2");
    QTest::newRow("directories: a null token ends the list")
        << false << QByteArray(R"({"items":[],"next_page_token":null})") << QString() << 0 << 0
        << QString();
    QTest::newRow("directories: a numeric token")
        << false << QByteArray(R"({"items":[],"next_page_token":2})")
        << QStringLiteral("field \"next_page_token\" should be a string but is a number") << 0 << 0
        << QString();
    QTest::newRow("directories: no items")
        << false << QByteArray(R"({"next_page_token":"t"})")
        << QStringLiteral("field \"items\" is missing") << 0 << 0 << QString();
}

void TestCatalogParsing::readsPagesAndLists()
{
    QFETCH(bool, isProjects);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    QFETCH(int, readable);
    QFETCH(int, unreadable);
    QFETCH(QString, token);
    if (isProjects) {
        ProjectList list;
        QCOMPARE(ProjectList::fromJson(body, &list), problem);
        QCOMPARE(list.projects.size(), readable);
        QCOMPARE(list.invalidProjects.size(), unreadable);
    } else {
        DirectoryPage page;
        QCOMPARE(DirectoryPage::fromJson(body, &page), problem);
        QCOMPARE(page.directories.size(), readable);
        QCOMPARE(page.invalidDirectories.size(), unreadable);
        QCOMPARE(page.nextPageToken, token);
    }
}

QTEST_GUILESS_MAIN(TestCatalogParsing)
#include "tst_catalogparsing.moc"
