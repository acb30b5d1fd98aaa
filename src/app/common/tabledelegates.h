#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace BatchDeck {

struct JobProgress;

// The widths in pixels of a progress bar's parts, left to right: succeeded, failed, skipped.
// Proportional to the counts (each edge rounded once); a part that has items is at least
// MinPartWidth wide where the bar has room, so one failed item among thousands still shows;
// and the bar is filled to its end only when every item is done.
struct ProgressBarParts
{
    static constexpr int MinPartWidth = 2;

    int succeeded = 0;
    int failed = 0;
    int skipped = 0;

    int filled() const { return succeeded + failed + skipped; }

    static ProgressBarParts of(const JobProgress &progress, int barWidth);
};

// A status's own colour, for jobs and items alike; lighter on a dark palette so it stays readable.
QColor statusColor(const QString &status, const QPalette &palette);
// Paints a status badge: a rounded, tinted box with the status's glyph and its word. `status`
// is the value as sent, which picks colour and glyph; `text` is what is written (the word in the
// user's language).
void paintStatusBadge(QPainter *painter, const QRect &rect, const QString &status,
                      const QString &text, const QPalette &palette);

// A delegate that paints its own content over the style's item background.
class JobDelegateBase : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};

// Draws the Status column as a coloured badge.
class StatusBadgeDelegate : public JobDelegateBase
{
    Q_OBJECT

public:
    using JobDelegateBase::JobDelegateBase;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Draws the Progress column (TableRoles::ProgressRole) as a bar of its parts: succeeded,
// failed and skipped items, each in its own colour, the rest as an empty track. A failed job is
// marked by a frame in the failure colour, not by its fill.
class ProgressDelegate : public JobDelegateBase
{
    Q_OBJECT

public:
    using JobDelegateBase::JobDelegateBase;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Where the bar goes in a cell; the percentage is written to its right.
    static QRect barRect(const QRect &cell);
};

} // namespace BatchDeck
