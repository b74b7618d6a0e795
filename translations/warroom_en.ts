<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>New action item, e.g. Add a canary stage to the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date; the first value means no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections opened before (passwords are never listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected connection from this list and its password from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/me/incidents.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file, or a new name to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when the server wants one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full encrypts and checks that the server&apos;s certificate is signed by the CA and names the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA that signed the server&apos;s certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file (sslrootcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect with these settings without switching to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;nt connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectTimeDialog</name>
    <message>
        <source>Correct Lifecycle Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it really happened, in local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DeclareDialog</name>
    <message>
        <source>Declare Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaring starts the clock: you become incident commander and the incident is Investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, for whom (e.g. Checkout fails for EU customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected s&amp;ervices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated (e.g. checkout, payments-api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When users were first affected, in local time. Backdate it when impact began before it was noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact starts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known so far: symptoms, who is affected, links to alerts or dashboards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Happened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry keeps its history: every earlier version stays readable (History…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand Off Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes over; they accept the hand-off on the role board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we are trying to achieve right now, and what is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stakeholder &amp;update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the incoming holder should know: risks, contacts, pending decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Welcome to Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you? Everything you write in Warroom (declarations, status changes, timeline entries, stakeholder updates) is signed with your handle, and others assign you roles by it. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetailsDialog</name>
    <message>
        <source>Edit Incident Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening, who is affected, what is known so far</source>
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
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the window (UTC): incidents that started on or after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the window (UTC), included; open incidents count until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents of one severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents affecting one service; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability objective drawn on the availability chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole history, every severity, every service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole report (overall, per service, per month) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents to measure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a status history (File ▸ Import…) and the time to acknowledge, mitigate and resolve, incidents per month, availability and MTBF per service appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActionsPanel</name>
    <message>
        <source>Show done and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who can hold a role. Edit names, teams and contacts in place; the handle is how the timeline names a person and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, handle, team or contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, chat or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person from the directory; their past role spans keep their handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update people from a CSV file whose first line names the columns handle,name,team,contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Entry History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleBoardPanel</name>
    <message>
        <source>Select an incident to see and assign its roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a person from the list onto a role to assign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the hand-off: the current holder keeps the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or handle, then Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected role to someone else with a brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a person onto a role; double-click to assign the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the people directory or import it from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderUpdateDialog</name>
    <message>
        <source>Post Stakeholder Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the response stands, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is affected and how, in words customers understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team is doing now and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;update at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When stakeholders will hear from you again, in local time; the update states it in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders will read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries containing every word (text, author or kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries by one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only pinned entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the next entry: type /decision, /action, /update … or press Ctrl+1 … Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (HH:MM); empty means now. @HH:MM in the entry does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AccessRoles</name>
    <message>
        <source>Database roles need PostgreSQL; a SQLite file has no users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the database roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the privileges of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AckRoute</name>
    <message>
        <source>Acknowledge with a POST request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is configured for acknowledgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be empty or a JSON object like {&quot;by&quot;: &quot;alice&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;by&quot; must be a person&apos;s handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ActionItem</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemCommands</name>
    <message>
        <source>The database this change was made in is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item “%1” was changed by someone else meanwhile; it was left as they set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemsPanel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the action items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet. Add one below, or write an /action entry in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntake</name>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generic webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery needs a source, a group key and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the alerts of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert of this group has resolved (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 at %2 from alerts received through %3; status Triggered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeConfig</name>
    <message>
        <source>unknown source &quot;%1&quot; under [tokens].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity/%1: &quot;%2&quot; is not a level such as SEV2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake/body_limit must be bytes between 1024 and 67108864.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake/severity_label must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake/auto_resolve must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file as INI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeController</name>
    <message>
        <source>Alert intake is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert intake is off: cannot listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert intake on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeRoutes</name>
    <message>
        <source>Deliveries are POST requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is configured for %1 deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body exceeds %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeSettingsPage</name>
    <message>
        <source>The token needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take alerts while Warroom is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom can receive webhooks from Prometheus Alertmanager, Grafana and scripts itself and open incidents from them, for one person on a local database. A shared war room runs the warroomd service instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URLs: http://%1/api/v1/alerts/alertmanager, …/grafana and …/generic. Senders give this token as their bearer credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AlertPayload</name>
    <message>
        <source>The body is empty; a JSON object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;firing&quot; nor &quot;resolved&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold at least one alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 alerts; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload version &quot;%1&quot; is not supported (expected &quot;4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and no receiver or groupLabels to stand in.</source>
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
    <message>
        <source>Cannot Save Your Name</source>
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
    <message>
        <source>Tab to show first: incidents or metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--panel expects incidents or metrics, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.db, postgresql://user@host/db, or a file path. Default: the database chosen in Settings, else the last one opened, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de or en (C for English). Default: the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AppearanceSettingsPage</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the colours of your desktop. Light and Dark use Warroom&apos;s own colours whatever the desktop does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AvailabilityChart</name>
    <message>
        <source>Availability per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability = 1 − SEV1/SEV2 impact time ÷ window length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 least available of %2 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability = 1 − SEV1/SEV2 impact time ÷ window length (SEV3/SEV4 count as degraded) · showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability over the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: availability %2% (target %3%: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1/SEV2 downtime %1 of a %2 window; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability = 1 − SEV1/SEV2 downtime ÷ window length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime = union of the impact windows [started_at, resolved_at), clipped to the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Cadence</name>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CadenceNotifier</name>
    <message>
        <source>%1 %2: stakeholders expect an update every %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stakeholder updates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChangeLog</name>
    <message>
        <source>SQLite has no notifications; read the change log periodically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log has no change of that row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ConflictDialog</name>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved yet. Compare both versions and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine saves your changes over theirs; Take Theirs drops yours; Merge saves what the Merged column holds (edit it to combine both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (by %1, at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version on top of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what is stored; drop your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the Merged column holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ConnectDialog</name>
    <message>
        <source>Embedded (SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared (PostgreSQL server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file on this computer, for one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database the whole team works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: encrypt, do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check who signed the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the signer and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the keyring, or asked when the server wants one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is running: the password is asked each time it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password was refused. Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty database, Warroom sets it up on connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CorrectTimeDialog</name>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a time of %1 that was recorded wrong, for example when impact really started before the incident was declared. The correction goes on the timeline with the old and the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet: set when the incident gets there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CredentialStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Daemon</name>
    <message>
        <source>No intake token is configured: set WARROOM_INTAKE_TOKEN or give tokens in the [tokens] section of the --config file. warroomd does not accept unauthenticated alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
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
    <message>
        <source>Declare an incident when something breaks (%1).
Import a status history (File ▸ Import…) to review past incidents.</source>
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
    <message>
        <source>&quot;%1&quot; has a different number of placeholders than the %2 values given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested step failed; the whole transaction was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a trusted CA: name the CA file with sslrootcert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued for another name than %1: connect by the name in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this change needs the database server, which cannot be reached now. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseSettingsPage</name>
    <message>
        <source>&amp;Use on Next Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database Warroom opens when it starts. A shared PostgreSQL database lets a team work on the same incidents; a SQLite file is for one person. The --database option overrides this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last database opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example sqlite:/home/me/incidents.db or postgresql://me@db.example.com/warroom?sslmode=verify-full. Passwords are never stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected database when Warroom starts next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
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
    <name>warroom::DeclareDialog</name>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder updates every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholder-update cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DurationTrendChart</name>
    <message>
        <source>MTTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge, mitigate and resolve, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly mean and p90 of TTA, TTM and TTR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident in this selection lacks the times
needed for TTA, TTM and TTR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 incidents in this selection has the times
needed for TTA, TTM or TTR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: monthly mean · shaded bands: median to p90 (half of the incidents took longer than the median, one in ten longer than the p90) · log scale · months in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC): %2 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no data, n = 0, no data = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: mean %3, median %4, p90 %5, n = %6, no data = %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, negative = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::EditConflicts</name>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::EntryEditDialog</name>
    <message>
        <source>%1 by %2, written %3</source>
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
    <name>warroom::EscalationEngine</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &quot;%1&quot; step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &quot;%1&quot; step %2 (repeat %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was acknowledged at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation stopped: %1; no notification was still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalation stopped: %1; %n pending notification(s) cancelled.</source>
        <translation>
            <numerusform>Escalation stopped: %1; %n pending notification cancelled.</numerusform>
            <numerusform>Escalation stopped: %1; %n pending notifications cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: paged @%2 (%3 not acknowledged after %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody holds %2, so nobody was paged (%3 not acknowledged after %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paged @%2 as %3 (%4 not acknowledged after %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notified webhook %2 (%3 not acknowledged after %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3, not acknowledged after %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Webhook delivery to %1 for escalation step %2 failed after %n attempt(s): %3.</source>
        <translation>
            <numerusform>Webhook delivery to %1 for escalation step %2 failed after %n attempt: %3.</numerusform>
            <numerusform>Webhook delivery to %1 for escalation step %2 failed after %n attempts: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::EscalationPoliciesDialog</name>
    <message>
        <source>Escalation Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use when no other policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody has acknowledged the incident this many minutes after it was triggered, notify the target: a person&apos;s handle, a role (commander, scribe, …) or a webhook URL (prefix slack+ for a Slack-compatible message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more times, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, while nobody acknowledges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::EscalationRepository</name>
    <message>
        <source>There is no escalation policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation policy named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; was changed by someone else (version %2, you edited version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::HandOffBrief</name>
    <message>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stakeholder update due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::HandOffDialog</name>
    <message>
        <source>Request Hand-Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — held by %2. They keep the role until the incoming holder accepts; the request, this brief and the acceptance go on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one person in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 already holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Http</name>
    <message>
        <source>&quot;%1&quot; is not an address and port such as 127.0.0.1:8750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IdentityDialog</name>
    <message>
        <source>You will appear as @%1 on timelines and role boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle is 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IdentitySettingsPage</name>
    <message>
        <source>Everything you write in an incident carries your handle. Your name is shown next to it in the people directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
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
    <name>warroom::IncidentActions</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the incident: someone is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vestigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to investigating: the cause is not known after all, or mitigation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause is identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact is mitigated; the team is monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is over: impact has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the incident: nothing is left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a new incident and become its commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a resolved or closed incident: back to Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the severity of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassify the incident as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;Times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a lifecycle time that was recorded wrong, e.g. when impact really began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Stakeholder &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public stakeholder update; resets the update countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a stakeholder update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this incident while you were looking at it, so your change was not saved. The incident has been reloaded: check its current state and try again if your change still applies.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Declare Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reopen Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reclassify Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Correct Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Post Stakeholder Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity, severity names and update cadences, the database, theme, notifications and alert intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title and summary of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentDetailsDialog</name>
    <message>
        <source>Edit Details of %1</source>
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
    <message>
        <source>There is no timeline entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was changed by someone else (version %1, you edited version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you edited version %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentService</name>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity must be SEV1 or lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact start cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 at %2; status Investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you saw version %3). Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: status %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no text; delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with the handle @%1 is in the people directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handle: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns (handle,name,team,contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: no &quot;handle&quot; column (the first line must name the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header names %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: @%2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 already is %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 is %2 (assigned by @%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off: %1 passes from @%2 to @%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That role assignment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 no longer holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-matter experts are added, not handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds %1; assign it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 already holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-off of %1 to @%2 is already waiting for acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off requested: %1 from @%2 to @%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hand-off does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hand-off is no longer waiting for acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else answered that hand-off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off accepted: @%1 is now %2 (was @%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off of %1 to @%2 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item was changed by someone else (version %1, you edited version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot;: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title “%1” → “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary changed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry id %1 belongs to another incident.</source>
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
    <message>
        <source>No stakeholder updates are due once an incident is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stakeholder-update cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stakeholder update unknown: the incident has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder update overdue since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stakeholder update due at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the next stakeholder update is due</source>
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
        <source>Action items (%1 open, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (cannot load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 is typing…</source>
        <comment>also here, who types</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 are typing…</source>
        <comment>also here, who type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with this incident open in their Warroom right now</source>
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
    <message>
        <source>Impact started</source>
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
        <source>%1 must be a valid time that is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 time yet; it is set when the incident gets there.</source>
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
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: the author of everything you write (Edit ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the metric charts (MTTA, MTTM, MTTR, MTBF, availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the role board of the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide your action items across every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the people directory or import it from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the postmortem of the incident shown as PDF (A4 or Letter), Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation Policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is paged, and when, while nobody acknowledges an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again; caught up with the changes made meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a shared PostgreSQL database, or open a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline Change Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are connected as a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as a scribe: timeline, action items, roles and postmortems, but no incident changes.</source>
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
    <name>warroom::MetricsChart</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF, or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::MetricsPanel</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1, p90 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Show Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · MTTA %3 · MTTM %4 · MTTR %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Metrics Report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::MtbfChart</name>
    <message>
        <source>Mean time between failures per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF = mean gap between one impact window&apos;s end and the next one&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service has two separate incidents in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF = mean gap between one impact window&apos;s end and the next one&apos;s start · shortest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of %2 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 service with fewer than two separate incidents has no MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 services with fewer than two separate incidents have no MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time between failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MTBF %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF = mean gap between the end of one impact window and the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact windows [started_at, resolved_at), overlapping ones merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::MyActionsPanel</name>
    <message>
        <source>Cannot read your action items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 has no open action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1: %2 open, %3 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1: %2 open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::NotificationChannel</name>
    <message>
        <source>SQLite has no notifications between clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification may hold at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::NotificationSettingsPage</name>
    <message>
        <source>A stakeholder &amp;update is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are &amp;paged for an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;sound with each notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom tells you in the system tray, where your desktop has one, and flashes its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::OfflineWrites</name>
    <message>
        <source>Offline since %1 — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1 — 1 change pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1 — %2 changes pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this change needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Outbox</name>
    <message>
        <source>The entry “%1” was changed by someone else while you were offline; your change to it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox holds an operation this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 is in use by another running Warroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PageNotifier</name>
    <message>
        <source>You are paged for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has acknowledged %1 yet; you hold the role named in step %2 of &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has acknowledged %1 yet (step %2 of &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleComboBox</name>
    <message>
        <source>Name or @handle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleDialog</name>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was imported from %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person added or updated from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people added or updated from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleModel</name>
    <message>
        <source>&quot;%1&quot; is not a handle: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Postmortem</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we were lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key data collected (timeline, metrics, graphs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact complete (who, how many, how long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause analysed deeply enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items have owners and priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect (TTD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge (TTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate (TTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve (TTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected services: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact from %1, not resolved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was affected and how: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at %1, %2 after impact began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1 after detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was noticed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postmortem cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemActionsModel</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemExport</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from impact start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a blameless postmortem: it describes systems and decisions, not faults of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: **%1**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTMORTEM · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemModel</name>
    <message>
        <source>five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no postmortem yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the %1 of this postmortem meanwhile; it now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemPanel</name>
    <message>
        <source>Back to Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill from Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the postmortem from the incident&apos;s pinned timeline entries, roles, durations and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size of a PDF export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the postmortem as PDF, Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in two or three sentences for someone who was not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text; blank lines separate paragraphs, lines starting with &quot;- &quot; are list items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected why up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected why down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless: describe what the systems and the people&apos;s information were, not who was at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why …?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident has no postmortem yet. Pre-fill one from the incident&apos;s record: pinned timeline entries, role history, durations and action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited %1 UTC by @%2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No pinned timeline entries.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No roles recorded.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Markdown (*.md);;HTML page (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from Pinned Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the incident&apos;s pinned timeline entries as they are now (pin entries on the Timeline tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemRepository</name>
    <message>
        <source>The postmortem was changed by someone else (version %1, you edited version %2). Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no postmortem yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postmortem belongs to an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident already has a postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is published; revise it (back to In review) before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemWhysModel</name>
    <message>
        <source>Why %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PresenceClient</name>
    <message>
        <source>Presence needs the shared PostgreSQL database; a SQLite file has one user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RevisionDialog</name>
    <message>
        <source>“%1” has not been changed since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 revisions, newest last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RevisionModel</name>
    <message>
        <source>Written, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Role</name>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-Matter Expert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardModel</name>
    <message>
        <source>No incident is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident always has a commander: hand command off instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the subject-matter expert to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-off of %1 is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, assigned by @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet — drop people here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1, waiting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off to %1 requested by @%2 at %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardPanel</name>
    <message>
        <source>Cannot Assign Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see and assign its roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 roles staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 subject-matter expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subject-matter experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hand-off waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hand-offs waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off waiting: %1 from %2 to %3, requested %4 by @%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept for @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 takes over %2 now; the timeline records @%3 as accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person as a subject-matter expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1 to the person, with a brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as subject-matter expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident always has a commander: hand command off instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an expert to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick the person to assign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one person in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Hand Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-matter experts are added and removed, not handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds %1 yet: assign it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off of %1 to %2 is still waiting: accept or withdraw it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Accept Hand-Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Withdraw Hand-Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleHistoryModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: @%2 from %3 to %4 UTC, assigned by @%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for</source>
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
    <name>warroom::SeverityMonthChart</name>
    <message>
        <source>Incidents per month by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the month the impact started (started_at, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents whose started_at lies in [%1, %2) UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::SeveritySettingsPage</name>
    <message>
        <source>The name of each severity level, and how often stakeholders expect an update while an incident of that level is open. The dashboard counts down to the next update and warns when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between stakeholder updates while a %1 incident is open; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::StakeholderUpdateDialog</name>
    <message>
        <source>Current status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update: by %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholder update yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders expect one every %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is public: it goes on the timeline and the status page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::StatusPage</name>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
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
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of impact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past incidents (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status of our services and incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Systems Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial System Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor Service Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% uptime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::StatusPageRoutes</name>
    <message>
        <source>The status page is read with GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is unavailable at the moment; please try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineCommands</name>
    <message>
        <source>The database this change was made in is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” was changed by someone else meanwhile; it was left as they wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
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
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineEditor</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the newest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, backdated to %2 (%3 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to write to its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added; the filters hide it (Show All).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in UTC, and @HH:MM is read as UTC. Click for local time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local (%1), and @HH:MM is read as local time. Click for UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of %1 matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ 1 new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1 new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds %1 · /decision /action /update or Ctrl+1…7 · @14:05 backdates (%2) · Ctrl+P pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stakeholder update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are connected as a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may read the war room but not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineInput</name>
    <message>
        <source>&quot;%1&quot; is not a time; write @HH:MM, e.g. @14:05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in this time zone (clocks changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <source>%1 by %2, %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: kept on this computer until the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TrayIcon</name>
    <message>
        <source>Warroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TtrBoxChart</name>
    <message>
        <source>Time to resolve by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box: middle half of resolved incidents (Q1 to Q3) · line: median · whiskers: fastest and slowest · log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolved incidents in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time to resolve of 1 resolved incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time to resolve of %2 resolved incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1
Q1 %2
median %3
Q3 %4
max %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartiles by linear interpolation between closest ranks (numpy&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::WebhookSender</name>
    <message>
        <source>timeout</source>
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
    <name>warroom::WorkspaceOpener</name>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (database %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was refused. Password of %1 on %2 (database %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: the server wants a password.</source>
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
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
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
        <translation>
            <numerusform>Window %1 to %2: %n incident</numerusform>
            <numerusform>Window %1 to %2: %n incidents</numerusform>
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
    <message>
        <source>declare takes options only (--title, --severity, --service, --started-at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare needs --severity SEV1..SEV4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be note, decision, action or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be commander, scribe, communications, operations, planning, customer-liaison, executive or sme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign needs --person HANDLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action needs --owner HANDLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority must be high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch takes options only (--incident REF, --json, --count N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warroomctl: reconnected; caught up after #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warroomctl: connection lost after #%1; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warroomctl: watching %1 after #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db takes: init [--create-roles]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles %1 are set up (NOLOGIN). Give each person a login role in one of them, e.g.
  CREATE ROLE alice LOGIN PASSWORD &apos;…&apos;; GRANT warroom_scribe TO alice;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nobody was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people added or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people takes: list | add HANDLE [--name N] [--team T] [--contact C] | import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle of the person acting (author of entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of a declared incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of a declared incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact start (declare), ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry kind: note, decision, action or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (note), ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry on the public status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle of the person (assign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off brief (assign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of an action item, ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (people add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (people add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (people add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this incident&apos;s changes (watch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit after N changes (watch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create the roles warroom_commander, warroom_scribe, warroom_viewer and their GRANTs (db init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handle (use --as HANDLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation takes: list | show NAME | add --name N --step DELAY:KIND:TARGET... [--repeat N] [--repeat-interval MIN] [--min-severity SEVn] [--service S] [--default] | remove NAME | pages REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat-interval takes whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity such as SEV2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed escalation policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody: %1 vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format statuspage takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n incident(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n incident to %1.</numerusform>
            <numerusform>Wrote %n incidents to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>export --format csv takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 incidents to %2 and %3 timeline entries to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format statuspage, csv, markdown, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format %1 takes exactly one REF (e.g. INC-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no postmortem yet; exporting a draft pre-filled from the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs a GUI application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the postmortem of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmortem takes: REF [show [--json] | create | status draft|in-review|published | set FIELD TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no postmortem yet (create it with: postmortem %1 create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the postmortem of %1 (draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be draft, in-review or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; use one of summary, impact, detection, root_causes, contributing_factors, went_well, went_badly, lucky, lessons, why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import format: auto, gcp or statuspage; export format: statuspage, csv, markdown, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only public entries and their incidents (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size of a PDF export: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation step DELAY:KIND:TARGET, repeatable (escalation add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra rounds of an escalation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between the last step and the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate incidents of this severity and above, e.g. SEV2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the escalation policy the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroomd</name>
    <message>
        <source>Warroom service: takes alerts from Prometheus Alertmanager, Grafana and a generic JSON webhook and opens incidents in the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/warroom.db or postgresql://host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file (INI, or JSON by its .json suffix): tokens, severity mapping, service label, auto-resolve, body limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warroomd: --database is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
