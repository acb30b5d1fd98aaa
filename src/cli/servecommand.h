#pragma once

#include "cli/signalwatcher.h"
#include "demo/demoserver.h"

#include <QObject>

#include <memory>

namespace BatchDeck::Cli {

// `batchdeck-cli serve-demo`: the demo server in the foreground until Ctrl+C.
class ServeCommand : public QObject
{
    Q_OBJECT

public:
    explicit ServeCommand(QObject *parent = nullptr);
    int start(const QStringList &arguments);

private:
    std::unique_ptr<DemoServer> m_server;
    SignalWatcher m_signals;
};

} // namespace BatchDeck::Cli
