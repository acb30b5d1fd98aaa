#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;
class QSystemTrayIcon;

namespace BatchDeck {

// Tells the desktop something happened, and says when the person clicked on it: a desktop
// notification (org.freedesktop.Notifications on the session bus) where the desktop has that
// service; else a message of a tray icon; else, where there is neither, a message for the
// window's status bar. Nothing is dropped without a word.
//
// Titles and bodies are plain text. The body may hold a server's text (a job's error), so where
// the service reads markup in bodies (the "body-markup" capability), it is escaped first.
// The session bus is first used with the first notification.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel { None, Desktop, Tray, Window };
    Q_ENUM(Channel)
    static constexpr QLatin1StringView ServiceName {"org.freedesktop.Notifications"};
    static constexpr QLatin1StringView ObjectPath {"/org/freedesktop/Notifications"};
    // The action a click on the notification itself invokes.
    static constexpr QLatin1StringView DefaultAction {"default"};

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `title` and `body`; a click on what was shown emits activated(key).
    void notify(const QString &key, const QString &title, const QString &body);
    // Clicks on what was shown before are ignored from now on (another server is connected).
    void forgetShown();
    // Where the last notification went (for tests and the status bar).
    Channel lastChannel() const { return m_lastChannel; }

    // `body` as a notification service that reads markup shows it literally.
    static QString escapedBody(const QString &body);

Q_SIGNALS:
    void activated(const QString &key);
    // Neither a notification service nor a tray: the window shows `text` itself.
    void windowMessage(const QString &text);
    // A notification went out through `channel` (for tests).
    void shown(const QString &key, BatchDeck::DesktopNotifier::Channel channel);

private Q_SLOTS:
    // org.freedesktop.Notifications signals, connected by name (QtDBus has no other way).
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Notification
    {
        QString key;
        QString title;
        QString body;
    };
    enum class Service { Unknown, Asking, Known };

    bool useBus();
    void askCapabilities();
    void onCapabilities(QDBusPendingCallWatcher *watcher);
    void sendToService(const Notification &notification);
    void showWithoutService(const Notification &notification);
    void showInTray(const Notification &notification);
    void setShown(const QString &key, Channel channel);

    bool m_busChecked = false;
    bool m_busConnected = false;
    Service m_service = Service::Unknown;
    bool m_bodyMarkup = false;
    QList<Notification> m_waiting; // until the service says what it can
    QHash<uint, QString> m_keys; // the service's notification IDs
    QDBusServiceWatcher *m_ownerWatcher = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayKey;
    Channel m_lastChannel = Channel::None;
};

} // namespace BatchDeck
