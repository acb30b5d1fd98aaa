#pragma once

#include "index/query/indexquery.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;

namespace BatchDeck {

// The sidebar of the index views: a time range on created_at (the last hour, 24 hours, 7 or 30
// days, or a custom range), and any number of statuses and job types at once, each with its
// count over the whole index. What the APIs cannot ask, the index can.
class IndexFilterPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Range { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Custom };
    Q_ENUM(Range)

    // `statuses`: the statuses to offer (none: no status filter, as in the Failures view).
    IndexFilterPanel(const QStringList &statuses, const QStringList &types,
                     QWidget *parent = nullptr);

    // The panel's filters into `query` (statuses, types, time range as of `now`).
    void applyTo(IndexQuery *query, const QDateTime &now) const;
    // "created: last 7 days", "status: failed, running": one entry per filter set.
    QStringList describe() const;
    void reset();
    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setStatusChecked(const QString &status, bool checked);
    void setTypeChecked(const QString &type, bool checked);
    // Counts of the whole index under the other filters, by status.
    void showStatusCounts(const QMap<QString, qint64> &counts);

Q_SIGNALS:
    void filterChanged();

private:
    QGroupBox *addChecks(const QString &title, const QStringList &values,
                         QMap<QString, QCheckBox *> *checks);
    static QStringList checked(const QMap<QString, QCheckBox *> &checks);

    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QMap<QString, QCheckBox *> m_statuses;
    QMap<QString, QCheckBox *> m_types;
};

} // namespace BatchDeck
