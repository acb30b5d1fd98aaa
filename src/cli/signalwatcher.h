#pragma once

#include <QObject>

class QSocketNotifier;

namespace BatchDeck {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so an interrupted export can cancel
// its QSaveFile and leave no partial file behind.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace BatchDeck
