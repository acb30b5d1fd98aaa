#include "app/indexviews/indexpagedview.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "index/query/indexreader.h"

#include <QHeaderView>
#include <QLocale>

namespace BatchDeck {

IndexPagedView::IndexPagedView(IndexController *index, IndexFilterPanel *filters, QObject *parent)
    : ListView(parent)
    , m_index(index)
    , m_filters(filters)
{
    m_query.limit = AppSettings().pageSize();
    connect(m_filters, &IndexFilterPanel::filterChanged, this, [this] {
        m_query.offset = 0;
        load();
        Q_EMIT filterStateChanged();
    });
    connect(index, &IndexController::changed, this, [this] {
        if (m_shown)
            load();
    });
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(SearchPauseMs);
    connect(&m_searchPause, &QTimer::timeout, this, [this] {
        m_query.text = m_searchText;
        m_query.offset = 0;
        load();
    });
}

void IndexPagedView::sortBy(QHeaderView *header, int defaultColumn,
                            const std::function<IndexQuery::Sort(int column)> &sortFor)
{
    // The page comes sorted from the index; the header only says by what.
    header->setSortIndicator(defaultColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, sortFor](int column, Qt::SortOrder order) {
                m_query.sort = sortFor(column);
                m_query.descending = order == Qt::DescendingOrder;
                m_query.offset = 0;
                load();
            });
}

QWidget *IndexPagedView::filterPanel()
{
    return m_filters;
}

void IndexPagedView::connectToServer(bool shown)
{
    clearRows();
    m_query.offset = 0;
    m_shown = shown;
    if (shown)
        load();
}

void IndexPagedView::activate()
{
    m_shown = true;
    load();
}

void IndexPagedView::refresh()
{
    m_index->syncNow();
    load();
}

void IndexPagedView::autoRefresh()
{
    load();
}

bool IndexPagedView::isBusy() const
{
    return m_searchPause.isActive();
}

IndexQuery IndexPagedView::fullQuery() const
{
    IndexQuery query = m_query;
    m_filters->applyTo(&query, QDateTime::currentDateTimeUtc());
    return query;
}

void IndexPagedView::load()
{
    m_error.clear();
    if (!m_index->isAvailable()) {
        clearRows();
        m_total = 0;
        Q_EMIT totalChanged(std::nullopt);
        Q_EMIT pageShown();
        return;
    }
    IndexReader reader(m_index->database());
    QMap<QString, qint64> counts;
    if (!readPage(reader, fullQuery(), &m_total, &counts)) {
        m_error = reader.errorString();
        Q_EMIT loadFailed(indexReadError(m_error));
        return;
    }
    m_filters->showStatusCounts(counts);
    m_loaded = QDateTime::currentDateTimeUtc();
    Q_EMIT totalChanged(m_total);
    Q_EMIT pageShown();
}

ListState IndexPagedView::state() const
{
    const int pageSize = std::max(1, m_query.limit);
    PagingState paging;
    paging.kind = PagingState::Kind::Offset;
    paging.pageSize = pageSize;
    paging.page = int(m_query.offset / pageSize);
    paging.pageCount = int((m_total + pageSize - 1) / pageSize);
    paging.firstRow = m_query.offset;
    paging.rowCount = shownRows();
    paging.total = m_total;
    paging.hasPrevious = m_query.offset > 0;
    paging.hasNext = m_query.offset + shownRows() < m_total;
    paging.noRowsText = tr("No %1").arg(rowsName());
    paging.noRowsOfTotalText = tr("No %1 of %2").arg(rowsName(), QStringLiteral("%1"));
    std::optional<ApiError> error;
    if (!m_error.isEmpty())
        error = indexReadError(m_error);
    return {paging, m_loaded, shownRows() == 0, QString(), error};
}

void IndexPagedView::showPage(int page)
{
    m_query.offset = qint64(std::max(0, page)) * m_query.limit;
    load();
}

void IndexPagedView::setPageSize(int pageSize)
{
    m_query.limit = pageSize;
    m_query.offset = 0;
    load();
}

QStringList IndexPagedView::filterDescription() const
{
    return m_filters->describe();
}

void IndexPagedView::resetFilters()
{
    m_filters->reset();
    m_query.offset = 0;
    load();
    Q_EMIT filterStateChanged();
}

QString IndexPagedView::emptyText() const
{
    if (!m_index->isEnabled())
        return tr("<h3>The local index is off</h3>Sort and search across every one need it: "
                  "turn on <b>Index › Keep a Local Index</b>. The other lists work page by page "
                  "without it.");
    if (!m_index->isAvailable()) {
        const QString problem = m_index->problem();
        return tr("<h3>The local index cannot be used</h3>%1")
            .arg(shownText(problem.isEmpty() ? tr("Connect to a server first.") : problem)
                     .toHtmlEscaped());
    }
    if (m_index->isSyncing() && m_total == 0)
        return tr("<h3>The index is being built</h3>Its %1 appear here as they are read.")
            .arg(rowsName());
    if (!m_query.text.isEmpty())
        return tr("<h3>Nothing matches “%1”</h3>Search looks for the words in error messages "
                  "and in the names of directories and projects, and for the start of IDs.")
            .arg(shownText(m_query.text).toHtmlEscaped());
    const QStringList filters = filterDescription();
    return filters.isEmpty()
        ? tr("<h3>No %1 in the index yet</h3>Use <b>Index › Sync Now</b> to read them.")
              .arg(rowsName())
        : tr("<h3>No %1 match these filters</h3>Hidden by %2.")
              .arg(rowsName(), shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped());
}

void IndexPagedView::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    m_searchPause.start();
}

QString IndexPagedView::searchCountText() const
{
    if (m_query.text.isEmpty())
        return {};
    return tr("%1 in the index").arg(QLocale().toString(m_total));
}

} // namespace BatchDeck
