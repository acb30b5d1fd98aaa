#include "app/indexviews/openbyid.h"

#include "app/common/servertext.h"
#include "app/index/indexcontroller.h"
#include "app/jobs/jobdetailsdialog.h"
#include "core/batches/batchesapi.h"
#include "core/jobs/jobsapi.h"
#include "index/query/indexreader.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

#include <optional>

namespace BatchDeck {

OpenById::OpenById(const ShellServices &services, IndexController *index, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_index(index)
{ }

QString OpenById::checkId(const QString &text)
{
    // IDs are letters, digits and dashes ("bjb-…", "bat-…", a UUID); anything else is not one.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$"));
    const QString id = text.trimmed();
    if (id.isEmpty())
        return tr("ID: type or paste the ID of a job or batch.");
    if (!pattern.match(id).hasMatch())
        return tr("ID: “%1” is not a job or batch ID (letters, digits and dashes, such as "
                  "bjb-123e4567-e89b-12d3-a456-426614174000).")
            .arg(shownText(id.left(80)));
    return {};
}

bool OpenById::clipboardHoldsId()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && checkId(clipboard->text()).isEmpty();
}

void OpenById::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(m_services.window);
    dialog->setObjectName(QStringLiteral("openByIdDialog"));
    dialog->setWindowTitle(tr("Open by ID"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QFormLayout(dialog);
    auto *field = new QLineEdit(dialog);
    field->setObjectName(QStringLiteral("idField"));
    field->setPlaceholderText(tr("bjb-… or bat-…"));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 46);
    if (clipboardHoldsId())
        field->setText(QGuiApplication::clipboard()->text().trimmed());
    field->selectAll();
    layout->addRow(tr("Job or batch &ID:"), field);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("idProblem"));
    makePlainText(problem);
    problem->setWordWrap(true);
    problem->hide();
    layout->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, dialog);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, field, problem] {
        const QString error = checkId(field->text());
        if (!error.isEmpty()) {
            problem->setText(error);
            problem->show();
            field->setFocus();
            return;
        }
        dialog->accept();
        open(field->text().trimmed());
    });
    m_dialog = dialog;
    dialog->open();
}

void OpenById::open(const QString &id, const ProjectScope &scope)
{
    openFromIndexOrServer(id, scope);
}

void OpenById::open(const QString &id)
{
    openFromIndexOrServer(id, m_index->scope());
}

void OpenById::openFromIndexOrServer(const QString &id, const ProjectScope &scope)
{
    if (const QString error = checkId(id); !error.isEmpty()) {
        tell(error);
        return;
    }
    if (m_index->isAvailable()) {
        IndexReader reader(m_index->database());
        std::optional<IndexedJob> job;
        std::optional<IndexedBatch> batch;
        if (reader.job(id, &job) && job) {
            openJob(job->job, scope);
            return;
        }
        if (reader.batch(id, &batch) && batch) {
            openBatch(batch->batch, scope);
            return;
        }
    }
    if (id.startsWith(QLatin1String("bat-")))
        askServerForBatch(id, scope);
    else
        askServerForJob(id, scope);
}

void OpenById::askServerForJob(const QString &id, const ProjectScope &scope)
{
    if (m_call)
        m_call->abort();
    m_call =
        JobsApi(m_services.client)
            .jobStatus(id, scope, this,
                       [this, id, scope](const JobStatusResult &result, const ApiError &error) {
                           if (error.isOk())
                               openJob(result.job, scope);
                           else if (error.httpStatus == 404)
                               askServerForBatch(id, scope);
                           else if (error.kind != ApiError::Kind::Aborted)
                               tell(error.message);
                       });
}

void OpenById::askServerForBatch(const QString &id, const ProjectScope &scope)
{
    if (m_call)
        m_call->abort();
    m_call = BatchesApi(m_services.client)
                 .batch(id, scope, false, this,
                        [this, id, scope](const Batch &batch, const ApiError &error) {
                            if (error.isOk())
                                openBatch(batch, scope);
                            else if (error.httpStatus == 404)
                                tell(tr("No job or batch %1 was found, in the index or on the "
                                        "server. Check the ID, and that it belongs to this "
                                        "server.")
                                         .arg(id));
                            else if (error.kind != ApiError::Kind::Aborted)
                                tell(error.message);
                        });
}

void OpenById::openJob(const Job &job, const ProjectScope &scope)
{
    QWidget *details = m_jobDetails.open(job.id, [this, &job, &scope] {
        // The scope it was asked with (a notification's: the work's own project), so that the
        // details' own calls find it too.
        return new JobDetailsDialog(m_services.client, job, scope, m_services.window,
                                    m_services.catalog);
    });
    Q_EMIT opened(details);
}

void OpenById::openBatch(const Batch &batch, const ProjectScope &scope)
{
    QWidget *details = m_batchDetails.open(batch.id, [this, &batch, &scope] {
        return new BatchDetailsDialog(m_services.client, batch, scope, m_services.window,
                                      m_services.catalog);
    });
    Q_EMIT opened(details);
}

void OpenById::tell(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Open by ID"), message,
                                QMessageBox::Ok, m_services.window);
    makePlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT notFound(message);
}

} // namespace BatchDeck
