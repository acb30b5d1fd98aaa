#include "app/batches/referencedjobdialog.h"

#include "app/common/detailsparts.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"
#include "ui_referencedjobdialog.h"

#include <QPushButton>

namespace BatchDeck {

ReferencedJobDialog::ReferencedJobDialog(ApiClient *client, const BatchJobReference &reference,
                                         const ProjectScope &scope, const QString &fileText,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReferencedJobDialog>())
    , m_client(client)
    , m_reference(reference)
    , m_scope(scope)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    emphasizeId(m_ui->idValue);
    const QString kind = reference.type == u"extract_v2" ? tr("Extract job") : tr("Parse job");
    setWindowTitle(shownText(tr("%1 %2").arg(kind, reference.id)));
    setPlainText(m_ui->idValue, reference.id);
    setPlainText(m_ui->typeValue, reference.type);
    setPlainText(m_ui->fileValue, fileText);
    connect(m_ui->copyIdButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_reference.id); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReferencedJobDialog::refresh);
    m_ui->errorText->setPlaceholderText(tr("No error message"));
    refresh();
}

ReferencedJobDialog::~ReferencedJobDialog() = default;

void ReferencedJobDialog::refresh()
{
    if (m_call)
        m_call->abort(); // a newer answer is on its way
    m_ui->refreshButton->setEnabled(false);
    showMessage(tr("Loading the job's status…"), false);
    m_call = BatchesApi(m_client).referencedJob(
        m_reference, m_scope, this, [this](const ReferencedJobStatus &job, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            m_call.clear();
            m_ui->refreshButton->setEnabled(true);
            if (!error.isOk()) {
                showMessage(tr("The job's status could not be loaded: %1").arg(error.message),
                            true);
            } else {
                showMessage({}, false);
                showJob(job);
            }
            Q_EMIT loaded();
        });
}

void ReferencedJobDialog::showJob(const ReferencedJobStatus &job)
{
    m_job = job;
    m_ui->statusBadge->setStatus(job.status);
    m_ui->statusBadge->setMinimumWidth(m_ui->statusBadge->sizeHint().width());
    setPlainText(m_ui->statusValue, statusWord(job.status));
    setPlainToolTip(m_ui->statusValue, job.status);
    m_ui->createdValue->setText(detailsTimeText(job.createdAt));
    m_ui->updatedValue->setText(detailsTimeText(job.updatedAt));
    setPlainText(m_ui->projectValue, job.projectId);
    // What each kind of job adds, one line each; only what the server said.
    QStringList details;
    const auto add = [&details](const QString &caption, const QString &value) {
        if (!value.isEmpty())
            details << caption.arg(value);
    };
    add(tr("Name: %1"), job.name);
    add(tr("Tier: %1"), job.tier);
    add(tr("Extracted from: %1"), job.fileInput);
    add(tr("Configuration: %1"), job.configurationId);
    setPlainText(m_ui->detailValue, details.isEmpty() ? tr("—") : details.join(u'\n'));
    m_ui->errorText->setPlainText(shownText(job.errorMessage));
}

void ReferencedJobDialog::showMessage(const QString &text, bool isError)
{
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(QStringLiteral("failed"), this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    setPlainText(m_ui->messageLabel, text);
}

} // namespace BatchDeck
