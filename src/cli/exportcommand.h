#pragma once

#include "apiclient.h"
#include "jobcsvexport.h"
#include "signalwatcher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace BatchDeck {
class DemoServer;
}

namespace BatchDeck::Cli {

// `batchdeck-cli export`: every job matching the filters, as CSV, to a file or standard output.
class ExportCommand : public QObject
{
    Q_OBJECT

public:
    explicit ExportCommand(QObject *parent = nullptr);
    ~ExportCommand() override;

    // Returns an exit code when done at once (usage error, help), or -1 when the export runs
    // and will end the event loop with its exit code.
    int start(const QStringList &arguments);

private:
    void onProgress(qint64 rows, int pages, std::optional<qint64> total);
    void onFinished(const ExportResult &result);
    // What an interruption left behind, told as it is.
    QString interruptedMessage() const;

    // What --output names, seen before the export starts.
    enum class Output { StandardOutput, NewFile, ExistingFile, Device };

    QNetworkAccessManager m_network;
    ApiClient m_client;
    std::unique_ptr<DemoServer> m_demoServer;
    std::unique_ptr<JobCsvExport> m_export;
    QFile m_standardOutput;
    SignalWatcher m_signals;
    QString m_outputPath;
    Output m_output = Output::StandardOutput;
    bool m_showProgress = false;
    bool m_interrupted = false;
};

} // namespace BatchDeck::Cli
