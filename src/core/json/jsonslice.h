#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace BatchDeck {

struct JsonMember;

// A view of one JSON value inside a body that JsonSlice::parse has checked, read without
// building a document: a page of jobs is read field by field straight into typed values, so
// parsing never holds a second copy of the page (a QJsonDocument of a page costs several times
// the page). The body must outlive every slice of it.
//
// The accessors mirror QJsonValue's, so code can read either. A default slice is Undefined,
// as QJsonObject::value() is for a missing key.
class JsonSlice
{
public:
    JsonSlice() = default;

    // Checks the whole text and returns its top-level object or array (like
    // QJsonDocument::fromJson, a lone scalar is refused). On failure returns an Undefined slice
    // and fills *error with Qt's error code and the byte offset of the problem.
    //
    // It refuses everything QJsonDocument::fromJson refuses, and is stricter where Qt is lax
    // and RFC 8259 is not: a raw control character in a string, an unknown escape ("\x"), and
    // numbers such as ".5" or "1." are refused. One difference in what it reads: Qt drops a
    // U+FEFF at the start of a string; this keeps it, as sent.
    static JsonSlice parse(QByteArrayView text, QJsonParseError *error);

    QJsonValue::Type type() const { return m_type; }
    bool isUndefined() const { return m_type == QJsonValue::Undefined; }
    bool isNull() const { return m_type == QJsonValue::Null; }
    bool isBool() const { return m_type == QJsonValue::Bool; }
    bool isDouble() const { return m_type == QJsonValue::Double; }
    bool isString() const { return m_type == QJsonValue::String; }
    bool isArray() const { return m_type == QJsonValue::Array; }
    bool isObject() const { return m_type == QJsonValue::Object; }
    QByteArrayView bytes() const { return m_bytes; } // the value's JSON text, as sent

    // Containers. An object's members come in order, duplicate keys included; member() picks
    // the last one of a key, as QJsonObject does.
    QList<JsonSlice> elements() const;
    QList<JsonMember> members() const;
    JsonSlice member(QStringView key) const;

    // Scalars, with QJsonValue's results and defaults (a number's double is the one Qt reads;
    // an integral number within qint64 reads exactly, even beyond 2^53).
    QString toString() const; // decoded straight into the result: the only copy
    double toDouble(double defaultValue = 0) const;
    bool isInteger() const; // an integral number in qint64's range
    qint64 toInteger(qint64 defaultValue = 0) const;
    bool toBool(bool defaultValue = false) const;

    // The value as Qt types, for a caller that really wants a QJsonObject or QJsonArray of a
    // small part: only this slice is parsed.
    QJsonValue toJsonValue() const;
    // The value's JSON text as sent, without the white space between tokens: one line, never
    // larger than bytes(). Strings, numbers and the order of members stay as they are.
    QByteArray compactBytes() const;

private:
    friend struct JsonMember;
    JsonSlice(QJsonValue::Type type, QByteArrayView bytes)
        : m_type(type)
        , m_bytes(bytes)
    { }

    QJsonValue::Type m_type = QJsonValue::Undefined;
    QByteArrayView m_bytes;
};

// One member of an object: its key still as sent (between the quotes) and its value.
struct JsonMember
{
    JsonMember(QByteArrayView rawKey, JsonSlice value);

    QByteArrayView rawKey;
    JsonSlice value;
    // ASCII without escapes: the key is its raw bytes. Found once, for every field asked for
    // is compared with every member.
    bool plainKey = false;

    QString key() const;
    bool hasKey(QStringView name) const; // compares without decoding when the key is plain ASCII
};

} // namespace BatchDeck
