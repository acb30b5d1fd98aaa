#include "cli/indexoptions.h"

#include "cli/clioptions.h"
#include "core/api/clientsettings.h"
#include "core/api/projectscope.h"
#include "core/export/exportfile.h"
#include "core/json/isotime.h"
#include "index/store/indexdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct IndexOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(IndexOptions)
};

} // namespace

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"),
            IndexOptionsText::tr("The index file (default: the one for this server and project, "
                                 "in the user's data folder)."),
            QStringLiteral("PATH")};
}

QCommandLineOption groupOption()
{
    return {QStringLiteral("group"),
            IndexOptionsText::tr("One group's rows instead of the groups: its pattern, as the "
                                 "pattern column has it (\"\" for failures without a message)."),
            QStringLiteral("PATTERN")};
}

void addIndexLocationOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        databaseOption(),
        {QStringLiteral("demo"), IndexOptionsText::tr("The index of the demo server.")},
        {QStringLiteral("base-url"), IndexOptionsText::tr("The index of this API server."),
         QStringLiteral("URL")},
        {QStringLiteral("region"), IndexOptionsText::tr("The index of LlamaCloud region us or eu."),
         QStringLiteral("REGION")},
        {QStringLiteral("project-id"), IndexOptionsText::tr("The index of this project."),
         QStringLiteral("ID")},
        {QStringLiteral("organization-id"), IndexOptionsText::tr("The index of this organization."),
         QStringLiteral("ID")},
    });
}

QString readIndexPath(const QCommandLineParser &parser, QString *path)
{
    if (parser.isSet(QStringLiteral("db"))) {
        *path = parser.value(QStringLiteral("db"));
        return path->isEmpty() ? IndexOptionsText::tr("--db must name a file.") : QString();
    }
    const int servers = int(parser.isSet(QStringLiteral("demo")))
        + int(parser.isSet(QStringLiteral("base-url")))
        + int(parser.isSet(QStringLiteral("region")));
    if (servers > 1)
        return IndexOptionsText::tr("Use one of --demo, --base-url and --region.");
    QUrl baseUrl = ClientSettings::defaultBaseUrl();
    QString error;
    if (parser.isSet(QStringLiteral("demo"))) {
        baseUrl = QUrl(QStringLiteral("http://demo"));
    } else if (parser.isSet(QStringLiteral("base-url"))) {
        baseUrl = parseBaseUrl(parser.value(QStringLiteral("base-url")), &error);
        if (!error.isEmpty())
            return QStringLiteral("--base-url: ") + error;
    } else if (parser.isSet(QStringLiteral("region"))) {
        baseUrl = ClientSettings::baseUrlForRegion(parser.value(QStringLiteral("region")));
        if (baseUrl.isEmpty())
            return IndexOptionsText::tr("--region must be us or eu (got \"%1\").")
                .arg(parser.value(QStringLiteral("region")));
    } else if (!qEnvironmentVariableIsEmpty("LLAMA_CLOUD_BASE_URL")) {
        baseUrl = parseBaseUrl(qEnvironmentVariable("LLAMA_CLOUD_BASE_URL"), &error);
        if (!error.isEmpty())
            return QStringLiteral("LLAMA_CLOUD_BASE_URL: ") + error;
    }
    ProjectScope scope {optionValue(parser, QStringLiteral("project-id")),
                        optionValue(parser, QStringLiteral("organization-id"))};
    if (QString problem = scope.validationError(); !problem.isEmpty())
        return problem;
    *path = IndexDatabase::defaultPath(baseUrl, scope);
    return {};
}

std::optional<qint64> parseDuration(const QString &text, const QString &flag, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd])\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *error = IndexOptionsText::tr("%1 must be a duration such as 90s, 30m, 2h or 7d (got "
                                      "\"%2\").")
                     .arg(flag, text);
        return std::nullopt;
    }
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 unitMs = unit == u's' ? 1000
        : unit == u'm'                 ? 60'000
        : unit == u'h'                 ? 3'600'000
                                       : 86'400'000;
    return amount * unitMs;
}

QDateTime parseTimeOption(const QString &text, const QString &flag, const QDateTime &now,
                          QString *error)
{
    QString durationError;
    if (const std::optional<qint64> ago = parseDuration(text, flag, &durationError))
        return now.addMSecs(-*ago);
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without a zone is UTC, as the API's are
    if (!time.isValid())
        *error = IndexOptionsText::tr("%1 must be a date or time (2026-11-30, "
                                      "2026-11-30T08:00:00Z) or a duration before now (7d, 12h) "
                                      "(got \"%2\").")
                     .arg(flag, text);
    return time;
}

void addRowOutputOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("output"),
         IndexOptionsText::tr("File to write, or - for standard output (default). A file is "
                              "replaced only when every row was written."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"),
         IndexOptionsText::tr("csv (RFC 4180, UTF-8; the default) or json (JSON Lines)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("bom"),
         IndexOptionsText::tr("Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.")},
        {QStringLiteral("no-formula-guard"),
         IndexOptionsText::tr(
             "Do not prefix CSV cells starting with = + - @ with a quote; csv only.")},
    });
}

QString readRowOutputOptions(const QCommandLineParser &parser, RowOutput *output)
{
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<OutputFormat> format =
            outputFormatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return IndexOptionsText::tr("--format must be csv or json (got \"%1\").")
                .arg(parser.value(QStringLiteral("format")));
        output->format = *format;
    }
    for (const char *csvOnly : {"bom", "no-formula-guard"}) {
        if (output->format != OutputFormat::Csv && parser.isSet(QString::fromLatin1(csvOnly)))
            return IndexOptionsText::tr("--%1 applies to --format csv only.")
                .arg(QString::fromLatin1(csvOnly));
    }
    output->csv.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    output->csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    if (parser.isSet(QStringLiteral("output")))
        output->path = parser.value(QStringLiteral("output"));
    if (output->path.isEmpty())
        return IndexOptionsText::tr("--output must name a file, or - for standard output.");
    output->csv.escapeForTerminal =
        output->path == u"-" ? isTerminal(stdout) : namesATerminal(output->path);
    return {};
}

QString writeRows(const RowOutput &output, const QStringList &fields, const QList<Row> &rows)
{
    std::unique_ptr<QFileDevice> file;
    if (output.path == u"-") {
        std::fflush(stdout);
        auto standardOutput = std::make_unique<QFile>();
        if (!standardOutput->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return IndexOptionsText::tr("Could not write to standard output.");
        file = std::move(standardOutput);
    } else {
        file = makeExportOutput(output.path);
        if (!openExportOutput(file.get()))
            return IndexOptionsText::tr("Could not write %1: %2.")
                .arg(output.path, file->errorString());
    }
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(file.get(), output.format, output.csv, qsizetype(64) * 1024);
    bool written = writer->writeHeader(fields);
    for (const Row &row : rows) {
        if (!written)
            break;
        written = writer->writeRow(row);
    }
    written = written && writer->flush();
    if (!written) {
        if (output.path != u"-")
            discardExportOutput(file.get());
        return writer->errorString();
    }
    if (output.path != u"-" && !finishExportOutput(file.get()))
        return IndexOptionsText::tr("Could not save %1: %2.").arg(output.path, file->errorString());
    if (writer->maskedValues() > 0)
        printError(maskedValuesNote(writer->maskedValues()));
    return {};
}

} // namespace BatchDeck::Cli
