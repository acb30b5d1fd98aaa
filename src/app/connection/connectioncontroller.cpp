#include "app/connection/connectioncontroller.h"

#include "app/common/appsettings.h"
#include "app/connection/credentialstore.h"
#include "demo/demoserver.h"

namespace BatchDeck {

namespace {

QString accountFor(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

} // namespace

ConnectionController::ConnectionController(ApiClient *client, CredentialStore *credentials,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
{ }

ConnectionController::~ConnectionController() = default;

void ConnectionController::restore(bool demoRequested)
{
    const AppSettings settings;
    if (demoRequested || settings.connectionMode() == ConnectionMode::Demo) {
        useDemo();
        return;
    }
    ClientSettings cloud;
    const QUrl environmentUrl = baseUrlFromEnvironment();
    const QUrl savedUrl = settings.baseUrl();
    if (!environmentUrl.isEmpty())
        cloud.baseUrl = environmentUrl;
    else if (savedUrl.isValid() && !savedUrl.isEmpty())
        cloud.baseUrl = savedUrl;
    cloud.allowInsecureHttp = settings.insecureHttpAllowed(cloud.baseUrl);

    cloud.apiKey = apiKeyFromEnvironment();
    if (!cloud.apiKey.isEmpty()) {
        m_keyFromEnvironment = true;
        connectWith(cloud);
        return;
    }
    if (settings.connectionMode() != ConnectionMode::Cloud) {
        Q_EMIT setupNeeded({});
        return;
    }
    m_credentials->readKey(accountFor(cloud.baseUrl), this,
                           [this, cloud](const QString &key, const QString &problem) mutable {
                               if (key.isEmpty()) {
                                   Q_EMIT setupNeeded(problem);
                                   return;
                               }
                               cloud.apiKey = key;
                               connectWith(cloud);
                           });
}

void ConnectionController::useDemo()
{
    if (!m_demo) {
        auto server = std::make_unique<DemoServer>(DemoConfig {});
        if (!server->listen()) {
            Q_EMIT setupNeeded(
                tr("The demo server could not start: %1").arg(server->errorString()));
            return;
        }
        m_demo = std::move(server);
    }
    AppSettings().saveConnectionMode(ConnectionMode::Demo);
    ClientSettings settings;
    settings.baseUrl = m_demo->baseUrl();
    settings.apiKey = DemoServer::apiKey();
    m_keyFromEnvironment = false;
    connectWith(settings);
}

void ConnectionController::useCloud(const ClientSettings &settings)
{
    m_demo.reset();
    m_keyFromEnvironment = false;
    AppSettings stored;
    stored.saveConnectionMode(ConnectionMode::Cloud);
    stored.saveBaseUrl(settings.baseUrl);
    stored.saveInsecureHttpAllowed(settings.baseUrl, settings.allowInsecureHttp);
    m_credentials->writeKey(accountFor(settings.baseUrl), settings.apiKey, this,
                            [this](const QString &problem) {
                                m_storageNote = problem;
                                if (!problem.isEmpty())
                                    Q_EMIT storageProblem(problem);
                            });
    connectWith(settings);
}

void ConnectionController::forgetKey()
{
    if (!hasSavedKey())
        return;
    ClientSettings settings = m_client->settings();
    const QString account = accountFor(settings.baseUrl);
    settings.apiKey.clear();
    m_client->setSettings(settings);
    m_connected = false;
    m_storageNote.clear();
    // The next start shows the welcome screen instead of looking for the key.
    AppSettings().saveConnectionMode(ConnectionMode::NotChosen);
    m_credentials->deleteKey(account, this, [this](const QString &problem) {
        Q_EMIT setupNeeded(problem.isEmpty()
                               ? tr("The API key was removed from this computer. Connect again to "
                                    "enter a key or use the demo data.")
                               : problem);
    });
}

void ConnectionController::connectWith(const ClientSettings &settings)
{
    m_client->setSettings(settings);
    m_connected = true;
    Q_EMIT connected();
}

QString ConnectionController::displayName() const
{
    if (m_demo)
        return tr("Demo data (%1)").arg(m_client->settings().displayName());
    QString name = m_client->settings().displayName();
    if (m_keyFromEnvironment)
        name += tr(", key from LLAMA_CLOUD_API_KEY");
    return name;
}

} // namespace BatchDeck
