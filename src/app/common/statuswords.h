#pragma once

#include <QString>

class QFontMetrics;

namespace BatchDeck {

// One way of naming statuses and job types across v1 jobs, v2 batches and the index: words for
// people in widgets ("Failed", "Parse"); the raw values the server sent stay in copies, exports
// and tooltips. A value this client does not know is shown as the server sent it.
QString statusWord(const QString &status);
QString jobTypeWord(const QString &jobType);

// Wide enough for the widest status badge and the widest job type of the language in use (German
// words are longer than English ones), with a cell's margins: the columns' default widths.
int statusColumnWidth(const QFontMetrics &metrics);
int jobTypeColumnWidth(const QFontMetrics &metrics);

} // namespace BatchDeck
