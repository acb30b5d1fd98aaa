#include "csvwriter.h"

#include "batchjob.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BatchDeck {

QString toIsoUtc(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{ }

QString CsvWriter::encodeCell(const CsvCell &cell, bool formulaGuard)
{
    QString text = cell.text;
    if (formulaGuard && !cell.numeric && !text.isEmpty()) {
        static const QString triggers = QStringLiteral("=+-@\t\r\n");
        if (triggers.contains(text.front()))
            text.prepend(u'\'');
    }
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

bool CsvWriter::write(const QByteArray &bytes)
{
    // A write can be short without an error (a disk filling up part-way): writing the rest then
    // fails with the reason ("No space left on device"), which a short write alone does not give.
    qint64 done = 0;
    qint64 written = 0;
    while (done < bytes.size()
           && (written = m_device->write(bytes.constData() + done, bytes.size() - done)) > 0)
        done += written;
    if (done == bytes.size())
        return true;
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("BatchDeck::CsvWriter", "Could not write the CSV: %1")
                      .arg(m_device->errorString());
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
        line += encodeCell(cells.at(index), m_options.formulaGuard);
    }
    line += QStringLiteral("\r\n");
    return write(line.toUtf8());
}

JobCsvWriter::JobCsvWriter(QIODevice *device, const CsvOptions &options)
    : m_writer(device, options)
{ }

const QStringList &JobCsvWriter::header()
{
    static const QStringList names =
        QStringLiteral("id,job_type,status,project_id,directory_id,total_items,"
                       "processed_items,failed_items,skipped_items,created_at,"
                       "started_at,completed_at,updated_at,effective_at,"
                       "error_message,job_record_id,workflow_id")
            .split(u',');
    return names;
}

QList<CsvCell> JobCsvWriter::cellsFor(const BatchJob &job)
{
    const auto text = [](const QString &value) { return CsvCell {value, false}; };
    const auto number = [](qint64 value) { return CsvCell {QString::number(value), true}; };
    const auto time = [](const QDateTime &value) { return CsvCell {toIsoUtc(value), false}; };
    return {text(job.id),
            text(job.jobType),
            text(job.status),
            text(job.projectId),
            text(job.directoryId),
            number(job.totalItems),
            number(job.processedItems),
            number(job.failedItems),
            number(job.skippedItems),
            time(job.createdAt),
            time(job.startedAt),
            time(job.completedAt),
            time(job.updatedAt),
            time(job.effectiveAt),
            text(job.errorMessage),
            text(job.jobRecordId),
            text(job.workflowId)};
}

bool JobCsvWriter::writeHeader()
{
    QList<CsvCell> cells;
    for (const QString &name : header())
        cells.append({name, false});
    return m_writer.writeRow(cells);
}

bool JobCsvWriter::writeJob(const BatchJob &job)
{
    return m_writer.writeRow(cellsFor(job));
}

} // namespace BatchDeck
