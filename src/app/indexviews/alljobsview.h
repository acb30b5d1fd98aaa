#pragma once

#include "app/common/detailsparts.h"
#include "app/indexviews/indexpagedview.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"

namespace BatchDeck {

class JobDetailsDialog;
class JobTableView;

// Every v1 job of the local index: sort by any column and search across all of them (IDs and
// words of error messages), a time range, several statuses and types at once with counts, and
// pages of the index's result. Without the index it says how to turn it on.
class AllJobsView : public IndexPagedView
{
    Q_OBJECT

public:
    AllJobsView(const ShellServices &services, IndexController *index, QObject *parent = nullptr);
    ~AllJobsView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("alljobs"); }
    QWidget *table() override;
    QString searchPlaceholder() const override;
    void connectToServer(bool shown) override;
    void openCurrent() override;
    void openExportDialog() override;

    // For tests and screenshots.
    JobTableModel &model() { return m_model; }
    JobTableView &jobTable() { return *m_table; }
    JobDetailsDialog *openDetails(const Job &job);

private:
    bool readPage(IndexReader &reader, const IndexQuery &query, qint64 *total,
                  QMap<QString, qint64> *counts) override;
    void clearRows() override { m_model.setJobs({}); }
    qsizetype shownRows() const override { return m_model.jobs().size(); }
    QString rowsName() const override { return tr("jobs"); }

    ShellServices m_services;
    JobTableModel m_model;
    JobFilterProxyModel m_proxy;
    JobTableView *m_table;
    OpenDetails<JobDetailsDialog> m_details;
};

} // namespace BatchDeck
