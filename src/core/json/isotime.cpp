#include "core/json/isotime.h"

namespace BatchDeck {

QString toIsoUtc(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace BatchDeck
