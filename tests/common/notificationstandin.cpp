// notification-standin: a desktop notification server for tests, on the session bus of the test
// (tests/run-with-session-bus.sh). It owns org.freedesktop.Notifications and answers as the
// specification says, and it tells the test what it was asked:
//
//   notification-standin [--body-markup]
//
// --body-markup advertises the "body-markup" capability. Each Notify is printed on stdout as one
// JSON line: {"app_name", "app_icon", "summary", "body", "actions", "desktop_entry", "id"}; the
// line {"ready": true} says the name is owned. A line "click <id>" on stdin emits
// ActionInvoked(<id>, "default"), as a click on the notification does; "close <id>" closes it.
// The end of stdin ends the program.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace {

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

class NotificationStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationStandIn(bool bodyMarkup)
        : m_bodyMarkup(bodyMarkup)
    { }

    void handleCommand(const QByteArray &line)
    {
        const QList<QByteArray> words = line.trimmed().split(' ');
        const uint id = words.value(1).toUInt();
        if (words.value(0) == "click") {
            Q_EMIT ActionInvoked(id, QStringLiteral("default"));
        } else if (words.value(0) == "close") {
            Q_EMIT NotificationClosed(id, 2); // dismissed by the user
        }
    }

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        QStringList capabilities {QStringLiteral("actions"), QStringLiteral("body")};
        if (m_bodyMarkup)
            capabilities.append(QStringLiteral("body-markup"));
        return capabilities;
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("BatchDeck tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("notification-standin");
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(expireTimeout)
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        QVariant desktopEntry = hints.value(QStringLiteral("desktop-entry"));
        if (desktopEntry.userType() == qMetaTypeId<QDBusVariant>())
            desktopEntry = qvariant_cast<QDBusVariant>(desktopEntry).variant();
        printLine({{QStringLiteral("app_name"), appName},
                   {QStringLiteral("app_icon"), appIcon},
                   {QStringLiteral("summary"), summary},
                   {QStringLiteral("body"), body},
                   {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                   {QStringLiteral("desktop_entry"), desktopEntry.toString()},
                   {QStringLiteral("id"), qint64(id)}});
        return id;
    }

    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    bool m_bodyMarkup;
    uint m_lastId = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption bodyMarkup(QStringLiteral("body-markup"),
                                        QStringLiteral("Advertise the body-markup capability."));
    parser.addOption(bodyMarkup);
    parser.process(app);

    NotificationStandIn server(parser.isSet(bodyMarkup));
    QDBusConnection bus = QDBusConnection::sessionBus();
    // The object first, so that whoever sees the name appear finds it there.
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "notification-standin: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    printLine({{QStringLiteral("ready"), true}});

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count <= 0) {
            input.setEnabled(false);
            app.quit(); // the test closed our input: it is done with us
            return;
        }
        pending.append(buffer, count);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            server.handleCommand(pending.left(end));
            pending.remove(0, end + 1);
        }
    });
    return app.exec();
}

#include "notificationstandin.moc"
