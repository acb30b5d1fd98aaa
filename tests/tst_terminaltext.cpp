// Text from a server shown on a terminal: every character that could drive the terminal is
// escaped, everything else is left as it was.
#include "core/api/terminaltext.h"

#include <QTest>

using namespace BatchDeck;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesWhatDrivesATerminal_data();
    void escapesWhatDrivesATerminal();
    void lineFeedsCanBeEscapedToo_data();
    void lineFeedsCanBeEscapedToo();
    void everyControlCharacterIsEscaped();
};

void TestTerminalText::escapesWhatDrivesATerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain text stays") << "Completed: 12 items"
                                      << "Completed: 12 items";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("tab and line feed stay") << "a\tb\nc"
                                            << "a\tb\nc";
    QTest::newRow("accents, CJK and emoji stay")
        << QStringLiteral("café 日本 😀") << QStringLiteral("café 日本 😀");
    QTest::newRow("backslash stays") << R"(C:\data\e)"
                                     << R"(C:\data\e)";
    QTest::newRow("window title (OSC 0 ... BEL)") << "\x1b]0;pwned\x07 done"
                                                  << R"(\e]0;pwned\x07 done)";
    QTest::newRow("clipboard write (OSC 52 ... ST)") << "\x1b]52;c;aGk=\x1b\\"
                                                     << R"(\e]52;c;aGk=\e\)";
    QTest::newRow("clear screen (CSI 2J)") << "\x1b[2Jclean"
                                           << R"(\e[2Jclean)";
    QTest::newRow("carriage return rewrites the line") << "failed\rStatus: completed"
                                                       << R"(failed\rStatus: completed)";
    QTest::newRow("backspace") << "ok\x08\x08no"
                               << R"(ok\x08\x08no)";
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << R"(a\x00b)";
    QTest::newRow("DEL") << "a\x7f"
                            "b"
                         << R"(a\x7fb)";
    QTest::newRow("C1 CSI U+009B") << QStringLiteral("\u009b2Jx") << R"(\x9b2Jx)";
    QTest::newRow("C1 NEL U+0085") << QStringLiteral("a\u0085b") << R"(a\x85b)";
    QTest::newRow("U+00A0 no-break space stays")
        << QStringLiteral("a\u00a0b") << QStringLiteral("a\u00a0b");
    QTest::newRow("right-to-left override U+202E")
        << QStringLiteral("invoice\u202Efdp.exe") << R"(invoice\u202efdp.exe)";
    QTest::newRow("left-to-right embedding U+202A") << QStringLiteral("\u202Ax") << R"(\u202ax)";
    QTest::newRow("pop directional formatting U+202C") << QStringLiteral("x\u202C") << R"(x\u202c)";
    QTest::newRow("isolates U+2066 to U+2069")
        << QStringLiteral("\u2066a\u2067b\u2068c\u2069") << R"(\u2066a\u2067b\u2068c\u2069)";
    QTest::newRow("U+2065 and U+206A stay (not isolates)")
        << QStringLiteral("\u2065\u206A") << QStringLiteral("\u2065\u206A");
    QTest::newRow("U+2029 paragraph separator stays")
        << QStringLiteral("a\u2029b") << QStringLiteral("a\u2029b");
}

void TestTerminalText::escapesWhatDrivesATerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeForTerminal(text), shown);
    QCOMPARE(needsTerminalEscaping(text), text != shown);
}

void TestTerminalText::lineFeedsCanBeEscapedToo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a fake line after a line feed") << "oops\nStatus:    completed"
                                                   << R"(oops\nStatus:    completed)";
    QTest::newRow("CR LF") << "a\r\nb"
                           << R"(a\r\nb)";
    QTest::newRow("tab stays") << "a\tb"
                               << "a\tb";
}

void TestTerminalText::lineFeedsCanBeEscapedToo()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeForTerminal(text, LineFeeds::Escape), shown);
    QVERIFY(needsTerminalEscaping(text, LineFeeds::Escape) == (text != shown));
}

void TestTerminalText::everyControlCharacterIsEscaped()
{
    // No character of the forbidden ranges survives, whichever it is.
    QList<char16_t> forbidden;
    for (char16_t c = 0; c < 0x20; ++c) {
        if (c != u'\t' && c != u'\n')
            forbidden << c;
    }
    for (char16_t c = 0x7F; c <= 0x9F; ++c)
        forbidden << c;
    for (char16_t c = 0x202A; c <= 0x202E; ++c)
        forbidden << c;
    for (char16_t c = 0x2066; c <= 0x2069; ++c)
        forbidden << c;
    for (const char16_t c : forbidden) {
        const QString shown = escapeForTerminal(QString(QChar(c)));
        QVERIFY2(shown.size() >= 2 && shown.startsWith(u'\\'), qPrintable(shown));
        for (const QChar out : shown)
            QVERIFY2(out.unicode() >= 0x20 && out.unicode() < 0x7F, qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
