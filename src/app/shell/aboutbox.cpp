#include "app/shell/aboutbox.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace BatchDeck {

namespace {

struct AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::MainWindow)
};

} // namespace

void showAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(
        QMessageBox::Information, AboutBox::tr("About BatchDeck"),
        AboutBox::tr("<h3>BatchDeck %1</h3><p>A desktop app for LlamaCloud "
                     "batch-processing jobs.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(BATCHDECK_VERSION), QString::fromLatin1(qVersion())),
        QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace BatchDeck
