#include "index/failures/errorshape.h"

namespace BatchDeck {

QString errorShape(QStringView message)
{
    return message.toString().simplified();
}

} // namespace BatchDeck
