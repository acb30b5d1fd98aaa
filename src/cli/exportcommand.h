#pragma once

#include "cli/exportrun.h"
#include "core/jobs/listjobsquery.h"

namespace BatchDeck::Cli {

// `batchdeck-cli export`: every job matching the filters, as CSV or JSON Lines, to a file or
// standard output.
class ExportCommand final : public RowExportCommand
{
    Q_OBJECT

public:
    explicit ExportCommand(QObject *parent = nullptr);

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser, const ProjectScope &scope,
                        ExportOptions *options) override;
    std::unique_ptr<RowExport> createExport(ApiClient &client, const ProjectScope &scope,
                                            const ExportOptions &options) override;

    ListJobsQuery m_query;
};

} // namespace BatchDeck::Cli
