#pragma once

// The export writes JSON Lines too now: JobExport is its name. This header and the alias keep
// older callers building until they say JobExport.
#include "jobexport.h"

namespace BatchDeck {
using JobCsvExport = JobExport;
} // namespace BatchDeck
