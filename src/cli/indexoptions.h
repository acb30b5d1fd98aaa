#pragma once

#include "core/export/rowwriter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>

#include <optional>

namespace BatchDeck::Cli {

// Where the index commands find the index: --db PATH, or the file of the connection named by
// --demo, --base-url, --region (or LLAMA_CLOUD_BASE_URL) and --project-id, --organization-id, as
// sync made it. Reading an index needs no API key.
void addIndexLocationOptions(QCommandLineParser &parser);
// The path; a problem is a sentence naming the flag.
QString readIndexPath(const QCommandLineParser &parser, QString *path);
// The --db option alone, for sync (whose connection options are the usual ones).
QCommandLineOption databaseOption();
// failures --group PATTERN: one group's jobs (or, with --items, its items and files) instead of
// the groups; PATTERN as the pattern column has it, "" for failures without a message.
QCommandLineOption groupOption();

// "30m", "2h", "7d", "90s": a duration in milliseconds; nothing, with *error naming `flag`, for
// anything else.
std::optional<qint64> parseDuration(const QString &text, const QString &flag, QString *error);
// A time: ISO 8601 (a date, or a date and time; UTC unless it says otherwise), or a duration
// meaning that long before `now` ("7d"). Invalid, with *error naming `flag`, otherwise.
QDateTime parseTimeOption(const QString &text, const QString &flag, const QDateTime &now,
                          QString *error);

// --output, --format, --bom, --no-formula-guard, as the exports have them.
void addRowOutputOptions(QCommandLineParser &parser);
struct RowOutput
{
    QString path = QStringLiteral("-"); // "-": standard output
    OutputFormat format = OutputFormat::Csv;
    CsvOptions csv;
};
QString readRowOutputOptions(const QCommandLineParser &parser, RowOutput *output);
// Writes the rows; an existing file is replaced only when all of them were written. Returns an
// empty string, or what failed as a sentence.
QString writeRows(const RowOutput &output, const QStringList &fields, const QList<Row> &rows);

} // namespace BatchDeck::Cli
