#pragma once

#include <QWidget>

class QAction;
class QHeaderView;

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PagingBar;
}

namespace BatchDeck {

struct PagingState;

// First / previous / next / last, "Showing 51–100 of 2,345", go to page, rows per page.
class PagingBar : public QWidget
{
    Q_OBJECT

public:
    explicit PagingBar(QWidget *parent = nullptr);
    ~PagingBar() override;

    // The window's Go menu: the actions ask for pages from `liveState` (the list's paging now,
    // which may be ahead of the bar while a page loads) and are enabled as the buttons are.
    void setNavigationActions(QAction *first, QAction *previous, QAction *next, QAction *last,
                              const std::function<PagingState()> &liveState);
    // Cursor paging shows first, previous and next only: the server hands out a token for the
    // next page alone, so there is no last page or page number to go to.
    void showState(const PagingState &state);
    // "Showing 51–100 of 2,345" (offset paging) or "Showing 51–100 of about 2,345" (cursor
    // paging, whose total the spec calls an estimate); on the last page, the exact count.
    static QString rangeText(const PagingState &state);
    // Whether `header` sorts otherwise than the server pages (newest first by
    // `serverOrderColumn`), so that the order holds within the page only.
    static bool sortsWithinPage(const QHeaderView &header, int serverOrderColumn);
    // The same for offset rows counted as jobs (the job details' items).
    static QString rangeText(qint64 firstRow, qint64 rowCount, std::optional<qint64> total,
                             bool hasNext);

Q_SIGNALS:
    void pageRequested(int page); // 0-based
    void pageSizeChanged(int pageSize);

private:
    std::unique_ptr<Ui::PagingBar> m_ui;
    QAction *m_firstAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_lastAction = nullptr;
    int m_page = 0;
    int m_lastPage = 0;
    bool m_updating = false;
};

} // namespace BatchDeck
