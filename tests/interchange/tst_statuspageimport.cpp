// The Atlassian Statuspage parser, over hand-written incidents.json fixtures; also format detection.

#include "core/timeformat.h"
#include "interchange/importbatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

Q_DECLARE_METATYPE(warroom::ImportLimits)

using namespace Qt::StringLiterals;
using namespace warroom;

namespace {

const QString kPageSource = u"statuspage:k7pq2m9xw4dt"_s;
const QString kPageName = u"Lumen Payments Status"_s;

QString fixture(const QString& name)
{
    return QStringLiteral(WARROOM_TEST_DATA_DIR "/statuspage/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QDateTime utc(const char* iso)
{
    return iso ? parseIsoUtc(QString::fromLatin1(iso)) : QDateTime();
}

/// A valid Statuspage incident with two updates; rows change one thing in a copy of it.
QJsonObject validIncident(const QString& id)
{
    const QByteArray json = R"({
        "id": "ID", "name": "Slow checkout pages", "status": "resolved", "impact": "minor",
        "created_at": "2024-01-05T10:00:00.000Z", "started_at": "2024-01-05T09:50:00.000Z",
        "monitoring_at": null, "resolved_at": "2024-01-05T11:00:00.000Z", "page_id": "pg1",
        "components": [{"id": "c1", "name": "Checkout"}],
        "incident_updates": [
            {"id": "up2", "status": "resolved", "body": "Fixed.", "created_at": "2024-01-05T11:00:00.000Z",
             "display_at": "2024-01-05T11:00:00.000Z", "affected_components": null},
            {"id": "up1", "status": "investigating", "body": "Looking into it.",
             "created_at": "2024-01-05T10:00:00.000Z", "display_at": "2024-01-05T10:00:00.000Z"}
        ]})";
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(u"id"_s, id);
    return object;
}

using Mutation = std::function<void(QJsonObject&)>;

/// A {page, incidents} document of two incidents whose second (index 1, id "bad1") is changed.
QByteArray pageWith(const Mutation& mutate)
{
    QJsonObject second = validIncident(u"bad1"_s);
    mutate(second);
    const QJsonObject page{{u"id"_s, u"pg1"_s}, {u"name"_s, u"Shop Status"_s}};
    return QJsonDocument(QJsonObject{{u"page"_s, page}, {u"incidents"_s, QJsonArray{validIncident(u"ok0"_s), second}}})
        .toJson();
}

Mutation with(const char* key, const QJsonValue& value)
{
    return [=](QJsonObject& o) { o.insert(QString::fromLatin1(key), value); };
}

Mutation without(const char* key)
{
    return [=](QJsonObject& o) { o.remove(QString::fromLatin1(key)); };
}

/// Applies `mutate` to incident_updates[index].
Mutation onUpdate(int index, const Mutation& mutate)
{
    return [=](QJsonObject& incident) {
        QJsonArray updates = incident.value(u"incident_updates"_s).toArray();
        QJsonObject update = updates.at(index).toObject();
        mutate(update);
        updates.replace(index, update);
        incident.insert(u"incident_updates"_s, updates);
    };
}

Result<ImportBatch> parseOne(const QJsonObject& incident)
{
    return parseHistory(QJsonDocument(QJsonObject{{u"incidents"_s, QJsonArray{incident}}}).toJson(), u"one.json"_s,
                        ImportFormat::Statuspage);
}

} // namespace

class TestStatuspageImport : public QObject {
    Q_OBJECT

private slots:
    void pageCountsAndWarnings();
    void incidentMapping_data();
    void incidentMapping();
    void timelineOrder_data();
    void timelineOrder();
    void entryFields();
    void idsAreStable();
    void singleIncidentObject();
    void bareArray();
    void summaryAndMaintenanceFiles();
    void withoutPage();
    void statusMapping_data();
    void statusMapping();
    void impactMapping_data();
    void impactMapping();
    void duplicates();
    void malformed_data();
    void malformed();
    void malformedFiles_data();
    void malformedFiles();
    void limits_data();
    void limits();
    void formatDetection_data();
    void formatDetection();
    void parseImportFormatNames_data();
    void parseImportFormatNames();
};

void TestStatuspageImport::pageCountsAndWarnings()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Statuspage);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ImportBatch& batch = *result;
    QCOMPARE(batch.format, u"statuspage"_s);
    QCOMPARE(batch.sourceLabel, kPageName);
    QCOMPARE(batch.incidents.size(), 5);
    QCOMPARE(batch.timelineEntryCount(), 19);
    for (const ImportedIncident& imported : batch.incidents) {
        QCOMPARE(imported.incident.source, kPageSource);
        QCOMPARE(imported.incident.number, 0);
        QCOMPARE(imported.incident.id, importedIncidentId(kPageSource, imported.incident.sourceId));
    }
    const QString at = u"incidents.json: incident "_s;
    QCOMPARE(batch.warnings,
             QStringList({at + u"2 (\"f9w3e5s8ua0c\"): impact \"maintenance\" imported as SEV4"_s,
                          at + u"2 (\"f9w3e5s8ua0c\"): maintenance status \"completed\" imported as Resolved"_s,
                          at + u"3 (\"p0l5k3j7hg2d\"): no affected components"_s,
                          at + u"4 (\"z8x6c4v2b1nm\"): declared 15m before impact started"_s}));

    // The same file sniffed.
    const Result<ImportBatch> sniffed = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Auto);
    QVERIFY(sniffed.ok());
    QCOMPARE(sniffed->format, u"statuspage"_s);
    QCOMPARE(sniffed->timelineEntryCount(), 19);
}

