#include "app/watch/desktopnotifier.h"

#include "core/version.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QGuiApplication>
#include <QSystemTrayIcon>

#include <utility>

namespace BatchDeck {

namespace {

// A service that has not answered in this time is taken for none.
constexpr int CallTimeoutMs = 5000;
constexpr int TrayMessageMs = 15'000;

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(DesktopNotifier::ServiceName, DesktopNotifier::ObjectPath,
                                          DesktopNotifier::ServiceName, method);
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{ }

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::escapedBody(const QString &body)
{
    // The three characters the specification's body markup gives a meaning; & goes first, so
    // that the others' entities are not escaped again.
    QString escaped = body;
    escaped.replace(u'&', QStringLiteral("&amp;"));
    escaped.replace(u'<', QStringLiteral("&lt;"));
    escaped.replace(u'>', QStringLiteral("&gt;"));
    return escaped;
}

bool DesktopNotifier::useBus()
{
    if (m_busChecked)
        return m_busConnected;
    m_busChecked = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_busConnected = bus.isConnected();
    if (!m_busConnected)
        return false;
    // The slots' signatures as moc writes them.
    // clang-format off
    bus.connect(ServiceName, ObjectPath, ServiceName, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint,QString)));
    bus.connect(ServiceName, ObjectPath, ServiceName, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint,uint)));
    // clang-format on
    // Another service (or none) may take the name over: what this one could do is then unknown.
    m_ownerWatcher =
        new QDBusServiceWatcher(ServiceName, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_ownerWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        if (m_service == Service::Known)
            m_service = Service::Unknown;
        m_keys.clear();
    });
    return true;
}

void DesktopNotifier::notify(const QString &key, const QString &title, const QString &body)
{
    const Notification notification {key, title, body};
    if (!useBus()) {
        showWithoutService(notification);
        return;
    }
    switch (m_service) {
    case Service::Known:
        sendToService(notification);
        return;
    case Service::Asking:
        m_waiting.append(notification);
        return;
    case Service::Unknown:
        m_waiting.append(notification);
        askCapabilities();
        return;
    }
}

void DesktopNotifier::askCapabilities()
{
    m_service = Service::Asking;
    // Also starts a service the bus knows how to start (D-Bus activation).
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(serviceCall(QStringLiteral("GetCapabilities")),
                                                CallTimeoutMs),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DesktopNotifier::onCapabilities);
}

void DesktopNotifier::onCapabilities(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QStringList> reply = *watcher;
    const QList<Notification> waiting = std::exchange(m_waiting, {});
    if (reply.isError()) {
        // No service: these are shown another way, and the next notification asks again, as a
        // service may have started meanwhile.
        m_service = Service::Unknown;
        for (const Notification &notification : waiting)
            showWithoutService(notification);
        return;
    }
    m_service = Service::Known;
    m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
    for (const Notification &notification : waiting)
        sendToService(notification);
}

void DesktopNotifier::sendToService(const Notification &notification)
{
    QDBusMessage call = serviceCall(QStringLiteral("Notify"));
    const QString appId = QStringLiteral(BATCHDECK_APP_ID);
    const QVariantMap hints {{QStringLiteral("desktop-entry"), appId}};
    const QStringList actions {DefaultAction, tr("Open details")};
    call.setArguments({QStringLiteral("BatchDeck"), uint(0), appId, notification.title,
                       m_bodyMarkup ? escapedBody(notification.body) : notification.body, actions,
                       hints, int(-1)});
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    m_service = Service::Unknown; // gone: the next one asks again
                    showWithoutService(notification);
                    return;
                }
                m_keys.insert(reply.value(), notification.key);
                setShown(notification.key, Channel::Desktop);
            });
}

void DesktopNotifier::showWithoutService(const Notification &notification)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        showInTray(notification);
        return;
    }
    // The status bar holds one line.
    QString body = notification.body;
    body.replace(u'\n', QStringLiteral(" — "));
    Q_EMIT windowMessage(tr("%1: %2").arg(notification.title, body));
    setShown(notification.key, Channel::Window);
}

void DesktopNotifier::showInTray(const Notification &notification)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("BatchDeck"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayKey.isEmpty())
                Q_EMIT activated(m_trayKey);
        });
        m_tray->show();
    }
    m_trayKey = notification.key; // a tray shows one message at a time
    m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Information,
                        TrayMessageMs);
    setShown(notification.key, Channel::Tray);
}

void DesktopNotifier::forgetShown()
{
    m_keys.clear();
    m_trayKey.clear();
}

void DesktopNotifier::setShown(const QString &key, Channel channel)
{
    m_lastChannel = channel;
    Q_EMIT shown(key, channel);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The service tells every client of every action: only this one's notifications count.
    const QString key = m_keys.value(id);
    if (!key.isEmpty() && action == DefaultAction)
        Q_EMIT activated(key);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_keys.remove(id);
}

} // namespace BatchDeck
