#pragma once

#include "jsonslice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace BatchDeck {

// Reads typed fields out of one JSON object and remembers the first problem, naming the field.
// Missing optional fields yield defaults; a value of the wrong type is always a problem: the
// reader never guesses.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonObject &object);
    // Reads the fields straight from a checked body, decoding each only when asked for: a page
    // of jobs is never held twice. The body must outlive the reader.
    explicit JsonFieldReader(const JsonSlice &object);

    QString requiredString(const QString &field);
    QString optionalString(const QString &field); // null QString when absent or null
    qint64 requiredInteger(const QString &field);
    qint64 optionalInteger(const QString &field, qint64 defaultValue = 0);
    double requiredNumber(const QString &field);
    QDateTime optionalDateTime(const QString &field, bool nullable = true);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // One field's value from either representation, with the QJsonValue calls the reader makes.
    class Value
    {
    public:
        explicit Value(const QJsonValue &json)
            : m_json(json)
        { }
        explicit Value(const JsonSlice &slice)
            : m_slice(slice)
            , m_isSlice(true)
        { }
        QJsonValue::Type type() const { return m_isSlice ? m_slice.type() : m_json.type(); }
        bool isUndefined() const { return type() == QJsonValue::Undefined; }
        bool isNull() const { return type() == QJsonValue::Null; }
        bool isDouble() const { return type() == QJsonValue::Double; }
        bool isString() const { return type() == QJsonValue::String; }
        QString toString() const { return m_isSlice ? m_slice.toString() : m_json.toString(); }
        double toDouble() const { return m_isSlice ? m_slice.toDouble() : m_json.toDouble(); }
        qint64 toInteger() const { return m_isSlice ? m_slice.toInteger() : m_json.toInteger(); }

    private:
        QJsonValue m_json;
        JsonSlice m_slice;
        bool m_isSlice = false;
    };

    enum class Presence { Absent, Null, Present };
    Value value(const QString &field) const;
    Presence presence(const QString &field, bool nullable);
    void fail(const QString &field, const QString &problem);

    QJsonObject m_object;
    QList<JsonMember> m_members; // when reading a slice
    bool m_fromSlice = false;
    QString m_error;
};

// "a string", "a number", ... for messages about wrong types.
QString describeJsonType(QJsonValue::Type type);
inline QString describeJsonType(const QJsonValue &value)
{
    return describeJsonType(value.type());
}

// Parses an ISO 8601 date-time as the API sends it ("2019-12-27T18:11:19.117Z", an offset, or
// more than three fraction digits) into UTC. A value without a zone is taken as UTC.
QDateTime parseApiDateTime(const QString &text);

} // namespace BatchDeck
