// The Statuspage v2 writers, the HTML status page and the CSV export: shapes, the
// public-only rule, escaping of hostile text, day history, and reading the JSON back with
// the Statuspage importer.

#include "core/timeformat.h"
#include "interchange/importbatch.h"
#include "interchange/incidentcsv.h"
#include "interchange/statuspagehtml.h"
#include "interchange/statuspagewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warroom;

namespace {

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

TimelineEntry entry(const char* occurred, const QString& text, bool isPublic, EntryKind kind = EntryKind::StakeholderUpdate)
{
    TimelineEntry e;
    e.id = QUuid::createUuid();
    e.occurredAt = utc(occurred);
    e.recordedAt = e.occurredAt.addSecs(30);
    e.author = u"casey"_s;
    e.kind = kind;
    e.text = text;
    e.isPublic = isPublic;
    return e;
}

/// Now is 2024-03-20 12:00 UTC. Three incidents:
///  open SEV1 on "Card API" and "Dashboard" with two public updates and a private note;
///  resolved SEV3 on "Dashboard" (2024-03-18 23:00 to 2024-03-19 01:00) with one public update;
///  open SEV2 on "Webhooks" with only private entries (must never show).
StatusPageSnapshot sample()
{
    StatusPageSnapshot s;
    s.page = StatusPageInfo{u"lumen"_s, u"Lumen Payments Status"_s, u"https://status.example.com"_s};
    s.now = utc("2024-03-20T12:00:00Z");
    s.services = {u"Card API"_s, u"Dashboard"_s, u"Webhooks"_s};

    PublishedIncident open;
    open.incident.id = QUuid::createUuid();
    open.incident.number = 7;
    open.incident.title = u"Card authorisations failing"_s;
    open.incident.severity = 1;
    open.incident.status = IncidentStatus::Identified;
    open.incident.services = {u"Card API"_s, u"Dashboard"_s};
    open.incident.startedAt = utc("2024-03-20T09:00:00Z");
    open.incident.detectedAt = utc("2024-03-20T09:05:00Z");
    open.incident.declaredAt = utc("2024-03-20T09:10:00Z");
    open.incident.identifiedAt = utc("2024-03-20T09:40:00Z");
    open.updates = {entry("2024-03-20T09:12:00Z", u"We are investigating failed card payments."_s, true),
                    entry("2024-03-20T09:45:00Z", u"A certificate rotation is the cause; rolling back."_s, true),
                    entry("2024-03-20T09:20:00Z", u"PRIVATE: the on-call pager for token-svc is 555-0199"_s, false,
                          EntryKind::Note)};

    PublishedIncident past;
    past.incident.id = QUuid::createUuid();
    past.incident.number = 6;
    past.incident.title = u"Slow dashboard"_s;
    past.incident.severity = 3;
    past.incident.status = IncidentStatus::Resolved;
    past.incident.services = {u"Dashboard"_s};
    past.incident.startedAt = utc("2024-03-18T23:00:00Z");
    past.incident.declaredAt = utc("2024-03-18T23:10:00Z");
    past.incident.resolvedAt = utc("2024-03-19T01:00:00Z");
    past.updates = {entry("2024-03-18T23:10:00Z", u"Dashboard pages load slowly."_s, true)};

    PublishedIncident hidden;
    hidden.incident.id = QUuid::createUuid();
    hidden.incident.number = 8;
    hidden.incident.title = u"HIDDEN webhook backlog"_s;
    hidden.incident.severity = 2;
    hidden.incident.status = IncidentStatus::Investigating;
    hidden.incident.services = {u"Webhooks"_s};
    hidden.incident.startedAt = utc("2024-03-20T10:00:00Z");
    hidden.incident.declaredAt = utc("2024-03-20T10:00:00Z");
    hidden.updates = {entry("2024-03-20T10:01:00Z", u"HIDDEN internal chatter"_s, false)};

    s.incidents = {open, past, hidden};
    return s;
}

StatusPageSnapshot publicSample()
{
    StatusPageSnapshot s = sample();
    s.incidents = publicIncidents(s.incidents);
    return s;
}

QByteArray allOutputs(const StatusPageSnapshot& s)
{
    return statuspageSummaryDocument(s).toJson() + statuspageIncidentsDocument(s).toJson()
           + statuspageUnresolvedDocument(s).toJson() + renderStatusPageHtml(s).toUtf8();
}

} // namespace

