#pragma once

#include <QLoggingCategory>

namespace BatchDeck {
// Requests never log headers, so the API key stays out of logs.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace BatchDeck
