#include "core/export/rowwriter.h"

#include "core/translations.h"

#include "core/api/logging.h"
#include "core/json/isotime.h"

#include <QCoreApplication>
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

Row RowWriter::maskedRow(Row values, qint64 *maskedValues)
{
    for (qsizetype index = 0; index < values.size(); ++index) {
        if (values.at(index).kind == FieldValue::Kind::Number)
            continue;
        QString text = values.at(index).text; // shared: copied only when a key is masked
        if (maskSecretsInPlace(text) > 0) {
            values[index].text = std::move(text);
            ++*maskedValues;
        }
    }
    return values;
}

QString maskedValuesNote(qint64 maskedValues)
{
    if (maskedValues <= 0)
        return {};
    return QCoreApplication::translate("BatchDeck::RowWriter",
                                       "%1 values contained the API key and were masked.", nullptr,
                                       pluralFormCount(maskedValues))
        .arg(maskedValues);
}

CsvRowWriter::CsvRowWriter(QIODevice *device, const CsvOptions &options, qsizetype bufferSize)
    : m_writer(device, options, bufferSize)
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
    return m_writer.writeRow(cellsFor(masked(values)));
}

JsonLinesWriter::JsonLinesWriter(QIODevice *device, qsizetype bufferSize)
    : m_output(device, bufferSize)
{ }

namespace {

// JSON's own escapes, and \uXXXX for every character that could drive a terminal.
bool needsJsonEscape(char16_t c)
{
    return c == u'"' || c == u'\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028
        || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void appendJsonEscape(QByteArray &out, char16_t c)
{
    switch (c) {
    case u'"':
        out += "\\\"";
        return;
    case u'\\':
        out += "\\\\";
        return;
    case u'\n':
        out += "\\n";
        return;
    case u'\r':
        out += "\\r";
        return;
    case u'\t':
        out += "\\t";
        return;
    default:
        break;
    }
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(c >> shift) & 0xF];
}

// Compact JSON from QJsonDocument, with what it leaves raw (DEL, C1, bidi controls; they can
// only be inside strings) escaped as encodeString() escapes them.
QByteArray encodeJsonText(const QString &json)
{
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype index = 0; index < json.size(); ++index) {
        const char16_t c = json.at(index).unicode();
        if (c < 0x7F || !needsJsonEscape(c))
            continue;
        out += QStringView(json).mid(runStart, index - runStart).toUtf8();
        appendJsonEscape(out, c);
        runStart = index + 1;
    }
    out += QStringView(json).mid(runStart).toUtf8();
    return out;
}

} // namespace

QByteArray JsonLinesWriter::encodeString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    // Runs between escapes go out as UTF-8 in one piece; an escaped character is never a
    // surrogate, so a pair is never split.
    qsizetype runStart = 0;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t c = text.at(index).unicode();
        if (!needsJsonEscape(c))
            continue;
        out += QStringView(text).mid(runStart, index - runStart).toUtf8();
        appendJsonEscape(out, c);
        runStart = index + 1;
    }
    out += QStringView(text).mid(runStart).toUtf8();
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
            out += encodeJsonText(value.text);
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
    return m_output.write(encodeObject(m_fields, masked(values)) + '\n') || failed();
}

bool JsonLinesWriter::flush()
{
    return m_error.isEmpty() && (m_output.flush() || failed());
}

bool JsonLinesWriter::failed()
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("BatchDeck::JsonLinesWriter",
                                              "Could not write the JSON Lines: %1")
                      .arg(m_output.errorString());
    }
    return false;
}

std::unique_ptr<RowWriter> makeRowWriter(QIODevice *device, OutputFormat format,
                                         const CsvOptions &csv, qsizetype bufferSize)
{
    if (format == OutputFormat::JsonLines)
        return std::make_unique<JsonLinesWriter>(device, bufferSize);
    return std::make_unique<CsvRowWriter>(device, csv, bufferSize);
}

} // namespace BatchDeck
