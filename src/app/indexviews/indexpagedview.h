#pragma once

#include "app/common/listview.h"
#include "index/query/indexquery.h"

#include <QTimer>

class QHeaderView;

namespace BatchDeck {

class IndexController;
class IndexFilterPanel;
class IndexReader;

// What the index's lists of rows share (every job, every batch): the sidebar's time range,
// statuses and types, sort by the table's header across the whole index, search across it,
// pages of the result, and the words when the index is off or empty. A subclass reads its rows.
class IndexPagedView : public ListView
{
    Q_OBJECT

public:
    // Typing pauses this long before the index is searched.
    static constexpr int SearchPauseMs = 250;

    QWidget *filterPanel() override;

    void connectToServer(bool shown) override;
    void activate() override;
    void refresh() override;
    void autoRefresh() override;
    bool isBusy() const override;

    ListState state() const override;
    void showPage(int page) override;
    void setPageSize(int pageSize) override;

    QStringList filterDescription() const override;
    void resetFilters() override;
    QString emptyText() const override;

    QString searchUnavailableReason() const override { return {}; }
    void setSearchText(const QString &text) override;
    QString searchCountText() const override;
    void saveState() const override { }

    // For tests and screenshots.
    IndexFilterPanel &filters() { return *m_filters; }
    const IndexQuery &query() const { return m_query; }

protected:
    IndexPagedView(IndexController *index, IndexFilterPanel *filters, QObject *parent);

    // Sorting by the header's column (`sortFor` names the index's order for a column).
    void sortBy(QHeaderView *header, int defaultColumn,
                const std::function<IndexQuery::Sort(int column)> &sortFor);
    // The query of the sidebar and the search, without paging.
    IndexQuery fullQuery() const;
    // Reads the page of `query` into the table, its total into *total and the sidebar's counts
    // by status into *counts; false with reader's error.
    virtual bool readPage(IndexReader &reader, const IndexQuery &query, qint64 *total,
                          QMap<QString, qint64> *counts) = 0;
    virtual void clearRows() = 0;
    virtual qsizetype shownRows() const = 0;
    // "jobs", "batches", in the words of the list: "No %1 in the index yet".
    virtual QString rowsName() const = 0;
    void load();

    IndexController *m_index;

private:
    IndexQuery m_query;
    qint64 m_total = 0;
    QString m_error;
    QDateTime m_loaded;
    bool m_shown = false;
    IndexFilterPanel *m_filters;
    QTimer m_searchPause;
    QString m_searchText;
};

} // namespace BatchDeck
