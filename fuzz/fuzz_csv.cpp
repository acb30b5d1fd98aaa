// libFuzzer target: CsvWriter round trip. The input becomes rows of cells, CsvWriter writes them
// into a buffer, an independent RFC 4180 reader (rfc4180reader.h) reads them back, and the cells
// must be the same.
//
// Input layout (kept simple so seeds stay readable):
//   byte 0      bit 0: byte order mark; bit 1: formula guard; bits 2-7: which cells are numbers
//               (cell i is numeric when bit 2 + i % 6 is set)
//   the rest    UTF-8 text; U+001E separates rows, U+001F separates the cells of a row.
// Invalid UTF-8 becomes U+FFFD before writing, as QString::fromUtf8 does for any caller.

#include "fuzzcheck.h"
#include "rfc4180reader.h"

#include "core/export/csvwriter.h"

#include <QBuffer>

#include <cstdint>

using namespace BatchDeck;

namespace {

constexpr QChar rowSeparator(0x1E);
constexpr QChar cellSeparator(0x1F);

// What a cell must read back as: itself, or with a leading apostrophe when the formula guard is
// on and a spreadsheet would take the text for a formula (OWASP "CSV Injection").
QString expectedText(const CsvCell &cell, bool formulaGuard)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\n");
    if (formulaGuard && !cell.numeric && !cell.text.isEmpty()
        && formulaStarts.contains(cell.text.front()))
        return u'\'' + cell.text;
    return cell.text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const CsvOptions options {(data[0] & 1) != 0, (data[0] & 2) != 0};
    const unsigned numericMask = data[0] >> 2;

    QList<QList<CsvCell>> rows;
    if (size > 1) {
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
        for (const QString &rowText : text.split(rowSeparator)) {
            QList<CsvCell> row;
            for (const QString &cellText : rowText.split(cellSeparator))
                row.append({cellText, ((numericMask >> (row.size() % 6)) & 1) != 0});
            rows.append(row);
        }
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    for (const QList<CsvCell> &row : rows)
        FUZZ_CHECK(writer.writeRow(row), writer.errorString());
    FUZZ_CHECK(writer.errorString().isEmpty(), writer.errorString());

    QByteArray written = buffer.data();
    if (options.byteOrderMark && !rows.isEmpty()) {
        FUZZ_CHECK(written.startsWith("\xEF\xBB\xBF"), QStringLiteral("no byte order mark"));
        written.remove(0, 3);
    }
    const BatchDeckFuzz::CsvReadResult read = BatchDeckFuzz::readRfc4180(written);
    FUZZ_CHECK(read.error.isEmpty(), read.error);
    FUZZ_CHECK(read.rows.size() == rows.size(),
               QStringLiteral("%1 rows written, %2 read").arg(rows.size()).arg(read.rows.size()));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList expected;
        for (const CsvCell &cell : rows.at(r))
            expected << expectedText(cell, options.formulaGuard);
        FUZZ_CHECK(read.rows.at(r) == expected,
                   QStringLiteral("row %1 written as [%2], read as [%3]")
                       .arg(r)
                       .arg(expected.join(u'|'), read.rows.at(r).join(u'|')));
    }
    return 0;
}
