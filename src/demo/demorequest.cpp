#include "demo/demorequest.h"

#include "demo/demoserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>

namespace BatchDeck::DemoHttp {

namespace {

constexpr int MaxDelayMs = 30'000;

QString quotedAlternatives(const QStringList &allowed)
{
    QStringList quoted;
    for (const QString &option : allowed)
        quoted << u'\'' + option + u'\'';
    return quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
        + quoted.last();
}

} // namespace

RequestData capture(const QHttpServerRequest &request)
{
    RequestData data {request.method(), request.query(), {}, request.body(), 0, {}};
    data.origin = request.url()
                      .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::RemoveUserInfo)
                      .toString(QUrl::FullyEncoded);
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            data.authorization = value;
        else if (name.compare(DemoServer::delayHeader(), Qt::CaseInsensitive) == 0)
            data.delayMs = std::clamp(value.toInt(), 0, MaxDelayMs);
    }
    return data;
}

bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &option : value.split(',')) {
            if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Qt HttpServer 6.4 keeps every connection open, even one the client asked to close: so the demo
// writes its answers itself and then closes when asked.
void respond(QHttpServerResponse &&response, QHttpServerResponder &&responder, bool close)
{
    QTcpSocket *socket = responder.socket();
    if (close)
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    response.write(std::move(responder));
    if (close)
        socket->disconnectFromHost(); // after what was written has gone out
}

QHttpServerResponse detail(const QString &text, Status status)
{
    return QHttpServerResponse(QJsonObject {{QStringLiteral("detail"), text}}, status);
}

QHttpServerResponse tooManyRequests(int retryAfterMs)
{
    QHttpServerResponse response =
        detail(QStringLiteral("Too Many Requests"), Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"),
                       QByteArray::number((qint64(retryAfterMs) + 999) / 1000));
    response.setHeader(QByteArrayLiteral("retry-after-ms"), QByteArray::number(retryAfterMs));
    return response;
}

bool expands(const RequestData &request, const QString &field)
{
    for (const QString &value :
         request.query.allQueryItemValues(QStringLiteral("expand"), QUrl::FullyDecoded)) {
        for (const QString &name : value.split(u','))
            if (name.trimmed() == field)
                return true;
    }
    return false;
}

std::optional<QHttpServerResponse> refuseUnauthenticated(const RequestData &request)
{
    if (!request.authorization.startsWith("Bearer ") || request.authorization.size() <= 7)
        return detail(QStringLiteral("Not authenticated"), Status::Unauthorized);
    if (QString::fromUtf8(request.authorization.mid(7)).trimmed() != DemoServer::apiKey())
        return detail(QStringLiteral("Invalid authentication token"), Status::Unauthorized);
    return std::nullopt;
}

qint64 Validator::integer(const QString &name, qint64 defaultValue, qint64 minimum, qint64 maximum)
{
    if (!m_query.hasQueryItem(name))
        return defaultValue;
    const QString text = m_query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok) {
        addQuery(QStringLiteral("int_parsing"), name,
                 QStringLiteral("Input should be a valid integer, unable to parse string as an "
                                "integer"),
                 text);
    } else if (value < minimum) {
        addQuery(QStringLiteral("greater_than_equal"), name,
                 QStringLiteral("Input should be greater than or equal to %1").arg(minimum), text,
                 QJsonObject {{QStringLiteral("ge"), minimum}});
    } else if (value > maximum) {
        addQuery(QStringLiteral("less_than_equal"), name,
                 QStringLiteral("Input should be less than or equal to %1").arg(maximum), text,
                 QJsonObject {{QStringLiteral("le"), maximum}});
    } else {
        return value;
    }
    return defaultValue;
}

QString Validator::choice(const QString &name, const QStringList &allowed)
{
    if (!m_query.hasQueryItem(name))
        return {};
    QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (allowed.contains(value))
        return value;
    const QString expected = quotedAlternatives(allowed);
    addQuery(QStringLiteral("enum"), name, QStringLiteral("Input should be ") + expected, value,
             QJsonObject {{QStringLiteral("expected"), expected}});
    return {};
}

