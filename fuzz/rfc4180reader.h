#pragma once

// A strict RFC 4180 reader written for the fuzz targets, independent of BatchDeck's CsvWriter, so
// that a round trip through both proves the writer's output means what it should.
//   - every record ends with CRLF (the writer ends every row, the last one too);
//   - a field is either quoted ("...", a quote inside written as "") or holds none of , " CR LF;
//   - the bytes are valid UTF-8.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace BatchDeckFuzz {

struct CsvReadResult
{
    QList<QStringList> rows;
    QString error; // empty when the bytes were valid RFC 4180
};

inline CsvReadResult readRfc4180(const QByteArray &bytes)
{
    CsvReadResult result;
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    const auto failAt = [&](const char *problem) {
        result.error =
            QStringLiteral("%1 at byte %2 of %3").arg(QLatin1String(problem)).arg(pos).arg(size);
        return result;
    };

    // Each field on its own, and a U+FEFF at its start is a character (QStringDecoder drops it by
    // default).
    QStringDecoder strictUtf8(QStringDecoder::Utf8,
                              QStringDecoder::Flag::Stateless
                                  | QStringDecoder::Flag::ConvertInitialBom);
    const auto decode = [&](const QByteArray &field, QString *text) {
        *text = strictUtf8.decode(field);
        return !strictUtf8.hasError();
    };

    while (pos < size) {
        QStringList row;
        for (;;) {
            QByteArray field;
            if (pos < size && bytes.at(pos) == '"') {
                ++pos;
                for (;;) {
                    if (pos >= size)
                        return failAt("unterminated quoted field");
                    const char c = bytes.at(pos++);
                    if (c != '"') {
                        field += c;
                    } else if (pos < size && bytes.at(pos) == '"') {
                        field += '"';
                        ++pos;
                    } else {
                        break; // the closing quote
                    }
                }
            } else {
                while (pos < size && bytes.at(pos) != ',' && bytes.at(pos) != '\r') {
                    if (bytes.at(pos) == '"' || bytes.at(pos) == '\n')
                        return failAt("quote or line feed in an unquoted field");
                    field += bytes.at(pos++);
                }
            }
            QString text;
            if (!decode(field, &text))
                return failAt("invalid UTF-8 in the field ending");
            row << text;
            if (pos >= size)
                return failAt("record does not end with CRLF");
            if (bytes.at(pos) == ',') {
                ++pos;
                continue;
            }
            if (bytes.at(pos) == '\r' && pos + 1 < size && bytes.at(pos + 1) == '\n') {
                pos += 2;
                break;
            }
            return failAt("unexpected byte after a field");
        }
        result.rows << row;
    }
    return result;
}

} // namespace BatchDeckFuzz