void TestStatuspageImport::incidentMapping_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("severity");
    QTest::addColumn<IncidentStatus>("status");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("declared");
    QTest::addColumn<QDateTime>("identified");
    QTest::addColumn<QDateTime>("mitigated");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<int>("entries");

    // started_at given; identified from the first of two "identified" updates; monitoring_at wins.
    QTest::newRow("critical postmortem")
        << 0 << u"r4n8vx2kq1zb"_s << u"Elevated error rates on card authorisations"_s << 1 << IncidentStatus::Postmortem
        << QStringList{u"Card Authorisation API"_s, u"Merchant Dashboard"_s} << utc("2024-03-12T08:58:00.000Z")
        << utc("2024-03-12T09:14:27.512Z") << utc("2024-03-12T09:41:03.201Z") << utc("2024-03-12T10:05:41.118Z")
        << utc("2024-03-12T11:32:09.004Z") << 6;
    // started_at null -> created_at; times with a -05:00 offset; mitigated from the monitoring update.
    QTest::newRow("minor resolved, offsets")
        << 1 << u"b2c7d1m0ht6y"_s << u"Delayed webhook deliveries"_s << 3 << IncidentStatus::Resolved
        << QStringList{u"Webhooks"_s} << utc("2024-02-27T21:20:05Z") << utc("2024-02-27T21:20:05Z") << utc(nullptr)
        << utc("2024-02-27T22:58:12Z") << utc("2024-02-27T23:47:30Z") << 3;
    // Maintenance: "verifying" is not "monitoring", so no mitigation time.
    QTest::newRow("maintenance") << 2 << u"f9w3e5s8ua0c"_s << u"Scheduled database maintenance"_s << 4
                                 << IncidentStatus::Resolved << QStringList{u"Public API"_s, u"Merchant Dashboard"_s}
                                 << utc("2024-02-20T12:00:00Z") << utc("2024-02-20T12:00:00Z") << utc(nullptr)
                                 << utc(nullptr) << utc("2024-02-24T03:41:10Z") << 4;
    // started_at absent; still open; no components.
    QTest::newRow("major open") << 3 << u"p0l5k3j7hg2d"_s
                                << u"Dashboard login failures for some SSO users \u2014 Okta tenants"_s << 2
                                << IncidentStatus::Identified << QStringList() << utc("2024-03-20T14:03:11Z")
                                << utc("2024-03-20T14:03:11Z") << utc("2024-03-20T14:31:45Z") << utc(nullptr)
                                << utc(nullptr) << 3;
    // monitoring_at (14:02) differs from the monitoring update's display_at (14:05): monitoring_at wins.
    QTest::newRow("none monitoring") << 4 << u"z8x6c4v2b1nm"_s << u"Intermittent 502 responses from the EU edge"_s << 4
                                     << IncidentStatus::Mitigated << QStringList{u"EU Edge"_s, u"Public API"_s}
                                     << utc("2024-03-18T13:45:00Z") << utc("2024-03-18T13:30:00Z") << utc(nullptr)
                                     << utc("2024-03-18T14:02:00Z") << utc(nullptr) << 3;
}

void TestStatuspageImport::incidentMapping()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(int, severity);
    QFETCH(IncidentStatus, status);
    QFETCH(QStringList, services);
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, declared);
    QFETCH(QDateTime, identified);
    QFETCH(QDateTime, mitigated);
    QFETCH(QDateTime, resolved);
    QFETCH(int, entries);

    const Result<ImportBatch> result = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Statuspage);
    QVERIFY(result.ok());
    const ImportedIncident& imported = result->incidents.at(index);
    const Incident& incident = imported.incident;
    QCOMPARE(incident.sourceId, id);
    QCOMPARE(incident.title, title);
    QCOMPARE(incident.severity, severity);
    QCOMPARE(incident.status, status);
    QCOMPARE(incident.services, services);
    QCOMPARE(incident.startedAt, started);
    QCOMPARE(incident.detectedAt, declared);
    QCOMPARE(incident.declaredAt, declared);
    QCOMPARE(incident.identifiedAt, identified);
    QCOMPARE(incident.mitigatedAt, mitigated);
    QCOMPARE(incident.resolvedAt, resolved);
    QVERIFY(!incident.acknowledgedAt.isValid());
    QVERIFY(!incident.closedAt.isValid());
    QCOMPARE(imported.timeline.size(), entries);
}

void TestStatuspageImport::timelineOrder_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("order");

    // The file lists every incident's updates shuffled.
    QTest::newRow("0") << 0
                       << QStringList{u"u0invest001"_s, u"u0identif02"_s, u"u0identif03"_s,
                                      u"u0monitor04"_s, u"u0resolve05"_s, u"u0postmrt06"_s};
    QTest::newRow("1") << 1 << QStringList{u"u1invest001"_s, u"u1monitr002"_s, u"u1resolv003"_s};
    QTest::newRow("2") << 2 << QStringList{u"u2sched0001"_s, u"u2inprog002"_s, u"u2verify003"_s, u"u2complt004"_s};
    QTest::newRow("3") << 3 << QStringList{u"u3invest001"_s, u"u3identi002"_s, u"u3identi003"_s};
    QTest::newRow("4") << 4 << QStringList{u"u4invest001"_s, u"u4monitr002"_s, u"u4update003"_s};
}