class TestStatuspageWriter : public QObject {
    Q_OBJECT

private slots:
    void publicIncidentsKeepsOnlyPublicEntries()
    {
        const QList<PublishedIncident> kept = publicIncidents(sample().incidents);
        QCOMPARE(kept.size(), 2);   // the webhook incident has no public entry
        QCOMPARE(kept[0].incident.number, 7);
        QCOMPARE(kept[0].updates.size(), 2);
        for (const PublishedIncident& p : kept) {
            for (const TimelineEntry& e : p.updates)
                QVERIFY(e.isPublic);
        }
        // Deleted public entries go too.
        StatusPageSnapshot s = sample();
        for (TimelineEntry& e : s.incidents[1].updates)
            e.deleted = true;
        QCOMPARE(publicIncidents(s.incidents).size(), 1);
    }

    void privateTextNeverAppears()
    {
        // The API documents are written from publicIncidents(); the HTML page applies it itself,
        // so even an unfiltered snapshot must not leak.
        const QByteArray out = allOutputs(publicSample()) + renderStatusPageHtml(sample()).toUtf8();
        QVERIFY(!out.contains("PRIVATE"));
        QVERIFY(!out.contains("555-0199"));
        QVERIFY(!out.contains("HIDDEN"));
        QVERIFY(out.contains("Card authorisations failing"));
        QVERIFY(out.contains("Slow dashboard"));
    }

    void summaryShape()
    {
        const QJsonObject summary = statuspageSummaryDocument(publicSample()).object();
        const QJsonObject page = summary.value(u"page"_s).toObject();
        QCOMPARE(page.value(u"id"_s).toString(), u"lumen"_s);
        QCOMPARE(page.value(u"name"_s).toString(), u"Lumen Payments Status"_s);
        QCOMPARE(page.value(u"url"_s).toString(), u"https://status.example.com"_s);
        QCOMPARE(page.value(u"updated_at"_s).toString(), u"2024-03-20T12:00:00.000Z"_s);
        QVERIFY(summary.value(u"scheduled_maintenances"_s).isArray());

        const QJsonObject status = summary.value(u"status"_s).toObject();
        QCOMPARE(status.value(u"indicator"_s).toString(), u"critical"_s);
        QCOMPARE(status.value(u"description"_s).toString(), u"Major System Outage"_s);

        const QJsonArray components = summary.value(u"components"_s).toArray();
        QCOMPARE(components.size(), 3);
        QHash<QString, QString> state;
        for (const QJsonValue& c : components) {
            const QJsonObject o = c.toObject();
            QVERIFY(!o.value(u"id"_s).toString().isEmpty());
            QCOMPARE(o.value(u"page_id"_s).toString(), u"lumen"_s);
            QVERIFY(o.value(u"position"_s).toInt() >= 1);
            state.insert(o.value(u"name"_s).toString(), o.value(u"status"_s).toString());
        }
        QCOMPARE(state.value(u"Card API"_s), u"major_outage"_s);
        QCOMPARE(state.value(u"Dashboard"_s), u"major_outage"_s);
        QCOMPARE(state.value(u"Webhooks"_s), u"operational"_s);   // its only incident is not public

        const QJsonArray incidents = summary.value(u"incidents"_s).toArray();
        QCOMPARE(incidents.size(), 1);   // unresolved only
        QCOMPARE(incidents[0].toObject().value(u"name"_s).toString(), u"Card authorisations failing"_s);
    }

    void indicatorFollowsWorstOpenIncident()
    {
        StatusPageSnapshot s = publicSample();
        s.incidents[0].incident.severity = 2;
        QCOMPARE(statusIndicator(s).indicator, u"major"_s);
        s.incidents[0].incident.severity = 3;
        QCOMPARE(statusIndicator(s).indicator, u"minor"_s);
        s.incidents[0].incident.status = IncidentStatus::Resolved;
        QCOMPARE(statusIndicator(s).indicator, u"none"_s);
        QCOMPARE(statusIndicator(s).description, u"All Systems Operational"_s);
    }

