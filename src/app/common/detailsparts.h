#pragma once

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace BatchDeck {

// What the details dialogs of every list share.

// "12 March 2026 14:03:07 (2026-03-12T13:03:07.000Z UTC)", or "—" for no time.
QString detailsTimeText(const QDateTime &time);
// The ID at the top of a details dialog, larger and bold.
void emphasizeId(QLabel *label);

// The question before cancelling a job or batch. Cancelling cannot be undone: Enter and Escape
// both keep it running, and only a click on `cancelLabel` calls `onConfirmed`.
struct CancelQuestion
{
    QString title;
    QString text;
    QString informativeText;
    QString cancelLabel;
    QString objectName;
};
void askBeforeCancelling(QWidget *parent, const CancelQuestion &question,
                         std::function<void()> onConfirmed);

// The open details dialogs of one list, by ID: opening a row that is open raises its dialog.
template<typename Dialog>
class OpenDetails
{
public:
    // The dialog open for `id`, raised; otherwise the one `create` makes, shown.
    Dialog *open(const QString &id, const std::function<Dialog *()> &create)
    {
        if (QPointer<Dialog> open = m_dialogs.value(id)) {
            open->raise();
            open->activateWindow();
            return open;
        }
        Dialog *dialog = create();
        m_dialogs.insert(id, dialog);
        dialog->show();
        // Opened with Enter, the keyboard goes with it (not every window manager gives a new
        // window the focus).
        dialog->activateWindow();
        return dialog;
    }
    // On a new server, they would ask it about the old one's rows.
    void closeAll()
    {
        for (const QPointer<Dialog> &dialog : std::as_const(m_dialogs)) {
            if (dialog)
                dialog->close();
        }
        m_dialogs.clear();
    }

private:
    QHash<QString, QPointer<Dialog>> m_dialogs;
};

} // namespace BatchDeck
