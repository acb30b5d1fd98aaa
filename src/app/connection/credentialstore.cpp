#include "app/connection/credentialstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace BatchDeck {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "batchdeck.keychain", QtWarningMsg)

constexpr QLatin1StringView Service("BatchDeck");

// Qt Keychain's own messages are often raw D-Bus or libsecret errors
// ("org.freedesktop.DBus.Error.ServiceUnknown: ..."): the user reads what happened instead, and
// the detail goes to the log (batchdeck.keychain at info level).
QString describeFailure(const QKeychain::Job &job)
{
    qCInfo(lcKeychain) << "Keychain job failed with error" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("The system keychain is locked or refused access");
    case QKeychain::NotImplemented:
        return CredentialStore::tr("The system keychain cannot store keys");
    case QKeychain::CouldNotDeleteEntry:
        return CredentialStore::tr("The system keychain could not remove the key");
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::tr(
        "No system keychain (such as GNOME Keyring or KWallet) could be reached");
}

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

void MemoryCredentialStore::deleteKey(const QString &account, QObject *context,
                                      WriteCallback callback)
{
    m_keys.remove(account);
    deliverLater(context, std::move(callback), QString());
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
            const QString problem = tr("%1, so the saved key could not be read. Enter it again "
                                       "under File › Connection….")
                                        .arg(describeFailure(*job));
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
        callback(tr("%1, so the key is kept in memory until BatchDeck quits and will be asked "
                    "for again next time.")
                     .arg(describeFailure(*job)));
    });
    job->start();
}

void KeychainCredentialStore::deleteKey(const QString &account, QObject *context,
                                        WriteCallback callback)
{
    m_sessionKeys.deleteKey(account, this, [](const QString &) {});
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [job, callback] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            callback(QString());
            return;
        }
        callback(tr("%1, so the key may still be saved there: remove the BatchDeck entry with "
                    "the keychain's own tool.")
                     .arg(describeFailure(*job)));
    });
    job->start();
}

} // namespace BatchDeck
