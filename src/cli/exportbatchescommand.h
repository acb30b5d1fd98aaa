#pragma once

#include "cli/exportrun.h"
#include "core/batches/listbatchesquery.h"

namespace BatchDeck::Cli {

// `batchdeck-cli export-batches`: every v2 batch matching the filters, as CSV or JSON Lines, to
// a file or standard output, with the same care as `export`.
class ExportBatchesCommand final : public RowExportCommand
{
    Q_OBJECT

public:
    explicit ExportBatchesCommand(QObject *parent = nullptr);

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser, const ProjectScope &scope,
                        ExportOptions *options) override;
    std::unique_ptr<RowExport> createExport(ApiClient &client, const ProjectScope &scope,
                                            const ExportOptions &options) override;

    ListBatchesQuery m_query;
};

} // namespace BatchDeck::Cli
