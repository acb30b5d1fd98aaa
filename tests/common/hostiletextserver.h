#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QString>

namespace BatchDeck::Testing {

// Text that a careless widget would render as a red heading, a link and an image. The link
// points at 127.0.0.1: it must never be followed, and no test may name another address.
inline const QString HostileHtml =
    QStringLiteral("<h1 style=\"color:red\">Session expired</h1>"
                   "<a href=\"http://127.0.0.1:9/re-enter-key\">re-enter your key</a><img src=x>");
// IDs that look like HTML too; they travel percent-encoded in request paths.
inline const QString HostileJobId = QStringLiteral("bjb-<b>1</b>");
inline const QString HostileBatchId = QStringLiteral("bat-<b>1</b>");
inline const QString HostileItemId = QStringLiteral("dfl-<i>1</i>");
inline const QString HostileProjectId = QStringLiteral("<u>prj</u>");
inline const QString HostileDirectoryId = QStringLiteral("<u>dir</u>");

// Server objects with `text` (or a hostile ID) in every text field the window shows.
QJsonObject hostileJobJson(const QString &text = HostileHtml);
QJsonObject hostileItemJson(const QString &text = HostileHtml);
QByteArray hostileProcessingResultsBody(const QString &text = HostileHtml);
// With a file that has a job and one that failed; RUNNING, so that it can be cancelled.
QJsonObject hostileBatchJson(const QString &text = HostileHtml);

// Answers every call the window makes with the objects above: v1 list, status, items,
// processing results; v2 list and batch; projects and directories. Cancelling (v1 and v2)
// answers 409 with HostileHtml as the error's detail. `text` replaces HostileHtml in every
// text field (a test puts the API key there).
TestHttpServer::Handler hostileTextHandler(const QString &text = HostileHtml);

} // namespace BatchDeck::Testing
