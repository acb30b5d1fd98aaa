#include "app/common/pagingbar.h"

#include "core/batches/batchbrowser.h"
#include "core/jobs/jobbrowser.h"
#include "ui_pagingbar.h"

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

QString PagingBar::rangeText(qint64 firstRow, qint64 rowCount, std::optional<qint64> total)
{
    const QLocale locale;
    if (rowCount == 0)
        return total ? tr("No jobs of %1").arg(locale.toString(*total)) : tr("No jobs");
    const QString range = QStringLiteral("%1–%2").arg(locale.toString(firstRow + 1),
                                                      locale.toString(firstRow + rowCount));
    return total ? tr("Showing %1 of %2").arg(range, locale.toString(*total))
                 : tr("Showing %1").arg(range);
}

void PagingBar::showState(const JobBrowser &browser)
{
    m_updating = true;
    m_page = browser.page();
    const std::optional<int> pages = browser.pageCount();
    m_lastPage = pages ? *pages - 1 : m_page;
    m_ui->rangeLabel->setText(
        rangeText(browser.firstRow(), browser.jobs().size(), browser.totalSize()));
    m_ui->firstButton->setEnabled(browser.hasPreviousPage());
    m_ui->previousButton->setEnabled(browser.hasPreviousPage());
    m_ui->nextButton->setEnabled(browser.hasNextPage());
    m_ui->lastButton->setEnabled(pages.has_value() && m_page < m_lastPage);
    m_ui->lastButton->setToolTip(tr("Last page"));
    m_ui->pageSpin->setEnabled(true);
    m_ui->pageSpin->setToolTip({});
    m_ui->pageSpin->setMaximum(pages ? std::max(1, *pages)
                                     : m_page + (browser.hasNextPage() ? 2 : 1));
    m_ui->pageSpin->setValue(m_page + 1);
    m_ui->pageCountLabel->setText(pages ? tr("of %1").arg(QLocale().toString(*pages)) : QString());
    m_ui->pageSizeSpin->setValue(browser.pageSize());
    m_updating = false;
}

void PagingBar::showState(const BatchBrowser &browser)
{
    m_updating = true;
    m_page = browser.page();
    m_lastPage = m_page;
    const QLocale locale;
    const qint64 rows = browser.batches().size() + browser.invalidBatches().size();
    const std::optional<qint64> total = browser.totalSize();
    QString range;
    if (rows == 0) {
        range = total ? tr("No batches of %1").arg(locale.toString(*total)) : tr("No batches");
    } else {
        range = QStringLiteral("%1–%2").arg(locale.toString(browser.firstRow() + 1),
                                            locale.toString(browser.firstRow() + rows));
        range = total ? tr("Showing %1 of about %2").arg(range, locale.toString(*total))
                      : tr("Showing %1").arg(range);
    }
    m_ui->rangeLabel->setText(range);
    m_ui->firstButton->setEnabled(browser.hasPreviousPage());
    m_ui->previousButton->setEnabled(browser.hasPreviousPage());
    m_ui->nextButton->setEnabled(browser.hasNextPage());
    const QString why = tr("Batches are paged with a token for the next page only: there is no "
                           "last page or page number to jump to.");
    m_ui->lastButton->setEnabled(false);
    m_ui->lastButton->setToolTip(why);
    m_ui->pageSpin->setMaximum(m_page + 1);
    m_ui->pageSpin->setValue(m_page + 1);
    m_ui->pageSpin->setEnabled(false);
    m_ui->pageSpin->setToolTip(why);
    m_ui->pageCountLabel->setText(QString());
    m_ui->pageSizeSpin->setValue(browser.pageSize());
    m_updating = false;
}

} // namespace BatchDeck
