#include "app/shell/banner.h"

#include "app/common/servertext.h"

#include <QColor>
#include <QFrame>
#include <QLabel>
#include <QPushButton>

namespace BatchDeck {

namespace {

constexpr QLatin1StringView BannerStyle(
    "QFrame#errorBanner { background: rgba(%1, %2, %3, 0.14); border: 1px solid rgb(%1, %2, %3);"
    " border-radius: 4px; }");

} // namespace

Banner::Banner(QFrame *frame, QLabel *label, QPushButton *retryButton)
    : QObject(frame)
    , m_frame(frame)
    , m_label(label)
    , m_retryButton(retryButton)
{
    m_frame->hide();
}

void Banner::show(const QString &text, Kind kind)
{
    const bool isError = kind == Kind::Error;
    m_kind = kind;
    const QColor color = isError ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
    m_frame->setStyleSheet(
        QString(BannerStyle).arg(color.red()).arg(color.green()).arg(color.blue()));
    setPlainText(m_label, text);
    m_retryButton->setVisible(isError);
    m_frame->show();
}

void Banner::hideUnlessNotice()
{
    if (m_kind != Kind::Notice)
        m_frame->hide();
}

} // namespace BatchDeck
