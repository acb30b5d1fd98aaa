#pragma once

#include <QObject>

class QFrame;
class QLabel;
class QPushButton;

namespace BatchDeck {

// The coloured strip above the table: an error with Retry, a warning about the page, or a notice.
// Errors and page warnings go away with the next good page; notices stay until dismissed.
class Banner : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Error, PageWarning, Notice };

    Banner(QFrame *frame, QLabel *label, QPushButton *retryButton);

    void show(const QString &text, Kind kind);
    void hideUnlessNotice();

private:
    QFrame *m_frame;
    QLabel *m_label;
    QPushButton *m_retryButton;
    Kind m_kind = Kind::Error;
};

} // namespace BatchDeck
