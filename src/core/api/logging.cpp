#include "logging.h"

#include <QMutex>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace BatchDeck {
Q_LOGGING_CATEGORY(lcApi, "batchdeck.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "batchdeck.export", QtWarningMsg)

namespace {

constexpr qsizetype MinimumSecretLength = 8;
const QString Mask = QStringLiteral("[API key]");

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

// The registered keys and their percent-encoded forms, longest first so that a key containing
// another is masked whole.
QStringList &secretForms()
{
    static QStringList forms;
    return forms;
}

// The key as typed, and percent-encoded with upper- and lower-case hex digits.
QStringList formsOf(const QString &secret)
{
    QStringList forms {secret};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded == secret)
        return forms;
    QString lowerHex = encoded;
    for (qsizetype i = lowerHex.indexOf(u'%'); i >= 0 && i + 2 < lowerHex.size();
         i = lowerHex.indexOf(u'%', i + 3)) {
        lowerHex[i + 1] = lowerHex.at(i + 1).toLower();
        lowerHex[i + 2] = lowerHex.at(i + 2).toLower();
    }
    forms << encoded;
    if (lowerHex != encoded)
        forms << lowerHex;
    return forms;
}

QString replaceForms(QString text, const QStringList &forms)
{
    for (const QString &form : forms)
        text.replace(form, Mask);
    return text;
}

QtMessageHandler previousHandler = nullptr;

void maskingMessageHandler(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    const QString masked = maskSecrets(message);
    if (previousHandler) {
        previousHandler(type, context, masked);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, masked).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    const QMutexLocker locker(&secretsMutex());
    QStringList &forms = secretForms();
    for (const QString &form : formsOf(secret))
        if (!forms.contains(form))
            forms << form;
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString maskSecrets(QString text, const QString &extraSecret)
{
    if (extraSecret.size() >= MinimumSecretLength)
        text = replaceForms(std::move(text), formsOf(extraSecret));
    const QMutexLocker locker(&secretsMutex());
    return replaceForms(std::move(text), secretForms());
}

void installSecretMaskingMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(maskingMessageHandler);
}

} // namespace BatchDeck
