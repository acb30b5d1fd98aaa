#pragma once

#include "cli/exportrun.h"
#include "core/jobs/listjobsquery.h"

namespace BatchDeck::Cli {

// `batchdeck-cli items JOB_ID`: every item of a job, as CSV or JSON Lines, to a file or
// standard output, with the same care as `export`.
class ItemsCommand final : public RowExportCommand
{
    Q_OBJECT

public:
    explicit ItemsCommand(QObject *parent = nullptr);

private:
    void addOptions(QCommandLineParser &parser) override;
    QStringList positionalNames() const override;
    QString readOptions(const QCommandLineParser &parser, const ProjectScope &scope,
                        ExportOptions *options) override;
    std::unique_ptr<RowExport> createExport(ApiClient &client, const ProjectScope &scope,
                                            const ExportOptions &options) override;

    ListItemsQuery m_query;
    QString m_jobId;
};

} // namespace BatchDeck::Cli
