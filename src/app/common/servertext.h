#pragma once

#include <QString>
#include <QVariant>

class QLabel;
class QMessageBox;
class QWidget;

namespace BatchDeck {

// Text from the server is data: the window shows it literally, never as HTML, and never shows
// or copies the API key. Qt guesses rich text (Qt::AutoText) in labels, message boxes and every
// tooltip, so a project name like "<h1>Session expired</h1><a href=…>" would otherwise render as
// a heading with a link. These helpers are the one way server text reaches the screen or the
// clipboard.

// `text` with the API key masked: what a cell, label or title shows.
QString shownText(const QString &text);
// A model's value as shown: a string masked, anything else as it is.
QVariant shownValue(const QVariant &value);

// A tooltip that shows `text` (masked) literally. Plain text is returned as it is; text that Qt
// would take for rich text (Qt::mightBeRichText) is escaped into deliberate rich text that
// displays the same characters, tags and all.
QString plainToolTip(const QString &text);

// The label shows `text` (masked) as plain text, with no links to follow.
void setPlainText(QLabel *label, const QString &text);
// The label shows whatever it is given as plain text, with no links to follow.
void makePlainText(QLabel *label);
void setPlainToolTip(QWidget *widget, const QString &text);

// Puts `text` (masked) on the clipboard.
void copyToClipboard(const QString &text);

// The message box shows its text and informative text as plain text and opens no links.
// Call after setting the texts (Qt creates the informative label on demand).
void makePlainText(QMessageBox *box);

} // namespace BatchDeck
