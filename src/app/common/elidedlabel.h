#pragma once

#include <QLabel>

namespace BatchDeck {

// One line of text that never asks for more width than it is given: what does not fit is drawn
// ending in "…", and the whole text is then the tooltip (unless one was given). An optional bold
// lead ("Filtered:") stays whole. Its minimum width is that of the lead and "…", so a long text
// squeezes neither the widgets beside it nor the other side of a splitter; its size hint is the
// whole text, so it takes what room there is. Empty, it keeps the height of a line. text() is
// always the whole text, for screen readers and copies; only the drawing is cut.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Shows `lead` in bold (if any) and `text`, both as plain text. `toolTip`, when given,
    // replaces the whole text as the tooltip.
    void setContent(const QString &lead, const QString &text, const QString &toolTip = {});
    void setContent(const QString &text) { setContent({}, text); }
    QString lead() const { return m_lead; }
    QString fullText() const { return m_text; }
    // Whether the text is cut at the label's present width.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int leadWidth() const; // the bold lead and the space after it
    QRect textArea() const;
    int lineHeight() const;
    void updateToolTip();

    QString m_lead;
    QString m_text;
    QString m_toolTip;
};

} // namespace BatchDeck