    void incidentShape()
    {
        const StatusPageSnapshot s = publicSample();
        const QJsonObject doc = statuspageIncidentsDocument(s).object();
        const QJsonArray incidents = doc.value(u"incidents"_s).toArray();
        QCOMPARE(incidents.size(), 2);
        const QJsonObject first = incidents[0].toObject();   // newest first
        QCOMPARE(first.value(u"id"_s).toString(), s.incidents[0].incident.id.toString(QUuid::WithoutBraces));
        QCOMPARE(first.value(u"status"_s).toString(), u"identified"_s);
        QCOMPARE(first.value(u"impact"_s).toString(), u"critical"_s);
        QCOMPARE(first.value(u"created_at"_s).toString(), u"2024-03-20T09:10:00.000Z"_s);
        QCOMPARE(first.value(u"started_at"_s).toString(), u"2024-03-20T09:00:00.000Z"_s);
        QVERIFY(first.value(u"resolved_at"_s).isNull());
        QVERIFY(first.value(u"monitoring_at"_s).isNull());
        QCOMPARE(first.value(u"page_id"_s).toString(), u"lumen"_s);
        QVERIFY(first.value(u"shortlink"_s).toString().startsWith(u"https://status.example.com#incident-"_s));

        const QJsonArray updates = first.value(u"incident_updates"_s).toArray();
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates[0].toObject().value(u"display_at"_s).toString(), u"2024-03-20T09:45:00.000Z"_s);
        QCOMPARE(updates[0].toObject().value(u"created_at"_s).toString(), u"2024-03-20T09:45:30.000Z"_s);
        QCOMPARE(updates[0].toObject().value(u"status"_s).toString(), u"identified"_s);
        QCOMPARE(updates[1].toObject().value(u"status"_s).toString(), u"investigating"_s);
        QCOMPARE(updates[1].toObject().value(u"incident_id"_s).toString(), first.value(u"id"_s).toString());
        QCOMPARE(first.value(u"updated_at"_s).toString(), u"2024-03-20T09:45:30.000Z"_s);

        const QJsonArray components = first.value(u"components"_s).toArray();
        QCOMPARE(components.size(), 2);
        QCOMPARE(components[0].toObject().value(u"name"_s).toString(), u"Card API"_s);
        QCOMPARE(components[0].toObject().value(u"id"_s).toString(), statuspageComponentId(u"Card API"_s));

        const QJsonObject second = incidents[1].toObject();
        QCOMPARE(second.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(second.value(u"impact"_s).toString(), u"minor"_s);
        QCOMPARE(second.value(u"resolved_at"_s).toString(), u"2024-03-19T01:00:00.000Z"_s);

        const QJsonArray unresolved = statuspageUnresolvedDocument(s).object().value(u"incidents"_s).toArray();
        QCOMPARE(unresolved.size(), 1);
        QCOMPARE(unresolved[0].toObject().value(u"name"_s).toString(), u"Card authorisations failing"_s);
    }

    void incidentsDocumentIsLimited()
    {
        StatusPageSnapshot s = publicSample();
        const PublishedIncident model = s.incidents[1];
        for (int i = 0; i < 60; ++i) {
            PublishedIncident copy = model;
            copy.incident.id = QUuid::createUuid();
            copy.incident.declaredAt = model.incident.declaredAt.addSecs(-3600 * (i + 1));
            s.incidents << copy;
        }
        QCOMPARE(statuspageIncidentsDocument(s).object().value(u"incidents"_s).toArray().size(),
                 kStatuspageIncidentLimit);
        QCOMPARE(statuspageIncidentsDocument(s, -1).object().value(u"incidents"_s).toArray().size(), 62);
    }

