#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace BatchDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BatchDeck::JsonFieldReader", text);
}

} // namespace

QString describeJsonType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

QDateTime parseApiDateTime(const QString &text)
{
    // Qt reads at most milliseconds; Python servers send microseconds. Keep the first three digits.
    static const QRegularExpression fraction(
        QStringLiteral(R"(^(.*T\d\d:\d\d:\d\d\.\d{3})\d+(.*)$)"));
    QString normalized = text.trimmed();
    const QRegularExpressionMatch match = fraction.match(normalized);
    if (match.hasMatch())
        normalized = match.captured(1) + match.captured(2);
    QDateTime value = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!value.isValid())
        return {};
    if (value.timeSpec() == Qt::LocalTime)
        value.setTimeZone(QTimeZone::utc());
    return value.toUTC();
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
        m_error = tr("field \"%1\" %2").arg(field, problem);
}

JsonFieldReader::Presence JsonFieldReader::presence(const QString &field, bool nullable)
{
    const Value value = this->value(field);
    if (value.isUndefined())
        return Presence::Absent;
    if (value.isNull()) {
        if (!nullable)
            fail(field, tr("is null, which the API does not allow"));
        return Presence::Null;
    }
    return Presence::Present;
}

QString JsonFieldReader::requiredString(const QString &field)
{
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field,
             value.isUndefined()
                 ? tr("is missing")
                 : tr("should be a string but is %1").arg(describeJsonType(value.type())));
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::optionalString(const QString &field)
{
    if (presence(field, true) != Presence::Present)
        return {};
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field, tr("should be a string but is %1").arg(describeJsonType(value.type())));
        return {};
    }
    return value.toString();
}

template<typename JsonValue>
static bool isInteger(const JsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::abs(number) < 9.0e15;
}

qint64 JsonFieldReader::requiredInteger(const QString &field)
{
    const Value value = this->value(field);
    if (!isInteger(value)) {
        fail(field,
             value.isUndefined() ? tr("is missing")
                                 : tr("should be an integer but is %1")
                                       .arg(value.isDouble() ? tr("a fractional number")
                                                             : describeJsonType(value.type())));
        return 0;
    }
    return value.toInteger();
}

qint64 JsonFieldReader::optionalInteger(const QString &field, qint64 defaultValue)
{
    // The API gives these fields defaults and does not allow null.
    if (presence(field, false) != Presence::Present)
        return defaultValue;
    return requiredInteger(field);
}

double JsonFieldReader::requiredNumber(const QString &field)
{
    const Value value = this->value(field);
    if (!value.isDouble()) {
        fail(field,
             value.isUndefined()
                 ? tr("is missing")
                 : tr("should be a number but is %1").arg(describeJsonType(value.type())));
        return 0;
    }
    return value.toDouble();
}

QDateTime JsonFieldReader::optionalDateTime(const QString &field, bool nullable)
{
    if (presence(field, nullable) != Presence::Present)
        return {};
    const Value value = this->value(field);
    if (!value.isString()) {
        fail(field,
             tr("should be a date-time string but is %1").arg(describeJsonType(value.type())));
        return {};
    }
    const QDateTime parsed = parseApiDateTime(value.toString());
    if (!parsed.isValid())
        fail(field, tr("is not an ISO 8601 date-time (\"%1\")").arg(value.toString().left(40)));
    return parsed;
}

} // namespace BatchDeck
