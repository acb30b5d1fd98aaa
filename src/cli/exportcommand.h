#pragma once

#include "cli/connection.h"
#include "cli/exportrun.h"

#include <QObject>

namespace BatchDeck::Cli {

// `batchdeck-cli export`: every job matching the filters, as CSV or JSON Lines, to a file or
// standard output.
class ExportCommand : public QObject
{
    Q_OBJECT

public:
    explicit ExportCommand(QObject *parent = nullptr);

    // Returns an exit code when done at once (usage error, help), or -1 when the export runs
    // and will end the event loop with its exit code.
    int start(const QStringList &arguments);

private:
    Connection m_connection;
    ExportRun m_run;
};

} // namespace BatchDeck::Cli
