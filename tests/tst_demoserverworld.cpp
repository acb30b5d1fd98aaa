// The demo world agrees with itself, walked whole: every v1 job's counts are its items', a failed
// job's error names only files among its failed items and with their own reasons, times run in
// order (a running job's "Updated" is recent and moves with its counts), and every v2 batch's
// results are files of its directory that agree with the jobs they refer to. Read in-process from
// DemoDataset and DemoCatalog, which give what the demo server sends.
#include "demo/democatalog.h"
#include "demo/demodataset.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;

namespace {

const QDateTime Now(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());

DemoConfig configFor(int jobs, quint64 seed)
{
    DemoConfig config;
    config.jobCount = jobs;
    config.seed = seed;
    config.now = Now;
    return config;
}

QDateTime timeOf(const QJsonObject &object, const char *field)
{
    return QDateTime::fromString(object.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
}

QString extensionOf(const QString &name)
{
    return name.section(u'.', -1).toLower();
}

// Whether a file of this name can have failed for this reason: a reason that speaks of a file
// type speaks of the file's own. Empty: it fits; otherwise what does not.
QString misfit(const QString &reason, const QString &name, const QString &jobType)
{
    static const QRegularExpression unsupported(QStringLiteral("Unsupported file type: \\.(\\w+)"));
    const QString extension = extensionOf(name);
    const auto oneOf = [&](const QStringList &types) {
        return types.contains(extension) ? QString()
                                         : QStringLiteral("\"%1\" for %2").arg(reason, name);
    };
    if (const auto match = unsupported.match(reason); match.hasMatch())
        return oneOf({match.captured(1)});
    if (reason.contains(u"PDF"))
        return oneOf({QStringLiteral("pdf")});
    if (reason.contains(u"OCR"))
        return oneOf({QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg")});
    if (reason.contains(u"password"))
        return oneOf({QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("xlsx"),
                      QStringLiteral("pptx")});
    if (reason.contains(u"spreadsheets"))
        return oneOf({QStringLiteral("xlsx")});
    if (reason.contains(u"presentations"))
        return oneOf({QStringLiteral("pptx")});
    if (reason.contains(u"schema validation") && !jobType.startsWith(u"extract"))
        return QStringLiteral("\"%1\" in a %2 job").arg(reason, jobType);
    if (reason.contains(u"Classification") && jobType != u"classify")
        return QStringLiteral("\"%1\" in a %2 job").arg(reason, jobType);
    return {};
}

// What is wrong with one v1 job and its items, or empty: every item read whole, or the failed
// ones (and the others counted). `filesNamed` counts the files its error names. Nothing may have
// changed after `latest`: the demo's `now`, unless a job was cancelled since.
QString jobProblem(const DemoDataset &dataset, const QJsonObject &job, bool everyItem,
                   int *filesNamed, const QDateTime &latest = Now)
{
    const QString id = job.value(u"id").toString();
    const QString status = job.value(u"status").toString();
    const QString type = job.value(u"job_type").toString();
    const auto problem = [&](const QString &what) -> QString {
        return id + u" (" + status + u"): " + what;
    };
    const qint64 total = job.value(u"total_items").toInteger();
    const qint64 processed = job.value(u"processed_items").toInteger();
    const qint64 failed = job.value(u"failed_items").toInteger(0);
    const qint64 skipped = job.value(u"skipped_items").toInteger(0);

    // Times in order: created <= started <= updated <= completed, and none after `now`.
    const QDateTime created = timeOf(job, "created_at");
    const QDateTime started = timeOf(job, "started_at");
    const QDateTime updated = timeOf(job, "updated_at");
    const QDateTime completed = timeOf(job, "completed_at");
    if (!created.isValid() || !updated.isValid() || updated < created || updated > latest)
        return problem(QStringLiteral("created %1, updated %2")
                           .arg(created.toString(Qt::ISODate), updated.toString(Qt::ISODate)));
    if (started.isValid() && (started < created || started > updated))
        return problem(QStringLiteral("started %1 outside created..updated")
                           .arg(started.toString(Qt::ISODate)));
    if (job.value(u"effective_at") != job.value(u"updated_at"))
        return problem(QStringLiteral("effective_at is not updated_at"));
    const bool finished = status == u"completed" || status == u"failed" || status == u"cancelled";
    if (finished != completed.isValid() || (completed.isValid() && completed < updated))
        return problem(QStringLiteral("completed_at %1 (updated %2)")
                           .arg(completed.toString(Qt::ISODate), updated.toString(Qt::ISODate)));
    if (status == u"running" && updated < Now.addSecs(-120))
        return problem(
            QStringLiteral("running, but updated long ago: %1").arg(updated.toString(Qt::ISODate)));

    const QString startedText = job.value(u"started_at").toString();
    const QString updatedText = job.value(u"updated_at").toString();
    if (updatedText.size() != 24 || (!startedText.isEmpty() && startedText.size() != 24))
        return problem(
            QStringLiteral("times not written alike: %1, %2").arg(startedText, updatedText));

    // The counts are the items'. With everyItem false, only the failed items are read whole,
    // the others counted by status (the same listing, filtered).
    QList<QJsonObject> items;
    QHash<QString, qint64> byStatus;
    qint64 listed = 0;
    for (const char *itemStatus :
         {"completed", "failed", "skipped", "pending", "processing", "cancelled"}) {
        const QString value = QString::fromLatin1(itemStatus);
        const bool read = everyItem || value == u"failed";
        const std::optional<DemoDataset::ItemSlice> slice =
            dataset.listItems(id, value, 0, read ? 1 << 30 : 0);
        if (!slice)
            return problem(QStringLiteral("no items"));
        byStatus.insert(value, slice->total);
        listed += slice->total;
        items += slice->items;
    }
    if (listed != total || dataset.listItems(id, {}, 0, 0)->total != total)
        return problem(QStringLiteral("%1 items listed, total_items %2").arg(listed).arg(total));
    QHash<QString, QString> failedItems; // name -> reason
    for (const QJsonObject &item : std::as_const(items)) {
        const QString itemStatus = item.value(u"status").toString();
        const QString name = item.value(u"item_name").toString();
        if (itemStatus == u"failed") {
            const QString reason = item.value(u"error_message").toString();
            if (reason.isEmpty())
                return problem(name + u" failed without a reason");
            if (const QString wrong = misfit(reason, name, type); !wrong.isEmpty())
                return problem(wrong);
            failedItems.insert(name, reason);
        }
        // The demo writes every time alike (ISO 8601, UTC, milliseconds), so that text compares
        // as time: parsing each item's would make the walk several times slower.
        const QString itemStarted = item.value(u"started_at").toString();
        const QString itemDone = item.value(u"completed_at").toString();
        if (!itemStarted.isEmpty()
            && (itemStarted < startedText || (!itemDone.isEmpty() && itemDone < itemStarted)
                || itemDone > updatedText))
            return problem(QStringLiteral("item %1 ran %2..%3, the job %4..%5")
                               .arg(name, itemStarted, itemDone, startedText, updatedText));
    }
    if (byStatus.value(QStringLiteral("completed")) != processed
        || byStatus.value(QStringLiteral("failed")) != failed
        || byStatus.value(QStringLiteral("skipped")) != skipped) {
        return problem(QStringLiteral("counts %1/%2/%3, items %4/%5/%6 (processed/failed/skipped)")
                           .arg(processed)
                           .arg(failed)
                           .arg(skipped)
                           .arg(byStatus.value(QStringLiteral("completed")))
                           .arg(byStatus.value(QStringLiteral("failed")))
                           .arg(byStatus.value(QStringLiteral("skipped"))));
    }
    const qint64 unfinished =
        byStatus.value(QStringLiteral("pending")) + byStatus.value(QStringLiteral("processing"));
    if ((finished && unfinished) || byStatus.value(QStringLiteral("processing")) > 4
        || (status != u"running" && byStatus.value(QStringLiteral("processing"))))
        return problem(QStringLiteral("%1 items unfinished").arg(unfinished));

    // A failed job's error names only its failed items, each with its own reason, and says
    // its counts.
    const QString error = job.value(u"error_message").toString();
    if (status == u"failed" && error.isEmpty())
        return problem(QStringLiteral("failed without an error"));
    // A file name: quoted, or a word with a file type's ending.
    static const QRegularExpression fileName(
        QStringLiteral("\"([^\"\\n]+\\.\\w{2,5})\"|'([^'\\n]+\\.\\w{2,5})'|"
                       "([^\\s\"':]+\\.(?:pdf|docx?|png|jpe?g|xlsx|pptx|heic|tiff?|txt))\\b"));
    for (auto match = fileName.globalMatch(error); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QString named = found.captured(1) + found.captured(2) + found.captured(3);
        if (!failedItems.contains(named))
            return problem(QStringLiteral("the error names %1, not a failed item").arg(named));
        const QString line = error.section(u'\n', error.left(error.indexOf(named)).count(u'\n'),
                                           error.left(error.indexOf(named)).count(u'\n'));
        if (!line.contains(failedItems.value(named)))
            return problem(QStringLiteral("the error gives %1 another reason than its own (%2)")
                               .arg(named, failedItems.value(named)));
        ++*filesNamed;
    }
    static const QRegularExpression ofTotal(QStringLiteral("(\\d+) of (\\d+) files"));
    static const QRegularExpression forFiles(QStringLiteral("for (\\d+) files?\\b"));
    if (const auto match = ofTotal.match(error); match.hasMatch()) {
        if (match.captured(1).toLongLong() != failed || match.captured(2).toLongLong() != total)
            return problem(
                QStringLiteral("\"%1\" with %2 of %3 failed").arg(error).arg(failed).arg(total));
    } else if (const auto match = forFiles.match(error); match.hasMatch()) {
        if (match.captured(1).toLongLong() != failed)
            return problem(QStringLiteral("\"%1\" with %2 failed").arg(error).arg(failed));
    }
    return {};
}

} // namespace

class TestDemoServerWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsAgreeWithTheirItems_data();
    void jobsAgreeWithTheirItems();
    void runningJobsMoveWithTheirCounts();
    void jobsCancelledMidwayAgreeToo();
    void batchesAgreeWithTheirFilesAndJobs_data();
    void batchesAgreeWithTheirFilesAndJobs();
};

void TestDemoServerWorld::jobsAgreeWithTheirItems_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("everyItem"); // or the failed ones, the others only counted
    QTest::newRow("the app's world (2,500 jobs), failed items") << 2500 << quint64(1) << false;
    QTest::newRow("another seed (150 jobs), every item") << 150 << quint64(7) << true;
    QTest::newRow("a third seed (150 jobs), every item") << 150 << quint64(12) << true;
}

void TestDemoServerWorld::jobsAgreeWithTheirItems()
{
    QFETCH(int, jobs);
    QFETCH(quint64, seed);
    QFETCH(bool, everyItem);
    const DemoDataset dataset(configFor(jobs, seed));
    const QList<QJsonObject> all = dataset.listJobs({}, 0, jobs).jobs;
    QCOMPARE(all.size(), jobs);
    int filesNamed = 0;
    QSet<QString> statuses;
    for (const QJsonObject &job : all) {
        const QString problem = jobProblem(dataset, job, everyItem, &filesNamed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        statuses.insert(job.value(u"status").toString());
    }
    QVERIFY(filesNamed > 0); // not vacuous: errors do name files
    QVERIFY(statuses.contains(QStringLiteral("failed")));
    QVERIFY(statuses.contains(QStringLiteral("running")));
    QVERIFY(statuses.contains(QStringLiteral("cancelled")));
}

void TestDemoServerWorld::runningJobsMoveWithTheirCounts()
{
    DemoDataset dataset(configFor(2500, 1));
    DemoDataset::JobFilter running;
    running.status = QStringLiteral("running");
    const QList<QJsonObject> jobs = dataset.listJobs(running, 0, 100).jobs;
    QVERIFY(jobs.size() >= 3);
    struct Seen
    {
        qint64 done = 0;
        QDateTime updated;
        QHash<QString, QJsonObject> doneItems; // an item once done stays as it was
    };
    const auto done = [](const QJsonObject &job) {
        return job.value(u"processed_items").toInteger() + job.value(u"failed_items").toInteger()
            + job.value(u"skipped_items").toInteger();
    };
    QHash<QString, Seen> seen;
    // Each request: "Updated" moves when, and only when, the counts do. Now and then, the items
    // too: one once done stays as it was, and the job agrees with them.
    const auto look = [&](const QString &id, bool withItems) -> QString {
        const QJsonObject job = *dataset.job(id);
        Seen &before = seen[id];
        const QDateTime updated = timeOf(job, "updated_at");
        if (done(job) != before.done && updated <= before.updated)
            return QStringLiteral("%1: %2 items done, but updated stays %3")
                .arg(id)
                .arg(done(job))
                .arg(updated.toString(Qt::ISODateWithMs));
        if (done(job) == before.done && before.updated.isValid() && updated != before.updated)
            return QStringLiteral("%1: updated moved without its counts").arg(id);
        if (updated > Now || updated < Now.addSecs(-120))
            return QStringLiteral("%1: updated %2, not lately")
                .arg(id, updated.toString(Qt::ISODate));
        before.done = done(job);
        before.updated = updated;
        if (!withItems)
            return {};
        const DemoDataset::ItemSlice items = *dataset.listItems(id, {}, 0, 1 << 30);
        for (const QJsonObject &item : items.items) {
            const QString itemId = item.value(u"item_id").toString();
            if (const auto it = before.doneItems.constFind(itemId);
                it != before.doneItems.cend() && *it != item)
                return QStringLiteral("%1: item %2 changed after it was done").arg(id, itemId);
            if (!item.value(u"completed_at").isUndefined())
                before.doneItems.insert(itemId, item);
        }
        int named = 0;
        return jobProblem(dataset, job, true, &named);
    };
    const QList<int> deepLooks {0, 1, 2, 5, 40, 300, 1000};
    QSet<QString> finished;
    for (int request = 0; finished.size() < jobs.size(); ++request) {
        QVERIFY2(request < 3000, "a running job never finished");
        for (const QJsonObject &job : jobs) {
            const QString id = job.value(u"id").toString();
            if (finished.contains(id))
                continue;
            const bool ended = dataset.job(id)->value(u"status").toString() != u"running";
            if (ended)
                finished.insert(id); // a last look at it, items and all
            const QString problem = look(id, ended || deepLooks.contains(request));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        dataset.advanceClock();
    }
    for (const QJsonObject &job : jobs) {
        const QJsonObject last = *dataset.job(job.value(u"id").toString());
        QCOMPARE(last.value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(last.value(u"completed_at"), last.value(u"updated_at"));
    }
}

void TestDemoServerWorld::jobsCancelledMidwayAgreeToo()
{
    // Every unfinished job, cancelled a few requests in: it stops where it was, and still agrees.
    DemoDataset dataset(configFor(600, 3));
    QStringList unfinished;
    for (const QJsonObject &job : dataset.listJobs({}, 0, 600).jobs) {
        const QString status = job.value(u"status").toString();
        if (status == u"running" || status == u"pending" || status == u"dispatched")
            unfinished << job.value(u"id").toString();
    }
    QVERIFY(unfinished.size() >= 3);
    for (int request = 0; request < 5; ++request)
        dataset.advanceClock();
    for (const QString &id : std::as_const(unfinished)) {
        const QJsonObject before = *dataset.job(id);
        QJsonObject answer;
        QCOMPARE(dataset.cancel(id, &answer), DemoDataset::CancelOutcome::Cancelled);
        dataset.advanceClock();
        const QJsonObject after = *dataset.job(id);
        QCOMPARE(after.value(u"status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(after.value(u"processed_items"), before.value(u"processed_items"));
        QCOMPARE(answer.value(u"processed_items"), before.value(u"processed_items"));
        QVERIFY(timeOf(after, "completed_at") >= timeOf(before, "updated_at"));
        // A job cancelled before it began never started.
        QCOMPARE(after.value(u"started_at").isNull(), before.value(u"started_at").isNull());
        int named = 0;
        const QString problem =
            jobProblem(dataset, after, true, &named, QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestDemoServerWorld::batchesAgreeWithTheirFilesAndJobs_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("the app's world") << quint64(1);
    QTest::newRow("another seed") << quint64(7);
    QTest::newRow("a third seed") << quint64(12);
}

void TestDemoServerWorld::batchesAgreeWithTheirFilesAndJobs()
{
    QFETCH(quint64, seed);
    const DemoDataset dataset(configFor(200, seed));
    const DemoCatalog catalog(dataset);
    QHash<QString, int> byStatus;
    int withoutJob = 0, failedJobs = 0;
    for (const QJsonObject &listed : catalog.batches({})) {
        const QString id = listed.value(u"id").toString();
        const QJsonObject batch = *catalog.batch(id, true);
        const QString status = batch.value(u"status").toString();
        ++byStatus[status];
        const QString where = id + u" (" + status + u"): ";
        const QDateTime created = timeOf(batch, "created_at");
        const QDateTime updated = timeOf(batch, "updated_at");
        QVERIFY2(created.isValid() && created <= updated && updated <= Now, qPrintable(where));
        if (status == u"RUNNING" || status == u"THROTTLED")
            QVERIFY2(updated >= Now.addSecs(-300), qPrintable(where + u"updated long ago"));
        const QJsonValue results = batch.value(u"results");
        if (status == u"RUNNING") {
            QVERIFY(results.isNull());
            continue;
        }
        QVERIFY(results.isArray());
        if (status == u"PENDING" || status == u"THROTTLED") {
            QVERIFY2(results.toArray().isEmpty(), qPrintable(where + u"results before it ran"));
            continue;
        }

        // Its files are the directory's, there when it began.
        DemoCatalog::FileFilter withDeleted;
        withDeleted.includeDeleted = true;
        const QString directory = batch.value(u"source_directory_id").toString();
        QHash<QString, QJsonObject> files;
        const QList<QJsonObject> directoryFiles = *catalog.files(directory, withDeleted);
        for (const QJsonObject &file : directoryFiles)
            files.insert(file.value(u"id").toString(), file);
        const QString jobType = batch[u"config"][u"job"][u"type"].toString();
        QSet<QString> listedFiles;
        const QJsonArray array = results.toArray();
        int cancelledJobs = 0, noJob = 0;
        for (int position = 0; position < array.size(); ++position) {
            const QJsonObject result = array.at(position).toObject();
            const QString fileId = result.value(u"source_directory_file_id").toString();
            const QString at = where + fileId + u": ";
            QVERIFY2(files.contains(fileId), qPrintable(at + u"not a file of its directory"));
            QVERIFY2(!listedFiles.contains(fileId), qPrintable(at + u"listed twice"));
            listedFiles.insert(fileId);
            const QJsonObject file = files.value(fileId);
            const QDateTime deleted = timeOf(file, "deleted_at");
            QVERIFY2(timeOf(file, "created_at") <= created, qPrintable(at + u"made after"));
            QVERIFY2(!deleted.isValid() || deleted > created, qPrintable(at + u"deleted before"));
            const QString error = result.value(u"error_message").toString();
            const QString name = file.value(u"display_name").toString();
            const QString wrong = misfit(error, name, jobType);
            QVERIFY2(wrong.isEmpty(), qPrintable(at + wrong));
            if (result.value(u"job_reference").isNull()) {
                ++noJob;
                QVERIFY2(!error.isEmpty(), qPrintable(at + u"no job and no error"));
                QVERIFY2(status == u"FAILED",
                         qPrintable(at + u"no job in a batch that did not fail"));
                if (error.contains(u"deleted"))
                    QVERIFY2(deleted.isValid() && deleted <= updated,
                             qPrintable(at + u"\"" + error + u"\", but the file was not deleted"));
                continue;
            }
            const QJsonObject reference = result.value(u"job_reference").toObject();
            QCOMPARE(reference.value(u"type").toString(), jobType);
            const bool parse = jobType == u"parse_v2";
            const std::optional<QJsonObject> answer = catalog.referencedJob(
                parse ? DemoCatalog::JobKind::Parse : DemoCatalog::JobKind::Extract,
                reference.value(u"id").toString());
            QVERIFY2(answer, qPrintable(at + u"its job is unknown"));
            const QJsonObject job = parse ? answer->value(u"job").toObject() : *answer;
            const QString jobStatus = job.value(u"status").toString();
            QCOMPARE(jobStatus == u"FAILED", !error.isEmpty());
            QCOMPARE(job.value(u"error_message").toString(), error);
            failedJobs += jobStatus == u"FAILED";
            if (jobStatus == u"CANCELLED") {
                ++cancelledJobs;
                QVERIFY2(status == u"CANCELLED" && position == array.size() - 1,
                         qPrintable(at + u"a cancelled job, not the last of a cancelled batch"));
            }
            QVERIFY2(timeOf(job, "created_at") >= created && timeOf(job, "updated_at") <= updated
                         && timeOf(job, "created_at") <= timeOf(job, "updated_at"),
                     qPrintable(at + u"its job's times are outside the batch's"));
            if (!parse)
                QCOMPARE(job.value(u"file_input").toString(), fileId);
        }
        withoutJob += noJob;
        QVERIFY(cancelledJobs <= 1);
        if (status == u"FAILED")
            QVERIFY2(noJob > 0, qPrintable(where + u"failed, yet every file has a job"));
        if (status == u"COMPLETED") {
            // Every file there when it began, and still there, has its result.
            for (const QJsonObject &file : std::as_const(files)) {
                if (timeOf(file, "created_at") <= created && file.value(u"deleted_at").isNull())
                    QVERIFY2(listedFiles.contains(file.value(u"id").toString()),
                             qPrintable(where + file.value(u"id").toString() + u" left out"));
            }
        }
    }
    for (const QString &status : DemoCatalog::batchStatuses())
        QVERIFY2(byStatus.value(status) > 0, qPrintable(status));
    QVERIFY(withoutJob > 0);
    QVERIFY(failedJobs > 0);
}

QTEST_GUILESS_MAIN(TestDemoServerWorld)
#include "tst_demoserverworld.moc"
