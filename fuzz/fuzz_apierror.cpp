// libFuzzer target: the error-body parser (ApiError::fromHttp) over FastAPI's
// {"detail": string | [{loc, msg, type}, ..]} bodies and anything else a server may send.
// The input is the body; the HTTP status is picked from the body's size so every branch of the
// message is reached without a header byte that would make the seeds unreadable.

#include "fuzzcheck.h"

#include "core/api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <iterator>

using namespace BatchDeck;

namespace {

constexpr int statuses[] = {400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503, 504, 599};

bool hasLineBreak(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == QChar(0x85)
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const int status = statuses[size % std::size(statuses)];
    const ApiError error = ApiError::fromHttp(status, body);

    FUZZ_CHECK(error.kind == ApiError::Kind::Http, QString::number(int(error.kind)));
    FUZZ_CHECK(error.httpStatus == status, QString::number(error.httpStatus));
    FUZZ_CHECK(!error.isOk(), QString());
    FUZZ_CHECK(!error.message.isEmpty(), QStringLiteral("no message"));
    FUZZ_CHECK(
        error.message.contains(QString::number(status)),
        QStringLiteral("the message does not name HTTP %1: %2").arg(status).arg(error.message));
    // The detail is shown as one line (banner, CLI error line, log).
    FUZZ_CHECK(!hasLineBreak(error.serverDetail),
               QStringLiteral("the server detail has a line break: %1").arg(error.serverDetail));
    FUZZ_CHECK(error.serverDetail.isEmpty() || error.message.contains(error.serverDetail),
               QStringLiteral("the message leaves out the server detail"));

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue detail =
        document.isObject() ? document.object().value(u"detail") : QJsonValue();
    if (detail.isArray()) {
        FUZZ_CHECK(error.validationIssues.size() == detail.toArray().size(),
                   QStringLiteral("%1 issues from %2 entries")
                       .arg(error.validationIssues.size())
                       .arg(detail.toArray().size()));
        for (const ValidationIssue &issue : error.validationIssues)
            FUZZ_CHECK(!issue.message.isEmpty(), QStringLiteral("an issue without a message"));
    } else {
        FUZZ_CHECK(error.validationIssues.isEmpty(),
                   QStringLiteral("validation issues without a detail array"));
    }
    return 0;
}
