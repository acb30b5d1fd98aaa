// libFuzzer target: errorShape(), which reads every failure message a server sends to group
// failures. The input is the message as UTF-8. The shape must come back in bounded time and size,
// without a line break (a group is one line), and the same for the same message.

#include "fuzzcheck.h"

#include "index/failures/errorshape.h"

#include <cstdint>

using namespace BatchDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString shape = errorShape(message);
    // Placeholders may be longer than what they stand for ("1" is "<number>"), never unbounded.
    FUZZ_CHECK(shape.size() <= ErrorShapeInputLimit * 10 + 1, QString::number(shape.size()));
    FUZZ_CHECK(!shape.contains(u'\n') && !shape.contains(u'\r'), shape);
    FUZZ_CHECK(shape == errorShape(message), shape);
    FUZZ_CHECK(message.trimmed().isEmpty() == shape.isEmpty(), shape);
    return 0;
}
