#pragma once

#include "app/export/exportrunner.h"
#include "app/indexviews/faileditemsmodel.h"
#include "core/export/csvwriter.h"
#include "index/query/indexquery.h"
#include "index/query/indexreader.h"

#include <QObject>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace BatchDeck {

class ApiClient;
class FailedItemsFetch;
class IndexController;

// The Failures view's "Failed items and files": the failed items of v1 jobs and failed files of
// v2 batches the index holds, grouped by error shape; a bar above the groups that says how many
// jobs and batches of the range are not fetched yet and fetches them (FailedItemsFetch, with
// progress and Cancel); and a table of one group's rows below them.
class FailedItemsMode : public QObject
{
    Q_OBJECT

public:
    // Rows of a group shown at once; the export writes all of them.
    static constexpr int GroupItemsShown = 500;

    FailedItemsMode(ApiClient *client, IndexController *index, QWidget *parent);
    ~FailedItemsMode() override;

    QWidget *fetchBar() { return m_bar; }
    QTableView *table() { return m_table; }
    FailedItemsModel &model() { return m_model; }

    // The groups of `query`, and the bar's sentence about what is not fetched yet; false with
    // *error set when the index cannot be read.
    bool readGroups(const IndexQuery &query, QList<FailureGroup> *groups, QString *error);
    // The rows of the group of `shape` (none without a group).
    bool showGroup(const IndexQuery &query, const std::optional<QString> &shape, QString *error);
    void clear();

    // Fetches what the index lacks of the jobs and batches `query` matches; fetchFinished()
    // follows (also after cancelFetch()), and the bar tells an error as a sentence.
    void startFetch(const IndexQuery &query);
    void cancelFetch();
    bool isFetching() const;
    QString fetchError() const { return m_fetchError; }
    // The bar offers a fetch (the index lacks the failures of some jobs or batches of the
    // range last read), shows one running, or tells why the last one failed.
    bool fetchBarHasNews() const;

    const FailedItem *currentItem() const;
    QList<FailedItem> selectedItems() const;
    // The selected rows' job or batch and item IDs, a tab between them, a row a line.
    void copySelectedIds() const;

    // For the export dialog: every row of the group of `shape`, read on the export's thread; or
    // rows at hand.
    ExportRunner::BackgroundWork exportGroup(const IndexQuery &query, const QString &shape,
                                             const QString &path, const CsvOptions &options) const;
    static ExportRunner::BackgroundWork exportItems(const QList<FailedItem> &items,
                                                    const QString &path, const CsvOptions &options);

Q_SIGNALS:
    // The bar's Fetch Failed Items button: the view starts a fetch of its range.
    void fetchRequested();
    void fetchFinished();
    void openRequested(const BatchDeck::FailedItem &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCoverage(const FailuresCoverage &coverage);
    void showFetching(bool fetching);

    ApiClient *m_client;
    IndexController *m_index;
    FailedItemsModel m_model;
    QWidget *m_bar;
    QLabel *m_coverage;
    QPushButton *m_fetch;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_error;
    QTableView *m_table;
    std::unique_ptr<FailedItemsFetch> m_running;
    QString m_fetchError;
};

} // namespace BatchDeck
