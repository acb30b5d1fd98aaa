#pragma once

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PagingBar;
}

namespace BatchDeck {

class BatchBrowser;
class JobBrowser;

// First / previous / next / last, "Showing 51–100 of 2,345", go to page, rows per page.
class PagingBar : public QWidget
{
    Q_OBJECT

public:
    explicit PagingBar(QWidget *parent = nullptr);
    ~PagingBar() override;

    void showState(const JobBrowser &browser);
    // v2 cursor paging: first, previous and next only. The server hands out a token for the next
    // page alone, so there is no last page or page number to go to.
    void showState(const BatchBrowser &browser);
    static QString rangeText(qint64 firstRow, qint64 rowCount, std::optional<qint64> total);

Q_SIGNALS:
    void pageRequested(int page); // 0-based
    void pageSizeChanged(int pageSize);

private:
    std::unique_ptr<Ui::PagingBar> m_ui;
    int m_page = 0;
    int m_lastPage = 0;
    bool m_updating = false;
};

} // namespace BatchDeck
