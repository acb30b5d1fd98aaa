#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace BatchDeck {

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

// Draws the Progress column as a bar: processed, failed and skipped of total.
class ProgressDelegate : public JobDelegateBase
{
    Q_OBJECT

public:
    using JobDelegateBase::JobDelegateBase;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace BatchDeck
