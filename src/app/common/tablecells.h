#pragma once

#include <QDateTime>
#include <QFontMetrics>
#include <QString>

namespace BatchDeck {

// The data roles the app's table models share beside Qt's, so that delegates and views serve
// every list.
namespace TableRoles {
// The typed value behind the shown text (a QDateTime, a status as sent, an ID).
inline constexpr int RawValueRole = Qt::UserRole + 1;
// A JobProgress, for a progress column's bar.
inline constexpr int ProgressRole = Qt::UserRole + 3;
} // namespace TableRoles

// "5 min ago", "2 days ago", or a short date, relative to `now`.
QString relativeTimeText(const QDateTime &time, const QDateTime &now);
// "1 h 02 min", "45 s".
QString durationText(qint64 milliseconds);
// A long ID as an ID column shows it, so that status, progress and the error fit beside it on a
// small screen: "bjb-2c1c4f9e…2543" (its kind, the start and the end). Short IDs stay whole;
// tooltips, copies, search and exports always use the whole ID.
QString compactIdText(const QString &id);
// Wide enough for compactIdText of a LlamaCloud ID, with the cell's margins.
int compactIdColumnWidth(const QFontMetrics &metrics);

} // namespace BatchDeck
