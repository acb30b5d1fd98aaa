#include "app/shell/shellstatus.h"

#include "app/common/servertext.h"
#include "app/export/exportrunner.h"
#include "core/api/apiclient.h"
#include "core/catalog/namecatalog.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace BatchDeck {

ShellStatus::ShellStatus(QStatusBar *bar, ApiClient *client, NameCatalog *catalog,
                         ExportRunner *exports)
    : QObject(bar)
    , m_connectionLabel(new QLabel(bar))
    , m_refreshedLabel(new QLabel(bar))
    , m_autoRefreshLabel(new QLabel(bar))
    , m_activityLabel(new QLabel(tr("Loading…"), bar))
    , m_activityBar(new QProgressBar(bar))
    // Names that could not be loaded are no error: the IDs show, as before there were names.
    , m_namesLabel(new QLabel(tr("IDs only"), bar))
    , m_throttleLabel(new QLabel(bar))
{
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(90);
    m_activityBar->setMaximumHeight(bar->fontMetrics().height());
    m_activityBar->setTextVisible(false);
    m_activityBar->hide();
    m_activityLabel->hide();
    bar->addPermanentWidget(m_activityLabel);
    bar->addPermanentWidget(m_activityBar);
    bar->addPermanentWidget(m_refreshedLabel);
    m_autoRefreshLabel->setObjectName(QStringLiteral("autoRefreshLabel"));
    m_autoRefreshLabel->hide();
    bar->addPermanentWidget(m_autoRefreshLabel);
    bar->addPermanentWidget(m_connectionLabel);
    m_namesLabel->setObjectName(QStringLiteral("namesLabel"));
    for (QLabel *label :
         {m_connectionLabel, m_refreshedLabel, m_autoRefreshLabel, m_activityLabel, m_namesLabel})
        makePlainText(label);
    m_namesLabel->hide();
    bar->insertPermanentWidget(0, m_namesLabel);
    m_throttleLabel->setObjectName(QStringLiteral("throttleLabel"));
    makePlainText(m_throttleLabel);
    m_throttleLabel->hide();
    bar->insertPermanentWidget(0, m_throttleLabel);
    connect(exports, &ExportRunner::throttleChanged, this, [this](const PagingThrottle &throttle) {
        m_throttleLabel->setText(ExportRunner::throttleSentence(throttle));
        m_throttleLabel->setVisible(throttle.isActive());
    });
    connect(catalog, &NameCatalog::problemChanged, this, [this](const QString &problem) {
        m_namesLabel->setVisible(!problem.isEmpty());
        setPlainToolTip(m_namesLabel,
                        problem.isEmpty()
                            ? QString()
                            : tr("Some project or directory names are missing, so their IDs "
                                 "are shown. %1")
                                  .arg(problem));
    });
    connect(exports, &ExportRunner::finished, this,
            [bar, exports](const ExportResult &result, const QString &path) {
                if (result.isOk())
                    bar->showMessage(shownText(exports->exportedText(result.rowsWritten, path)),
                                     10'000);
            });
    connect(client, &ApiClient::activeCallsChanged, this, [this](int count) {
        m_activityBar->setVisible(count > 0);
        m_activityLabel->setVisible(count > 0);
        m_activityLabel->setText(tr("%n requests in flight", nullptr, count));
    });
}

void ShellStatus::setConnection(const QString &text)
{
    setPlainText(m_connectionLabel, text);
}

void ShellStatus::setRefreshed(const QDateTime &time)
{
    if (!time.isValid())
        return m_refreshedLabel->clear();
    m_refreshedLabel->setText(
        tr("Refreshed %1")
            .arg(QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat)));
}

void ShellStatus::setRefreshFailed()
{
    m_refreshedLabel->setText(tr("Refresh failed"));
}

void ShellStatus::setAutoRefresh(const QString &text, const QString &toolTip)
{
    m_autoRefreshLabel->setText(text);
    setPlainToolTip(m_autoRefreshLabel, toolTip);
    m_autoRefreshLabel->setVisible(!text.isEmpty());
    // Never narrower than the widest countdown it has shown ("in 10 s" after "in 9 s"), so that
    // the notes beside it do not shift every second.
    m_autoRefreshLabel->setMinimumWidth(
        std::max(m_autoRefreshLabel->minimumWidth(), m_autoRefreshLabel->sizeHint().width()));
}

} // namespace BatchDeck
