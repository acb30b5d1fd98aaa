#include "core/jobs/listjobsquery.h"

#include <QTest>

using namespace BatchDeck;

Q_DECLARE_METATYPE(ListJobsQuery)
Q_DECLARE_METATYPE(ListItemsQuery)
Q_DECLARE_METATYPE(ProjectScope)

class TestListJobsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyQuerySendsNothing();
    void buildsQueryString_data();
    void buildsQueryString();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void itemsQuery_data();
    void itemsQuery();
    void jobScope_data();
    void jobScope();
};

void TestListJobsQuery::emptyQuerySendsNothing()
{
    const ListJobsQuery query;
    QVERIFY(query.validationError().isEmpty());
    QVERIFY(query.toUrlQuery().isEmpty());
}

void TestListJobsQuery::buildsQueryString_data()
{
    QTest::addColumn<ListJobsQuery>("query");
    QTest::addColumn<QString>("expected");

    const auto make = [](auto setter) {
        ListJobsQuery query;
        setter(query);
        return query;
    };
    QTest::newRow("directory_id") << make([](ListJobsQuery &q) {
        q.directoryId = QStringLiteral("dir-1");
    }) << "directory_id=dir-1";
    QTest::newRow("job_type") << make([](ListJobsQuery &q) {
        q.jobType = QStringLiteral("extract");
    }) << "job_type=extract";
    QTest::newRow("status") << make([](ListJobsQuery &q) { q.status = QStringLiteral("failed"); })
                            << "status=failed";
    QTest::newRow("limit at minimum") << make([](ListJobsQuery &q) { q.limit = 1; }) << "limit=1";
    QTest::newRow("limit at maximum")
        << make([](ListJobsQuery &q) { q.limit = 1000; }) << "limit=1000";
    QTest::newRow("offset zero") << make([](ListJobsQuery &q) { q.offset = 0; }) << "offset=0";
    QTest::newRow("large offset") << make([](ListJobsQuery &q) { q.offset = 5'000'000'000; })
                                  << "offset=5000000000";
    QTest::newRow("project_id") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    }) << "project_id=123e4567-e89b-12d3-a456-426614174000";
    QTest::newRow("nil project_id") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    }) << "project_id=00000000-0000-0000-0000-000000000000";
    QTest::newRow("nil organization_id") << make([](ListJobsQuery &q) {
        q.organizationId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    }) << "organization_id=00000000-0000-0000-0000-000000000000";
    QTest::newRow("project_id in capitals") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("123E4567-E89B-12D3-A456-426614174000");
    }) << "project_id=123E4567-E89B-12D3-A456-426614174000";
    QTest::newRow("project_id in braces") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("{123e4567-e89b-12d3-a456-426614174000}");
    }) << "project_id=%7B123e4567-e89b-12d3-a456-426614174000%7D";
    QTest::newRow("organization_id") << make([](ListJobsQuery &q) {
        q.organizationId = QStringLiteral("123e4567-e89b-12d3-a456-426614174001");
    }) << "organization_id=123e4567-e89b-12d3-a456-426614174001";
    QTest::newRow("all seven in API order")
        << make([](ListJobsQuery &q) {
               q.directoryId = QStringLiteral("d");
               q.jobType = QStringLiteral("parse");
               q.status = QStringLiteral("running");
               q.limit = 50;
               q.offset = 100;
               q.projectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
               q.organizationId = QStringLiteral("123e4567-e89b-12d3-a456-426614174001");
           })
        << "directory_id=d&job_type=parse&status=running&limit=50&offset=100&project_id=123e4567-"
           "e89b-12d3-a456-426614174000&organization_id=123e4567-e89b-12d3-a456-426614174001";
    QTest::newRow("reserved characters are encoded")
        << make([](ListJobsQuery &q) { q.directoryId = QStringLiteral("a&b=c#d"); })
        << "directory_id=a%26b%3Dc%23d";
}

void TestListJobsQuery::buildsQueryString()
{
    QFETCH(ListJobsQuery, query);
    QFETCH(QString, expected);
    QCOMPARE(query.validationError(), QString());
    QUrl url(QStringLiteral("http://127.0.0.1/x"));
    url.setQuery(query.toUrlQuery());
    QCOMPARE(url.query(QUrl::FullyEncoded), expected);
}

