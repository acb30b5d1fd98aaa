<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchCommands</name>
    <message numerus="yes">
        <source>%1 files, %2 with a job, %3 failed</source>
        <translation>
            <numerusform>%1 Datei, %2 mit Job, %3 fehlgeschlagen</numerusform>
            <numerusform>%1 Dateien, %2 mit Job, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>BATCH_ID must be a batch ID: a UUID, alone or after a short prefix, such as bat-123e4567-e89b-12d3-a456-426614174000 (got &quot;%1&quot;).</source>
        <translation>BATCH_ID muss eine Batch-ID sein: eine UUID, allein oder nach einem kurzen Präfix, etwa bat-123e4567-e89b-12d3-a456-426614174000 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Batch %1 was not found (HTTP 404%2). Check the batch ID, and --project-id or --organization-id if the batch belongs to another project.</source>
        <translation>Batch %1 wurde nicht gefunden (HTTP 404%2). Prüfen Sie die Batch-ID und, falls der Batch zu einem anderen Projekt gehört, --project-id oder --organization-id.</translation>
    </message>
</context>
<context>
    <name>BatchDeck</name>
    <message>
        <source>Browse LlamaCloud batch-processing jobs.</source>
        <translation>LlamaCloud-Batch-Jobs durchsuchen.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation>Mit den integrierten Demodaten starten.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::AllBatchesView</name>
    <message>
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message>
        <source>Every v2 batch in the local index: sort and search across all of them, with a time range</source>
        <translation>Alle v2-Batches im lokalen Index: alle gemeinsam sortieren und durchsuchen, mit Zeitraum</translation>
    </message>
    <message>
        <source>Search every batch in the index: its source directory&apos;s or project&apos;s name, or the start of its ID (Ctrl+F)</source>
        <translation>Alle Batches im Index durchsuchen: nach dem Namen des Quellverzeichnisses oder Projekts oder dem Anfang der ID (Strg+F)</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
