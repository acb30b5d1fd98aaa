#include "credentialstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace BatchDeck {

namespace {

const QString Service = QStringLiteral("BatchDeck");

template<typename Callback, typename... Args>
void deliverLater(QObject *context, Callback callback, Args... args)
{
    QTimer::singleShot(0, context,
                       [callback = std::move(callback), args...] { callback(args...); });
}

} // namespace

void MemoryCredentialStore::readKey(const QString &account, QObject *context, ReadCallback callback)
{
    deliverLater(context, std::move(callback), m_keys.value(account), QString());
}

void MemoryCredentialStore::writeKey(const QString &account, const QString &key, QObject *context,
                                     WriteCallback callback)
{
    m_keys.insert(account, key);
    deliverLater(context, std::move(callback), QString());
}

void MemoryCredentialStore::deleteKey(const QString &account)
{
    m_keys.remove(account);
}

void KeychainCredentialStore::readKey(const QString &account, QObject *context,
                                      ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [this, job, account, callback] {
        if (job->error() == QKeychain::NoError) {
            callback(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            m_sessionKeys.readKey(account, this, [callback](const QString &key, const QString &) {
                callback(key, QString());
            });
        } else {
            // The job deletes itself once this returns: keep its message, not the job.
            const QString problem =
                tr("The system keychain could not be read (%1).").arg(job->errorString());
            m_sessionKeys.readKey(account, this,
                                  [callback, problem](const QString &key, const QString &) {
                                      callback(key, problem);
                                  });
        }
    });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString &account, const QString &key, QObject *context,
                                       WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, context, [this, job, account, key, callback] {
        if (job->error() == QKeychain::NoError) {
            callback(QString());
            return;
        }
        m_sessionKeys.writeKey(account, key, this, [](const QString &) {});
        callback(tr("No system keychain is available (%1), so the key is kept in memory until "
                    "BatchDeck quits and will be asked for again next time.")
                     .arg(job->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::deleteKey(const QString &account)
{
    m_sessionKeys.deleteKey(account);
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->start();
}

} // namespace BatchDeck
