#pragma once

#include <QToolButton>

class QAction;
class QMenu;

namespace BatchDeck {

class IndexController;

// The index in the status bar: "Index: 102,345 jobs, 1,204 batches, synced 2 min ago", and a
// menu (also the window's Index menu) to sync now, sync everything again, cancel, clear, keep
// removed jobs as history, or do without a local index.
class IndexIndicator : public QToolButton
{
    Q_OBJECT

public:
    IndexIndicator(IndexController *controller, QWidget *parent = nullptr);

    QMenu *indexMenu() const { return m_menu; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *fullSyncAction() const { return m_fullSync; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *clearAction() const { return m_clear; }
    QAction *enabledAction() const { return m_enabled; }
    QAction *keepRemovedAction() const { return m_keepRemoved; }

private:
    void updateState();
    void confirmClear();

    IndexController *m_controller;
    QMenu *m_menu;
    QAction *m_syncNow;
    QAction *m_fullSync;
    QAction *m_cancel;
    QAction *m_clear;
    QAction *m_enabled;
    QAction *m_keepRemoved;
};

} // namespace BatchDeck