void TestListJobsQuery::rejectsBadValues_data()
{
    QTest::addColumn<ListJobsQuery>("query");
    QTest::addColumn<QString>("parameter");

    const auto make = [](auto setter) {
        ListJobsQuery query;
        setter(query);
        return query;
    };
    QTest::newRow("limit zero") << make([](ListJobsQuery &q) { q.limit = 0; }) << "limit";
    QTest::newRow("limit negative") << make([](ListJobsQuery &q) { q.limit = -5; }) << "limit";
    QTest::newRow("limit above 1000") << make([](ListJobsQuery &q) { q.limit = 1001; }) << "limit";
    QTest::newRow("offset negative") << make([](ListJobsQuery &q) { q.offset = -1; }) << "offset";
    QTest::newRow("unknown job type")
        << make([](ListJobsQuery &q) { q.jobType = QStringLiteral("index"); }) << "job_type";
    QTest::newRow("job type in capitals")
        << make([](ListJobsQuery &q) { q.jobType = QStringLiteral("PARSE"); }) << "job_type";
    QTest::newRow("unknown status")
        << make([](ListJobsQuery &q) { q.status = QStringLiteral("done"); }) << "status";
    QTest::newRow("empty status") << make([](ListJobsQuery &q) { q.status = QString(); })
                                  << "status";
    QTest::newRow("empty directory")
        << make([](ListJobsQuery &q) { q.directoryId = QStringLiteral("  "); }) << "directory_id";
    QTest::newRow("directory with space")
        << make([](ListJobsQuery &q) { q.directoryId = QStringLiteral("dir 1"); })
        << "directory_id";
    QTest::newRow("project not a UUID")
        << make([](ListJobsQuery &q) { q.projectId = QStringLiteral("proj-1"); }) << "project_id";
    QTest::newRow("organization not a UUID")
        << make([](ListJobsQuery &q) { q.organizationId = QStringLiteral("12345"); })
        << "organization_id";
    QTest::newRow("project UUID with text after it") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000x");
    }) << "project_id";
    QTest::newRow("project UUID with one brace") << make([](ListJobsQuery &q) {
        q.projectId = QStringLiteral("{123e4567-e89b-12d3-a456-426614174000");
    }) << "project_id";
    QTest::newRow("organization UUID one digit short") << make([](ListJobsQuery &q) {
        q.organizationId = QStringLiteral("00000000-0000-0000-0000-00000000000");
    }) << "organization_id";
    QTest::newRow("empty project")
        << make([](ListJobsQuery &q) { q.projectId = QString(); }) << "project_id";
}

void TestListJobsQuery::rejectsBadValues()
{
    QFETCH(ListJobsQuery, query);
    QFETCH(QString, parameter);
    const QString error = query.validationError();
    QVERIFY2(error.startsWith(parameter + u' '), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
}

void TestListJobsQuery::itemsQuery_data()
{
    QTest::addColumn<ListItemsQuery>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorParameter");

    ListItemsQuery query;
    QTest::newRow("nothing set") << query << ""
                                 << "";
    query.status = QStringLiteral("skipped");
    query.limit = 100;
    query.offset = 200;
    QTest::newRow("status, limit, offset") << query << "status=skipped&limit=100&offset=200"
                                           << "";
    ListItemsQuery badStatus;
    badStatus.status = QStringLiteral("running"); // a job status, not an item status
    QTest::newRow("job status is not an item status") << badStatus << ""
                                                      << "status";
    ListItemsQuery badLimit;
    badLimit.limit = 0;
    QTest::newRow("limit zero") << badLimit << ""
                                << "limit";
}

void TestListJobsQuery::itemsQuery()
{
    QFETCH(ListItemsQuery, query);
    QFETCH(QString, expected);
    QFETCH(QString, errorParameter);
    if (!errorParameter.isEmpty()) {
        QVERIFY(query.validationError().startsWith(errorParameter + u' '));
        return;
    }
    QCOMPARE(query.validationError(), QString());
    QCOMPARE(query.toUrlQuery().toString(QUrl::FullyEncoded), expected);
}

void TestListJobsQuery::jobScope_data()
{
    QTest::addColumn<ProjectScope>("scope");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorParameter");

    const QString uuid = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("unscoped") << ProjectScope() << ""
                              << "";
    QTest::newRow("project and organization")
        << ProjectScope {uuid, nil} << "project_id=" + uuid + "&organization_id=" + nil << "";
    QTest::newRow("nil project") << ProjectScope {nil, std::nullopt} << "project_id=" + nil << "";
    QTest::newRow("project not a UUID")
        << ProjectScope {QStringLiteral("proj-1"), std::nullopt} << ""
        << "project_id";
    QTest::newRow("organization not a UUID") << ProjectScope {uuid, QStringLiteral("org")} << ""
                                             << "organization_id";
}

void TestListJobsQuery::jobScope()
{
    QFETCH(ProjectScope, scope);
    QFETCH(QString, expected);
    QFETCH(QString, errorParameter);
    if (!errorParameter.isEmpty()) {
        QVERIFY2(scope.validationError().startsWith(errorParameter + u' '),
                 qPrintable(scope.validationError()));
        return;
    }
    QCOMPARE(scope.validationError(), QString());
    QUrlQuery query;
    scope.addTo(&query);
    QCOMPARE(query.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(TestListJobsQuery)
#include "tst_listjobsquery.moc"
