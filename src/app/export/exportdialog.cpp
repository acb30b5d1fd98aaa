#include "app/export/exportdialog.h"

#include "app/common/appsettings.h"
#include "ui_exportdialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace BatchDeck {

ExportDialog::ExportDialog(std::optional<qint64> matchingJobs, int pageJobs, int selectedJobs,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->allMatchingRadio->setText(
        matchingJobs
            ? tr("&All jobs matching the current filters (%1)").arg(locale.toString(*matchingJobs))
            : tr("&All jobs matching the current filters"));
    m_ui->currentPageRadio->setText(tr("The current &page (%1)").arg(locale.toString(pageJobs)));
    m_ui->selectedRowsRadio->setText(
        tr("The &selected rows (%1)").arg(locale.toString(selectedJobs)));
    m_ui->selectedRowsRadio->setEnabled(selectedJobs > 0);

    // The last folder used, else Documents, else home: whichever exists.
    QString folder = QDir::homePath();
    for (const QString &candidate :
         {AppSettings().exportFolder(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!candidate.isEmpty() && QDir(candidate).exists()) {
            folder = candidate;
            break;
        }
    }
    m_ui->pathEdit->setText(QDir(folder).filePath(defaultFileName(QDateTime::currentDateTime())));
    m_ui->concurrencySpin->setValue(AppSettings().exportConcurrency());
    updateConcurrencyField();
    connect(m_ui->allMatchingRadio, &QRadioButton::toggled, this,
            &ExportDialog::updateConcurrencyField);

    QPushButton *exportButton =
        m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        AppSettings settings;
        settings.saveExportFolder(QFileInfo(filePath()).absolutePath());
        if (m_ui->concurrencySpin->isEnabled())
            settings.saveExportConcurrency(concurrency());
        accept();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    validate();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::useBatchWording(std::optional<qint64> matchingBatches)
{
    setWindowTitle(tr("Export batches to CSV"));
    m_ui->scopeGroup->setTitle(tr("Batches to export"));
    m_fileDialogTitle = tr("Export batches to");
    m_pagesInOrder = true;
    updateConcurrencyField();
    m_ui->allMatchingRadio->setText(matchingBatches
                                        ? tr("&All batches matching the current filters (%1)")
                                              .arg(QLocale().toString(*matchingBatches))
                                        : tr("&All batches matching the current filters"));
    const QFileInfo file(filePath());
    m_ui->pathEdit->setText(QDir(file.absolutePath())
                                .filePath(QStringLiteral("batches-%1.csv")
                                              .arg(QDateTime::currentDateTime().toString(
                                                  QStringLiteral("yyyyMMdd-HHmmss")))));
}

QString ExportDialog::defaultFileName(const QDateTime &localTime)
{
    return QStringLiteral("batch-jobs-%1.csv")
        .arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int ExportDialog::concurrency() const
{
    return m_ui->concurrencySpin->value();
}

void ExportDialog::updateConcurrencyField()
{
    const bool applies = !m_pagesInOrder && m_ui->allMatchingRadio->isChecked();
    m_ui->concurrencyLabel->setEnabled(applies);
    m_ui->concurrencySpin->setEnabled(applies);
    const QString why = m_pagesInOrder
        ? tr("Batches are read one page after another: each page needs the token the page "
             "before it gave.")
        : tr("How many pages of jobs are requested at the same time when every matching job is "
             "exported (1 asks for one page after another). When the server asks to slow "
             "down, fewer are requested for a while.");
    m_ui->concurrencyLabel->setToolTip(why);
    m_ui->concurrencySpin->setToolTip(why);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_ui->currentPageRadio->isChecked())
        return Scope::CurrentPage;
    if (m_ui->selectedRowsRadio->isChecked())
        return Scope::SelectedRows;
    return Scope::AllMatching;
}

QString ExportDialog::filePath() const
{
    return QDir::cleanPath(m_ui->pathEdit->text().trimmed());
}

CsvOptions ExportDialog::csvOptions() const
{
    CsvOptions options;
    options.byteOrderMark = m_ui->bomCheck->isChecked();
    options.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    return options;
}

void ExportDialog::browse()
{
    const QString title = m_fileDialogTitle.isEmpty() ? tr("Export jobs to") : m_fileDialogTitle;
    auto *dialog = new QFileDialog(this, title, filePath(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_ui->pathEdit->setText(QDir::toNativeSeparators(file));
    });
    dialog->open();
}

void ExportDialog::validate()
{
    const QFileInfo file(filePath());
    QString problem;
    if (m_ui->pathEdit->text().trimmed().isEmpty())
        problem = tr("Choose a file to export to.");
    else if (!file.absoluteDir().exists())
        problem = tr("The folder \"%1\" does not exist.")
                      .arg(QDir::toNativeSeparators(file.absolutePath()));
    else if (file.isDir())
        problem = tr("\"%1\" is a folder; add a file name.")
                      .arg(QDir::toNativeSeparators(file.filePath()));
    m_ui->messageLabel->setText(problem);
    for (QAbstractButton *button : m_ui->buttonBox->buttons()) {
        if (m_ui->buttonBox->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

} // namespace BatchDeck