QStringList Validator::choices(const QString &name, const QStringList &allowed)
{
    QStringList values;
    const QStringList given = m_query.allQueryItemValues(name, QUrl::FullyDecoded);
    for (int i = 0; i < given.size(); ++i) {
        if (allowed.contains(given.at(i))) {
            values << given.at(i);
            continue;
        }
        const QString expected = quotedAlternatives(allowed);
        add(QStringLiteral("enum"), QJsonArray {QStringLiteral("query"), name, i},
            QStringLiteral("Input should be ") + expected, given.at(i),
            QJsonObject {{QStringLiteral("expected"), expected}});
    }
    return values;
}

QString Validator::uuid(const QString &name)
{
    if (!m_query.hasQueryItem(name))
        return {};
    // Any UUID, the nil one included (QUuid::fromString cannot tell it from garbage).
    static const QRegularExpression uuid(
        QStringLiteral(R"(^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|)"
                       R"(\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\})$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (uuid.match(value).hasMatch())
        return value;
    addQuery(QStringLiteral("uuid_parsing"), name,
             QStringLiteral("Input should be a valid UUID, invalid character or length"), value);
    return {};
}

QDateTime Validator::dateTime(const QString &name)
{
    if (!m_query.hasQueryItem(name))
        return {};
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    // Pydantic takes RFC 3339 date-times; one without an offset is read as UTC.
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    QDateTime time;
    if (shape.match(value).hasMatch()) {
        QString normalized = value;
        normalized.replace(10, 1, u'T');
        time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time.setTimeZone(QTimeZone::utc());
    }
    if (time.isValid())
        return time.toUTC();
    addQuery(QStringLiteral("datetime_from_date_parsing"), name,
             QStringLiteral("Input should be a valid datetime or date, such as "
                            "2026-01-31T12:00:00Z"),
             value);
    return {};
}

bool Validator::boolean(const QString &name, bool defaultValue)
{
    if (!m_query.hasQueryItem(name))
        return defaultValue;
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded).toLower();
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("1"),
                                  QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                 QStringLiteral("off")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    addQuery(QStringLiteral("bool_parsing"), name,
             QStringLiteral("Input should be a valid boolean, unable to interpret input"), value);
    return defaultValue;
}

void Validator::add(const QString &type, const QJsonArray &loc, const QString &message,
                    const QJsonValue &input, const QJsonObject &context)
{
    QJsonObject error {{QStringLiteral("type"), type},
                       {QStringLiteral("loc"), loc},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("input"), input}};
    if (!context.isEmpty())
        error.insert(u"ctx", context);
    m_errors.append(error);
}

QHttpServerResponse Validator::response() const
{
    return QHttpServerResponse(QJsonObject {{QStringLiteral("detail"), m_errors}},
                               Status::UnprocessableEntity);
}

namespace {

QString fingerprintHash(const QString &fingerprint)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fingerprint.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace

Page readPage(Validator &validator, const QString &fingerprint, int defaultSize)
{
    Page page;
    page.size = int(validator.integer(QStringLiteral("page_size"), defaultSize, 1, 1000));
    if (!validator.has(QStringLiteral("page_token")))
        return page;
    const QString token = validator.text(QStringLiteral("page_token"));
    // "<offset>:<fingerprint>", base64url: opaque to clients, checked here.
    const QByteArray decoded = QByteArray::fromBase64(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.split(':');
    bool ok = parts.size() == 2;
    const qint64 offset = ok ? parts.at(0).toLongLong(&ok) : 0;
    if (ok && offset > 0 && QString::fromLatin1(parts.at(1)) == fingerprintHash(fingerprint)) {
        page.offset = offset;
        return page;
    }
    validator.add(QStringLiteral("value_error"),
                  QJsonArray {QStringLiteral("query"), QStringLiteral("page_token")},
                  QStringLiteral("Value error, page_token is malformed or was issued for "
                                 "different filters; start again without it"),
                  token);
    return page;
}

QJsonObject pageBody(const QList<QJsonObject> &all, const Page &page, const QString &fingerprint)
{
    QJsonArray items;
    for (qint64 i = page.offset; i < all.size() && i < page.offset + page.size; ++i)
        items.append(all.at(i));
    QJsonObject body {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), all.size()}};
    const qint64 next = page.offset + page.size;
    if (next < all.size()) {
        body.insert(
            u"next_page_token",
            QString::fromLatin1(
                QByteArray(QByteArray::number(next) + ':' + fingerprintHash(fingerprint).toLatin1())
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    return body;
}

} // namespace BatchDeck::DemoHttp
