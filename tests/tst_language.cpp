// The German translation end to end, without the window: batchdeck-cli speaks the first of the
// system's languages that BatchDeck has (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), English
// otherwise; its exports stay English whatever the language (the CSV header, the JSON field
// names, the API's values); counted nouns agree in German; and the German is complete. The CLI
// runs against the built-in demo server on 127.0.0.1.
#include "clitesting.h"

#include "core/paging/pagingsummary.h"
#include "core/translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// The clean environment without any language of the machine's, then `assignments`.
QProcessEnvironment languageEnvironment(const QStringList &assignments)
{
    QProcessEnvironment environment = cleanCliEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &assignment : assignments)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return environment;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> list = text.split('\n');
    if (!list.isEmpty() && list.constLast().isEmpty())
        list.removeLast();
    return list;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cliSpeaksTheSystemLanguage_data();
    void cliSpeaksTheSystemLanguage();
    void cliMessagesSpeakGerman();
    void exportsStayEnglish_data();
    void exportsStayEnglish();
    void germanCountsAgree_data();
    void germanCountsAgree();
    void installTranslationsChoosesTheFirstLanguageItHas_data();
    void installTranslationsChoosesTheFirstLanguageItHas();

private:
    CliRunner m_cli;
    std::unique_ptr<QTranslator> m_german;
};

void TestLanguage::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI does not name the built batchdeck-cli");
}

void TestLanguage::cleanup()
{
    if (m_german)
        QCoreApplication::removeTranslator(m_german.get());
    m_german.reset();
}

void TestLanguage::cliSpeaksTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("german");
    QTest::newRow("LANGUAGE=de") << QStringList {"LANGUAGE=de", "LC_ALL=C.UTF-8"} << true;
    QTest::newRow("LANG=de_DE.UTF-8") << QStringList {"LANG=de_DE.UTF-8"} << true;
    QTest::newRow("LC_ALL=de_AT.UTF-8 (any German)") << QStringList {"LC_ALL=de_AT.UTF-8"} << true;
    QTest::newRow("LC_MESSAGES=de_CH.UTF-8 over LANG=en_US")
        << QStringList {"LANG=en_US.UTF-8", "LC_MESSAGES=de_CH.UTF-8"} << true;
    QTest::newRow("LANGUAGE=fr:de (the first one there is)")
        << QStringList {"LANGUAGE=fr:de", "LANG=fr_FR.UTF-8"} << true;
    QTest::newRow("LANGUAGE=en_GB over LANG=de_DE")
        << QStringList {"LANGUAGE=en_GB", "LANG=de_DE.UTF-8"} << false;
    QTest::newRow("LANGUAGE=fr (none there: English)")
        << QStringList {"LANGUAGE=fr", "LANG=fr_FR.UTF-8"} << false;
    QTest::newRow("LC_ALL=C.UTF-8") << QStringList {"LC_ALL=C.UTF-8"} << false;
    QTest::newRow("no language set") << QStringList {} << false;
}

void TestLanguage::cliSpeaksTheSystemLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(bool, german);
    const CliRun help = m_cli.run({QStringLiteral("--help")}, languageEnvironment(environment));
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(german ? u"Befehle:" : u"Commands:"), qPrintable(text));
    QVERIFY2(text.contains(german ? u"Exit-Codes" : u"Exit codes"), qPrintable(text));
    // The commands themselves are typed the same in every language.
    QVERIFY2(text.contains(u"  export-batches "), qPrintable(text));
}

void TestLanguage::cliMessagesSpeakGerman()
{
    const QProcessEnvironment german = languageEnvironment({QStringLiteral("LANGUAGE=de")});
    const CliRun unknown = m_cli.run({QStringLiteral("exprot")}, german);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"Unbekannter Befehl \"exprot\""), qPrintable(unknown.err));
    const CliRun badStatus = m_cli.run({QStringLiteral("export"), QStringLiteral("--demo"),
                                        QStringLiteral("--status"), QStringLiteral("sideways")},
                                       german);
    QCOMPARE(badStatus.exitCode, 2);
    // The message is German; the flag and the API's values it lists are not translated.
    QVERIFY2(badStatus.err.contains(u"--status") && badStatus.err.contains(u"completed"),
             qPrintable(badStatus.err));
    const CliRun english = m_cli.run({QStringLiteral("export"), QStringLiteral("--demo"),
                                      QStringLiteral("--status"), QStringLiteral("sideways")},
                                     languageEnvironment({QStringLiteral("LANGUAGE=en")}));
    QVERIFY2(badStatus.err != english.err, qPrintable(badStatus.err));
}

