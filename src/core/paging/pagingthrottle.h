#pragma once

#include <QMetaType>
#include <QString>

namespace BatchDeck {

// Why a pager sends fewer requests than it may, and for how long, for a status line: a server
// that answers 429 or 5xx makes it halve the requests in flight and wait as the server asks.
struct PagingThrottle
{
    enum class Reason { None, RateLimited, ServerFailing };
    Reason reason = Reason::None;
    int httpStatus = 0; // the answer that slowed paging down
    int waitMs = 0; // until requests go out again
    int requestsInFlight = 0; // sent or waiting for their retry
    int concurrencyLimit = 0; // the requests the pager now allows at once

    bool isActive() const { return reason != Reason::None; }
};

// "server asks to slow down: waiting 8 s, 3 requests in flight", or for a 5xx "server is
// failing (HTTP 503): retrying in 4 s, 3 requests in flight"; empty when not throttled.
QString throttleText(const PagingThrottle &throttle);

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::PagingThrottle)
