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

    // The chosen server and key; valid only when the dialog was accepted and the demo was not
    // chosen.
    ClientSettings settings() const;
    void setStorageNote(const QString &text);
    // The built-in demo server as a choice: `address` names it while it runs (empty when it
    // does not), and `inUse` selects it.
    void setDemo(const QString &address, bool inUse);
    bool isDemoChosen() const;

private:
    void validate();
    void testConnection();
    QString problem() const;
    // A custom server address over plain http to a host that is not this machine.
    bool isPlainHttpElsewhere() const;
    // Wrapped text asks for height by width, which a dialog's minimum size does not follow:
    // the dialog grows when a warning appears instead of clipping it.
    void growToFitContents();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ApiClient m_testClient;
    ClientSettings m_base;
    QPointer<ApiCall> m_testCall;
};

} // namespace BatchDeck