void TestStatuspageImport::timelineOrder()
{
    QFETCH(int, index);
    QFETCH(QStringList, order);
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Statuspage);
    QVERIFY(result.ok());
    const ImportedIncident& imported = result->incidents.at(index);
    QStringList ids;
    for (qsizetype i = 0; i < imported.timeline.size(); ++i) {
        const TimelineEntry& entry = imported.timeline.at(i);
        ids << entry.sourceId;
        if (i > 0)
            QVERIFY(imported.timeline.at(i - 1).occurredAt <= entry.occurredAt);
        QCOMPARE(entry.incidentId, imported.incident.id);
        QCOMPARE(entry.id, importedEntryId(kPageSource, imported.incident.sourceId, entry.sourceId));
        QCOMPARE(entry.author, kPageName);
        QCOMPARE(entry.kind, EntryKind::StakeholderUpdate);
        QVERIFY(entry.isPublic);
        QVERIFY(!entry.pinned);
    }
    QCOMPARE(ids, order);
}

void TestStatuspageImport::entryFields()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Statuspage);
    QVERIFY(result.ok());

    // display_at (14:05) is earlier than created_at (14:06:30): occurred vs recorded.
    const QList<TimelineEntry>& edge = result->incidents.at(4).timeline;
    QCOMPARE(edge.at(1).sourceId, u"u4monitr002"_s);
    QCOMPARE(edge.at(1).occurredAt, utc("2024-03-18T14:05:00Z"));
    QCOMPARE(edge.at(1).recordedAt, utc("2024-03-18T14:06:30Z"));
    QCOMPARE(edge.at(1).text,
             u"We drained the faulty edge node in Frankfurt and error rates are back at baseline. Monitoring."_s);
    QCOMPARE(edge.at(1).id, QUuid::createUuidV5(importNamespaceUuid(),
                                                u"statuspage:k7pq2m9xw4dt/z8x6c4v2b1nm/u4monitr002"_s));
    // display_at null: occurred at created_at.
    QCOMPARE(edge.at(2).occurredAt, utc("2024-03-18T14:40:00Z"));
    QCOMPARE(edge.at(2).recordedAt, utc("2024-03-18T14:40:00Z"));

    // A null body is an empty text, not an error.
    const TimelineEntry& nullBody = result->incidents.at(3).timeline.at(2);
    QCOMPARE(nullBody.sourceId, u"u3identi003"_s);
    QVERIFY(nullBody.text.isEmpty());

    // Offsets are converted to UTC.
    const TimelineEntry& offset = result->incidents.at(1).timeline.at(0);
    QCOMPARE(offset.occurredAt, utc("2024-02-27T21:20:05Z"));
    QCOMPARE(offset.occurredAt.timeSpec(), Qt::UTC);
    QCOMPARE(toIsoUtc(offset.occurredAt), u"2024-02-27T21:20:05.000Z"_s);

    // Markdown bodies are kept as written.
    const TimelineEntry& postmortem = result->incidents.at(0).timeline.last();
    QVERIFY(postmortem.text.startsWith(u"## What happened\nA scheduled certificate rotation"_s));
    QCOMPARE(postmortem.occurredAt, utc("2024-03-15T17:02:44.870Z"));
}

void TestStatuspageImport::idsAreStable()
{
    const QByteArray data = readAll(fixture(u"incidents.json"_s));
    QVERIFY(!data.isEmpty());
    const Result<ImportBatch> a = parseStatuspageHistory(data, u"a.json"_s);
    const Result<ImportBatch> b = parseHistory(data, u"b.json"_s, ImportFormat::Auto);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QSet<QUuid> entryIds;
    for (qsizetype i = 0; i < a->incidents.size(); ++i) {
        QCOMPARE(a->incidents.at(i).incident.id, b->incidents.at(i).incident.id);
        for (qsizetype j = 0; j < a->incidents.at(i).timeline.size(); ++j) {
            QCOMPARE(a->incidents.at(i).timeline.at(j).id, b->incidents.at(i).timeline.at(j).id);
            entryIds.insert(a->incidents.at(i).timeline.at(j).id);
        }
    }
    QCOMPARE(entryIds.size(), 19);
    QCOMPARE(a->incidents.at(0).incident.id,
             QUuid::createUuidV5(QUuid(u"7a364579-2021-4a6a-bba0-167b5c82f65f"_s),
                                 QByteArray("statuspage:k7pq2m9xw4dt/r4n8vx2kq1zb")));
}

void TestStatuspageImport::singleIncidentObject()
{
    const Result<ImportBatch> single = parseHistoryFile(fixture(u"single-incident.json"_s), ImportFormat::Auto);
    QVERIFY2(single.ok(), qPrintable(single.ok() ? QString() : single.error().message));
    QCOMPARE(single->format, u"statuspage"_s);
    QCOMPARE(single->sourceLabel, kPageName);
    QCOMPARE(single->incidents.size(), 1);
    QCOMPARE(single->timelineEntryCount(), 3);
    QVERIFY(single->warnings.isEmpty());

    // The same incident as incidents.json[1]: same ids, so a re-import finds the rows.
    const Result<ImportBatch> page = parseHistoryFile(fixture(u"incidents.json"_s), ImportFormat::Auto);
    QVERIFY(page.ok());
    const ImportedIncident& a = single->incidents.first();
    const ImportedIncident& b = page->incidents.at(1);
    QCOMPARE(a.incident.id, b.incident.id);
    QCOMPARE(a.incident.mitigatedAt, b.incident.mitigatedAt);
    for (qsizetype i = 0; i < a.timeline.size(); ++i)
        QCOMPARE(a.timeline.at(i).id, b.timeline.at(i).id);
}

