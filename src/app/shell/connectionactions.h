#pragma once

#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace BatchDeck {

class ApiClient;
class ConnectionController;

// The window's connection commands: the connection dialog and "Forget API key".
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    ConnectionActions(QNetworkAccessManager *network, ApiClient *client,
                      ConnectionController *connection, QWidget *window);

    void openDialog();
    // Asks first; the key is removed only on a deliberate click.
    void confirmForgetKey();

Q_SIGNALS:
    // The user confirmed: the window stops using the connection before the key goes.
    void aboutToForgetKey();

private:
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    ConnectionController *m_connection;
    QWidget *m_window;
};

} // namespace BatchDeck
