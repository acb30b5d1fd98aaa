#pragma once

class QWidget;

namespace BatchDeck {

// Help > About BatchDeck: the version and the Qt it runs on.
void showAboutBox(QWidget *parent);

} // namespace BatchDeck
