#pragma once

#include <QLoggingCategory>
#include <QString>

namespace BatchDeck {
// Requests never log headers, so the API key stays out of logs.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcExport)

// Keys registered here are replaced by "[API key]" (as typed and percent-encoded) in every log
// line once installSecretMaskingMessageHandler() ran, and by maskSecrets(). A server may echo
// the key in any text it sends back, and Qt's own categories log what they like, so masking
// happens where text leaves the process rather than at each place that might print it.
// Keys shorter than 8 characters are not real keys and are not registered (replacing them would
// garble ordinary words). Thread-safe.
void registerSecret(const QString &secret);
// `text` with every registered key, and `extraSecret` if given, replaced by "[API key]".
QString maskSecrets(QString text, const QString &extraSecret = {});
// Installs a message handler that masks registered keys, then passes the line on to the handler
// that was installed before. Call once, early in main().
void installSecretMaskingMessageHandler();
} // namespace BatchDeck
