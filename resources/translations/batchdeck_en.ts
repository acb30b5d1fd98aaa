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
    <message>
        <source>BATCH_ID must be a batch ID: a UUID, alone or after a short prefix, such as bat-123e4567-e89b-12d3-a456-426614174000 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was not found (HTTP 404%2). Check the batch ID, and --project-id or --organization-id if the batch belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck</name>
    <message>
        <source>Browse LlamaCloud batch-processing jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::AllBatchesView</name>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every v2 batch in the local index: sort and search across all of them, with a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every batch in the index: its source directory&apos;s or project&apos;s name, or the start of its ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::AllJobsView</name>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every v1 job in the local index: sort and search across all of them, with a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every job in the index: words of its error, its directory&apos;s or project&apos;s name, or the start of its ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 jobs from the index and writing them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the answer ended after %1 of the %2 bytes announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request may have taken effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer; %2. It was not sent again: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer. It was not sent again because retries are off; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiClient</name>
    <message>
        <source>The answer was not used. Check that the server address points at the LlamaCloud API.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check your network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection, or allow a longer timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds. Check your network connection, or allow a longer timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1. Check that the server address points at the LlamaCloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole answer arrived (%2). Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 once decompressed (it was sent compressed), so BatchDeck stopped reading it. Check that the server address points at the LlamaCloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1, so BatchDeck stopped reading it. Check that the server address points at the LlamaCloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401%1). Check the key BatchDeck was given (or LLAMA_CLOUD_API_KEY) and its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403%1). Check that the key belongs to this project and organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such resource (HTTP 404%1). The job may have been deleted, or the server address may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a conflict (HTTP 409%1). Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 422%1). Correct the named field and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the request rate (HTTP 429%1). Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP %1%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another server, %2. BatchDeck does not follow it, so that the API key is not sent there. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 keeps redirecting the request (a redirect loop). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate failed verification (%2). BatchDeck does not send the API key over such a connection. Check the server address, or ask its administrator for a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::AutoRefresh</name>
    <message>
        <source>Every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list refreshes every %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list refreshes every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refresh waits until no menu or dialog is open and no filter is being typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View › Auto-refresh (%1) turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Batch</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be %2 but is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchBrowser</name>
    <message>
        <source>The server sent a next-page token that leads back to a page already shown, so the list stops here; refresh or narrow the filter to see other batches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchDetailsDialog</name>
    <message>
        <source>the server gave no download address for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s download address is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck opens only http and https addresses, and the server&apos;s download address is a &quot;%1&quot; address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s download address names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s download address carries a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s download address holds the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to read its whole error message here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;job&apos;s status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the source fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch; files already processed keep their jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending, throttled or running batch can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the names of the source directory&apos;s files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names could not be loaded, so files show as IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 files of the source directory are named; the rest show as IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file in the results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job was created for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck cannot show a job of type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch names no source directory to ask for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was deleted from the directory: there is nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the status of the parse or extract job the batch created for the selected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected source file from a download address the server gives now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for a download address of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open the download of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the download of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source directory ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no per-file results for this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-file results are given once the batch has finished running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 without a job because of an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 whose job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already processed keep their jobs; the rest will not be processed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested. The batch&apos;s status is now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchFilterPanel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchPager</name>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 pages in a row without a new batch (empty, or only batches already received) and still offered another page, after %2 batches; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchResultsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no job yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no job: failed before processing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has not made a job for this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch finished without making a job for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job could be made for this file, so it was never processed; the error says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error: the batch reports none for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchesApi</name>
    <message>
        <source>batch_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about batch %1, but the server answered about batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to cancel batch %1, but the server answered about batch %2, so whether batch %1 was cancelled is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck cannot show a job of type &quot;%1&quot;: it knows only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about job %1, but the server answered about job %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of the v2 API (/api/v2/batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches yet&lt;/h3&gt;Batches started with the v2 API appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches match these filters&lt;/h3&gt;Hidden by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applies to v1 batch jobs; filter batches with the fields on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Catalog</name>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a boolean but is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body should be an array of projects but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;next_page_token&quot; should be a string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size must be from 1 to %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_token must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::CatalogApi</name>
    <message>
        <source>project_name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about directory %1, but the server answered about directory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory_file_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about directory file %1, but the server answered about directory file %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Shows one v2 batch: its status, configuration, files and the errors of those that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one object, fields named as in the API, as export-batches --format json writes them, with every file&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CallCommand</name>
    <message>
        <source>Ask the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (aligned lines; the default) or json (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer contained the API key; it was masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CancelBatchCommand</name>
    <message>
        <source>Asks the server to cancel a v2 batch, and prints its answer. A batch that has finished can no longer be cancelled (exit code 1). Files already processed keep their jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is being cancelled: it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the cancel request may already have reached the server: check with `batchdeck-cli batch BATCH_ID`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CancelCommand</name>
    <message>
        <source>Asks the server to cancel a batch job, and prints its answer. A job that has finished can no longer be cancelled (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the job is cancelled, sent along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the cancel request may already have reached the server: check with `batchdeck-cli job JOB_ID`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %L3 items processed.%4</source>
        <translation>
            <numerusform>Job %1: %2, %L3 item processed.%4</numerusform>
            <numerusform>Job %1: %2, %L3 items processed.%4</numerusform>
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
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Exported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the %1 written to standard output is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; %1 was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; %1 was left as it was before the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the %1 written to %2 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> If there really are that many %1, raise it with --row-ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code 4: --strict-total treats the server&apos;s total as a promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Lists the failed items of v1 jobs and the failed files of v2 batches grouped by the shape of their error message, the largest group first. The index fetches them from the server for the jobs and batches in the range that it has not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items and files instead of failed jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the index already holds: nothing is asked of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs and batches created at or after this time: a date, a time, or a duration before now (7d, 12h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs and batches created before this time (same forms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of the demo server, fetching from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no index at %1. Run batchdeck-cli sync first, with the same server and project options, or name the index with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::JobCommand</name>
    <message>
        <source>Shows one batch job&apos;s status and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one object, fields named as in the API, plus progress_percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 processed, %L2 failed, %L3 skipped of %L4</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Runs the built-in demo server on 127.0.0.1 until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 8765; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of generated jobs (default 2500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave total_size out of list answers, as the live server may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every answer N ms after its request arrived, as over a slow network (default 0, up to 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a request that arrives while N are being answered with 429 Too Many Requests, as a rate-limiting service does (default 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the newest N jobs running, each moving on with every request, so that a sync finds that many changed (default: the newest few are unfinished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait a 429 asks for, in its Retry-After and retry-after-ms headers (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer is sent %1 ms after its request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1   Try: curl -H &apos;Authorization: Bearer %1&apos; &apos;%2/api/v1/beta/batch-processing?limit=2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::SyncCommand</name>
    <message>
        <source>Builds or updates the local index of every job and batch: the first sync reads everything, later ones what is new and the unfinished work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every job and batch again, and find those the server no longer lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep jobs and batches the server no longer lists, marked as removed, instead of deleting them from the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs or batches per request, 1 to 1000 (default 1000: the fewest requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the index keeps every page saved so far. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped: %1 The index keeps every page saved so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced the index %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ClientSettings</name>
    <message>
        <source>The number of retries must be 0 or more (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be more than 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest answer accepted must be more than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character; copy the key again, without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plain http address, which would send the API key unencrypted to %2. Use https, or allow insecure http explicitly if every network on the way is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be an http or https URL such as https://api.cloud.llamaindex.ai (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password (got &quot;%1&quot;); BatchDeck signs in with the API key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a query or fragment (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionActions</name>
    <message>
        <source>Forget API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck disconnects, and the key has to be entered again to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionController</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was removed from this computer. Connect again to enter a key or use the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, key from LLAMA_CLOUD_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionDialog</name>
    <message>
        <source>The key is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo data (BatchDeck&apos;s built-in server, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: enter the key from your LlamaCloud account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data needs no key: BatchDeck serves it from this computer, and nothing is sent anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This key sees %1 batch jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The server answered with job data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::CredentialStore</name>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot store keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) could be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::CsvWriter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::CursorPager</name>
    <message>
        <source>the server sent a page token of %1 characters, longer than the limit of %2 characters for a token, so paging stopped at page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server repeated a page token (&quot;%1&quot;) it had already given on an earlier page, so paging stopped after %2 pages instead of going round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DateRangeField</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, as 2026-11-20; empty for any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day, as 2026-11-20; empty for any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from: &apos;%1&apos; is not a date. Type it as %2, or clear it for any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to: &apos;%1&apos; is not a date. Type it as %2, or clear it for any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from (%1) is after Created to (%2): pick dates in order, or clear one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DemoServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port may be in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DesktopNotifier</name>
    <message>
        <source>Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DetailsParts</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DirectoryFile</name>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;download_url&quot; should be an object but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;download_url.url&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;download_url.expires_at&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;download_url.url&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;next_page_token&quot; should be a string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size must be from 1 to %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_token must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display_name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::DirectoryFilePager</name>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 pages in a row without a new file (empty, or only files already received) and still offered another page, after %2 files; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportDialog</name>
    <message>
        <source>&amp;All jobs matching the current filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All jobs matching the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batches to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batches to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All batches matching the current filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All batches matching the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches are read one page after another: each page needs the token the page before it gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pages of jobs are requested at the same time when every matching job is exported (1 asks for one page after another). When the server asks to slow down, fewer are requested for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export jobs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportFile</name>
    <message>
        <source>the link no longer leads to a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportResult</name>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Starting the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished, but the list changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written; an earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsFetch</name>
    <message>
        <source>The failed items could not be fetched: %1 What was fetched is kept; fetch again to go on.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Fetch Failed Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the failed items of the jobs and the failed files of the batches in the range that the index does not hold yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m jobs and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items and files of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items of %1 and files of %2 are not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items of %1 are not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed files of %1 are not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed items and files of every job and batch in the range are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsModel</name>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job or batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailureGroupsModel</name>
    <message>
        <source>Error pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Newest: %2 of %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Newest: %2
%3</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Failed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs, grouped by their error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed items of v1 jobs and the failed files of v2 batches, grouped by their error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs of the local index, grouped by the shape of their error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed items and files by words of their errors or names, or the start of an ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed jobs by words of their errors, or the start of an ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Failures are grouped across every job in it: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed items or files&lt;/h3&gt;None of the jobs and batches in the range has failed items or files that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed jobs&lt;/h3&gt;Every job in the index finished without failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed jobs match&lt;/h3&gt;Try a longer time range or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 jobs from the index and writing them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed items and files from the index and writing them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the failed items and files shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the selected failed items and files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::GuideDialog</name>
    <message>
        <source>BatchDeck Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was not built into this copy of BatchDeck. It is the README.md file that comes with the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexController</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index could not be synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: off (lists are read page by page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: %1 jobs, %2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The index needs the SQLite driver for Qt, which is not installed (Debian package libqt6sql6-sqlite). Install it, or use BatchDeck without the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index could not be made: the folder %1 cannot be created. Check that it can be written, or choose another place for the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was made by a newer BatchDeck (schema %2; this one reads up to %3). Use that BatchDeck, or clear the index to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a BatchDeck index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 could not be used: %2. Try again; if it keeps failing, clear the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is not as BatchDeck opened it: another BatchDeck may have cleared it or set it aside. Nothing was written to it; turn the index off and on again (Index › Keep a Local Index) to open it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 could not be opened: %2. Check that the file and its folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 could not be read: %2. It was left as it is; check that the disk has room and the file can be written, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 cannot be used (%2) and could not be moved aside. Move or delete the file, or choose another place for the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 could not be used (%2), so it was moved aside as %3 and a new index was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexFilterPanel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs created in this time (your computer&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: every one. Several: any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexIndicator</name>
    <message>
        <source>&amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what is new on the server and the unfinished work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Everything Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every job and batch again, and find those the server no longer lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Removed Jobs as History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and batches the server no longer lists stay in the index, marked as removed, instead of being deleted from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a &amp;Local Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no copy of your jobs is kept on this computer, and lists are read from the server page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for Sync Now, Clear Index and other choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every job and batch from the local index?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes on the server. The next sync reads everything again, and jobs the server no longer has are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexNamesSync</name>
    <message>
        <source>Reading the names of directories and projects was cancelled; the index keeps the names it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server sent a page token a second time, so paging stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server had sent %1 pages without ending the list, so paging stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are incomplete: the server sent more than %1 MB of names, so reading them stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of directories and projects could not be read, so a search finds jobs by the names the index had: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexPagedView</name>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Sort and search across every one need it: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;. The other lists work page by page without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The index is being built&lt;/h3&gt;Its %1 appear here as they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches “%1”&lt;/h3&gt;Search looks for the words in error messages and in the names of directories and projects, and for the start of IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 match these filters&lt;/h3&gt;Hidden by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexSync</name>
    <message>
        <source>The sync was cancelled; the index keeps every page saved so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ItemPage</name>
    <message>
        <source>the item at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ItemPager</name>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent only items already received in %1 pages in a row, up to offset %2; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Job</name>
    <message>
        <source>the job at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;job&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;job&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobCreateRequest</name>
    <message>
        <source>job_config is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job_config must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory_id must not be empty when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item_ids must list at least one item when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item_ids must not contain an empty item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either directory_id or item_ids is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue_as_new_threshold must be at least 1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total: %2 processed, %3 failed, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a list of items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items already processed keep their results; the rest will not be processed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobFilter</name>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobFilterPanel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobItemsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error or skip reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobPager</name>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent only jobs already received in %1 pages in a row, up to offset %2 (jobs may be created as fast as they are read); try again later</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobTableModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Sorting applies to the loaded page only: the API has no server-side sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row as CS&amp;V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobsApi</name>
    <message>
        <source>job_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the job creation without a job ID, so the new job cannot be found from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to create a job in project %1, but the server answered with job %2 of project %3. The job may have been created: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to create a job for directory %1, but the server answered with job %2 for directory %3. The job may have been created: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about job %1, but the server answered about job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to cancel job %1, but the server answered about job %2, so whether job %1 was cancelled is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item_id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for the processing results of item %1, but the server answered about item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job may have been created</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Batch jobs (v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs of the v1 API (/api/v1/beta/batch-processing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batch jobs yet&lt;/h3&gt;Jobs started in LlamaCloud appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs match these filters&lt;/h3&gt;Hidden by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1; at most %2 is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range (%1; the API allows %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a date-time string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;total_size&quot; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonLinesWriter</name>
    <message>
        <source>Could not write the JSON Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonPage</name>
    <message>
        <source>field &quot;items&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items&quot; should be an array but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::KeychainCredentialStore</name>
    <message>
        <source>%1, so the saved key could not be read. Enter it again under File › Connection….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so the key is kept in memory until BatchDeck quits and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so the key may still be saved there: remove the BatchDeck entry with the keychain&apos;s own tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ListBatchesQuery</name>
    <message>
        <source>page_token must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date such as 2026-11-01 or a date-time with a time zone such as 2026-11-01T08:30:00Z or 2026-11-01T08:30:00+02:00 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size must be from %1 to %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at_on_or_after (%1) must not be later than created_at_on_or_before (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::MainWindow</name>
    <message>
        <source>About BatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDeck %1&lt;/h3&gt;&lt;p&gt;A desktop app for LlamaCloud batch-processing jobs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by &amp;ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a job or batch by its ID, from the index or the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch All Running in View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a desktop notification when each unfinished job or batch of this list ends</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1; it shows as an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project names could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project names are incomplete: the server listed more names than BatchDeck keeps (%1 MB), so %2 projects are named; the rest show as IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server listed more names than BatchDeck keeps (%1 MB), so loading stopped with %2 directories named; the rest show as IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server sent the page token &quot;%1&quot; a second time, so paging stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server had sent %1 pages (%2 directories) without ending the list, so paging stopped; the rest show as IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of directory %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of directory %1 could not be loaded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of directory %1 was not kept: the names loaded already fill what BatchDeck keeps (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::NamePicker</name>
    <message>
        <source>Name or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a project&apos;s name, or paste its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or dir-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a directory&apos;s name, or paste its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::OffsetPager</name>
    <message>
        <source>the server sent the same page of %1 again at offset %2, so paging stopped to avoid an endless loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::OpenById</name>
    <message>
        <source>ID: type or paste the ID of a job or batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: “%1” is not a job or batch ID (letters, digits and dashes, such as bjb-123e4567-e89b-12d3-a456-426614174000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bjb-… or bat-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job or batch &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job or batch %1 was found, in the index or on the server. Check the ID, and that it belongs to this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::OverviewChart</name>
    <message>
        <source>Failed of finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count v1 jobs or v2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work per hour or day by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and batches of the local index per hour or day by status, with the failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list its jobs. The line is the share of finished jobs that failed, on the right-hand scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is the share of finished batches that failed, on the right-hand scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed of finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed of %2 finished (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;The overview counts the jobs and batches it keeps: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The index is being built&lt;/h3&gt;The chart appears as jobs are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs in this range&lt;/h3&gt;Try a longer time range or fewer types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches in this range&lt;/h3&gt;Try a longer time range or fewer types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview counts everything in its range: search the All jobs view instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::Pager</name>
    <message>
        <source>the server had sent %1 %2 without ending the list (%3), so paging stopped at the ceiling of %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no total_size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingBar</name>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sorted within this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists newest first, a page at a time: a sort by another column orders this page&apos;s rows only. The All jobs view sorts every job in the local index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches are paged with a token for the next page only: there is no last page or page number to jump to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the server&apos;s total went down by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of %1 shifted while it was read (%2), so %3; the output keeps every row served, each once. Export again for a complete list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %1 may be missing</source>
        <translation>
            <numerusform>%1 may be missing</numerusform>
            <numerusform>up to %1 may be missing</numerusform>
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
    <message>
        <source>server asks to slow down: waiting %1 s, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server is failing (HTTP %1): retrying in %2 s, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResult</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be an object but is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;processed_at&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;processed_at&quot; should be a date-time string but is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the processing result at position %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;processing_results&quot; should be an array but is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResultsModel</name>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output location</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;output location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its processing results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing results could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::QueryChecks</name>
    <message>
        <source>%1 must be from %2 to %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 or more (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain spaces or control characters (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ReferencedJobDialog</name>
    <message>
        <source>Extract job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the job&apos;s status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s status could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ReferencedJobStatus</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a date-time string but is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;job&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;job&quot; should be an object but is %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This job has no failed items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which configurations the failed items used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already re-run as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run %1 failed items with configuration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run %1 of %2 with configuration %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new job processes these items again with the configuration of their latest %1 results. This job is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a job for the failed items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating job %1 of %2 for the failed items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-run may or may not have been created. %1 Refresh the job list and check for a new job before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed items were not re-run. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 of %2 jobs: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the job list and check for new jobs before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run failed items… tries again for the items not re-run.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1, parameters hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is %1, not finished; its failed items can be re-run once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no failed items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 failed items (such as %3) have no %4 processing result, so BatchDeck cannot know the configuration to re-run them with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing results of %1 of the %2 failed items (such as %3) could not all be read, so BatchDeck cannot know the configuration to re-run them with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunPlanner</name>
    <message>
        <source>The failed items could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has more than %1 failed items, more than BatchDeck checks for one re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing results of a failed item (%1) could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::RowExport</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; what was written is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the save did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some project or directory names are missing, so their IDs are shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift or Ctrl with the arrows, Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the current job or batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected IDs, or the selected cells in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job or batch whose ID is on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row&apos;s or a header&apos;s context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog; in a confirmation, keep things as they are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::StatusWords</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::StuckModel</name>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In status for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In status %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its counts last moved %1 (as of the index&apos;s last sync)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished work whose counts have not moved for this long is stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No progress for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending, dispatched, throttled and running jobs and batches, as of the index&apos;s last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck jobs and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished jobs and batches whose counts have not moved for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stuck of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Stuck work is found from the history the index keeps: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck work is a short list: search the All jobs view instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>&amp;Copy %n ID</numerusform>
            <numerusform>&amp;Copy %n IDs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::SyncProgress</name>
    <message>
        <source>Reading jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking unfinished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking unfinished batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches: this server has none (v2 batches are not offered).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchController</name>
    <message numerus="yes">
        <source>Watching %n more of this list: BatchDeck tells you when each ends.</source>
        <translation>
            <numerusform>Watching %n more of this list: BatchDeck tells you when it ends.</numerusform>
            <numerusform>Watching %n more of this list: BatchDeck tells you when each ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this list is running that is not watched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching %1: the server no longer knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already ended (%2) when watching began: there is nothing to watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchMarks</name>
    <message>
        <source>Ended while you were away: select it or open its details to clear the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched: BatchDeck tells you when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchWords</name>
    <message>
        <source>Stop &amp;Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the notification when this ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has ended: there is nothing left to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a desktop notification when this ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDeck::WorkEnding</name>
    <message>
        <source>Job completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDetailsDialog</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the source directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy source directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the files with an error message: no job could be created for them, or their job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the status of the selected file&apos;s job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-file results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration snapshot as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFilterPanel</name>
    <message>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Created (UTC days)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, in any case (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; (see %2 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see %2 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1 (see %2 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of %1 requested at once, 1 to %2 (default %3; 1 asks for one page after another). Halved for a while when the server asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write v1 batch jobs as CSV or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write v2 batches as CSV or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a job&apos;s status and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a job&apos;s items as CSV or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a v2 batch&apos;s status, files and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a v2 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build or update the local index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed jobs grouped by error, from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed items and files grouped by error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work that has stopped moving, from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs by error words or ID, from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the demo API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: batchdeck-cli COMMAND [ARGUMENT] [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Each command explains its options with --help (e.g. batchdeck-cli items --help).
Exit codes: 0 done, 1 failed, 2 usage error, 3 API key refused, 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>--demo cannot be combined with --base-url or --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --base-url or --region, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must be us or eu (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: pass --api-key KEY or set LLAMA_CLOUD_API_KEY (or try --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a plain http address, which would send the API key unencrypted to %3. Use https, or pass --allow-insecure-http if every network on the way is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server, e.g. https://api.cloud.llamaindex.ai (default: LLAMA_CLOUD_BASE_URL, else US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the API key over plain http to a server that is not this machine (unencrypted: anyone on the network can read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud region: us or eu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (default: LLAMA_CLOUD_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (UUID), sent with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization (UUID), sent with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after a failed request (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one attempt may take, from sending to the last byte (0.001 to 3600, default 60).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo data (a server built into BatchDeck, on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud &amp;US (api.cloud.llamaindex.ai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud &amp;EU (api.cloud.eu.llamaindex.ai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;plain http to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: over plain http the API key travels unencrypted; anyone on the network between you and the server can read it and use your account. Allow it only if every network on the way is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llx-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBatchesCommand</name>
    <message>
        <source>Writes every v2 batch matching the filters as CSV (RFC 4180, UTF-8; one row a batch: id,status,job_type,configuration_id,source_directory_id,project_id,created_at,updated_at) or JSON Lines (each batch with the API&apos;s fields). --project-id and --organization-id filter the batches too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches with this status, in any case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches created at or after T: an ISO 8601 date (2026-11-01, from 00:00 UTC) or a date-time with a zone (2026-11-01T08:30:00Z, 2026-11-01T08:30:00+02:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches created at or before T: a date (up to 23:59:59.999 UTC that day) or a date-time with a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches over this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches per request, %1 to %2 (default: the server&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --max-rows, fail when the server has sent N batches and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--created-after (%1) must not be later than --created-before (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes every batch job matching the filters as CSV (RFC 4180, UTF-8) or JSON Lines. --project-id and --organization-id filter the jobs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs of this type, in any case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs with this status, in any case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs over this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per request, 1 to 1000 (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --max-rows, fail when the server has sent N jobs and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export jobs to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (lets Excel read accents correctly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect spreadsheets: prefix cells starting with = + - @ with &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages requested at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>File to write, or - for standard output (default). A file is replaced only when the export succeeds; a FIFO or device (e.g. /dev/null) is written directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8; the default) or json (JSON Lines: one object per line, fields named as in the API, null for absent values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not prefix CSV cells starting with = + - @ with a quote; csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1 the server sent incomplete, with a warning, instead of failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with code 4 when the list ends at a count other than the server&apos;s total_size (an estimate, by the API&apos;s own words; otherwise the difference is only told).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must name a file, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexCommands</name>
    <message>
        <source>There is no index at %1. Run batchdeck-cli sync first, with the same server and project options, or name the index with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was created at or after this time: a date, a time, or a duration before now (7d, 12h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was created before this time (same forms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the failed jobs of the index grouped by the shape of their error message (numbers, file names, sizes, IDs, URLs and paths stand for any), the largest group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed items of jobs and failed files of batches instead, fetched from the server when the index lacks them (see batchdeck-cli failures --items --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the unfinished jobs and batches of the index whose counts have not moved for a while, as of the last sync, the longest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long without progress makes work stuck (default 30m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the indexed jobs whose error message has every word of TEXT (each also as the start of a word), whose directory or project name holds every word of TEXT (anywhere, in any case; % and _ are plain characters), or whose ID starts with TEXT, newest first. Names are those the last sync read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs in this status, in any case: %1; give it again for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs of this type, in any case: %1; give it again for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT must hold a word or the start of an ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexOptions</name>
    <message>
        <source>The index file (default: the one for this server and project, in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group&apos;s rows instead of the groups: its pattern, as the pattern column has it (&quot;&quot; for failures without a message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of this API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of LlamaCloud region us or eu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of --demo, --base-url and --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must be us or eu (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a duration such as 90s, 30m, 2h or 7d (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date or time (2026-11-30, 2026-11-30T08:00:00Z) or a duration before now (7d, 12h) (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, or - for standard output (default). A file is replaced only when every row was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8; the default) or json (JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not prefix CSV cells starting with = + - @ with a quote; csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must name a file, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsCommand</name>
    <message>
        <source>Writes every item (file) of a batch job as CSV (RFC 4180, UTF-8) or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with this status, in any case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per request, 1 to 1000 (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when the server has sent N items and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>JOB_ID must be a job ID: a UUID, alone or after a short prefix, such as bjb-123e4567-e89b-12d3-a456-426614174000 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not found (HTTP 404%2). Check the job ID, and --project-id or --organization-id if the job belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Project ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Directory ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Job record ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Workflow ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-r&amp;un failed items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel job…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFilterPanel</name>
    <message>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Job type&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to BatchDeck&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse your LlamaCloud batch jobs, watch the running ones, find out why jobs failed, and export job lists to CSV.&lt;br&gt;The demo data comes from a server built into BatchDeck; you can switch any time from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to LlamaCloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh &amp;interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved API key from this computer and disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchDeck &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use BatchDeck and batchdeck-cli, built into the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud &amp;API Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LlamaCloud&apos;s documentation of the batch APIs, in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ws per page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingResultsPanel</name>
    <message>
        <source>Processing results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy output location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected result&apos;s output location to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencedJobDialog</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the job&apos;s status again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
