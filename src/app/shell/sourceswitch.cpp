#include "app/shell/sourceswitch.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace BatchDeck {

SourceSwitch::SourceSwitch(QWidget *parent)
    : QWidget(parent)
    , m_jobsButton(new QToolButton(this))
    , m_batchesButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("sourceSwitch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(0); // the two read as one segmented control
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_jobsButton, m_batchesButton}) {
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        layout->addWidget(button);
    }
    m_jobsButton->setObjectName(QStringLiteral("jobsSourceButton"));
    m_batchesButton->setObjectName(QStringLiteral("batchesSourceButton"));
    m_jobsButton->setToolTip(tr("Batch jobs of the v1 API (/api/v1/beta/batch-processing)"));
    m_batchesButton->setToolTip(tr("Batches of the v2 API (/api/v2/batches)"));
    m_jobsButton->setChecked(true);
    connect(group, &QButtonGroup::buttonClicked, this, [this] { Q_EMIT sourceChanged(source()); });
    updateTexts();
}

DataSource SourceSwitch::source() const
{
    return m_batchesButton->isChecked() ? DataSource::Batches : DataSource::Jobs;
}

void SourceSwitch::setSource(DataSource source)
{
    button(source)->setChecked(true);
}

QToolButton *SourceSwitch::button(DataSource source) const
{
    return source == DataSource::Batches ? m_batchesButton : m_jobsButton;
}

void SourceSwitch::setCount(DataSource source, std::optional<qint64> count)
{
    (source == DataSource::Batches ? m_batchesCount : m_jobsCount) = count;
    updateTexts();
}

void SourceSwitch::updateTexts()
{
    const auto withCount = [](const QString &text, std::optional<qint64> count) {
        return count ? QStringLiteral("%1 (%2)").arg(text, QLocale().toString(*count)) : text;
    };
    m_jobsButton->setText(withCount(tr("Batch jobs (v1)"), m_jobsCount));
    m_batchesButton->setText(withCount(tr("Batches (v2)"), m_batchesCount));
    m_jobsButton->setAccessibleName(m_jobsButton->text());
    m_batchesButton->setAccessibleName(m_batchesButton->text());
}

} // namespace BatchDeck
