#include "logging.h"

namespace BatchDeck {
Q_LOGGING_CATEGORY(lcApi, "batchdeck.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "batchdeck.export", QtWarningMsg)
} // namespace BatchDeck
