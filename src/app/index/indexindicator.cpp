#include "app/index/indexindicator.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/index/indexcontroller.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace BatchDeck {

IndexIndicator::IndexIndicator(IndexController *controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
    , m_menu(new QMenu(tr("&Index"), this))
{
    setObjectName(QStringLiteral("indexIndicator"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);

    m_syncNow = m_menu->addAction(tr("&Sync Now"), controller, [controller] {
        controller->syncNow(IndexSync::Mode::Incremental);
    });
    // Ctrl+Shift+R is auto-refresh; S for Sync.
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNow->setToolTip(tr("Read what is new on the server and the unfinished work"));
    m_fullSync = m_menu->addAction(tr("Sync &Everything Again"), controller,
                                   [controller] { controller->syncNow(IndexSync::Mode::Full); });
    m_fullSync->setToolTip(tr("Read every job and batch again, and find those the server no "
                              "longer lists"));
    m_cancel = m_menu->addAction(tr("&Cancel Sync"), controller, &IndexController::cancelSync);
    m_menu->addSeparator();
    m_keepRemoved = m_menu->addAction(tr("&Keep Removed Jobs as History"));
    m_keepRemoved->setCheckable(true);
    m_keepRemoved->setChecked(AppSettings().indexKeepsRemoved());
    m_keepRemoved->setToolTip(tr("Jobs and batches the server no longer lists stay in the "
                                 "index, marked as removed, instead of being deleted from it"));
    connect(m_keepRemoved, &QAction::toggled, this,
            [](bool keep) { AppSettings().saveIndexKeepsRemoved(keep); });
    m_enabled = m_menu->addAction(tr("Keep a &Local Index"));
    m_enabled->setCheckable(true);
    m_enabled->setChecked(controller->isEnabled());
    m_enabled->setToolTip(tr("Off: no copy of your jobs is kept on this computer, and lists are "
                             "read from the server page by page"));
    connect(m_enabled, &QAction::toggled, controller, &IndexController::setEnabled);
    m_menu->addSeparator();
    m_clear = m_menu->addAction(tr("C&lear Index…"), this, &IndexIndicator::confirmClear);

    connect(controller, &IndexController::statusChanged, this, &IndexIndicator::updateState);
    updateState();
}

void IndexIndicator::updateState()
{
    const QString text = m_controller->statusText();
    setText(shownText(text));
    setToolTip(
        plainToolTip(text + u'\n' + tr("Click for Sync Now, Clear Index and other choices")));
    const bool available = m_controller->isAvailable();
    const bool syncing = m_controller->isSyncing();
    m_syncNow->setEnabled(available && !syncing);
    m_fullSync->setEnabled(available && !syncing);
    m_cancel->setEnabled(syncing);
    m_clear->setEnabled(available);
    m_keepRemoved->setEnabled(m_controller->isEnabled());
}

void IndexIndicator::confirmClear()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear Index"),
                                tr("Remove every job and batch from the local index?"),
                                QMessageBox::Cancel, window());
    box->setInformativeText(tr("Nothing changes on the server. The next sync reads everything "
                               "again, and jobs the server no longer has are gone for good."));
    QPushButton *clear = box->addButton(tr("Clear Index"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(clear))
            m_controller->clear();
    });
    box->open();
}

} // namespace BatchDeck
