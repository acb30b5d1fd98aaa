#include "core/export/csvwriter.h"

#include "core/api/terminaltext.h"
#include "core/export/jobrows.h"

#include <QCoreApplication>

namespace BatchDeck {

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options, qsizetype bufferSize)
    : m_output(device, bufferSize)
    , m_options(options)
{ }

QString CsvWriter::encodeCell(const CsvCell &cell, bool formulaGuard, bool escapeForTerminal)
{
    QString text = cell.text;
    if (formulaGuard && !cell.numeric && !text.isEmpty()) {
        static const QString triggers = QStringLiteral("=+-@\t\r\n");
        if (triggers.contains(text.front()))
            text.prepend(u'\'');
    }
    if (escapeForTerminal)
        text = BatchDeck::escapeForTerminal(text);
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

bool CsvWriter::write(const QByteArray &bytes)
{
    return m_output.write(bytes) || failed();
}

bool CsvWriter::flush()
{
    return m_error.isEmpty() && (m_output.flush() || failed());
}

bool CsvWriter::failed()
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("BatchDeck::CsvWriter", "Could not write the CSV: %1")
                      .arg(m_output.errorString());
    }
    return false;
}

bool CsvWriter::writeRow(const QList<CsvCell> &cells)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_startWritten) {
        m_startWritten = true;
        if (m_options.byteOrderMark && !write(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    QString line;
    for (qsizetype index = 0; index < cells.size(); ++index) {
        if (index > 0)
            line += u',';
        line += encodeCell(cells.at(index), m_options.formulaGuard, m_options.escapeForTerminal);
    }
    line += QStringLiteral("\r\n");
    return write(line.toUtf8());
}

JobCsvWriter::JobCsvWriter(QIODevice *device, const CsvOptions &options)
    : m_writer(device, options)
{ }

const QStringList &JobCsvWriter::header()
{
    return jobFields();
}

QList<CsvCell> JobCsvWriter::cellsFor(const Job &job)
{
    return CsvRowWriter::cellsFor(jobRow(job));
}

bool JobCsvWriter::writeHeader()
{
    QList<CsvCell> cells;
    for (const QString &name : header())
        cells.append({name, false});
    return m_writer.writeRow(cells);
}

bool JobCsvWriter::writeJob(const Job &job)
{
    return m_writer.writeRow(cellsFor(job));
}

} // namespace BatchDeck
