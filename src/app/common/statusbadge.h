#pragma once

#include <QWidget>

namespace BatchDeck {

// A status shown as the job table shows it: a coloured badge with its glyph.
class StatusBadge : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    // The status as the server sent it; the badge shows its word.
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_status;
    QString m_text;
};

} // namespace BatchDeck
