#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace BatchDeck::Testing {

// What the file at `path` holds, or "<missing>" when it cannot be read, so that a comparison
// names the absent file.
QByteArray fileContent(const QString &path);
// The names of everything in `folder` but subfolders: hidden files (a temporary file left
// behind) and FIFOs or device nodes included.
QStringList filesIn(const QTemporaryDir &folder);
// Empties `folder` of what filesIn() lists.
void removeFilesIn(const QTemporaryDir &folder);

} // namespace BatchDeck::Testing