void TestLanguage::exportsStayEnglish_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("format");
    QTest::newRow("export as CSV") << "export"
                                   << "csv";
    QTest::newRow("export as JSON Lines") << "export"
                                          << "json";
    QTest::newRow("export-batches as CSV") << "export-batches"
                                           << "csv";
    QTest::newRow("export-batches as JSON Lines") << "export-batches"
                                                  << "json";
}

void TestLanguage::exportsStayEnglish()
{
    QFETCH(QString, command);
    QFETCH(QString, format);
    const QStringList arguments {command,
                                 QStringLiteral("--demo"),
                                 QStringLiteral("--max-rows"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--format"),
                                 format};
    const CliRun english = m_cli.run(arguments, languageEnvironment({"LANGUAGE=en"}));
    const CliRun german = m_cli.run(arguments, languageEnvironment({"LANG=de_DE.UTF-8"}));
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    const QList<QByteArray> englishLines = lines(english.out);
    const QList<QByteArray> germanLines = lines(german.out);
    QCOMPARE(germanLines.size(), englishLines.size());
    if (format == u"csv") {
        QCOMPARE(germanLines.size(), 6); // the header and five rows
        QCOMPARE(germanLines.first(), englishLines.first());
        QVERIFY2(germanLines.first().startsWith("id,"), germanLines.first().constData());
    } else {
        QCOMPARE(germanLines.size(), 5);
        for (qsizetype i = 0; i < germanLines.size(); ++i) {
            const QJsonObject inGerman = QJsonDocument::fromJson(germanLines.at(i)).object();
            const QJsonObject inEnglish = QJsonDocument::fromJson(englishLines.at(i)).object();
            QCOMPARE(inGerman.keys(), inEnglish.keys());
            // The API's own value ("running", "RUNNING"), not a word of either language; the
            // two runs are seconds apart, so a demo job may have moved on between them.
            const QString status = inGerman.value(u"status").toString();
            QVERIFY2(
                QRegularExpression(QStringLiteral("^([a-z_]+|[A-Z_]+)$")).match(status).hasMatch(),
                qPrintable(status));
        }
    }
    // The same rows in either language: the demo's IDs are the same in every run.
    for (qsizetype i = 0; i < germanLines.size(); ++i)
        QCOMPARE(germanLines.at(i).left(40), englishLines.at(i).left(40));
}

void TestLanguage::germanCountsAgree_data()
{
    QTest::addColumn<CountedRows>("rows");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one item") << CountedRows::Items << qint64(1)
                              << "1 Element vom Server passte nicht zum angeforderten Filter "
                                 "und wurde ausgelassen.";
    QTest::newRow("two items") << CountedRows::Items << qint64(2)
                               << "2 Elemente vom Server passten nicht zum angeforderten Filter "
                                  "und wurden ausgelassen.";
    QTest::newRow("one batch") << CountedRows::Batches << qint64(1)
                               << "1 Batch vom Server passte nicht zum angeforderten Filter und "
                                  "wurde ausgelassen.";
    QTest::newRow("one job") << CountedRows::Jobs << qint64(1)
                             << "1 Job vom Server passte nicht zum angeforderten Filter und "
                                "wurde ausgelassen.";
}

// The sentences take what they count as a kind, not as a word, so that a language whose nouns
// change with the count gets its own ("1 Element", not "1 Elemente").
void TestLanguage::germanCountsAgree()
{
    QFETCH(CountedRows, rows);
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    m_german = std::make_unique<QTranslator>();
    QVERIFY(m_german->load(QStringLiteral(":/i18n/batchdeck_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_german.get()));
    PagingSummary summary;
    summary.rowsListed = 3;
    summary.rowsOutsideFilter = count;
    summary.reachedEnd = true;
    QCOMPARE(summary.filterNote(rows), expected);
}

void TestLanguage::installTranslationsChoosesTheFirstLanguageItHas_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << "de_DE"
                            << "de";
    QTest::newRow("Swiss German") << "de_CH"
                                  << "de";
    QTest::newRow("English") << "en_US"
                             << "en";
    QTest::newRow("French: English instead") << "fr_FR"
                                             << "en";
    QTest::newRow("C: English") << "C"
                                << "en";
}

// The test process itself: installTranslations() says which language it installed, and a
// language it does not have falls back to English (with its plural forms), never to nothing.
void TestLanguage::installTranslationsChoosesTheFirstLanguageItHas()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    const QString installed = installTranslations(QLocale(locale));
    QCOMPARE(installed, language);
    PagingSummary summary;
    summary.rowsListed = 3;
    summary.rowsOutsideFilter = 1;
    summary.reachedEnd = true;
    QVERIFY2(summary.filterNote(CountedRows::Items)
                 .startsWith(language == u"de" ? u"1 Element " : u"The server"),
             qPrintable(summary.filterNote(CountedRows::Items)));
    // Back to English for the next row: installed last, searched first.
    QCOMPARE(installTranslations(QLocale(QLocale::English)), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
