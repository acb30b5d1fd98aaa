#pragma once

#include "core/export/bufferedoutput.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace BatchDeck {

struct Job;

struct CsvOptions
{
    bool byteOrderMark = false;
    // Prefix text cells that a spreadsheet would run as a formula (OWASP "CSV Injection").
    bool formulaGuard = true;
    // For CSV shown on a terminal (standard output is one): characters that would drive the
    // terminal are written escaped (see terminaltext.h). A file always keeps the bytes.
    bool escapeForTerminal = false;
};

// A cell and whether it holds a number, which the formula guard must never alter.
struct CsvCell
{
    QString text;
    bool numeric = false;
};

// RFC 4180 CSV over any QIODevice: CRLF line ends, quoting where needed, inner quotes doubled,
// embedded newlines kept, UTF-8. With a buffer size, rows are gathered (see BufferedOutput) and
// reach the device on flush() at the latest; without, each row is written at once.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options, qsizetype bufferSize = 0);

    bool writeRow(const QList<CsvCell> &cells);
    // Writes the rows gathered; false, with errorString(), as for a failed row.
    bool flush();
    QString errorString() const { return m_error; }

    static QString encodeCell(const CsvCell &cell, bool formulaGuard,
                              bool escapeForTerminal = false);

private:
    bool write(const QByteArray &bytes);
    // Sets the sentence for the output's failure; returns false.
    bool failed();

    BufferedOutput m_output;
    CsvOptions m_options;
    bool m_startWritten = false;
    QString m_error;
};

// Jobs as CSV, with the API's field names as a stable English header (jobFields(), jobRow()).
class JobCsvWriter
{
public:
    JobCsvWriter(QIODevice *device, const CsvOptions &options);

    static const QStringList &header();
    static QList<CsvCell> cellsFor(const Job &job);

    bool writeHeader();
    bool writeJob(const Job &job);
    QString errorString() const { return m_writer.errorString(); }

private:
    CsvWriter m_writer;
};

} // namespace BatchDeck
