#include "app/shell/sourceswitch.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace BatchDeck {

namespace {

// As wide as its title with a six-digit count, from the start: the sidebar keeps its width when
// the counts come (it widened once, a moment after the window opened).
class SourceButton : public QToolButton
{
public:
    SourceButton(const QString &title, QWidget *parent)
        : QToolButton(parent)
        , m_title(title)
    { }

    QSize sizeHint() const override
    {
        const QSize shown = QToolButton::sizeHint();
        const QString widest = QStringLiteral("%1 (%2)").arg(m_title, QLocale().toString(888'888));
        const int textWidth = fontMetrics().horizontalAdvance(text());
        const int widestWidth = fontMetrics().horizontalAdvance(widest);
        return {shown.width() + std::max(0, widestWidth - textWidth), shown.height()};
    }

private:
    QString m_title;
};

} // namespace

SourceSwitch::SourceSwitch(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sourceSwitch"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(0); // the buttons read as one segmented control
    connect(m_group, &QButtonGroup::idClicked, this, &SourceSwitch::currentChanged);
}

int SourceSwitch::addSource(const QString &title, const QString &toolTip, const QString &name)
{
    auto *button = new SourceButton(title, this);
    button->setObjectName(name + QStringLiteral("SourceButton"));
    button->setCheckable(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setToolTip(toolTip);
    const int index = int(m_sources.size());
    m_group->addButton(button, index);
    // In rows of a few, so that the sidebar stays narrow however many lists there are.
    static_cast<QGridLayout *>(layout())->addWidget(button, index / ButtonsPerRow,
                                                    index % ButtonsPerRow);
    m_sources.append({button, title, std::nullopt});
    updateText(m_sources.last());
    if (index == 0)
        button->setChecked(true);
    return index;
}

int SourceSwitch::current() const
{
    return std::max(0, m_group->checkedId());
}

void SourceSwitch::setCurrent(int index)
{
    if (QToolButton *chosen = button(index))
        chosen->setChecked(true);
}

QToolButton *SourceSwitch::button(int index) const
{
    return index >= 0 && index < m_sources.size() ? m_sources.at(index).button : nullptr;
}

void SourceSwitch::setCount(int index, std::optional<qint64> count)
{
    if (index < 0 || index >= m_sources.size())
        return;
    m_sources[index].count = count;
    updateText(m_sources[index]);
}

void SourceSwitch::updateText(Source &source)
{
    source.button->setText(source.count ? QStringLiteral("%1 (%2)").arg(
                               source.title, QLocale().toString(*source.count))
                                        : source.title);
    source.button->setAccessibleName(source.button->text());
}

} // namespace BatchDeck
