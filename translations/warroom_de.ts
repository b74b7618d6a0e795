<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>New action item, e.g. Add a canary stage to the deploy</source>
        <translation>Neue Maßnahme, z. B. Canary-Stufe im Deployment ergänzen</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>Wer ist verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due date; the first value means no due date</source>
        <translation>Fälligkeitsdatum; der erste Wert bedeutet: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>Connections opened before (passwords are never listed)</source>
        <translation>Früher geöffnete Verbindungen (Passwörter werden nie aufgeführt)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove the selected connection from this list and its password from the keyring</source>
        <translation>Die gewählte Verbindung aus dieser Liste und ihr Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>/home/me/incidents.db</source>
        <translation>/home/ich/incidents.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a database file, or a new name to create one</source>
        <translation>Eine Datenbankdatei wählen oder einen neuen Namen, um eine anzulegen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>warroom</source>
        <translation>warroom</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Your database role</source>
        <translation>Ihre Datenbankrolle</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Asked when the server wants one</source>
        <translation>Wird erfragt, wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>verify-full encrypts and checks that the server&apos;s certificate is signed by the CA and names the host</source>
        <translation>verify-full verschlüsselt und prüft, dass das Zertifikat des Servers von der CA signiert ist und den Host nennt</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>The CA that signed the server&apos;s certificate (PEM)</source>
        <translation>Die CA, die das Zertifikat des Servers signiert hat (PEM)</translation>
    </message>
    <message>
        <source>Choose the CA certificate file (sslrootcert)</source>
        <translation>Die Datei mit dem CA-Zertifikat wählen (sslrootcert)</translation>
    </message>
    <message>
        <source>Try to connect with these settings without switching to the database</source>
        <translation>Mit diesen Einstellungen verbinden, ohne zur Datenbank zu wechseln</translation>
    </message>
    <message>
        <source>Rece&amp;nt connections:</source>
        <translation>&amp;Letzte Verbindungen:</translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>Verbindung te&amp;sten</translation>
    </message>
</context>
<context>
    <name>CorrectTimeDialog</name>
    <message>
        <source>Correct Lifecycle Time</source>
        <translation>Zeitpunkt im Lebenszyklus korrigieren</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>&amp;Correct value</source>
        <translation>&amp;Korrekter Wert</translation>
    </message>
    <message>
        <source>The time it really happened, in local time</source>
        <translation>Der Zeitpunkt, zu dem es wirklich geschah, in Ortszeit</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Filter by ref, title, service…</source>
        <translation>Nach Referenz, Titel, Service filtern …</translation>
    </message>
    <message>
        <source>Shows incidents whose ref, title, services or commander contain every word typed here</source>
        <translation>Zeigt Incidents, deren Referenz, Titel, Services oder Commander jedes hier eingegebene Wort enthalten</translation>
    </message>
    <message>
        <source>Show only one severity</source>
        <translation>Nur einen Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>Show only one status, or every open incident</source>
        <translation>Nur einen Status anzeigen oder alle offenen Incidents</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Hide resolved and closed incidents</source>
        <translation>Behobene und geschlossene Incidents ausblenden</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Noch keine Incidents</translation>
    </message>
    <message>
        <source>Import a status history (File ▸ Import…) to review past incidents here.</source>
        <translation>Importieren Sie einen Statusverlauf (Datei ▸ Importieren …), um vergangene Incidents hier auszuwerten.</translation>
    </message>
    <message>
        <source>Import Status History…</source>
        <translation>Statusverlauf importieren …</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <source>Declare Incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <source>Declaring starts the clock: you become incident commander and the incident is Investigating.</source>
        <translation>Mit dem Ausrufen läuft die Uhr: Sie werden Incident Commander und der Incident ist in Untersuchung.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>What is broken, for whom (e.g. Checkout fails for EU customers)</source>
        <translation>Was ist kaputt, für wen (z. B. Checkout schlägt für EU-Kunden fehl)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>Affected s&amp;ervices</source>
        <translation>Betroffene S&amp;ervices</translation>
    </message>
    <message>
        <source>Comma-separated (e.g. checkout, payments-api)</source>
        <translation>Durch Kommas getrennt (z. B. checkout, payments-api)</translation>
    </message>
    <message>
        <source>&amp;Impact started</source>
        <translation>&amp;Auswirkung begann</translation>
    </message>
    <message>
        <source>When users were first affected, in local time. Backdate it when impact began before it was noticed.</source>
        <translation>Wann Nutzer erstmals betroffen waren, in Ortszeit. Datieren Sie zurück, wenn die Auswirkung begann, bevor sie bemerkt wurde.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Impact starts now</source>
        <translation>Auswirkung beginnt jetzt</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>What is known so far: symptoms, who is affected, links to alerts or dashboards</source>
        <translation>Was bisher bekannt ist: Symptome, wer betroffen ist, Links zu Alerts oder Dashboards</translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Happened at</source>
        <translation>&amp;Geschehen um</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>The entry keeps its history: every earlier version stays readable (History…).</source>
        <translation>Der Eintrag behält seinen Verlauf: Jede frühere Fassung bleibt lesbar (Verlauf …).</translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand Off Role</source>
        <translation>Rolle übergeben</translation>
    </message>
    <message>
        <source>&amp;Incoming holder:</source>
        <translation>&amp;Neue Inhaberin/neuer Inhaber:</translation>
    </message>
    <message>
        <source>Who takes over; they accept the hand-off on the role board</source>
        <translation>Wer übernimmt; die Person nimmt die Übergabe in der Rollenübersicht an</translation>
    </message>
    <message>
        <source>Current &amp;objectives:</source>
        <translation>Aktuelle &amp;Ziele:</translation>
    </message>
    <message>
        <source>What we are trying to achieve right now, and what is decided</source>
        <translation>Was wir gerade erreichen wollen und was entschieden ist</translation>
    </message>
    <message>
        <source>Open &amp;action items:</source>
        <translation>Offene &amp;Maßnahmen:</translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation>Keine offenen Maßnahmen</translation>
    </message>
    <message>
        <source>Next stakeholder &amp;update:</source>
        <translation>Nächstes Stakeholder-&amp;Update:</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Fällig um</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Anything else the incoming holder should know: risks, contacts, pending decisions</source>
        <translation>Was die übernehmende Person sonst wissen sollte: Risiken, Kontakte, offene Entscheidungen</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Welcome to Warroom</source>
        <translation>Willkommen bei Warroom</translation>
    </message>
    <message>
        <source>Who are you? Everything you write in Warroom (declarations, status changes, timeline entries, stakeholder updates) is signed with your handle, and others assign you roles by it. You can change this later in Settings.</source>
        <translation>Wer sind Sie? Alles, was Sie in Warroom schreiben (Ausrufen, Statuswechsel, Einträge in der Zeitleiste, Stakeholder-Updates), wird mit Ihrem Kürzel gezeichnet, und andere weisen Ihnen darüber Rollen zu. Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>erika</translation>
    </message>
</context>
<context>
    <name>IncidentDetailsDialog</name>
    <message>
        <source>Edit Incident Details</source>
        <translation>Details des Incidents bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>What is happening, who is affected, what is known so far</source>
        <translation>Was passiert, wer ist betroffen, was ist bisher bekannt</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Select an incident to see its details and timeline.</source>
        <translation>Wählen Sie einen Incident, um Details und Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>First day of the window (UTC): incidents that started on or after it</source>
        <translation>Erster Tag des Zeitraums (UTC): Incidents, die an oder nach diesem Tag begannen</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Last day of the window (UTC), included; open incidents count until now</source>
        <translation>Letzter Tag des Zeitraums (UTC), einschließlich; offene Incidents zählen bis jetzt</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Only incidents of one severity</source>
        <translation>Nur Incidents eines Schweregrads</translation>
    </message>
    <message>
        <source>Only incidents affecting one service; type to search</source>
        <translation>Nur Incidents, die einen Service betreffen; tippen zum Suchen</translation>
    </message>
    <message>
        <source>Target &amp;availability</source>
        <translation>Ziel-&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <source>Availability objective drawn on the availability chart</source>
        <translation>Verfügbarkeitsziel, im Verfügbarkeitsdiagramm eingezeichnet</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Whole history, every severity, every service</source>
        <translation>Gesamter Verlauf, alle Schweregrade, alle Services</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <source>Save the whole report (overall, per service, per month) as CSV</source>
        <translation>Den ganzen Bericht (gesamt, je Service, je Monat) als CSV speichern</translation>
    </message>
    <message>
        <source>No incidents to measure yet</source>
        <translation>Noch keine Incidents zum Auswerten</translation>
    </message>
    <message>
        <source>Import a status history (File ▸ Import…) and the time to acknowledge, mitigate and resolve, incidents per month, availability and MTBF per service appear here.</source>
        <translation>Importieren Sie einen Statusverlauf (Datei ▸ Importieren …); dann erscheinen hier die Zeit bis zur Bestätigung, Entschärfung und Behebung, Incidents je Monat sowie Verfügbarkeit und MTBF je Service.</translation>
    </message>
</context>
<context>
    <name>MyActionsPanel</name>
    <message>
        <source>Show done and cancelled</source>
        <translation>Erledigte und abgebrochene anzeigen</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People Directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <source>Everyone who can hold a role. Edit names, teams and contacts in place; the handle is how the timeline names a person and cannot change.</source>
        <translation>Alle, die eine Rolle übernehmen können. Namen, Teams und Kontakte lassen sich direkt bearbeiten; das Kürzel nennt die Person in der Zeitleiste und kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>Filter by name, handle, team or contact…</source>
        <translation>Nach Name, Kürzel, Team oder Kontakt filtern …</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. alice</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, z. B. erika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phone, chat or e-mail</source>
        <translation>Telefon, Chat oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected person from the directory; their past role spans keep their handle</source>
        <translation>Die gewählte Person aus dem Verzeichnis entfernen; ihre früheren Rollenzeiträume behalten ihr Kürzel</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Add or update people from a CSV file whose first line names the columns handle,name,team,contact</source>
        <translation>Personen aus einer CSV-Datei hinzufügen oder aktualisieren, deren erste Zeile die Spalten handle,name,team,contact nennt</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Entry History</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
</context>
<context>
    <name>RoleBoardPanel</name>
    <message>
        <source>Select an incident to see and assign its roles.</source>
        <translation>Wählen Sie einen Incident, um seine Rollen zu sehen und zu besetzen.</translation>
    </message>
    <message>
        <source>Drag a person from the list onto a role to assign it</source>
        <translation>Ziehen Sie eine Person aus der Liste auf eine Rolle, um sie zuzuweisen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the hand-off: the current holder keeps the role</source>
        <translation>Übergabe zurückziehen: Die bisherige Person behält die Rolle</translation>
    </message>
    <message>
        <source>Type part of a name or handle, then Assign</source>
        <translation>Teil eines Namens oder Kürzels eingeben, dann Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Hand Off…</source>
        <translation>Ü&amp;bergeben …</translation>
    </message>
    <message>
        <source>Hand the selected role to someone else with a brief</source>
        <translation>Die gewählte Rolle mit einer Übergabenotiz an jemand anderen übergeben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation>Personen suchen …</translation>
    </message>
    <message>
        <source>Drag a person onto a role; double-click to assign the selected role</source>
        <translation>Person auf eine Rolle ziehen; Doppelklick weist die gewählte Rolle zu</translation>
    </message>
    <message>
        <source>Drag onto a role</source>
        <translation>Auf eine Rolle ziehen</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personen …</translation>
    </message>
    <message>
        <source>Edit the people directory or import it from CSV</source>
        <translation>Personenverzeichnis bearbeiten oder aus CSV importieren</translation>
    </message>
    <message>
        <source>Role history</source>
        <translation>Rollenverlauf</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>StakeholderUpdateDialog</name>
    <message>
        <source>Post Stakeholder Update</source>
        <translation>Stakeholder-Update veröffentlichen</translation>
    </message>
    <message>
        <source>Current &amp;status</source>
        <translation>Aktueller &amp;Stand</translation>
    </message>
    <message>
        <source>Where the response stands, in one line</source>
        <translation>Wo die Bearbeitung steht, in einer Zeile</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <source>Who is affected and how, in words customers understand</source>
        <translation>Wer betroffen ist und wie, in Worten, die Kunden verstehen</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
        <source>What the team is doing now and what happens next</source>
        <translation>Was das Team gerade tut und was als Nächstes passiert</translation>
    </message>
    <message>
        <source>Next &amp;update at</source>
        <translation>Nächstes &amp;Update um</translation>
    </message>
    <message>
        <source>When stakeholders will hear from you again, in local time; the update states it in UTC</source>
        <translation>Wann die Stakeholder wieder von Ihnen hören, in Ortszeit; das Update nennt die Zeit in UTC</translation>
    </message>
    <message>
        <source>Stakeholders will read</source>
        <translation>Stakeholder lesen</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Show only entries containing every word (text, author or kind)</source>
        <translation>Nur Einträge anzeigen, die jedes Wort enthalten (Text, Autor oder Art)</translation>
    </message>
    <message>
        <source>Show only entries of one kind</source>
        <translation>Nur Einträge einer Art anzeigen</translation>
    </message>
    <message>
        <source>Show only entries by one person</source>
        <translation>Nur Einträge einer Person anzeigen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Show only pinned entries</source>
        <translation>Nur angeheftete Einträge anzeigen</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Kind of the next entry: type /decision, /action, /update … or press Ctrl+1 … Ctrl+7</source>
        <translation>Art des nächsten Eintrags: /decision, /action, /update … tippen oder Strg+1 … Strg+7 drücken</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>When it happened (HH:MM); empty means now. @HH:MM in the entry does the same.</source>
        <translation>Wann es geschah (HH:MM); leer bedeutet jetzt. @HH:MM im Eintrag bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>Write what happened and press Enter</source>
        <translation>Schreiben Sie, was geschah, und drücken Sie Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>warroom::AccessRoles</name>
    <message>
        <source>Database roles need PostgreSQL; a SQLite file has no users.</source>
        <translation>Datenbankrollen erfordern PostgreSQL; eine SQLite-Datei hat keine Benutzer.</translation>
    </message>
    <message>
        <source>The connection has no current schema.</source>
        <translation>Die Verbindung hat kein aktuelles Schema.</translation>
    </message>
    <message>
        <source>Cannot set up the database roles: %1</source>
        <translation>Die Datenbankrollen lassen sich nicht einrichten: %1</translation>
    </message>
    <message>
        <source>Cannot read the privileges of this connection.</source>
        <translation>Die Rechte dieser Verbindung lassen sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>warroom::AckRoute</name>
    <message>
        <source>Acknowledge with a POST request.</source>
        <translation>Bestätigen Sie mit einer POST-Anfrage.</translation>
    </message>
    <message>
        <source>No token is configured for acknowledgements.</source>
        <translation>Für Bestätigungen ist kein Token konfiguriert.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>The body must be empty or a JSON object like {&quot;by&quot;: &quot;alice&quot;}.</source>
        <translation>Der Inhalt muss leer sein oder ein JSON-Objekt wie {&quot;by&quot;: &quot;alice&quot;}.</translation>
    </message>
    <message>
        <source>&quot;by&quot; must be a person&apos;s handle.</source>
        <translation>„by“ muss das Kürzel einer Person sein.</translation>
    </message>
