<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by ref, title, service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows incidents whose ref, title, services or commander contain every word typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one status, or every open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide resolved and closed incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a status history (File ▸ Import…) to review past incidents here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Status History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Select an incident to see its details and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::App</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Show Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Show Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AppOptions</name>
    <message>
        <source>Warroom: run incident war rooms, review incident history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.db, postgresql://user@host/db, or a file path. Default: the last database opened, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, show the window, save a picture of it as PNG to &lt;file&gt;, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incident &lt;ref&gt; (e.g. INC-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000 (the default for --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DashboardPanel</name>
    <message>
        <source>1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Google Cloud or Statuspage incident history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Database</name>
    <message>
        <source>The Qt Sql driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database connection named %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Warroom supports (%3). Upgrade Warroom to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL names no file (use sqlite:/path/to/file.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host/db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::EntryKind</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ImportFlow</name>
    <message>
        <source>Imported %1 with %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing incidents from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Incident History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident histories (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ImportJob</name>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import into an in-memory database: the import runs on its own connection, which would see a different, empty database. Open or create a database file and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentRepository</name>
    <message>
        <source>&quot;%1&quot; is not an incident reference (expected INC-123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident INC-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentStatus</name>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentTableModel</name>
    <message>
        <source>Start of impact unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When impact began, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From start of impact to resolution, or until now while open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentView</name>
    <message>
        <source>Declared here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud status history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTD: detected − started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTM: mitigated − started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR: resolved − started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needs people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Lifecycle</name>
    <message>
        <source>%1 cannot move from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open; only a resolved or closed incident can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::MainWindow</name>
    <message>
        <source>Cannot Show Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Google Cloud or Statuspage incident history (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the incidents from the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden by the dashboard&apos;s filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;A war room for incidents: every open incident at a glance, the live timeline, and the history to learn from.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Metrics</name>
    <message>
        <source>TTD = detected_at − started_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTA = acknowledged_at − detected_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTM = mitigated_at − started_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR = resolved_at − started_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Severity</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineDelegate</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <source>%1 by %2, %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Workspace</name>
    <message>
        <source>in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroomctl</name>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be auto, gcp or statuspage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 failed; nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 incidents added, %3 already present, %4 timeline entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>show takes exactly one REF (e.g. INC-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity must be SEV1, SEV2, ... (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window %1 to %2: %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>generate takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents must be a number from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until is not an ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 incidents (seed %2): %3 added, %4 already present, %5 timeline entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom command line: import, list and show incidents, metrics, synthetic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path or postgresql://user@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import format: auto, gcp or statuspage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start, ISO 8601 (metrics; default: earliest start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end, exclusive, ISO 8601 (metrics; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents affecting this service (metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this severity, e.g. SEV1 (metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many incidents to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the generated history, ISO 8601 (default 2026-01-01T00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
