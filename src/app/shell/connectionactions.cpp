#include "app/shell/connectionactions.h"

#include "app/connection/connectioncontroller.h"
#include "app/connection/connectiondialog.h"
#include "core/api/apiclient.h"

#include <QMessageBox>
#include <QPushButton>

namespace BatchDeck {

ConnectionActions::ConnectionActions(QNetworkAccessManager *network, ApiClient *client,
                                     ConnectionController *connection, QWidget *window)
    : QObject(window)
    , m_network(network)
    , m_client(client)
    , m_connection(connection)
    , m_window(window)
{ }

void ConnectionActions::openDialog()
{
    // The server in use, including one from LLAMA_CLOUD_BASE_URL. A key from the environment
    // stays there, and the demo's address is no server to keep.
    ClientSettings current = m_client->settings();
    if (m_connection->keyFromEnvironment())
        current.apiKey.clear();
    if (m_connection->isDemo() || !m_connection->isConnected()) {
        current = ClientSettings {};
        if (const QUrl environmentUrl = baseUrlFromEnvironment(); !environmentUrl.isEmpty())
            current.baseUrl = environmentUrl;
    }
    auto *dialog = new ConnectionDialog(m_network, current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_connection->storageNote().isEmpty())
        dialog->setStorageNote(m_connection->storageNote());
    dialog->setDemo(m_connection->isDemo() ? m_client->settings().displayName() : QString(),
                    m_connection->isDemo());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->isDemoChosen())
            m_connection->useCloud(dialog->settings());
        else if (!m_connection->isDemo())
            m_connection->useDemo();
    });
    dialog->open();
}

void ConnectionActions::confirmForgetKey()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Forget API key"),
        tr("Remove the API key for %1 from this computer?").arg(m_client->settings().displayName()),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("forgetKeyConfirmation"));
    box->setInformativeText(tr("BatchDeck disconnects, and the key has to be entered again to "
                               "connect."));
    QPushButton *forget = box->addButton(tr("&Forget key"), QMessageBox::DestructiveRole);
    // Enter or Escape keeps the key: only a deliberate click removes it.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, forget](QAbstractButton *button) {
        if (button != forget)
            return;
        Q_EMIT aboutToForgetKey();
        m_connection->forgetKey();
    });
    box->open();
}

} // namespace BatchDeck
