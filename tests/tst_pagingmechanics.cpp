// The pieces every pager shares that the pager tests do not reach by themselves: the page tokens
// sent (a circle of tokens, whatever their length) and the bounds of the duplicate window.
#include "core/paging/duplicatewindow.h"
#include "core/paging/sentpagetokens.h"

#include <QTest>

using namespace BatchDeck;

class TestPagingMechanics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentPageTokensRefuseOnlyARepeat_data();
    void sentPageTokensRefuseOnlyARepeat();
    void sentPageTokensForgetOnClear();
    void duplicateWindowRemembersTheMostRecentIds_data();
    void duplicateWindowRemembersTheMostRecentIds();
    void duplicateWindowNeverGrowsBeyondItsCapacity();
};

void TestPagingMechanics::sentPageTokensRefuseOnlyARepeat_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QList<bool>>("remembered");
    const QString longToken(4096, u'x');
    QTest::newRow("new tokens are remembered")
        << QStringList {"a", "b", "c"} << QList<bool> {true, true, true};
    QTest::newRow("a token sent again is refused")
        << QStringList {"a", "b", "a"} << QList<bool> {true, true, false};
    QTest::newRow("the same token twice in a row is refused")
        << QStringList {"cursor-1", "cursor-1"} << QList<bool> {true, false};
    QTest::newRow("tokens differing only in case are two tokens")
        << QStringList {"abc", "ABC"} << QList<bool> {true, true};
    QTest::newRow("long tokens differing only in their last character are two tokens")
        << QStringList {longToken + u'1', longToken + u'2', longToken + u'1'}
        << QList<bool> {true, true, false};
    QTest::newRow("a token and its prefix are two tokens")
        << QStringList {"abc", "ab"} << QList<bool> {true, true};
    QTest::newRow("non-ASCII tokens compare by their text")
        << QStringList {QStringLiteral("café"), QStringLiteral("cafe"), QStringLiteral("café")}
        << QList<bool> {true, true, false};
}

void TestPagingMechanics::sentPageTokensRefuseOnlyARepeat()
{
    QFETCH(QStringList, tokens);
    QFETCH(QList<bool>, remembered);
    SentPageTokens sent;
    QList<bool> answers;
    for (const QString &token : std::as_const(tokens))
        answers.append(sent.remember(token));
    QCOMPARE(answers, remembered);
    QCOMPARE(sent.size(), remembered.count(true));
}

void TestPagingMechanics::sentPageTokensForgetOnClear()
{
    SentPageTokens sent;
    QVERIFY(sent.remember(QStringLiteral("next")));
    sent.clear();
    QCOMPARE(sent.size(), 0);
    QVERIFY(sent.remember(QStringLiteral("next")));
    QVERIFY(!sent.remember(QStringLiteral("next")));
}

void TestPagingMechanics::duplicateWindowRemembersTheMostRecentIds_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<bool>>("remembered");
    QTest::newRow("an ID within the window is a repeat")
        << 3 << QStringList {"a", "b", "c", "a"} << QList<bool> {true, true, true, false};
    QTest::newRow("an ID pushed out of the window is new again")
        << 3 << QStringList {"a", "b", "c", "d", "a"} << QList<bool> {true, true, true, true, true};
    QTest::newRow("the newest ID pushes out only the oldest")
        << 3 << QStringList {"a", "b", "c", "d", "b", "c", "d"}
        << QList<bool> {true, true, true, true, false, false, false};
    QTest::newRow("a repeat does not make an ID recent again")
        << 2 << QStringList {"a", "b", "a", "c", "a"}
        << QList<bool> {true, true, false, true, true};
    QTest::newRow("a window of one spots a row sent twice in a row")
        << 1 << QStringList {"a", "a", "b", "a"} << QList<bool> {true, false, true, true};
}

void TestPagingMechanics::duplicateWindowRemembersTheMostRecentIds()
{
    QFETCH(int, capacity);
    QFETCH(QStringList, ids);
    QFETCH(QList<bool>, remembered);
    DuplicateWindow window(capacity);
    QList<bool> answers;
    for (const QString &id : std::as_const(ids))
        answers.append(window.remember(id));
    QCOMPARE(answers, remembered);
}

void TestPagingMechanics::duplicateWindowNeverGrowsBeyondItsCapacity()
{
    DuplicateWindow window(100);
    for (int index = 0; index < 1000; ++index) {
        QVERIFY(window.remember(QString::number(index)));
        QCOMPARE(window.size(), std::min(index + 1, 100));
    }
    QVERIFY(window.contains(QStringLiteral("999")));
    QVERIFY(window.contains(QStringLiteral("900")));
    QVERIFY(!window.contains(QStringLiteral("899")));
}

QTEST_GUILESS_MAIN(TestPagingMechanics)
#include "tst_pagingmechanics.moc"
