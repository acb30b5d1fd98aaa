#include "app/common/pagingbar.h"

#include "app/common/pagingstate.h"
#include "ui_pagingbar.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>

namespace BatchDeck {

PagingBar::PagingBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PagingBar>())
{
    m_ui->setupUi(this);
    connect(m_ui->firstButton, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(0); });
    connect(m_ui->previousButton, &QToolButton::clicked, this,
            [this] { Q_EMIT pageRequested(m_page - 1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this,
            [this] { Q_EMIT pageRequested(m_page + 1); });
    connect(m_ui->lastButton, &QToolButton::clicked, this,
            [this] { Q_EMIT pageRequested(m_lastPage); });
    connect(m_ui->pageSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating && value - 1 != m_page)
            Q_EMIT pageRequested(value - 1);
    });
    connect(m_ui->pageSizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            Q_EMIT pageSizeChanged(value);
    });
}

PagingBar::~PagingBar() = default;

void PagingBar::setNavigationActions(QAction *first, QAction *previous, QAction *next,
                                     QAction *last, const std::function<PagingState()> &liveState)
{
    m_firstAction = first;
    m_previousAction = previous;
    m_nextAction = next;
    m_lastAction = last;
    // From the list's own state, not the bar's: a key pressed twice before the page arrives
    // moves two pages, as the list has already moved on.
    connect(first, &QAction::triggered, this, [this] { Q_EMIT pageRequested(0); });
    connect(previous, &QAction::triggered, this, [this, liveState] {
        if (const PagingState state = liveState(); state.hasPrevious)
            Q_EMIT pageRequested(state.page - 1);
    });
    connect(next, &QAction::triggered, this, [this, liveState] {
        if (const PagingState state = liveState(); state.hasNext)
            Q_EMIT pageRequested(state.page + 1);
    });
    connect(last, &QAction::triggered, this, [this, liveState] {
        if (const PagingState state = liveState(); state.pageCount)
            Q_EMIT pageRequested(*state.pageCount - 1);
    });
}

QString PagingBar::rangeText(const PagingState &state)
{
    const QLocale locale;
    if (state.rowCount == 0)
        return state.total ? state.noRowsOfTotalText.arg(locale.toString(*state.total))
                           : state.noRowsText;
    const QString range = QStringLiteral("%1–%2").arg(
        locale.toString(state.firstRow + 1), locale.toString(state.firstRow + state.rowCount));
    QString text;
    // On the last page the count is no longer an estimate: the rows before it and on it are all.
    if (!state.hasNext)
        text = tr("Showing %1 of %2").arg(range, locale.toString(state.firstRow + state.rowCount));
    else if (!state.total)
        text = tr("Showing %1").arg(range);
    else
        text = state.canJumpToPage()
            ? tr("Showing %1 of %2").arg(range, locale.toString(*state.total))
            : tr("Showing %1 of about %2").arg(range, locale.toString(*state.total));
    return state.sortedWithinPage ? tr("%1 · sorted within this page").arg(text) : text;
}

bool PagingBar::sortsWithinPage(const QHeaderView &header, int serverOrderColumn)
{
    // No sort, or newest first by creation: the order the server pages in.
    const int column = header.sortIndicatorSection();
    return column >= 0 && header.isSortIndicatorShown()
        && !(column == serverOrderColumn && header.sortIndicatorOrder() == Qt::DescendingOrder);
}

QString PagingBar::rangeText(qint64 firstRow, qint64 rowCount, std::optional<qint64> total,
                             bool hasNext)
{
    PagingState state;
    state.hasNext = hasNext;
    state.firstRow = firstRow;
    state.rowCount = rowCount;
    state.total = total;
    state.noRowsText = tr("No jobs");
    state.noRowsOfTotalText = tr("No jobs of %1");
    return rangeText(state);
}

void PagingBar::showState(const PagingState &state)
{
    m_updating = true;
    m_page = state.page;
    m_lastPage = state.pageCount ? *state.pageCount - 1 : m_page;
    m_ui->rangeLabel->setText(rangeText(state));
    m_ui->rangeLabel->setToolTip(
        state.sortedWithinPage
            ? tr("The server lists newest first, a page at a time: a sort by another column "
                 "orders this page's rows only. The All jobs view sorts every job in the local "
                 "index.")
            : QString());
    m_ui->firstButton->setEnabled(state.hasPrevious);
    m_ui->previousButton->setEnabled(state.hasPrevious);
    m_ui->nextButton->setEnabled(state.hasNext);
    m_ui->lastButton->setEnabled(state.hasLastPage() && m_page < m_lastPage);
    const QString why = state.canJumpToPage()
        ? QString()
        : tr("Batches are paged with a token for the next page only: there is no last page or "
             "page number to jump to.");
    m_ui->lastButton->setToolTip(why.isEmpty() ? tr("Last page") : why);
    m_ui->pageSpin->setEnabled(state.canJumpToPage());
    m_ui->pageSpin->setToolTip(why);
    if (!state.canJumpToPage())
        m_ui->pageSpin->setMaximum(m_page + 1);
    else
        m_ui->pageSpin->setMaximum(state.pageCount ? std::max(1, *state.pageCount)
                                                   : m_page + (state.hasNext ? 2 : 1));
    m_ui->pageSpin->setValue(m_page + 1);
    m_ui->pageCountLabel->setText(
        state.pageCount ? tr("of %1").arg(QLocale().toString(*state.pageCount)) : QString());
    m_ui->pageSizeSpin->setValue(state.pageSize);
    if (m_firstAction) {
        m_firstAction->setEnabled(state.hasPrevious);
        m_previousAction->setEnabled(state.hasPrevious);
        m_nextAction->setEnabled(state.hasNext);
        m_lastAction->setEnabled(state.hasLastPage());
    }
    m_updating = false;
}

} // namespace BatchDeck
