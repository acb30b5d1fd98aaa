#pragma once

#include <QString>
#include <QStringView>

namespace BatchDeck {

// The shape of a failure message: the message with what varies from one failure to the next
// replaced by placeholders, so that 'File too large: "a.pdf" is 412 MB (limit 300 MB)' and
// 'File too large: "scan_batch_07.pdf" is 380 MB (limit 300 MB)' have one shape,
// 'File too large: "<file>" is <size> (limit <size>)'. Failures are grouped by it, and the shape
// is shown as the group's pattern. The placeholders:
//   <number>  a number standing alone: "-1", "37", "12,345", "0.42"; a unit glued to it stays
//             ("30s" gives "<number>s"), as do "%" and ranges ("3-7" gives "<number>-<number>")
//   <size>    a number with a size unit, glued or not: "412 MB", "1.5GiB", "2048 bytes"
//   <time>    an ISO date or timestamp ("2024-05-01", "2024-05-01T12:30:00.123Z") or a clock
//             time with seconds ("09:15:00")
//   <id>      a UUID, alone or after a short prefix ("bjb-…", "dir-…", "bat-…", "jr-…"), a
//             prefixed opaque id ("csub-3fa9b2c1d4e5") or a hex id of 8 or more digits
//   <url>     anything starting with scheme:// ("https://…", "s3://…")
//   <path>    an absolute path ("/var/…", "~/…", "./…", "C:\…", "\\server\…"), or a relative one
//             with two separators or ending in a file name ("in/scans/a.pdf")
//   <file>    a file name with a known extension ("report.docx"), or any quoted text ending in
//             an extension ("scan, part 2.pdf")
//   <text>    any other quoted text: a field name, a value ('invoice_total')
// Quoted text is replaced as a whole, inside its quotes as written ("…", '…', “…”, ‘…’, „…“,
// «…»). An apostrophe inside a word ("can't", "l’analyse") is not a quote.
//
// Kept as written, being part of the wording: the rest of the text and its case; digits inside
// a word ("OCR2", "v2", "utf8", "utf-8", "x86_64", "2nd"); versions and addresses ("3.5.1");
// file types (".heic"); and an HTTP status after "HTTP", "HTTP/1.1", "status" or "code"
// ("HTTP 503"), since a 404 and a 503 are different failures and there are few of them.
//
// Whitespace is collapsed and the message trimmed. Only the first ErrorShapeInputLimit
// characters are read, so that a huge message cannot make grouping slow; a shape cut there ends
// with "…". An empty or null message has an empty shape.
QString errorShape(QStringView message);

inline constexpr qsizetype ErrorShapeInputLimit = 500;

} // namespace BatchDeck
