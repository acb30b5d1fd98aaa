#pragma once

#include "core/api/apiclient.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace BatchDeck {
class DemoServer;
}

namespace BatchDeck::Cli {

// The options every command that talks to the API shares: where (--base-url, --region,
// LLAMA_CLOUD_BASE_URL, --demo), with which key (--api-key, LLAMA_CLOUD_API_KEY), how patiently
// (--max-retries, --timeout) and in which project (--project-id, --organization-id, sent on
// every call).
void addConnectionOptions(QCommandLineParser &parser, const QString &demoDescription);

// One client over one QNetworkAccessManager, set up from the command line; with --demo, the
// built-in demo server runs in this process for as long as the connection lives.
class Connection
{
public:
    Connection();
    ~Connection();

    // Reads and checks the options added by addConnectionOptions(), each problem a sentence
    // naming its flag (or variable). Registers the key for masking even when it fails.
    QString read(const QCommandLineParser &parser);
    // Starts the demo server when --demo was given; false after printing why it could not.
    bool start();

    ApiClient &client() { return m_client; }
    // The --project-id and --organization-id given, as a job call's scope.
    const ProjectScope &scope() const { return m_scope; }

private:
    QNetworkAccessManager m_network;
    ApiClient m_client;
    ClientSettings m_settings;
    ProjectScope m_scope;
    bool m_demo = false;
    std::unique_ptr<DemoServer> m_demoServer;
};

// The exit code for a failed call: 3 when the key was refused, 2 when the call was refused
// before sending (bad input), else 1.
int exitCodeFor(const ApiError &error);

} // namespace BatchDeck::Cli
