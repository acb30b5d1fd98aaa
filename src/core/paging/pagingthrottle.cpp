#include "core/paging/pagingthrottle.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of these words, where lupdate can see it.
struct PagingThrottleText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::PagingThrottle)
};

} // namespace

QString throttleText(const PagingThrottle &throttle)
{
    // Whole seconds, rounded up: "waiting 0 s" would read as no wait at all.
    const int seconds = (throttle.waitMs + 999) / 1000;
    const QString inFlight =
        PagingThrottleText::tr("%n request(s) in flight", nullptr, throttle.requestsInFlight);
    switch (throttle.reason) {
    case PagingThrottle::Reason::RateLimited:
        return PagingThrottleText::tr("server asks to slow down: waiting %1 s, %2")
            .arg(seconds)
            .arg(inFlight);
    case PagingThrottle::Reason::ServerFailing:
        return PagingThrottleText::tr("server is failing (HTTP %1): retrying in %2 s, %3")
            .arg(throttle.httpStatus)
            .arg(seconds)
            .arg(inFlight);
    case PagingThrottle::Reason::None:
        break;
    }
    return {};
}

} // namespace BatchDeck
