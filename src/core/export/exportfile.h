#pragma once

#include <QFileDevice>
#include <QString>

#include <memory>

namespace BatchDeck {

// Where an export writes, shared by every CSV export. QSaveFile writes a new file and renames it
// over the old one: atomic for a regular file, but a FIFO or a device (/dev/null, /dev/stdout)
// would be replaced by a file, so they are written directly. A symlink is first opened as open(2)
// opens it (so the kernel's protected_symlinks rule applies); a regular file it leads to is then
// written atomically in its place, and the link stays a link.
std::unique_ptr<QFileDevice> makeExportOutput(const QString &path);
// Unbuffered: a buffered QFileDevice that can write only part of its buffer (a disk filling up)
// reports "Unknown error"; written directly, the short write is followed by one that fails with
// the reason (see writeFully()). The rows are gathered before, in large writes (BufferedOutput).
bool openExportOutput(QFileDevice *file);
// Saves what was written: a QSaveFile replaces the file now, a direct output is flushed.
bool finishExportOutput(QFileDevice *file);
// Never commits: a regular file keeps its previous content (or stays absent).
void discardExportOutput(QFileDevice *file);
// Whether discarding leaves the previous file untouched (a regular file, written atomically).
bool isAtomicExportOutput(const QFileDevice *file);

} // namespace BatchDeck