</context>
<context>
    <name>warroom::ActionItem</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemCommands</name>
    <message>
        <source>The database this change was made in is no longer open.</source>
        <translation>Die Datenbank, in der diese Änderung gemacht wurde, ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Unassign “%1”</source>
        <translation>Zuweisung von „%1“ aufheben</translation>
    </message>
    <message>
        <source>Give “%1” to %2</source>
        <translation>„%1“ an %2 geben</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Maßnahme „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>That action item does not exist.</source>
        <translation>Diese Maßnahme gibt es nicht.</translation>
    </message>
    <message>
        <source>The action item “%1” was changed by someone else meanwhile; it was left as they set it.</source>
        <translation>Die Maßnahme „%1“ wurde inzwischen von jemand anderem geändert; sie bleibt so, wie diese Person sie gesetzt hat.</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue by %1 (due %2)</source>
        <translation>Seit %1 überfällig (fällig %2)</translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation>Fällig in %1 (%2)</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Angelegt von %1, %2</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>warroom::ActionItemsPanel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Cannot read the action items: %1</source>
        <translation>Die Maßnahmen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Describe the action item first.</source>
        <translation>Beschreiben Sie zuerst die Maßnahme.</translation>
    </message>
    <message>
        <source>No action items yet. Add one below, or write an /action entry in the timeline.</source>
        <translation>Noch keine Maßnahmen. Fügen Sie unten eine hinzu oder schreiben Sie einen /action-Eintrag in die Zeitleiste.</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all.</source>
        <translation>%1 offen, %2 überfällig, %3 insgesamt.</translation>
    </message>
    <message>
        <source>%1 open, %2 in all.</source>
        <translation>%1 offen, %2 insgesamt.</translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntake</name>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <source>the generic webhook</source>
        <translation>dem generischen Webhook</translation>
    </message>
    <message>
        <source>A delivery needs a source, a group key and alerts.</source>
        <translation>Eine Zustellung braucht eine Quelle, einen Gruppenschlüssel und Alerts.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Firing again</source>
        <translation>Erneut aktiv</translation>
    </message>
    <message>
        <source>Cannot count the alerts of a group.</source>
        <translation>Die Alerts einer Gruppe lassen sich nicht zählen.</translation>
    </message>
    <message>
        <source>Every alert of this group has resolved (%1 in all).</source>
        <translation>Alle Alerts dieser Gruppe sind behoben (%1 insgesamt).</translation>
    </message>
    <message>
        <source>Opened %1 at %2 from alerts received through %3; status Triggered.</source>
        <translation>%1 um %2 aus Alerts eröffnet, die über %3 eingingen; Status Ausgelöst.</translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeConfig</name>
    <message>
        <source>unknown source &quot;%1&quot; under [tokens].</source>
        <translation>unbekannte Quelle „%1“ unter [tokens].</translation>
    </message>
    <message>
        <source>severity/%1: &quot;%2&quot; is not a level such as SEV2.</source>
        <translation>severity/%1: „%2“ ist keine Stufe wie SEV2.</translation>
    </message>
    <message>
        <source>intake/body_limit must be bytes between 1024 and 67108864.</source>
        <translation>intake/body_limit muss eine Byte-Zahl zwischen 1024 und 67108864 sein.</translation>
    </message>
    <message>
        <source>intake/severity_label must not be empty.</source>
        <translation>intake/severity_label darf nicht leer sein.</translation>
    </message>
    <message>
        <source>intake/auto_resolve must be true or false.</source>
        <translation>intake/auto_resolve muss true oder false sein.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;.</source>
        <translation>unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>cannot read the file as INI.</source>
        <translation>die Datei lässt sich nicht als INI lesen.</translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeController</name>
    <message>
        <source>Alert intake is off: %1</source>
        <translation>Alert-Eingang ist aus: %1</translation>
    </message>
    <message>
        <source>Alert intake is off: cannot listen on %1.</source>
        <translation>Alert-Eingang ist aus: Kann nicht auf %1 lauschen.</translation>
    </message>
    <message>
        <source>Alert intake on %1:%2</source>
        <translation>Alert-Eingang auf %1:%2</translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeRoutes</name>
    <message>
        <source>Deliveries are POST requests.</source>
        <translation>Zustellungen sind POST-Anfragen.</translation>
    </message>
    <message>
        <source>No token is configured for %1 deliveries.</source>
        <translation>Für Zustellungen von %1 ist kein Token konfiguriert.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>The body must be application/json.</source>
        <translation>Der Inhalt muss application/json sein.</translation>
    </message>
    <message>
        <source>The body exceeds %1 bytes.</source>
        <translation>Der Inhalt überschreitet %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>warroom::AlertIntakeSettingsPage</name>
    <message>
        <source>The token needs at least %1 characters.</source>
        <translation>Das Token braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Take alerts while Warroom is open</source>
        <translation>Alerts &amp;annehmen, solange Warroom geöffnet ist</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Warroom can receive webhooks from Prometheus Alertmanager, Grafana and scripts itself and open incidents from them, for one person on a local database. A shared war room runs the warroomd service instead.</source>
        <translation>Warroom kann selbst Webhooks von Prometheus Alertmanager, Grafana und Skripten empfangen und daraus Incidents eröffnen – für eine Person mit einer lokalen Datenbank. Ein gemeinsames Lagezentrum nutzt stattdessen den Dienst warroomd.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Lauschen &amp;auf:</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>Alert Intake</source>
        <translation>Alert-Eingang</translation>
    </message>
    <message>
        <source>Webhook URLs: http://%1/api/v1/alerts/alertmanager, …/grafana and …/generic. Senders give this token as their bearer credentials.</source>
        <translation>Webhook-URLs: http://%1/api/v1/alerts/alertmanager, …/grafana und …/generic. Absender geben dieses Token als Bearer-Zugangsdaten an.</translation>
    </message>
</context>
<context>
    <name>warroom::AlertPayload</name>
    <message>
        <source>The body is empty; a JSON object is expected.</source>
        <translation>Der Inhalt ist leer; erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>Kein gültiges JSON an Position %1: %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>Zeichenkette erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>Objekt erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time.</source>
        <translation>„%1“ ist keine Zeitangabe nach RFC 3339.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;firing&quot; nor &quot;resolved&quot;.</source>
        <translation>„%1“ ist weder „firing“ noch „resolved“.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>Array erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>must hold at least one alert.</source>
        <translation>muss mindestens einen Alert enthalten.</translation>
    </message>
    <message>
        <source>holds %1 alerts; at most %2 are accepted.</source>
        <translation>enthält %1 Alerts; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>payload version &quot;%1&quot; is not supported (expected &quot;4&quot;).</source>
        <translation>Payload-Version „%1“ wird nicht unterstützt (erwartet „4“).</translation>
    </message>
    <message>
        <source>expected a non-empty string.</source>
        <translation>nicht leere Zeichenkette erwartet.</translation>
    </message>
    <message>
        <source>missing, and no receiver or groupLabels to stand in.</source>
        <translation>fehlt, und weder receiver noch groupLabels können einspringen.</translation>
    </message>
</context>
<context>
    <name>warroom::App</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Save Your Name</source>
        <translation>Ihr Name kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot Show Incidents</source>
        <translation>Incidents können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot Show Incident</source>
        <translation>Incident kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot Save Screenshot</source>
        <translation>Bildschirmfoto kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>warroom::AppOptions</name>
    <message>
        <source>Warroom: run incident war rooms, review incident history.</source>
        <translation>Warroom: Incident-Lagezentren führen, vergangene Incidents auswerten.</translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.db, postgresql://user@host/db, or a file path. Default: the database chosen in Settings, else the last one opened, else %1.</source>
        <translation>Zu öffnende Datenbank: sqlite:/pfad/datei.db, postgresql://benutzer@host/db oder ein Dateipfad. Standard: die in den Einstellungen gewählte Datenbank, sonst die zuletzt geöffnete, sonst %1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Load, show the window, save a picture of it as PNG to &lt;file&gt;, exit.</source>
        <translation>Laden, das Fenster zeigen, ein Bild davon als PNG in &lt;datei&gt; speichern, beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Show incident &lt;ref&gt; (e.g. INC-12).</source>
        <translation>Incident &lt;ref&gt; anzeigen (z. B. INC-12).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>Tab to show first: incidents or metrics.</source>
        <translation>Zuerst gezeigter Reiter: incidents oder metrics.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000 (the default for --screenshot).</source>
        <translation>Fenstergröße, z. B. 1600x1000 (Standard für --screenshot).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de or en (C for English). Default: the system&apos;s language.</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (C für Englisch). Standard: die Sprache des Systems.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--panel expects incidents or metrics, not &quot;%1&quot;.</source>
        <translation>--panel erwartet incidents oder metrics, nicht „%1“.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1600x1000, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>warroom::AppearanceSettingsPage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System follows the colours of your desktop. Light and Dark use Warroom&apos;s own colours whatever the desktop does.</source>
        <translation>System folgt den Farben Ihres Desktops. Hell und Dunkel verwenden die eigenen Farben von Warroom, unabhängig vom Desktop.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>warroom::AvailabilityChart</name>
    <message>
        <source>Availability per service</source>
        <translation>Verfügbarkeit je Service</translation>
    </message>
    <message>
        <source>Availability = 1 − SEV1/SEV2 impact time ÷ window length</source>
        <translation>Verfügbarkeit = 1 − SEV1/SEV2-Auswirkungszeit ÷ Länge des Zeitraums</translation>
    </message>
    <message>
        <source>No services in this selection.</source>
        <translation>Keine Services in dieser Auswahl.</translation>
    </message>
    <message>
        <source>the %1 least available of %2 services</source>
        <translation>die %1 am wenigsten verfügbaren von %2 Services</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>Availability = 1 − SEV1/SEV2 impact time ÷ window length (SEV3/SEV4 count as degraded) · showing %1</source>
        <translation>Verfügbarkeit = 1 − SEV1/SEV2-Auswirkungszeit ÷ Länge des Zeitraums (SEV3/SEV4 gelten als beeinträchtigt) · gezeigt: %1</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>%1  %2%</source>
        <translation>%1  %2 %</translation>
    </message>
    <message>
        <source>Availability over the window</source>
        <translation>Verfügbarkeit im Zeitraum</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>%1: availability %2% (target %3%: %4)</source>
        <translation>%1: Verfügbarkeit %2 % (Ziel %3 %: %4)</translation>
    </message>
    <message>
        <source>below</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>SEV1/SEV2 downtime %1 of a %2 window; %3</source>
        <translation>SEV1/SEV2-Ausfallzeit %1 in einem Zeitraum von %2; %3</translation>
    </message>
    <message>
        <source>availability = 1 − SEV1/SEV2 downtime ÷ window length</source>
        <translation>Verfügbarkeit = 1 − SEV1/SEV2-Ausfallzeit ÷ Länge des Zeitraums</translation>
    </message>
    <message>
        <source>downtime = union of the impact windows [started_at, resolved_at), clipped to the window</source>
        <translation>Ausfallzeit = Vereinigung der Auswirkungsfenster [started_at, resolved_at), auf den Zeitraum begrenzt</translation>
    </message>
</context>
<context>
    <name>warroom::Cadence</name>
    <message>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
</context>
<context>
    <name>warroom::CadenceNotifier</name>
    <message>
        <source>%1 %2: stakeholders expect an update every %3.</source>
        <translation>%1 %2: Die Stakeholder erwarten alle %3 ein Update.</translation>
    </message>
    <message>
        <source>Stakeholder update due</source>
        <translation>Stakeholder-Update fällig</translation>
    </message>
    <message>
        <source>%1 stakeholder updates due</source>
        <translation>%1 Stakeholder-Updates fällig</translation>
    </message>
    <message>
        <source>Due now: %1.</source>
        <translation>Jetzt fällig: %1.</translation>
    </message>
</context>
<context>
    <name>warroom::ChangeLog</name>
    <message>
        <source>SQLite has no notifications; read the change log periodically.</source>
        <translation>SQLite kennt keine Benachrichtigungen; lesen Sie das Änderungsprotokoll regelmäßig.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Auf Änderungen in %1 kann nicht gehört werden: %2</translation>
    </message>
    <message>
        <source>The change log has no change of that row.</source>
        <translation>Das Änderungsprotokoll enthält keine Änderung dieser Zeile.</translation>
    </message>
</context>
<context>
    <name>warroom::ConflictDialog</name>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>%1 saved %2 while you were editing it.</source>
        <translation>%1 hat %2 gespeichert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing it.</source>
        <translation>%1 hat %2 um %3 gespeichert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>Your change was not saved yet. Compare both versions and choose what to keep.</source>
        <translation>Ihre Änderung ist noch nicht gespeichert. Vergleichen Sie beide Fassungen und wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Keep Mine saves your changes over theirs; Take Theirs drops yours; Merge saves what the Merged column holds (edit it to combine both).</source>
        <translation>„Meine behalten“ speichert Ihre Änderungen über die andere Fassung; „Andere übernehmen“ verwirft Ihre; „Zusammenführen“ speichert, was in der Spalte „Zusammengeführt“ steht (bearbeiten Sie sie, um beides zu verbinden).</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Theirs (by %1)</source>
        <translation>Andere Fassung (von %1)</translation>
    </message>
    <message>
        <source>Theirs (by %1, at %2)</source>
        <translation>Andere Fassung (von %1, um %2)</translation>
    </message>
    <message>
        <source>Merged (editable)</source>
        <translation>Zusammengeführt (bearbeitbar)</translation>
    </message>
    <message>
        <source>The two versions differ</source>
        <translation>Die beiden Fassungen unterscheiden sich</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your version on top of theirs</source>
        <translation>Ihre Fassung über die andere speichern</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>Keep what is stored; drop your change</source>
        <translation>Gespeichertes behalten; Ihre Änderung verwerfen</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Save what the Merged column holds</source>
        <translation>Speichern, was in der Spalte „Zusammengeführt“ steht</translation>
    </message>
