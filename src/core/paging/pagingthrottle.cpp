#include "core/paging/pagingthrottle.h"

#include <QCoreApplication>

namespace BatchDeck {

QString throttleText(const PagingThrottle &throttle)
{
    const char *context = "BatchDeck::PagingThrottle";
    // Whole seconds, rounded up: "waiting 0 s" would read as no wait at all.
    const int seconds = (throttle.waitMs + 999) / 1000;
    const QString inFlight = QCoreApplication::translate(context, "%n request(s) in flight",
                                                         nullptr, throttle.requestsInFlight);
    switch (throttle.reason) {
    case PagingThrottle::Reason::RateLimited:
        return QCoreApplication::translate(context, "server asks to slow down: waiting %1 s, %2")
            .arg(seconds)
            .arg(inFlight);
    case PagingThrottle::Reason::ServerFailing:
        return QCoreApplication::translate(context,
                                           "server is failing (HTTP %1): retrying in %2 s, %3")
            .arg(throttle.httpStatus)
            .arg(seconds)
            .arg(inFlight);
    case PagingThrottle::Reason::None:
        break;
    }
    return {};
}

} // namespace BatchDeck
