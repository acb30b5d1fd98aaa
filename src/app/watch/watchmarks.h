#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace BatchDeck {

// What the tables show of watching: the work being watched, and the work whose end nobody has
// seen yet. A table model asks rowData() for the roles it does not answer itself, so the marks
// live in the view's roles only: copies and exports, made from the rows' data, never hold them.
class WatchMarks : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isWatched(const QString &id) const;
    bool endedUnseen(const QString &id) const;
    void setWatched(const QStringList &ids);
    void setEndedUnseen(const QStringList &ids);

    // What the row of work `id` shows beside its data for `role`: bold text on a tinted
    // background (the palette's highlight, faint, so it reads in dark mode too) while its end is
    // unseen, and an eye in its ID column while it is watched. Invalid for any other role and for
    // a row with no mark.
    QVariant rowData(const QString &id, int role, bool idColumn) const;
    // `toolTip` with a line saying the row is watched or ended unseen, when it is.
    QString withToolTipLine(const QString &id, const QString &toolTip) const;

Q_SIGNALS:
    void changed();

private:
    QSet<QString> m_watched; // IDs in lower case: letter case carries no meaning in them
    QSet<QString> m_unseen;
};

} // namespace BatchDeck
