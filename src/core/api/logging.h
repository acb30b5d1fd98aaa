#pragma once

#include <QLoggingCategory>
#include <QString>

namespace BatchDeck {
// Requests never log headers, so the API key stays out of logs.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcExport)

// Keys registered here are replaced by "[API key]" in every log line once
// installSecretMaskingMessageHandler() ran, and by maskSecrets(). A server may echo the key in
// any text it sends back (an error message, a status, a date, a page token), and Qt's own
// categories log what they like, so masking happens where text leaves the process rather than
// at each place that might print it.
// A key is found in any letter case, and with any of its characters percent-encoded ("%2F" or
// "%2f", all of them or some): at each position every character of the key may appear as
// itself, in either case, or as the %XX of its UTF-8 bytes.
// Keys shorter than 8 characters are not real keys and are not registered (replacing them would
// garble ordinary words). Thread-safe.
void registerSecret(const QString &secret);
// `text` with every registered key, and `extraSecret` if given, replaced by "[API key]".
QString maskSecrets(QString text, const QString &extraSecret = {});
// The same in place; returns how many copies of a key were replaced (0: `text` is unchanged).
qsizetype maskSecretsInPlace(QString &text, const QString &extraSecret = {});
// Installs a message handler that masks registered keys and escapes characters that would drive
// a terminal (see terminaltext.h), then passes the line on to the handler that was installed
// before. Call once, early in main().
void installSecretMaskingMessageHandler();
} // namespace BatchDeck