void TestStatuspageImport::bareArray()
{
    const QByteArray data = readAll(fixture(u"bare-array.json"_s));
    QVERIFY(!data.isEmpty());
    QCOMPARE(detectImportFormat(QJsonDocument::fromJson(data)), ImportFormat::Statuspage);
    const Result<ImportBatch> result = parseHistory(data, u"bare-array.json"_s, ImportFormat::Auto);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->format, u"statuspage"_s);
    QCOMPARE(result->sourceLabel, u"Statuspage"_s);
    QCOMPARE(result->incidents.size(), 2);
    QCOMPARE(result->timelineEntryCount(), 6);
    // Without a page object the page id comes from each incident's page_id.
    QCOMPARE(result->incidents.at(0).incident.source, kPageSource);
    QCOMPARE(result->incidents.at(0).incident.sourceId, u"p0l5k3j7hg2d"_s);
    QCOMPARE(result->incidents.at(1).incident.sourceId, u"b2c7d1m0ht6y"_s);
    QCOMPARE(result->incidents.at(1).timeline.first().author, u"Statuspage"_s);
    QCOMPARE(result->warnings,
             QStringList{u"bare-array.json: incident 0 (\"p0l5k3j7hg2d\"): no affected components"_s});
}

void TestStatuspageImport::summaryAndMaintenanceFiles()
{
    QJsonObject maintenance = validIncident(u"m1"_s);
    maintenance.insert(u"impact"_s, u"maintenance"_s);
    maintenance.insert(u"status"_s, u"scheduled"_s);
    maintenance.insert(u"resolved_at"_s, QJsonValue::Null);
    const QJsonObject page{{u"id"_s, u"pg9"_s}, {u"name"_s, u"Shop Status"_s}};

    // scheduled-maintenances.json: the maintenances are the incidents.
    const QByteArray maintenances =
        QJsonDocument(QJsonObject{{u"page"_s, page}, {u"scheduled_maintenances"_s, QJsonArray{maintenance}}}).toJson();
    const Result<ImportBatch> a = parseHistory(maintenances, u"scheduled-maintenances.json"_s, ImportFormat::Auto);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
    QCOMPARE(a->format, u"statuspage"_s);
    QCOMPARE(a->incidents.size(), 1);
    QCOMPARE(a->incidents.first().incident.source, u"statuspage:pg9"_s);
    QCOMPARE(a->incidents.first().incident.status, IncidentStatus::Investigating);
    QCOMPARE(a->incidents.first().incident.severity, 4);
    QCOMPARE(a->warnings.size(), 2);   // maintenance impact, maintenance status

    // summary.json: only "incidents" count, one incident per element.
    const QByteArray summary = QJsonDocument(QJsonObject{{u"page"_s, page},
                                                         {u"status"_s, QJsonObject{{u"indicator"_s, u"minor"_s}}},
                                                         {u"components"_s, QJsonArray{}},
                                                         {u"incidents"_s, QJsonArray{validIncident(u"i1"_s)}},
                                                         {u"scheduled_maintenances"_s, QJsonArray{maintenance}}})
                                   .toJson();
    const Result<ImportBatch> b = parseHistory(summary, u"summary.json"_s, ImportFormat::Auto);
    QVERIFY(b.ok());
    QCOMPARE(b->incidents.size(), 1);
    QCOMPARE(b->incidents.first().incident.sourceId, u"i1"_s);
    QCOMPARE(b->timelineEntryCount(), 2);
    QVERIFY(b->warnings.isEmpty());
}

void TestStatuspageImport::withoutPage()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"no-page.json"_s), ImportFormat::Auto);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->format, u"statuspage"_s);
    QCOMPARE(result->sourceLabel, u"Statuspage"_s);
    QCOMPARE(result->incidents.size(), 2);

    const Incident& odd = result->incidents.at(0).incident;
    QCOMPARE(odd.source, u"statuspage"_s);
    QCOMPARE(odd.id, QUuid::createUuidV5(importNamespaceUuid(), u"statuspage/q1w2e3r4t5y6"_s));
    QCOMPARE(odd.severity, 4);
    QCOMPARE(odd.status, IncidentStatus::Resolved);   // unknown status, but resolved_at is set
    QCOMPARE(odd.startedAt, utc("2023-11-02T08:15:00Z"));
    QCOMPARE(odd.resolvedAt, utc("2023-11-02T09:00:00Z"));
    QVERIFY(result->incidents.at(0).timeline.isEmpty());

    const ImportedIncident& swapped = result->incidents.at(1);
    QCOMPARE(swapped.incident.services, QStringList{u"Public API"_s});   // the nameless component is skipped
    QCOMPARE(swapped.timeline.size(), 1);
    QCOMPARE(swapped.timeline.first().text, QString());

    const QString a = u"no-page.json: incident 0 (\"q1w2e3r4t5y6\"): "_s;
    const QString b = u"no-page.json: incident 1 (\"h7j8k9l0m1n2\"): "_s;
    QCOMPARE(result->warnings, QStringList({a + u"unknown impact \"severe\", imported as SEV4"_s,
                                            a + u"no affected components"_s,
                                            a + u"unknown status \"degraded\", imported as Resolved"_s,
                                            a + u"no updates"_s,
                                            b + u"no impact, imported as SEV4"_s,
                                            b + u"resolved 30m before impact started"_s}));
}

