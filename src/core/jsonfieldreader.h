#pragma once

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

    QString requiredString(const QString &field);
    QString optionalString(const QString &field); // null QString when absent or null
    qint64 requiredInteger(const QString &field);
    qint64 optionalInteger(const QString &field, qint64 defaultValue = 0);
    double requiredNumber(const QString &field);
    QDateTime optionalDateTime(const QString &field, bool nullable = true);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    enum class Presence { Absent, Null, Present };
    Presence presence(const QString &field, bool nullable);
    void fail(const QString &field, const QString &problem);

    QJsonObject m_object;
    QString m_error;
};

// "a string", "a number", ... for messages about wrong types.
QString describeJsonType(const QJsonValue &value);

// Parses an ISO 8601 date-time as the API sends it ("2019-12-27T18:11:19.117Z", an offset, or
// more than three fraction digits) into UTC. A value without a zone is taken as UTC.
QDateTime parseApiDateTime(const QString &text);

} // namespace BatchDeck
