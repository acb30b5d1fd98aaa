#pragma once

#include "core/watch/watchedwork.h"

#include <QCoreApplication>
#include <QString>

namespace BatchDeck {

// What a notification says when watched work ends: the title names the kind and how it ended
// ("Job completed", "Batch failed"), in the tables' status words; the body names the work (its
// label and ID) and, when it failed, the first line of its error. Plain text, the key masked.
struct WorkEnding
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::WorkEnding)

public:
    QString title;
    QString body;

    static WorkEnding of(const WatchedWork &work, const QString &finalStatus,
                         const QString &errorMessage);
    // "Q3 invoices · bjb-…", or the ID alone when the work has no label of its own.
    static QString nameOf(const WatchedWork &work);
};

} // namespace BatchDeck