void TestStatuspageImport::statusMapping_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<bool>("resolved");   // resolved_at set
    QTest::addColumn<IncidentStatus>("expected");
    QTest::addColumn<QString>("warning");   // empty: none

    QTest::newRow("investigating") << QJsonValue(u"investigating"_s) << false << IncidentStatus::Investigating
                                   << QString();
    QTest::newRow("identified") << QJsonValue(u"identified"_s) << false << IncidentStatus::Identified << QString();
    QTest::newRow("monitoring") << QJsonValue(u"monitoring"_s) << false << IncidentStatus::Mitigated << QString();
    QTest::newRow("resolved") << QJsonValue(u"resolved"_s) << true << IncidentStatus::Resolved << QString();
    QTest::newRow("postmortem") << QJsonValue(u"postmortem"_s) << true << IncidentStatus::Postmortem << QString();
    QTest::newRow("upper case") << QJsonValue(u"Monitoring"_s) << false << IncidentStatus::Mitigated << QString();
    QTest::newRow("scheduled") << QJsonValue(u"scheduled"_s) << false << IncidentStatus::Investigating
                               << u"maintenance status \"scheduled\" imported as Investigating"_s;
    QTest::newRow("in_progress") << QJsonValue(u"in_progress"_s) << false << IncidentStatus::Investigating
                                 << u"maintenance status \"in_progress\" imported as Investigating"_s;
    QTest::newRow("verifying") << QJsonValue(u"verifying"_s) << false << IncidentStatus::Mitigated
                               << u"maintenance status \"verifying\" imported as Mitigated"_s;
    QTest::newRow("completed") << QJsonValue(u"completed"_s) << true << IncidentStatus::Resolved
                               << u"maintenance status \"completed\" imported as Resolved"_s;
    QTest::newRow("unknown, open") << QJsonValue(u"paused"_s) << false << IncidentStatus::Investigating
                                   << u"unknown status \"paused\", imported as Investigating"_s;
    QTest::newRow("missing, resolved") << QJsonValue(QJsonValue::Undefined) << true << IncidentStatus::Resolved
                                       << u"no status, imported as Resolved"_s;
    QTest::newRow("resolved without time") << QJsonValue(u"resolved"_s) << false << IncidentStatus::Resolved
                                           << u"status \"resolved\" without a resolved_at time"_s;
}

void TestStatuspageImport::statusMapping()
{
    QFETCH(QJsonValue, status);
    QFETCH(bool, resolved);
    QFETCH(IncidentStatus, expected);
    QFETCH(QString, warning);

    QJsonObject incident = validIncident(u"s1"_s);
    if (status.isUndefined())
        incident.remove(u"status"_s);
    else
        incident.insert(u"status"_s, status);
    if (!resolved)
        incident.insert(u"resolved_at"_s, QJsonValue::Null);
    const Result<ImportBatch> result = parseOne(incident);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->incidents.first().incident.status, expected);
    if (warning.isEmpty())
        QCOMPARE(result->warnings, QStringList());
    else
        QCOMPARE(result->warnings, QStringList{u"one.json: incident 0 (\"s1\"): "_s + warning});
}

void TestStatuspageImport::impactMapping_data()
{
    QTest::addColumn<QJsonValue>("impact");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("warning");

    QTest::newRow("critical") << QJsonValue(u"critical"_s) << 1 << QString();
    QTest::newRow("major") << QJsonValue(u"major"_s) << 2 << QString();
    QTest::newRow("minor") << QJsonValue(u"minor"_s) << 3 << QString();
    QTest::newRow("none") << QJsonValue(u"none"_s) << 4 << QString();
    QTest::newRow("Major") << QJsonValue(u"Major"_s) << 2 << QString();
    QTest::newRow("maintenance") << QJsonValue(u"maintenance"_s) << 4 << u"impact \"maintenance\" imported as SEV4"_s;
    QTest::newRow("unknown") << QJsonValue(u"catastrophic"_s) << 4
                             << u"unknown impact \"catastrophic\", imported as SEV4"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 4 << u"no impact, imported as SEV4"_s;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 4 << u"no impact, imported as SEV4"_s;
}

void TestStatuspageImport::impactMapping()
{
    QFETCH(QJsonValue, impact);
    QFETCH(int, severity);
    QFETCH(QString, warning);

    QJsonObject incident = validIncident(u"i1"_s);
    if (impact.isUndefined())
        incident.remove(u"impact"_s);
    else
        incident.insert(u"impact"_s, impact);
    const Result<ImportBatch> result = parseOne(incident);
    QVERIFY(result.ok());
    QCOMPARE(result->incidents.first().incident.severity, severity);
    if (warning.isEmpty())
        QCOMPARE(result->warnings, QStringList());
    else
        QCOMPARE(result->warnings, QStringList{u"one.json: incident 0 (\"i1\"): "_s + warning});
}

