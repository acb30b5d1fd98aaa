#pragma once

#include <QDialog>

class QMenuBar;

namespace BatchDeck {

// Help > Keyboard Shortcuts: every menu command that has keys, read from the menus themselves
// so that the list cannot fall behind them, then the keys that work inside lists and fields.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace BatchDeck
