#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace BatchDeck {

// ISO 8601 UTC with milliseconds ("2026-01-01T01:37:16.557Z"), the form the API sends times in
// and every export writes them in; empty for an invalid value, and (as Qt::ISODateWithMs gives)
// for a time outside the years 0001 to 9999 in UTC.
QString toIsoUtc(const QDateTime &value);

// Parses an ISO 8601 date-time as the API sends it ("2019-12-27T18:11:19.117Z", an offset, or
// more than three fraction digits) into UTC. A value without a zone is taken as UTC.
QDateTime parseApiDateTime(const QString &text);

} // namespace BatchDeck
