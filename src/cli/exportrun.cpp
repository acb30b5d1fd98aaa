#include "cli/exportrun.h"

#include "cli/clioptions.h"
#include "cli/connection.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ExportRunText
{
    Q_DECLARE_TR_FUNCTIONS(ExportRun)
};

} // namespace

void addOutputOptions(QCommandLineParser &parser, const QString &rows)
{
    parser.addOptions({
        {QStringLiteral("output"),
         ExportRunText::tr(
             "File to write, or - for standard output (default). A file is replaced only "
             "when the export succeeds; a FIFO or device (e.g. /dev/null) is written directly."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"),
         ExportRunText::tr(
             "csv (RFC 4180, UTF-8; the default) or json (JSON Lines: one object per line, "
             "fields named as in the API, null for absent values)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("bom"),
         ExportRunText::tr("Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.")},
        {QStringLiteral("no-formula-guard"),
         ExportRunText::tr(
             "Do not prefix CSV cells starting with = + - @ with a quote; csv only.")},
        {QStringLiteral("skip-invalid"),
         ExportRunText::tr(
             "Skip %1 the server sent incomplete, with a warning, instead of failing.")
             .arg(rows)},
        {QStringLiteral("strict-total"),
         ExportRunText::tr(
             "Exit with code 4 when the list ends at a count other than the server's total_size "
             "(an estimate, by the API's own words; otherwise the difference is only told).")},
    });
}

QString readOutputOptions(const QCommandLineParser &parser, ExportOptions *options,
                          QString *outputPath)
{
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<OutputFormat> format =
            outputFormatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return ExportRunText::tr("--format must be csv or json (got \"%1\").")
                .arg(parser.value(QStringLiteral("format")));
        options->format = *format;
    }
    for (const char *csvOnly : {"bom", "no-formula-guard"}) {
        if (options->format != OutputFormat::Csv && parser.isSet(QString::fromLatin1(csvOnly)))
            return ExportRunText::tr("--%1 applies to --format csv only.")
                .arg(QString::fromLatin1(csvOnly));
    }
    options->csv.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options->csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    options->skipInvalidJobs = parser.isSet(QStringLiteral("skip-invalid"));
    options->strictTotal = parser.isSet(QStringLiteral("strict-total"));
    *outputPath = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                         : QStringLiteral("-");
    if (outputPath->isEmpty())
        return ExportRunText::tr("--output must name a file, or - for standard output.");
    // CSV shown on a terminal is for reading: what would drive the terminal is escaped there.
    // A file, a pipe and JSON Lines (escaped as JSON) keep the data as it came.
    options->csv.escapeForTerminal =
        *outputPath == u"-" ? isTerminal(stdout) : namesATerminal(*outputPath);
    return {};
}

QCommandLineOption concurrencyOption(const QString &rows)
{
    return {QStringLiteral("concurrency"),
            QCoreApplication::translate("Cli",
                                        "Pages of %1 requested at once, 1 to %2 (default %3; 1 "
                                        "asks for one page after another). Halved for a while "
                                        "when the server asks to slow down.")
                .arg(rows)
                .arg(Pager::MaxConcurrency)
                .arg(Pager::DefaultConcurrency),
            QStringLiteral("N")};
}

QString readConcurrencyOption(const QCommandLineParser &parser, ExportOptions *options)
{
    QString error;
    options->concurrency =
        int(integerOption(parser, QStringLiteral("concurrency"), 1, Pager::MaxConcurrency, &error)
                .value_or(Pager::DefaultConcurrency));
    return error;
}

ExportRun::ExportRun(QObject *parent)
    : QObject(parent)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_export)
            m_export->cancel();
    });
}

ExportRun::~ExportRun() = default;

int ExportRun::start(std::unique_ptr<RowExport> rowExport, const QString &outputPath,
                     OutputFormat format)
{
    m_export = std::move(rowExport);
    m_outputPath = outputPath;
    m_format = format;
    m_showProgress = isTerminal(stderr);
    connect(m_export.get(), &RowExport::progress, this, &ExportRun::onProgress);
    connect(m_export.get(), &RowExport::invalidJobSkipped, this,
            [](const QString &message) { printError(message); });
    connect(m_export.get(), &RowExport::throttleChanged, this, &ExportRun::onThrottleChanged);
    connect(m_export.get(), &RowExport::finished, this, &ExportRun::onFinished);
    if (m_outputPath == u"-") {
        // The descriptor, unbuffered as an export file is: the rows come gathered in 64 KiB
        // (BufferedOutput), which the C library's buffer would only cut into smaller writes.
        std::fflush(stdout);
        if (!m_standardOutput.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            printError(tr("Could not write to standard output."));
            return ApiFailure;
        }
        m_export->startToDevice(&m_standardOutput);
    } else {
        const QFileInfo output(m_outputPath);
        m_output = !output.exists() ? Output::NewFile
            : output.isFile()       ? Output::ExistingFile
                                    : Output::Device;
        m_export->startToFile(m_outputPath);
    }
    return -1;
}

