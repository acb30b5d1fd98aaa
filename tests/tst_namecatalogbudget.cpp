// The name catalog keeps what a picker is useful for, not what a server sends: a byte budget,
// a cap on a name's length, and an order built once per listing.
#include "catalogtesting.h"
#include "core/catalog/namecatalog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

int directoryPagesAsked(const TestHttpServer &server)
{
    int pages = 0;
    for (const TestRequest &request : server.requests())
        pages += request.path == Catalog::DirectoriesPath;
    return pages;
}

bool refreshAndWait(NameCatalog &catalog)
{
    QSignalSpy loaded(&catalog, &NameCatalog::loaded);
    catalog.refresh();
    return loaded.wait(60'000) && !catalog.isLoading();
}

QString pageToken(const TestRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("page_token"));
}

// The order pickers have always shown: the locale's order of the case-folded names, then IDs.
bool namedBefore(const Directory &a, const Directory &b)
{
    const int order = QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded());
    return order != 0 ? order < 0 : a.id < b.id;
}

QStringList idsOf(const QList<Directory> &directories)
{
    QStringList ids;
    for (const Directory &directory : directories)
        ids << directory.id;
    return ids;
}

} // namespace

class TestNameCatalogBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listingStopsAtTheBudget_data();
    void listingStopsAtTheBudget();
    void overlongNamesAreNotKept();
    void lookupWithAnOverlongNameIsNotKept();
    void orderStaysCaseInsensitive();
    void pickersGetTheOrderWhenTheListingEnds();

private:
    QNetworkAccessManager m_network;
};

void TestNameCatalogBudget::listingStopsAtTheBudget_data()
{
    QTest::addColumn<int>("nameLength");
    QTest::addColumn<int>("descriptionLength");
    QTest::addColumn<int>("perPage");

    // Every page has fresh IDs and a next token: only the budget ends the listing.
    QTest::newRow("names of 900 characters on endless pages") << 900 << 0 << 200;
    QTest::newRow("ordinary names, descriptions of 5,000 characters") << 20 << 5'000 << 200;
    QTest::newRow("many short entries on large pages") << 10 << 0 << 2'000;
}

void TestNameCatalogBudget::listingStopsAtTheBudget()
{
    QFETCH(int, nameLength);
    QFETCH(int, descriptionLength);
    QFETCH(int, perPage);
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        const int page = pageToken(request).isEmpty() ? 0 : pageToken(request).mid(1).toInt();
        QJsonArray items;
        for (int index = 0; index < perPage; ++index) {
            const QString id = QStringLiteral("dir-%1-%2").arg(page).arg(index);
            QJsonObject directory = directoryJson(
                id, Catalog::FinanceProjectId,
                QString(id + QString(nameLength, u'n')).left(std::max(nameLength, int(id.size()))));
            if (descriptionLength > 0)
                directory.insert(u"description", QString(descriptionLength, u'd'));
            items.append(directory);
        }
        return TestResponse::json(200,
                                  directoryPageJson(items, QStringLiteral("t%1").arg(page + 1)));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));

    QVERIFY2(catalog.problem().startsWith(
                 u"Directory names are incomplete: the server listed more names than BatchDeck "
                 u"keeps (8 MB), so loading stopped with "),
             qPrintable(catalog.problem()));
    QVERIFY2(catalog.problem().endsWith(u" directories named; the rest show as IDs."),
             qPrintable(catalog.problem()));
    QVERIFY(directoryPagesAsked(server) < NameCatalog::MaxDirectoryPages);
    // What was kept still names its IDs, and is what the note says.
    const QList<Directory> kept = catalog.directories();
    QVERIFY(kept.size() > perPage / 2);
    QVERIFY2(catalog.problem().contains(QStringLiteral(" %1 directories named").arg(kept.size())),
             qPrintable(catalog.problem()));
    QVERIFY(catalog.directoryName(QStringLiteral("dir-0-0")).startsWith(u"dir-0-0"));
    QVERIFY(catalog.directoryName(kept.last().id).startsWith(kept.last().id));
    const QString lastAsked =
        QStringLiteral("dir-%1-%2").arg(directoryPagesAsked(server) - 1).arg(perPage - 1);
    QCOMPARE(catalog.directoryName(lastAsked), QString()); // past the budget: an ID
    for (const Directory &directory : kept)
        QVERIFY(directory.description.size() <= NameCatalog::MaxTextLength);
}

void TestNameCatalogBudget::overlongNamesAreNotKept()
{
    // Three pages; on each, one directory of an ordinary name and one of a 200,000-character
    // name, which is no name a person picks.
    TestHttpServer server([](const TestRequest &request) {
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        const int page = pageToken(request).isEmpty() ? 0 : pageToken(request).mid(1).toInt();
        const QJsonArray items {
            directoryJson(QStringLiteral("dir-long-%1").arg(page), Catalog::FinanceProjectId,
                          QString(200'000, u'x')),
            directoryJson(QStringLiteral("dir-%1").arg(page), Catalog::FinanceProjectId,
                          QStringLiteral("Named %1").arg(page)),
        };
        return TestResponse::json(
            200,
            directoryPageJson(items, page < 2 ? QStringLiteral("t%1").arg(page + 1) : QString()));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));

    QCOMPARE(directoryPagesAsked(server), 3);
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-2")), QStringLiteral("Named 2"));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-long-0")), QString());
    QCOMPARE(catalog.directories().size(), 3);
    QCOMPARE(catalog.problem(),
             QStringLiteral("3 directories could not be read and show as IDs; first, the "
                            "directory at position 1 could not be read: field \"name\" is longer "
                            "than 1000 characters."));
}

