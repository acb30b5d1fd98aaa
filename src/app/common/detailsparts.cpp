#include "app/common/detailsparts.h"

#include "app/common/servertext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace BatchDeck {

namespace {

struct DetailsParts
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::DetailsParts)
};

} // namespace

QString detailsTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return DetailsParts::tr("—");
    return DetailsParts::tr("%1 (%2)").arg(
        QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
        time.toUTC().toString(Qt::ISODateWithMs));
}

void emphasizeId(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
}

void askBeforeCancelling(QWidget *parent, const CancelQuestion &question,
                         std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.informativeText);
    makePlainText(box); // the text names a server's ID
    QPushButton *cancelButton = box->addButton(question.cancelLabel, QMessageBox::DestructiveRole);
    QPushButton *keepButton =
        box->addButton(DetailsParts::tr("Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, cancelButton, onConfirmed = std::move(onConfirmed)] {
                         if (box->clickedButton() == cancelButton)
                             onConfirmed();
                     });
    box->open();
}

} // namespace BatchDeck