void TestStatuspageImport::duplicates()
{
    QJsonObject twice = validIncident(u"dup"_s);
    QJsonArray updates = twice.value(u"incident_updates"_s).toArray();
    QJsonObject copy = updates.at(0).toObject();
    copy.insert(u"body"_s, u"Edited copy."_s);
    updates.append(copy);
    twice.insert(u"incident_updates"_s, updates);
    const QByteArray data =
        QJsonDocument(QJsonObject{{u"incidents"_s, QJsonArray{twice, validIncident(u"dup"_s)}}}).toJson();
    const Result<ImportBatch> result = parseHistory(data, u"dup.json"_s, ImportFormat::Statuspage);
    QVERIFY(result.ok());
    // One incident per element and one entry per update, even when ids repeat.
    QCOMPARE(result->incidents.size(), 2);
    QCOMPARE(result->timelineEntryCount(), 5);
    QCOMPARE(result->incidents.at(0).incident.id, result->incidents.at(1).incident.id);
    QCOMPARE(result->warnings,
             QStringList({u"dup.json: incident 0 (\"dup\"): update id \"up2\" appears more than once; the copies share "
                          "one id"_s,
                          u"dup.json: incident 1 (\"dup\"): repeats the id of incident 0; both get the same ids"_s}));
}

void TestStatuspageImport::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");

    const QString at = u"bad.json: incident 1 (\"bad1\"): "_s;
    QTest::newRow("empty") << QByteArray() << QStringList{u"bad.json: the file is empty"_s};
    QTest::newRow("truncated") << QByteArray(R"({"page": {"id": "p"}, "incidents": [{"id": "a", "na)")
                               << QStringList{u"bad.json: not valid JSON: "_s, u"(byte offset "_s};
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Rate limited</body></html>")
                          << QStringList{u"bad.json: not valid JSON: "_s,
                                         u"illegal value at line 1, column 2 (byte offset 1)"_s};
    QTest::newRow("syntax error on line 3")
        << QByteArray("{\n  \"incidents\": [\n    {\"id\": \"a\",, \"name\": \"b\"}\n  ]\n}\n")
        << QStringList{u"bad.json: not valid JSON: "_s, u" at line 3, column "_s};
    QTest::newRow("incidents missing") << QByteArray(R"({"page": {"id": "p", "name": "P"}})")
                                       << QStringList{u"bad.json: \"incidents\" is missing"_s};
    QTest::newRow("incidents null") << QByteArray(R"({"page": {"id": "p"}, "incidents": null})")
                                    << QStringList{u"bad.json: \"incidents\" is missing"_s};
    QTest::newRow("incidents string") << QByteArray(R"({"incidents": "none"})")
                                      << QStringList{u"bad.json: \"incidents\" is a string, expected an array"_s};
    QTest::newRow("page array") << QByteArray(R"({"page": [], "incidents": []})")
                                << QStringList{u"bad.json: \"page\" is an array, expected an object"_s};
    QTest::newRow("page id number") << QByteArray(R"({"page": {"id": 7}, "incidents": []})")
                                    << QStringList{u"bad.json: page: \"id\" is a number, expected a string"_s};
    QTest::newRow("incident null") << QByteArray(R"({"incidents": [null]})")
                                   << QStringList{u"bad.json: incident 0 is null, expected an object"_s};
    QTest::newRow("single incident null") << QByteArray(R"({"incident": null})")
                                          << QStringList{u"bad.json: \"incident\" is null, expected an object"_s};
    QTest::newRow("id missing") << pageWith(without("id")) << QStringList{u"bad.json: incident 1: \"id\" is missing"_s};
    QTest::newRow("id number") << pageWith(with("id", 12))
                               << QStringList{u"bad.json: incident 1: \"id\" is a number, expected a string"_s};
    QTest::newRow("name missing") << pageWith(without("name")) << QStringList{at + u"\"name\" is missing"_s};
    QTest::newRow("name number") << pageWith(with("name", 3))
                                 << QStringList{at + u"\"name\" is a number, expected a string"_s};
    QTest::newRow("created_at missing") << pageWith(without("created_at"))
                                        << QStringList{at + u"\"created_at\" is missing"_s};
    QTest::newRow("created_at bad") << pageWith(with("created_at", u"2024-02-30T10:00:00Z"_s))
                                    << QStringList{at + u"\"created_at\" is not an ISO 8601 time: "
                                                        "\"2024-02-30T10:00:00Z\""_s};
    QTest::newRow("started_at bad") << pageWith(with("started_at", u"n/a"_s))
                                    << QStringList{at + u"\"started_at\" is not an ISO 8601 time: \"n/a\""_s};
    QTest::newRow("monitoring_at number") << pageWith(with("monitoring_at", 0))
                                          << QStringList{at + u"\"monitoring_at\" is a number, expected a string"_s};
    QTest::newRow("resolved_at bad") << pageWith(with("resolved_at", u"11:00 yesterday"_s))
                                     << QStringList{at + u"\"resolved_at\" is not an ISO 8601 time"_s};
    QTest::newRow("impact number") << pageWith(with("impact", 2))
                                   << QStringList{at + u"\"impact\" is a number, expected a string"_s};
    QTest::newRow("status object") << pageWith(with("status", QJsonObject{}))
                                   << QStringList{at + u"\"status\" is an object, expected a string"_s};
    QTest::newRow("updates object") << pageWith(with("incident_updates", QJsonObject{}))
                                    << QStringList{at + u"\"incident_updates\" is an object, expected an array"_s};
    QTest::newRow("update string") << pageWith(with("incident_updates", QJsonArray{u"fixed"_s}))
                                   << QStringList{at + u"\"incident_updates\" element 0 is a string, expected an "
                                                       "object"_s};
    QTest::newRow("components string") << pageWith(with("components", u"API"_s))
                                       << QStringList{at + u"\"components\" is a string, expected an array"_s};
    QTest::newRow("component name number")
        << pageWith(with("components", QJsonArray{QJsonObject{{u"name"_s, 1}}}))
        << QStringList{at + u"components[0]: \"name\" is a number, expected a string"_s};
    QTest::newRow("update id missing") << pageWith(onUpdate(1, without("id")))
                                       << QStringList{at + u"update 1: \"id\" is missing"_s};
    QTest::newRow("update id empty") << pageWith(onUpdate(1, with("id", u""_s)))
                                     << QStringList{at + u"update 1: \"id\" is empty"_s};
    QTest::newRow("update created_at missing") << pageWith(onUpdate(0, without("created_at")))
                                               << QStringList{at + u"update 0 (\"up2\"): \"created_at\" is missing"_s};
    QTest::newRow("update created_at bad")
        << pageWith(onUpdate(1, with("created_at", u"Jan 5"_s)))
        << QStringList{at + u"update 1 (\"up1\"): \"created_at\" is not an ISO 8601 time: \"Jan 5\""_s};
    QTest::newRow("update display_at bad")
        << pageWith(onUpdate(1, with("display_at", u"later"_s)))
        << QStringList{at + u"update 1 (\"up1\"): \"display_at\" is not an ISO 8601 time: \"later\""_s};
    QTest::newRow("update body array")
        << pageWith(onUpdate(0, with("body", QJsonArray{}))) << QStringList{at + u"update 0 (\"up2\"): \"body\" is an "
                                                                               "array, expected a string"_s};
    QTest::newRow("update status number") << pageWith(onUpdate(0, with("status", 1)))
                                          << QStringList{at + u"update 0 (\"up2\"): \"status\" is a number, expected "
                                                              "a string"_s};
}

