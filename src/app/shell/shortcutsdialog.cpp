#include "app/shell/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace BatchDeck {

namespace {

// "&Refresh" as a menu shows it: without the mnemonic's marker (a doubled one is an ampersand).
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title)
{
    auto *group = new QTreeWidgetItem(tree, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void addCommands(QTreeWidgetItem *group, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            addCommands(group, action->menu());
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            new QTreeWidgetItem(group,
                                {withoutMnemonic(action->text()), keysText(action->shortcuts())});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setItemsExpandable(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::StrongFocus); // scrolled with the arrows, focus drawn

    for (const QAction *entry : menus->actions()) {
        const QMenu *menu = entry->menu();
        if (!menu || !entry->isVisible())
            continue;
        QTreeWidgetItem *group = addGroup(tree, withoutMnemonic(menu->title()));
        addCommands(group, menu);
        if (group->childCount() == 0)
            delete group;
    }

    // Keys that belong to a list or a field rather than to a menu command.
    QTreeWidgetItem *lists = addGroup(tree, tr("In lists and fields"));
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText);
    };
    const QList<std::pair<QString, QString>> listKeys = {
        {tr("Move between rows"), tr("Up, Down, Page Up, Page Down, Home, End")},
        {tr("Select several rows"), tr("Shift or Ctrl with the arrows, Ctrl+A")},
        {tr("Open the current job or batch"), tr("Return")},
        {tr("Copy the selected IDs, or the selected cells in details"), key(QKeySequence::Copy)},
        {tr("Open the job or batch whose ID is on the clipboard"), key(QKeySequence::Paste)},
        {tr("Move to the next or the previous control"), tr("Tab, Shift+Tab")},
        {tr("Empty the search field"), tr("Esc")},
        {tr("A row's or a header's context menu"), tr("Menu, Shift+F10")},
        {tr("Close a dialog; in a confirmation, keep things as they are"), tr("Esc")},
    };
    for (const auto &[command, keys] : listKeys)
        new QTreeWidgetItem(lists, {command, keys});

    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
}

} // namespace BatchDeck
