#pragma once

#include <QString>
#include <QUrl>

namespace BatchDeck {

// Where and how the client talks to the API. Defaults are those of the official SDKs.
struct ClientSettings
{
    static constexpr int DefaultMaxRetries = 5;
    static constexpr int DefaultTimeoutMs = 60'000;
    // A 1,000-job page is about 5 MB; anything far larger is not an answer worth holding.
    static constexpr qint64 DefaultMaxAnswerBytes = qint64(64) * 1024 * 1024;

    QUrl baseUrl = defaultBaseUrl();
    QString apiKey;
    int maxRetries = DefaultMaxRetries;
    int timeoutMs = DefaultTimeoutMs; // for one attempt, from sending to the answer's last byte
    qint64 maxAnswerBytes = DefaultMaxAnswerBytes; // for one answer, after any decompression
    // Backoff between retries: min(base * 2^n, max), less up to 25% jitter.
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 8'000;
    // The user's explicit consent to send the key unencrypted to a plain-http server that is not
    // this machine (see sendsKeyInCleartext()).
    bool allowInsecureHttp = false;

    static QUrl defaultBaseUrl();
    // "us" or "eu" (any case); an invalid QUrl for anything else.
    static QUrl baseUrlForRegion(const QString &region);
    // Empty when the settings can be used; otherwise a sentence naming the bad setting.
    QString validationError() const;
    // The key would cross a network unencrypted: plain http to a host that is not loopback.
    bool sendsKeyInCleartext() const;
    // Region name for a known base URL ("US", "EU"), else the URL's host and port.
    QString displayName() const;
};

// True for the hosts browsers treat as secure even over http: "localhost" (any case), an address
// in 127.0.0.0/8 and ::1. A name that merely resolves to loopback does not count.
bool isLoopbackHost(const QString &host);
// Empty for a usable key; otherwise a sentence. Line breaks and other control characters would
// end the Authorization header early and inject others.
QString apiKeyProblem(const QString &key);
// The sentence refusing plain http to `url`'s host, for callers that name their own setting.
QString insecureHttpProblem(const QUrl &url);

// The key from the environment, as the SDKs read it (LLAMA_CLOUD_API_KEY, then
// LLAMA_PARSE_API_KEY).
QString apiKeyFromEnvironment();
// The base URL from LLAMA_CLOUD_BASE_URL, or an empty QUrl.
QUrl baseUrlFromEnvironment();
// Parses a user-typed base URL: http or https with a host. Sets *error otherwise.
QUrl parseBaseUrl(const QString &text, QString *error);

} // namespace BatchDeck
