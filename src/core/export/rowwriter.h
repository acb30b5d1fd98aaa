#pragma once

#include "core/export/bufferedoutput.h"
#include "core/export/csvwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QJsonValue;

namespace BatchDeck {

// The formats rows can be written in.
enum class OutputFormat { Csv, JsonLines };

// "csv" or "json" (JSON Lines); nothing for any other name.
std::optional<OutputFormat> outputFormatFromName(const QString &name);

// One field of a row: absent (an empty CSV cell, JSON null), text, a number, or a JSON object,
// array or boolean as received (a record's nested parts, such as a v2 batch's config).
struct FieldValue
{
    enum class Kind { Null, Text, Number, Json };
    Kind kind = Kind::Null;
    QString text; // for a number or Json, its compact JSON form ("12", "33.5", "{\"a\":1}")

    // A null QString is an absent value; an empty one is an empty text.
    static FieldValue fromText(const QString &value);
    static FieldValue fromNumber(qint64 value);
    static FieldValue fromReal(double value);
    // ISO 8601 UTC with milliseconds; an invalid value is absent.
    static FieldValue fromTime(const QDateTime &value);
    // Any JSON value: null is absent, a string text, a number a number; an object, array or
    // boolean is kept whole, written compact (in a CSV cell as text, formula guard and all).
    static FieldValue fromJson(const QJsonValue &value);
};

using Row = QList<FieldValue>;

// Rows of named fields to a QIODevice, in one format. Every write goes on after a short write
// and fails with the device's reason, so that nothing is lost without a word. Every value passes
// the key masking (logging.h) on its way out: a server may echo the API key in any field.
// Made with a buffer size, a writer gathers rows (BufferedOutput) and writes them when the buffer
// is full and on flush(): what is not flushed never reaches the device.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    // Once, before the first row: the field names, in the order of every row's values.
    virtual bool writeHeader(const QStringList &fields) = 0;
    virtual bool writeRow(const Row &values) = 0;
    // Writes the rows gathered; a failure is told by errorString() as a failed row's is.
    virtual bool flush() = 0;
    // A sentence after a failed write.
    virtual QString errorString() const = 0;
    // How many values held the API key and were written with it masked.
    qint64 maskedValues() const { return m_maskedValues; }

    // `values` with the key masked in each; adds the values changed to *maskedValues.
    static Row maskedRow(Row values, qint64 *maskedValues);

protected:
    Row masked(const Row &values) { return maskedRow(values, &m_maskedValues); }

private:
    qint64 m_maskedValues = 0;
};

// "1 value contained the API key and was masked." (or "N values ..."); empty for 0.
QString maskedValuesNote(qint64 maskedValues);

// RFC 4180 CSV (see CsvWriter): the header is the first line; numbers escape the formula guard.
class CsvRowWriter final : public RowWriter
{
public:
    CsvRowWriter(QIODevice *device, const CsvOptions &options, qsizetype bufferSize = 0);
    bool writeHeader(const QStringList &fields) override;
    bool writeRow(const Row &values) override;
    bool flush() override { return m_writer.flush(); }
    QString errorString() const override { return m_writer.errorString(); }

    static QList<CsvCell> cellsFor(const Row &values);

private:
    CsvWriter m_writer;
};

// JSON Lines (https://jsonlines.org): one compact UTF-8 object per row, keys in the header's
// order, "\n" after each. Text is never altered (the key masking aside): JSON has no formulas to
// guard against. Control characters are escaped as JSON requires (\n, \u001b), and so are DEL,
// C1 controls, U+2028, U+2029 and bidirectional overrides and isolates (\u009b, \u202e): the
// same text to a JSON reader, and nothing that drives a terminal when the lines are shown on one.
class JsonLinesWriter final : public RowWriter
{
public:
    explicit JsonLinesWriter(QIODevice *device, qsizetype bufferSize = 0);
    bool writeHeader(const QStringList &fields) override;
    bool writeRow(const Row &values) override;
    bool flush() override;
    QString errorString() const override { return m_error; }

    // One compact object without a line end, keys in the order of `fields`.
    static QByteArray encodeObject(const QStringList &fields, const Row &values);
    // A JSON string literal, quotes included.
    static QByteArray encodeString(const QString &text);

private:
    // Sets the sentence for the output's failure; returns false.
    bool failed();

    BufferedOutput m_output;
    QStringList m_fields;
    QString m_error;
};

// Without a buffer size, each row is written at once.
std::unique_ptr<RowWriter> makeRowWriter(QIODevice *device, OutputFormat format,
                                         const CsvOptions &csv, qsizetype bufferSize = 0);

} // namespace BatchDeck
