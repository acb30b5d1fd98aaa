// The man page (packaging/batchdeck-cli.1) against batchdeck-cli's own --help, both ways, so that
// neither can change without the other: every command the top-level help lists has a section
// (.SS under COMMANDS) and every section is such a command; every option of a command's --help
// is documented (.TP) in its section, or in a shared section (CONNECTION OPTIONS, INDEX OPTIONS)
// that its section names, and only there; and nothing is documented that its --help does not
// list. Also that the page renders without warnings, as Debian's lintian checks it.
#include "clitesting.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifndef BATCHDECK_MAN_PAGE
#error "BATCHDECK_MAN_PAGE must name packaging/batchdeck-cli.1"
#endif

using namespace BatchDeck::Testing;

namespace {

// A command as `batchdeck-cli --help` lists it: "job JOB_ID" is the command "job" with the
// argument JOB_ID, while "failures --items" is a command of its own.
struct ListedCommand
{
    QString name;
    QStringList arguments;
};

// What the man page says under one heading: the options its .TP entries name, and its text.
struct ManSection
{
    QStringList options;
    QString text;
};

struct ManPage
{
    QMap<QString, ManSection> commands; // by .SS heading, under .SH COMMANDS
    QMap<QString, ManSection> shared; // by .SH heading, those ending in " OPTIONS"
};

// English whatever the machine's language, since the top-level help is read by its "Commands:"
// heading; Qt takes LANGUAGE before LC_ALL, so both are set.
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = cleanCliEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

// The commands under "Commands:", one a line: the command as typed, then at least two spaces and
// what it does ("  job JOB_ID             show a job's status and progress"). Words in capitals
// are the command's arguments.
QList<ListedCommand> commandsOfHelp(const QString &help)
{
    static const QRegularExpression row(QStringLiteral("^  (\\S+(?: \\S+)*)  +\\S"));
    static const QRegularExpression placeholder(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    const QStringList lines = help.split(u'\n');
    QList<ListedCommand> commands;
    for (qsizetype i = lines.indexOf(QStringLiteral("Commands:")) + 1;
         i > 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch match = row.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        ListedCommand command;
        QStringList words;
        for (const QString &word : match.captured(1).split(u' ')) {
            if (placeholder.match(word).hasMatch())
                command.arguments.append(word);
            else
                words.append(word);
        }
        command.name = words.join(u' ');
        commands.append(command);
    }
    return commands;
}

// The options a command's --help lists ("-h" and "--help" of "  -h, --help  Displays ..."). Qt
// indents an option's names by two spaces and the further lines of its description far deeper,
// so a further line that starts with an option ("--format json writes them", under batch
// --format) is not taken for one.
QStringList optionsOfHelp(const QString &help)
{
    static const QRegularExpression names(QStringLiteral("^  (-[^\\s,]+(?:, -[^\\s,]+)*)"),
                                          QRegularExpression::MultilineOption);
    QStringList options;
    QRegularExpressionMatchIterator matches = names.globalMatch(help);
    while (matches.hasNext())
        options += matches.next().captured(1).split(QStringLiteral(", "));
    return options;
}

// Roff as it reads: "\-" is a hyphen, "\ " a space, font changes (\fB, \fI, \fR, \fP) and the
// zero-width "\&" vanish, and so do the quotes around a macro's arguments.
QString plainText(QString roff)
{
    static const QRegularExpression fontChange(QStringLiteral("\\\\f[BIRP]"));
    roff.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    roff.replace(QStringLiteral("\\ "), QStringLiteral(" "));
    roff.remove(fontChange);
    roff.remove(QStringLiteral("\\&"));
    roff.remove(u'"');
    return roff.trimmed();
}

// The options a .TP tag names: "-h" and "--help" in "-h, --help", "--max-rows" in "--max-rows N".
QStringList optionsOfTag(const QString &tag)
{
    static const QRegularExpression option(
        QStringLiteral("(?:^|[\\s,|\\[])(--?[A-Za-z0-9][A-Za-z0-9-]*)"));
    QStringList options;
    QRegularExpressionMatchIterator matches = option.globalMatch(tag);
    while (matches.hasNext())
        options.append(matches.next().captured(1));
    return options;
}

// The page's command sections and shared option sections; the other sections (EXIT STATUS,
// ENVIRONMENT with its .TP entries, ...) are not about options and are left out.
ManPage parseManPage(const QString &roff)
{
    ManPage page;
    QString heading; // the .SH in force
    ManSection *section = nullptr; // where the lines go, if anywhere
    bool tagFollows = false; // the line after .TP is the entry's tag
    for (const QString &line : roff.split(u'\n')) {
        if (line.startsWith(QStringLiteral(".\\\"")))
            continue; // a comment
        const QString macro = line.startsWith(u'.') ? line.section(u' ', 0, 0) : QString();
        if (macro == u".SH") {
            tagFollows = false;
            heading = plainText(line.section(u' ', 1));
            section =
                heading.endsWith(QStringLiteral(" OPTIONS")) ? &page.shared[heading] : nullptr;
        } else if (macro == u".SS") {
            tagFollows = false;
            section =
                heading == u"COMMANDS" ? &page.commands[plainText(line.section(u' ', 1))] : nullptr;
        } else if (!section) {
            continue;
        } else if (macro == u".TP") {
            tagFollows = true;
        } else {
            // A macro's arguments are text too: ".B CONNECTION OPTIONS" names that section.
            const QString text = plainText(macro.isEmpty() ? line : line.section(u' ', 1));
            if (tagFollows)
                section->options += optionsOfTag(text);
            tagFollows = false;
            section->text += text + u' ';
        }
    }
    return page;
}

// The shared option sections a command's section names ("see CONNECTION OPTIONS below"): the
// command takes every option documented there.
QStringList sharedSectionsOf(const ManPage &page, const QString &command)
{
    const QString text = page.commands.value(command).text.simplified();
    QStringList names;
    for (auto shared = page.shared.cbegin(); shared != page.shared.cend(); ++shared) {
        if (text.contains(shared.key()))
            names.append(shared.key());
    }
    return names;
}

// What a command's options were read from, for the failure messages.
QString helpOf(const QString &command)
{
    return command.startsWith(u'-') ? QStringLiteral("%1, which takes no options").arg(command)
                                    : QStringLiteral("`batchdeck-cli %1 --help`").arg(command);
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandHasASection();
    void everyOptionIsDocumented_data();
    void everyOptionIsDocumented();
    void nothingDocumentedIsMissingFromHelp_data();
    void nothingDocumentedIsMissingFromHelp();
    void rendersWithoutWarnings();

private:
    void addCommandRows() const;

    CliRunner m_cli;
    const QString m_pagePath = QString::fromUtf8(BATCHDECK_MAN_PAGE);
    ManPage m_page;
    QList<ListedCommand> m_commands; // as the top-level help lists them, and --help
    QMap<QString, QStringList> m_helpOptions; // by command: the options its --help lists
};

void TestManPage::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
    QFile file(m_pagePath);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(m_pagePath + u": " + file.errorString()));
    m_page = parseManPage(QString::fromUtf8(file.readAll()));
    QVERIFY2(!m_page.commands.isEmpty(), "the man page has no .SS section under .SH COMMANDS");

