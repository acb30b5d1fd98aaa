#pragma once

#include "core/jobs/jobsapi.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace BatchDeck {

// Region or server address and API key, with a "Test connection" that says in words what the
// server answered. The key is never shown unless asked for.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(QNetworkAccessManager *network, const ClientSettings &current,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen server and key; valid only when the dialog was accepted.
    ClientSettings settings() const;
    void setStorageNote(const QString &text);

private:
    void validate();
    void testConnection();
    QString problem() const;
    // A custom server address over plain http to a host that is not this machine.
    bool isPlainHttpElsewhere() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ApiClient m_testClient;
    ClientSettings m_base;
    QPointer<ApiCall> m_testCall;
};

} // namespace BatchDeck
