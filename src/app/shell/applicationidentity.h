#pragma once

namespace BatchDeck {

// The app's name, organisation, version, desktop file name, icon and plural forms, set once on
// the QApplication: by the app and by what measures its start-up, so both start alike.
void setUpApplicationIdentity();

} // namespace BatchDeck