void TestNameCatalogBudget::lookupWithAnOverlongNameIsNotKept()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath + u"/dir-huge")
            return TestResponse::json(200,
                                      directoryJson(QStringLiteral("dir-huge"),
                                                    Catalog::FinanceProjectId,
                                                    QString(5'000, u'h')));
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));
    QSignalSpy problems(&catalog, &NameCatalog::problemChanged);
    catalog.lookUpDirectory(QStringLiteral("dir-huge"), {});
    QVERIFY(problems.wait(10'000));
    QCOMPARE(catalog.problem(),
             QStringLiteral("The name of directory dir-huge could not be loaded: field \"name\" "
                            "is longer than 1000 characters."));
    QCOMPARE(catalog.directoryName(QStringLiteral("dir-huge")), QString());
    QCOMPARE(catalog.directories().size(), 3);
}

void TestNameCatalogBudget::orderStaysCaseInsensitive()
{
    // Two pages of names differing in case, plus one found by a single lookup afterwards.
    const QList<QPair<QString, QString>> firstPage {
        {QStringLiteral("d-1"), QStringLiteral("beta")},
        {QStringLiteral("d-2"), QStringLiteral("Alpha")},
        {QStringLiteral("d-3"), QStringLiteral("gamma")},
        {QStringLiteral("d-9"), QStringLiteral("ALPHA")}};
    const QList<QPair<QString, QString>> secondPage {
        {QStringLiteral("d-4"), QStringLiteral("Delta")},
        {QStringLiteral("d-5"), QStringLiteral("alpha")},
        {QStringLiteral("d-6"), QStringLiteral("Beta 2")},
        {QStringLiteral("d-0"), QStringLiteral("zeta")}};
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == Catalog::DirectoriesPath + u"/d-7")
            return TestResponse::json(200,
                                      directoryJson(QStringLiteral("d-7"),
                                                    Catalog::FinanceProjectId,
                                                    QStringLiteral("BETA 1")));
        if (request.path != Catalog::DirectoriesPath)
            return TestResponse::json(200, QByteArray("[]"));
        const bool second = !pageToken(request).isEmpty();
        QJsonArray items;
        for (const auto &[id, name] : second ? secondPage : firstPage)
            items.append(directoryJson(id, Catalog::FinanceProjectId, name));
        return TestResponse::json(
            200, directoryPageJson(items, second ? QString() : QStringLiteral("n")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QVERIFY(refreshAndWait(catalog));

    QList<Directory> expected = catalog.directories();
    std::sort(expected.begin(), expected.end(), namedBefore);
    QCOMPARE(idsOf(catalog.directories()), idsOf(expected));
    QCOMPARE(idsOf(catalog.directories()),
             QStringList({"d-2", "d-5", "d-9", "d-1", "d-6", "d-4", "d-3", "d-0"}));
    QCOMPARE(idsOf(catalog.directoriesOfProject(Catalog::FinanceProjectId)), idsOf(expected));

    QSignalSpy names(&catalog, &NameCatalog::namesChanged);
    catalog.lookUpDirectory(QStringLiteral("d-7"), {});
    QVERIFY(names.wait(10'000));
    QCOMPARE(idsOf(catalog.directories()),
             QStringList({"d-2", "d-5", "d-9", "d-1", "d-7", "d-6", "d-4", "d-3", "d-0"}));
}

void TestNameCatalogBudget::pickersGetTheOrderWhenTheListingEnds()
{
    // While pages arrive, names resolve at once, but the pickers' lists are those of before
    // the listing: they are sorted once, at its end, and a namesChanged then says so.
    TestHttpServer server([](const TestRequest &request) {
        return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    QList<qsizetype> listedAfterFirstPage; // the pickers' list when only page 1 is named
    qsizetype listedLast = -1; // the pickers' list at the last namesChanged
    connect(&catalog, &NameCatalog::namesChanged, this, [&] {
        listedLast = catalog.directories().size();
        if (!catalog.directoryName(QStringLiteral("dir-1")).isEmpty()
            && catalog.directoryName(QStringLiteral("dir-3")).isEmpty())
            listedAfterFirstPage << catalog.directories().size();
    });
    QVERIFY(refreshAndWait(catalog));

    QVERIFY(!listedAfterFirstPage.isEmpty()); // also once for the projects, if they came then
    QCOMPARE(*std::max_element(listedAfterFirstPage.cbegin(), listedAfterFirstPage.cend()), 0);
    QCOMPARE(idsOf(catalog.directories()), QStringList({"dir-3", "dir-1", "dir-2"}));
    QCOMPARE(listedLast, 3); // the last namesChanged came with the order
}

QTEST_GUILESS_MAIN(TestNameCatalogBudget)
#include "tst_namecatalogbudget.moc"
