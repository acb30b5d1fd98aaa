#include "core/json/jsonfieldreader.h"

#include "core/api/logging.h"
#include "core/json/isotime.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JsonFieldReaderText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JsonFieldReader)
};

} // namespace

QString describeJsonType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return JsonFieldReaderText::tr("null");
    case QJsonValue::Bool:
        return JsonFieldReaderText::tr("a boolean");
    case QJsonValue::Double:
        return JsonFieldReaderText::tr("a number");
    case QJsonValue::String:
        return JsonFieldReaderText::tr("a string");
    case QJsonValue::Array:
        return JsonFieldReaderText::tr("an array");
    case QJsonValue::Object:
        return JsonFieldReaderText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFieldReaderText::tr("missing");
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object)
    : m_object(object)
{ }

JsonFieldReader::JsonFieldReader(const JsonSlice &object)
    : m_members(object.members())
    , m_fromSlice(true)
{ }

JsonFieldReader::Value JsonFieldReader::value(const QString &field) const
{
    if (!m_fromSlice)
        return Value(m_object.value(field));
    // The last of duplicate keys counts, as in a QJsonObject.
    for (auto member = m_members.crbegin(); member != m_members.crend(); ++member) {
        if (member->hasKey(field))
            return Value(member->value);
    }
    return Value(JsonSlice());
}

void JsonFieldReader::fail(const QString &field, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = JsonFieldReaderText::tr("field \"%1\" %2").arg(m_fieldPrefix + field, problem);
}

bool JsonFieldReader::isPresent(const QString &field) const
{
    const Value value = this->value(field);
    return !value.isUndefined() && !value.isNull();
}

QString JsonFieldReader::requiredString(const QString &field)
{
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field,
             value.isUndefined() ? JsonFieldReaderText::tr("is missing")
                                 : JsonFieldReaderText::tr("should be a string but is %1")
                                       .arg(describeJsonType(value.type())));
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::optionalString(const QString &field)
{
    if (!isPresent(field))
        return {};
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field,
             JsonFieldReaderText::tr("should be a string but is %1")
                 .arg(describeJsonType(value.type())));
        return {};
    }
    return value.toString();
}

namespace {

// For a JsonSlice or a field's Value: both read a number as the same double as QJsonValue.
template<typename JsonValue>
QString countProblemOf(const JsonValue &value)
{
    if (!value.isDouble())
        return JsonFieldReaderText::tr("should be a whole number but is %1")
            .arg(describeJsonType(value.type()));
    // Qt keeps a JSON integer that fits in 64 bits exactly and anything else as a double, so the
    // checks work on the double and the exact value is read only once it is known to fit.
    const double number = value.toDouble();
    const QString shown = QString::number(number, 'g', QLocale::FloatingPointShortest);
    if (std::isfinite(number) && std::floor(number) != number)
        return JsonFieldReaderText::tr("is not a whole number (%1)").arg(shown);
    if (number < 0)
        return JsonFieldReaderText::tr("is negative (%1)").arg(shown);
    if (number > double(JsonFieldReader::MaxCount))
        return JsonFieldReaderText::tr("is too large (%1; at most %2 is accepted)")
            .arg(shown)
            .arg(JsonFieldReader::MaxCount);
    return {};
}

} // namespace

QString countProblem(const JsonSlice &value)
{
    return countProblemOf(value);
}

qint64 JsonFieldReader::requiredCount(const QString &field)
{
    const Value value = this->value(field);
    if (value.isUndefined()) {
        fail(field, JsonFieldReaderText::tr("is missing"));
        return 0;
    }
    if (const QString problem = countProblemOf(value); !problem.isEmpty()) {
        fail(field, problem);
        return 0;
    }
    return value.toInteger();
}

qint64 JsonFieldReader::optionalCount(const QString &field, qint64 defaultValue)
{
    // The API gives these fields defaults; a null is read as "not set", as the SDKs read it.
    return isPresent(field) ? requiredCount(field) : defaultValue;
}

double JsonFieldReader::requiredNumber(const QString &field)
{
    const Value value = this->value(field);
    if (!value.isDouble()) {
        fail(field,
             value.isUndefined() ? JsonFieldReaderText::tr("is missing")
                                 : JsonFieldReaderText::tr("should be a number but is %1")
                                       .arg(describeJsonType(value.type())));
        return 0;
    }
    return value.toDouble();
}

double JsonFieldReader::requiredNumber(const QString &field, double minimum, double maximum)
{
    const Value value = this->value(field);
    const double number = requiredNumber(field);
    if (!value.isDouble())
        return 0;
    // Also NaN and the infinities, which a number too large for a double reads as.
    if (!(number >= minimum && number <= maximum)) {
        const auto shown = [](double n) {
            return QString::number(n, 'g', QLocale::FloatingPointShortest);
        };
        fail(field,
             JsonFieldReaderText::tr("is out of range (%1; the API allows %2 to %3)")
                 .arg(shown(number), shown(minimum), shown(maximum)));
        return 0;
    }
    return number;
}

QDateTime JsonFieldReader::optionalDateTime(const QString &field)
{
    if (!isPresent(field))
        return {};
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field,
             JsonFieldReaderText::tr("should be a date-time string but is %1")
                 .arg(describeJsonType(value.type())));
        return {};
    }
    QDateTime parsed = parseApiDateTime(value.toString());
    if (!parsed.isValid())
        // Masked before the cut: a cut would leave a part of an echoed key that masking misses.
        fail(field,
             JsonFieldReaderText::tr("is not an ISO 8601 date-time (\"%1\")")
                 .arg(maskSecrets(value.toString()).left(40)));
    return parsed;
}

QString parseJsonObject(const QByteArray &body, JsonSlice *object)
{
    QJsonParseError parseError;
    const JsonSlice root = JsonSlice::parse(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A view, not QByteArray::trimmed(), which would copy a body of any size.
        return QByteArrayView(body).trimmed().isEmpty()
            ? JsonFieldReaderText::tr("the body is empty")
            : JsonFieldReaderText::tr("the body is not JSON (%1 at byte %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
    }
    if (!root.isObject())
        return JsonFieldReaderText::tr("the body is not a JSON object");
    *object = root;
    return {};
}

QString readTotalSize(const JsonSlice &total, std::optional<qint64> *totalSize)
{
    if (total.isUndefined() || total.isNull()) {
        totalSize->reset();
        return {};
    }
    if (QString problem = countProblem(total); !problem.isEmpty())
        return JsonFieldReaderText::tr("field \"total_size\" %1").arg(problem);
    *totalSize = total.toInteger();
    return {};
}

} // namespace BatchDeck