    const CliRun top = m_cli.run({QStringLiteral("--help")}, englishEnvironment());
    if (QTest::currentTestFailed())
        return; // it did not finish
    QCOMPARE(top.exitCode, 0);
    m_commands = commandsOfHelp(QString::fromUtf8(top.out));
    QVERIFY2(!m_commands.isEmpty(), top.out.constData());
    // The list leaves out --help, which printed it; the page has a section for it all the same.
    m_commands.append(ListedCommand {QStringLiteral("--help"), {}});

    for (const ListedCommand &command : std::as_const(m_commands)) {
        // --version and --help take no options (`batchdeck-cli --version --help` prints the
        // version), so there is no help of theirs to read.
        if (command.name.startsWith(u'-')) {
            m_helpOptions.insert(command.name, {});
            continue;
        }
        QStringList arguments = command.name.split(u' '); // "failures --items --help" too
        arguments.append(QStringLiteral("--help"));
        const CliRun help = m_cli.run(arguments, englishEnvironment());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(help.exitCode == 0, qPrintable(command.name + u": " + help.err));
        const QString out = QString::fromUtf8(help.out);
        const QStringList options = optionsOfHelp(out);
        QVERIFY2(options.contains(QStringLiteral("--help")),
                 qPrintable(command.name + u": no options found in\n" + out));
        m_helpOptions.insert(command.name, options);
    }
}

