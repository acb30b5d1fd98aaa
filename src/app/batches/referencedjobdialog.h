#pragma once

#include "core/batches/batchesapi.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ReferencedJobDialog;
}

namespace BatchDeck {

// The parse or extract job a batch created for one file (GET /api/v2/parse/{id} or
// /api/v2/extract/{id}): its status, error message, times and what it ran with. Everything the
// server sends is shown as plain text. Loads itself when opened, and again on Refresh.
class ReferencedJobDialog : public QDialog
{
    Q_OBJECT

public:
    // `fileText`: the file the job is for, as the results show it (its name and ID).
    ReferencedJobDialog(ApiClient *client, const BatchJobReference &reference,
                        const ProjectScope &scope, const QString &fileText,
                        QWidget *parent = nullptr);
    ~ReferencedJobDialog() override;

    const BatchJobReference &reference() const { return m_reference; }
    // The status as last loaded; empty until the first answer.
    const ReferencedJobStatus &job() const { return m_job; }
    bool isLoading() const { return !m_call.isNull(); }
    void refresh();

Q_SIGNALS:
    // An answer arrived (or the call failed): the dialog shows it.
    void loaded();

private:
    void showJob(const ReferencedJobStatus &job);
    void showMessage(const QString &text, bool isError);

    std::unique_ptr<Ui::ReferencedJobDialog> m_ui;
    ApiClient *m_client;
    BatchJobReference m_reference;
    ProjectScope m_scope;
    ReferencedJobStatus m_job;
    QPointer<ApiCall> m_call;
};

} // namespace BatchDeck
