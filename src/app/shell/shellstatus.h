#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace BatchDeck {

class ApiClient;
class ExportRunner;
class NameCatalog;

// The window's status bar notes: the connection, when the list was refreshed, requests in
// flight, a quiet "IDs only" when names could not be loaded, and what an export wrote.
class ShellStatus : public QObject
{
    Q_OBJECT

public:
    ShellStatus(QStatusBar *bar, ApiClient *client, NameCatalog *catalog, ExportRunner *exports);

    void setConnection(const QString &text);
    // An invalid time clears the note.
    void setRefreshed(const QDateTime &time);
    void setRefreshFailed();
    // Auto-refresh's countdown ("Auto-refresh in 7 s"); an empty text hides it (off).
    void setAutoRefresh(const QString &text, const QString &toolTip);

private:
    QLabel *m_connectionLabel;
    QLabel *m_refreshedLabel;
    QLabel *m_autoRefreshLabel;
    QLabel *m_activityLabel;
    QProgressBar *m_activityBar;
    QLabel *m_namesLabel;
    QLabel *m_throttleLabel; // an export waits for a server that asked to slow down
};

} // namespace BatchDeck