</context>
<context>
    <name>warroom::ConnectDialog</name>
    <message>
        <source>Embedded (SQLite file)</source>
        <translation>Eingebettet (SQLite-Datei)</translation>
    </message>
    <message>
        <source>Shared (PostgreSQL server)</source>
        <translation>Gemeinsam (PostgreSQL-Server)</translation>
    </message>
    <message>
        <source>A database file on this computer, for one person</source>
        <translation>Eine Datenbankdatei auf diesem Rechner, für eine Person</translation>
    </message>
    <message>
        <source>A PostgreSQL database the whole team works in</source>
        <translation>Eine PostgreSQL-Datenbank, in der das ganze Team arbeitet</translation>
    </message>
    <message>
        <source>Off: never encrypt</source>
        <translation>Aus: nie verschlüsseln</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation>Bevorzugt: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Require: encrypt, do not check the certificate</source>
        <translation>Erforderlich: verschlüsseln, Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check who signed the certificate</source>
        <translation>CA prüfen: verschlüsseln, Aussteller des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the signer and the host name</source>
        <translation>Vollständig prüfen: verschlüsseln, Aussteller und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>From the keyring, or asked when the server wants one</source>
        <translation>Aus dem Schlüsselbund, oder erfragt, wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>No keyring service is running: the password is asked each time it is needed.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Das Passwort wird jedes Mal erfragt, wenn es gebraucht wird.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1 (Datei)</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Warroom databases (*.db *.sqlite);;All files (*)</source>
        <translation>Warroom-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>The stored password was refused. Password of %1 on %2:</source>
        <translation>Das gespeicherte Passwort wurde abgelehnt. Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Not connected: no password given.</source>
        <translation>Nicht verbunden: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>empty database, Warroom sets it up on connect</source>
        <translation>leere Datenbank, Warroom richtet sie beim Verbinden ein</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, %2, %3.</source>
        <translation>Verbunden: PostgreSQL %1, %2, %3.</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>warroom::CorrectTimeDialog</name>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Correct a time of %1 that was recorded wrong, for example when impact really started before the incident was declared. The correction goes on the timeline with the old and the new value.</source>
        <translation>Einen falsch erfassten Zeitpunkt von %1 korrigieren, etwa wenn die Auswirkung tatsächlich vor dem Ausrufen des Incidents begann. Die Korrektur kommt mit altem und neuem Wert auf die Zeitleiste.</translation>
    </message>
    <message>
        <source>Not reached yet: set when the incident gets there</source>
        <translation>Noch nicht erreicht: wird gesetzt, wenn der Incident dort ankommt</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>Der Zeitpunkt darf nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>warroom::CredentialStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keyring cannot be used (%1).</source>
        <translation>Der Schlüsselbund ist nicht nutzbar (%1).</translation>
    </message>
    <message>
        <source>The keyring failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>warroom::Daemon</name>
    <message>
        <source>No intake token is configured: set WARROOM_INTAKE_TOKEN or give tokens in the [tokens] section of the --config file. warroomd does not accept unauthenticated alerts.</source>
        <translation>Kein Token für den Alert-Eingang konfiguriert: Setzen Sie WARROOM_INTAKE_TOKEN oder geben Sie Tokens im Abschnitt [tokens] der --config-Datei an. warroomd nimmt keine Alerts ohne Authentifizierung an.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Kann nicht auf %1:%2 lauschen.</translation>
    </message>
</context>
<context>
    <name>warroom::DashboardPanel</name>
    <message>
        <source>1 incident</source>
        <translation>1 Incident</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 Incidents</translation>
    </message>
    <message>
        <source>Import a Google Cloud or Statuspage incident history (%1)</source>
        <translation>Einen Incident-Verlauf von Google Cloud oder Statuspage importieren (%1)</translation>
    </message>
    <message>
        <source>Declare an incident when something breaks (%1).
Import a status history (File ▸ Import…) to review past incidents.</source>
        <translation>Rufen Sie einen Incident aus, wenn etwas kaputtgeht (%1).
Importieren Sie einen Statusverlauf (Datei ▸ Importieren …), um vergangene Incidents auszuwerten.</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 offen</translation>
    </message>
