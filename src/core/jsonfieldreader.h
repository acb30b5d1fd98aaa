#pragma once

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

    QString requiredString(const QString &field);
    QString optionalString(const QString &field); // null QString when absent or null
    // A whole number from 0 to MaxCount; anything else is a problem that says which.
    qint64 requiredCount(const QString &field);
    qint64 optionalCount(const QString &field, qint64 defaultValue = 0); // absent or null: default
    double requiredNumber(const QString &field);
    QDateTime optionalDateTime(const QString &field); // invalid when absent or null

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool isPresent(const QString &field) const; // neither absent nor null
    void fail(const QString &field, const QString &problem);

    QJsonObject m_object;
    QString m_error;
};

// "a string", "a number", ... for messages about wrong types.
QString describeJsonType(const QJsonValue &value);

// Empty when `value` is a count JsonFieldReader accepts; otherwise what is wrong with it, to
// follow a field name: "is negative (-3)", "is not a whole number (1.5)", "is too large (...)",
// "should be a whole number but is a string".
QString countProblem(const QJsonValue &value);

// Parses an ISO 8601 date-time as the API sends it ("2019-12-27T18:11:19.117Z", an offset, or
// more than three fraction digits) into UTC. A value without a zone is taken as UTC.
QDateTime parseApiDateTime(const QString &text);

} // namespace BatchDeck