void TestStatuspageImport::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const Result<ImportBatch> result = parseHistory(data, u"bad.json"_s, ImportFormat::Statuspage);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"parse"_s);
    for (const QString& part : expected)
        QVERIFY2(result.error().message.contains(part), qPrintable(result.error().message));
}

void TestStatuspageImport::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing name")
        << u"malformed-missing-name.json"_s
        << u"malformed-missing-name.json: incident 1 (\"b2c7d1m0ht6y\"): \"name\" is missing"_s;
    QTest::newRow("bad created_at")
        << u"malformed-bad-created-at.json"_s
        << u"malformed-bad-created-at.json: incident 2 (\"f9w3e5s8ua0c\"): \"created_at\" is not an ISO 8601 time: "
           "\"last Tuesday\""_s;
    QTest::newRow("updates object")
        << u"malformed-updates-object.json"_s
        << u"malformed-updates-object.json: incident 3 (\"p0l5k3j7hg2d\"): \"incident_updates\" is an object, "
           "expected an array"_s;
    QTest::newRow("update without id")
        << u"malformed-update-no-id.json"_s
        << u"malformed-update-no-id.json: incident 4 (\"z8x6c4v2b1nm\"): update 1: \"id\" is missing"_s;
    QTest::newRow("numeric id") << u"malformed-id-number.json"_s
                                << u"malformed-id-number.json: incident 0: \"id\" is a number, expected a string"_s;
    QTest::newRow("incidents object")
        << u"malformed-incidents-object.json"_s
        << u"malformed-incidents-object.json: \"incidents\" is an object, expected an array"_s;
    QTest::newRow("component string")
        << u"malformed-component-string.json"_s
        << u"malformed-component-string.json: incident 0 (\"r4n8vx2kq1zb\"): \"components\" element 0 is a string, "
           "expected an object"_s;

    const QByteArray truncated = readAll(fixture(u"malformed-truncated.json"_s));
    QJsonParseError jsonError;
    QJsonDocument::fromJson(truncated, &jsonError);
    QVERIFY(jsonError.error != QJsonParseError::NoError);
    // Qt puts the offset of an unterminated string one past the end; line and column stay in the file.
    const qsizetype end = std::min<qsizetype>(jsonError.offset, truncated.size());
    const qsizetype line = truncated.first(end).count('\n') + 1;
    const qsizetype column = end - (truncated.lastIndexOf('\n', end - 1) + 1) + 1;
    QTest::newRow("truncated")
        << u"malformed-truncated.json"_s
        << u"malformed-truncated.json: not valid JSON: %1 at line %2, column %3 (byte offset %4)"_s
               .arg(jsonError.errorString())
               .arg(line)
               .arg(column)
               .arg(jsonError.offset);
}

void TestStatuspageImport::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    for (ImportFormat format : {ImportFormat::Statuspage, ImportFormat::Auto}) {
        const Result<ImportBatch> result = parseHistoryFile(fixture(file), format);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"parse"_s);
        QCOMPARE(result.error().message, expected);
    }
}

