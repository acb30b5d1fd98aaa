#include "core/batches/listbatchesquery.h"

#include <QTest>

using namespace BatchDeck;

Q_DECLARE_METATYPE(ListBatchesQuery)

namespace {

template<typename Setter>
ListBatchesQuery make(Setter setter)
{
    ListBatchesQuery query;
    setter(query);
    return query;
}

const QString Uuid = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");

} // namespace

class TestListBatchesQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyQuerySendsNothing();
    void buildsQueryString_data();
    void buildsQueryString();
    void sendsDateBoundsExactly_data();
    void sendsDateBoundsExactly();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void scopeCarriesProjectAndOrganization();
};

void TestListBatchesQuery::emptyQuerySendsNothing()
{
    const ListBatchesQuery query;
    QVERIFY(query.validationError().isEmpty());
    QVERIFY(query.toUrlQuery().isEmpty());
}

void TestListBatchesQuery::buildsQueryString_data()
{
    QTest::addColumn<ListBatchesQuery>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("project_id") << make([](auto &q) { q.projectId = Uuid; })
                                << "project_id=" + Uuid;
    QTest::newRow("organization_id")
        << make([](auto &q) { q.organizationId = Uuid; }) << "organization_id=" + Uuid;
    QTest::newRow("page_size at minimum") << make([](auto &q) { q.pageSize = 1; }) << "page_size=1";
    QTest::newRow("page_size at maximum")
        << make([](auto &q) { q.pageSize = 1000; }) << "page_size=1000";
    QTest::newRow("page_token") << make([](auto &q) { q.pageToken = QStringLiteral("abc"); })
                                << "page_token=abc";
    QTest::newRow("status as the API spells it")
        << make([](auto &q) { q.status = QStringLiteral("THROTTLED"); }) << "status=THROTTLED";
    QTest::newRow("status in lower case is sent upper case")
        << make([](auto &q) { q.status = QStringLiteral("failed"); }) << "status=FAILED";
    QTest::newRow("status in mixed case")
        << make([](auto &q) { q.status = QStringLiteral("Cancelled"); }) << "status=CANCELLED";
    QTest::newRow("source_directory_id")
        << make([](auto &q) { q.sourceDirectoryId = QStringLiteral("dir-1"); })
        << "source_directory_id=dir-1";
    QTest::newRow("everything, in a fixed order")
        << make([](auto &q) {
               q.sourceDirectoryId = QStringLiteral("dir-1");
               q.status = QStringLiteral("running");
               q.createdAtOnOrBefore = QStringLiteral("2026-11-30");
               q.createdAtOnOrAfter = QStringLiteral("2026-11-01");
               q.pageToken = QStringLiteral("t");
               q.pageSize = 50;
               q.organizationId = Uuid;
               q.projectId = Uuid;
           })
        << "project_id=" + Uuid + "&organization_id=" + Uuid
            + "&page_size=50&page_token=t&created_at_on_or_after=2026-11-01T00:00:00.000Z"
              "&created_at_on_or_before=2026-11-30T23:59:59.999Z&status=RUNNING"
              "&source_directory_id=dir-1";
}

void TestListBatchesQuery::buildsQueryString()
{
    QFETCH(ListBatchesQuery, query);
    QFETCH(QString, expected);
    QCOMPARE(query.validationError(), QString());
    QCOMPARE(query.toUrlQuery().toString(QUrl::FullyEncoded), expected);
}

void TestListBatchesQuery::sendsDateBoundsExactly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("after"); // as sent for created_at_on_or_after
    QTest::addColumn<QString>("before"); // as sent for created_at_on_or_before

    QTest::newRow("a date is the whole UTC day") << "2026-11-01"
                                                 << "2026-11-01T00:00:00.000Z"
                                                 << "2026-11-01T23:59:59.999Z";
    QTest::newRow("a leap day") << "2028-02-29"
                                << "2028-02-29T00:00:00.000Z"
                                << "2028-02-29T23:59:59.999Z";
    QTest::newRow("UTC with Z") << "2026-11-01T08:30:00Z"
                                << "2026-11-01T08:30:00.000Z"
                                << "2026-11-01T08:30:00.000Z";
    QTest::newRow("lower-case t and z") << "2026-11-01t08:30:00z"
                                        << "2026-11-01T08:30:00.000Z"
                                        << "2026-11-01T08:30:00.000Z";
    QTest::newRow("without seconds") << "2026-11-01T08:30Z"
                                     << "2026-11-01T08:30:00.000Z"
                                     << "2026-11-01T08:30:00.000Z";
    QTest::newRow("milliseconds kept") << "2026-11-01T08:30:00.250Z"
                                       << "2026-11-01T08:30:00.250Z"
                                       << "2026-11-01T08:30:00.250Z";
    QTest::newRow("microseconds cut to milliseconds") << "2026-11-01T08:30:00.123456Z"
                                                      << "2026-11-01T08:30:00.123Z"
                                                      << "2026-11-01T08:30:00.123Z";
    QTest::newRow("an offset east, the day before in UTC") << "2026-11-01T01:00:00+02:00"
                                                           << "2026-10-31T23:00:00.000Z"
                                                           << "2026-10-31T23:00:00.000Z";
    QTest::newRow("an offset west, the day after in UTC") << "2026-12-31T20:00:00-05:00"
                                                          << "2027-01-01T01:00:00.000Z"
                                                          << "2027-01-01T01:00:00.000Z";
    QTest::newRow("an offset without a colon") << "2026-11-01T10:30:00+0200"
                                               << "2026-11-01T08:30:00.000Z"
                                               << "2026-11-01T08:30:00.000Z";
    QTest::newRow("spaces around") << " 2026-11-01 "
                                   << "2026-11-01T00:00:00.000Z"
                                   << "2026-11-01T23:59:59.999Z";
}

