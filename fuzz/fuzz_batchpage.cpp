// libFuzzer target: the v2 list answer (BatchPage::fromJson). A page that is read must hold one
// entry per element of the JSON items array, the token and total_size as sent, and every batch
// read must come back unchanged through toApiJson (what JSON Lines output will write).

#include "fuzzcheck.h"

#include "core/batches/batch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace BatchDeck;

namespace {

constexpr qint64 firstPosition = 1000;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    BatchPage page;
    if (!BatchPage::fromJson(body, firstPosition, &page).isEmpty())
        return 0;

    const QJsonDocument document = QJsonDocument::fromJson(body);
    FUZZ_CHECK(document.isObject(),
               QStringLiteral("a page was read from a body that is not a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue items = object.value(u"items");
    FUZZ_CHECK(items.isArray(), QStringLiteral("a page was read although items is not an array"));
    FUZZ_CHECK(page.itemCount() == items.toArray().size(),
               QStringLiteral("%1 entries read from an items array of %2")
                   .arg(page.itemCount())
                   .arg(items.toArray().size()));
    for (const InvalidBatch &invalid : page.invalidBatches) {
        FUZZ_CHECK(invalid.position >= firstPosition
                       && invalid.position < firstPosition + page.itemCount(),
                   QStringLiteral("an invalid batch at position %1").arg(invalid.position));
    }

    const QJsonValue total = object.value(u"total_size");
    FUZZ_CHECK(page.totalSize.has_value() == total.isDouble(),
               QStringLiteral("total_size read or left out against what was sent"));
    if (page.totalSize) {
        FUZZ_CHECK(double(*page.totalSize) == total.toDouble(),
                   QStringLiteral("total_size read as %1").arg(*page.totalSize));
    }
    const QJsonValue token = object.value(u"next_page_token");
    FUZZ_CHECK(page.nextPageToken.has_value() == token.isString(),
               QStringLiteral("next_page_token read or left out against what was sent"));

    for (const Batch &batch : page.batches) {
        const QByteArray written = QJsonDocument(toApiJson(batch)).toJson(QJsonDocument::Compact);
        Batch back;
        const QString problem = Batch::fromJson(written, &back);
        FUZZ_CHECK(
            problem.isEmpty(),
            QStringLiteral("a batch written by toApiJson does not read back: %1").arg(problem));
        // Compared as written, not field by field: a lone surrogate ("\ud800") becomes U+FFFD
        // on the way through UTF-8, and must then stay that way.
        const QByteArray again = QJsonDocument(toApiJson(back)).toJson(QJsonDocument::Compact);
        FUZZ_CHECK(again == written,
                   QStringLiteral("batch %1 changed through toApiJson").arg(batch.id));
    }
    return 0;
}
