#include "core/jobs/filtercounter.h"
#include "core/jobs/jobsapi.h"

namespace BatchDeck {

FilterCounter::FilterCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void FilterCounter::clear()
{
    m_counts.clear();
    m_counted.reset();
    Q_EMIT countsChanged();
}

void FilterCounter::update(const JobFilter &filter)
{
    // A recount of the same filter (a refresh) leaves the counts on screen until each new one
    // arrives; counts of another filter would be wrong meanwhile, so those go at once.
    if (m_counts.restart(m_counted && *m_counted == filter))
        Q_EMIT countsChanged();
    m_counted = filter;

    countEach(QStringLiteral("status:"), filter, &JobFilter::status, knownJobStatuses());
    countEach(QStringLiteral("type:"), filter, &JobFilter::jobType, knownJobTypes());
}

void FilterCounter::countEach(const QString &prefix, const JobFilter &filter,
                              std::optional<QString> JobFilter::*field, const QStringList &values)
{
    JobFilter counted = filter;
    (counted.*field).reset();
    count(prefix, counted); // "All", with the other lists' filters
    for (const QString &value : values) {
        counted.*field = value;
        count(prefix + value, counted);
    }
}

void FilterCounter::count(const QString &key, const JobFilter &filter)
{
    if (!filter.validationError().isEmpty())
        return;
    m_counts.add(JobsApi(m_client).listJobs(
        filter.toQuery(1, 0), this, [this, key](const JobPage &page, const ApiError &error) {
            if (m_counts.record(key, page.totalSize, error))
                Q_EMIT countsChanged();
        }));
}

std::optional<qint64> FilterCounter::statusCount(const QString &value) const
{
    return m_counts.value(QStringLiteral("status:") + value);
}

std::optional<qint64> FilterCounter::typeCount(const QString &value) const
{
    return m_counts.value(QStringLiteral("type:") + value);
}

} // namespace BatchDeck