void TestListBatchesQuery::sendsDateBoundsExactly()
{
    QFETCH(QString, input);
    QFETCH(QString, after);
    QFETCH(QString, before);
    ListBatchesQuery query;
    query.createdAtOnOrAfter = input;
    QCOMPARE(query.validationError(), QString());
    QCOMPARE(query.toUrlQuery().queryItemValue(QStringLiteral("created_at_on_or_after")), after);
    query = {};
    query.createdAtOnOrBefore = input;
    QCOMPARE(query.validationError(), QString());
    QCOMPARE(query.toUrlQuery().queryItemValue(QStringLiteral("created_at_on_or_before")), before);
}

void TestListBatchesQuery::rejectsBadValues_data()
{
    QTest::addColumn<ListBatchesQuery>("query");
    QTest::addColumn<QString>("field"); // the message must start with it

    QTest::newRow("project_id not a UUID")
        << make([](auto &q) { q.projectId = QStringLiteral("prj-1"); }) << "project_id";
    QTest::newRow("organization_id not a UUID")
        << make([](auto &q) { q.organizationId = QStringLiteral("org"); }) << "organization_id";
    QTest::newRow("page_size zero") << make([](auto &q) { q.pageSize = 0; }) << "page_size";
    QTest::newRow("page_size negative") << make([](auto &q) { q.pageSize = -5; }) << "page_size";
    QTest::newRow("page_size above 1000")
        << make([](auto &q) { q.pageSize = 1001; }) << "page_size";
    QTest::newRow("page_token empty")
        << make([](auto &q) { q.pageToken = QString(""); }) << "page_token";
    QTest::newRow("status unknown")
        << make([](auto &q) { q.status = QStringLiteral("done"); }) << "status";
    QTest::newRow("status empty") << make([](auto &q) { q.status = QString(""); }) << "status";
    QTest::newRow("source_directory_id with a space")
        << make([](auto &q) { q.sourceDirectoryId = QStringLiteral("dir 1"); })
        << "source_directory_id";
    for (const char *bad : {"yesterday", "2026-13-01", "2026-02-30", "2026-11-01T08:30:00",
                            "2026-11-01 08:30:00Z", "2026-11-01T25:00:00Z", "2026-11-01T24:00:00Z",
                            "2026-11-01T08:30:00+25:00", "1730450000", "", "2026-11"}) {
        QTest::addRow("after \"%s\"", bad)
            << make([&](auto &q) { q.createdAtOnOrAfter = QString::fromLatin1(bad); })
            << "created_at_on_or_after";
        QTest::addRow("before \"%s\"", bad)
            << make([&](auto &q) { q.createdAtOnOrBefore = QString::fromLatin1(bad); })
            << "created_at_on_or_before";
    }
    QTest::newRow("after later than before")
        << make([](auto &q) {
               q.createdAtOnOrAfter = QStringLiteral("2026-11-02");
               q.createdAtOnOrBefore = QStringLiteral("2026-11-01");
           })
        << "created_at_on_or_after (2026-11-02T00:00:00.000Z) must not be later than "
           "created_at_on_or_before (2026-11-01T23:59:59.999Z)";
    QTest::newRow("after later than before by an offset") << make([](auto &q) {
        q.createdAtOnOrAfter = QStringLiteral("2026-11-01T10:00:00Z");
        q.createdAtOnOrBefore = QStringLiteral("2026-11-01T11:00:00+02:00");
    }) << "created_at_on_or_after";
}

void TestListBatchesQuery::rejectsBadValues()
{
    QFETCH(ListBatchesQuery, query);
    QFETCH(QString, field);
    const QString error = query.validationError();
    QVERIFY2(error.startsWith(field), qPrintable(error));
}

void TestListBatchesQuery::scopeCarriesProjectAndOrganization()
{
    ListBatchesQuery query;
    query.projectId = Uuid;
    QCOMPARE(query.scope(), (ProjectScope {Uuid, std::nullopt}));
    // The same day as both bounds is that one day, not an empty range.
    query.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    query.createdAtOnOrBefore = QStringLiteral("2026-11-01");
    QCOMPARE(query.validationError(), QString());
}

QTEST_GUILESS_MAIN(TestListBatchesQuery)
#include "tst_listbatchesquery.moc"
