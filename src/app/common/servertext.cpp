#include "app/common/servertext.h"

#include "core/api/logging.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace BatchDeck {

QString shownText(const QString &text)
{
    return maskSecrets(text);
}

QVariant shownValue(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? QVariant(maskSecrets(value.toString())) : value;
}

QString plainToolTip(const QString &text)
{
    QString masked = maskSecrets(text);
    if (!Qt::mightBeRichText(masked))
        return masked; // QToolTip shows it as it is
    // White space as sent (a wrapped ID or error reads as the plain tooltip would).
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
        .arg(masked.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

void makePlainText(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(label->textInteractionFlags()
                                   & ~(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard));
}

void setPlainText(QLabel *label, const QString &text)
{
    makePlainText(label);
    label->setText(maskSecrets(text));
}

void setPlainToolTip(QWidget *widget, const QString &text)
{
    widget->setToolTip(plainToolTip(text));
}

void copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(maskSecrets(text));
}

void makePlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    box->setText(maskSecrets(box->text()));
    if (!box->informativeText().isEmpty())
        box->setInformativeText(maskSecrets(box->informativeText()));
    if (!box->detailedText().isEmpty())
        box->setDetailedText(maskSecrets(box->detailedText()));
    // QMessageBox's own labels open links and its informative label guesses rich text.
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->pixmap().isNull())
            makePlainText(label);
    }
}

} // namespace BatchDeck
