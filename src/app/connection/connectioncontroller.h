#pragma once

#include "core/api/apiclient.h"

#include <QObject>

#include <memory>

namespace BatchDeck {

class CredentialStore;
class DemoServer;

// Which server the window talks to, and with which key: the built-in demo server, or LlamaCloud
// with a key from the environment or the keychain. The server address is remembered in
// AppSettings; the key only in the keychain.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(ApiClient *client, CredentialStore *credentials,
                         QObject *parent = nullptr);
    ~ConnectionController() override;

    // Picks the first connection: --demo, then LLAMA_CLOUD_API_KEY, then the saved one.
    void restore(bool demoRequested);
    void useDemo();
    // Connects with `settings` and stores its key in the keychain.
    void useCloud(const ClientSettings &settings);
    // Disconnects and removes the saved key of the current LlamaCloud connection from the
    // keychain and from memory; setupNeeded() says how that went.
    void forgetKey();
    // A key was entered in BatchDeck (not the demo's, not LLAMA_CLOUD_API_KEY) and is in use.
    bool hasSavedKey() const { return m_connected && !m_demo && !m_keyFromEnvironment; }

    bool isConnected() const { return m_connected; }
    bool isDemo() const { return m_demo != nullptr; }
    bool keyFromEnvironment() const { return m_keyFromEnvironment; }
    // "Demo data (127.0.0.1:41234)", "LlamaCloud EU", ...
    QString displayName() const;
    // A sentence about where the key is kept, when that is not the keychain.
    QString storageNote() const { return m_storageNote; }

Q_SIGNALS:
    void connected();
    // No usable connection yet: the welcome screen should ask. `reason` may be empty.
    void setupNeeded(const QString &reason);
    // The key could not go into the keychain; `message` says where it is kept instead.
    void storageProblem(const QString &message);

private:
    void connectWith(const ClientSettings &settings);

    ApiClient *m_client;
    CredentialStore *m_credentials;
    std::unique_ptr<DemoServer> m_demo;
    bool m_connected = false;
    bool m_keyFromEnvironment = false;
    QString m_storageNote;
};

} // namespace BatchDeck
