#pragma once

#include "app/batches/batchtablemodel.h"
#include "app/common/detailsparts.h"
#include "app/indexviews/indexpagedview.h"

namespace BatchDeck {

class BatchDetailsDialog;
class BatchTableView;

// Every v2 batch of the local index, as All jobs has every job: sort by any column, search by
// ID, a time range, several statuses and job types at once, pages of the result.
class AllBatchesView : public IndexPagedView
{
    Q_OBJECT

public:
    AllBatchesView(const ShellServices &services, IndexController *index,
                   QObject *parent = nullptr);
    ~AllBatchesView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("allbatches"); }
    QWidget *table() override;
    QString searchPlaceholder() const override;
    void connectToServer(bool shown) override;
    void openCurrent() override;
    void openExportDialog() override;

    // For tests and screenshots.
    BatchTableModel &model() { return m_model; }
    BatchTableView &batchTable() { return *m_table; }

private:
    bool readPage(IndexReader &reader, const IndexQuery &query, qint64 *total,
                  QMap<QString, qint64> *counts) override;
    void clearRows() override { m_model.setBatches({}); }
    qsizetype shownRows() const override { return m_model.batches().size(); }
    QString rowsName() const override { return tr("batches"); }
    void openDetails(const Batch &batch);

    ShellServices m_services;
    BatchTableModel m_model;
    BatchTableView *m_table;
    OpenDetails<BatchDetailsDialog> m_details;
};

} // namespace BatchDeck
