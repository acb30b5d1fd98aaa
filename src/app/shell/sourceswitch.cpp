#include "app/shell/sourceswitch.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace BatchDeck {

namespace {

// Its title above its count, and as wide as a six-digit count from the start: the sidebar keeps
// its width when the counts come (it widened once, a moment after the window opened, when the
// counts stood beside the titles).
class SourceButton : public QToolButton
{
public:
    SourceButton(const QString &title, QWidget *parent)
        : QToolButton(parent)
        , m_title(title)
    { }

    void setCount(std::optional<qint64> count)
    {
        const QString countText = count ? QLocale().toString(*count) : QString();
        // Two lines whether or not a count is known, so that the height stays too.
        setText(m_title + u'\n' + (countText.isEmpty() ? QStringLiteral(" ") : countText));
        setAccessibleName(count ? QStringLiteral("%1 (%2)").arg(m_title, countText) : m_title);
        updateGeometry();
    }

    QSize sizeHint() const override
    {
        // Measured as QToolButton measures its text, with the widest count in place of this one.
        const QSize shown = QToolButton::sizeHint();
        const QFontMetrics metrics = fontMetrics();
        const auto width = [&metrics](const QString &text) {
            return metrics.size(Qt::TextShowMnemonic, text).width();
        };
        const QString widest = m_title + u'\n' + QLocale().toString(888'888);
        return {shown.width() + std::max(0, width(widest) - width(text())), shown.height()};
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
    const int index = int(m_buttons.size());
    m_group->addButton(button, index);
    // In rows of a few, so that the sidebar stays narrow however many lists there are.
    static_cast<QGridLayout *>(layout())->addWidget(button, index / ButtonsPerRow,
                                                    index % ButtonsPerRow);
    m_buttons.append(button);
    button->setCount(std::nullopt);
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
    return m_buttons.value(index);
}

void SourceSwitch::setCount(int index, std::optional<qint64> count)
{
    if (auto *source = static_cast<SourceButton *>(button(index)))
        source->setCount(count);
}

} // namespace BatchDeck
