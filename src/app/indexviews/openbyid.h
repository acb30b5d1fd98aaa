#pragma once

#include "app/batches/batchdetailsdialog.h"
#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "core/api/projectscope.h"
#include "core/jobs/job.h"

#include <QPointer>

class QDialog;
class QLineEdit;

namespace BatchDeck {

class ApiCall;
class IndexController;
class JobDetailsDialog;

// Go › Open by ID (Ctrl+G), or an ID pasted on a list: the job or batch from the local index,
// or from the server when the index does not have it (or is off). A "bat-" ID is a v2 batch;
// any other is looked up as a v1 job first, then as a batch.
class OpenById : public QObject
{
    Q_OBJECT

public:
    OpenById(const ShellServices &services, IndexController *index, QObject *parent = nullptr);

    // Asks for the ID, the clipboard's already typed in when it holds one.
    void openDialog();
    // Empty when `text` can be an ID; otherwise a sentence naming the field.
    static QString checkId(const QString &text);
    // Opens the details of `id`, or says why it cannot.
    void open(const QString &id);
    // As open(), asking the server with `scope` (the work's own project) rather than the
    // window's: a notification's job may belong to another project than the one connected.
    void open(const QString &id, const ProjectScope &scope);
    // Whether the clipboard holds an ID (then a paste on a list opens it).
    static bool clipboardHoldsId();
    QDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // The details were opened, or what was said instead (for tests).
    void opened(QWidget *details);
    void notFound(const QString &message);

private:
    // `scope`: the one to ask the server with, and the details' own calls' scope.
    void openFromIndexOrServer(const QString &id, const ProjectScope &scope);
    void askServerForJob(const QString &id, const ProjectScope &scope);
    void askServerForBatch(const QString &id, const ProjectScope &scope);
    void openJob(const Job &job, const ProjectScope &scope);
    void openBatch(const Batch &batch, const ProjectScope &scope);
    void tell(const QString &message);

    ShellServices m_services;
    IndexController *m_index;
    QPointer<QDialog> m_dialog;
    QPointer<ApiCall> m_call;
    OpenDetails<JobDetailsDialog> m_jobDetails;
    OpenDetails<BatchDetailsDialog> m_batchDetails;
};

} // namespace BatchDeck
