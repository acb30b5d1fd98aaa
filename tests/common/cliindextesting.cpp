#include "cliindextesting.h"

#include "demo/demoserver.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

namespace BatchDeck::Testing {

QStringList demoConnection(const DemoServer &demo)
{
    return {QStringLiteral("--base-url"), demo.baseUrl().toString(), QStringLiteral("--api-key"),
            DemoServer::apiKey()};
}

QList<QJsonObject> demoJobs(DemoServer &demo)
{
    return demo.dataset().listJobs({}, 0, demo.dataset().jobCount()).jobs;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<QStringList> csvRows(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto nextIs = [&](qsizetype i, QChar next) {
        return i + 1 < text.size() && text.at(i + 1) == next;
    };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && nextIs(i, u'"')) {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            row.append(std::exchange(field, {}));
        } else if (!quoted && c == u'\r' && nextIs(i, u'\n')) {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QStringList idsOf(const QList<QJsonObject> &objects)
{
    QStringList ids;
    for (const QJsonObject &object : objects)
        ids.append(object.value(u"id").toString());
    return ids;
}

SyncFigures syncFigures(const QByteArray &out)
{
    static const QRegularExpression pattern(
        QStringLiteral("Jobs: ([\\d,]+) added, [\\d,]+ updated, [\\d,]+ removed\\. Batches: "
                       "([\\d,]+) added, .* ([\\d,]+) requests? in "));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(out));
    const auto number = [&](int group) { return match.captured(group).remove(u',').toLongLong(); };
    return match.hasMatch() ? SyncFigures {number(1), number(2), number(3)} : SyncFigures {};
}

IndexContents readIndex(const QString &path)
{
    IndexContents contents;
    IndexDatabase database;
    if (!database.open(path))
        return {{}, {}, database.errorString()};
    IndexReader reader(&database);
    IndexQuery everything;
    everything.limit = 10'000'000;
    QList<IndexedJob> jobs;
    QList<IndexedBatch> batches;
    if (!reader.jobs(everything, &jobs) || !reader.batches(everything, &batches))
        return {{}, {}, reader.errorString()};
    for (const IndexedJob &indexed : std::as_const(jobs))
        contents.jobIds.append(indexed.job.id);
    for (const IndexedBatch &indexed : std::as_const(batches))
        contents.batchIds.append(indexed.batch.id);
    contents.jobIds.sort();
    contents.batchIds.sort();
    return contents;
}

} // namespace BatchDeck::Testing