void TestStatuspageImport::limits_data()
{
    QTest::addColumn<ImportLimits>("limits");
    QTest::addColumn<QString>("expected");   // empty: must parse

    ImportLimits limits;
    limits.maxIncidents = 2;
    QTest::newRow("incidents at limit") << limits << QString();
    limits.maxIncidents = 1;
    QTest::newRow("incidents over limit") << limits << u"big.json: 2 incidents, more than the limit of 1"_s;

    limits = {};
    limits.maxUpdatesPerIncident = 2;
    QTest::newRow("updates at limit") << limits << QString();
    limits.maxUpdatesPerIncident = 1;
    QTest::newRow("updates over limit")
        << limits << u"big.json: incident 0 (\"ok0\"): \"incident_updates\" has 2 elements, more than the limit of 1"_s;

    limits = {};
    limits.maxTitleChars = 19;   // "Slow checkout pages"
    QTest::newRow("name at limit") << limits << QString();
    limits.maxTitleChars = 18;
    QTest::newRow("name over limit")
        << limits << u"big.json: incident 0 (\"ok0\"): \"name\" is 19 characters long, more than the limit of 18"_s;

    limits = {};
    limits.maxTextChars = 16;   // "Looking into it."
    QTest::newRow("body at limit") << limits << QString();
    limits.maxTextChars = 15;
    QTest::newRow("body over limit")
        << limits
        << u"big.json: incident 0 (\"ok0\"): update 1 (\"up1\"): \"body\" is 16 characters long, more than the limit "
           "of 15"_s;
}

void TestStatuspageImport::limits()
{
    QFETCH(ImportLimits, limits);
    QFETCH(QString, expected);
    const QByteArray data = pageWith([](QJsonObject&) {});
    const Result<ImportBatch> result = parseHistory(data, u"big.json"_s, ImportFormat::Auto, limits);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->incidents.size(), 2);
        QCOMPARE(result->timelineEntryCount(), 4);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"parse"_s);
    QCOMPARE(result.error().message, expected);
}

void TestStatuspageImport::formatDetection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("detected");   // -1: not recognised
    QTest::addColumn<QString>("parsed");   // format of the batch, or the start of the error message

    const int gcp = int(ImportFormat::Gcp);
    const int statuspage = int(ImportFormat::Statuspage);
    QTest::newRow("gcp array") << QByteArray(R"([{"id": "a", "begin": "2022-01-01T00:00:00Z",
                                  "created": "2022-01-01T00:00:00Z", "external_desc": "x", "updates": []}])")
                               << gcp << u"gcp"_s;
    QTest::newRow("empty array") << QByteArray("[]") << gcp << u"gcp"_s;
    QTest::newRow("page and incidents") << QByteArray(R"({"page": {"id": "p"}, "incidents": []})") << statuspage
                                        << u"statuspage"_s;
    QTest::newRow("incidents only") << QByteArray(R"({"incidents": []})") << statuspage << u"statuspage"_s;
    QTest::newRow("page only") << QByteArray(R"({"page": {"id": "p"}})") << statuspage
                               << u"x.json: \"incidents\" is missing"_s;
    QTest::newRow("single incident") << QJsonDocument(QJsonObject{{u"incident"_s, validIncident(u"one"_s)}}).toJson()
                                     << statuspage << u"statuspage"_s;
    QTest::newRow("statuspage array") << QJsonDocument(QJsonArray{validIncident(u"one"_s)}).toJson() << statuspage
                                      << u"statuspage"_s;
    QTest::newRow("statuspage array, no updates")
        << QByteArray(R"([{"id": "s", "name": "n", "created_at": "2024-01-01T00:00:00Z"}])") << statuspage
        << u"statuspage"_s;
    QTest::newRow("summary.json") << QByteArray(R"({"status": {"indicator": "none"}, "components": []})") << -1
                                  << u"x.json: not a known incident history: expected a JSON array (Google Cloud "
                                     "status history) or an object with \"incidents\" (Statuspage incidents.json), "
                                     "found an object with keys \"components\", \"status\""_s;
    QTest::newRow("empty object") << QByteArray("{}") << -1
                                  << u"x.json: not a known incident history: expected a JSON array (Google Cloud "
                                     "status history) or an object with \"incidents\" (Statuspage incidents.json), "
                                     "found an empty object"_s;
}

void TestStatuspageImport::formatDetection()
{
    QFETCH(QByteArray, data);
    QFETCH(int, detected);
    QFETCH(QString, parsed);

    const std::optional<ImportFormat> format = detectImportFormat(QJsonDocument::fromJson(data));
    QCOMPARE(format ? int(*format) : -1, detected);

    const Result<ImportBatch> result = parseHistory(data, u"x.json"_s, ImportFormat::Auto);
    if (result.ok()) {
        QCOMPARE(result->format, parsed);
    } else {
        QCOMPARE(result.error().code, u"parse"_s);
        QCOMPARE(result.error().message, parsed);
    }

    // Forcing GCP on a Statuspage object says what it found.
    if (detected == int(ImportFormat::Statuspage) && data.startsWith('{')) {
        const Result<ImportBatch> forced = parseHistory(data, u"x.json"_s, ImportFormat::Gcp);
        QVERIFY(!forced.ok());
        QCOMPARE(forced.error().message, u"x.json: expected a JSON array of incidents (Google Cloud status history), "
                                         "found an object"_s);
    }
}

void TestStatuspageImport::parseImportFormatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");   // -1: nullopt

    QTest::newRow("auto") << u"auto"_s << int(ImportFormat::Auto);
    QTest::newRow("gcp") << u"gcp"_s << int(ImportFormat::Gcp);
    QTest::newRow("statuspage") << u"statuspage"_s << int(ImportFormat::Statuspage);
    QTest::newRow("upper, spaces") << u" StatusPage "_s << int(ImportFormat::Statuspage);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("pagerduty") << u"pagerduty"_s << -1;
}

void TestStatuspageImport::parseImportFormatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ImportFormat> parsed = parseImportFormat(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
}

QTEST_GUILESS_MAIN(TestStatuspageImport)
#include "tst_statuspageimport.moc"
