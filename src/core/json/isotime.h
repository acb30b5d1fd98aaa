#pragma once

#include <QDateTime>
#include <QString>

namespace BatchDeck {

// ISO 8601 UTC with milliseconds ("2026-01-01T01:37:16.557Z"), the form the API sends times in
// and every export writes them in; empty for an invalid value, and (as Qt::ISODateWithMs gives)
// for a time outside the years 0001 to 9999 in UTC.
QString toIsoUtc(const QDateTime &value);

} // namespace BatchDeck
