// libFuzzer target: the items answer (ItemPage::fromJson). A page that is read must hold one
// entry per element of the JSON items array, and total_size as sent.

#include "fuzzcheck.h"

#include "core/jobs/jobitem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <type_traits>

using namespace BatchDeck;

namespace {

constexpr qint64 pageOffset = 1000;

// Items the parser could not read may be kept in a list beside the items (ItemPage::invalidItems,
// being added at the time of writing); count them when the field exists, so this target compiles
// with and without it.
template<typename Page, typename = void>
struct InvalidItemCount
{
    static qsizetype of(const Page &) { return 0; }
};
template<typename Page>
struct InvalidItemCount<Page, std::void_t<decltype(std::declval<Page>().invalidItems.size())>>
{
    static qsizetype of(const Page &page) { return page.invalidItems.size(); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    ItemPage page;
    if (!ItemPage::fromJson(body, pageOffset, &page).isEmpty())
        return 0;

    const QJsonDocument document = QJsonDocument::fromJson(body);
    FUZZ_CHECK(document.isObject(),
               QStringLiteral("a page was read from a body that is not a JSON object"));
    const QJsonValue items = document.object().value(u"items");
    FUZZ_CHECK(items.isArray() || items.isUndefined() || items.isNull(),
               QStringLiteral("a page was read although items is not an array"));
    const qsizetype entries = page.items.size() + InvalidItemCount<ItemPage>::of(page);
    FUZZ_CHECK(entries == items.toArray().size(),
               QStringLiteral("%1 entries read from an items array of %2")
                   .arg(entries)
                   .arg(items.toArray().size()));

    // Every field is optional here, so a total_size of the wrong type may be ignored, but one
    // that is read must be the number sent.
    const QJsonValue total = document.object().value(u"total_size");
    if (page.totalSize) {
        FUZZ_CHECK(total.isDouble() && double(*page.totalSize) == total.toDouble(),
                   QStringLiteral("total_size read as %1").arg(*page.totalSize));
    }
    return 0;
}
