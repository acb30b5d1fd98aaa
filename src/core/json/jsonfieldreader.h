#pragma once

#include "core/json/jsonslice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace BatchDeck {

// Reads typed fields out of one JSON object and remembers the first problem, naming the field.
// Optional fields that are absent or null yield defaults (the SDKs read a null as "not set");
// a value of the wrong type is always a problem: the reader never guesses.
class JsonFieldReader
{
public:
    // The largest count accepted: 2^53 - 1. Up to it every integer is exactly a double; above it
    // JSON readers that hold numbers as doubles (JavaScript, many SDKs, QJsonValue for anything
    // past 64 bits) cannot tell 2^53 from 2^53 + 1, so the count may not be the one the server
    // meant. RFC 8259 section 6 calls this range the interoperable one; no real job comes near.
    static constexpr qint64 MaxCount = (qint64(1) << 53) - 1;

    explicit JsonFieldReader(const QJsonObject &object);
    // Reads the fields straight from a checked body, decoding each only when asked for: a page
    // of jobs is never held twice. The body must outlive the reader.
    explicit JsonFieldReader(const JsonSlice &object);

    QString requiredString(const QString &field);
    QString optionalString(const QString &field); // null QString when absent or null
    // A whole number from 0 to MaxCount; anything else is a problem that says which.
    qint64 requiredCount(const QString &field);
    qint64 optionalCount(const QString &field, qint64 defaultValue = 0); // absent or null: default
    double requiredNumber(const QString &field);
    // A number the API documents a range for (progress_percentage: 0 to 100); one outside it is
    // a problem naming the field, as a wrong type is: shown, it would be a claim the API rules
    // out (a percentage 300 digits long).
    double requiredNumber(const QString &field, double minimum, double maximum);
    QDateTime optionalDateTime(const QString &field); // invalid when absent or null

    // Names fields in problems as prefix + field, for a nested object: "config.job." gives
    // "field \"config.job.type\" is missing".
    void setFieldPrefix(const QString &prefix) { m_fieldPrefix = prefix; }

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

    Value value(const QString &field) const;
    bool isPresent(const QString &field) const; // neither absent nor null
    void fail(const QString &field, const QString &problem);

    QJsonObject m_object;
    QList<JsonMember> m_members; // when reading a slice
    bool m_fromSlice = false;
    QString m_fieldPrefix;
    QString m_error;
};

// "a string", "a number", ... for messages about wrong types.
QString describeJsonType(QJsonValue::Type type);

// Empty when `value` is a count JsonFieldReader accepts; otherwise what is wrong with it, to
// follow a field name: "is negative (-3)", "is not a whole number (1.5)", "is too large (...)",
// "should be a whole number but is a string".
QString countProblem(const JsonSlice &value);

// Reads a body that must be one JSON object, without building a document: *object is a view of
// body, which must outlive it.
QString parseJsonObject(const QByteArray &body, JsonSlice *object);
// Reads a page's total_size: absent or null leaves *totalSize empty; a value that is not a
// count is a sentence naming the field.
QString readTotalSize(const JsonSlice &total, std::optional<qint64> *totalSize);

} // namespace BatchDeck
