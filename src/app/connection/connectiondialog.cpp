#include "app/connection/connectiondialog.h"

#include "app/common/servertext.h"
#include "app/common/tabledelegates.h"
#include "core/jobs/jobsapi.h"
#include "ui_connectiondialog.h"

#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace BatchDeck {

ConnectionDialog::ConnectionDialog(QNetworkAccessManager *network, const ClientSettings &current,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_testClient(network)
    , m_base(current)
{
    m_ui->setupUi(this);
    const QUrl base = current.baseUrl.adjusted(QUrl::StripTrailingSlash);
    if (base == ClientSettings::baseUrlForRegion(QStringLiteral("eu"))) {
        m_ui->euRadio->setChecked(true);
    } else if (base != ClientSettings::baseUrlForRegion(QStringLiteral("us"))) {
        m_ui->customRadio->setChecked(true);
        m_ui->urlEdit->setText(base.toString());
    }
    m_ui->keyEdit->setText(current.apiKey);
    m_ui->insecureHttpCheck->setChecked(current.allowInsecureHttp);
    m_ui->storageLabel->setText(tr("The key is kept in your system keychain, never in a file."));

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QRadioButton *radio : {m_ui->demoRadio, m_ui->usRadio, m_ui->euRadio, m_ui->customRadio})
        connect(radio, &QRadioButton::toggled, this, &ConnectionDialog::validate);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, m_ui->customRadio, &QRadioButton::click);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_ui->insecureHttpCheck, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    validate();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setStorageNote(const QString &text)
{
    setPlainText(m_ui->storageLabel, text);
}

void ConnectionDialog::setDemo(const QString &address, bool inUse)
{
    if (!address.isEmpty())
        m_ui->demoRadio->setText(tr("&Demo data (BatchDeck's built-in server, %1)").arg(address));
    if (inUse)
        m_ui->demoRadio->setChecked(true);
}

bool ConnectionDialog::isDemoChosen() const
{
    return m_ui->demoRadio->isChecked();
}

ClientSettings ConnectionDialog::settings() const
{
    ClientSettings settings = m_base;
    if (m_ui->usRadio->isChecked()) {
        settings.baseUrl = ClientSettings::baseUrlForRegion(QStringLiteral("us"));
    } else if (m_ui->euRadio->isChecked()) {
        settings.baseUrl = ClientSettings::baseUrlForRegion(QStringLiteral("eu"));
    } else {
        QString error;
        settings.baseUrl = parseBaseUrl(m_ui->urlEdit->text(), &error);
    }
    settings.apiKey = m_ui->keyEdit->text().trimmed();
    settings.allowInsecureHttp =
        m_ui->customRadio->isChecked() && m_ui->insecureHttpCheck->isChecked();
    return settings;
}

QString ConnectionDialog::problem() const
{
    if (isDemoChosen())
        return {};
    if (m_ui->customRadio->isChecked()) {
        QString error;
        parseBaseUrl(m_ui->urlEdit->text(), &error);
        if (!error.isEmpty())
            return tr("Server address: %1").arg(error);
        if (settings().sendsKeyInCleartext())
            return tr("Server address: %1").arg(insecureHttpProblem(settings().baseUrl));
    }
    if (m_ui->keyEdit->text().trimmed().isEmpty())
        return tr("API key: enter the key from your LlamaCloud account settings.");
    if (const QString keyProblem = apiKeyProblem(m_ui->keyEdit->text().trimmed());
        !keyProblem.isEmpty())
        return tr("API key: %1").arg(keyProblem);
    return {};
}

bool ConnectionDialog::isPlainHttpElsewhere() const
{
    if (!m_ui->customRadio->isChecked())
        return false;
    QString error;
    const QUrl url = parseBaseUrl(m_ui->urlEdit->text(), &error);
    return error.isEmpty() && url.scheme() == u"http" && !isLoopbackHost(url.host());
}

void ConnectionDialog::validate()
{
    // The opt-in is offered only where it means something, so that nobody ticks it in passing.
    const bool plainHttpElsewhere = isPlainHttpElsewhere();
    m_ui->insecureHttpCheck->setVisible(plainHttpElsewhere);
    m_ui->insecureHttpWarning->setVisible(plainHttpElsewhere);
    const QString text = problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    // The demo needs no key and no test: it is served from this process.
    const bool demo = isDemoChosen();
    for (QWidget *keyPart :
         {static_cast<QWidget *>(m_ui->keyLabel), static_cast<QWidget *>(m_ui->keyEdit),
          static_cast<QWidget *>(m_ui->showKeyButton)})
        keyPart->setEnabled(!demo);
    m_ui->testButton->setEnabled(text.isEmpty() && !demo);
    m_ui->testResultLabel->setPalette(palette());
    setPlainText(m_ui->testResultLabel,
                 demo ? tr("The demo data needs no key: BatchDeck serves it from this computer, "
                           "and nothing is sent anywhere else.")
                      : text);
    growToFitContents();
}

void ConnectionDialog::growToFitContents()
{
    QLayout *contents = layout();
    const int needed = contents->hasHeightForWidth() ? contents->totalHeightForWidth(width())
                                                     : contents->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
    // The layout's estimate can fall short when a row holds wrapped text beside a button (the
    // test result): once laid out, the dialog grows by what each wrapped text still lacks.
    for (int pass = 0; pass < 3 && isVisible(); ++pass) {
        contents->activate();
        int lacking = 0;
        for (const QLabel *label : findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                lacking += std::max(0, label->heightForWidth(label->width()) - label->height());
        }
        if (lacking == 0)
            break;
        resize(width(), height() + lacking);
    }
}

void ConnectionDialog::testConnection()
{
    if (m_testCall)
        m_testCall->abort();
    ClientSettings testSettings = settings();
    testSettings.maxRetries = 0;
    testSettings.timeoutMs = 15'000;
    m_testClient.setSettings(testSettings);
    m_ui->testResultLabel->setText(tr("Testing…"));
    ListJobsQuery query;
    query.limit = 1;
    m_testCall =
        JobsApi(&m_testClient)
            .listJobs(query, this, [this](const JobPage &page, const ApiError &error) {
                if (error.kind == ApiError::Kind::Aborted)
                    return;
                QPalette palette = m_ui->testResultLabel->palette();
                palette.setColor(QPalette::WindowText,
                                 statusColor(error.isOk() ? QStringLiteral("completed")
                                                          : QStringLiteral("failed"),
                                             this->palette()));
                m_ui->testResultLabel->setPalette(palette);
                if (!error.isOk())
                    setPlainText(m_ui->testResultLabel, error.message);
                else if (page.totalSize)
                    m_ui->testResultLabel->setText(tr("Connected. This key sees %1 batch jobs.")
                                                       .arg(QLocale().toString(*page.totalSize)));
                else
                    m_ui->testResultLabel->setText(
                        tr("Connected. The server answered with job data."));
            });
}

} // namespace BatchDeck
