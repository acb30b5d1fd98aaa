#pragma once

#include <QString>
#include <QStringView>

namespace BatchDeck {

// The shape of a failure message: the message with what varies from one failure to the next
// (numbers, quoted file names, sizes, IDs, URLs and paths) replaced by placeholders, so that
// 'File too large: "a.pdf" is 412 MB' and 'File too large: "b.pdf" is 380 MB' have one shape.
// Failures are grouped by it.
QString errorShape(QStringView message);

} // namespace BatchDeck
