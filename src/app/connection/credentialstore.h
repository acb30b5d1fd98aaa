#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace BatchDeck {

// Where API keys live: the OS keychain, never a plain file. When no keychain can be used, keys
// stay in this process's memory until BatchDeck quits, and the caller is told why.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // `problem` is empty on success; otherwise a sentence saying what happened to the key.
    using ReadCallback = std::function<void(const QString &key, const QString &problem)>;
    using WriteCallback = std::function<void(const QString &problem)>;

    using QObject::QObject;

    virtual void readKey(const QString &account, QObject *context, ReadCallback callback) = 0;
    virtual void writeKey(const QString &account, const QString &key, QObject *context,
                          WriteCallback callback) = 0;
    // Removes the key from the keychain and from memory; `callback` gets an empty problem when
    // no copy is left (also when there was none).
    virtual void deleteKey(const QString &account, QObject *context, WriteCallback callback) = 0;
};

// Keeps keys in memory only: the fallback, and what tests use.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void readKey(const QString &account, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &account, const QString &key, QObject *context,
                  WriteCallback callback) override;
    void deleteKey(const QString &account, QObject *context, WriteCallback callback) override;

private:
    QHash<QString, QString> m_keys;
};

// The OS keychain through Qt Keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store), with no plaintext fallback.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void readKey(const QString &account, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &account, const QString &key, QObject *context,
                  WriteCallback callback) override;
    void deleteKey(const QString &account, QObject *context, WriteCallback callback) override;

private:
    MemoryCredentialStore m_sessionKeys; // for when the keychain cannot be used
};

} // namespace BatchDeck