</context>
<context>
    <name>BatchDeck::AllJobsView</name>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Every v1 job in the local index: sort and search across all of them, with a time range</source>
        <translation>Alle v1-Jobs im lokalen Index: alle gemeinsam sortieren und durchsuchen, mit Zeitraum</translation>
    </message>
    <message>
        <source>Search every job in the index: words of its error, its directory&apos;s or project&apos;s name, or the start of its ID (Ctrl+F)</source>
        <translation>Alle Jobs im Index durchsuchen: nach Wörtern aus dem Fehler, dem Namen des Verzeichnisses oder Projekts oder dem Anfang der ID (Strg+F)</translation>
    </message>
    <message>
        <source>Reading %1 jobs from the index and writing them…</source>
        <translation>%1 Jobs werden aus dem Index gelesen und geschrieben…</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiCall</name>
    <message>
        <source>the answer ended after %1 of the %2 bytes announced</source>
        <translation>die Antwort endete nach %1 der angekündigten %2 Bytes</translation>
    </message>
    <message>
        <source>the request may have taken effect</source>
        <translation>die Anfrage wurde möglicherweise bereits ausgeführt</translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer; %2. It was not sent again: refresh before trying again.</source>
        <translation>Die Verbindung zu %1 wurde nach dem Senden der Anfrage geschlossen, noch vor einer Antwort; %2. Die Anfrage wurde nicht erneut gesendet: Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer. It was not sent again because retries are off; try again.</source>
        <translation>Die Verbindung zu %1 wurde nach dem Senden der Anfrage geschlossen, noch vor einer Antwort. Die Anfrage wurde nicht erneut gesendet, weil Wiederholungen ausgeschaltet sind; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent, before any answer. Check your network connection and try again.</source>
        <translation>Die Verbindung zu %1 wurde nach dem Senden der Anfrage geschlossen, noch vor einer Antwort. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>(Gave up after %n attempts.)</source>
        <translation>
            <numerusform>(Nach %n Versuch aufgegeben.)</numerusform>
            <numerusform>(Nach %n Versuchen aufgegeben.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiClient</name>
    <message>
        <source>The answer was not used. Check that the server address points at the LlamaCloud API.</source>
        <translation>Die Antwort wurde nicht verwendet. Prüfen Sie, ob die Serveradresse auf die LlamaCloud-API verweist.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ApiError</name>
    <message numerus="yes">
        <source>… and %1 more characters</source>
        <translation>
            <numerusform>… und %1 weiteres Zeichen</numerusform>
            <numerusform>… und %1 weitere Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check your network connection and the server address.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie Ihre Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection, or allow a longer timeout.</source>
        <translation>Der Server hat nicht innerhalb von 1 Sekunde geantwortet. Prüfen Sie Ihre Netzwerkverbindung, oder erlauben Sie ein längeres Zeitlimit.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds. Check your network connection, or allow a longer timeout.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet. Prüfen Sie Ihre Netzwerkverbindung, oder erlauben Sie ein längeres Zeitlimit.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1. Check that the server address points at the LlamaCloud API.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1. Prüfen Sie, ob die Serveradresse auf die LlamaCloud-API verweist.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole answer arrived (%2). Check your network connection and try again.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die vollständige Antwort ankam (%2). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 once decompressed (it was sent compressed), so BatchDeck stopped reading it. Check that the server address points at the LlamaCloud API.</source>
        <translation>Die Antwort des Servers war entpackt größer als %1 (sie wurde komprimiert gesendet), daher hat BatchDeck das Lesen abgebrochen. Prüfen Sie, ob die Serveradresse auf die LlamaCloud-API verweist.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1, so BatchDeck stopped reading it. Check that the server address points at the LlamaCloud API.</source>
        <translation>Die Antwort des Servers war größer als %1, daher hat BatchDeck das Lesen abgebrochen. Prüfen Sie, ob die Serveradresse auf die LlamaCloud-API verweist.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401%1). Check the key BatchDeck was given (or LLAMA_CLOUD_API_KEY) and its region.</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (HTTP 401%1). Prüfen Sie den Schlüssel, den BatchDeck erhalten hat (oder LLAMA_CLOUD_API_KEY), und seine Region.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403%1). Check that the key belongs to this project and organization.</source>
        <translation>Der API-Schlüssel ist hierfür nicht berechtigt (HTTP 403%1). Prüfen Sie, ob der Schlüssel zu diesem Projekt und dieser Organisation gehört.</translation>
    </message>
    <message>
        <source>The server has no such resource (HTTP 404%1). The job may have been deleted, or the server address may be wrong.</source>
        <translation>Diese Ressource gibt es auf dem Server nicht (HTTP 404%1). Der Job wurde möglicherweise gelöscht, oder die Serveradresse ist falsch.</translation>
    </message>
    <message>
        <source>The server reported a conflict (HTTP 409%1). Refresh and try again.</source>
        <translation>Der Server hat einen Konflikt gemeldet (HTTP 409%1). Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 422%1). Correct the named field and try again.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 422%1). Korrigieren Sie das genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is limiting the request rate (HTTP 429%1). Wait a minute and try again.</source>
        <translation>Der Server begrenzt die Anfragerate (HTTP 429%1). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP %1%2). Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1%2).</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another server, %2. BatchDeck does not follow it, so that the API key is not sent there. Check the server address.</source>
        <translation>Der Server %1 hat die Anfrage an einen anderen Server umgeleitet: %2. BatchDeck folgt der Umleitung nicht, damit der API-Schlüssel nicht dorthin gesendet wird. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>an address that could not be read</source>
        <translation>eine Adresse, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>The server %1 keeps redirecting the request (a redirect loop). Check the server address.</source>
        <translation>Der Server %1 leitet die Anfrage immer wieder um (Umleitungsschleife). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate failed verification (%2). BatchDeck does not send the API key over such a connection. Check the server address, or ask its administrator for a valid certificate.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt, weil die Prüfung des Zertifikats fehlschlug (%2). BatchDeck sendet den API-Schlüssel nicht über eine solche Verbindung. Prüfen Sie die Serveradresse, oder bitten Sie den Administrator des Servers um ein gültiges Zertifikat.</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::AutoRefresh</name>
    <message>
        <source>Every %1 seconds</source>
        <translation>Alle %1 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Auto-refresh waits</source>
        <translation>Automatische Aktualisierung wartet</translation>
    </message>
    <message>
        <source>Auto-refresh in %1 s</source>
        <translation>Aktualisierung in %1 s</translation>
    </message>
    <message>
        <source>The list refreshes every %1 seconds.</source>
        <translation>Die Liste wird alle %1 Sekunden aktualisiert.</translation>
    </message>
    <message>
        <source>The list refreshes every minute.</source>
        <translation>Die Liste wird jede Minute aktualisiert.</translation>
    </message>
    <message>
        <source>This refresh waits until no menu or dialog is open and no filter is being typed.</source>
        <translation>Diese Aktualisierung wartet, bis kein Menü und kein Dialog mehr offen ist und kein Filter mehr getippt wird.</translation>
    </message>
    <message>
        <source>View › Auto-refresh (%1) turns it off.</source>
        <translation>Ansicht › Automatisch aktualisieren (%1) schaltet sie aus.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Batch</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be %2 but is %3</source>
        <translation>Feld „%1“ sollte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>the batch at position %1 could not be read: %2</source>
        <translation>der Batch an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchBrowser</name>
    <message>
        <source>The server sent a next-page token that leads back to a page already shown, so the list stops here; refresh or narrow the filter to see other batches.</source>
        <translation>Der Server hat ein Token für die nächste Seite gesendet, das zu einer bereits angezeigten Seite zurückführt, daher endet die Liste hier; aktualisieren Sie oder schränken Sie den Filter ein, um weitere Batches zu sehen.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchDetailsDialog</name>
    <message>
        <source>the server gave no download address for it</source>
        <translation>der Server hat dafür keine Download-Adresse angegeben</translation>
    </message>
    <message>
        <source>the server&apos;s download address is not a valid address</source>
        <translation>die Download-Adresse des Servers ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>BatchDeck opens only http and https addresses, and the server&apos;s download address is a &quot;%1&quot; address</source>
        <translation>BatchDeck öffnet nur http- und https-Adressen, die Download-Adresse des Servers ist aber eine „%1“-Adresse</translation>
    </message>
    <message>
        <source>the server&apos;s download address names no host</source>
        <translation>die Download-Adresse des Servers nennt keinen Host</translation>
    </message>
    <message>
        <source>the server&apos;s download address carries a user name or password</source>
        <translation>die Download-Adresse des Servers enthält einen Benutzernamen oder ein Passwort</translation>
    </message>
    <message>
        <source>the server&apos;s download address holds the API key</source>
        <translation>die Download-Adresse des Servers enthält den API-Schlüssel</translation>
    </message>
    <message>
        <source>Error message of the selected file</source>
        <translation>Fehlermeldung der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Select a file to read its whole error message here.</source>
        <translation>Wählen Sie eine Datei aus, um hier ihre vollständige Fehlermeldung zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show the &amp;job&apos;s status…</source>
        <translation>Status des &amp;Jobs anzeigen…</translation>
    </message>
    <message>
        <source>Open the source fi&amp;le</source>
        <translation>Quell&amp;datei öffnen</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Stop the batch; files already processed keep their jobs.</source>
        <translation>Den Batch anhalten; bereits verarbeitete Dateien behalten ihre Jobs.</translation>
    </message>
    <message>
        <source>Only a pending, throttled or running batch can be cancelled.</source>
        <translation>Nur ein ausstehender, gedrosselter oder laufender Batch kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>Loading the names of the source directory&apos;s files…</source>
        <translation>Die Namen der Dateien im Quellverzeichnis werden geladen…</translation>
    </message>
    <message>
        <source>File names could not be loaded, so files show as IDs: %1</source>
        <translation>Die Dateinamen konnten nicht geladen werden, daher werden Dateien als IDs angezeigt: %1</translation>
    </message>
    <message>
        <source>Only the first %1 files of the source directory are named; the rest show as IDs.</source>
        <translation>Nur die ersten %1 Dateien des Quellverzeichnisses werden mit Namen angezeigt, die übrigen als IDs.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Error message of %1</source>
        <translation>Fehlermeldung von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a file in the results first.</source>
        <translation>Wählen Sie zuerst eine Datei in den Ergebnissen aus.</translation>
    </message>
    <message>
        <source>No job was created for this file.</source>
        <translation>Für diese Datei wurde kein Job erstellt.</translation>
    </message>
    <message>
        <source>BatchDeck cannot show a job of type &quot;%1&quot;.</source>
        <translation>BatchDeck kann keinen Job vom Typ „%1“ anzeigen.</translation>
    </message>
    <message>
        <source>The batch names no source directory to ask for the file.</source>
        <translation>Der Batch nennt kein Quellverzeichnis, bei dem die Datei angefragt werden könnte.</translation>
    </message>
    <message>
        <source>The file was deleted from the directory: there is nothing to open.</source>
        <translation>Die Datei wurde aus dem Verzeichnis gelöscht: Es gibt nichts zu öffnen.</translation>
    </message>
    <message>
        <source>Show the status of the parse or extract job the batch created for the selected file.</source>
        <translation>Den Status des Jobs (Parsen oder Extrahieren) anzeigen, den der Batch für die ausgewählte Datei erstellt hat.</translation>
    </message>
    <message>
        <source>Open the selected source file from a download address the server gives now.</source>
        <translation>Die ausgewählte Quelldatei über eine Download-Adresse öffnen, die der Server jetzt vergibt.</translation>
    </message>
    <message>
        <source>Asking the server for a download address of %1…</source>
        <translation>Download-Adresse für %1 wird beim Server angefragt…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was not opened: %2.</source>
        <translation>%1 wurde nicht geöffnet: %2.</translation>
    </message>
    <message>
        <source>No application could open the download of %1.</source>
        <translation>Keine Anwendung konnte den Download von %1 öffnen.</translation>
    </message>
    <message>
        <source>Opened the download of %1.</source>
        <translation>Download von %1 geöffnet.</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>Source directory ID: %1</source>
        <translation>Quellverzeichnis-ID: %1</translation>
    </message>
    <message>
        <source>The server sent no per-file results for this batch.</source>
        <translation>Der Server hat für diesen Batch keine Ergebnisse pro Datei gesendet.</translation>
    </message>
    <message>
        <source>Per-file results are given once the batch has finished running.</source>
        <translation>Ergebnisse pro Datei liegen vor, sobald der Batch beendet ist.</translation>
    </message>
    <message>
        <source>%1 files, %2 without a job because of an error</source>
        <translation>%1 Dateien, %2 wegen eines Fehlers ohne Job</translation>
    </message>
    <message>
        <source>%1, %2 whose job failed</source>
        <translation>%1, %2 mit fehlgeschlagenem Job</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Batch abbrechen</translation>
    </message>
    <message>
        <source>Cancel batch %1?</source>
        <translation>Batch %1 abbrechen?</translation>
    </message>
    <message>
        <source>Files already processed keep their jobs; the rest will not be processed. This cannot be undone.</source>
        <translation>Bereits verarbeitete Dateien behalten ihre Jobs; die übrigen werden nicht verarbeitet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The batch was not cancelled. %1</source>
        <translation>Der Batch wurde nicht abgebrochen. %1</translation>
    </message>
    <message>
        <source>Batch cancelled.</source>
        <translation>Batch abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel requested. The batch&apos;s status is now: %1.</source>
        <translation>Abbruch angefordert. Der Status des Batches ist jetzt: %1.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchFilterPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchPager</name>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>the server sent %1 pages in a row without a new batch (empty, or only batches already received) and still offered another page, after %2 batches; try again later</source>
        <translation>der Server hat %1 Seiten nacheinander ohne neuen Batch gesendet (leer oder nur bereits empfangene Batches) und dennoch eine weitere Seite angeboten, nach %2 Batches; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchResultsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>— (no job yet)</source>
        <translation>— (noch kein Job)</translation>
    </message>
    <message>
        <source>— (no job)</source>
        <translation>— (kein Job)</translation>
    </message>
    <message>
        <source>— (no job: failed before processing)</source>
        <translation>— (kein Job: vor der Verarbeitung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The batch has not made a job for this file yet.</source>
        <translation>Der Batch hat für diese Datei noch keinen Job erstellt.</translation>
    </message>
    <message>
        <source>The batch finished without making a job for this file.</source>
        <translation>Der Batch wurde beendet, ohne für diese Datei einen Job zu erstellen.</translation>
    </message>
    <message>
        <source>No job could be made for this file, so it was never processed; the error says why.</source>
        <translation>Für diese Datei konnte kein Job erstellt werden, daher wurde sie nie verarbeitet; der Fehler nennt den Grund.</translation>
    </message>
    <message>
        <source>No error: the batch reports none for this file.</source>
        <translation>Kein Fehler: Der Batch meldet für diese Datei keinen.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1
File ID: %2</source>
        <translation>%1
Datei-ID: %2</translation>
    </message>
    <message>
        <source>Deleted from the directory: %1</source>
        <translation>Aus dem Verzeichnis gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation>Quellverzeichnis</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchTableView</name>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Details öffnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>%n ID &amp;kopieren</numerusform>
            <numerusform>%n IDs &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchesApi</name>
    <message>
        <source>batch_id must not be empty.</source>
        <translation>batch_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Asked about batch %1, but the server answered about batch %2.</source>
        <translation>Nach Batch %1 gefragt, aber der Server antwortete zu Batch %2.</translation>
    </message>
    <message>
        <source>Asked to cancel batch %1, but the server answered about batch %2, so whether batch %1 was cancelled is not known.</source>
        <translation>Abbruch von Batch %1 angefordert, aber der Server antwortete zu Batch %2; ob Batch %1 abgebrochen wurde, ist daher nicht bekannt.</translation>
    </message>
    <message>
        <source>BatchDeck cannot show a job of type &quot;%1&quot;: it knows only %2.</source>
        <translation>BatchDeck kann keinen Job vom Typ „%1“ anzeigen: Es kennt nur %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>job_id must not be empty.</source>
        <translation>job_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Asked about job %1, but the server answered about job %2.</source>
        <translation>Nach Job %1 gefragt, aber der Server antwortete zu Job %2.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::BatchesView</name>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>created from: %1</source>
        <translation>erstellt ab: %1</translation>
    </message>
    <message>
        <source>created to: %1</source>
        <translation>erstellt bis: %1</translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation>Verzeichnis: %1</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Batches (v2)</source>
        <translation>Batches (v2)</translation>
    </message>
    <message>
        <source>Batches of the v2 API (/api/v2/batches)</source>
        <translation>Batches der v2-API (/api/v2/batches)</translation>
    </message>
    <message>
        <source>No batches</source>
        <translation>Keine Batches</translation>
    </message>
    <message>
        <source>No batches of %1</source>
        <translation>Keine Batches von %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches yet&lt;/h3&gt;Batches started with the v2 API appear here.</source>
        <translation>&lt;h3&gt;Noch keine Batches&lt;/h3&gt;Mit der v2-API gestartete Batches erscheinen hier.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches match these filters&lt;/h3&gt;Hidden by %1.</source>
        <translation>&lt;h3&gt;Keine Batches entsprechen diesen Filtern&lt;/h3&gt;Ausgeblendet durch %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n batches on this page are not shown; the first because %1.</source>
        <translation>
            <numerusform>%n Batch auf dieser Seite wird nicht angezeigt. Grund: %1.</numerusform>
            <numerusform>%n Batches auf dieser Seite werden nicht angezeigt; Grund beim ersten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n batches on this page that do not match the filters asked for; they are not shown.</source>
        <translation>
            <numerusform>Der Server hat auf dieser Seite %n Batch gesendet, der nicht den angefragten Filtern entspricht; er wird nicht angezeigt.</numerusform>
            <numerusform>Der Server hat auf dieser Seite %n Batches gesendet, die nicht den angefragten Filtern entsprechen; sie werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search applies to v1 batch jobs; filter batches with the fields on the left.</source>
        <translation>Die Suche gilt für v1-Batch-Jobs; filtern Sie Batches mit den Feldern links.</translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation>Diese Seite nach ID, Verzeichnis oder Fehler durchsuchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Catalog</name>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a boolean but is %2</source>
        <translation>Feld „%1“ sollte ein boolescher Wert sein, ist aber %2</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Antworttext ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Antworttext ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the body should be an array of projects but is %1</source>
        <translation>der Antworttext sollte ein Array von Projekten sein, ist aber %1</translation>
    </message>
    <message>
        <source>the project at position %1 could not be read: %2</source>
        <translation>das Projekt an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>field &quot;next_page_token&quot; should be a string but is %1</source>
        <translation>Feld „next_page_token“ sollte eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>the directory at position %1 could not be read: %2</source>
        <translation>das Verzeichnis an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>page_size must be from 1 to %1 (got %2).</source>
        <translation>page_size muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>page_token must not be empty.</source>
        <translation>page_token darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::CatalogApi</name>
    <message>
        <source>project_name must not be empty.</source>
        <translation>project_name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>directory_id must not be empty.</source>
        <translation>directory_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Asked about directory %1, but the server answered about directory %2.</source>
        <translation>Nach Verzeichnis %1 gefragt, aber der Server antwortete zu Verzeichnis %2.</translation>
    </message>
    <message>
        <source>directory_file_id must not be empty.</source>
        <translation>directory_file_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Asked about directory file %1, but the server answered about directory file %2.</source>
        <translation>Nach Verzeichnisdatei %1 gefragt, aber der Server antwortete zu Verzeichnisdatei %2.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::BatchCommand</name>
    <message>
        <source>Shows one v2 batch: its status, configuration, files and the errors of those that failed.</source>
        <translation>Zeigt einen v2-Batch: Status, Konfiguration, Dateien und die Fehler der fehlgeschlagenen Dateien.</translation>
    </message>
    <message>
        <source>one object, fields named as in the API, as export-batches --format json writes them, with every file&apos;s result</source>
        <translation>ein Objekt mit Feldnamen wie in der API, so wie export-batches --format json es schreibt, mit dem Ergebnis jeder Datei</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation>Quellverzeichnis</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failed files (--format json lists every one)</source>
        <translation>
            <numerusform>… und %n weitere fehlgeschlagene Datei (--format json listet alle auf)</numerusform>
            <numerusform>… und %n weitere fehlgeschlagene Dateien (--format json listet alle auf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CallCommand</name>
    <message>
        <source>Ask the built-in demo server.</source>
        <translation>Den integrierten Demo-Server fragen.</translation>
    </message>
    <message>
        <source>Interrupted before the server answered.</source>
        <translation>Unterbrochen, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>text (aligned lines; the default) or json (%1).</source>
        <translation>text (ausgerichtete Zeilen; Standard) oder json (%1).</translation>
    </message>
    <message>
        <source>--format must be text or json (got &quot;%1&quot;).</source>
        <translation>--format muss text oder json sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The server&apos;s answer contained the API key; it was masked.</source>
        <translation>Die Antwort des Servers enthielt den API-Schlüssel; er wurde maskiert.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CancelBatchCommand</name>
    <message>
        <source>Asks the server to cancel a v2 batch, and prints its answer. A batch that has finished can no longer be cancelled (exit code 1). Files already processed keep their jobs.</source>
        <translation>Bittet den Server, einen v2-Batch abzubrechen, und gibt seine Antwort aus. Ein beendeter Batch kann nicht mehr abgebrochen werden (Exit-Code 1). Bereits verarbeitete Dateien behalten ihre Jobs.</translation>
    </message>
    <message>
        <source>Batch %1 was not cancelled: %2</source>
        <translation>Batch %1 wurde nicht abgebrochen: %2</translation>
    </message>
    <message>
        <source>Batch %1 cancelled.</source>
        <translation>Batch %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Batch %1 is being cancelled: it is now %2.</source>
        <translation>Batch %1 wird abgebrochen: Status jetzt %2.</translation>
    </message>
    <message>
        <source>Interrupted; the cancel request may already have reached the server: check with `batchdeck-cli batch BATCH_ID`.</source>
        <translation>Unterbrochen; die Abbruchanfrage hat den Server möglicherweise bereits erreicht: Prüfen Sie dies mit `batchdeck-cli batch BATCH_ID`.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::CancelCommand</name>
    <message>
        <source>Asks the server to cancel a batch job, and prints its answer. A job that has finished can no longer be cancelled (exit code 1).</source>
        <translation>Bittet den Server, einen Batch-Job abzubrechen, und gibt seine Antwort aus. Ein beendeter Job kann nicht mehr abgebrochen werden (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Why the job is cancelled, sent along.</source>
        <translation>Grund für den Abbruch des Jobs, wird mitgesendet.</translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation>Job %1 wurde nicht abgebrochen: %2</translation>
    </message>
    <message>
        <source>Interrupted; the cancel request may already have reached the server: check with `batchdeck-cli job JOB_ID`.</source>
        <translation>Unterbrochen; die Abbruchanfrage hat den Server möglicherweise bereits erreicht: Prüfen Sie dies mit `batchdeck-cli job JOB_ID`.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %L3 items processed.%4</source>
        <translation>
            <numerusform>Job %1: %2, %L3 Element verarbeitet.%4</numerusform>
            <numerusform>Job %1: %2, %L3 Elemente verarbeitet.%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::ExportRun</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Exported %1 (%2)</source>
        <translation><byte value="xd"/>%1 exportiert (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source> of about %1</source>
        <translation> von etwa %1</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 Element</numerusform>
            <numerusform>%1 Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 batches</source>
        <translation>
            <numerusform>%1 Batch</numerusform>
            <numerusform>%1 Batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 jobs</source>
        <translation>
            <numerusform>%1 Job</numerusform>
            <numerusform>%1 Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Interrupted; the %1 written to standard output is incomplete.</source>
        <translation>Unterbrochen; die in die Standardausgabe geschriebenen %1-Daten sind unvollständig.</translation>
    </message>
    <message>
        <source>Interrupted; %1 was not created.</source>
        <translation>Unterbrochen; %1 wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Interrupted; %1 was left as it was before the export.</source>
        <translation>Unterbrochen; %1 ist unverändert wie vor dem Export.</translation>
    </message>
    <message>
        <source>Interrupted; the %1 written to %2 is incomplete.</source>
        <translation>Unterbrochen; die in %2 geschriebenen %1-Daten sind unvollständig.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source> If there really are that many %1, raise it with --row-ceiling.</source>
        <translation> Falls es wirklich so viele %1 gibt, erhöhen Sie die Grenze mit --row-ceiling.</translation>
    </message>
    <message>
        <source>Exit code 4: --strict-total treats the server&apos;s total as a promise.</source>
        <translation>Exit-Code 4: --strict-total behandelt die Gesamtzahl des Servers als Zusage.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::FailureItemsCommand</name>
    <message>
        <source>Lists the failed items of v1 jobs and the failed files of v2 batches grouped by the shape of their error message, the largest group first. The index fetches them from the server for the jobs and batches in the range that it has not fetched yet.</source>
        <translation>Listet die fehlgeschlagenen Elemente von v1-Jobs und die fehlgeschlagenen Dateien von v2-Batches auf, gruppiert nach der Form ihrer Fehlermeldung, die größte Gruppe zuerst. Der Index ruft sie für die Jobs und Batches im Zeitraum, die er noch nicht abgerufen hat, vom Server ab.</translation>
    </message>
    <message>
        <source>Failed items and files instead of failed jobs.</source>
        <translation>Fehlgeschlagene Elemente und Dateien statt fehlgeschlagener Jobs.</translation>
    </message>
    <message>
        <source>Only what the index already holds: nothing is asked of the server.</source>
        <translation>Nur, was der Index bereits enthält: Der Server wird nicht gefragt.</translation>
    </message>
    <message>
        <source>Only jobs and batches created at or after this time: a date, a time, or a duration before now (7d, 12h).</source>
        <translation>Nur Jobs und Batches, die zu oder nach diesem Zeitpunkt erstellt wurden: ein Datum, eine Uhrzeit oder eine Dauer vor jetzt (7d, 12h).</translation>
    </message>
    <message>
        <source>Only jobs and batches created before this time (same forms).</source>
        <translation>Nur Jobs und Batches, die vor diesem Zeitpunkt erstellt wurden (gleiche Formen).</translation>
    </message>
    <message>
        <source>The index of the demo server, fetching from it.</source>
        <translation>Der Index des Demo-Servers, mit Abruf von dort.</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>There is no index at %1. Run batchdeck-cli sync first, with the same server and project options, or name the index with --db.</source>
        <translation>Unter %1 gibt es keinen Index. Führen Sie zuerst batchdeck-cli sync mit denselben Server- und Projektoptionen aus, oder geben Sie den Index mit --db an.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching failed items: %1 of %2 jobs and batches</source>
        <translation>
            <numerusform>Fehlgeschlagene Elemente werden abgerufen: %1 von %2 Job oder Batch</numerusform>
            <numerusform>Fehlgeschlagene Elemente werden abgerufen: %1 von %2 Jobs und Batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: the index keeps the failed items of %n job(s) and batch(es) fetched so far.</source>
        <translation>
            <numerusform>Unterbrochen: Der Index behält die bisher abgerufenen fehlgeschlagenen Elemente von %n Job oder Batch.</numerusform>
            <numerusform>Unterbrochen: Der Index behält die bisher abgerufenen fehlgeschlagenen Elemente von %n Jobs und Batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) or batch(es) are no longer on the server and were skipped.</source>
        <translation>
            <numerusform>%n Job oder Batch ist nicht mehr auf dem Server und wurde übersprungen.</numerusform>
            <numerusform>%n Jobs oder Batches sind nicht mehr auf dem Server und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The failures of %n job(s) and batch(es) in the range are not fetched yet; run without --no-fetch to fetch them.</source>
        <translation>
            <numerusform>Die Fehlschläge von %n Job oder Batch im Zeitraum sind noch nicht abgerufen; führen Sie den Befehl ohne --no-fetch aus, um sie abzurufen.</numerusform>
            <numerusform>Die Fehlschläge von %n Jobs und Batches im Zeitraum sind noch nicht abgerufen; führen Sie den Befehl ohne --no-fetch aus, um sie abzurufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::JobCommand</name>
    <message>
        <source>Shows one batch job&apos;s status and progress.</source>
        <translation>Zeigt Status und Fortschritt eines Batch-Jobs.</translation>
    </message>
    <message>
        <source>one object, fields named as in the API, plus progress_percentage</source>
        <translation>ein Objekt mit Feldnamen wie in der API, zusätzlich progress_percentage</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%L1 processed, %L2 failed, %L3 skipped of %L4</source>
        <translation>%L1 verarbeitet, %L2 fehlgeschlagen, %L3 übersprungen von %L4</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::ServeCommand</name>
    <message numerus="yes">
        <source>Answered %n request(s) (%1 refused with 429), at most %2 at once.</source>
        <translation>
            <numerusform>%n Anfrage beantwortet (%1 mit 429 abgelehnt), höchstens %2 gleichzeitig.</numerusform>
            <numerusform>%n Anfragen beantwortet (%1 mit 429 abgelehnt), höchstens %2 gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the built-in demo server on 127.0.0.1 until interrupted (Ctrl+C).</source>
        <translation>Führt den integrierten Demo-Server auf 127.0.0.1 aus, bis er unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <source>TCP port (default 8765; 0 picks a free one).</source>
        <translation>TCP-Port (Standard 8765; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Number of generated jobs (default 2500).</source>
        <translation>Anzahl der erzeugten Jobs (Standard 2500).</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>Startwert (Seed) der erzeugten Daten (Standard 1).</translation>
    </message>
    <message>
        <source>Leave total_size out of list answers, as the live server may.</source>
        <translation>total_size in Listenantworten weglassen, wie es der echte Server tun kann.</translation>
    </message>
    <message>
        <source>Send every answer N ms after its request arrived, as over a slow network (default 0, up to 60000).</source>
        <translation>Jede Antwort N ms nach Eingang ihrer Anfrage senden, wie über ein langsames Netzwerk (Standard 0, bis 60000).</translation>
    </message>
    <message>
        <source>Answer a request that arrives while N are being answered with 429 Too Many Requests, as a rate-limiting service does (default 0: no limit).</source>
        <translation>Eine Anfrage, die eintrifft, während N beantwortet werden, mit 429 Too Many Requests beantworten, wie es ein Dienst mit Ratenbegrenzung tut (Standard 0: keine Begrenzung).</translation>
    </message>
    <message>
        <source>Make the newest N jobs running, each moving on with every request, so that a sync finds that many changed (default: the newest few are unfinished).</source>
        <translation>Die neuesten N Jobs laufen lassen, wobei jeder mit jeder Anfrage fortschreitet, sodass eine Synchronisierung ebenso viele geänderte findet (Standard: einige der neuesten sind nicht beendet).</translation>
    </message>
    <message>
        <source>The wait a 429 asks for, in its Retry-After and retry-after-ms headers (default 1000).</source>
        <translation>Die Wartezeit, die eine 429-Antwort in ihren Headern Retry-After und retry-after-ms verlangt (Standard 1000).</translation>
    </message>
    <message numerus="yes">
        <source>Demo server with %1 jobs listening on %2</source>
        <translation>
            <numerusform>Demo-Server mit %1 Job lauscht auf %2</numerusform>
            <numerusform>Demo-Server mit %1 Jobs lauscht auf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every answer is sent %1 ms after its request arrived.</source>
        <translation>Jede Antwort wird %1 ms nach Eingang ihrer Anfrage gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n request(s) are answered at once; more are refused with 429 (retry after %1 ms).</source>
        <translation>
            <numerusform>Höchstens %n Anfrage wird gleichzeitig beantwortet; weitere werden mit 429 abgelehnt (erneut versuchen nach %1 ms).</numerusform>
            <numerusform>Höchstens %n Anfragen werden gleichzeitig beantwortet; weitere werden mit 429 abgelehnt (erneut versuchen nach %1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>API key: %1   Try: curl -H &apos;Authorization: Bearer %1&apos; &apos;%2/api/v1/beta/batch-processing?limit=2&apos;</source>
        <translation>API-Schlüssel: %1   Probieren Sie: curl -H &apos;Authorization: Bearer %1&apos; &apos;%2/api/v1/beta/batch-processing?limit=2&apos;</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Drücken Sie Strg+C zum Beenden.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Cli::SyncCommand</name>
    <message>
        <source>Builds or updates the local index of every job and batch: the first sync reads everything, later ones what is new and the unfinished work.</source>
        <translation>Erstellt oder aktualisiert den lokalen Index aller Jobs und Batches: Die erste Synchronisierung liest alles, spätere nur Neues und noch nicht Beendetes.</translation>
    </message>
    <message>
        <source>Read every job and batch again, and find those the server no longer lists.</source>
        <translation>Alle Jobs und Batches erneut lesen und diejenigen finden, die der Server nicht mehr auflistet.</translation>
    </message>
    <message>
        <source>Keep jobs and batches the server no longer lists, marked as removed, instead of deleting them from the index.</source>
        <translation>Jobs und Batches, die der Server nicht mehr auflistet, als entfernt markiert behalten, statt sie aus dem Index zu löschen.</translation>
    </message>
    <message>
        <source>Jobs or batches per request, 1 to 1000 (default 1000: the fewest requests).</source>
        <translation>Jobs oder Batches pro Anfrage, 1 bis 1000 (Standard 1000: die wenigsten Anfragen).</translation>
    </message>
    <message>
        <source>Sync the built-in demo server.</source>
        <translation>Den integrierten Demo-Server synchronisieren.</translation>
    </message>
    <message>
        <source>--db must name a file.</source>
        <translation>--db muss eine Datei angeben.</translation>
    </message>
    <message>
        <source>Interrupted: the index keeps every page saved so far. %1</source>
        <translation>Unterbrochen: Der Index behält alle bisher gespeicherten Seiten. %1</translation>
    </message>
    <message>
        <source>The sync stopped: %1 The index keeps every page saved so far.</source>
        <translation>Die Synchronisierung wurde abgebrochen: %1 Der Index behält alle bisher gespeicherten Seiten.</translation>
    </message>
    <message>
        <source>Synced the index %1.</source>
        <translation>Index %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ClientSettings</name>
    <message>
        <source>The number of retries must be 0 or more (got %1).</source>
        <translation>Die Anzahl der Wiederholungen muss 0 oder mehr sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The timeout must be more than 0 seconds.</source>
        <translation>Das Zeitlimit muss größer als 0 Sekunden sein.</translation>
    </message>
    <message>
        <source>The largest answer accepted must be more than 0 bytes.</source>
        <translation>Die größte akzeptierte Antwort muss größer als 0 Bytes sein.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character; copy the key again, without them.</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; kopieren Sie den Schlüssel erneut, ohne diese Zeichen.</translation>
    </message>
    <message>
        <source>%1 is a plain http address, which would send the API key unencrypted to %2. Use https, or allow insecure http explicitly if every network on the way is yours.</source>
        <translation>%1 ist eine einfache http-Adresse, über die der API-Schlüssel unverschlüsselt an %2 gesendet würde. Verwenden Sie https, oder erlauben Sie unsicheres http ausdrücklich, wenn jedes Netzwerk auf dem Weg Ihnen gehört.</translation>
    </message>
    <message>
        <source>LlamaCloud US</source>
        <translation>LlamaCloud US</translation>
    </message>
    <message>
        <source>LlamaCloud EU</source>
        <translation>LlamaCloud EU</translation>
    </message>
    <message>
        <source>The server address must be an http or https URL such as https://api.cloud.llamaindex.ai (got &quot;%1&quot;).</source>
        <translation>Die Serveradresse muss eine http- oder https-URL sein, etwa https://api.cloud.llamaindex.ai (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password (got &quot;%1&quot;); BatchDeck signs in with the API key only.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten (erhalten: „%1“); BatchDeck meldet sich nur mit dem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>The server address must not contain a query or fragment (got &quot;%1&quot;).</source>
        <translation>Die Serveradresse darf keine Abfrage und kein Fragment enthalten (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionActions</name>
    <message>
        <source>Forget API key</source>
        <translation>API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer?</source>
        <translation>Den API-Schlüssel für %1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>BatchDeck disconnects, and the key has to be entered again to connect.</source>
        <translation>BatchDeck trennt die Verbindung, und der Schlüssel muss zum Verbinden erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionController</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The API key was removed from this computer. Connect again to enter a key or use the demo data.</source>
        <translation>Der API-Schlüssel wurde von diesem Computer entfernt. Verbinden Sie sich erneut, um einen Schlüssel einzugeben oder die Demodaten zu verwenden.</translation>
    </message>
    <message>
        <source>Demo data (%1)</source>
        <translation>Demodaten (%1)</translation>
    </message>
    <message>
        <source>, key from LLAMA_CLOUD_API_KEY</source>
        <translation>, Schlüssel aus LLAMA_CLOUD_API_KEY</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ConnectionDialog</name>
    <message>
        <source>The key is kept in your system keychain, never in a file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Demo data (BatchDeck&apos;s built-in server, %1)</source>
        <translation>&amp;Demodaten (integrierter Server von BatchDeck, %1)</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Serveradresse: %1</translation>
    </message>
    <message>
        <source>API key: enter the key from your LlamaCloud account settings.</source>
        <translation>API-Schlüssel: Geben Sie den Schlüssel aus Ihren LlamaCloud-Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>The demo data needs no key: BatchDeck serves it from this computer, and nothing is sent anywhere else.</source>
        <translation>Die Demodaten brauchen keinen Schlüssel: BatchDeck stellt sie von diesem Computer bereit, und nichts wird anderswohin gesendet.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected. This key sees %1 batch jobs.</source>
        <translation>Verbunden. Dieser Schlüssel sieht %1 Batch-Jobs.</translation>
    </message>
    <message>
        <source>Connected. The server answered with job data.</source>
        <translation>Verbunden. Der Server hat mit Jobdaten geantwortet.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::CredentialStore</name>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>The system keychain cannot store keys</source>
        <translation>Der Schlüsselbund des Systems kann keine Schlüssel speichern</translation>
    </message>
    <message>
        <source>The system keychain could not remove the key</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht entfernen</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) could be reached</source>
        <translation>Kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet) war erreichbar</translation>
    </message>
</context>
<context>
    <name>BatchDeck::CsvWriter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::CursorPager</name>
    <message>
        <source>the server sent a page token of %1 characters, longer than the limit of %2 characters for a token, so paging stopped at page %3</source>
        <translation>der Server hat ein Seiten-Token mit %1 Zeichen gesendet, länger als die Grenze von %2 Zeichen für ein Token, daher wurde das Blättern auf Seite %3 beendet</translation>
    </message>
    <message>
        <source>the server repeated a page token (&quot;%1&quot;) it had already given on an earlier page, so paging stopped after %2 pages instead of going round in a circle</source>
        <translation>der Server hat ein Seiten-Token („%1“) wiederholt, das er schon auf einer früheren Seite geliefert hatte, daher wurde das Blättern nach %2 Seiten beendet, statt sich im Kreis zu drehen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DateRangeField</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>The first day, as 2026-11-20; empty for any day</source>
        <translation>Der erste Tag, etwa 2026-11-20; leer für beliebigen Tag</translation>
    </message>
    <message>
        <source>The last day, as 2026-11-20; empty for any day</source>
        <translation>Der letzte Tag, etwa 2026-11-20; leer für beliebigen Tag</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation>Einen Tag im Kalender auswählen</translation>
    </message>
    <message>
        <source>Calendar for created from</source>
        <translation>Kalender für „Erstellt ab“</translation>
    </message>
    <message>
        <source>Calendar for created to</source>
        <translation>Kalender für „Erstellt bis“</translation>
    </message>
    <message>
        <source>Created from: &apos;%1&apos; is not a date. Type it as %2, or clear it for any day.</source>
        <translation>Erstellt ab: „%1“ ist kein Datum. Geben Sie es als %2 ein, oder leeren Sie das Feld für einen beliebigen Tag.</translation>
    </message>
    <message>
        <source>Created to: &apos;%1&apos; is not a date. Type it as %2, or clear it for any day.</source>
        <translation>Erstellt bis: „%1“ ist kein Datum. Geben Sie es als %2 ein, oder leeren Sie das Feld für einen beliebigen Tag.</translation>
    </message>
    <message>
        <source>Created from (%1) is after Created to (%2): pick dates in order, or clear one.</source>
        <translation>Erstellt ab (%1) liegt nach Erstellt bis (%2): Wählen Sie die Daten in der richtigen Reihenfolge, oder leeren Sie eines.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DemoServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (%2).</source>
        <translation>Auf 127.0.0.1:%1 konnte nicht gelauscht werden (%2).</translation>
    </message>
    <message>
        <source>the port may be in use</source>
        <translation>der Port ist möglicherweise belegt</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DesktopNotifier</name>
    <message>
        <source>Open details</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DetailsParts</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DirectoryFile</name>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;download_url&quot; should be an object but is %1</source>
        <translation>Feld „download_url“ sollte ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>field &quot;download_url.url&quot; is empty</source>
        <translation>Feld „download_url.url“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;download_url.expires_at&quot; is missing</source>
        <translation>Feld „download_url.expires_at“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;download_url.url&quot; is not a valid URL</source>
        <translation>Feld „download_url.url“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is empty</source>
        <translation>Feld „id“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;next_page_token&quot; should be a string but is %1</source>
        <translation>Feld „next_page_token“ sollte eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>the file at position %1 could not be read: %2</source>
        <translation>die Datei an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>directory_id must not be empty.</source>
        <translation>directory_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>page_size must be from 1 to %1 (got %2).</source>
        <translation>page_size muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>page_token must not be empty.</source>
        <translation>page_token darf nicht leer sein.</translation>
    </message>
    <message>
        <source>display_name must not be empty.</source>
        <translation>display_name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>file_id must not be empty.</source>
        <translation>file_id darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::DirectoryFilePager</name>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>the server sent %1 pages in a row without a new file (empty, or only files already received) and still offered another page, after %2 files; try again later</source>
        <translation>der Server hat %1 Seiten nacheinander ohne neue Datei gesendet (leer oder nur bereits empfangene Dateien) und dennoch eine weitere Seite angeboten, nach %2 Dateien; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportDialog</name>
    <message>
        <source>&amp;All jobs matching the current filters (%1)</source>
        <translation>&amp;Alle Jobs, die den aktuellen Filtern entsprechen (%1)</translation>
    </message>
    <message>
        <source>&amp;All jobs matching the current filters</source>
        <translation>&amp;Alle Jobs, die den aktuellen Filtern entsprechen</translation>
    </message>
    <message>
        <source>The current &amp;page (%1)</source>
        <translation>Die aktuelle &amp;Seite (%1)</translation>
    </message>
    <message>
        <source>The &amp;selected rows (%1)</source>
        <translation>Die ausgewählten &amp;Zeilen (%1)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export batches to CSV</source>
        <translation>Batches als CSV exportieren</translation>
    </message>
    <message>
        <source>Batches to export</source>
        <translation>Zu exportierende Batches</translation>
    </message>
    <message>
        <source>Export batches to</source>
        <translation>Batches exportieren nach</translation>
    </message>
    <message>
        <source>&amp;All batches matching the current filters (%1)</source>
        <translation>&amp;Alle Batches, die den aktuellen Filtern entsprechen (%1)</translation>
    </message>
    <message>
        <source>&amp;All batches matching the current filters</source>
        <translation>&amp;Alle Batches, die den aktuellen Filtern entsprechen</translation>
    </message>
    <message>
        <source>Batches are read one page after another: each page needs the token the page before it gave.</source>
        <translation>Batches werden Seite für Seite gelesen: Jede Seite braucht das Token, das die vorherige Seite geliefert hat.</translation>
    </message>
    <message>
        <source>How many pages of jobs are requested at the same time when every matching job is exported (1 asks for one page after another). When the server asks to slow down, fewer are requested for a while.</source>
        <translation>Wie viele Seiten mit Jobs gleichzeitig angefragt werden, wenn alle passenden Jobs exportiert werden (1 fragt eine Seite nach der anderen an). Wenn der Server um Verlangsamung bittet, werden eine Zeit lang weniger angefragt.</translation>
    </message>
    <message>
        <source>Export jobs to</source>
        <translation>Jobs exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; add a file name.</source>
        <translation>„%1“ ist ein Ordner; fügen Sie einen Dateinamen hinzu.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportFile</name>
    <message>
        <source>the link no longer leads to a regular file</source>
        <translation>der Link führt nicht mehr zu einer regulären Datei</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportResult</name>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ExportRunner</name>
    <message>
        <source>Starting the export…</source>
        <translation>Export wird gestartet…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting batches</source>
        <translation>Batches werden exportiert</translation>
    </message>
    <message>
        <source>Exporting jobs</source>
        <translation>Jobs werden exportiert</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of about %2 jobs (%n pages)…</source>
        <translation>
            <numerusform>%1 von etwa %2 Jobs exportiert (%n Seite)…</numerusform>
            <numerusform>%1 von etwa %2 Jobs exportiert (%n Seiten)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of about %2 batches (%n pages)…</source>
        <translation>
            <numerusform>%1 von etwa %2 Batches exportiert (%n Seite)…</numerusform>
            <numerusform>%1 von etwa %2 Batches exportiert (%n Seiten)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 batches (%n pages)…</source>
        <translation>
            <numerusform>%1 Batches exportiert (%n Seite)…</numerusform>
            <numerusform>%1 Batches exportiert (%n Seiten)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 jobs (%n pages)…</source>
        <translation>
            <numerusform>%1 Jobs exportiert (%n Seite)…</numerusform>
            <numerusform>%1 Jobs exportiert (%n Seiten)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Datei wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 batches to %2.</source>
        <translation>
            <numerusform>%1 Batch nach %2 exportiert.</numerusform>
            <numerusform>%1 Batches nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 jobs to %2.</source>
        <translation>
            <numerusform>%1 Job nach %2 exportiert.</numerusform>
            <numerusform>%1 Jobs nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export finished, but the list changed while it was read</source>
        <translation>Export abgeschlossen, aber die Liste hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>No file was written; an earlier file of that name is unchanged.</source>
        <translation>Es wurde keine Datei geschrieben; eine frühere Datei mit diesem Namen ist unverändert.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsFetch</name>
    <message>
        <source>The failed items could not be fetched: %1 What was fetched is kept; fetch again to go on.</source>
        <translation>Die fehlgeschlagenen Elemente konnten nicht abgerufen werden: %1 Bereits Abgerufenes bleibt erhalten; rufen Sie erneut ab, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsMode</name>
    <message>
        <source>Fetch Failed Items</source>
        <translation>Fehlgeschlagene Elemente abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ask the server for the failed items of the jobs and the failed files of the batches in the range that the index does not hold yet</source>
        <translation>Die fehlgeschlagenen Elemente der Jobs und die fehlgeschlagenen Dateien der Batches im Zeitraum, die der Index noch nicht enthält, vom Server abrufen</translation>
    </message>
    <message>
        <source>%v of %m jobs and batches</source>
        <translation>%v von %m Jobs und Batches</translation>
    </message>
    <message>
        <source>Fetching failed items</source>
        <translation>Fehlgeschlagene Elemente werden abgerufen</translation>
    </message>
    <message>
        <source>Failed items and files of the selected group</source>
        <translation>Fehlgeschlagene Elemente und Dateien der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n Batch</numerusform>
            <numerusform>%n Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed items of %1 and files of %2 are not fetched yet.</source>
        <translation>Fehlgeschlagene Elemente von %1 und Dateien von %2 sind noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Failed items of %1 are not fetched yet.</source>
        <translation>Fehlgeschlagene Elemente von %1 sind noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Failed files of %1 are not fetched yet.</source>
        <translation>Fehlgeschlagene Dateien von %1 sind noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>The failed items and files of every job and batch in the range are fetched.</source>
        <translation>Die fehlgeschlagenen Elemente und Dateien aller Jobs und Batches im Zeitraum sind abgerufen.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailedItemsModel</name>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job or batch</source>
        <translation>Job oder Batch</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Element-ID</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>File ID: %1</source>
        <translation>Datei-ID: %1</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>Element-ID: %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailureGroupsModel</name>
    <message>
        <source>Error pattern</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstes Auftreten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Letztes Auftreten</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Job-Typen</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Example file</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>%1

Newest: %2 of %3
%4</source>
        <translation>%1

Neuestes: %2 aus %3
%4</translation>
    </message>
    <message>
        <source>%1

Newest: %2
%3</source>
        <translation>%1

Neuestes: %2
%3</translation>
    </message>
</context>
<context>
    <name>BatchDeck::FailuresView</name>
    <message>
        <source>Failed jobs</source>
        <translation>Fehlgeschlagene Jobs</translation>
    </message>
    <message>
        <source>Failed items and files</source>
        <translation>Fehlgeschlagene Elemente und Dateien</translation>
    </message>
    <message>
        <source>Failed jobs, grouped by their error</source>
        <translation>Fehlgeschlagene Jobs, nach Fehler gruppiert</translation>
    </message>
    <message>
        <source>The failed items of v1 jobs and the failed files of v2 batches, grouped by their error</source>
        <translation>Die fehlgeschlagenen Elemente von v1-Jobs und die fehlgeschlagenen Dateien von v2-Batches, nach Fehler gruppiert</translation>
    </message>
    <message>
        <source>Failure groups</source>
        <translation>Fehlergruppen</translation>
    </message>
    <message>
        <source>Failed jobs of the selected group</source>
        <translation>Fehlgeschlagene Jobs der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Failed jobs of the local index, grouped by the shape of their error message</source>
        <translation>Fehlgeschlagene Jobs des lokalen Index, gruppiert nach der Form ihrer Fehlermeldung</translation>
    </message>
    <message>
        <source>Search failed items and files by words of their errors or names, or the start of an ID (Ctrl+F)</source>
        <translation>Fehlgeschlagene Elemente und Dateien nach Wörtern aus Fehlermeldung oder Name oder nach dem Anfang einer ID durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search failed jobs by words of their errors, or the start of an ID (Ctrl+F)</source>
        <translation>Fehlgeschlagene Jobs nach Wörtern aus ihrer Fehlermeldung oder nach dem Anfang einer ID durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Keine Fehlschläge</translation>
    </message>
    <message>
        <source>No failures of %1</source>
        <translation>Keine von %1 Fehlschlägen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Failures are grouped across every job in it: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;Der lokale Index ist ausgeschaltet&lt;/h3&gt;Fehlschläge werden über alle Jobs darin gruppiert: Aktivieren Sie &lt;b&gt;Index › Lokalen Index führen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation>&lt;h3&gt;Der lokale Index kann nicht verwendet werden&lt;/h3&gt;%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed items or files&lt;/h3&gt;None of the jobs and batches in the range has failed items or files that match.</source>
        <translation>&lt;h3&gt;Keine fehlgeschlagenen Elemente oder Dateien&lt;/h3&gt;Keiner der Jobs und Batches im Zeitraum hat passende fehlgeschlagene Elemente oder Dateien.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed jobs&lt;/h3&gt;Every job in the index finished without failing.</source>
        <translation>&lt;h3&gt;Keine fehlgeschlagenen Jobs&lt;/h3&gt;Alle Jobs im Index wurden ohne Fehlschlag beendet.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No failed jobs match&lt;/h3&gt;Try a longer time range or fewer filters.</source>
        <translation>&lt;h3&gt;Keine passenden fehlgeschlagenen Jobs&lt;/h3&gt;Versuchen Sie einen längeren Zeitraum oder weniger Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 jobs from the index and writing them…</source>
        <translation>%1 Jobs werden aus dem Index gelesen und geschrieben…</translation>
    </message>
    <message>
        <source>Reading %1 failed items and files from the index and writing them…</source>
        <translation>%1 fehlgeschlagene Elemente und Dateien werden aus dem Index gelesen und geschrieben…</translation>
    </message>
    <message>
        <source>Writing the failed items and files shown…</source>
        <translation>Die angezeigten fehlgeschlagenen Elemente und Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the selected failed items and files…</source>
        <translation>Die ausgewählten fehlgeschlagenen Elemente und Dateien werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>BatchDeck::GuideDialog</name>
    <message>
        <source>BatchDeck Guide</source>
        <translation>BatchDeck-Handbuch</translation>
    </message>
    <message>
        <source>The guide was not built into this copy of BatchDeck. It is the README.md file that comes with the source.</source>
        <translation>Das Handbuch ist in diese BatchDeck-Version nicht eingebaut. Es ist die Datei README.md, die mit dem Quellcode geliefert wird.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>The index could not be synced: %1</source>
        <translation>Der Index konnte nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>Index: off (lists are read page by page)</source>
        <translation>Index: aus (Listen werden seitenweise gelesen)</translation>
    </message>
    <message>
        <source>Index: not connected</source>
        <translation>Index: nicht verbunden</translation>
    </message>
    <message>
        <source>Index: unavailable</source>
        <translation>Index: nicht verfügbar</translation>
    </message>
    <message>
        <source>Index: cannot be read</source>
        <translation>Index: nicht lesbar</translation>
    </message>
    <message>
        <source>Index: %1 jobs, %2 batches</source>
        <translation>Index: %1 Jobs, %2 Batches</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>letzte Synchronisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexDatabase</name>
    <message>
        <source>The index needs the SQLite driver for Qt, which is not installed (Debian package libqt6sql6-sqlite). Install it, or use BatchDeck without the index.</source>
        <translation>Der Index benötigt den SQLite-Treiber für Qt, der nicht installiert ist (Debian-Paket libqt6sql6-sqlite). Installieren Sie ihn oder verwenden Sie BatchDeck ohne Index.</translation>
    </message>
    <message>
        <source>The index could not be made: the folder %1 cannot be created. Check that it can be written, or choose another place for the index.</source>
        <translation>Der Index konnte nicht angelegt werden: Der Ordner %1 kann nicht erstellt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie einen anderen Ort für den Index.</translation>
    </message>
    <message>
        <source>The index %1 was made by a newer BatchDeck (schema %2; this one reads up to %3). Use that BatchDeck, or clear the index to start a new one.</source>
        <translation>Der Index %1 wurde von einer neueren BatchDeck-Version angelegt (Schema %2; diese Version liest bis %3). Verwenden Sie jene Version, oder leeren Sie den Index, um einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>it is not a BatchDeck index</source>
        <translation>kein BatchDeck-Index</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>The index %1 could not be used: %2. Try again; if it keeps failing, clear the index.</source>
        <translation>Der Index %1 konnte nicht verwendet werden: %2. Versuchen Sie es erneut; wenn der Fehler bleibt, leeren Sie den Index.</translation>
    </message>
    <message numerus="yes">
        <source>The index %1 is busy: another BatchDeck has been writing to it for %n seconds. Try again when it has finished.</source>
        <translation>
            <numerusform>Der Index %1 ist belegt: Eine andere BatchDeck-Instanz schreibt seit %n Sekunde hinein. Versuchen Sie es erneut, wenn sie fertig ist.</numerusform>
            <numerusform>Der Index %1 ist belegt: Eine andere BatchDeck-Instanz schreibt seit %n Sekunden hinein. Versuchen Sie es erneut, wenn sie fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index %1 is not as BatchDeck opened it: another BatchDeck may have cleared it or set it aside. Nothing was written to it; turn the index off and on again (Index › Keep a Local Index) to open it anew.</source>
        <translation>Der Index %1 ist nicht mehr so, wie BatchDeck ihn geöffnet hat: Möglicherweise hat eine andere BatchDeck-Instanz ihn geleert oder beiseitegelegt. Es wurde nichts hineingeschrieben; schalten Sie den Index aus und wieder ein (Index › Lokalen Index führen), um ihn neu zu öffnen.</translation>
    </message>
    <message>
        <source>The index %1 could not be opened: %2. Check that the file and its folder can be written.</source>
        <translation>Der Index %1 konnte nicht geöffnet werden: %2. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>The index %1 could not be read: %2. It was left as it is; check that the disk has room and the file can be written, and try again.</source>
        <translation>Der Index %1 konnte nicht gelesen werden: %2. Er wurde unverändert gelassen; prüfen Sie, ob auf dem Datenträger Platz ist und die Datei beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The index %1 cannot be used (%2) and could not be moved aside. Move or delete the file, or choose another place for the index.</source>
        <translation>Der Index %1 kann nicht verwendet werden (%2) und konnte nicht beiseitegelegt werden. Verschieben oder löschen Sie die Datei, oder wählen Sie einen anderen Ort für den Index.</translation>
    </message>
    <message>
        <source>The index %1 could not be used (%2), so it was moved aside as %3 and a new index was started.</source>
        <translation>Der Index %1 konnte nicht verwendet werden (%2), daher wurde er als %3 beiseitegelegt und ein neuer Index begonnen.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexFilterPanel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Only jobs created in this time (your computer&apos;s time zone)</source>
        <translation>Nur Jobs, die in diesem Zeitraum erstellt wurden (Zeitzone Ihres Computers)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>None checked: every one. Several: any of them.</source>
        <translation>Keiner angehakt: alle. Mehrere angehakt: jeder davon.</translation>
    </message>
    <message>
        <source>created: %1 to %2</source>
        <translation>erstellt: %1 bis %2</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>erstellt: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexIndicator</name>
    <message>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Read what is new on the server and the unfinished work</source>
        <translation>Neues vom Server und den Stand unbeendeter Arbeit lesen</translation>
    </message>
    <message>
        <source>Sync &amp;Everything Again</source>
        <translation>&amp;Alles neu synchronisieren</translation>
    </message>
    <message>
        <source>Read every job and batch again, and find those the server no longer lists</source>
        <translation>Alle Jobs und Batches erneut lesen und diejenigen finden, die der Server nicht mehr auflistet</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep Removed Jobs as History</source>
        <translation>Entfernte Jobs als &amp;Verlauf behalten</translation>
    </message>
    <message>
        <source>Jobs and batches the server no longer lists stay in the index, marked as removed, instead of being deleted from it</source>
        <translation>Jobs und Batches, die der Server nicht mehr auflistet, bleiben als entfernt markiert im Index, statt daraus gelöscht zu werden</translation>
    </message>
    <message>
        <source>Keep a &amp;Local Index</source>
        <translation>&amp;Lokalen Index führen</translation>
    </message>
    <message>
        <source>Off: no copy of your jobs is kept on this computer, and lists are read from the server page by page</source>
        <translation>Aus: Auf diesem Computer wird keine Kopie Ihrer Jobs gespeichert, und Listen werden seitenweise vom Server gelesen</translation>
    </message>
    <message>
        <source>C&amp;lear Index…</source>
        <translation>Index l&amp;eeren…</translation>
    </message>
    <message>
        <source>Click for Sync Now, Clear Index and other choices</source>
        <translation>Klicken für „Jetzt synchronisieren“, „Index leeren“ und weitere Optionen</translation>
    </message>
    <message>
        <source>Clear Index</source>
        <translation>Index leeren</translation>
    </message>
    <message>
        <source>Remove every job and batch from the local index?</source>
        <translation>Alle Jobs und Batches aus dem lokalen Index entfernen?</translation>
    </message>
    <message>
        <source>Nothing changes on the server. The next sync reads everything again, and jobs the server no longer has are gone for good.</source>
        <translation>Auf dem Server ändert sich nichts. Die nächste Synchronisierung liest alles erneut, und Jobs, die der Server nicht mehr hat, sind endgültig verloren.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexNamesSync</name>
    <message>
        <source>Reading the names of directories and projects was cancelled; the index keeps the names it had.</source>
        <translation>Das Lesen der Verzeichnis- und Projektnamen wurde abgebrochen; der Index behält die bisherigen Namen.</translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server sent a page token a second time, so paging stopped to avoid an endless loop.</source>
        <translation>Verzeichnisnamen sind unvollständig: Der Server hat ein Seiten-Token ein zweites Mal gesendet, daher wurde das Blättern beendet, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server had sent %1 pages without ending the list, so paging stopped.</source>
        <translation>Verzeichnisnamen sind unvollständig: Der Server hatte %1 Seiten gesendet, ohne die Liste zu beenden, daher wurde das Blättern beendet.</translation>
    </message>
    <message>
        <source>Names are incomplete: the server sent more than %1 MB of names, so reading them stopped.</source>
        <translation>Namen sind unvollständig: Der Server hat mehr als %1 MB an Namen gesendet, daher wurde das Lesen beendet.</translation>
    </message>
    <message>
        <source>The names of directories and projects could not be read, so a search finds jobs by the names the index had: %1</source>
        <translation>Die Namen von Verzeichnissen und Projekten konnten nicht gelesen werden, daher findet die Suche Jobs über die bisherigen Namen im Index: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexPagedView</name>
    <message>
        <source>No %1</source>
        <translation>Keine %1</translation>
    </message>
    <message>
        <source>No %1 of %2</source>
        <translation>Keine von %2 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Sort and search across every one need it: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;. The other lists work page by page without it.</source>
        <translation>&lt;h3&gt;Der lokale Index ist ausgeschaltet&lt;/h3&gt;Sortieren und Suchen über alle Einträge benötigen ihn: Aktivieren Sie &lt;b&gt;Index › Lokalen Index führen&lt;/b&gt;. Die anderen Listen funktionieren ohne ihn seitenweise.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation>&lt;h3&gt;Der lokale Index kann nicht verwendet werden&lt;/h3&gt;%1</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The index is being built&lt;/h3&gt;Its %1 appear here as they are read.</source>
        <translation>&lt;h3&gt;Der Index wird aufgebaut&lt;/h3&gt;Die %1 erscheinen hier, sobald sie gelesen werden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches “%1”&lt;/h3&gt;Search looks for the words in error messages and in the names of directories and projects, and for the start of IDs.</source>
        <translation>&lt;h3&gt;Keine Treffer für „%1“&lt;/h3&gt;Die Suche findet Wörter in Fehlermeldungen und in den Namen von Verzeichnissen und Projekten sowie den Anfang von IDs.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation>&lt;h3&gt;Noch keine %1 im Index&lt;/h3&gt;Lesen Sie sie mit &lt;b&gt;Index › Jetzt synchronisieren&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 match these filters&lt;/h3&gt;Hidden by %2.</source>
        <translation>&lt;h3&gt;Keine %1 passen zu diesen Filtern&lt;/h3&gt;Ausgeblendet durch %2.</translation>
    </message>
    <message>
        <source>%1 in the index</source>
        <translation>%1 im Index</translation>
    </message>
</context>
<context>
    <name>BatchDeck::IndexSync</name>
    <message>
        <source>The sync was cancelled; the index keeps every page saved so far.</source>
        <translation>Die Synchronisierung wurde abgebrochen; der Index behält alle bisher gespeicherten Seiten.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ItemPage</name>
    <message>
        <source>the item at position %1 could not be read: %2</source>
        <translation>das Element an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ItemPager</name>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>the server sent only items already received in %1 pages in a row, up to offset %2; try again later</source>
        <translation>der Server hat in %1 Seiten hintereinander nur bereits empfangene Elemente gesendet, bis Offset %2; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Job</name>
    <message>
        <source>the job at position %1 could not be read: %2</source>
        <translation>der Job an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>field &quot;job&quot; is missing</source>
        <translation>Feld &quot;job&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;job&quot;: %1</source>
        <translation>Feld &quot;job&quot;: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobCreateRequest</name>
    <message>
        <source>job_config is required.</source>
        <translation>job_config ist erforderlich.</translation>
    </message>
    <message>
        <source>job_config must be a JSON object.</source>
        <translation>job_config muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>directory_id must not be empty when given.</source>
        <translation>directory_id darf, wenn angegeben, nicht leer sein.</translation>
    </message>
    <message>
        <source>item_ids must list at least one item when given.</source>
        <translation>item_ids muss, wenn angegeben, mindestens ein Element enthalten.</translation>
    </message>
    <message>
        <source>item_ids must not contain an empty item ID.</source>
        <translation>item_ids darf keine leere Element-ID enthalten.</translation>
    </message>
    <message>
        <source>Either directory_id or item_ids is required.</source>
        <translation>Entweder directory_id oder item_ids ist erforderlich.</translation>
    </message>
    <message>
        <source>page_size must be between %1 and %2.</source>
        <translation>page_size muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>continue_as_new_threshold must be at least 1.</source>
        <translation>continue_as_new_threshold muss mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobDetailsDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source> · %n items on this page could not be read</source>
        <translation>
            <numerusform> · %n Element auf dieser Seite konnte nicht gelesen werden</numerusform>
            <numerusform> · %n Elemente auf dieser Seite konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Elemente</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
    <message>
        <source>%1 total: %2 processed, %3 failed, %4 skipped</source>
        <translation>%1 insgesamt: %2 verarbeitet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>This job has finished.</source>
        <translation>Dieser Job ist beendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>— (a list of items)</source>
        <translation>— (eine Liste von Elementen)</translation>
    </message>
    <message>
        <source>Directory ID: %1</source>
        <translation>Verzeichnis-ID: %1</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 processed, %n failed</source>
        <translation>
            <numerusform>%1 verarbeitet, %n fehlgeschlagen</numerusform>
            <numerusform>%1 verarbeitet, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Items could not be loaded</source>
        <translation>Elemente konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Keine Elemente</translation>
    </message>
    <message numerus="yes">
        <source> (%n left out: not of the status asked for)</source>
        <translation>
            <numerusform> (%n ausgelassen: nicht im gewünschten Status)</numerusform>
            <numerusform> (%n ausgelassen: nicht im gewünschten Status)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Cancel job %1?</source>
        <translation>Job %1 abbrechen?</translation>
    </message>
    <message>
        <source>Items already processed keep their results; the rest will not be processed. This cannot be undone.</source>
        <translation>Bereits verarbeitete Elemente behalten ihre Ergebnisse; die übrigen werden nicht verarbeitet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The job was not cancelled. %1</source>
        <translation>Der Job wurde nicht abgebrochen. %1</translation>
    </message>
    <message>
        <source>Job cancelled: %1</source>
        <translation>Job abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobFilter</name>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation>Verzeichnis: %1</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobFilterPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobItemsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error or skip reason</source>
        <translation>Fehler oder Grund für Überspringen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Element-ID</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobPager</name>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>the server sent only jobs already received in %1 pages in a row, up to offset %2 (jobs may be created as fast as they are read); try again later</source>
        <translation>der Server hat in %1 Seiten hintereinander nur bereits empfangene Jobs gesendet, bis Offset %2 (möglicherweise werden Jobs so schnell erstellt, wie sie gelesen werden); versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobProgress</name>
    <message>
        <source>No items yet</source>
        <translation>Noch keine Elemente</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 processed: %3, %4, %5</source>
        <translation>
            <numerusform>%1 von %2 verarbeitet: %3, %4, %5</numerusform>
            <numerusform>%1 von %2 verarbeitet: %3, %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded</source>
        <translation>
            <numerusform>%1 erfolgreich</numerusform>
            <numerusform>%1 erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed</source>
        <translation>
            <numerusform>%1 fehlgeschlagen</numerusform>
            <numerusform>%1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 skipped</source>
        <translation>
            <numerusform>%1 übersprungen</numerusform>
            <numerusform>%1 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>Der Job ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Job record</source>
        <translation>Job-Datensatz</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>%1. Sorting applies to the loaded page only: the API has no server-side sort.</source>
        <translation>%1. Die Sortierung gilt nur für die geladene Seite: Die API bietet keine serverseitige Sortierung.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobTableView</name>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Details öffnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>%n ID &amp;kopieren</numerusform>
            <numerusform>%n IDs &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n rows as CS&amp;V</source>
        <translation>
            <numerusform>%n Zeile als CS&amp;V kopieren</numerusform>
            <numerusform>%n Zeilen als CS&amp;V kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy row as CS&amp;V</source>
        <translation>Zeile als CS&amp;V kopieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobsApi</name>
    <message>
        <source>job_id must not be empty.</source>
        <translation>job_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The server answered the job creation without a job ID, so the new job cannot be found from here.</source>
        <translation>Der Server hat die Job-Erstellung ohne Job-ID beantwortet, daher kann der neue Job von hier aus nicht gefunden werden.</translation>
    </message>
    <message>
        <source>Asked to create a job in project %1, but the server answered with job %2 of project %3. The job may have been created: refresh before trying again.</source>
        <translation>Angefordert wurde ein Job in Projekt %1, aber der Server antwortete mit Job %2 aus Projekt %3. Der Job wurde möglicherweise erstellt: Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Asked to create a job for directory %1, but the server answered with job %2 for directory %3. The job may have been created: refresh before trying again.</source>
        <translation>Angefordert wurde ein Job für Verzeichnis %1, aber der Server antwortete mit Job %2 für Verzeichnis %3. Der Job wurde möglicherweise erstellt: Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Asked about job %1, but the server answered about job %2.</source>
        <translation>Angefragt wurde Job %1, aber der Server antwortete zu Job %2.</translation>
    </message>
    <message>
        <source>Asked to cancel job %1, but the server answered about job %2, so whether job %1 was cancelled is not known.</source>
        <translation>Angefordert wurde der Abbruch von Job %1, aber der Server antwortete zu Job %2; daher ist unbekannt, ob Job %1 abgebrochen wurde.</translation>
    </message>
    <message>
        <source>item_id must not be empty.</source>
        <translation>item_id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Asked for the processing results of item %1, but the server answered about item %2.</source>
        <translation>Angefragt wurden die Verarbeitungsergebnisse von Element %1, aber der Server antwortete zu Element %2.</translation>
    </message>
    <message>
        <source>the job may have been created</source>
        <translation>der Job wurde möglicherweise erstellt</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JobsView</name>
    <message>
        <source>Batch jobs (v1)</source>
        <translation>Batch-Jobs (v1)</translation>
    </message>
    <message>
        <source>Batch jobs of the v1 API (/api/v1/beta/batch-processing)</source>
        <translation>Batch-Jobs der v1-API (/api/v1/beta/batch-processing)</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Keine Jobs</translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation>Keine von %1 Jobs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batch jobs yet&lt;/h3&gt;Jobs started in LlamaCloud appear here.</source>
        <translation>&lt;h3&gt;Noch keine Batch-Jobs&lt;/h3&gt;In LlamaCloud gestartete Jobs erscheinen hier.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs match these filters&lt;/h3&gt;Hidden by %1.</source>
        <translation>&lt;h3&gt;Keine Jobs passen zu diesen Filtern&lt;/h3&gt;Ausgeblendet durch %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs on this page are not shown; the first because %1.</source>
        <translation>
            <numerusform>%n Job auf dieser Seite wird nicht angezeigt. Grund: %1.</numerusform>
            <numerusform>%n Jobs auf dieser Seite werden nicht angezeigt; Grund beim ersten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n jobs on this page that do not match the filters asked for; they are not shown.</source>
        <translation>
            <numerusform>Der Server hat auf dieser Seite %n Job gesendet, der nicht zu den angeforderten Filtern passt; er wird nicht angezeigt.</numerusform>
            <numerusform>Der Server hat auf dieser Seite %n Jobs gesendet, die nicht zu den angeforderten Filtern passen; sie werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation>Diese Seite nach ID, Verzeichnis oder Fehler durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>%L1 of %L2 on this page</source>
        <translation>%L1 von %L2 auf dieser Seite</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>Feld &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>should be a string but is %1</source>
        <translation>sollte eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>should be a whole number but is %1</source>
        <translation>sollte eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>is not a whole number (%1)</source>
        <translation>ist keine ganze Zahl (%1)</translation>
    </message>
    <message>
        <source>is negative (%1)</source>
        <translation>ist negativ (%1)</translation>
    </message>
    <message>
        <source>is too large (%1; at most %2 is accepted)</source>
        <translation>ist zu groß (%1; höchstens %2 wird akzeptiert)</translation>
    </message>
    <message>
        <source>should be a number but is %1</source>
        <translation>sollte eine Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>is out of range (%1; the API allows %2 to %3)</source>
        <translation>liegt außerhalb des Bereichs (%1; die API erlaubt %2 bis %3)</translation>
    </message>
    <message>
        <source>should be a date-time string but is %1</source>
        <translation>sollte eine Zeichenkette mit Datum und Uhrzeit sein, ist aber %1</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time (&quot;%1&quot;)</source>
        <translation>ist keine Datum-Uhrzeit-Angabe nach ISO 8601 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Antwortinhalt ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Antwortinhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Antwortinhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>field &quot;total_size&quot; %1</source>
        <translation>Feld &quot;total_size&quot; %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonLinesWriter</name>
    <message>
        <source>Could not write the JSON Lines: %1</source>
        <translation>JSON Lines konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::JsonPage</name>
    <message>
        <source>field &quot;items&quot; is missing</source>
        <translation>Feld &quot;items&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;items&quot; should be an array but is %1</source>
        <translation>Feld &quot;items&quot; sollte ein Array sein, ist aber %1</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>es ist %1, kein Objekt</translation>
    </message>
</context>
<context>
    <name>BatchDeck::KeychainCredentialStore</name>
    <message>
        <source>%1, so the saved key could not be read. Enter it again under File › Connection….</source>
        <translation>%1, daher konnte der gespeicherte Schlüssel nicht gelesen werden. Geben Sie ihn unter Datei › Verbindung… erneut ein.</translation>
    </message>
    <message>
        <source>%1, so the key is kept in memory until BatchDeck quits and will be asked for again next time.</source>
        <translation>%1, daher wird der Schlüssel nur bis zum Beenden von BatchDeck im Speicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1, so the key may still be saved there: remove the BatchDeck entry with the keychain&apos;s own tool.</source>
        <translation>%1, daher ist der Schlüssel dort möglicherweise noch gespeichert: Entfernen Sie den BatchDeck-Eintrag mit dem eigenen Werkzeug des Schlüsselbunds.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ListBatchesQuery</name>
    <message>
        <source>page_token must not be empty.</source>
        <translation>page_token darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date such as 2026-11-01 or a date-time with a time zone such as 2026-11-01T08:30:00Z or 2026-11-01T08:30:00+02:00 (got &quot;%2&quot;).</source>
        <translation>%1 muss ein Datum nach ISO 8601 wie 2026-11-01 oder eine Datum-Uhrzeit-Angabe mit Zeitzone wie 2026-11-01T08:30:00Z oder 2026-11-01T08:30:00+02:00 sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>page_size must be from %1 to %2 (got %3).</source>
        <translation>page_size muss zwischen %1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>created_at_on_or_after (%1) must not be later than created_at_on_or_before (%2).</source>
        <translation>created_at_on_or_after (%1) darf nicht später als created_at_on_or_before (%2) sein.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::MainWindow</name>
    <message>
        <source>About BatchDeck</source>
        <translation>Über BatchDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDeck %1&lt;/h3&gt;&lt;p&gt;A desktop app for LlamaCloud batch-processing jobs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BatchDeck %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Anwendung für Batch-Verarbeitungsjobs in LlamaCloud.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open by &amp;ID…</source>
        <translation>Nach &amp;ID öffnen…</translation>
    </message>
    <message>
        <source>Open a job or batch by its ID, from the index or the server</source>
        <translation>Einen Job oder Batch über seine ID öffnen, aus dem Index oder vom Server</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>BatchDeck — %1</source>
        <translation>BatchDeck — %1</translation>
    </message>
    <message>
        <source>Filtered:</source>
        <translation>Gefiltert:</translation>
    </message>
    <message>
        <source>&amp;Watch All Running in View</source>
        <translation>Alle laufenden in der Ansicht &amp;beobachten</translation>
    </message>
    <message>
        <source>Get a desktop notification when each unfinished job or batch of this list ends</source>
        <translation>Eine Desktop-Benachrichtigung erhalten, wenn ein unfertiger Job oder Batch dieser Liste endet</translation>
    </message>
</context>
<context>
    <name>BatchDeck::NameCatalog</name>
    <message>
        <source>%1; it shows as an ID.</source>
        <translation>%1; es wird als ID angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 could not be read and show as IDs; first, %3.</source>
        <translation>
            <numerusform>%1 %2 konnte nicht gelesen werden und wird als ID angezeigt; erster Fall: %3.</numerusform>
            <numerusform>%1 %2 konnten nicht gelesen werden und werden als IDs angezeigt; erster Fall: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project names could not be loaded: %1</source>
        <translation>Projektnamen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Project names are incomplete: the server listed more names than BatchDeck keeps (%1 MB), so %2 projects are named; the rest show as IDs.</source>
        <translation>Projektnamen sind unvollständig: Der Server hat mehr Namen aufgelistet, als BatchDeck vorhält (%1 MB), daher haben nur %2 Projekte einen Namen; die übrigen werden als IDs angezeigt.</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Directory names could not be loaded: %1</source>
        <translation>Verzeichnisnamen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server listed more names than BatchDeck keeps (%1 MB), so loading stopped with %2 directories named; the rest show as IDs.</source>
        <translation>Verzeichnisnamen sind unvollständig: Der Server hat mehr Namen aufgelistet, als BatchDeck vorhält (%1 MB), daher wurde das Laden nach %2 benannten Verzeichnissen beendet; die übrigen werden als IDs angezeigt.</translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server sent the page token &quot;%1&quot; a second time, so paging stopped to avoid an endless loop.</source>
        <translation>Verzeichnisnamen sind unvollständig: Der Server hat das Seiten-Token &quot;%1&quot; ein zweites Mal gesendet, daher wurde das Blättern beendet, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>Directory names are incomplete: the server had sent %1 pages (%2 directories) without ending the list, so paging stopped; the rest show as IDs.</source>
        <translation>Verzeichnisnamen sind unvollständig: Der Server hatte %1 Seiten (%2 Verzeichnisse) gesendet, ohne die Liste zu beenden, daher wurde das Blättern beendet; die übrigen werden als IDs angezeigt.</translation>
    </message>
    <message>
        <source>directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>The name of directory %1 could not be loaded: %2</source>
        <translation>Der Name von Verzeichnis %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The name of directory %1 could not be loaded: %2.</source>
        <translation>Der Name von Verzeichnis %1 konnte nicht geladen werden: %2.</translation>
    </message>
    <message>
        <source>The name of directory %1 was not kept: the names loaded already fill what BatchDeck keeps (%2 MB).</source>
        <translation>Der Name von Verzeichnis %1 wurde nicht übernommen: Die bereits geladenen Namen füllen den Speicher, den BatchDeck dafür vorhält (%2 MB).</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>Feld &quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::NamePicker</name>
    <message>
        <source>Name or UUID</source>
        <translation>Name oder UUID</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s name, or paste its ID</source>
        <translation>Geben Sie einen Teil des Projektnamens ein oder fügen Sie die ID ein</translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation>Projektfilter</translation>
    </message>
    <message>
        <source>Name or dir-…</source>
        <translation>Name oder dir-…</translation>
    </message>
    <message>
        <source>Type part of a directory&apos;s name, or paste its ID</source>
        <translation>Geben Sie einen Teil des Verzeichnisnamens ein oder fügen Sie die ID ein</translation>
    </message>
    <message>
        <source>Directory filter</source>
        <translation>Verzeichnisfilter</translation>
    </message>
    <message>
        <source>No project named &apos;%1&apos;</source>
        <translation>Kein Projekt namens „%1“</translation>
    </message>
    <message>
        <source>No directory named &apos;%1&apos;</source>
        <translation>Kein Verzeichnis namens „%1“</translation>
    </message>
</context>
<context>
    <name>BatchDeck::OffsetPager</name>
    <message>
        <source>the server sent the same page of %1 again at offset %2, so paging stopped to avoid an endless loop</source>
        <translation>der Server hat dieselbe Seite mit %1 bei Offset %2 erneut gesendet, daher wurde das Blättern beendet, um eine Endlosschleife zu vermeiden</translation>
    </message>
</context>
<context>
    <name>BatchDeck::OpenById</name>
    <message>
        <source>ID: type or paste the ID of a job or batch.</source>
        <translation>ID: Geben Sie die ID eines Jobs oder Batches ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>ID: “%1” is not a job or batch ID (letters, digits and dashes, such as bjb-123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>ID: „%1“ ist keine Job- oder Batch-ID (Buchstaben, Ziffern und Bindestriche, etwa bjb-123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
    <message>
        <source>Open by ID</source>
        <translation>Nach ID öffnen</translation>
    </message>
    <message>
        <source>bjb-… or bat-…</source>
        <translation>bjb-… oder bat-…</translation>
    </message>
    <message>
        <source>Job or batch &amp;ID:</source>
        <translation>Job- oder Batch-&amp;ID:</translation>
    </message>
    <message>
        <source>No job or batch %1 was found, in the index or on the server. Check the ID, and that it belongs to this server.</source>
        <translation>Kein Job oder Batch %1 gefunden, weder im Index noch auf dem Server. Prüfen Sie die ID und ob sie zu diesem Server gehört.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::OverviewChart</name>
    <message>
        <source>Failed of finished</source>
        <translation>Fehlschlagquote</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>BatchDeck::OverviewView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Count v1 jobs or v2 batches</source>
        <translation>v1-Jobs oder v2-Batches zählen</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Zählen:</translation>
    </message>
    <message>
        <source>Work per hour or day by status</source>
        <translation>Arbeit pro Stunde oder Tag nach Status</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Jobs and batches of the local index per hour or day by status, with the failure rate</source>
        <translation>Jobs und Batches des lokalen Index pro Stunde oder Tag nach Status, mit Fehlschlagquote</translation>
    </message>
    <message>
        <source>Click a bar to list its jobs. The line is the share of finished jobs that failed, on the right-hand scale.</source>
        <translation>Klicken Sie auf einen Balken, um seine Jobs aufzulisten. Die Linie zeigt den Anteil der fehlgeschlagenen unter den beendeten Jobs (rechte Skala).</translation>
    </message>
    <message>
        <source>The line is the share of finished batches that failed, on the right-hand scale.</source>
        <translation>Die Linie zeigt den Anteil der fehlgeschlagenen unter den beendeten Batches (rechte Skala).</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2: %3 von %4</translation>
    </message>
    <message>
        <source>Failed of finished: %1</source>
        <translation>Fehlschlagquote: %1</translation>
    </message>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>letzte %n Stunde</numerusform>
            <numerusform>letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Jobs per hour</source>
        <translation>Jobs pro Stunde</translation>
    </message>
    <message>
        <source>Jobs per day</source>
        <translation>Jobs pro Tag</translation>
    </message>
    <message>
        <source>Batches per hour</source>
        <translation>Batches pro Stunde</translation>
    </message>
    <message>
        <source>Batches per day</source>
        <translation>Batches pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Job</numerusform>
            <numerusform>%Ln Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Batch</numerusform>
            <numerusform>%Ln Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed of %2 finished (%3)</source>
        <translation>%1 von %2 beendeten fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>none finished</source>
        <translation>keine beendet</translation>
    </message>
    <message>
        <source>%1, %2 — %3, %4</source>
        <translation>%1, %2 — %3, %4</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Keine Jobs</translation>
    </message>
    <message>
        <source>No batches</source>
        <translation>Keine Batches</translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation>Keine von %1 Jobs</translation>
    </message>
    <message>
        <source>No batches of %1</source>
        <translation>Keine von %1 Batches</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;The overview counts the jobs and batches it keeps: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;Der lokale Index ist ausgeschaltet&lt;/h3&gt;Die Übersicht zählt die Jobs und Batches, die er enthält: Aktivieren Sie &lt;b&gt;Index › Lokalen Index führen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation>&lt;h3&gt;Der lokale Index kann nicht verwendet werden&lt;/h3&gt;%1</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The index is being built&lt;/h3&gt;The chart appears as jobs are read.</source>
        <translation>&lt;h3&gt;Der Index wird aufgebaut&lt;/h3&gt;Das Diagramm erscheint, sobald Jobs gelesen werden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation>&lt;h3&gt;Noch keine Jobs im Index&lt;/h3&gt;Lesen Sie sie mit &lt;b&gt;Index › Jetzt synchronisieren&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches in the index yet&lt;/h3&gt;Use &lt;b&gt;Index › Sync Now&lt;/b&gt; to read them.</source>
        <translation>&lt;h3&gt;Noch keine Batches im Index&lt;/h3&gt;Lesen Sie sie mit &lt;b&gt;Index › Jetzt synchronisieren&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No jobs in this range&lt;/h3&gt;Try a longer time range or fewer types.</source>
        <translation>&lt;h3&gt;Keine Jobs in diesem Zeitraum&lt;/h3&gt;Versuchen Sie einen längeren Zeitraum oder weniger Typen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No batches in this range&lt;/h3&gt;Try a longer time range or fewer types.</source>
        <translation>&lt;h3&gt;Keine Batches in diesem Zeitraum&lt;/h3&gt;Versuchen Sie einen längeren Zeitraum oder weniger Typen.</translation>
    </message>
    <message>
        <source>The overview counts everything in its range: search the All jobs view instead</source>
        <translation>Die Übersicht zählt alles in ihrem Zeitraum: Suchen Sie stattdessen in der Ansicht „Alle Jobs“</translation>
    </message>
</context>
<context>
    <name>BatchDeck::Pager</name>
    <message>
        <source>the server had sent %1 %2 without ending the list (%3), so paging stopped at the ceiling of %4 rows</source>
        <translation>der Server hatte %1 %2 gesendet, ohne die Liste zu beenden (%3), daher wurde das Blättern bei der Obergrenze von %4 Zeilen beendet</translation>
    </message>
    <message>
        <source>total_size %1</source>
        <translation>total_size %1</translation>
    </message>
    <message>
        <source>no total_size</source>
        <translation>kein total_size</translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingBar</name>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Showing %1 of about %2</source>
        <translation>Angezeigt: %1 von etwa %2</translation>
    </message>
    <message>
        <source>%1 · sorted within this page</source>
        <translation>%1 · innerhalb dieser Seite sortiert</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Keine Jobs</translation>
    </message>
    <message>
        <source>No jobs of %1</source>
        <translation>Keine von %1 Jobs</translation>
    </message>
    <message>
        <source>The server lists newest first, a page at a time: a sort by another column orders this page&apos;s rows only. The All jobs view sorts every job in the local index.</source>
        <translation>Der Server listet die neuesten zuerst, Seite für Seite: Eine Sortierung nach einer anderen Spalte ordnet nur die Zeilen dieser Seite. Die Ansicht „Alle Jobs“ sortiert alle Jobs im lokalen Index.</translation>
    </message>
    <message>
        <source>Batches are paged with a token for the next page only: there is no last page or page number to jump to.</source>
        <translation>Batches werden mit einem Token nur für die jeweils nächste Seite geblättert: Es gibt keine letzte Seite und keine Seitennummer, zu der gesprungen werden kann.</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingSummary</name>
    <message numerus="yes">
        <source>%1 jobs</source>
        <translation>
            <numerusform>%1 Job</numerusform>
            <numerusform>%1 Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 Element</numerusform>
            <numerusform>%1 Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 batches</source>
        <translation>
            <numerusform>%1 Batch</numerusform>
            <numerusform>%1 Batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows came again at shifting offsets</source>
        <translation>
            <numerusform>%1 Zeile kam bei verschobenen Offsets erneut</numerusform>
            <numerusform>%1 Zeilen kamen bei verschobenen Offsets erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s total went down by %1</source>
        <translation>die Gesamtzahl des Servers sank um %1</translation>
    </message>
    <message>
        <source>The list of %1 shifted while it was read (%2), so %3; the output keeps every row served, each once. Export again for a complete list.</source>
        <translation>Die Liste der %1 hat sich beim Lesen verschoben (%2), sodass %3; die Ausgabe enthält jede gelieferte Zeile genau einmal. Exportieren Sie erneut, um eine vollständige Liste zu erhalten.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived during the export (the server&apos;s total grew from %2 to %3); the %4 rows they pushed onto later pages were written once.</source>
        <translation>
            <numerusform>Neu während des Exports: %1 (die Gesamtzahl des Servers stieg von %2 auf %3); die %4 Zeile, die dadurch auf spätere Seiten rutschte, wurde einmal geschrieben.</numerusform>
            <numerusform>Neu während des Exports: %1 (die Gesamtzahl des Servers stieg von %2 auf %3); die %4 Zeilen, die dadurch auf spätere Seiten rutschten, wurden einmal geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %1 that do not match the filter asked for; they were left out.</source>
        <translation>
            <numerusform>%1 vom Server passte nicht zum angeforderten Filter und wurde ausgelassen.</numerusform>
            <numerusform>%1 vom Server passten nicht zum angeforderten Filter und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server estimated %1; %2 were listed.</source>
        <translation>
            <numerusform>Der Server schätzte %1; aufgelistet wurde %2.</numerusform>
            <numerusform>Der Server schätzte %1; aufgelistet wurden %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message numerus="yes">
        <source>up to %1 may be missing</source>
        <translation>
            <numerusform>%1 fehlt möglicherweise</numerusform>
            <numerusform>bis zu %1 fehlen möglicherweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::PagingThrottle</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>server asks to slow down: waiting %1 s, %2</source>
        <translation>Server bittet um Drosselung: warte %1 s, %2</translation>
    </message>
    <message>
        <source>server is failing (HTTP %1): retrying in %2 s, %3</source>
        <translation>Server meldet Fehler (HTTP %1): neuer Versuch in %2 s, %3</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResult</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be an object but is %2</source>
        <translation>Feld &quot;%1&quot; sollte ein Objekt sein, ist aber %2</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>es ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;processed_at&quot; is missing</source>
        <translation>Feld &quot;processed_at&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;processed_at&quot; should be a date-time string but is null</source>
        <translation>Feld &quot;processed_at&quot; sollte eine Zeichenkette mit Datum und Uhrzeit sein, ist aber null</translation>
    </message>
    <message>
        <source>the processing result at position %1 could not be read: %2</source>
        <translation>das Verarbeitungsergebnis an Position %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>field &quot;processing_results&quot; should be an array but is %1</source>
        <translation>Feld &quot;processing_results&quot; sollte ein Array sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResultsModel</name>
    <message>
        <source>Job type</source>
        <translation>Job-Typ</translation>
    </message>
    <message>
        <source>Processed at</source>
        <translation>Verarbeitet am</translation>
    </message>
    <message>
        <source>Parameters hash</source>
        <translation>Parameter-Hash</translation>
    </message>
    <message>
        <source>Output location</source>
        <translation>Ausgabeort</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ProcessingResultsPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;output location</source>
        <translation>&amp;Ausgabeort kopieren</translation>
    </message>
    <message>
        <source>Select an item to see its processing results.</source>
        <translation>Wählen Sie ein Element aus, um seine Verarbeitungsergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Loading the results of %1…</source>
        <translation>Ergebnisse von %1 werden geladen…</translation>
    </message>
    <message>
        <source>No processing results yet.</source>
        <translation>Noch keine Verarbeitungsergebnisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n results for %1</source>
        <translation>
            <numerusform>%n Ergebnis für %1</numerusform>
            <numerusform>%n Ergebnisse für %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 could not be read</source>
        <translation> · %1 nicht lesbar</translation>
    </message>
    <message>
        <source>The processing results could not be loaded. %1</source>
        <translation>Die Verarbeitungsergebnisse konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::QueryChecks</name>
    <message>
        <source>%1 must be from %2 to %3 (got %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
    </message>
    <message>
        <source>%1 must be 0 or more (got %2).</source>
        <translation>%1 muss 0 oder größer sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>%1 muss einer der Werte %2 sein (erhalten: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (got &quot;%2&quot;).</source>
        <translation>%1 muss eine UUID wie 123e4567-e89b-12d3-a456-426614174000 sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must not contain spaces or control characters (got &quot;%2&quot;).</source>
        <translation>%1 darf keine Leer- oder Steuerzeichen enthalten (erhalten: &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ReferencedJobDialog</name>
    <message>
        <source>Extract job</source>
        <translation>Extraktionsjob</translation>
    </message>
    <message>
        <source>Parse job</source>
        <translation>Parsing-Job</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No error message</source>
        <translation>Keine Fehlermeldung</translation>
    </message>
    <message>
        <source>Loading the job&apos;s status…</source>
        <translation>Status des Jobs wird geladen…</translation>
    </message>
    <message>
        <source>The job&apos;s status could not be loaded: %1</source>
        <translation>Der Status des Jobs konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Extracted from: %1</source>
        <translation>Extrahiert aus: %1</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ReferencedJobStatus</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a date-time string but is null</source>
        <translation>Feld &quot;%1&quot; sollte eine Zeichenkette mit Datum und Uhrzeit sein, ist aber null</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is empty</source>
        <translation>Feld &quot;id&quot; ist leer</translation>
    </message>
    <message>
        <source>field &quot;job&quot; is missing</source>
        <translation>Feld &quot;job&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;job&quot; should be an object but is %1</source>
        <translation>Feld &quot;job&quot; sollte ein Objekt sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunController</name>
    <message>
        <source>This job has no failed items.</source>
        <translation>Dieser Job hat keine fehlgeschlagenen Elemente.</translation>
    </message>
    <message>
        <source>Creating the jobs…</source>
        <translation>Die Jobs werden erstellt…</translation>
    </message>
    <message>
        <source>Checking which configurations the failed items used…</source>
        <translation>Es wird geprüft, welche Konfigurationen die fehlgeschlagenen Elemente verwendet haben…</translation>
    </message>
    <message numerus="yes">
        <source>These failed items were re-run as job %1.</source>
        <translation>
            <numerusform>Diese fehlgeschlagenen Elemente wurden als Job %1 erneut ausgeführt.</numerusform>
            <numerusform>Diese fehlgeschlagenen Elemente wurden als Jobs %1 erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already re-run as job %1.</source>
        <translation>Bereits als Job %1 erneut ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Already re-run as %n jobs.</source>
        <translation>
            <numerusform>Bereits als %n Job erneut ausgeführt.</numerusform>
            <numerusform>Bereits als %n Jobs erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run %1 failed items with configuration %2</source>
        <translation>%1 fehlgeschlagene Elemente mit Konfiguration %2 erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Re-run %1 failed items as %n new jobs, one per configuration</source>
        <translation>
            <numerusform>%1 fehlgeschlagene Elemente als %n neuen Job erneut ausführen (einer pro Konfiguration)</numerusform>
            <numerusform>%1 fehlgeschlagene Elemente als %n neue Jobs erneut ausführen (einer pro Konfiguration)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed items</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenes Element</numerusform>
            <numerusform>%Ln fehlgeschlagene Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run %1 of %2 with configuration %3?</source>
        <translation>%1 von %2 mit Konfiguration %3 erneut ausführen?</translation>
    </message>
    <message>
        <source>A new job processes these items again with the configuration of their latest %1 results. This job is not changed.</source>
        <translation>Ein neuer Job verarbeitet diese Elemente erneut mit der Konfiguration ihrer neuesten Ergebnisse (%1). Dieser Job wird nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-run %1 of %2 as %n new jobs, one per configuration?</source>
        <translation>
            <numerusform>%1 von %2 als %n neuen Job erneut ausführen (einer pro Konfiguration)?</numerusform>
            <numerusform>%1 von %2 als %n neue Jobs erneut ausführen (einer pro Konfiguration)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln items</source>
        <translation>
            <numerusform>• %1: %Ln Element</numerusform>
            <numerusform>• %1: %Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and %n more (see the details)</source>
        <translation>
            <numerusform>• und %n weitere (siehe Details)</numerusform>
            <numerusform>• und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their latest %1 results used %n different configurations. Each gets a new job with its own items and configuration; this job is not changed.</source>
        <translation>
            <numerusform>Ihre neuesten Ergebnisse (%1) verwendeten %n Konfiguration. Jede erhält einen neuen Job mit eigenen Elementen und eigener Konfiguration; dieser Job wird nicht geändert.</numerusform>
            <numerusform>Ihre neuesten Ergebnisse (%1) verwendeten %n verschiedene Konfigurationen. Jede erhält einen neuen Job mit eigenen Elementen und eigener Konfiguration; dieser Job wird nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other failed items were re-run already, as job %1.</source>
        <translation>
            <numerusform>Die übrigen fehlgeschlagenen Elemente wurden bereits erneut ausgeführt, als Job %1.</numerusform>
            <numerusform>Die übrigen fehlgeschlagenen Elemente wurden bereits erneut ausgeführt, als Jobs %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run failed items</source>
        <translation>Fehlgeschlagene Elemente erneut ausführen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Create %n jobs</source>
        <translation>
            <numerusform>%n Job erstellen</numerusform>
            <numerusform>%n Jobs erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating a job for the failed items…</source>
        <translation>Ein Job für die fehlgeschlagenen Elemente wird erstellt…</translation>
    </message>
    <message>
        <source>Creating job %1 of %2 for the failed items…</source>
        <translation>Job %1 von %2 für die fehlgeschlagenen Elemente wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln items)</source>
        <translation>
            <numerusform>%1 (%Ln Element)</numerusform>
            <numerusform>%1 (%Ln Elemente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job for %Ln items with configuration %1 may or may not have been created. %2</source>
        <translation>
            <numerusform>Ob der Job für %Ln Element mit Konfiguration %1 erstellt wurde, ist unklar. %2</numerusform>
            <numerusform>Ob der Job für %Ln Elemente mit Konfiguration %1 erstellt wurde, ist unklar. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items with configuration %1 were not re-run. %2</source>
        <translation>
            <numerusform>%Ln Element mit Konfiguration %1 wurde nicht erneut ausgeführt. %2</numerusform>
            <numerusform>%Ln Elemente mit Konfiguration %1 wurden nicht erneut ausgeführt. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created job %1 to re-run %Ln failed items.</source>
        <translation>
            <numerusform>Job %1 erstellt, um %Ln fehlgeschlagenes Element erneut auszuführen.</numerusform>
            <numerusform>Job %1 erstellt, um %Ln fehlgeschlagene Elemente erneut auszuführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n jobs to re-run the failed items: %1.</source>
        <translation>
            <numerusform>%n Job erstellt, um die fehlgeschlagenen Elemente erneut auszuführen: %1.</numerusform>
            <numerusform>%n Jobs erstellt, um die fehlgeschlagenen Elemente erneut auszuführen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The re-run may or may not have been created. %1 Refresh the job list and check for a new job before trying again.</source>
        <translation>Ob die erneute Ausführung erstellt wurde, ist unklar. %1 Aktualisieren Sie die Job-Liste und prüfen Sie, ob es einen neuen Job gibt, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The failed items were not re-run. %1</source>
        <translation>Die fehlgeschlagenen Elemente wurden nicht erneut ausgeführt. %1</translation>
    </message>
    <message>
        <source>Created %1 of %2 jobs: %3.</source>
        <translation>%1 von %2 Jobs erstellt: %3.</translation>
    </message>
    <message>
        <source>Refresh the job list and check for new jobs before trying again.</source>
        <translation>Aktualisieren Sie die Job-Liste und prüfen Sie, ob es neue Jobs gibt, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Re-run failed items… tries again for the items not re-run.</source>
        <translation>„Fehlgeschlagene Elemente erneut ausführen…“ versucht es für die nicht erneut ausgeführten Elemente noch einmal.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunPlan</name>
    <message>
        <source>%1, parameters hash %2</source>
        <translation>%1, Parameter-Hash %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln classification rules)</source>
        <translation>
            <numerusform> (%Ln Klassifizierungsregel)</numerusform>
            <numerusform> (%Ln Klassifizierungsregeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The job is %1, not finished; its failed items can be re-run once it has finished.</source>
        <translation>Der Job hat den Status %1 und ist nicht beendet; seine fehlgeschlagenen Elemente können erneut ausgeführt werden, sobald er beendet ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed items could not be read, so not every failed item could be re-run. Refresh and try again.</source>
        <translation>
            <numerusform>%1 fehlgeschlagenes Element konnte nicht gelesen werden, daher können nicht alle fehlgeschlagenen Elemente erneut ausgeführt werden. Aktualisieren Sie und versuchen Sie es erneut.</numerusform>
            <numerusform>%1 fehlgeschlagene Elemente konnten nicht gelesen werden, daher können nicht alle fehlgeschlagenen Elemente erneut ausgeführt werden. Aktualisieren Sie und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This job has no failed items.</source>
        <translation>Dieser Job hat keine fehlgeschlagenen Elemente.</translation>
    </message>
    <message>
        <source>%1 of the %2 failed items (such as %3) have no %4 processing result, so BatchDeck cannot know the configuration to re-run them with.</source>
        <translation>%1 der %2 fehlgeschlagenen Elemente (etwa %3) haben kein Verarbeitungsergebnis vom Typ %4, daher kann BatchDeck nicht wissen, mit welcher Konfiguration sie erneut ausgeführt werden sollen.</translation>
    </message>
    <message>
        <source>The processing results of %1 of the %2 failed items (such as %3) could not all be read, so BatchDeck cannot know the configuration to re-run them with.</source>
        <translation>Die Verarbeitungsergebnisse von %1 der %2 fehlgeschlagenen Elemente (etwa %3) konnten nicht alle gelesen werden, daher kann BatchDeck nicht wissen, mit welcher Konfiguration sie erneut ausgeführt werden sollen.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::RerunPlanner</name>
    <message>
        <source>The failed items could not be listed: %1</source>
        <translation>Die fehlgeschlagenen Elemente konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The job has more than %1 failed items, more than BatchDeck checks for one re-run.</source>
        <translation>Der Job hat mehr als %1 fehlgeschlagene Elemente – mehr, als BatchDeck für eine erneute Ausführung prüft.</translation>
    </message>
    <message>
        <source>The processing results of a failed item (%1) could not be loaded: %2</source>
        <translation>Die Verarbeitungsergebnisse eines fehlgeschlagenen Elements (%1) konnten nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::RowExport</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>„%1“ konnte nicht erstellt werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export was cancelled; what was written is incomplete.</source>
        <translation>Der Export wurde abgebrochen; das bisher Geschriebene ist unvollständig.</translation>
    </message>
    <message>
        <source>The export stopped because %1.</source>
        <translation>Der Export wurde angehalten: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>the save did not run</source>
        <translation>das Speichern wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::RowWriter</name>
    <message numerus="yes">
        <source>%1 values contained the API key and were masked.</source>
        <translation>
            <numerusform>%1 Wert enthielt den API-Schlüssel und wurde maskiert.</numerusform>
            <numerusform>%1 Werte enthielten den API-Schlüssel und wurden maskiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::ShellStatus</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>IDs only</source>
        <translation>Nur IDs</translation>
    </message>
    <message>
        <source>Some project or directory names are missing, so their IDs are shown. %1</source>
        <translation>Einige Projekt- oder Verzeichnisnamen fehlen, daher werden ihre IDs angezeigt. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requests in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BatchDeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In lists and fields</source>
        <translation>In Listen und Feldern</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Zwischen Zeilen wechseln</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Pfeil hoch, Pfeil runter, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>Mehrere Zeilen auswählen</translation>
    </message>
    <message>
        <source>Shift or Ctrl with the arrows, Ctrl+A</source>
        <translation>Umschalt oder Strg mit den Pfeiltasten, Strg+A</translation>
    </message>
    <message>
        <source>Open the current job or batch</source>
        <translation>Aktuellen Job oder Batch öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Copy the selected IDs, or the selected cells in details</source>
        <translation>Ausgewählte IDs kopieren, in Details die ausgewählten Zellen</translation>
    </message>
    <message>
        <source>Open the job or batch whose ID is on the clipboard</source>
        <translation>Job oder Batch öffnen, dessen ID in der Zwischenablage steht</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Zum nächsten oder vorherigen Bedienelement wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Empty the search field</source>
        <translation>Suchfeld leeren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>A row&apos;s or a header&apos;s context menu</source>
        <translation>Kontextmenü einer Zeile oder eines Spaltenkopfs</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Close a dialog; in a confirmation, keep things as they are</source>
        <translation>Dialog schließen; bei einer Rückfrage nichts ändern</translation>
    </message>
</context>
<context>
    <name>BatchDeck::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>BatchDeck::StatusWords</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Parse</source>
        <translation>Parsen</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extrahieren</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
</context>
<context>
    <name>BatchDeck::StuckModel</name>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>In status for</source>
        <translation>Im Status seit</translation>
    </message>
    <message>
        <source>No progress for</source>
        <translation>Ohne Fortschritt seit</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Letzter Fortschritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>In status %1 since %2</source>
        <translation>Im Status %1 seit %2</translation>
    </message>
    <message>
        <source>Its counts last moved %1 (as of the index&apos;s last sync)</source>
        <translation>Zähler zuletzt verändert am %1 (Stand der letzten Index-Synchronisierung)</translation>
    </message>
</context>
<context>
    <name>BatchDeck::StuckView</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unfinished work whose counts have not moved for this long is stuck</source>
        <translation>Nicht abgeschlossene Jobs und Batches, deren Zähler sich so lange nicht verändert haben, gelten als hängend</translation>
    </message>
    <message>
        <source>&amp;No progress for:</source>
        <translation>&amp;Ohne Fortschritt seit:</translation>
    </message>
    <message>
        <source>Pending, dispatched, throttled and running jobs and batches, as of the index&apos;s last sync.</source>
        <translation>Ausstehende, verteilte, gedrosselte und laufende Jobs und Batches, Stand der letzten Index-Synchronisierung.</translation>
    </message>
    <message>
        <source>Stuck jobs and batches</source>
        <translation>Hängende Jobs und Batches</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Hängende Jobs</translation>
    </message>
    <message>
        <source>Unfinished jobs and batches whose counts have not moved for a while</source>
        <translation>Nicht abgeschlossene Jobs und Batches, deren Zähler sich eine Weile nicht verändert haben</translation>
    </message>
    <message>
        <source>Nothing stuck</source>
        <translation>Nichts hängt</translation>
    </message>
    <message>
        <source>Nothing stuck of %1</source>
        <translation>Nichts hängt (von %1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index is off&lt;/h3&gt;Stuck work is found from the history the index keeps: turn on &lt;b&gt;Index › Keep a Local Index&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;Der lokale Index ist ausgeschaltet&lt;/h3&gt;Hängende Jobs werden anhand des Verlaufs im Index erkannt: Schalten Sie &lt;b&gt;Index › Lokalen Index führen&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The local index cannot be used&lt;/h3&gt;%1</source>
        <translation>&lt;h3&gt;Der lokale Index kann nicht verwendet werden&lt;/h3&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Nothing is stuck&lt;/h3&gt;No unfinished job or batch has gone %n minute(s) without progress.</source>
        <translation>
            <numerusform>&lt;h3&gt;Nichts hängt&lt;/h3&gt;Kein nicht abgeschlossener Job oder Batch ist seit %n Minute ohne Fortschritt.</numerusform>
            <numerusform>&lt;h3&gt;Nichts hängt&lt;/h3&gt;Kein nicht abgeschlossener Job oder Batch ist seit %n Minuten ohne Fortschritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stuck work is a short list: search the All jobs view instead</source>
        <translation>Die Liste hängender Jobs ist kurz: Suchen Sie stattdessen in der Ansicht „Alle Jobs“</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Details öffnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n IDs</source>
        <translation>
            <numerusform>%n ID &amp;kopieren</numerusform>
            <numerusform>%n IDs &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>BatchDeck::SyncProgress</name>
    <message>
        <source>Reading jobs</source>
        <translation>Jobs werden gelesen</translation>
    </message>
    <message>
        <source>Reading batches</source>
        <translation>Batches werden gelesen</translation>
    </message>
    <message>
        <source>Checking unfinished jobs</source>
        <translation>Nicht abgeschlossene Jobs werden geprüft</translation>
    </message>
    <message>
        <source>Checking unfinished batches</source>
        <translation>Nicht abgeschlossene Batches werden geprüft</translation>
    </message>
    <message>
        <source>%1: %2 of about %3</source>
        <translation>%1: %2 von etwa %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDeck::SyncReport</name>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message>
        <source>Jobs: %1.</source>
        <translation>Jobs: %1.</translation>
    </message>
    <message>
        <source>Batches: %1.</source>
        <translation>Batches: %1.</translation>
    </message>
    <message>
        <source>Batches: this server has none (v2 batches are not offered).</source>
        <translation>Batches: Dieser Server hat keine (v2-Batches werden nicht angeboten).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 s.</source>
        <translation>
            <numerusform>%n Anfrage in %1 s.</numerusform>
            <numerusform>%n Anfragen in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDeck::TableCells</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchController</name>
    <message numerus="yes">
        <source>Watching %n more of this list: BatchDeck tells you when each ends.</source>
        <translation>
            <numerusform>Zusätzlich wird %n Eintrag dieser Liste beobachtet: BatchDeck meldet, wenn er endet.</numerusform>
            <numerusform>Zusätzlich werden %n Einträge dieser Liste beobachtet: BatchDeck meldet, wenn jeder endet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this list is running that is not watched already.</source>
        <translation>In dieser Liste läuft nichts, was nicht schon beobachtet wird.</translation>
    </message>
    <message>
        <source>Stopped watching %1: the server no longer knows it.</source>
        <translation>%1 wird nicht mehr beobachtet: Der Server kennt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>%1 had already ended (%2) when watching began: there is nothing to watch.</source>
        <translation>%1 war schon beendet (%2), als das Beobachten begann: Es gibt nichts zu beobachten.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchMarks</name>
    <message>
        <source>Ended while you were away: select it or open its details to clear the mark.</source>
        <translation>Während Ihrer Abwesenheit beendet: Wählen Sie ihn aus oder öffnen Sie seine Details, um die Markierung zu entfernen.</translation>
    </message>
    <message>
        <source>Watched: BatchDeck tells you when it ends.</source>
        <translation>Beobachtet: BatchDeck meldet, wenn er endet.</translation>
    </message>
</context>
<context>
    <name>BatchDeck::WatchWords</name>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Nicht mehr &amp;beobachten</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Stop the notification when this ends</source>
        <translation>Keine Benachrichtigung, wenn dies endet</translation>
    </message>
    <message>
        <source>This has ended: there is nothing left to watch</source>
        <translation>Dies ist beendet: Es gibt nichts mehr zu beobachten</translation>
    </message>
    <message>
        <source>Get a desktop notification when this ends</source>
        <translation>Eine Desktop-Benachrichtigung erhalten, wenn dies endet</translation>
    </message>
</context>
<context>
    <name>BatchDeck::WorkEnding</name>
    <message>
        <source>Job completed</source>
        <translation>Job abgeschlossen</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Job fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>Job abgebrochen</translation>
    </message>
    <message>
        <source>Job ended: %1</source>
        <translation>Job beendet: %1</translation>
    </message>
    <message>
        <source>Batch completed</source>
        <translation>Batch abgeschlossen</translation>
    </message>
    <message>
        <source>Batch failed</source>
        <translation>Batch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <translation>Batch abgebrochen</translation>
    </message>
    <message>
        <source>Batch ended: %1</source>
        <translation>Batch beendet: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>BatchDetailsDialog</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the status</source>
        <translation>Status kopieren</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Status kopieren</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Copy the project</source>
        <translation>Projekt kopieren</translation>
    </message>
    <message>
        <source>Copy project</source>
        <translation>Projekt kopieren</translation>
    </message>
    <message>
        <source>Source directory</source>
        <translation>Quellverzeichnis</translation>
    </message>
    <message>
        <source>Copy the source directory</source>
        <translation>Quellverzeichnis kopieren</translation>
    </message>
    <message>
        <source>Copy source directory</source>
        <translation>Quellverzeichnis kopieren</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Copy the created</source>
        <translation>Erstellungszeitpunkt kopieren</translation>
    </message>
    <message>
        <source>Copy created</source>
        <translation>Erstellungszeitpunkt kopieren</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Copy the updated</source>
        <translation>Aktualisierungszeitpunkt kopieren</translation>
    </message>
    <message>
        <source>Copy updated</source>
        <translation>Aktualisierungszeitpunkt kopieren</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Only &amp;failures</source>
        <translation>Nur &amp;Fehlschläge</translation>
    </message>
    <message>
        <source>Only the files with an error message: no job could be created for them, or their job failed</source>
        <translation>Nur die Dateien mit Fehlermeldung: Für sie konnte kein Job erstellt werden, oder ihr Job ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Job status…</source>
        <translation>&amp;Job-Status…</translation>
    </message>
    <message>
        <source>Show the status of the selected file&apos;s job</source>
        <translation>Status des Jobs der ausgewählten Datei anzeigen</translation>
    </message>
    <message>
        <source>Open source fi&amp;le</source>
        <translation>&amp;Quelldatei öffnen</translation>
    </message>
    <message>
        <source>Open the selected source file</source>
        <translation>Ausgewählte Quelldatei öffnen</translation>
    </message>
    <message>
        <source>Per-file results</source>
        <translation>Ergebnisse pro Datei</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Job-Typ</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
    <message>
        <source>Configuration snapshot as JSON</source>
        <translation>Momentaufnahme der Konfiguration als JSON</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel &amp;batch…</source>
        <translation>&amp;Batch abbrechen…</translation>
    </message>
</context>
<context>
    <name>BatchFilterPanel</name>
    <message>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Batch status filter</source>
        <translation>Filter für Batch-Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created (UTC days)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erstellt (UTC-Tage)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Organization ID</source>
        <translation>&amp;Organisations-ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (angegeben: &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, in any case (got &quot;%3&quot;).</source>
        <translation>--%1 muss einer der Werte %2 sein, Groß-/Kleinschreibung beliebig (angegeben: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; (see %2 --help).</source>
        <translation>Unbekannte Option &apos;%1&apos; (siehe %2 --help).</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;. Did you mean %2?</source>
        <translation>Unbekannte Option &apos;%1&apos;. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see %2 --help).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe %2 --help).</translation>
    </message>
    <message>
        <source>Missing %1 (see %2 --help).</source>
        <translation>%1 fehlt (siehe %2 --help).</translation>
    </message>
    <message>
        <source>Pages of %1 requested at once, 1 to %2 (default %3; 1 asks for one page after another). Halved for a while when the server asks to slow down.</source>
        <translation>Gleichzeitig angeforderte Seiten mit %1, 1 bis %2 (Standard %3; 1 fordert eine Seite nach der anderen an). Wird eine Weile halbiert, wenn der Server um Drosselung bittet.</translation>
    </message>
    <message>
        <source>write v1 batch jobs as CSV or JSON Lines</source>
        <translation>v1-Batch-Jobs als CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <source>write v2 batches as CSV or JSON Lines</source>
        <translation>v2-Batches als CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <source>show a job&apos;s status and progress</source>
        <translation>Status und Fortschritt eines Jobs anzeigen</translation>
    </message>
    <message>
        <source>write a job&apos;s items as CSV or JSON Lines</source>
        <translation>Elemente eines Jobs als CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>show a v2 batch&apos;s status, files and errors</source>
        <translation>Status, Dateien und Fehler eines v2-Batches anzeigen</translation>
    </message>
    <message>
        <source>cancel a v2 batch</source>
        <translation>v2-Batch abbrechen</translation>
    </message>
    <message>
        <source>build or update the local index</source>
        <translation>lokalen Index aufbauen oder aktualisieren</translation>
    </message>
    <message>
        <source>failed jobs grouped by error, from the index</source>
        <translation>fehlgeschlagene Jobs nach Fehler gruppiert, aus dem Index</translation>
    </message>
    <message>
        <source>failed items and files grouped by error</source>
        <translation>fehlgeschlagene Elemente und Dateien nach Fehler gruppiert</translation>
    </message>
    <message>
        <source>work that has stopped moving, from the index</source>
        <translation>hängende Jobs und Batches, aus dem Index</translation>
    </message>
    <message>
        <source>jobs by error words or ID, from the index</source>
        <translation>Jobs nach Wörtern im Fehler oder nach ID, aus dem Index</translation>
    </message>
    <message>
        <source>run the demo API server</source>
        <translation>Demo-API-Server starten</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>Version ausgeben</translation>
    </message>
    <message>
        <source>Usage: batchdeck-cli COMMAND [ARGUMENT] [options]

Commands:
</source>
        <translation>Aufruf: batchdeck-cli BEFEHL [ARGUMENT] [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Each command explains its options with --help (e.g. batchdeck-cli items --help).
Exit codes: 0 done, 1 failed, 2 usage error, 3 API key refused, 130 interrupted.
</source>
        <translation>
Jeder Befehl erklärt seine Optionen mit --help (z. B. batchdeck-cli items --help).
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 Aufruffehler, 3 API-Schlüssel abgelehnt, 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>--demo cannot be combined with --base-url or --region.</source>
        <translation>--demo kann nicht mit --base-url oder --region kombiniert werden.</translation>
    </message>
    <message>
        <source>Use either --base-url or --region, not both.</source>
        <translation>Verwenden Sie entweder --base-url oder --region, nicht beide.</translation>
    </message>
    <message>
        <source>--region must be us or eu (got &quot;%1&quot;).</source>
        <translation>--region muss us oder eu sein (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No API key: pass --api-key KEY or set LLAMA_CLOUD_API_KEY (or try --demo).</source>
        <translation>Kein API-Schlüssel: Geben Sie --api-key KEY an oder setzen Sie LLAMA_CLOUD_API_KEY (oder probieren Sie --demo).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600 (got &quot;%1&quot;).</source>
        <translation>--timeout muss eine Anzahl Sekunden von 0.001 bis 3600 sein (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1: %2 is a plain http address, which would send the API key unencrypted to %3. Use https, or pass --allow-insecure-http if every network on the way is yours.</source>
        <translation>%1: %2 ist eine einfache http-Adresse, über die der API-Schlüssel unverschlüsselt an %3 gesendet würde. Verwenden Sie https oder geben Sie --allow-insecure-http an, wenn jedes Netzwerk auf dem Weg Ihnen gehört.</translation>
    </message>
    <message>
        <source>API server, e.g. https://api.cloud.llamaindex.ai (default: LLAMA_CLOUD_BASE_URL, else US).</source>
        <translation>API-Server, z. B. https://api.cloud.llamaindex.ai (Standard: LLAMA_CLOUD_BASE_URL, sonst US).</translation>
    </message>
    <message>
        <source>Send the API key over plain http to a server that is not this machine (unencrypted: anyone on the network can read it).</source>
        <translation>Den API-Schlüssel über einfaches http an einen Server senden, der nicht dieser Rechner ist (unverschlüsselt: jeder im Netzwerk kann ihn mitlesen).</translation>
    </message>
    <message>
        <source>LlamaCloud region: us or eu.</source>
        <translation>LlamaCloud-Region: us oder eu.</translation>
    </message>
    <message>
        <source>API key (default: LLAMA_CLOUD_API_KEY).</source>
        <translation>API-Schlüssel (Standard: LLAMA_CLOUD_API_KEY).</translation>
    </message>
    <message>
        <source>The project (UUID), sent with every request.</source>
        <translation>Das Projekt (UUID), wird mit jeder Anfrage gesendet.</translation>
    </message>
    <message>
        <source>The organization (UUID), sent with every request.</source>
        <translation>Die Organisation (UUID), wird mit jeder Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Retries after a failed request (default 5).</source>
        <translation>Wiederholungen nach einer fehlgeschlagenen Anfrage (Standard 5).</translation>
    </message>
    <message>
        <source>Seconds one attempt may take, from sending to the last byte (0.001 to 3600, default 60).</source>
        <translation>Sekunden, die ein Versuch dauern darf, vom Senden bis zum letzten Byte (0.001 bis 3600, Standard 60).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Demo data (a server built into BatchDeck, on this computer)</source>
        <translation>&amp;Demodaten (ein in BatchDeck eingebauter Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>LlamaCloud &amp;US (api.cloud.llamaindex.ai)</source>
        <translation>LlamaCloud &amp;US (api.cloud.llamaindex.ai)</translation>
    </message>
    <message>
        <source>LlamaCloud &amp;EU (api.cloud.eu.llamaindex.ai)</source>
        <translation>LlamaCloud &amp;EU (api.cloud.eu.llamaindex.ai)</translation>
    </message>
    <message>
        <source>&amp;Other server:</source>
        <translation>&amp;Anderer Server:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Allow &amp;plain http to this server</source>
        <translation>Unverschlüsseltes &amp;http zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>Warning: over plain http the API key travels unencrypted; anyone on the network between you and the server can read it and use your account. Allow it only if every network on the way is yours.</source>
        <translation>Warnung: Über einfaches http wird der API-Schlüssel unverschlüsselt übertragen; jeder im Netzwerk zwischen Ihnen und dem Server kann ihn mitlesen und Ihr Konto verwenden. Erlauben Sie dies nur, wenn jedes Netzwerk auf dem Weg Ihnen gehört.</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>llx-…</source>
        <translation>llx-…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ExportBatchesCommand</name>
    <message>
        <source>Writes every v2 batch matching the filters as CSV (RFC 4180, UTF-8; one row a batch: id,status,job_type,configuration_id,source_directory_id,project_id,created_at,updated_at) or JSON Lines (each batch with the API&apos;s fields). --project-id and --organization-id filter the batches too.</source>
        <translation>Schreibt jeden v2-Batch, der den Filtern entspricht, als CSV (RFC 4180, UTF-8; eine Zeile pro Batch: id,status,job_type,configuration_id,source_directory_id,project_id,created_at,updated_at) oder JSON Lines (jeder Batch mit den Feldern der API). --project-id und --organization-id filtern die Batches ebenfalls.</translation>
    </message>
    <message>
        <source>Export from the built-in demo server.</source>
        <translation>Aus dem eingebauten Demo-Server exportieren.</translation>
    </message>
    <message>
        <source>Only batches with this status, in any case: %1.</source>
        <translation>Nur Batches mit diesem Status, Groß-/Kleinschreibung beliebig: %1.</translation>
    </message>
    <message>
        <source>Only batches created at or after T: an ISO 8601 date (2026-11-01, from 00:00 UTC) or a date-time with a zone (2026-11-01T08:30:00Z, 2026-11-01T08:30:00+02:00).</source>
        <translation>Nur Batches, die zum Zeitpunkt T oder danach erstellt wurden: ein ISO-8601-Datum (2026-11-01, ab 00:00 UTC) oder ein Datum mit Uhrzeit und Zeitzone (2026-11-01T08:30:00Z, 2026-11-01T08:30:00+02:00).</translation>
    </message>
    <message>
        <source>Only batches created at or before T: a date (up to 23:59:59.999 UTC that day) or a date-time with a zone.</source>
        <translation>Nur Batches, die zum Zeitpunkt T oder davor erstellt wurden: ein Datum (bis 23:59:59.999 UTC dieses Tages) oder ein Datum mit Uhrzeit und Zeitzone.</translation>
    </message>
    <message>
        <source>Only batches over this directory.</source>
        <translation>Nur Batches zu diesem Verzeichnis.</translation>
    </message>
    <message>
        <source>Batches per request, %1 to %2 (default: the server&apos;s).</source>
        <translation>Batches pro Anfrage, %1 bis %2 (Standard: Vorgabe des Servers).</translation>
    </message>
    <message>
        <source>Stop after N batches.</source>
        <translation>Nach N Batches aufhören.</translation>
    </message>
    <message>
        <source>Without --max-rows, fail when the server has sent N batches and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation>Ohne --max-rows mit Fehler abbrechen, wenn der Server N Batches gesendet hat und die Liste noch nicht zu Ende ist – ein Schutz gegen einen Server, der nie aufhört (Standard 10000000).</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>--created-after (%1) must not be later than --created-before (%2).</source>
        <translation>--created-after (%1) darf nicht nach --created-before (%2) liegen.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes every batch job matching the filters as CSV (RFC 4180, UTF-8) or JSON Lines. --project-id and --organization-id filter the jobs too.</source>
        <translation>Schreibt jeden Batch-Job, der den Filtern entspricht, als CSV (RFC 4180, UTF-8) oder JSON Lines. --project-id und --organization-id filtern die Jobs ebenfalls.</translation>
    </message>
    <message>
        <source>Export from the built-in demo server.</source>
        <translation>Aus dem eingebauten Demo-Server exportieren.</translation>
    </message>
    <message>
        <source>Only jobs of this type, in any case: %1.</source>
        <translation>Nur Jobs dieses Typs, Groß-/Kleinschreibung beliebig: %1.</translation>
    </message>
    <message>
        <source>Only jobs with this status, in any case: %1.</source>
        <translation>Nur Jobs mit diesem Status, Groß-/Kleinschreibung beliebig: %1.</translation>
    </message>
    <message>
        <source>Only jobs over this directory.</source>
        <translation>Nur Jobs zu diesem Verzeichnis.</translation>
    </message>
    <message>
        <source>Jobs per request, 1 to 1000 (default 1000).</source>
        <translation>Jobs pro Anfrage, 1 bis 1000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Stop after N jobs.</source>
        <translation>Nach N Jobs aufhören.</translation>
    </message>
    <message>
        <source>Without --max-rows, fail when the server has sent N jobs and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation>Ohne --max-rows mit Fehler abbrechen, wenn der Server N Jobs gesendet hat und die Liste noch nicht zu Ende ist – ein Schutz gegen einen Server, der nie aufhört (Standard 10000000).</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export jobs to CSV</source>
        <translation>Jobs als CSV exportieren</translation>
    </message>
    <message>
        <source>Jobs to export</source>
        <translation>Zu exportierende Jobs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (lets Excel read accents correctly)</source>
        <translation>&amp;Byte-Order-Mark hinzufügen (damit Excel Umlaute und Akzente richtig liest)</translation>
    </message>
    <message>
        <source>&amp;Protect spreadsheets: prefix cells starting with = + - @ with &apos;</source>
        <translation>Tabellen schüt&amp;zen: Zellen, die mit = + - @ beginnen, ein &apos; voranstellen</translation>
    </message>
    <message>
        <source>Pages requested at &amp;once:</source>
        <translation>&amp;Gleichzeitig angeforderte Seiten:</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>File to write, or - for standard output (default). A file is replaced only when the export succeeds; a FIFO or device (e.g. /dev/null) is written directly.</source>
        <translation>Zu schreibende Datei oder - für die Standardausgabe (Standard). Eine Datei wird nur ersetzt, wenn der Export gelingt; in ein FIFO oder Gerät (z. B. /dev/null) wird direkt geschrieben.</translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8; the default) or json (JSON Lines: one object per line, fields named as in the API, null for absent values).</source>
        <translation>csv (RFC 4180, UTF-8; Standard) oder json (JSON Lines: ein Objekt pro Zeile, Felder wie in der API benannt, null für fehlende Werte).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.</source>
        <translation>CSV mit einer UTF-8-Byte-Order-Mark beginnen (für Excel); nur csv.</translation>
    </message>
    <message>
        <source>Do not prefix CSV cells starting with = + - @ with a quote; csv only.</source>
        <translation>CSV-Zellen, die mit = + - @ beginnen, kein Hochkomma voranstellen; nur csv.</translation>
    </message>
    <message>
        <source>Skip %1 the server sent incomplete, with a warning, instead of failing.</source>
        <translation>Vom Server unvollständig gesendete %1 mit einer Warnung überspringen, statt abzubrechen.</translation>
    </message>
    <message>
        <source>Exit with code 4 when the list ends at a count other than the server&apos;s total_size (an estimate, by the API&apos;s own words; otherwise the difference is only told).</source>
        <translation>Mit Code 4 beenden, wenn die Liste bei einer anderen Anzahl endet als total_size des Servers (laut API nur eine Schätzung; sonst wird die Abweichung nur gemeldet).</translation>
    </message>
    <message>
        <source>--format must be csv or json (got &quot;%1&quot;).</source>
        <translation>--format muss csv oder json sein (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation>--%1 gilt nur für --format csv.</translation>
    </message>
    <message>
        <source>--output must name a file, or - for standard output.</source>
        <translation>--output muss eine Datei angeben oder - für die Standardausgabe.</translation>
    </message>
</context>
<context>
    <name>IndexCommands</name>
    <message>
        <source>There is no index at %1. Run batchdeck-cli sync first, with the same server and project options, or name the index with --db.</source>
        <translation>Unter %1 gibt es keinen Index. Führen Sie zuerst batchdeck-cli sync mit denselben Server- und Projektoptionen aus, oder geben Sie den Index mit --db an.</translation>
    </message>
    <message>
        <source>Only what was created at or after this time: a date, a time, or a duration before now (7d, 12h).</source>
        <translation>Nur, was zu diesem Zeitpunkt oder danach erstellt wurde: ein Datum, eine Uhrzeit oder eine Dauer vor jetzt (7d, 12h).</translation>
    </message>
    <message>
        <source>Only what was created before this time (same forms).</source>
        <translation>Nur, was vor diesem Zeitpunkt erstellt wurde (gleiche Formen).</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>Lists the failed jobs of the index grouped by the shape of their error message (numbers, file names, sizes, IDs, URLs and paths stand for any), the largest group first.</source>
        <translation>Listet die fehlgeschlagenen Jobs des Index auf, gruppiert nach der Form ihrer Fehlermeldung (Zahlen, Dateinamen, Größen, IDs, URLs und Pfade stehen für beliebige Werte), die größte Gruppe zuerst.</translation>
    </message>
    <message>
        <source>The failed items of jobs and failed files of batches instead, fetched from the server when the index lacks them (see batchdeck-cli failures --items --help).</source>
        <translation>Stattdessen die fehlgeschlagenen Elemente von Jobs und die fehlgeschlagenen Dateien von Batches, vom Server abgerufen, wenn der Index sie nicht enthält (siehe batchdeck-cli failures --items --help).</translation>
    </message>
    <message>
        <source>Lists the unfinished jobs and batches of the index whose counts have not moved for a while, as of the last sync, the longest first.</source>
        <translation>Listet die nicht abgeschlossenen Jobs und Batches des Index auf, deren Zähler sich eine Weile nicht verändert haben, Stand der letzten Synchronisierung, die am längsten hängenden zuerst.</translation>
    </message>
    <message>
        <source>How long without progress makes work stuck (default 30m).</source>
        <translation>Nach welcher Dauer ohne Fortschritt ein Job oder Batch als hängend gilt (Standard 30m).</translation>
    </message>
    <message>
        <source>Lists the indexed jobs whose error message has every word of TEXT (each also as the start of a word), whose directory or project name holds every word of TEXT (anywhere, in any case; % and _ are plain characters), or whose ID starts with TEXT, newest first. Names are those the last sync read.</source>
        <translation>Listet die indizierten Jobs auf, deren Fehlermeldung jedes Wort von TEXT enthält (jeweils auch als Wortanfang), deren Verzeichnis- oder Projektname jedes Wort von TEXT enthält (an beliebiger Stelle, Groß-/Kleinschreibung beliebig; % und _ sind normale Zeichen) oder deren ID mit TEXT beginnt, die neuesten zuerst. Es gelten die Namen, die bei der letzten Synchronisierung gelesen wurden.</translation>
    </message>
    <message>
        <source>Only jobs in this status, in any case: %1; give it again for several.</source>
        <translation>Nur Jobs in diesem Status, Groß-/Kleinschreibung beliebig: %1; für mehrere die Option wiederholen.</translation>
    </message>
    <message>
        <source>Only jobs of this type, in any case: %1; give it again for several.</source>
        <translation>Nur Jobs dieses Typs, Groß-/Kleinschreibung beliebig: %1; für mehrere die Option wiederholen.</translation>
    </message>
    <message>
        <source>TEXT must hold a word or the start of an ID.</source>
        <translation>TEXT muss ein Wort oder den Anfang einer ID enthalten.</translation>
    </message>
</context>
<context>
    <name>IndexOptions</name>
    <message>
        <source>The index file (default: the one for this server and project, in the user&apos;s data folder).</source>
        <translation>Die Indexdatei (Standard: die für diesen Server und dieses Projekt, im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>One group&apos;s rows instead of the groups: its pattern, as the pattern column has it (&quot;&quot; for failures without a message).</source>
        <translation>Die Zeilen einer Gruppe statt der Gruppen: ihr Muster, wie es in der Spalte pattern steht (&quot;&quot; für Fehlschläge ohne Meldung).</translation>
    </message>
    <message>
        <source>The index of the demo server.</source>
        <translation>Der Index des Demo-Servers.</translation>
    </message>
    <message>
        <source>The index of this API server.</source>
        <translation>Der Index dieses API-Servers.</translation>
    </message>
    <message>
        <source>The index of LlamaCloud region us or eu.</source>
        <translation>Der Index der LlamaCloud-Region us oder eu.</translation>
    </message>
    <message>
        <source>The index of this project.</source>
        <translation>Der Index dieses Projekts.</translation>
    </message>
    <message>
        <source>The index of this organization.</source>
        <translation>Der Index dieser Organisation.</translation>
    </message>
    <message>
        <source>--db must name a file.</source>
        <translation>--db muss eine Datei angeben.</translation>
    </message>
    <message>
        <source>Use one of --demo, --base-url and --region.</source>
        <translation>Verwenden Sie nur eine der Optionen --demo, --base-url und --region.</translation>
    </message>
    <message>
        <source>--region must be us or eu (got &quot;%1&quot;).</source>
        <translation>--region muss us oder eu sein (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a duration such as 90s, 30m, 2h or 7d (got &quot;%2&quot;).</source>
        <translation>%1 muss eine Dauer wie 90s, 30m, 2h oder 7d sein (angegeben: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a date or time (2026-11-30, 2026-11-30T08:00:00Z) or a duration before now (7d, 12h) (got &quot;%2&quot;).</source>
        <translation>%1 muss ein Datum oder eine Uhrzeit (2026-11-30, 2026-11-30T08:00:00Z) oder eine Dauer vor jetzt (7d, 12h) sein (angegeben: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>File to write, or - for standard output (default). A file is replaced only when every row was written.</source>
        <translation>Zu schreibende Datei oder - für die Standardausgabe (Standard). Eine Datei wird nur ersetzt, wenn jede Zeile geschrieben wurde.</translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8; the default) or json (JSON Lines).</source>
        <translation>csv (RFC 4180, UTF-8; Standard) oder json (JSON Lines).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel); csv only.</source>
        <translation>CSV mit einer UTF-8-Byte-Order-Mark beginnen (für Excel); nur csv.</translation>
    </message>
    <message>
        <source>Do not prefix CSV cells starting with = + - @ with a quote; csv only.</source>
        <translation>CSV-Zellen, die mit = + - @ beginnen, kein Hochkomma voranstellen; nur csv.</translation>
    </message>
    <message>
        <source>--format must be csv or json (got &quot;%1&quot;).</source>
        <translation>--format muss csv oder json sein (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation>--%1 gilt nur für --format csv.</translation>
    </message>
    <message>
        <source>--output must name a file, or - for standard output.</source>
        <translation>--output muss eine Datei angeben oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>ItemsCommand</name>
    <message>
        <source>Writes every item (file) of a batch job as CSV (RFC 4180, UTF-8) or JSON Lines.</source>
        <translation>Schreibt jedes Element (jede Datei) eines Batch-Jobs als CSV (RFC 4180, UTF-8) oder JSON Lines.</translation>
    </message>
    <message>
        <source>Read from the built-in demo server.</source>
        <translation>Aus dem eingebauten Demo-Server lesen.</translation>
    </message>
    <message>
        <source>Only items with this status, in any case: %1.</source>
        <translation>Nur Elemente mit diesem Status, Groß-/Kleinschreibung beliebig: %1.</translation>
    </message>
    <message>
        <source>Items per request, 1 to 1000 (default 1000).</source>
        <translation>Elemente pro Anfrage, 1 bis 1000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Fail when the server has sent N items and the list has not ended, a guard against a server that never stops (default 10000000).</source>
        <translation>Mit Fehler abbrechen, wenn der Server N Elemente gesendet hat und die Liste noch nicht zu Ende ist – ein Schutz gegen einen Server, der nie aufhört (Standard 10000000).</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>JOB_ID must be a job ID: a UUID, alone or after a short prefix, such as bjb-123e4567-e89b-12d3-a456-426614174000 (got &quot;%1&quot;).</source>
        <translation>JOB_ID muss eine Job-ID sein: eine UUID, allein oder nach einem kurzen Präfix, etwa bjb-123e4567-e89b-12d3-a456-426614174000 (angegeben: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Job %1 was not found (HTTP 404%2). Check the job ID, and --project-id or --organization-id if the job belongs to another project.</source>
        <translation>Job %1 wurde nicht gefunden (HTTP 404%2). Prüfen Sie die Job-ID und, falls der Job zu einem anderen Projekt gehört, --project-id oder --organization-id.</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Job details</source>
        <translation>Job-Details</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Copy Project ID to the clipboard</source>
        <translation>Projekt-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Copy Directory ID to the clipboard</source>
        <translation>Verzeichnis-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Job record ID</source>
        <translation>Job-Datensatz-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Job record ID to the clipboard</source>
        <translation>Job-Datensatz-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation>Workflow-ID</translation>
    </message>
    <message>
        <source>Copy Workflow ID to the clipboard</source>
        <translation>Workflow-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>Vorherige Elemente</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next items</source>
        <translation>Nächste Elemente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re-r&amp;un failed items…</source>
        <translation>Fehlgeschlagene Elemente erneut a&amp;usführen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel job…</source>
        <translation>Job a&amp;bbrechen…</translation>
    </message>
</context>
<context>
    <name>JobFilterPanel</name>
    <message>
        <source>&lt;b&gt;Status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job type&lt;/b&gt;</source>
        <translation>&lt;b&gt;Job-Typ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job type filter</source>
        <translation>Filter für Job-Typ</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Organization ID</source>
        <translation>&amp;Organisations-ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BatchDeck</source>
        <translation>BatchDeck</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to BatchDeck&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei BatchDeck&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Browse your LlamaCloud batch jobs, watch the running ones, find out why jobs failed, and export job lists to CSV.&lt;br&gt;The demo data comes from a server built into BatchDeck; you can switch any time from the File menu.</source>
        <translation>Durchsuchen Sie Ihre LlamaCloud-Batch-Jobs, beobachten Sie die laufenden, finden Sie heraus, warum Jobs fehlgeschlagen sind, und exportieren Sie Job-Listen als CSV.&lt;br&gt;Die Demodaten stammen von einem in BatchDeck eingebauten Server; Sie können jederzeit über das Menü „Datei“ wechseln.</translation>
    </message>
    <message>
        <source>&amp;Connect to LlamaCloud…</source>
        <translation>Mit LlamaCloud &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Explore with demo data</source>
        <translation>Mit Demodaten &amp;erkunden</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Search this page by ID, directory or error (Ctrl+F)</source>
        <translation>Diese Seite nach ID, Verzeichnis oder Fehler durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Auto-refresh &amp;interval</source>
        <translation>Aktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Au&amp;tomatisch aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>API-Schlüssel ver&amp;gessen…</translation>
    </message>
    <message>
        <source>Remove the saved API key from this computer and disconnect</source>
        <translation>Den gespeicherten API-Schlüssel von diesem Computer entfernen und die Verbindung trennen</translation>
    </message>
    <message>
        <source>Use &amp;demo data</source>
        <translation>&amp;Demodaten verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Search this page</source>
        <translation>Diese Seite &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Open job details</source>
        <translation>&amp;Job-Details öffnen</translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Last page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <source>Alt+End</source>
        <translation>Alt+End</translation>
    </message>
    <message>
        <source>BatchDeck &amp;Guide</source>
        <translation>BatchDeck-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to use BatchDeck and batchdeck-cli, built into the app</source>
        <translation>Anleitung zu BatchDeck und batchdeck-cli, in die App eingebaut</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>LlamaCloud &amp;API Reference</source>
        <translation>LlamaCloud-&amp;API-Referenz</translation>
    </message>
    <message>
        <source>LlamaCloud&apos;s documentation of the batch APIs, in your web browser</source>
        <translation>Dokumentation der Batch-APIs von LlamaCloud, in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>&amp;About BatchDeck</source>
        <translation>Ü&amp;ber BatchDeck</translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>«</source>
        <translation>«</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>»</source>
        <translation>»</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Ro&amp;ws per page</source>
        <translation>&amp;Zeilen pro Seite</translation>
    </message>
</context>
<context>
    <name>ProcessingResultsPanel</name>
    <message>
        <source>Processing results</source>
        <translation>Verarbeitungsergebnisse</translation>
    </message>
    <message>
        <source>Copy output location</source>
        <translation>Ausgabeort kopieren</translation>
    </message>
    <message>
        <source>Copy the selected result&apos;s output location to the clipboard</source>
        <translation>Ausgabeort des ausgewählten Ergebnisses in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>ReferencedJobDialog</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation>Job-ID kopieren</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Job-Typ</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Error message</source>
        <translation>&amp;Fehlermeldung</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server for the job&apos;s status again</source>
        <translation>Den Status des Jobs erneut beim Server abfragen</translation>
    </message>
</context>
</TS>