void ExportRun::onProgress(qint64 rows, int pages, std::optional<qint64> total)
{
    m_rowsWritten = rows;
    m_pages = pages;
    m_totalSize = total;
    showProgressLine();
}

void ExportRun::onThrottleChanged(const PagingThrottle &throttle)
{
    // Only the progress line tells it: standard error that is not a terminal keeps to one
    // sentence on failure, which scripts read.
    m_throttle = throttle;
    showProgressLine();
}

void ExportRun::showProgressLine()
{
    if (!m_showProgress)
        return;
    QString line = tr("\rExported %1 (%2)")
                       .arg(countedRows(m_rowsWritten), tr("%n page(s)", nullptr, m_pages));
    if (m_totalSize)
        line += tr(" of about %1").arg(QLocale().toString(*m_totalSize));
    if (m_throttle.isActive())
        line += tr("; %1").arg(throttleText(m_throttle));
    line += QLatin1String("\x1b[K"); // clears what a longer line before left
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QString ExportRun::rowsName() const
{
    switch (m_export->rowKind()) {
    case ExportResult::Rows::Items:
        return tr("items");
    case ExportResult::Rows::Batches:
        return tr("batches");
    case ExportResult::Rows::Jobs:
        break;
    }
    return tr("jobs");
}

QString ExportRun::countedRows(qint64 rows) const
{
    // The number through %1: a count may not fit tr()'s int.
    const int form = pluralFormCount(rows);
    const QString number = QLocale().toString(rows);
    switch (m_export->rowKind()) {
    case ExportResult::Rows::Items:
        return tr("%1 items", nullptr, form).arg(number);
    case ExportResult::Rows::Batches:
        return tr("%1 batches", nullptr, form).arg(number);
    case ExportResult::Rows::Jobs:
        break;
    }
    return tr("%1 jobs", nullptr, form).arg(number);
}

QString ExportRun::interruptedMessage() const
{
    const QString path = QDir::toNativeSeparators(m_outputPath);
    const QString what = m_format == OutputFormat::Csv ? tr("CSV") : tr("JSON Lines");
    switch (m_output) {
    case Output::StandardOutput:
        return tr("Interrupted; the %1 written to standard output is incomplete.").arg(what);
    case Output::NewFile:
        return tr("Interrupted; %1 was not created.").arg(path);
    case Output::ExistingFile:
        return tr("Interrupted; %1 was left as it was before the export.").arg(path);
    case Output::Device:
        return tr("Interrupted; the %1 written to %2 is incomplete.").arg(what, path);
    }
    return {};
}

void ExportRun::onFinished(const ExportResult &finished)
{
    ExportResult result = finished;
    if (m_showProgress && result.pages > 0)
        std::fputs("\n", stderr);
    if (m_standardOutput.isOpen() && !m_standardOutput.flush() && result.isOk()) {
        result.failure = ExportResult::Failure::Write;
        result.message =
            tr("Could not write to standard output: %1.").arg(m_standardOutput.errorString());
    }
    if (result.maskedValues > 0)
        printError(maskedValuesNote(result.maskedValues));
    int exitCode = Success;
    if (m_interrupted) {
        printError(interruptedMessage());
        exitCode = Interrupted;
    } else if (!result.isOk()) {
        if (result.failure == ExportResult::Failure::Api && m_apiFailureText)
            result.message = m_apiFailureText(result.apiError);
        printError(result.rowCeilingReached ? result.message
                           + tr(" If there really are that many %1, raise it with --row-ceiling.")
                                 .arg(rowsName())
                                            : result.message);
        exitCode = result.failure == ExportResult::Failure::Api ? exitCodeFor(result.apiError)
                                                                : int(ApiFailure);
    } else {
        for (const QString &note : result.pagingNotes())
            printError(note);
        if (result.listChanged()) {
            exitCode = ListChanged;
        } else if (result.totalDiffers() && m_export->options().strictTotal) {
            printError(tr("Exit code 4: --strict-total treats the server's total as a promise."));
            exitCode = ListChanged;
        }
        if (m_showProgress && m_outputPath != u"-") {
            printLine(
                stderr,
                tr("Wrote %1 to %2.")
                    .arg(countedRows(result.rowsWritten), QDir::toNativeSeparators(m_outputPath)));
        }
    }
    QCoreApplication::exit(exitCode);
}

RowExportCommand::RowExportCommand(QObject *parent)
    : QObject(parent)
{ }

int RowExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode, positionalNames()))
        return exitCode;

    ExportOptions options;
    QString outputPath;
    QString error = m_connection.read(parser);
    if (error.isEmpty())
        error = readOptions(parser, m_connection.scope(), &options);
    if (error.isEmpty())
        error = readOutputOptions(parser, &options, &outputPath);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (!m_connection.start())
        return ApiFailure;
    return m_run.start(createExport(m_connection.client(), m_connection.scope(), options),
                       outputPath, options.format);
}

} // namespace BatchDeck::Cli