</context>
<context>
    <name>warroom::Database</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>The Qt Sql driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>A database connection named %1 is already open.</source>
        <translation>Eine Datenbankverbindung namens %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging for %1.</source>
        <translation>SQLite hat Write-Ahead-Logging für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Warroom supports (%3). Upgrade Warroom to open it; nothing was changed.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, neuer als diese Warroom-Version unterstützt (%3). Aktualisieren Sie Warroom, um sie zu öffnen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;</source>
        <translation>„%1“ kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed</source>
        <translation>„%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a different number of placeholders than the %2 values given.</source>
        <translation>„%1“ hat eine andere Anzahl Platzhalter als die %2 übergebenen Werte.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>Keine Transaktion aktiv.</translation>
    </message>
    <message>
        <source>A nested step failed; the whole transaction was rolled back.</source>
        <translation>Ein verschachtelter Schritt ist fehlgeschlagen; die gesamte Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a trusted CA: name the CA file with sslrootcert.</source>
        <translation>Das Zertifikat des Servers ist nicht von einer vertrauenswürdigen CA signiert: Geben Sie die CA-Datei mit sslrootcert an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert (%1).</source>
        <translation>Das Zertifikat des Servers ist nicht von der CA in sslrootcert (%1) signiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued for another name than %1: connect by the name in the certificate.</source>
        <translation>Das Zertifikat des Servers ist für einen anderen Namen als %1 ausgestellt: Verbinden Sie sich über den Namen im Zertifikat.</translation>
    </message>
    <message>
        <source>Offline: this change needs the database server, which cannot be reached now. Nothing was changed.</source>
        <translation>Offline: Diese Änderung braucht den Datenbankserver, der gerade nicht erreichbar ist. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseSettingsPage</name>
    <message>
        <source>&amp;Use on Next Start</source>
        <translation>Beim nächsten &amp;Start verwenden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The database Warroom opens when it starts. A shared PostgreSQL database lets a team work on the same incidents; a SQLite file is for one person. The --database option overrides this choice.</source>
        <translation>Die Datenbank, die Warroom beim Start öffnet. Mit einer gemeinsamen PostgreSQL-Datenbank arbeitet ein Team an denselben Incidents; eine SQLite-Datei ist für eine Person. Die Option --database hat Vorrang vor dieser Wahl.</translation>
    </message>
    <message>
        <source>The last database opened</source>
        <translation>Die zuletzt geöffnete Datenbank</translation>
    </message>
    <message>
        <source>&amp;Open on start:</source>
        <translation>Beim Start ö&amp;ffnen:</translation>
    </message>
    <message>
        <source>For example sqlite:/home/me/incidents.db or postgresql://me@db.example.com/warroom?sslmode=verify-full. Passwords are never stored here.</source>
        <translation>Zum Beispiel sqlite:/home/ich/incidents.db oder postgresql://ich@db.example.com/warroom?sslmode=verify-full. Passwörter werden hier nie gespeichert.</translation>
    </message>
    <message>
        <source>Recent &amp;connections:</source>
        <translation>Letzte &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>Open the selected database when Warroom starts next time</source>
        <translation>Die gewählte Datenbank beim nächsten Start von Warroom öffnen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file (use sqlite:/path/to/file.db).</source>
        <translation>Die SQLite-URL nennt keine Datei (verwenden Sie sqlite:/pfad/zur/datei.db).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (postgresql://user@host:port/database).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host/db.</source>
        <translation>Nicht unterstützte Datenbank-URL „%1“: Verwenden Sie sqlite:/pfad/datei.db oder postgresql://benutzer@host/db.</translation>
    </message>
</context>
<context>
    <name>warroom::DeclareDialog</name>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Ausrufen</translation>
    </message>
    <message>
        <source>Impact cannot start in the future.</source>
        <translation>Die Auswirkung kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>Stakeholder updates every %1</source>
        <translation>Stakeholder-Updates alle %1</translation>
    </message>
    <message>
        <source>No stakeholder-update cadence</source>
        <translation>Kein Takt für Stakeholder-Updates</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 before now</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>warroom::DurationTrendChart</name>
    <message>
        <source>MTTD</source>
        <translation>MTTD</translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <source>MTTM</source>
        <translation>MTTM</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Time to acknowledge, mitigate and resolve, by month</source>
        <translation>Zeit bis zur Bestätigung, Entschärfung und Behebung, je Monat</translation>
    </message>
    <message>
        <source>Monthly mean and p90 of TTA, TTM and TTR.</source>
        <translation>Monatlicher Mittelwert und p90 von TTA, TTM und TTR.</translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation>Keine Incidents in dieser Auswahl.</translation>
    </message>
    <message>
        <source>The incident in this selection lacks the times
needed for TTA, TTM and TTR.</source>
        <translation>Dem Incident in dieser Auswahl fehlen die Zeitpunkte,
die für TTA, TTM und TTR nötig sind.</translation>
    </message>
    <message>
        <source>None of the %1 incidents in this selection has the times
needed for TTA, TTM or TTR.</source>
        <translation>Keiner der %1 Incidents in dieser Auswahl hat die Zeitpunkte,
die für TTA, TTM oder TTR nötig sind.</translation>
    </message>
    <message>
        <source>Lines: monthly mean · shaded bands: median to p90 (half of the incidents took longer than the median, one in ten longer than the p90) · log scale · months in UTC</source>
        <translation>Linien: Monatsmittel · schattierte Bänder: Median bis p90 (die Hälfte der Incidents dauerte länger als der Median, jeder zehnte länger als p90) · logarithmische Skala · Monate in UTC</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1 (Mittelwert)</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 Median</translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation>%1 p90</translation>
    </message>
    <message>
        <source>Duration (log scale)</source>
        <translation>Dauer (logarithmisch)</translation>
    </message>
    <message>
        <source>%1 (UTC): %2 started</source>
        <translation>%1 (UTC): %2 begonnen</translation>
    </message>
    <message>
        <source>%1 %2: no data, n = 0, no data = %3</source>
        <translation>%1 %2: keine Daten, n = 0, ohne Daten = %3</translation>
    </message>
    <message>
        <source>%1 %2: mean %3, median %4, p90 %5, n = %6, no data = %7</source>
        <translation>%1 %2: Mittelwert %3, Median %4, p90 %5, n = %6, ohne Daten = %7</translation>
    </message>
    <message>
        <source>, negative = %1</source>
        <translation>, negativ = %1</translation>
    </message>
</context>
<context>
    <name>warroom::EditConflicts</name>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the entry “%1”</source>
        <translation>den Eintrag „%1“</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the action item “%1”</source>
        <translation>die Maßnahme „%1“</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation>die Details von %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>warroom::EntryEditDialog</name>
    <message>
        <source>%1 by %2, written %3</source>
        <translation>%1 von %2, geschrieben %3</translation>
    </message>
</context>
<context>
    <name>warroom::EntryKind</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>Stakeholder update</source>
        <translation>Stakeholder-Update</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
</context>
<context>
    <name>warroom::EscalationEngine</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Escalation &quot;%1&quot; step %2</source>
        <translation>Eskalation „%1“ Stufe %2</translation>
    </message>
    <message>
        <source>Escalation &quot;%1&quot; step %2 (repeat %3)</source>
        <translation>Eskalation „%1“ Stufe %2 (Wiederholung %3)</translation>
    </message>
    <message>
        <source>%1 was acknowledged at %2</source>
        <translation>%1 wurde um %2 bestätigt</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Escalation stopped: %1; no notification was still pending.</source>
        <translation>Eskalation gestoppt: %1; keine Benachrichtigung stand mehr aus.</translation>
    </message>
    <message numerus="yes">
        <source>Escalation stopped: %1; %n pending notification(s) cancelled.</source>
        <translation>
            <numerusform>Eskalation gestoppt: %1; %n ausstehende Benachrichtigung abgebrochen.</numerusform>
            <numerusform>Eskalation gestoppt: %1; %n ausstehende Benachrichtigungen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: paged @%2 (%3 not acknowledged after %4).</source>
        <translation>%1: @%2 alarmiert (%3 nach %4 nicht bestätigt).</translation>
    </message>
    <message>
        <source>%1: nobody holds %2, so nobody was paged (%3 not acknowledged after %4).</source>
        <translation>%1: Niemand hat die Rolle %2, daher wurde niemand alarmiert (%3 nach %4 nicht bestätigt).</translation>
    </message>
    <message>
        <source>%1: paged @%2 as %3 (%4 not acknowledged after %5).</source>
        <translation>%1: @%2 als %3 alarmiert (%4 nach %5 nicht bestätigt).</translation>
    </message>
    <message>
        <source>%1: notified webhook %2 (%3 not acknowledged after %4).</source>
        <translation>%1: Webhook %2 benachrichtigt (%3 nach %4 nicht bestätigt).</translation>
    </message>
    <message>
        <source>%1 %2 — %3, not acknowledged after %4.</source>
        <translation>%1 %2 – %3, nach %4 nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Webhook delivery to %1 for escalation step %2 failed after %n attempt(s): %3.</source>
        <translation>
            <numerusform>Zustellung an den Webhook %1 für Eskalationsstufe %2 nach %n Versuch fehlgeschlagen: %3.</numerusform>
            <numerusform>Zustellung an den Webhook %1 für Eskalationsstufe %2 nach %n Versuchen fehlgeschlagen: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::EscalationPoliciesDialog</name>
    <message>
        <source>Escalation Policies</source>
        <translation>Eskalationsrichtlinien</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Service</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Use when no other policy applies</source>
        <translation>Verwenden, wenn keine andere Richtlinie greift</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>After (min)</source>
        <translation>Nach (Min.)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>If nobody has acknowledged the incident this many minutes after it was triggered, notify the target: a person&apos;s handle, a role (commander, scribe, …) or a webhook URL (prefix slack+ for a Slack-compatible message).</source>
        <translation>Hat niemand den Incident so viele Minuten nach dem Auslösen bestätigt, wird das Ziel benachrichtigt: das Kürzel einer Person, eine Rolle (commander, scribe, …) oder eine Webhook-URL (Präfix slack+ für eine Slack-kompatible Nachricht).</translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove S&amp;tep</source>
        <translation>Stufe en&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Repeat all steps</source>
        <translation>Alle Stufen wiederholen</translation>
    </message>
    <message>
        <source>more times, waiting</source>
        <translation>weitere Male, mit einer Wartezeit von</translation>
    </message>
    <message>
        <source>after the last step</source>
        <translation>nach der letzten Stufe</translation>
    </message>
    <message>
        <source>Steps, while nobody acknowledges:</source>
        <translation>Stufen, solange niemand bestätigt:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>warroom::EscalationRepository</name>
    <message>
        <source>There is no escalation policy &quot;%1&quot;.</source>
        <translation>Es gibt keine Eskalationsrichtlinie „%1“.</translation>
    </message>
    <message>
        <source>An escalation policy named &quot;%1&quot; exists already.</source>
        <translation>Eine Eskalationsrichtlinie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; was changed by someone else (version %2, you edited version %3).</source>
        <translation>Die Eskalationsrichtlinie „%1“ wurde von jemand anderem geändert (Version %2, Sie haben Version %3 bearbeitet).</translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; was changed by someone else.</source>
        <translation>Die Eskalationsrichtlinie „%1“ wurde von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>The page no longer exists.</source>
        <translation>Diese Alarmierung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>warroom::HandOffBrief</name>
    <message>
        <source>Objectives: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation>Offene Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Next stakeholder update due: %1</source>
        <translation>Nächstes Stakeholder-Update fällig: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
</context>
<context>
    <name>warroom::HandOffDialog</name>
    <message>
        <source>Request Hand-Off</source>
        <translation>Übergabe anfragen</translation>
    </message>
    <message>
        <source>Hand Off %1</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <source>Hand off %1</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <source>%1 — held by %2. They keep the role until the incoming holder accepts; the request, this brief and the acceptance go on the timeline.</source>
        <translation>%1 – besetzt von %2. Die Person behält die Rolle, bis die Übernahme angenommen ist; Anfrage, diese Übergabenotiz und die Annahme kommen auf die Zeitleiste.</translation>
    </message>
    <message>
        <source>no update due</source>
        <translation>kein Update fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Choose who takes over.</source>
        <translation>Wählen Sie, wer übernimmt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one person in the directory.</source>
        <translation>„%1“ bezeichnet nicht genau eine Person im Verzeichnis.</translation>
    </message>
    <message>
        <source>@%1 already holds %2.</source>
        <translation>@%1 hat bereits die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>warroom::Http</name>
    <message>
        <source>&quot;%1&quot; is not an address and port such as 127.0.0.1:8750.</source>
        <translation>„%1“ ist keine Adresse mit Port wie 127.0.0.1:8750.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>warroom::IdentityDialog</name>
    <message>
        <source>You will appear as @%1 on timelines and role boards.</source>
        <translation>Sie erscheinen als @%1 in Zeitleisten und Rollenübersichten.</translation>
    </message>
    <message>
        <source>A handle is required.</source>
        <translation>Ein Kürzel ist erforderlich.</translation>
    </message>
    <message>
        <source>A handle is 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ein Kürzel besteht aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>warroom::IdentitySettingsPage</name>
    <message>
        <source>Everything you write in an incident carries your handle. Your name is shown next to it in the people directory.</source>
        <translation>Alles, was Sie in einem Incident schreiben, trägt Ihr Kürzel. Ihr Name steht daneben im Personenverzeichnis.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>warroom::ImportFlow</name>
    <message>
        <source>Imported %1 with %2 from %3.</source>
        <translation>%1 mit %2 aus %3 importiert.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Storing incidents from %1…</source>
        <translation>Incidents aus %1 werden gespeichert …</translation>
    </message>
    <message>
        <source>Import Incident History</source>
        <translation>Incident-Verlauf importieren</translation>
    </message>
    <message>
        <source>Incident histories (*.json);;All files (*)</source>
        <translation>Incident-Verläufe (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Aus %1 wurde nichts importiert.

%2</translation>
    </message>
</context>
<context>
    <name>warroom::ImportJob</name>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Ein Import läuft bereits; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Cannot import into an in-memory database: the import runs on its own connection, which would see a different, empty database. Open or create a database file and import again.</source>
        <translation>In eine Datenbank im Arbeitsspeicher kann nicht importiert werden: Der Import läuft über eine eigene Verbindung, die eine andere, leere Datenbank sähe. Öffnen oder erstellen Sie eine Datenbankdatei und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentActions</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the incident: someone is on it</source>
        <translation>Incident bestätigen: Jemand kümmert sich darum</translation>
    </message>
    <message>
        <source>In&amp;vestigating</source>
        <translation>&amp;In Untersuchung</translation>
    </message>
    <message>
        <source>Back to investigating: the cause is not known after all, or mitigation failed</source>
        <translation>Zurück zur Untersuchung: Die Ursache ist doch nicht bekannt, oder die Entschärfung ist gescheitert</translation>
    </message>
    <message>
        <source>&amp;Identified</source>
        <translation>Ursache identifi&amp;ziert</translation>
    </message>
    <message>
        <source>The cause is identified</source>
        <translation>Die Ursache ist identifiziert</translation>
    </message>
    <message>
        <source>&amp;Mitigated</source>
        <translation>&amp;Entschärft</translation>
    </message>
    <message>
        <source>Impact is mitigated; the team is monitoring</source>
        <translation>Die Auswirkung ist entschärft; das Team beobachtet</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>Be&amp;hoben</translation>
    </message>
    <message>
        <source>The incident is over: impact has ended</source>
        <translation>Der Incident ist vorbei: Die Auswirkung ist beendet</translation>
    </message>
    <message>
        <source>&amp;Postmortem</source>
        <translation>&amp;Postmortem</translation>
    </message>
    <message>
        <source>The postmortem is being written</source>
        <translation>Das Postmortem wird geschrieben</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Geschlossen</translation>
    </message>
    <message>
        <source>Close the incident: nothing is left to do</source>
        <translation>Incident schließen: Es ist nichts mehr zu tun</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation>Incident &amp;ausrufen …</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Ausrufen</translation>
    </message>
    <message>
        <source>Declare a new incident and become its commander</source>
        <translation>Einen neuen Incident ausrufen und selbst Commander werden</translation>
    </message>
    <message>
        <source>Declare a new incident</source>
        <translation>Einen neuen Incident ausrufen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen a resolved or closed incident: back to Investigating</source>
        <translation>Einen behobenen oder geschlossenen Incident wieder öffnen: zurück in Untersuchung</translation>
    </message>
    <message>
        <source>Re&amp;classify</source>
        <translation>Um&amp;stufen</translation>
    </message>
    <message>
        <source>Change the severity of the incident</source>
        <translation>Den Schweregrad des Incidents ändern</translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation>Umstufen</translation>
    </message>
    <message>
        <source>Reclassify the incident as %1</source>
        <translation>Den Incident als %1 einstufen</translation>
    </message>
    <message>
        <source>Correct &amp;Times…</source>
        <translation>Zeitpunkte &amp;korrigieren …</translation>
    </message>
    <message>
        <source>Correct a lifecycle time that was recorded wrong, e.g. when impact really began</source>
        <translation>Einen falsch erfassten Zeitpunkt im Lebenszyklus korrigieren, z. B. wann die Auswirkung wirklich begann</translation>
    </message>
    <message>
        <source>Post Stakeholder &amp;Update…</source>
        <translation>Stakeholder-&amp;Update veröffentlichen …</translation>
    </message>
    <message>
        <source>Post Update</source>
        <translation>Update veröffentlichen</translation>
    </message>
    <message>
        <source>Write the public stakeholder update; resets the update countdown</source>
        <translation>Das öffentliche Stakeholder-Update schreiben; setzt den Countdown zurück</translation>
    </message>
    <message>
        <source>Post a stakeholder update</source>
        <translation>Ein Stakeholder-Update veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else changed this incident while you were looking at it, so your change was not saved. The incident has been reloaded: check its current state and try again if your change still applies.

%1</source>
        <translation>Jemand anderes hat diesen Incident geändert, während Sie ihn angesehen haben; Ihre Änderung wurde daher nicht gespeichert. Der Incident wurde neu geladen: Prüfen Sie seinen aktuellen Stand und versuchen Sie es erneut, falls Ihre Änderung noch passt.

%1</translation>
    </message>
    <message>
        <source>Cannot Declare Incident</source>
        <translation>Incident kann nicht ausgerufen werden</translation>
    </message>
    <message>
        <source>Cannot Change Status</source>
        <translation>Status kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot Reopen Incident</source>
        <translation>Incident kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Reclassify Incident</source>
        <translation>Incident kann nicht umgestuft werden</translation>
    </message>
    <message>
        <source>Cannot Correct Time</source>
        <translation>Zeitpunkt kann nicht korrigiert werden</translation>
    </message>
    <message>
        <source>Cannot Post Stakeholder Update</source>
        <translation>Stakeholder-Update kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Cannot Save Your Name</source>
        <translation>Ihr Name kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your identity, severity names and update cadences, the database, theme, notifications and alert intake</source>
        <translation>Ihre Identität, Namen und Update-Takt der Schweregrade, die Datenbank, das Farbschema, Benachrichtigungen und der Alert-Eingang</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Details bearbeiten …</translation>
    </message>
    <message>
        <source>Change the title and summary of the incident</source>
        <translation>Titel und Zusammenfassung des Incidents ändern</translation>
    </message>
    <message>
        <source>Cannot Save Details</source>
        <translation>Details können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentDetailsDialog</name>
    <message>
        <source>Edit Details of %1</source>
        <translation>Details von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentRepository</name>
    <message>
        <source>&quot;%1&quot; is not an incident reference (expected INC-123).</source>
        <translation>„%1“ ist keine Incident-Referenz (erwartet: INC-123).</translation>
    </message>
    <message>
        <source>There is no incident INC-%1.</source>
        <translation>Es gibt keinen Incident INC-%1.</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Es gibt keinen Incident mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no timeline entry %1.</source>
        <translation>Es gibt keinen Zeitleisteneintrag %1.</translation>
    </message>
    <message>
        <source>The entry was changed by someone else (version %1, you edited version %2).</source>
        <translation>Der Eintrag wurde von jemand anderem geändert (Version %1, Sie haben Version %2 bearbeitet).</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you edited version %3).</source>
        <translation>%1 wurde von jemand anderem geändert (Version %2, Sie haben Version %3 bearbeitet).</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentService</name>
    <message>
        <source>An incident needs a title.</source>
        <translation>Ein Incident braucht einen Titel.</translation>
    </message>
    <message>
        <source>Severity must be SEV1 or lower.</source>
        <translation>Der Schweregrad muss SEV1 oder niedriger sein.</translation>
    </message>
    <message>
        <source>The impact start cannot be in the future.</source>
        <translation>Der Beginn der Auswirkung darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Declared %1 at %2; status Investigating.</source>
        <translation>%1 um %2 ausgerufen; Status In Untersuchung.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you saw version %3). Look at it again and retry.</source>
        <translation>%1 wurde von jemand anderem geändert (Version %2, Sie sahen Version %3). Sehen Sie es sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Status %1 → %2.</source>
        <translation>Status %1 → %2.</translation>
    </message>
    <message>
        <source>Reopened: status %1 → %2.</source>
        <translation>Wieder geöffnet: Status %1 → %2.</translation>
    </message>
    <message>
        <source>%1 already is %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Severity %1 → %2.</source>
        <translation>Schweregrad %1 → %2.</translation>
    </message>
    <message>
        <source>Corrected %1: %2 → %3.</source>
        <translation>%1 korrigiert: %2 → %3.</translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation>Der Eintrag hat keinen Text.</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>Ein Eintrag kann nicht in die Zukunft datiert werden.</translation>
    </message>
    <message>
        <source>The entry has no text; delete it instead.</source>
        <translation>Der Eintrag hat keinen Text; löschen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Nobody with the handle @%1 is in the people directory.</source>
        <translation>Niemand mit dem Kürzel @%1 steht im Personenverzeichnis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handle: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Kürzel: Verwenden Sie 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns (handle,name,team,contact).</source>
        <translation>Die Datei ist leer; die erste Zeile muss die Spalten nennen (handle,name,team,contact).</translation>
    </message>
    <message>
        <source>Line 1: no &quot;handle&quot; column (the first line must name the columns).</source>
        <translation>Zeile 1: keine Spalte „handle“ (die erste Zeile muss die Spalten nennen).</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header names %3.</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile nennt %3.</translation>
    </message>
    <message>
        <source>Line %1: @%2 appears twice.</source>
        <translation>Zeile %1: @%2 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>@%1 already is %2 of %3.</source>
        <translation>@%1 ist bereits %2 von %3.</translation>
    </message>
    <message>
        <source>@%1 is %2 (assigned by @%3).</source>
        <translation>@%1 ist %2 (zugewiesen von @%3).</translation>
    </message>
    <message>
        <source>Hand-off: %1 passes from @%2 to @%3.</source>
        <translation>Übergabe: %1 geht von @%2 an @%3.</translation>
    </message>
    <message>
        <source>That role assignment does not exist.</source>
        <translation>Diese Rollenzuweisung gibt es nicht.</translation>
    </message>
    <message>
        <source>@%1 no longer holds %2.</source>
        <translation>@%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
    <message>
        <source>@%1 is no longer %2.</source>
        <translation>@%1 ist nicht mehr %2.</translation>
    </message>
    <message>
        <source>Subject-matter experts are added, not handed off.</source>
        <translation>Fachexperten werden hinzugefügt, nicht übergeben.</translation>
    </message>
    <message>
        <source>Nobody holds %1; assign it instead.</source>
        <translation>Niemand hat die Rolle %1; weisen Sie sie stattdessen zu.</translation>
    </message>
    <message>
        <source>@%1 already holds %2.</source>
        <translation>@%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>A hand-off of %1 to @%2 is already waiting for acceptance.</source>
        <translation>Eine Übergabe von %1 an @%2 wartet bereits auf Annahme.</translation>
    </message>
    <message>
        <source>Hand-off requested: %1 from @%2 to @%3.</source>
        <translation>Übergabe angefragt: %1 von @%2 an @%3.</translation>
    </message>
    <message>
        <source>That hand-off does not exist.</source>
        <translation>Diese Übergabe gibt es nicht.</translation>
    </message>
    <message>
        <source>That hand-off is no longer waiting for acceptance.</source>
        <translation>Diese Übergabe wartet nicht mehr auf Annahme.</translation>
    </message>
    <message>
        <source>Someone else answered that hand-off first.</source>
        <translation>Jemand anderes hat auf diese Übergabe zuerst reagiert.</translation>
    </message>
    <message>
        <source>Hand-off accepted: @%1 is now %2 (was @%3).</source>
        <translation>Übergabe angenommen: @%1 ist jetzt %2 (vorher @%3).</translation>
    </message>
    <message>
        <source>Hand-off of %1 to @%2 withdrawn.</source>
        <translation>Übergabe von %1 an @%2 zurückgezogen.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Eine Maßnahme braucht einen Text.</translation>
    </message>
    <message>
        <source>That action item does not exist.</source>
        <translation>Diese Maßnahme gibt es nicht.</translation>
    </message>
    <message>
        <source>The action item was changed by someone else (version %1, you edited version %2).</source>
        <translation>Die Maßnahme wurde von jemand anderem geändert (Version %1, Sie haben Version %2 bearbeitet).</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot;: %2 → %3.</source>
        <translation>Maßnahme „%1“: %2 → %3.</translation>
    </message>
    <message>
        <source>Title “%1” → “%2”.</source>
        <translation>Titel „%1“ → „%2“.</translation>
    </message>
    <message>
        <source>Summary removed.</source>
        <translation>Zusammenfassung entfernt.</translation>
    </message>
    <message>
        <source>Summary changed to: %1</source>
        <translation>Zusammenfassung geändert: %1</translation>
    </message>
    <message>
        <source>The entry id %1 belongs to another incident.</source>
        <translation>Die Eintrags-ID %1 gehört zu einem anderen Vorfall.</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentStatus</name>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentTableModel</name>
    <message>
        <source>Start of impact unknown</source>
        <translation>Beginn der Auswirkung unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Duration unknown</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation>Seit %1 offen</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>No stakeholder updates are due once an incident is resolved</source>
        <translation>Nach der Behebung eines Incidents sind keine Stakeholder-Updates mehr fällig</translation>
    </message>
    <message>
        <source>%1 has no stakeholder-update cadence</source>
        <translation>%1 hat keinen Takt für Stakeholder-Updates</translation>
    </message>
    <message>
        <source>Next stakeholder update unknown: the incident has no start time</source>
        <translation>Nächstes Stakeholder-Update unbekannt: Der Incident hat keine Startzeit</translation>
    </message>
    <message>
        <source>every %1 for %2</source>
        <translation>alle %1 für %2</translation>
    </message>
    <message>
        <source>Stakeholder update overdue since %1 (%2)</source>
        <translation>Stakeholder-Update überfällig seit %1 (%2)</translation>
    </message>
    <message>
        <source>Next stakeholder update due at %1 (%2)</source>
        <translation>Nächstes Stakeholder-Update fällig um %1 (%2)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>When impact began, in local time</source>
        <translation>Wann die Auswirkung begann, in Ortszeit</translation>
    </message>
    <message>
        <source>From start of impact to resolution, or until now while open</source>
        <translation>Vom Beginn der Auswirkung bis zur Behebung, oder bis jetzt, solange offen</translation>
    </message>
    <message>
        <source>Time left until the next stakeholder update is due</source>
        <translation>Verbleibende Zeit bis zum nächsten fälligen Stakeholder-Update</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentView</name>
    <message>
        <source>Declared here</source>
        <translation>Hier ausgerufen</translation>
    </message>
    <message>
        <source>Google Cloud status history (%1)</source>
        <translation>Statusverlauf von Google Cloud (%1)</translation>
    </message>
    <message>
        <source>Statuspage %1 (%2)</source>
        <translation>Statuspage %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Action items (%1 open, %2 overdue)</source>
        <translation>Maßnahmen (%1 offen, %2 überfällig)</translation>
    </message>
    <message>
        <source>Action items (%1 open)</source>
        <translation>Maßnahmen (%1 offen)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Entschärfung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>TTD: detected − started</source>
        <translation>TTD: erkannt − begonnen</translation>
    </message>
    <message>
        <source>TTM: mitigated − started</source>
        <translation>TTM: entschärft − begonnen</translation>
    </message>
    <message>
        <source>TTR: resolved − started</source>
        <translation>TTR: behoben − begonnen</translation>
    </message>
    <message>
        <source>Timeline (cannot load)</source>
        <translation>Zeitleiste (kann nicht geladen werden)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No longer needs people</source>
        <translation>Braucht niemanden mehr</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Niemand zugewiesen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>seit %1 offen</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Update %1</translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation>Nächstes Update in %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Auch hier: %1</translation>
    </message>
    <message>
        <source>%1 — %2 is typing…</source>
        <comment>also here, who types</comment>
        <translation>%1 — %2 schreibt gerade…</translation>
    </message>
    <message>
        <source>%1 — %2 are typing…</source>
        <comment>also here, who type</comment>
        <translation>%1 — %2 schreiben gerade…</translation>
    </message>
    <message>
        <source>People with this incident open in their Warroom right now</source>
        <translation>Wer diesen Vorfall gerade in Warroom geöffnet hat</translation>
    </message>
