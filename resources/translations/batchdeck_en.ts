<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchCommands</name>
    <message numerus="yes">
        <source>%1 files, %2 with a job, %3 failed</source>
        <translation>
            <numerusform>%1 file, %2 with a job, %3 failed</numerusform>
            <numerusform>%1 files, %2 with a job, %3 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexDatabase</name>
    <message numerus="yes">
        <source>The index %1 is busy: another BatchDeck has been writing to it for %n seconds. Try again when it has finished.</source>
        <translation>
            <numerusform>The index %1 is busy: another BatchDeck has been writing to it for %n second. Try again when it has finished.</numerusform>
            <numerusform>The index %1 is busy: another BatchDeck has been writing to it for %n seconds. Try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiCall</name>
    <message numerus="yes">
        <source>(Gave up after %n attempts.)</source>
        <translation>
            <numerusform>(Gave up after %n attempt.)</numerusform>
            <numerusform>(Gave up after %n attempts.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiError</name>
    <message numerus="yes">
        <source>… and %1 more characters</source>
        <translation>
            <numerusform>… and %1 more character</numerusform>
            <numerusform>… and %1 more characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchTableView</name>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>&amp;Copy %n ID</numerusform>
            <numerusform>&amp;Copy %n IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchesView</name>
    <message numerus="yes">
        <source>%n batches on this page are not shown; the first because %1.</source>
        <translation>
            <numerusform>One batch on this page is not shown because %1.</numerusform>
            <numerusform>%n batches on this page are not shown; the first because %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n batches on this page that do not match the filters asked for; they are not shown.</source>
        <translation>
            <numerusform>The server sent %n batch on this page that does not match the filters asked for; it is not shown.</numerusform>
            <numerusform>The server sent %n batches on this page that do not match the filters asked for; they are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::BatchCommand</name>
    <message numerus="yes">
        <source>… and %n more failed files (--format json lists every one)</source>
        <translation>
            <numerusform>… and %n more failed file (--format json lists every one)</numerusform>
            <numerusform>… and %n more failed files (--format json lists every one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CancelCommand</name>
    <message numerus="yes">
        <source>Job %1: %2, %3 items processed.%4</source>
        <translation>
            <numerusform>Job %1: %2, %3 item processed.%4</numerusform>
            <numerusform>Job %1: %2, %3 items processed.%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::ExportRun</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 batches</source>
        <translation>
            <numerusform>%1 batch</numerusform>
            <numerusform>%1 batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 jobs</source>
        <translation>
            <numerusform>%1 job</numerusform>
            <numerusform>%1 jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::FailureItemsCommand</name>
    <message numerus="yes">
        <source>Interrupted: the index keeps the failed items of %n job(s) and batch(es) fetched so far.</source>
        <translation>
            <numerusform>Interrupted: the index keeps the failed items of %n job or batch fetched so far.</numerusform>
            <numerusform>Interrupted: the index keeps the failed items of %n jobs and batches fetched so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) or batch(es) are no longer on the server and were skipped.</source>
        <translation>
            <numerusform>%n job or batch is no longer on the server and was skipped.</numerusform>
            <numerusform>%n jobs or batches are no longer on the server and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The failures of %n job(s) and batch(es) in the range are not fetched yet; run without --no-fetch to fetch them.</source>
        <translation>
            <numerusform>The failures of %n job or batch in the range are not fetched yet; run without --no-fetch to fetch them.</numerusform>
            <numerusform>The failures of %n jobs and batches in the range are not fetched yet; run without --no-fetch to fetch them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching failed items: %1 of %2 jobs and batches</source>
        <translation>
            <numerusform>Fetching failed items: %1 of %2 job or batch</numerusform>
            <numerusform>Fetching failed items: %1 of %2 jobs and batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::ServeCommand</name>
    <message numerus="yes">
        <source>Answered %n request(s) (%1 refused with 429), at most %2 at once.</source>
        <translation>
            <numerusform>Answered %n request (%1 refused with 429), at most %2 at once.</numerusform>
            <numerusform>Answered %n requests (%1 refused with 429), at most %2 at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n request(s) are answered at once; more are refused with 429 (retry after %1 ms).</source>
        <translation>
            <numerusform>At most %n request is answered at once; more are refused with 429 (retry after %1 ms).</numerusform>
            <numerusform>At most %n requests are answered at once; more are refused with 429 (retry after %1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo server with %1 jobs listening on %2</source>
        <translation>
            <numerusform>Demo server with %1 job listening on %2</numerusform>
            <numerusform>Demo server with %1 jobs listening on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportRunner</name>
    <message numerus="yes">
        <source>Exported %1 of about %2 batches (%n pages)…</source>
        <translation>
            <numerusform>Exported %1 of about %2 batches (%n page)…</numerusform>
            <numerusform>Exported %1 of about %2 batches (%n pages)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of about %2 jobs (%n pages)…</source>
        <translation>
            <numerusform>Exported %1 of about %2 jobs (%n page)…</numerusform>
            <numerusform>Exported %1 of about %2 jobs (%n pages)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 batches (%n pages)…</source>
        <translation>
            <numerusform>Exported %1 batches (%n page)…</numerusform>
            <numerusform>Exported %1 batches (%n pages)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 jobs (%n pages)…</source>
        <translation>
            <numerusform>Exported %1 jobs (%n page)…</numerusform>
            <numerusform>Exported %1 jobs (%n pages)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 batches to %2.</source>
        <translation>
            <numerusform>Exported %1 batch to %2.</numerusform>
            <numerusform>Exported %1 batches to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 jobs to %2.</source>
        <translation>
            <numerusform>Exported %1 job to %2.</numerusform>
            <numerusform>Exported %1 jobs to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsMode</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailuresView</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobDetailsDialog</name>
    <message numerus="yes">
        <source>%1 processed, %n failed</source>
        <translation>
            <numerusform>%1 processed, %n failed</numerusform>
            <numerusform>%1 processed, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n items on this page could not be read</source>
        <translation>
            <numerusform> · %n item on this page could not be read</numerusform>
            <numerusform> · %n items on this page could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n left out: not of the status asked for)</source>
        <translation>
            <numerusform> (%n left out: not of the status asked for)</numerusform>
            <numerusform> (%n left out: not of the status asked for)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobProgress</name>
    <message numerus="yes">
        <source>%1 of %2 processed: %3, %4, %5</source>
        <translation>
            <numerusform>%1 of %2 processed: %3, %4, %5</numerusform>
            <numerusform>%1 of %2 processed: %3, %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded</source>
        <translation>
            <numerusform>%1 succeeded</numerusform>
            <numerusform>%1 succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed</source>
        <translation>
            <numerusform>%1 failed</numerusform>
            <numerusform>%1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 skipped</source>
        <translation>
            <numerusform>%1 skipped</numerusform>
            <numerusform>%1 skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobTableView</name>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>&amp;Copy %n ID</numerusform>
            <numerusform>&amp;Copy %n IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n rows as CS&amp;V</source>
        <translation>
            <numerusform>Copy %n row as CS&amp;V</numerusform>
            <numerusform>Copy %n rows as CS&amp;V</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobsView</name>
    <message numerus="yes">
        <source>%n jobs on this page are not shown; the first because %1.</source>
        <translation>
            <numerusform>One job on this page is not shown because %1.</numerusform>
            <numerusform>%n jobs on this page are not shown; the first because %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n jobs on this page that do not match the filters asked for; they are not shown.</source>
        <translation>
            <numerusform>The server sent %n job on this page that does not match the filters asked for; it is not shown.</numerusform>
            <numerusform>The server sent %n jobs on this page that do not match the filters asked for; they are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::NameCatalog</name>
    <message numerus="yes">
        <source>%1 %2 could not be read and show as IDs; first, %3.</source>
        <translation>
            <numerusform>%1 %2 could not be read and show as IDs; first, %3.</numerusform>
            <numerusform>%1 %2 could not be read and show as IDs; first, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingSummary</name>
    <message numerus="yes">
        <source>%1 jobs</source>
        <translation>
            <numerusform>%1 job</numerusform>
            <numerusform>%1 jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 batches</source>
        <translation>
            <numerusform>%1 batch</numerusform>
            <numerusform>%1 batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows came again at shifting offsets</source>
        <translation>
            <numerusform>%1 row came again at a shifted offset</numerusform>
            <numerusform>%1 rows came again at shifting offsets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %2 %1 may be missing</source>
        <translation>
            <numerusform>one of the %1 may be missing</numerusform>
            <numerusform>up to %2 %1 may be missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived during the export (the server&apos;s total grew from %2 to %3); the %4 rows they pushed onto later pages were written once.</source>
        <translation>
            <numerusform>%1 arrived during the export (the server&apos;s total grew from %2 to %3); the %4 row pushed onto a later page was written once.</numerusform>
            <numerusform>%1 arrived during the export (the server&apos;s total grew from %2 to %3); the %4 rows they pushed onto later pages were written once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %1 that do not match the filter asked for; they were left out.</source>
        <translation>
            <numerusform>The server sent %1 that does not match the filter asked for; it was left out.</numerusform>
            <numerusform>The server sent %1 that do not match the filter asked for; they were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server estimated %1; %2 were listed.</source>
        <translation>
            <numerusform>The server estimated %1; %2 was listed.</numerusform>
            <numerusform>The server estimated %1; %2 were listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingThrottle</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResultsPanel</name>
    <message numerus="yes">
        <source>%n results for %1</source>
        <translation>
            <numerusform>%n result for %1</numerusform>
            <numerusform>%n results for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunController</name>
    <message numerus="yes">
        <source>%Ln failed items</source>
        <translation>
            <numerusform>%Ln failed item</numerusform>
            <numerusform>%Ln failed items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These failed items were re-run as job %1.</source>
        <translation>
            <numerusform>These failed items were re-run as job %1.</numerusform>
            <numerusform>These failed items were re-run as jobs %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-run %1 failed items as %n new jobs, one per configuration</source>
        <translation>
            <numerusform>Re-run %1 failed items as %n new job, one per configuration</numerusform>
            <numerusform>Re-run %1 failed items as %n new jobs, one per configuration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-run %1 of %2 as %n new jobs, one per configuration?</source>
        <translation>
            <numerusform>Re-run %1 of %2 as %n new job, one per configuration?</numerusform>
            <numerusform>Re-run %1 of %2 as %n new jobs, one per configuration?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln items</source>
        <translation>
            <numerusform>• %1: %Ln item</numerusform>
            <numerusform>• %1: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and %n more (see the details)</source>
        <translation>
            <numerusform>• and %n more (see the details)</numerusform>
            <numerusform>• and %n more (see the details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their latest %1 results used %n different configurations. Each gets a new job with its own items and configuration; this job is not changed.</source>
        <translation>
            <numerusform>Their latest %1 results used %n configuration. It gets a new job with its own items and configuration; this job is not changed.</numerusform>
            <numerusform>Their latest %1 results used %n different configurations. Each gets a new job with its own items and configuration; this job is not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already re-run as %n jobs.</source>
        <translation>
            <numerusform>Already re-run as %n job.</numerusform>
            <numerusform>Already re-run as %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other failed items were re-run already, as job %1.</source>
        <translation>
            <numerusform>The other failed items were re-run already, as job %1.</numerusform>
            <numerusform>The other failed items were re-run already, as jobs %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n jobs</source>
        <translation>
            <numerusform>Create %n job</numerusform>
            <numerusform>Create %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln items)</source>
        <translation>
            <numerusform>%1 (%Ln item)</numerusform>
            <numerusform>%1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job for %Ln items with configuration %1 may or may not have been created. %2</source>
        <translation>
            <numerusform>The job for %Ln item with configuration %1 may or may not have been created. %2</numerusform>
            <numerusform>The job for %Ln items with configuration %1 may or may not have been created. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items with configuration %1 were not re-run. %2</source>
        <translation>
            <numerusform>%Ln item with configuration %1 was not re-run. %2</numerusform>
            <numerusform>%Ln items with configuration %1 were not re-run. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created job %1 to re-run %Ln failed items.</source>
        <translation>
            <numerusform>Created job %1 to re-run %Ln failed item.</numerusform>
            <numerusform>Created job %1 to re-run %Ln failed items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n jobs to re-run the failed items: %1.</source>
        <translation>
            <numerusform>Created %n job to re-run the failed items: %1.</numerusform>
            <numerusform>Created %n jobs to re-run the failed items: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunPlan</name>
    <message numerus="yes">
        <source> (%Ln classification rules)</source>
        <translation>
            <numerusform> (%Ln classification rule)</numerusform>
            <numerusform> (%Ln classification rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed items could not be read, so not every failed item could be re-run. Refresh and try again.</source>
        <translation>
            <numerusform>%1 failed item could not be read, so not every failed item could be re-run. Refresh and try again.</numerusform>
            <numerusform>%1 failed items could not be read, so not every failed item could be re-run. Refresh and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::RowWriter</name>
    <message numerus="yes">
        <source>%1 values contained the API key and were masked.</source>
        <translation>
            <numerusform>%1 value contained the API key and was masked.</numerusform>
            <numerusform>%1 values contained the API key and were masked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ShellStatus</name>
    <message numerus="yes">
        <source>%n requests in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::StuckView</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Nothing is stuck&lt;/h3&gt;No unfinished job or batch has gone %n minute(s) without progress.</source>
        <translation>
            <numerusform>&lt;h3&gt;Nothing is stuck&lt;/h3&gt;No unfinished job or batch has gone %n minute without progress.</numerusform>
            <numerusform>&lt;h3&gt;Nothing is stuck&lt;/h3&gt;No unfinished job or batch has gone %n minutes without progress.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::SyncReport</name>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n row could not be read and was left out.</numerusform>
            <numerusform>%n rows could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 s.</source>
        <translation>
            <numerusform>%n request in %1 s.</numerusform>
            <numerusform>%n requests in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::TableCells</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::OverviewView</name>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>last hour</numerusform>
            <numerusform>last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
</TS>
