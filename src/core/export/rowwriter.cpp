#include "rowwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace BatchDeck {

std::optional<OutputFormat> outputFormatFromName(const QString &name)
{
    if (name == u"csv")
        return OutputFormat::Csv;
    if (name == u"json")
        return OutputFormat::JsonLines;
    return std::nullopt;
}

FieldValue FieldValue::fromText(const QString &value)
{
    return value.isNull() ? FieldValue {} : FieldValue {Kind::Text, value};
}

FieldValue FieldValue::fromNumber(qint64 value)
{
    return {Kind::Number, QString::number(value)};
}

FieldValue FieldValue::fromReal(double value)
{
    // JSON has no NaN or infinity.
    if (!std::isfinite(value))
        return {};
    return {Kind::Number, QString::number(value, 'g', QLocale::FloatingPointShortest)};
}

FieldValue FieldValue::fromTime(const QDateTime &value)
{
    return value.isValid() ? FieldValue {Kind::Text, toIsoUtc(value)} : FieldValue {};
}

FieldValue FieldValue::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return {Kind::Text, value.toString()};
    case QJsonValue::Double:
        return fromReal(value.toDouble());
    case QJsonValue::Bool:
        return {Kind::Json, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    case QJsonValue::Object:
        return {Kind::Json,
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))};
    case QJsonValue::Array:
        return {Kind::Json,
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))};
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

CsvRowWriter::CsvRowWriter(QIODevice *device, const CsvOptions &options)
    : m_writer(device, options)
{ }

QList<CsvCell> CsvRowWriter::cellsFor(const Row &values)
{
    QList<CsvCell> cells;
    cells.reserve(values.size());
    for (const FieldValue &value : values)
        cells.append({value.text, value.kind == FieldValue::Kind::Number});
    return cells;
}

bool CsvRowWriter::writeHeader(const QStringList &fields)
{
    QList<CsvCell> cells;
    for (const QString &name : fields)
        cells.append({name, false});
    return m_writer.writeRow(cells);
}

bool CsvRowWriter::writeRow(const Row &values)
{
    return m_writer.writeRow(cellsFor(values));
}

JsonLinesWriter::JsonLinesWriter(QIODevice *device)
    : m_device(device)
{ }

QByteArray JsonLinesWriter::encodeString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[uchar(c) >> 4];
                out += "0123456789abcdef"[uchar(c) & 0xf];
            } else {
                out += c; // UTF-8 bytes of other characters are valid JSON as they are
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonLinesWriter::encodeObject(const QStringList &fields, const Row &values)
{
    QByteArray out = "{";
    for (qsizetype index = 0; index < fields.size(); ++index) {
        if (index > 0)
            out += ',';
        out += encodeString(fields.at(index));
        out += ':';
        const FieldValue value = values.value(index);
        switch (value.kind) {
        case FieldValue::Kind::Null:
            out += "null";
            break;
        case FieldValue::Kind::Text:
            out += encodeString(value.text);
            break;
        case FieldValue::Kind::Number:
            out += value.text.toLatin1();
            break;
        case FieldValue::Kind::Json:
            out += value.text.toUtf8();
            break;
        }
    }
    out += '}';
    return out;
}

bool JsonLinesWriter::writeHeader(const QStringList &fields)
{
    m_fields = fields; // JSON Lines has no header line: each object names its fields
    return m_error.isEmpty();
}

bool JsonLinesWriter::writeRow(const Row &values)
{
    if (!m_error.isEmpty())
        return false;
    if (writeFully(m_device, encodeObject(m_fields, values) + '\n'))
        return true;
    m_error = QCoreApplication::translate("BatchDeck::JsonLinesWriter",
                                          "Could not write the JSON Lines: %1")
                  .arg(m_device->errorString());
    return false;
}

std::unique_ptr<RowWriter> makeRowWriter(QIODevice *device, OutputFormat format,
                                         const CsvOptions &csv)
{
    if (format == OutputFormat::JsonLines)
        return std::make_unique<JsonLinesWriter>(device);
    return std::make_unique<CsvRowWriter>(device, csv);
}

} // namespace BatchDeck
