#pragma once

#include "apiclient.h"
#include "demoserver.h"
#include "jobtablemodel.h"

#include <QMainWindow>
#include <QNetworkAccessManager>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace BatchDeck {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void start(bool demo);

private:
    void refresh();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    JobTableModel m_model;
    std::unique_ptr<DemoServer> m_demoServer;
};

} // namespace BatchDeck