void TestManPage::everyCommandHasASection()
{
    QStringList problems;
    QStringList listed;
    for (const ListedCommand &command : std::as_const(m_commands)) {
        listed.append(command.name);
        if (!m_page.commands.contains(command.name)) {
            problems.append(
                QStringLiteral("%1: listed by `batchdeck-cli --help`, but the man page has no "
                               "section (.SS) for it")
                    .arg(command.name));
            continue;
        }
        // Its synopsis line shows how it is typed.
        for (const QString &argument : command.arguments) {
            if (!m_page.commands.value(command.name).text.contains(argument))
                problems.append(QStringLiteral("%1: its section never names its argument %2")
                                    .arg(command.name, argument));
        }
    }
    for (auto section = m_page.commands.cbegin(); section != m_page.commands.cend(); ++section) {
        if (!listed.contains(section.key()))
            problems.append(QStringLiteral("%1: a section of the man page, but not a command "
                                           "that `batchdeck-cli --help` lists")
                                .arg(section.key()));
    }
    // The options of a shared section that no command names would be checked against nothing.
    for (auto shared = m_page.shared.cbegin(); shared != m_page.shared.cend(); ++shared) {
        bool named = false;
        for (const QString &command : std::as_const(listed))
            named = named || sharedSectionsOf(m_page, command).contains(shared.key());
        if (!named)
            problems.append(QStringLiteral("%1: no command's section names it").arg(shared.key()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestManPage::addCommandRows() const
{
    QTest::addColumn<QString>("command");
    for (const ListedCommand &command : m_commands)
        QTest::newRow(command.name.toUtf8().constData()) << command.name;
}

void TestManPage::everyOptionIsDocumented_data()
{
    addCommandRows();
}

void TestManPage::everyOptionIsDocumented()
{
    QFETCH(QString, command);
    QVERIFY2(m_page.commands.contains(command),
             qPrintable(QStringLiteral("%1: no section in the man page").arg(command)));
    const ManSection section = m_page.commands.value(command);
    const QStringList shared = sharedSectionsOf(m_page, command);
    QStringList problems;
    for (const QString &option : m_helpOptions.value(command)) {
        QStringList documentedIn;
        if (section.options.contains(option))
            documentedIn.append(QStringLiteral("its section"));
        for (const QString &name : shared) {
            if (m_page.shared.value(name).options.contains(option))
                documentedIn.append(name);
        }
        if (documentedIn.isEmpty()) {
            const QString alsoLooked = shared.isEmpty()
                ? QString()
                : QStringLiteral(" nor in %1").arg(shared.join(QStringLiteral(" or ")));
            problems.append(QStringLiteral("%1: %2 is in %3, but not in its man page section%4")
                                .arg(command, option, helpOf(command), alsoLooked));
        } else if (documentedIn.size() > 1) {
            problems.append(QStringLiteral("%1: %2 is documented twice, in %3")
                                .arg(command, option, documentedIn.join(QStringLiteral(" and "))));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestManPage::nothingDocumentedIsMissingFromHelp_data()
{
    addCommandRows();
}

void TestManPage::nothingDocumentedIsMissingFromHelp()
{
    QFETCH(QString, command);
    QVERIFY2(m_page.commands.contains(command),
             qPrintable(QStringLiteral("%1: no section in the man page").arg(command)));
    const QStringList help = m_helpOptions.value(command);
    const ManSection section = m_page.commands.value(command);
    QStringList problems;
    for (const QString &option : section.options) {
        if (!help.contains(option))
            problems.append(
                QStringLiteral("%1: its man page section documents %2, which is not in %3")
                    .arg(command, option, helpOf(command)));
    }
    for (const QString &name : sharedSectionsOf(m_page, command)) {
        for (const QString &option : m_page.shared.value(name).options) {
            if (!help.contains(option))
                problems.append(QStringLiteral("%1: its section names %2, whose %3 is not in %4")
                                    .arg(command, name, option, helpOf(command)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestManPage::rendersWithoutWarnings()
{
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty())
        QSKIP("man is not installed (Debian: man-db), so the page cannot be rendered");
    // What lintian runs: man's and groff's warnings on standard error, the rendering itself
    // (groff's intermediate output) on standard output, which only has to exist.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("MANROFFSEQ"), QString());
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    QProcess *process = m_cli.start({QStringLiteral("--warnings"), QStringLiteral("-E"),
                                     QStringLiteral("UTF-8"), QStringLiteral("-l"),
                                     QStringLiteral("-Tutf8"), QStringLiteral("-Z"), m_pagePath},
                                    environment, man);
    QSignalSpy finished(process, &QProcess::finished);
    QVERIFY2(finished.wait(60'000), "man did not finish within 60 s");
    QCOMPARE(QString::fromLocal8Bit(process->readAllStandardError()), QString());
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(!process->readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