    void mappings_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("impact");
        QTest::addColumn<QString>("component");
        QTest::newRow("SEV1") << 1 << u"critical"_s << u"major_outage"_s;
        QTest::newRow("SEV2") << 2 << u"major"_s << u"partial_outage"_s;
        QTest::newRow("SEV3") << 3 << u"minor"_s << u"degraded_performance"_s;
        QTest::newRow("SEV4") << 4 << u"none"_s << u"degraded_performance"_s;
    }
    void mappings()
    {
        QFETCH(int, severity);
        QFETCH(QString, impact);
        QFETCH(QString, component);
        QCOMPARE(statuspageImpact(severity), impact);
        QCOMPARE(componentStateKey(componentStateForSeverity(severity)), component);
    }

    void readBackByTheImporter()
    {
        const StatusPageSnapshot s = publicSample();
        const QJsonDocument doc = statuspageIncidentsDocument(s, -1);
        const Result<ImportBatch> batch = parseStatuspageDocument(doc, u"incidents.json"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorText()));
        QCOMPARE(batch->incidents.size(), 2);
        for (const ImportedIncident& imported : batch->incidents) {
            const QString id = imported.incident.sourceId;
            const auto original = std::find_if(s.incidents.cbegin(), s.incidents.cend(), [&](const PublishedIncident& p) {
                return statuspageIncidentId(p.incident) == id;
            });
            QVERIFY(original != s.incidents.cend());
            const Incident& a = original->incident;
            const Incident& b = imported.incident;
            QCOMPARE(b.source, u"statuspage:lumen"_s);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.severity, a.severity);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.services, a.services);
            QCOMPARE(b.startedAt, a.startedAt);
            QCOMPARE(b.declaredAt, a.declaredAt);
            QCOMPARE(b.resolvedAt, a.resolvedAt);
            QCOMPARE(b.mitigatedAt, a.mitigatedAt);
            QCOMPARE(imported.timeline.size(), original->updates.size());
            QList<TimelineEntry> expected = original->updates;
            std::sort(expected.begin(), expected.end(),
                      [](const TimelineEntry& x, const TimelineEntry& y) { return x.occurredAt < y.occurredAt; });
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(imported.timeline[i].text, expected[i].text);
                QCOMPARE(imported.timeline[i].occurredAt, expected[i].occurredAt);
                QCOMPARE(imported.timeline[i].recordedAt, expected[i].recordedAt);
            }
        }
        // No warnings: the writer fills every field the importer checks.
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));
    }

    void hostileTextIsEscaped()
    {
        StatusPageSnapshot s = publicSample();
        s.page.name = u"Acme <b>Status</b>"_s;
        s.incidents[0].incident.title = u"<script>alert('x')</script> & \"quoted\""_s;
        s.incidents[0].incident.services = {u"<img src=x onerror=alert(1)>"_s};
        s.services << u"<img src=x onerror=alert(1)>"_s;
        s.incidents[0].updates[0].text = u"</p><iframe src=\"https://evil.example\"></iframe>"_s;
        const QString html = renderStatusPageHtml(s);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<iframe"_s));
        QVERIFY(!html.contains(u"<b>Status"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quoted&quot;"_s));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
        QVERIFY(html.contains(u"<title>Acme &lt;b&gt;Status&lt;/b&gt;</title>"_s));

        // The JSON carries the text as it is: its consumers escape for their own output.
        const QJsonObject first =
            statuspageIncidentsDocument(s).object().value(u"incidents"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"name"_s).toString(), s.incidents[0].incident.title);
    }

    void htmlContents()
    {
        const QString html = renderStatusPageHtml(publicSample());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(!html.contains(u"src="_s));
        QVERIFY(html.contains(u"Major System Outage"_s));
        QVERIFY(html.contains(u"id=\"active\""_s));
        // Updates newest first.
        const qsizetype newer = html.indexOf(u"A certificate rotation is the cause"_s);
        const qsizetype older = html.indexOf(u"We are investigating failed card payments."_s);
        QVERIFY(newer > 0 && older > newer);
        // 90 day cells per service, 3 services.
        QCOMPARE(html.count(u"<span class=\"day"_s), 3 * 90);
        QVERIFY(html.contains(u"Slow dashboard"_s));
        QVERIFY(html.contains(u"Past incidents"_s));

        // Open incidents: most severe first, even when a milder one is newer.
        StatusPageSnapshot s = publicSample();
        PublishedIncident milder = s.incidents[0];
        milder.incident.id = QUuid::createUuid();
        milder.incident.title = u"Newer minor slowness"_s;
        milder.incident.severity = 3;
        milder.incident.startedAt = s.incidents[0].incident.startedAt.addSecs(3600);
        s.incidents.prepend(milder);
        const QString ordered = renderStatusPageHtml(s);
        QVERIFY(ordered.indexOf(u"Card authorisations failing"_s) < ordered.indexOf(u"Newer minor slowness"_s));
    }

    void emptyPage()
    {
        StatusPageSnapshot s;
        s.now = utc("2024-03-20T12:00:00Z");
        const QString html = renderStatusPageHtml(s);
        QVERIFY(html.contains(u"All Systems Operational"_s));
        QVERIFY(html.contains(u"banner-none"_s));
        QVERIFY(html.contains(u"No incidents reported."_s));
        QVERIFY(html.contains(u"No services are listed yet."_s));
        QVERIFY(!html.contains(u"id=\"active\""_s));
        const QJsonObject summary = statuspageSummaryDocument(s).object();
        QCOMPARE(summary.value(u"status"_s).toObject().value(u"indicator"_s).toString(), u"none"_s);
        QVERIFY(summary.value(u"incidents"_s).toArray().isEmpty());
        QVERIFY(summary.value(u"components"_s).toArray().isEmpty());
    }

    void dayHistory()
    {
        const StatusPageSnapshot s = publicSample();
        const QList<ServiceDay> dashboard = serviceHistory(u"Dashboard"_s, s);
        QCOMPARE(dashboard.size(), 90);
        QCOMPARE(dashboard.last().date, QDate(2024, 3, 20));
        QCOMPARE(dashboard.first().date, QDate(2024, 3, 20).addDays(-89));
        // The SEV3 spans 18 Mar 23:00 to 19 Mar 01:00: an hour on each day.
        QCOMPARE(dashboard[87].date, QDate(2024, 3, 18));
        QCOMPARE(dashboard[87].worst, std::optional<SeverityLevel>(3));
        QCOMPARE(dashboard[87].impactSeconds, 3600);
        QCOMPARE(dashboard[88].impactSeconds, 3600);
        // Today: the open SEV1 since 09:00, now 12:00.
        QCOMPARE(dashboard[89].worst, std::optional<SeverityLevel>(1));
        QCOMPARE(dashboard[89].impactSeconds, 3 * 3600);
        QCOMPARE(dashboard[89].titles, QStringList{u"Card authorisations failing"_s});
        QVERIFY(!dashboard[86].worst.has_value());

        // Availability counts SEV1/SEV2 only: 3 h out of 89.5 days.
        const double window = 89 * 86400.0 + 12 * 3600.0;
        QVERIFY(qAbs(serviceAvailability(u"Dashboard"_s, s) - (1.0 - 3 * 3600.0 / window)) < 1e-9);
        QCOMPARE(serviceAvailability(u"Webhooks"_s, s), 1.0);
    }

    void csv()
    {
        StatusPageSnapshot s = publicSample();
        s.incidents[0].incident.title = u"Payments, \"cards\"\nand more"_s;
        const QString incidents = QString::fromUtf8(incidentsCsv(s.incidents));
        const QStringList lines = incidents.split(u"\r\n"_s);
        QVERIFY(lines[0].startsWith(u"ref,id,title,summary,severity,status,services,"_s));
        QVERIFY(incidents.contains(u"INC-7,"_s + s.incidents[0].incident.id.toString(QUuid::WithoutBraces)
                                   + u",\"Payments, \"\"cards\"\"\nand more\",,SEV1,identified,Card API; Dashboard,"_s));
        QVERIFY(incidents.contains(u",2024-03-20T09:00:00.000Z,"_s));
        const QString timeline = QString::fromUtf8(timelineCsv(s.incidents));
        QVERIFY(timeline.startsWith(u"incident_ref,incident_id,entry_id,occurred_at,recorded_at,author,kind,public,pinned,text\r\n"_s));
        QCOMPARE(timeline.count(u"\r\n"_s), 1 + 3);
        QVERIFY(timeline.contains(u",casey,stakeholder_update,true,false,Dashboard pages load slowly.\r\n"_s));
        QCOMPARE(csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(csvField(u"a,b"_s), u"\"a,b\""_s);
    }
};

QTEST_GUILESS_MAIN(TestStatuspageWriter)
#include "tst_statuspagewriter.moc"
