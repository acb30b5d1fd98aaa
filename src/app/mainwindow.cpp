#include "mainwindow.h"

#include "ui_mainwindow.h"

namespace BatchDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(&m_network)
{
    m_ui->setupUi(this);
    m_ui->jobTable->setModel(&m_model);
}

MainWindow::~MainWindow() = default;

void MainWindow::start(bool demo)
{
    ClientSettings settings;
    if (demo) {
        m_demoServer = std::make_unique<DemoServer>(DemoConfig {});
        if (m_demoServer->listen()) {
            settings.baseUrl = m_demoServer->baseUrl();
            settings.apiKey = DemoServer::apiKey();
        }
    } else {
        settings.apiKey = apiKeyFromEnvironment();
    }
    m_client.setSettings(settings);
    refresh();
}

void MainWindow::refresh()
{
    ListJobsQuery query;
    query.limit = 50;
    m_client.listJobs(query, this, [this](const JobPage &page, const ApiError &error) {
        if (!error.isOk()) {
            statusBar()->showMessage(error.message);
            return;
        }
        m_model.setJobs(page.jobs);
        statusBar()->showMessage(tr("%1 jobs").arg(page.totalSize.value_or(page.jobs.size())));
    });
}

} // namespace BatchDeck
