#pragma once

#include "cli/connection.h"
#include "cli/signalwatcher.h"
#include "core/export/rowexport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QObject>

#include <functional>
#include <memory>

namespace BatchDeck::Cli {

// The output half of every command that writes rows (export, export-batches, items): --output,
// --format, --bom, --no-formula-guard, --skip-invalid. `rows` names what is written ("jobs",
// "batches", "items").
void addOutputOptions(QCommandLineParser &parser, const QString &rows);
// Reads them; a problem is a sentence naming the flag. *outputPath is "-" for standard output.
QString readOutputOptions(const QCommandLineParser &parser, ExportOptions *options,
                          QString *outputPath);
// --concurrency, for the commands whose pages are independent (offsets): `rows` names what is
// paged ("jobs", "items").
QCommandLineOption concurrencyOption(const QString &rows);
// Reads it into options->concurrency; a problem is a sentence naming the flag.
QString readConcurrencyOption(const QCommandLineParser &parser, ExportOptions *options);

// Runs one RowExport to its output and ends the event loop with the exit code: progress on a
// terminal, skipped rows and what the list's numbers say (repeats, arrivals, rows outside the
// filter, a count other than the estimate) told on standard error, an interrupt (Ctrl+C,
// SIGTERM) cancels and says what it left behind, failures are one sentence with exit code 1 (3
// for a refused key). A list that changed while it was read keeps its file and exits 4; so does
// a count other than the total under --strict-total.
class ExportRun : public QObject
{
    Q_OBJECT

public:
    explicit ExportRun(QObject *parent = nullptr);
    ~ExportRun() override;

    // Returns an exit code when it fails at once, or -1 when the export runs.
    int start(std::unique_ptr<RowExport> rowExport, const QString &outputPath, OutputFormat format);
    // How a failed API call is told (default: ApiError::message); set before start().
    void setApiFailureText(std::function<QString(const ApiError &)> text)
    {
        m_apiFailureText = std::move(text);
    }

private:
    void onProgress(qint64 rows, int pages, std::optional<qint64> total);
    void onThrottleChanged(const PagingThrottle &throttle);
    // The progress line on a terminal: rows so far, and why the export waits, if it does.
    void showProgressLine();
    void onFinished(const ExportResult &finished);
    // What an interruption left behind, told as it is.
    QString interruptedMessage() const;
    // What is exported, for the sentences: "jobs", "items" or "batches".
    QString rowsName() const;
    // A count of what is exported: "1 batch", "2,500 jobs".
    QString countedRows(qint64 rows) const;

    // What --output names, seen before the export starts.
    enum class Output { StandardOutput, NewFile, ExistingFile, Device };

    std::unique_ptr<RowExport> m_export;
    std::function<QString(const ApiError &)> m_apiFailureText;
    QFile m_standardOutput;
    SignalWatcher m_signals;
    QString m_outputPath;
    OutputFormat m_format = OutputFormat::Csv;
    Output m_output = Output::StandardOutput;
    bool m_showProgress = false;
    qint64 m_rowsWritten = 0; // as the progress line shows them
    int m_pages = 0;
    std::optional<qint64> m_totalSize;
    PagingThrottle m_throttle;
    bool m_interrupted = false;
};

// What `export`, `export-batches` and `items` share: the arguments read in one order (the
// connection, the command's own options, the output options), one usage error for the first
// problem, then the connection started and the command's RowExport run by an ExportRun.
class RowExportCommand : public QObject
{
    Q_OBJECT

public:
    // Returns an exit code when done at once (usage error, help), or -1 when the export runs
    // and will end the event loop with its exit code.
    int start(const QStringList &arguments);

protected:
    explicit RowExportCommand(QObject *parent = nullptr);

    // The command's description, the connection options, its own options and the output
    // options, in the order --help shows them.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // The positional arguments the command takes, such as "JOB_ID".
    virtual QStringList positionalNames() const { return {}; }
    // Reads the command's own options into its query and *options; a problem is a sentence
    // naming the flag (or argument).
    virtual QString readOptions(const QCommandLineParser &parser, const ProjectScope &scope,
                                ExportOptions *options) = 0;
    // The export of what readOptions() read, over the started connection.
    virtual std::unique_ptr<RowExport> createExport(ApiClient &client, const ProjectScope &scope,
                                                    const ExportOptions &options) = 0;

    ExportRun &run() { return m_run; }

private:
    Connection m_connection;
    ExportRun m_run;
};

} // namespace BatchDeck::Cli
