#pragma once

#include <QSortFilterProxyModel>

namespace BatchDeck {

// Sorts the loaded page by typed values (directories and projects by the name shown) and narrows
// it by the quick-search text, which matches a job's ID, directory ID or name, or error message.
class JobFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
};

} // namespace BatchDeck