</context>
<context>
    <name>warroom::Lifecycle</name>
    <message>
        <source>%1 cannot move from %2 to %3.</source>
        <translation>%1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
    <message>
        <source>%1 is still open; only a resolved or closed incident can be reopened.</source>
        <translation>%1 ist noch offen; nur ein behobener oder geschlossener Incident kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 must be a valid time that is not in the future.</source>
        <translation>%1 muss ein gültiger Zeitpunkt sein, der nicht in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>%1 has no %2 time yet; it is set when the incident gets there.</source>
        <translation>%1 hat noch keinen Zeitpunkt „%2“; er wird gesetzt, wenn der Incident dort ankommt.</translation>
    </message>
</context>
<context>
    <name>warroom::MainWindow</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>My Action Items</source>
        <translation>Meine Maßnahmen</translation>
    </message>
    <message>
        <source>You: the author of everything you write (Edit ▸ Settings)</source>
        <translation>Sie: Autor von allem, was Sie schreiben (Bearbeiten ▸ Einstellungen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cannot Show Incidents</source>
        <translation>Incidents können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import a Google Cloud or Statuspage incident history (JSON)</source>
        <translation>Einen Incident-Verlauf von Google Cloud oder Statuspage importieren (JSON)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open or create a SQLite database file</source>
        <translation>Eine SQLite-Datenbankdatei öffnen oder anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the incidents from the database again</source>
        <translation>Die Incidents erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Filter Incidents</source>
        <translation>Incidents &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>Show the metric charts (MTTA, MTTM, MTTR, MTBF, availability)</source>
        <translation>Die Kennzahlendiagramme zeigen (MTTA, MTTM, MTTR, MTBF, Verfügbarkeit)</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;ollen</translation>
    </message>
    <message>
        <source>Show or hide the role board of the selected incident</source>
        <translation>Die Rollenübersicht des gewählten Incidents ein- oder ausblenden</translation>
    </message>
    <message>
        <source>My &amp;Action Items</source>
        <translation>&amp;Meine Maßnahmen</translation>
    </message>
    <message>
        <source>Show or hide your action items across every incident</source>
        <translation>Ihre Maßnahmen über alle Incidents ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen …</translation>
    </message>
    <message>
        <source>Edit the people directory or import it from CSV</source>
        <translation>Personenverzeichnis bearbeiten oder aus CSV importieren</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Warroom</source>
        <translation>Ü&amp;ber Warroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Warroom</source>
        <translation>Warroom</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Warroom — %1</source>
        <translation>Warroom – %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Incident %1.</translation>
    </message>
    <message>
        <source>%1 is hidden by the dashboard&apos;s filters.</source>
        <translation>%1 wird durch die Filter des Dashboards ausgeblendet.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Warroom databases (*.db *.sqlite);;All files (*)</source>
        <translation>Warroom-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Warroom</source>
        <translation>Über Warroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;A war room for incidents: every open incident at a glance, the live timeline, and the history to learn from.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;Ein Lagezentrum für Incidents: alle offenen Incidents auf einen Blick, die Live-Zeitleiste und der Verlauf, aus dem man lernt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Postmortem…</source>
        <translation>Postmortem &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the postmortem of the incident shown as PDF (A4 or Letter), Markdown or HTML</source>
        <translation>Das Postmortem des gezeigten Incidents als PDF (A4 oder Letter), Markdown oder HTML schreiben</translation>
    </message>
    <message>
        <source>&amp;Escalation Policies…</source>
        <translation>E&amp;skalationsrichtlinien …</translation>
    </message>
    <message>
        <source>Who is paged, and when, while nobody acknowledges an incident</source>
        <translation>Wer wann alarmiert wird, solange niemand einen Incident bestätigt</translation>
    </message>
    <message>
        <source>Connected again; caught up with the changes made meanwhile.</source>
        <translation>Wieder verbunden; die inzwischen gemachten Änderungen sind nachgeholt.</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>Live-Aktualisierung ist aus: %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Mit gemeinsamer &amp;Datenbank verbinden …</translation>
    </message>
    <message>
        <source>Connect to a shared PostgreSQL database, or open a SQLite file</source>
        <translation>Mit einer gemeinsamen PostgreSQL-Datenbank verbinden oder eine SQLite-Datei öffnen</translation>
    </message>
    <message>
        <source>Offline Change Not Applied</source>
        <translation>Offline-Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>Viewer: read-only</source>
        <translation>Betrachter: nur lesen</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Read-only: you are connected as a viewer.</source>
        <translation>Nur lesen: Sie sind als Betrachter verbunden.</translation>
    </message>
    <message>
        <source>You are connected as a scribe: timeline, action items, roles and postmortems, but no incident changes.</source>
        <translation>Sie sind als Protokollführung verbunden: Zeitleiste, Maßnahmen, Rollen und Postmortems, aber keine Änderungen am Vorfall.</translation>
    </message>
</context>
<context>
    <name>warroom::Metrics</name>
    <message>
        <source>TTD = detected_at − started_at</source>
        <translation>TTD = detected_at − started_at</translation>
    </message>
    <message>
        <source>TTA = acknowledged_at − detected_at</source>
        <translation>TTA = acknowledged_at − detected_at</translation>
    </message>
    <message>
        <source>TTM = mitigated_at − started_at</source>
        <translation>TTM = mitigated_at − started_at</translation>
    </message>
    <message>
        <source>TTR = resolved_at − started_at</source>
        <translation>TTR = resolved_at − started_at</translation>
    </message>
</context>
<context>
    <name>warroom::MetricsChart</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 Incident</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 Incidents</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 Service</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 Services</translation>
    </message>
</context>
<context>
    <name>warroom::MetricsPanel</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>mean %1, p90 %2</source>
        <translation>Mittelwert %1, p90 %2</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>Cannot Show Metrics</source>
        <translation>Kennzahlen können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 Incident</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 Incidents</translation>
    </message>
    <message>
        <source>%1, %2 · MTTA %3 · MTTM %4 · MTTR %5</source>
        <translation>%1, %2 · MTTA %3 · MTTM %4 · MTTR %5</translation>
    </message>
    <message>
        <source>Export Metrics Report as CSV</source>
        <translation>Kennzahlenbericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>warroom::MtbfChart</name>
    <message>
        <source>Mean time between failures per service</source>
        <translation>Mittlere Zeit zwischen Ausfällen je Service</translation>
    </message>
    <message>
        <source>MTBF = mean gap between one impact window&apos;s end and the next one&apos;s start</source>
        <translation>MTBF = mittlerer Abstand zwischen dem Ende eines Auswirkungsfensters und dem Beginn des nächsten</translation>
    </message>
    <message>
        <source>No services in this selection.</source>
        <translation>Keine Services in dieser Auswahl.</translation>
    </message>
    <message>
        <source>No service has two separate incidents in this selection.</source>
        <translation>Kein Service hat in dieser Auswahl zwei getrennte Incidents.</translation>
    </message>
    <message>
        <source>MTBF = mean gap between one impact window&apos;s end and the next one&apos;s start · shortest first</source>
        <translation>MTBF = mittlerer Abstand zwischen dem Ende eines Auswirkungsfensters und dem Beginn des nächsten · kürzeste zuerst</translation>
    </message>
    <message>
        <source> · %1 of %2 services</source>
        <translation> · %1 von %2 Services</translation>
    </message>
    <message>
        <source> · 1 service with fewer than two separate incidents has no MTBF</source>
        <translation> · 1 Service mit weniger als zwei getrennten Incidents hat keine MTBF</translation>
    </message>
    <message>
        <source> · %1 services with fewer than two separate incidents have no MTBF</source>
        <translation> · %1 Services mit weniger als zwei getrennten Incidents haben keine MTBF</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Mean time between failures</source>
        <translation>Mittlere Zeit zwischen Ausfällen</translation>
    </message>
    <message>
        <source>%1: MTBF %2, %3</source>
        <translation>%1: MTBF %2, %3</translation>
    </message>
    <message>
        <source>MTBF = mean gap between the end of one impact window and the start of the next</source>
        <translation>MTBF = mittlerer Abstand zwischen dem Ende eines Auswirkungsfensters und dem Beginn des nächsten</translation>
    </message>
    <message>
        <source>impact windows [started_at, resolved_at), overlapping ones merged</source>
        <translation>Auswirkungsfenster [started_at, resolved_at), überlappende zusammengefasst</translation>
    </message>
</context>
<context>
    <name>warroom::MyActionsPanel</name>
    <message>
        <source>Cannot read your action items: %1</source>
        <translation>Ihre Maßnahmen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>@%1 has no open action items.</source>
        <translation>@%1 hat keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>@%1: %2 open, %3 overdue.</source>
        <translation>@%1: %2 offen, %3 überfällig.</translation>
    </message>
    <message>
        <source>@%1: %2 open.</source>
        <translation>@%1: %2 offen.</translation>
    </message>
</context>
<context>
    <name>warroom::NotificationChannel</name>
    <message>
        <source>SQLite has no notifications between clients.</source>
        <translation>SQLite kennt keine Benachrichtigungen zwischen Clients.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 at %2: %3</source>
        <translation>Kann auf %1 bei %2 nicht lauschen: %3</translation>
    </message>
    <message>
        <source>A notification may hold at most %1 bytes.</source>
        <translation>Eine Benachrichtigung darf höchstens %1 Bytes enthalten.</translation>
    </message>
</context>
<context>
    <name>warroom::NotificationSettingsPage</name>
    <message>
        <source>A stakeholder &amp;update is due</source>
        <translation>ein Stakeholder-&amp;Update fällig ist</translation>
    </message>
    <message>
        <source>You are &amp;paged for an incident</source>
        <translation>Sie für einen Incident &amp;alarmiert werden</translation>
    </message>
    <message>
        <source>Play a &amp;sound with each notification</source>
        <translation>Bei jeder Benachrichtigung einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Warroom tells you in the system tray, where your desktop has one, and flashes its window.</source>
        <translation>Warroom meldet sich im Systembereich der Kontrollleiste, sofern Ihr Desktop einen hat, und lässt sein Fenster aufblinken.</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>warroom::OfflineWrites</name>
    <message>
        <source>Offline since %1 — reconnecting…</source>
        <translation>Offline seit %1 — verbinde neu …</translation>
    </message>
    <message>
        <source>Offline since %1 — 1 change pending</source>
        <translation>Offline seit %1 — 1 Änderung ausstehend</translation>
    </message>
    <message>
        <source>Offline since %1 — %2 changes pending</source>
        <translation>Offline seit %1 — %2 Änderungen ausstehend</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 Änderung wartet auf das Senden</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 Änderungen warten auf das Senden</translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation>Der Eintrag hat keinen Text.</translation>
    </message>
    <message>
        <source>Offline: this change needs the server.</source>
        <translation>Offline: Diese Änderung braucht den Server.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Eine Maßnahme braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>warroom::Outbox</name>
    <message>
        <source>The entry “%1” was changed by someone else while you were offline; your change to it was not applied.</source>
        <translation>Der Eintrag „%1“ wurde von jemand anderem geändert, während Sie offline waren; Ihre Änderung daran wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The outbox holds an operation this version does not know (%1).</source>
        <translation>Der Postausgang enthält einen Vorgang, den diese Version nicht kennt (%1).</translation>
    </message>
    <message>
        <source>The outbox %1 is in use by another running Warroom.</source>
        <translation>Der Postausgang %1 wird von einem anderen laufenden Warroom benutzt.</translation>
    </message>
</context>
<context>
    <name>warroom::PageNotifier</name>
    <message>
        <source>You are paged for %1</source>
        <translation>Sie werden für %1 alarmiert</translation>
    </message>
    <message>
        <source>Nobody has acknowledged %1 yet; you hold the role named in step %2 of &quot;%3&quot;.</source>
        <translation>Niemand hat %1 bisher bestätigt; Sie haben die Rolle, die in Stufe %2 von „%3“ genannt ist.</translation>
    </message>
    <message>
        <source>Nobody has acknowledged %1 yet (step %2 of &quot;%3&quot;).</source>
        <translation>Niemand hat %1 bisher bestätigt (Stufe %2 von „%3“).</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleComboBox</name>
    <message>
        <source>Name or @handle…</source>
        <translation>Name oder @Kürzel …</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleDialog</name>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>A person needs a handle.</source>
        <translation>Eine Person braucht ein Kürzel.</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import People</source>
        <translation>Personen können nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nobody was imported from %1.

%2</source>
        <translation>Aus %1 wurde niemand importiert.

%2</translation>
    </message>
    <message>
        <source>People Imported</source>
        <translation>Personen importiert</translation>
    </message>
    <message>
        <source>1 person added or updated from %1.</source>
        <translation>1 Person aus %1 hinzugefügt oder aktualisiert.</translation>
    </message>
    <message>
        <source>%1 people added or updated from %2.</source>
        <translation>%1 Personen aus %2 hinzugefügt oder aktualisiert.</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleModel</name>
    <message>
        <source>&quot;%1&quot; is not a handle: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Kürzel: Verwenden Sie 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 steht bereits im Verzeichnis.</translation>
    </message>
    <message>
        <source>Nobody is selected.</source>
        <translation>Niemand ausgewählt.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>warroom::Postmortem</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Begünstigende Faktoren</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <source>Where we were lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Key data collected (timeline, metrics, graphs)</source>
        <translation>Wichtige Daten gesammelt (Zeitleiste, Kennzahlen, Diagramme)</translation>
    </message>
    <message>
        <source>Impact complete (who, how many, how long)</source>
        <translation>Auswirkung vollständig (wer, wie viele, wie lange)</translation>
    </message>
    <message>
        <source>Root cause analysed deeply enough</source>
        <translation>Grundursache tief genug analysiert</translation>
    </message>
    <message>
        <source>Action items have owners and priorities</source>
        <translation>Maßnahmen haben Verantwortliche und Prioritäten</translation>
    </message>
    <message>
        <source>Shared with stakeholders</source>
        <translation>Mit den Stakeholdern geteilt</translation>
    </message>
    <message>
        <source>Time to detect (TTD)</source>
        <translation>Zeit bis zur Erkennung (TTD)</translation>
    </message>
    <message>
        <source>Time to acknowledge (TTA)</source>
        <translation>Zeit bis zur Bestätigung (TTA)</translation>
    </message>
    <message>
        <source>Time to mitigate (TTM)</source>
        <translation>Zeit bis zur Entschärfung (TTM)</translation>
    </message>
    <message>
        <source>Time to resolve (TTR)</source>
        <translation>Zeit bis zur Behebung (TTR)</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Schweregrad: %1.</translation>
    </message>
    <message>
        <source>Affected services: %1.</source>
        <translation>Betroffene Services: %1.</translation>
    </message>
    <message>
        <source>Impact from %1 to %2 (%3).</source>
        <translation>Auswirkung von %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>Impact from %1, not resolved yet.</source>
        <translation>Auswirkung seit %1, noch nicht behoben.</translation>
    </message>
    <message>
        <source>Who was affected and how: </source>
        <translation>Wer betroffen war und wie: </translation>
    </message>
    <message>
        <source>Detected at %1, %2 after impact began.</source>
        <translation>Erkannt um %1, %2 nach Beginn der Auswirkung.</translation>
    </message>
    <message>
        <source>Detected at %1.</source>
        <translation>Erkannt um %1.</translation>
    </message>
    <message>
        <source>Acknowledged %1 after detection.</source>
        <translation>Bestätigt %1 nach der Erkennung.</translation>
    </message>
    <message>
        <source>How it was noticed: </source>
        <translation>Wie es bemerkt wurde: </translation>
    </message>
    <message>
        <source>A postmortem cannot move from %1 to %2.</source>
        <translation>Ein Postmortem kann nicht von %1 zu %2 wechseln.</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemActionsModel</name>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Fällig (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemExport</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Entschärfen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Time from impact start</source>
        <translation>Zeit ab Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>%1 by @%2</source>
        <translation>%1 von @%2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>This is a blameless postmortem: it describes systems and decisions, not faults of people.</source>
        <translation>Dies ist ein Postmortem ohne Schuldzuweisung: Es beschreibt Systeme und Entscheidungen, nicht Fehler von Menschen.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Durations by phase</source>
        <translation>Dauer je Phase</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation>Keine Einträge in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>No roles recorded.</source>
        <translation>Keine Rollen erfasst.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items linked.</source>
        <translation>Keine Maßnahmen verknüpft.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status: **%1**</source>
        <translation>Status: **%1**</translation>
    </message>
    <message>
        <source>POSTMORTEM · %1 · %2</source>
        <translation>POSTMORTEM · %1 · %2</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>Commander: @%1</source>
        <translation>Commander: @%1</translation>
    </message>
    <message>
        <source>Impact %1 to %2</source>
        <translation>Auswirkung %1 bis %2</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>still holding</source>
        <translation>noch besetzt</translation>
    </message>
    <message>
        <source>Last edited %1</source>
        <translation>Zuletzt bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemModel</name>
    <message>
        <source>five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>review checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>No incident is shown.</source>
        <translation>Kein Incident angezeigt.</translation>
    </message>
    <message>
        <source>There is no postmortem yet.</source>
        <translation>Es gibt noch kein Postmortem.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Die Datenbank ist geschlossen.</translation>
    </message>
    <message>
        <source>Someone else changed the %1 of this postmortem meanwhile; it now shows their version.</source>
        <translation>Jemand anderes hat inzwischen „%1“ dieses Postmortems geändert; jetzt wird dessen Fassung gezeigt.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>the %1 of the postmortem</source>
        <translation>den Abschnitt „%1“ des Postmortems</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemPanel</name>
    <message>
        <source>Back to Draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation>Zur Prüfung geben</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Pre-fill from Incident</source>
        <translation>Aus dem Incident vorbefüllen</translation>
    </message>
    <message>
        <source>Start the postmortem from the incident&apos;s pinned timeline entries, roles, durations and action items</source>
        <translation>Das Postmortem aus den angehefteten Zeitleisteneinträgen, Rollen, Zeiten und Maßnahmen des Incidents beginnen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size of a PDF export</source>
        <translation>Seitenformat eines PDF-Exports</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the postmortem as PDF, Markdown or HTML</source>
        <translation>Das Postmortem als PDF, Markdown oder HTML schreiben</translation>
    </message>
    <message>
        <source>What happened, in two or three sentences for someone who was not there.</source>
        <translation>Was geschah, in zwei oder drei Sätzen für jemanden, der nicht dabei war.</translation>
    </message>
    <message>
        <source>Plain text; blank lines separate paragraphs, lines starting with &quot;- &quot; are list items.</source>
        <translation>Reiner Text; Leerzeilen trennen Absätze, Zeilen mit „- “ am Anfang sind Listenpunkte.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Add the next why</source>
        <translation>Das nächste Warum hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected why</source>
        <translation>Das gewählte Warum entfernen</translation>
    </message>
    <message>
        <source>Move the selected why up</source>
        <translation>Das gewählte Warum nach oben</translation>
    </message>
    <message>
        <source>Move the selected why down</source>
        <translation>Das gewählte Warum nach unten</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Blameless: describe what the systems and the people&apos;s information were, not who was at fault.</source>
        <translation>Ohne Schuldzuweisung: Beschreiben Sie, wie die Systeme waren und welche Informationen die Beteiligten hatten, nicht wer schuld war.</translation>
    </message>
    <message>
        <source>Why …?</source>
        <translation>Warum …?</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Select an incident to see its postmortem.</source>
        <translation>Wählen Sie einen Incident, um sein Postmortem zu sehen.</translation>
    </message>
    <message>
        <source>This incident has no postmortem yet. Pre-fill one from the incident&apos;s record: pinned timeline entries, role history, durations and action items.</source>
        <translation>Dieser Incident hat noch kein Postmortem. Befüllen Sie eines aus den Aufzeichnungen des Incidents vor: angeheftete Zeitleisteneinträge, Rollenverlauf, Zeiten und Maßnahmen.</translation>
    </message>
    <message>
        <source>Last edited %1 UTC by @%2 · version %3</source>
        <translation>Zuletzt bearbeitet %1 UTC von @%2 · Version %3</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>&lt;i&gt;No pinned timeline entries.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine angehefteten Zeitleisteneinträge.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>still holding</source>
        <translation>noch besetzt</translation>
    </message>
    <message>
        <source>&lt;i&gt;No roles recorded.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Rollen erfasst.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Export Postmortem</source>
        <translation>Postmortem exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Markdown (*.md);;HTML page (*.html);;All files (*)</source>
        <translation>PDF-Dokument (*.pdf);;Markdown (*.md);;HTML-Seite (*.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Update from Pinned Entries</source>
        <translation>Aus angehefteten Einträgen aktualisieren</translation>
    </message>
    <message>
        <source>Take the incident&apos;s pinned timeline entries as they are now (pin entries on the Timeline tab)</source>
        <translation>Die angehefteten Zeitleisteneinträge des Incidents in ihrem jetzigen Stand übernehmen (Einträge im Reiter Zeitleiste anheften)</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source>Postmortem: %1: %2</source>
        <translation>Postmortem: %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemRepository</name>
    <message>
        <source>The postmortem was changed by someone else (version %1, you edited version %2). Reload it and apply your change again.</source>
        <translation>Das Postmortem wurde von jemand anderem geändert (Version %1, Sie haben Version %2 bearbeitet). Laden Sie es neu und wenden Sie Ihre Änderung erneut an.</translation>
    </message>
    <message>
        <source>There is no postmortem yet.</source>
        <translation>Es gibt noch kein Postmortem.</translation>
    </message>
    <message>
        <source>A postmortem belongs to an incident.</source>
        <translation>Ein Postmortem gehört zu einem Incident.</translation>
    </message>
    <message>
        <source>This incident already has a postmortem.</source>
        <translation>Dieser Incident hat bereits ein Postmortem.</translation>
    </message>
    <message>
        <source>Postmortem published.</source>
        <translation>Postmortem veröffentlicht.</translation>
    </message>
    <message>
        <source>Postmortem: %1 → %2.</source>
        <translation>Postmortem: %1 → %2.</translation>
    </message>
    <message>
        <source>The postmortem is published; revise it (back to In review) before changing it.</source>
        <translation>Das Postmortem ist veröffentlicht; überarbeiten Sie es (zurück zu In Prüfung), bevor Sie es ändern.</translation>
    </message>
</context>
<context>
    <name>warroom::PostmortemWhysModel</name>
    <message>
        <source>Why %1 of %2</source>
        <translation>Warum %1 von %2</translation>
    </message>
</context>
<context>
    <name>warroom::PresenceClient</name>
    <message>
        <source>Presence needs the shared PostgreSQL database; a SQLite file has one user.</source>
        <translation>Anwesenheit braucht die gemeinsame PostgreSQL-Datenbank; eine SQLite-Datei hat nur einen Benutzer.</translation>
    </message>
</context>
<context>
    <name>warroom::RevisionDialog</name>
    <message>
        <source>“%1” has not been changed since it was written.</source>
        <translation>„%1“ wurde seit dem Schreiben nicht geändert.</translation>
    </message>
    <message>
        <source>“%1”: %2 revisions, newest last.</source>
        <translation>„%1“: %2 Fassungen, die neueste zuletzt.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Revision %1 by %2, %3</source>
        <translation>Fassung %1 von %2, %3</translation>
    </message>
</context>
<context>
    <name>warroom::RevisionModel</name>
    <message>
        <source>Written, deleted</source>
        <translation>Geschrieben, gelöscht</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>Text bearbeitet</translation>
    </message>
    <message>
        <source>Kind: %1 → %2</source>
        <translation>Art: %1 → %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>Zeit: %1 → %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Losgelöst</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Öffentlich gemacht</translation>
    </message>
    <message>
        <source>Made internal</source>
        <translation>Intern gemacht</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>warroom::Role</name>
    <message>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Communications Lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <source>Operations Lead</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <source>Planning Lead</source>
        <translation>Planungsleitung</translation>
    </message>
    <message>
        <source>Customer Liaison</source>
        <translation>Kundenkontakt</translation>
    </message>
    <message>
        <source>Executive Sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Subject-Matter Expert</source>
        <translation>Fachexperte</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardModel</name>
    <message>
        <source>No incident is shown.</source>
        <translation>Kein Incident angezeigt.</translation>
    </message>
    <message>
        <source>No role is selected.</source>
        <translation>Keine Rolle ausgewählt.</translation>
    </message>
    <message>
        <source>An incident always has a commander: hand command off instead.</source>
        <translation>Ein Incident hat immer einen Commander: Übergeben Sie das Kommando stattdessen.</translation>
    </message>
    <message>
        <source>Select the subject-matter expert to remove.</source>
        <translation>Wählen Sie den zu entfernenden Fachexperten.</translation>
    </message>
    <message>
        <source>Nobody holds %1.</source>
        <translation>Niemand hat die Rolle %1.</translation>
    </message>
    <message>
        <source>No hand-off of %1 is waiting.</source>
        <translation>Keine Übergabe von %1 wartet.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Since %1, assigned by @%2</source>
        <translation>Seit %1, zugewiesen von @%2</translation>
    </message>
    <message>
        <source>None yet — drop people here</source>
        <translation>Noch niemand – Personen hier ablegen</translation>
    </message>
    <message>
        <source>1 expert</source>
        <translation>1 Fachexperte</translation>
    </message>
    <message>
        <source>%1 experts</source>
        <translation>%1 Fachexperten</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Unbesetzt</translation>
    </message>
    <message>
        <source>→ %1, waiting %2</source>
        <translation>→ %1, wartet seit %2</translation>
    </message>
    <message>
        <source>Hand-off to %1 requested by @%2 at %3.%4</source>
        <translation>Übergabe an %1 angefragt von @%2 um %3.%4</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardPanel</name>
    <message>
        <source>Cannot Assign Role</source>
        <translation>Rolle kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Select an incident to see and assign its roles.</source>
        <translation>Wählen Sie einen Incident, um seine Rollen zu sehen und zu besetzen.</translation>
    </message>
    <message>
        <source>Open a database to see roles.</source>
        <translation>Öffnen Sie eine Datenbank, um Rollen zu sehen.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>%1 of %2 roles staffed</source>
        <translation>%1 von %2 Rollen besetzt</translation>
    </message>
    <message>
        <source>1 subject-matter expert</source>
        <translation>1 Fachexperte</translation>
    </message>
    <message>
        <source>%1 subject-matter experts</source>
        <translation>%1 Fachexperten</translation>
    </message>
    <message>
        <source>1 hand-off waiting</source>
        <translation>1 Übergabe wartet</translation>
    </message>
    <message>
        <source>%1 hand-offs waiting</source>
        <translation>%1 Übergaben warten</translation>
    </message>
    <message>
        <source>Hand-off waiting: %1 from %2 to %3, requested %4 by @%5.</source>
        <translation>Übergabe wartet: %1 von %2 an %3, angefragt %4 von @%5.</translation>
    </message>
    <message>
        <source>Accept for @%1</source>
        <translation>Für @%1 annehmen</translation>
    </message>
    <message>
        <source>@%1 takes over %2 now; the timeline records @%3 as accepting</source>
        <translation>@%1 übernimmt jetzt %2; die Zeitleiste vermerkt @%3 als annehmende Person</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Add the person as a subject-matter expert</source>
        <translation>Die Person als Fachexperten hinzufügen</translation>
    </message>
    <message>
        <source>Hand %1 to the person, with a brief</source>
        <translation>%1 mit einer Übergabenotiz an die Person übergeben</translation>
    </message>
    <message>
        <source>Make the person %1</source>
        <translation>Die Person zu %1 machen</translation>
    </message>
    <message>
        <source>Remove %1 as subject-matter expert</source>
        <translation>%1 als Fachexperten entfernen</translation>
    </message>
    <message>
        <source>An incident always has a commander: hand command off instead</source>
        <translation>Ein Incident hat immer einen Commander: Übergeben Sie das Kommando stattdessen</translation>
    </message>
    <message>
        <source>Select an expert to remove</source>
        <translation>Wählen Sie einen zu entfernenden Fachexperten</translation>
    </message>
    <message>
        <source>Leave %1 vacant</source>
        <translation>%1 unbesetzt lassen</translation>
    </message>
    <message>
        <source>Type or pick the person to assign first.</source>
        <translation>Geben Sie zuerst die zuzuweisende Person ein oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one person in the directory.</source>
        <translation>„%1“ bezeichnet nicht genau eine Person im Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot Hand Off</source>
        <translation>Übergabe nicht möglich</translation>
    </message>
    <message>
        <source>Subject-matter experts are added and removed, not handed off.</source>
        <translation>Fachexperten werden hinzugefügt und entfernt, nicht übergeben.</translation>
    </message>
    <message>
        <source>Nobody holds %1 yet: assign it instead.</source>
        <translation>Noch hat niemand die Rolle %1: Weisen Sie sie stattdessen zu.</translation>
    </message>
    <message>
        <source>The hand-off of %1 to %2 is still waiting: accept or withdraw it first.</source>
        <translation>Die Übergabe von %1 an %2 wartet noch: Nehmen Sie sie zuerst an oder ziehen Sie sie zurück.</translation>
    </message>
    <message>
        <source>The database was closed.</source>
        <translation>Die Datenbank wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cannot Accept Hand-Off</source>
        <translation>Übergabe kann nicht angenommen werden</translation>
    </message>
    <message>
        <source>Cannot Withdraw Hand-Off</source>
        <translation>Übergabe kann nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>Cannot Remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
</context>
<context>
    <name>warroom::RoleHistoryModel</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1: @%2 from %3 to %4 UTC, assigned by @%5</source>
        <translation>%1: @%2 von %3 bis %4 UTC, zugewiesen von @%5</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Besetzt für</translation>
    </message>
</context>
<context>
    <name>warroom::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>warroom::Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>warroom::SeverityMonthChart</name>
    <message>
        <source>Incidents per month by severity</source>
        <translation>Incidents je Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Counted in the month the impact started (started_at, UTC)</source>
        <translation>Gezählt im Monat, in dem die Auswirkung begann (started_at, UTC)</translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation>Keine Incidents in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incidents whose started_at lies in [%1, %2) UTC</source>
        <translation>Incidents, deren started_at in [%1, %2) UTC liegt</translation>
    </message>
</context>
<context>
    <name>warroom::SeveritySettingsPage</name>
    <message>
        <source>The name of each severity level, and how often stakeholders expect an update while an incident of that level is open. The dashboard counts down to the next update and warns when it is due.</source>
        <translation>Der Name jedes Schweregrads und wie oft die Stakeholder ein Update erwarten, solange ein Incident dieses Schweregrads offen ist. Das Dashboard zählt bis zum nächsten Update herunter und warnt, wenn es fällig ist.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Update every</source>
        <translation>Update alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>No cadence</source>
        <translation>Kein Takt</translation>
    </message>
    <message>
        <source>Minutes between stakeholder updates while a %1 incident is open; 0 for none</source>
        <translation>Minuten zwischen Stakeholder-Updates, solange ein %1-Incident offen ist; 0 für keinen Takt</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>Schweregrade</translation>
    </message>
</context>
<context>
    <name>warroom::StakeholderUpdateDialog</name>
    <message>
        <source>Current status: %1</source>
        <translation>Aktueller Stand: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Nächste Schritte: %1</translation>
    </message>
    <message>
        <source>Next update: by %1 UTC</source>
        <translation>Nächstes Update: bis %1 UTC</translation>
    </message>
    <message>
        <source>&amp;Post Update</source>
        <translation>Update &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last update %1 ago.</source>
        <translation>Letztes Update vor %1.</translation>
    </message>
    <message>
        <source>No stakeholder update yet.</source>
        <translation>Noch kein Stakeholder-Update.</translation>
    </message>
    <message>
        <source>Stakeholders expect one every %1.</source>
        <translation>Die Stakeholder erwarten alle %1 eines.</translation>
    </message>
    <message>
        <source>The update is public: it goes on the timeline and the status page.</source>
        <translation>Das Update ist öffentlich: Es kommt auf die Zeitleiste und die Statusseite.</translation>
    </message>
</context>
<context>
    <name>warroom::StatusPage</name>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Affects %1</source>
        <translation>Betrifft %1</translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation>Begann %1</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>Aktive Incidents</translation>
    </message>
    <message>
        <source>%1: no incidents</source>
        <translation>%1: keine Incidents</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of impact)</source>
        <translation>%1: %2 (%3 Auswirkung)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No services are listed yet.</source>
        <translation>Noch sind keine Services aufgeführt.</translation>
    </message>
    <message>
        <source>%1: %2 days of history</source>
        <translation>%1: Verlauf über %2 Tage</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Kein Incident</translation>
    </message>
    <message>
        <source>Minor incident</source>
        <translation>Geringer Incident</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>Schwerer Incident</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Kritischer Incident</translation>
    </message>
    <message>
        <source>Past incidents (last %1 days)</source>
        <translation>Vergangene Incidents (letzte %1 Tage)</translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation>Keine Incidents gemeldet.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Current status of our services and incident history</source>
        <translation>Aktueller Status unserer Services und Incident-Verlauf</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>All times are UTC.</source>
        <translation>Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Machine-readable:</source>
        <translation>Maschinenlesbar:</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <source>All Systems Operational</source>
        <translation>Alle Systeme betriebsbereit</translation>
    </message>
    <message>
        <source>Major System Outage</source>
        <translation>Schwerer Systemausfall</translation>
    </message>
    <message>
        <source>Partial System Outage</source>
        <translation>Teilweiser Systemausfall</translation>
    </message>
    <message>
        <source>Minor Service Outage</source>
        <translation>Geringer Serviceausfall</translation>
    </message>
    <message>
        <source>%1% uptime</source>
        <translation>%1 % Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>warroom::StatusPageRoutes</name>
    <message>
        <source>The status page is read with GET.</source>
        <translation>Die Statusseite wird mit GET gelesen.</translation>
    </message>
    <message>
        <source>The status is unavailable at the moment; please try again shortly.</source>
        <translation>Der Status ist im Moment nicht verfügbar; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineCommands</name>
    <message>
        <source>The database this change was made in is no longer open.</source>
        <translation>Die Datenbank, in der diese Änderung gemacht wurde, ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>The entry “%1” was changed by someone else meanwhile; it was left as they wrote it.</source>
        <translation>Der Eintrag „%1“ wurde inzwischen von jemand anderem geändert; er bleibt so, wie diese Person ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>„%1“ lösen</translation>
    </message>
    <message>
        <source>Pin “%1”</source>
        <translation>„%1“ anheften</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineDelegate</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineEditor</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Jump to the newest entry</source>
        <translation>Zum neuesten Eintrag springen</translation>
    </message>
    <message>
        <source>Next Entry: %1</source>
        <translation>Nächster Eintrag: %1</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>Eintrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Pin Entry</source>
        <translation>Eintrag &amp;anheften</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation>Die Zeitleiste kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1, backdated to %2 (%3 ago)</source>
        <translation>%1, rückdatiert auf %2 (vor %3)</translation>
    </message>
    <message>
        <source>Select an incident to write to its timeline.</source>
        <translation>Wählen Sie einen Incident, um in seine Zeitleiste zu schreiben.</translation>
    </message>
    <message>
        <source>Added; the filters hide it (Show All).</source>
        <translation>Hinzugefügt; die Filter blenden es aus (Alle anzeigen).</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Un&amp;pin Entry</source>
        <translation>Eintrag &amp;lösen</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Times are in UTC, and @HH:MM is read as UTC. Click for local time (%1).</source>
        <translation>Zeiten sind in UTC, und @HH:MM wird als UTC gelesen. Klicken für Ortszeit (%1).</translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation>Ortszeit · %1</translation>
    </message>
    <message>
        <source>Times are local (%1), and @HH:MM is read as local time. Click for UTC.</source>
        <translation>Zeiten sind in Ortszeit (%1), und @HH:MM wird als Ortszeit gelesen. Klicken für UTC.</translation>
    </message>
    <message>
        <source>No entry of %1 matches the filters.</source>
        <translation>Keiner der %1 Einträge passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <translation>%1 von %2 Einträgen angezeigt.</translation>
    </message>
    <message>
        <source>↓ 1 new entry</source>
        <translation>↓ 1 neuer Eintrag</translation>
    </message>
    <message>
        <source>↓ %1 new entries</source>
        <translation>↓ %1 neue Einträge</translation>
    </message>
    <message>
        <source>Enter adds %1 · /decision /action /update or Ctrl+1…7 · @14:05 backdates (%2) · Ctrl+P pin</source>
        <translation>Enter fügt %1 hinzu · /decision /action /update oder Strg+1…7 · @14:05 datiert zurück (%2) · Strg+P heftet an</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>eine Entscheidung</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>eine Aktion</translation>
    </message>
    <message>
        <source>a status change</source>
        <translation>einen Statuswechsel</translation>
    </message>
    <message>
        <source>a stakeholder update</source>
        <translation>ein Stakeholder-Update</translation>
    </message>
    <message>
        <source>an alert</source>
        <translation>einen Alert</translation>
    </message>
    <message>
        <source>a hand-off</source>
        <translation>eine Übergabe</translation>
    </message>
    <message>
        <source>Read-only: you are connected as a viewer.</source>
        <translation>Nur lesen: Sie sind als Betrachter verbunden.</translation>
    </message>
    <message>
        <source>Your database role may read the war room but not write to it.</source>
        <translation>Ihre Datenbankrolle darf den War Room lesen, aber nicht hineinschreiben.</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineInput</name>
    <message>
        <source>&quot;%1&quot; is not a time; write @HH:MM, e.g. @14:05.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie @HH:MM, z. B. @14:05.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>„%1“ ist keine Tageszeit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in this time zone (clocks changed).</source>
        <translation>„%1“ gibt es in dieser Zeitzone nicht (Zeitumstellung).</translation>
    </message>
    <message>
        <source>The entry has no text.</source>
        <translation>Der Eintrag hat keinen Text.</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <source>%1 by %2, %3 UTC</source>
        <translation>%1 von %2, %3 UTC</translation>
    </message>
    <message>
        <source>Pending: kept on this computer until the server is back.</source>
        <translation>Ausstehend: auf diesem Rechner gespeichert, bis der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>warroom::TrayIcon</name>
    <message>
        <source>Warroom</source>
        <translation>Warroom</translation>
    </message>
</context>
<context>
    <name>warroom::TtrBoxChart</name>
    <message>
        <source>Time to resolve by severity</source>
        <translation>Zeit bis zur Behebung nach Schweregrad</translation>
    </message>
    <message>
        <source>Box: middle half of resolved incidents (Q1 to Q3) · line: median · whiskers: fastest and slowest · log scale</source>
        <translation>Box: mittlere Hälfte der behobenen Incidents (Q1 bis Q3) · Linie: Median · Antennen: schnellster und langsamster · logarithmische Skala</translation>
    </message>
    <message>
        <source>No incidents in this selection.</source>
        <translation>Keine Incidents in dieser Auswahl.</translation>
    </message>
    <message>
        <source>No resolved incidents in this selection.</source>
        <translation>Keine behobenen Incidents in dieser Auswahl.</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>Time to resolve (log scale)</source>
        <translation>Zeit bis zur Behebung (logarithmisch)</translation>
    </message>
    <message>
        <source>%1: time to resolve of 1 resolved incident</source>
        <translation>%1: Zeit bis zur Behebung von 1 behobenen Incident</translation>
    </message>
    <message>
        <source>%1: time to resolve of %2 resolved incidents</source>
        <translation>%1: Zeit bis zur Behebung von %2 behobenen Incidents</translation>
    </message>
    <message>
        <source>min %1
Q1 %2
median %3
Q3 %4
max %5</source>
        <translation>Min. %1
Q1 %2
Median %3
Q3 %4
Max. %5</translation>
    </message>
    <message>
        <source>Quartiles by linear interpolation between closest ranks (numpy&apos;s default)</source>
        <translation>Quartile durch lineare Interpolation zwischen den nächsten Rängen (Standard von numpy)</translation>
    </message>
</context>
<context>
    <name>warroom::WebhookSender</name>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>warroom::Workspace</name>
    <message>
        <source>in-memory database</source>
        <translation>Datenbank im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>warroom::WorkspaceOpener</name>
    <message>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (database %3):</source>
        <translation>Passwort von %1 auf %2 (Datenbank %3):</translation>
    </message>
    <message>
        <source>The password was refused. Password of %1 on %2 (database %3):</source>
        <translation>Das Passwort wurde abgelehnt. Passwort von %1 auf %2 (Datenbank %3):</translation>
    </message>
    <message>
        <source>Not connected to %1: the server wants a password.</source>
        <translation>Nicht mit %1 verbunden: Der Server verlangt ein Passwort.</translation>
    </message>
</context>
<context>
    <name>warroomctl</name>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>import erwartet genau eine DATEI.</translation>
    </message>
    <message>
        <source>--format must be auto, gcp or statuspage.</source>
        <translation>--format muss auto, gcp oder statuspage sein.</translation>
    </message>
    <message>
        <source>Import of %1 failed; nothing was written: %2</source>
        <translation>Import von %1 fehlgeschlagen; nichts wurde geschrieben: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 incidents added, %3 already present, %4 timeline entries added.</source>
        <translation>%1 importiert: %2 Incidents hinzugefügt, %3 bereits vorhanden, %4 Zeitleisteneinträge hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n Warnung:</numerusform>
            <numerusform>%n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Incident</numerusform>
            <numerusform>%n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>show takes exactly one REF (e.g. INC-12).</source>
        <translation>show erwartet genau eine REF (z. B. INC-12).</translation>
    </message>
    <message>
        <source>no services</source>
        <translation>keine Services</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>metrics takes no arguments.</source>
        <translation>metrics erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 time: %2</source>
        <translation>--%1 ist keine Zeitangabe nach ISO 8601: %2</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to muss später als --from sein.</translation>
    </message>
    <message>
        <source>--severity must be SEV1, SEV2, ... (got %1).</source>
        <translation>--severity muss SEV1, SEV2, … sein (erhalten: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Window %1 to %2: %n incident(s)</source>
        <translation>
            <numerusform>Zeitraum %1 bis %2: %n Incident</numerusform>
            <numerusform>Zeitraum %1 bis %2: %n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>generate takes no arguments.</source>
        <translation>generate erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>--incidents must be a number from 1 to 10000000.</source>
        <translation>--incidents muss eine Zahl von 1 bis 10000000 sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed muss eine nicht negative Zahl sein.</translation>
    </message>
    <message>
        <source>--until is not an ISO 8601 time: %1</source>
        <translation>--until ist keine Zeitangabe nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>Generated %1 incidents (seed %2): %3 added, %4 already present, %5 timeline entries added.</source>
        <translation>%1 Incidents erzeugt (Seed %2): %3 hinzugefügt, %4 bereits vorhanden, %5 Zeitleisteneinträge hinzugefügt.</translation>
    </message>
    <message>
        <source>declare takes options only (--title, --severity, --service, --started-at).</source>
        <translation>declare erwartet nur Optionen (--title, --severity, --service, --started-at).</translation>
    </message>
    <message>
        <source>declare needs --title.</source>
        <translation>declare braucht --title.</translation>
    </message>
    <message>
        <source>declare needs --severity SEV1..SEV4.</source>
        <translation>declare braucht --severity SEV1..SEV4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation>„%1“ ist kein Status.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>--kind must be note, decision, action or update.</source>
        <translation>--kind muss note, decision, action oder update sein.</translation>
    </message>
    <message>
        <source>--role must be commander, scribe, communications, operations, planning, customer-liaison, executive or sme.</source>
        <translation>--role muss commander, scribe, communications, operations, planning, customer-liaison, executive oder sme sein.</translation>
    </message>
    <message>
        <source>assign needs --person HANDLE.</source>
        <translation>assign braucht --person KÜRZEL.</translation>
    </message>
    <message>
        <source>action needs --owner HANDLE.</source>
        <translation>action braucht --owner KÜRZEL.</translation>
    </message>
    <message>
        <source>--priority must be high, medium or low.</source>
        <translation>--priority muss high, medium oder low sein.</translation>
    </message>
    <message>
        <source>watch takes options only (--incident REF, --json, --count N).</source>
        <translation>watch erwartet nur Optionen (--incident REF, --json, --count N).</translation>
    </message>
    <message>
        <source>--count must be a positive number.</source>
        <translation>--count muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>warroomctl: reconnected; caught up after #%1.</source>
        <translation>warroomctl: wieder verbunden; nach #%1 aufgeholt.</translation>
    </message>
    <message>
        <source>warroomctl: connection lost after #%1; reconnecting…</source>
        <translation>warroomctl: Verbindung nach #%1 verloren; verbinde neu …</translation>
    </message>
    <message>
        <source>warroomctl: watching %1 after #%2.</source>
        <translation>warroomctl: beobachte %1 ab #%2.</translation>
    </message>
    <message>
        <source>db takes: init [--create-roles]</source>
        <translation>db erwartet: init [--create-roles]</translation>
    </message>
    <message>
        <source>%1 has schema version %2.</source>
        <translation>%1 hat die Schemaversion %2.</translation>
    </message>
    <message>
        <source>Roles %1 are set up (NOLOGIN). Give each person a login role in one of them, e.g.
  CREATE ROLE alice LOGIN PASSWORD &apos;…&apos;; GRANT warroom_scribe TO alice;</source>
        <translation>Die Rollen %1 sind eingerichtet (NOLOGIN). Geben Sie jeder Person eine Login-Rolle in einer davon, z. B.
  CREATE ROLE alice LOGIN PASSWORD &apos;…&apos;; GRANT warroom_scribe TO alice;</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nobody was imported.</source>
        <translation>%1: %2 Niemand wurde importiert.</translation>
    </message>
    <message>
        <source>%1 people added or updated.</source>
        <translation>%1 Personen hinzugefügt oder aktualisiert.</translation>
    </message>
    <message>
        <source>people takes: list | add HANDLE [--name N] [--team T] [--contact C] | import FILE.csv</source>
        <translation>people erwartet: list | add KÜRZEL [--name N] [--team T] [--contact K] | import DATEI.csv</translation>
    </message>
    <message>
        <source>Warroom command line: import, list and show incidents, metrics, synthetic data.</source>
        <translation>Warroom-Kommandozeile: Incidents importieren, auflisten und anzeigen, Kennzahlen, synthetische Daten.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path or postgresql://user@host/db).</source>
        <translation>Datenbank-URL (sqlite:/pfad oder postgresql://benutzer@host/db).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only open incidents.</source>
        <translation>Nur offene Incidents.</translation>
    </message>
    <message>
        <source>Print CSV (metrics).</source>
        <translation>CSV ausgeben (metrics).</translation>
    </message>
    <message>
        <source>Window start, ISO 8601 (metrics; default: earliest start).</source>
        <translation>Beginn des Zeitraums, ISO 8601 (metrics; Standard: frühester Beginn).</translation>
    </message>
    <message>
        <source>Window end, exclusive, ISO 8601 (metrics; default: now).</source>
        <translation>Ende des Zeitraums, ausschließlich, ISO 8601 (metrics; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Only incidents affecting this service (metrics).</source>
        <translation>Nur Incidents, die diesen Service betreffen (metrics).</translation>
    </message>
    <message>
        <source>Only this severity, e.g. SEV1 (metrics).</source>
        <translation>Nur dieser Schweregrad, z. B. SEV1 (metrics).</translation>
    </message>
    <message>
        <source>How many incidents to generate.</source>
        <translation>Wie viele Incidents erzeugt werden.</translation>
    </message>
    <message>
        <source>Handle of the person acting (author of entries).</source>
        <translation>Kürzel der handelnden Person (Autor der Einträge).</translation>
    </message>
    <message>
        <source>Title of a declared incident.</source>
        <translation>Titel eines ausgerufenen Incidents.</translation>
    </message>
    <message>
        <source>Summary of a declared incident.</source>
        <translation>Zusammenfassung eines ausgerufenen Incidents.</translation>
    </message>
    <message>
        <source>Impact start (declare), ISO 8601.</source>
        <translation>Beginn der Auswirkung (declare), ISO 8601.</translation>
    </message>
    <message>
        <source>Entry kind: note, decision, action or update.</source>
        <translation>Art des Eintrags: note, decision, action oder update.</translation>
    </message>
    <message>
        <source>When it happened (note), ISO 8601.</source>
        <translation>Wann es geschah (note), ISO 8601.</translation>
    </message>
    <message>
        <source>Show the entry on the public status page.</source>
        <translation>Den Eintrag auf der öffentlichen Statusseite zeigen.</translation>
    </message>
    <message>
        <source>Pin the entry.</source>
        <translation>Den Eintrag anheften.</translation>
    </message>
    <message>
        <source>Role to assign.</source>
        <translation>Zuzuweisende Rolle.</translation>
    </message>
    <message>
        <source>Handle of the person (assign).</source>
        <translation>Kürzel der Person (assign).</translation>
    </message>
    <message>
        <source>Hand-off brief (assign).</source>
        <translation>Übergabenotiz (assign).</translation>
    </message>
    <message>
        <source>Owner of an action item.</source>
        <translation>Verantwortliche Person einer Maßnahme.</translation>
    </message>
    <message>
        <source>Due date of an action item, ISO 8601.</source>
        <translation>Fälligkeitsdatum einer Maßnahme, ISO 8601.</translation>
    </message>
    <message>
        <source>Priority of an action item.</source>
        <translation>Priorität einer Maßnahme.</translation>
    </message>
    <message>
        <source>Full name (people add).</source>
        <translation>Vollständiger Name (people add).</translation>
    </message>
    <message>
        <source>Team (people add).</source>
        <translation>Team (people add).</translation>
    </message>
    <message>
        <source>Contact (people add).</source>
        <translation>Kontakt (people add).</translation>
    </message>
    <message>
        <source>End of the generated history, ISO 8601 (default 2026-01-01T00:00Z).</source>
        <translation>Ende des erzeugten Verlaufs, ISO 8601 (Standard 2026-01-01T00:00Z).</translation>
    </message>
    <message>
        <source>Seed of the generated history.</source>
        <translation>Seed des erzeugten Verlaufs.</translation>
    </message>
    <message>
        <source>Only this incident&apos;s changes (watch).</source>
        <translation>Nur Änderungen dieses Incidents (watch).</translation>
    </message>
    <message>
        <source>Exit after N changes (watch).</source>
        <translation>Nach N Änderungen beenden (watch).</translation>
    </message>
    <message>
        <source>Also create the roles warroom_commander, warroom_scribe, warroom_viewer and their GRANTs (db init).</source>
        <translation>Auch die Rollen warroom_commander, warroom_scribe, warroom_viewer und ihre GRANTs anlegen (db init).</translation>
    </message>
    <message>
        <source>import, list or show</source>
        <translation>import, list oder show</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try --help).</source>
        <translation>unbekannter Befehl „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handle (use --as HANDLE).</source>
        <translation>„%1“ ist kein Kürzel (verwenden Sie --as KÜRZEL).</translation>
    </message>
    <message>
        <source>escalation takes: list | show NAME | add --name N --step DELAY:KIND:TARGET... [--repeat N] [--repeat-interval MIN] [--min-severity SEVn] [--service S] [--default] | remove NAME | pages REF</source>
        <translation>escalation erwartet: list | show NAME | add --name N --step VERZÖGERUNG:ART:ZIEL... [--repeat N] [--repeat-interval MIN] [--min-severity SEVn] [--service S] [--default] | remove NAME | pages REF</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>repeat %1 after %2</source>
        <translation>%1-mal wiederholen nach %2</translation>
    </message>
    <message>
        <source>No escalation policies.</source>
        <translation>Keine Eskalationsrichtlinien.</translation>
    </message>
    <message>
        <source>--repeat takes a whole number.</source>
        <translation>--repeat erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--repeat-interval takes whole minutes.</source>
        <translation>--repeat-interval erwartet ganze Minuten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity such as SEV2.</source>
        <translation>„%1“ ist kein Schweregrad wie SEV2.</translation>
    </message>
    <message>
        <source>Removed escalation policy &quot;%1&quot;.</source>
        <translation>Eskalationsrichtlinie „%1“ entfernt.</translation>
    </message>
    <message>
        <source>(nobody: %1 vacant)</source>
        <translation>(niemand: %1 unbesetzt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export --format statuspage takes no arguments.</source>
        <translation>export --format statuspage erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Warroom incidents</source>
        <translation>Warroom-Incidents</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n Incident nach %1 geschrieben.</numerusform>
            <numerusform>%n Incidents nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>export --format csv takes no arguments.</source>
        <translation>export --format csv erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Wrote %1 incidents to %2 and %3 timeline entries to %4.</source>
        <translation>%1 Incidents nach %2 und %3 Zeitleisteneinträge nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>export needs --format statuspage, csv, markdown, html or pdf.</source>
        <translation>export braucht --format statuspage, csv, markdown, html oder pdf.</translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export braucht --output DATEI.</translation>
    </message>
    <message>
        <source>export --format %1 takes exactly one REF (e.g. INC-12).</source>
        <translation>export --format %1 erwartet genau eine REF (z. B. INC-12).</translation>
    </message>
    <message>
        <source>--page must be a4 or letter.</source>
        <translation>--page muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>%1 has no postmortem yet; exporting a draft pre-filled from the incident.</source>
        <translation>%1 hat noch kein Postmortem; ein aus dem Incident vorbefüllter Entwurf wird exportiert.</translation>
    </message>
    <message>
        <source>PDF export needs a GUI application object.</source>
        <translation>Der PDF-Export braucht ein GUI-Anwendungsobjekt.</translation>
    </message>
    <message>
        <source>Wrote the postmortem of %1 to %2.</source>
        <translation>Postmortem von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>postmortem takes: REF [show [--json] | create | status draft|in-review|published | set FIELD TEXT]</source>
        <translation>postmortem erwartet: REF [show [--json] | create | status draft|in-review|published | set FELD TEXT]</translation>
    </message>
    <message>
        <source>%1 has no postmortem yet (create it with: postmortem %1 create).</source>
        <translation>%1 hat noch kein Postmortem (anlegen mit: postmortem %1 create).</translation>
    </message>
    <message>
        <source>Created the postmortem of %1 (draft).</source>
        <translation>Postmortem von %1 angelegt (Entwurf).</translation>
    </message>
    <message>
        <source>status must be draft, in-review or published.</source>
        <translation>status muss draft, in-review oder published sein.</translation>
    </message>
    <message>
        <source>Postmortem is now %1.</source>
        <translation>Das Postmortem ist jetzt %1.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; use one of summary, impact, detection, root_causes, contributing_factors, went_well, went_badly, lucky, lessons, why.</source>
        <translation>Unbekannter Abschnitt „%1“; verwenden Sie summary, impact, detection, root_causes, contributing_factors, went_well, went_badly, lucky, lessons oder why.</translation>
    </message>
    <message>
        <source>Import format: auto, gcp or statuspage; export format: statuspage, csv, markdown, html or pdf.</source>
        <translation>Importformat: auto, gcp oder statuspage; Exportformat: statuspage, csv, markdown, html oder pdf.</translation>
    </message>
    <message>
        <source>File to write (export).</source>
        <translation>Zu schreibende Datei (export).</translation>
    </message>
    <message>
        <source>Only public entries and their incidents (export).</source>
        <translation>Nur öffentliche Einträge und ihre Incidents (export).</translation>
    </message>
    <message>
        <source>Page size of a PDF export: a4 or letter.</source>
        <translation>Seitenformat eines PDF-Exports: a4 oder letter.</translation>
    </message>
    <message>
        <source>Escalation step DELAY:KIND:TARGET, repeatable (escalation add).</source>
        <translation>Eskalationsstufe VERZÖGERUNG:ART:ZIEL, wiederholbar (escalation add).</translation>
    </message>
    <message>
        <source>Extra rounds of an escalation policy.</source>
        <translation>Zusätzliche Runden einer Eskalationsrichtlinie.</translation>
    </message>
    <message>
        <source>Minutes between the last step and the next round.</source>
        <translation>Minuten zwischen der letzten Stufe und der nächsten Runde.</translation>
    </message>
    <message>
        <source>Escalate incidents of this severity and above, e.g. SEV2.</source>
        <translation>Incidents dieses Schweregrads und höher eskalieren, z. B. SEV2.</translation>
    </message>
    <message>
        <source>Make the escalation policy the default.</source>
        <translation>Die Eskalationsrichtlinie zum Standard machen.</translation>
    </message>
</context>
<context>
    <name>warroomd</name>
    <message>
        <source>Warroom service: takes alerts from Prometheus Alertmanager, Grafana and a generic JSON webhook and opens incidents in the shared database.</source>
        <translation>Warroom-Dienst: nimmt Alerts von Prometheus Alertmanager, Grafana und einem generischen JSON-Webhook an und eröffnet Incidents in der gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/warroom.db or postgresql://host/db.</source>
        <translation>Datenbank-URL: sqlite:/pfad/warroom.db oder postgresql://host/db.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0 picks a free one).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Config file (INI, or JSON by its .json suffix): tokens, severity mapping, service label, auto-resolve, body limit.</source>
        <translation>Konfigurationsdatei (INI, oder JSON an der Endung .json): Tokens, Zuordnung der Schweregrade, Service-Label, automatisches Beheben, Größenlimit.</translation>
    </message>
    <message>
        <source>warroomd: --database is required.</source>
        <translation>warroomd: --database ist erforderlich.</translation>
    </message>
</context>
</TS>
