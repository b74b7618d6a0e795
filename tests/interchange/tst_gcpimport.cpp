// The Google Cloud status history parser, over the real history and small hand-written files.

#include "core/timeformat.h"
#include "interchange/importbatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(warroom::ImportLimits)

using namespace Qt::StringLiterals;
using namespace warroom;

namespace {

QString sharedGcpFile()
{
    return QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json");
}

QString fixture(const QString& name)
{
    return QStringLiteral(WARROOM_TEST_DATA_DIR "/gcp/") + name;
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
    return parseIsoUtc(QString::fromLatin1(iso));
}

/// A valid GCP incident; the malformed rows change one thing in a copy of it.
QJsonObject validIncident(const QString& id)
{
    const QByteArray json = R"({
        "id": "ID", "number": "42", "begin": "2022-03-01T10:00:00+00:00",
        "created": "2022-03-01T10:15:00+00:00", "end": "2022-03-01T11:00:00+00:00",
        "modified": "2022-03-01T11:00:00+00:00", "external_desc": "Cloud SQL connection errors",
        "severity": "medium", "affected_products": [{"title": "Google Cloud SQL", "id": "sql"}],
        "updates": [
            {"created": "2022-03-01T11:00:00+00:00", "modified": "2022-03-01T11:00:00+00:00",
             "when": "2022-03-01T11:00:00+00:00", "text": "Resolved.", "status": "AVAILABLE",
             "affected_locations": []},
            {"created": "2022-03-01T10:15:00+00:00", "modified": "2022-03-01T10:15:00+00:00",
             "when": "2022-03-01T10:15:00+00:00", "text": "Investigating.", "status": "SERVICE_DISRUPTION",
             "affected_locations": []}
        ]})";
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(u"id"_s, id);
    return object;
}

using Mutation = std::function<void(QJsonObject&)>;

/// A two-incident history whose second incident (index 1, id "bad1") is changed by `mutate`.
QByteArray historyWith(const Mutation& mutate)
{
    QJsonObject second = validIncident(u"bad1"_s);
    mutate(second);
    return QJsonDocument(QJsonArray{validIncident(u"good0"_s), second}).toJson();
}

/// Applies `mutate` to update `index` of the incident.
Mutation onUpdate(int index, const std::function<void(QJsonObject&)>& mutate)
{
    return [=](QJsonObject& incident) {
        QJsonArray updates = incident.value(u"updates"_s).toArray();
        QJsonObject update = updates.at(index).toObject();
        mutate(update);
        updates.replace(index, update);
        incident.insert(u"updates"_s, updates);
    };
}

} // namespace

class TestGcpImport : public QObject {
    Q_OBJECT

private slots:
    void realHistoryCounts();
    void realHistoryKnownIncident();
    void realHistoryTimelinesSortedAndConsistent();
    void realHistoryEarlyDeclarationWarning();
    void realHistoryIdsAreStable();
    void autoDetectsGcp();
    void smallFixtureMapping();
    void updateIdsForSameInstant();
    void tiesKeepSourceOrder();
    void emptyHistory();
    void malformed_data();
    void malformed();
    void malformedFiles_data();
    void malformedFiles();
    void limits_data();
    void limits();
    void oversizeFileRefused();
    void missingFile();
    void defaultLimits();
};

void TestGcpImport::realHistoryCounts()
{
    const Result<ImportBatch> result = parseHistoryFile(sharedGcpFile(), ImportFormat::Gcp);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ImportBatch& batch = *result;

    QCOMPARE(batch.format, u"gcp"_s);
    QCOMPARE(batch.sourceLabel, u"Google Cloud Service Health"_s);
    QCOMPARE(batch.incidents.size(), 157);
    QCOMPARE(batch.timelineEntryCount(), 770);

    QMap<SeverityLevel, int> bySeverity;
    int resolved = 0;
    qsizetype services = 0;
    for (const ImportedIncident& imported : batch.incidents) {
        ++bySeverity[imported.incident.severity];
        resolved += imported.incident.status == IncidentStatus::Resolved ? 1 : 0;
        services += imported.incident.services.size();
    }
    QCOMPARE(bySeverity.value(1), 20);
    QCOMPARE(bySeverity.value(2), 118);
    QCOMPARE(bySeverity.value(3), 19);
    QCOMPARE(bySeverity.size(), 3);
    QCOMPARE(resolved, 157);   // every incident in the archive has an "end"
    QCOMPARE(services, 455);   // distinct product titles per incident, summed

    // The only odd thing in the archive is the incident posted before its impact began.
    QCOMPARE(batch.warnings.size(), 1);
}

void TestGcpImport::realHistoryKnownIncident()
{
    const Result<ImportBatch> result = parseHistoryFile(sharedGcpFile(), ImportFormat::Gcp);
    QVERIFY(result.ok());
    // Values checked by hand with python3 against gcp-incidents.json[75].
    const ImportedIncident& imported = result->incidents.at(75);
    const Incident& incident = imported.incident;
    QCOMPARE(incident.sourceId, u"NMcnk6aE8xMHHwRGmyry"_s);
    QCOMPARE(incident.source, u"gcp"_s);
    QCOMPARE(incident.title, u"US-WEST1: Multiple cloud products experiencing network issues"_s);
    QCOMPARE(incident.severity, 1);
    QCOMPARE(incident.status, IncidentStatus::Resolved);
    QCOMPARE(incident.number, 0);
    QCOMPARE(incident.services,
             QStringList({u"Google Cloud Networking"_s, u"Google Cloud DNS"_s, u"Cloud Run"_s, u"Cloud Spanner"_s,
                          u"Google Compute Engine"_s, u"AI Platform Prediction"_s, u"Hybrid Connectivity"_s}));
    QCOMPARE(incident.startedAt, utc("2022-01-08T23:15:00Z"));
    QCOMPARE(incident.detectedAt, utc("2022-01-09T00:54:20Z"));
    QCOMPARE(incident.declaredAt, utc("2022-01-09T00:54:20Z"));
    QCOMPARE(incident.resolvedAt, utc("2022-01-09T02:36:00Z"));
    QCOMPARE(incident.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(!incident.acknowledgedAt.isValid());
    QVERIFY(!incident.identifiedAt.isValid());
    QVERIFY(!incident.mitigatedAt.isValid());
    QVERIFY(!incident.closedAt.isValid());
    // UUIDv5 computed independently: python3 uuid.uuid5(UUID("7a364579-..."), "gcp/NMcnk6aE8xMHHwRGmyry").
    QCOMPARE(incident.id, QUuid(u"28359fea-4382-5c4e-9e63-8a56bbb9ff5b"_s));
    QCOMPARE(incident.id.version(), QUuid::Sha1);

    QCOMPARE(imported.timeline.size(), 7);
    const QList<QDateTime> expectedTimes = {
        utc("2022-01-09T00:54:13Z"), utc("2022-01-09T01:49:22Z"), utc("2022-01-09T02:02:08Z"),
        utc("2022-01-09T02:42:53Z"), utc("2022-01-11T02:34:49Z"), utc("2022-01-19T15:39:36Z"),
        utc("2022-01-21T15:56:50Z")};
    const QList<qsizetype> expectedLengths = {367, 664, 709, 287, 1490, 4051, 4837};
    for (qsizetype i = 0; i < imported.timeline.size(); ++i) {
        const TimelineEntry& entry = imported.timeline.at(i);
        QCOMPARE(entry.occurredAt, expectedTimes.at(i));
        QCOMPARE(entry.recordedAt, expectedTimes.at(i));   // "when" equals "created" in this archive
        QCOMPARE(entry.text.size(), expectedLengths.at(i));
        QCOMPARE(entry.sourceId, toIsoUtc(expectedTimes.at(i)));
    }
    const TimelineEntry& first = imported.timeline.first();
    QVERIFY(
        first.text.startsWith(u"Summary: Multiple cloud connectivity products experiencing packet loss in US-WEST1\n"
                              "Description: Mitigation work is currently underway"_s));
    QCOMPARE(first.sourceId, u"2022-01-09T00:54:13.000Z"_s);
    QCOMPARE(first.id, QUuid(u"0c9182ff-8c5e-59f8-af7a-44f9d8710a02"_s));
    QCOMPARE(first.incidentId, incident.id);
    QCOMPARE(first.author, u"Google Cloud Service Health"_s);
    QCOMPARE(first.kind, EntryKind::StakeholderUpdate);
    QVERIFY(first.isPublic);
    QVERIFY(!first.pinned);
    QVERIFY(!first.deleted);
    QVERIFY(imported.timeline.last().text.startsWith(u"# UPDATED INCIDENT REPORT\n## Summary\n"_s));
}

void TestGcpImport::realHistoryTimelinesSortedAndConsistent()
{
    const Result<ImportBatch> result = parseHistoryFile(sharedGcpFile(), ImportFormat::Gcp);
    QVERIFY(result.ok());
    QSet<QUuid> incidentIds;
    QSet<QUuid> entryIds;
    for (const ImportedIncident& imported : result->incidents) {
        incidentIds.insert(imported.incident.id);
        QVERIFY(!imported.incident.title.isEmpty());
        QVERIFY(!imported.incident.services.isEmpty());
        for (qsizetype i = 0; i < imported.timeline.size(); ++i) {
            const TimelineEntry& entry = imported.timeline.at(i);
            if (i > 0)
                QVERIFY2(imported.timeline.at(i - 1).occurredAt <= entry.occurredAt,
                         qPrintable(imported.incident.sourceId));
            QCOMPARE(entry.incidentId, imported.incident.id);
            QCOMPARE(entry.kind, EntryKind::StakeholderUpdate);
            QVERIFY(entry.isPublic);
            QVERIFY(!entry.pinned);
            QVERIFY(entry.occurredAt.isValid());
            QVERIFY(entry.recordedAt.isValid());
            QVERIFY(!entry.sourceId.isEmpty());
            entryIds.insert(entry.id);
        }
    }
    QCOMPARE(incidentIds.size(), 157);
    QCOMPARE(entryIds.size(), 770);
}

void TestGcpImport::realHistoryEarlyDeclarationWarning()
{
    const Result<ImportBatch> result = parseHistoryFile(sharedGcpFile(), ImportFormat::Auto);
    QVERIFY(result.ok());
    // gcp-incidents.json[115]: created 2021-09-17T14:39:52, begin 15:00:00, i.e. 20 min 8 s early.
    const Incident& incident = result->incidents.at(115).incident;
    QCOMPARE(incident.sourceId, u"rjF86FbooET3FDpMV9w1"_s);
    QCOMPARE(incident.declaredAt.secsTo(incident.startedAt), 1208);
    QCOMPARE(result->warnings,
             QStringList{u"gcp-incidents.json: incident 115 (\"rjF86FbooET3FDpMV9w1\"): declared 20m before impact "
                         "started"_s});
}

void TestGcpImport::realHistoryIdsAreStable()
{
    const QByteArray data = readAll(sharedGcpFile());
    QVERIFY(!data.isEmpty());
    const Result<ImportBatch> a = parseHistory(data, u"a.json"_s, ImportFormat::Gcp);
    const Result<ImportBatch> b = parseGcpHistory(data, u"b.json"_s);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QCOMPARE(a->incidents.size(), b->incidents.size());
    for (qsizetype i = 0; i < a->incidents.size(); ++i) {
        const ImportedIncident& x = a->incidents.at(i);
        const ImportedIncident& y = b->incidents.at(i);
        QCOMPARE(x.incident.id, y.incident.id);
        QCOMPARE(x.incident.id, importedIncidentId(u"gcp"_s, x.incident.sourceId));
        QCOMPARE(x.timeline.size(), y.timeline.size());
        for (qsizetype j = 0; j < x.timeline.size(); ++j) {
            QCOMPARE(x.timeline.at(j).id, y.timeline.at(j).id);
            QCOMPARE(x.timeline.at(j).id,
                     importedEntryId(u"gcp"_s, x.incident.sourceId, x.timeline.at(j).sourceId));
        }
    }
    QCOMPARE(importNamespaceUuid(), QUuid(u"7a364579-2021-4a6a-bba0-167b5c82f65f"_s));
}

void TestGcpImport::autoDetectsGcp()
{
    const QByteArray data = readAll(fixture(u"small.json"_s));
    QVERIFY(!data.isEmpty());
    const Result<ImportBatch> result = parseHistory(data, u"small.json"_s, ImportFormat::Auto);
    QVERIFY(result.ok());
    QCOMPARE(result->format, u"gcp"_s);
    QCOMPARE(result->incidents.size(), 5);
    QCOMPARE(detectImportFormat(QJsonDocument::fromJson(data)), ImportFormat::Gcp);
}

void TestGcpImport::smallFixtureMapping()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"small.json"_s), ImportFormat::Gcp);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ImportBatch& batch = *result;
    QCOMPARE(batch.incidents.size(), 5);
    QCOMPARE(batch.timelineEntryCount(), 7);

    // 0: resolved, high, a repeated product listed once.
    const ImportedIncident& resolved = batch.incidents.at(0);
    QCOMPARE(resolved.incident.sourceId, u"Gx1resolvedAAAAAAAAA"_s);
    QCOMPARE(resolved.incident.title, u"[Cloud Run] Elevated deployment latency in us-central1"_s);
    QCOMPARE(resolved.incident.severity, 1);
    QCOMPARE(resolved.incident.status, IncidentStatus::Resolved);
    QCOMPARE(resolved.incident.services, QStringList({u"Cloud Run"_s, u"Google Compute Engine"_s}));
    QCOMPARE(resolved.incident.startedAt, utc("2022-05-10T07:00:00Z"));
    QCOMPARE(resolved.incident.detectedAt, utc("2022-05-10T07:20:00Z"));
    QCOMPARE(resolved.incident.declaredAt, utc("2022-05-10T07:20:00Z"));
    QCOMPARE(resolved.incident.resolvedAt, utc("2022-05-10T09:45:00Z"));
    QCOMPARE(resolved.timeline.size(), 4);
    // The first update's "when" (07:05) is earlier than its "created" (07:20).
    QCOMPARE(resolved.timeline.at(0).occurredAt, utc("2022-05-10T07:05:00Z"));
    QCOMPARE(resolved.timeline.at(0).recordedAt, utc("2022-05-10T07:20:00Z"));
    QCOMPARE(resolved.timeline.at(0).text, u"We are investigating slow Cloud Run deployments in us-central1."_s);
    QCOMPARE(resolved.timeline.at(1).text, u"Mitigation is rolling out; deployments are recovering."_s);
    QCOMPARE(resolved.timeline.at(2).text, u"Correction: the workaround applies to gen2 services only."_s);
    QCOMPARE(resolved.timeline.at(3).occurredAt, utc("2022-05-10T09:45:00Z"));

    // 1: open ("end" is empty), unknown severity, no products.
    const Incident& open = batch.incidents.at(1).incident;
    QCOMPARE(open.status, IncidentStatus::Investigating);
    QVERIFY(!open.resolvedAt.isValid());
    QCOMPARE(open.severity, 3);
    QVERIFY(open.services.isEmpty());
    QCOMPARE(batch.incidents.at(1).timeline.size(), 1);

    // 2: no "end", no severity, no updates.
    const ImportedIncident& early = batch.incidents.at(2);
    QCOMPARE(early.incident.status, IncidentStatus::Investigating);
    QVERIFY(!early.incident.resolvedAt.isValid());
    QCOMPARE(early.incident.severity, 3);
    QCOMPARE(early.incident.services, QStringList{u"Google BigQuery"_s});
    QVERIFY(early.timeline.isEmpty());

    // 3: "Medium" in another case; resolved before it began.
    QCOMPARE(batch.incidents.at(3).incident.severity, 2);
    QCOMPARE(batch.incidents.at(3).incident.status, IncidentStatus::Resolved);

    // 4: low; an update without "when" occurs at its "created".
    const ImportedIncident& low = batch.incidents.at(4);
    QCOMPARE(low.incident.severity, 3);
    QCOMPARE(low.timeline.size(), 1);
    QCOMPARE(low.timeline.at(0).occurredAt, utc("2022-06-04T01:00:00Z"));
    QCOMPARE(low.timeline.at(0).recordedAt, utc("2022-06-04T01:00:00Z"));

    const QString prefix = u"small.json: incident "_s;
    QCOMPARE(batch.warnings,
             QStringList({prefix + u"1 (\"Gx2openBBBBBBBBBBBBB\"): unknown severity \"critical\", imported as SEV3"_s,
                          prefix + u"1 (\"Gx2openBBBBBBBBBBBBB\"): no affected products"_s,
                          prefix + u"2 (\"Gx3earlyCCCCCCCCCCCC\"): no severity, imported as SEV3"_s,
                          prefix + u"2 (\"Gx3earlyCCCCCCCCCCCC\"): declared 1h 05m before impact started"_s,
                          prefix + u"2 (\"Gx3earlyCCCCCCCCCCCC\"): no updates"_s,
                          prefix + u"3 (\"Gx4swappedDDDDDDDDDD\"): resolved 2h 00m before impact started"_s}));
}

void TestGcpImport::updateIdsForSameInstant()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"small.json"_s), ImportFormat::Gcp);
    QVERIFY(result.ok());
    const QList<TimelineEntry>& timeline = result->incidents.at(0).timeline;
    QStringList ids;
    for (const TimelineEntry& entry : timeline)
        ids << entry.sourceId;
    // Two updates were created at 08:10:00; the second in file order gets "#2".
    QCOMPARE(ids, QStringList({u"2022-05-10T07:20:00.000Z"_s, u"2022-05-10T08:10:00.000Z"_s,
                               u"2022-05-10T08:10:00.000Z#2"_s, u"2022-05-10T09:45:00.000Z"_s}));
    QVERIFY(timeline.at(1).id != timeline.at(2).id);
    QCOMPARE(timeline.at(2).id,
             QUuid::createUuidV5(importNamespaceUuid(), u"gcp/Gx1resolvedAAAAAAAAA/2022-05-10T08:10:00.000Z#2"_s));
}

void TestGcpImport::tiesKeepSourceOrder()
{
    // Three updates at the same "when", listed newest-created first: the sort must keep file order.
    QJsonObject incident = validIncident(u"ties"_s);
    QJsonArray updates;
    for (const char* text : {"first in file", "second in file", "third in file"}) {
        updates.append(QJsonObject{{u"created"_s, u"2022-03-01T10:30:00Z"_s},
                                   {u"when"_s, u"2022-03-01T10:20:00Z"_s},
                                   {u"text"_s, QString::fromLatin1(text)}});
    }
    updates.append(QJsonObject{{u"created"_s, u"2022-03-01T10:10:00Z"_s}, {u"text"_s, u"earliest"_s}});
    incident.insert(u"updates"_s, updates);
    const Result<ImportBatch> result =
        parseGcpHistory(QJsonDocument(QJsonArray{incident}).toJson(), u"ties.json"_s);
    QVERIFY(result.ok());
    const QList<TimelineEntry>& timeline = result->incidents.at(0).timeline;
    QCOMPARE(timeline.size(), 4);
    QCOMPARE(timeline.at(0).text, u"earliest"_s);
    QCOMPARE(timeline.at(1).text, u"first in file"_s);
    QCOMPARE(timeline.at(2).text, u"second in file"_s);
    QCOMPARE(timeline.at(3).text, u"third in file"_s);
    QCOMPARE(timeline.at(3).sourceId, u"2022-03-01T10:30:00.000Z#3"_s);
}

void TestGcpImport::emptyHistory()
{
    const Result<ImportBatch> result = parseHistory("[]", u"none.json"_s, ImportFormat::Auto);
    QVERIFY(result.ok());
    QCOMPARE(result->format, u"gcp"_s);
    QVERIFY(result->incidents.isEmpty());
    QCOMPARE(result->timelineEntryCount(), 0);
    QVERIFY(result->warnings.isEmpty());
}

void TestGcpImport::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");

    const QString at = u"bad.json: incident 1 (\"bad1\"): "_s;
    const auto set = [](const char* key, const QJsonValue& value) {
        return Mutation([=](QJsonObject& o) { o.insert(QString::fromLatin1(key), value); });
    };
    const auto remove = [](const char* key) {
        return Mutation([=](QJsonObject& o) { o.remove(QString::fromLatin1(key)); });
    };

    QTest::newRow("empty") << QByteArray() << QStringList{u"bad.json: the file is empty"_s};
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringList{u"bad.json: the file is empty"_s};
    QTest::newRow("not json") << QByteArray("id,begin\nabc,2022") << QStringList{u"bad.json: not valid JSON: "_s};
    QTest::newRow("scalar") << QByteArray("42") << QStringList{u"bad.json: not valid JSON"_s};
    QTest::newRow("object") << QByteArray(R"({"id": "x"})")
                            << QStringList{u"found an object"_s};   // Auto: "not a known incident history"
    QTest::newRow("first without id") << QByteArray(R"([{"x":1}, "abc"])")
                                        << QStringList{u"bad.json: incident 0: \"id\" is missing"_s};
    QTest::newRow("string element") << QJsonDocument(QJsonArray{validIncident(u"a"_s), u"abc"_s}).toJson()
                                    << QStringList{u"bad.json: incident 1 is a string, expected an object"_s};
    QTest::newRow("id missing") << historyWith(remove("id"))
                                << QStringList{u"bad.json: incident 1: \"id\" is missing"_s};
    QTest::newRow("id number") << historyWith(set("id", 17))
                               << QStringList{u"bad.json: incident 1: \"id\" is a number, expected a string"_s};
    QTest::newRow("id empty") << historyWith(set("id", u""_s))
                              << QStringList{u"bad.json: incident 1: \"id\" is empty"_s};
    QTest::newRow("begin not iso") << historyWith(set("begin", u"yesterday"_s))
                                   << QStringList{at + u"\"begin\" is not an ISO 8601 time: \"yesterday\""_s};
    QTest::newRow("begin missing") << historyWith(remove("begin")) << QStringList{at + u"\"begin\" is missing"_s};
    QTest::newRow("begin null") << historyWith(set("begin", QJsonValue::Null))
                                << QStringList{at + u"\"begin\" is missing"_s};
    QTest::newRow("begin empty") << historyWith(set("begin", u""_s))
                                 << QStringList{at + u"\"begin\" is empty, expected an ISO 8601 time"_s};
    QTest::newRow("begin number") << historyWith(set("begin", 1646128800))
                                  << QStringList{at + u"\"begin\" is a number, expected a string"_s};
    QTest::newRow("created missing") << historyWith(remove("created")) << QStringList{at + u"\"created\" is missing"_s};
    QTest::newRow("end not iso") << historyWith(set("end", u"2022-13-01T00:00:00Z"_s))
                                 << QStringList{at + u"\"end\" is not an ISO 8601 time"_s};
    QTest::newRow("end boolean") << historyWith(set("end", true))
                                 << QStringList{at + u"\"end\" is a boolean, expected a string"_s};
    QTest::newRow("title missing") << historyWith(remove("external_desc"))
                                   << QStringList{at + u"\"external_desc\" is missing"_s};
    QTest::newRow("title array") << historyWith(set("external_desc", QJsonArray{u"x"_s}))
                                 << QStringList{at + u"\"external_desc\" is an array, expected a string"_s};
    QTest::newRow("severity number") << historyWith(set("severity", 2))
                                     << QStringList{at + u"\"severity\" is a number, expected a string"_s};
    QTest::newRow("updates object") << historyWith(set("updates", QJsonObject{{u"text"_s, u"x"_s}}))
                                    << QStringList{at + u"\"updates\" is an object, expected an array"_s};
    QTest::newRow("updates string") << historyWith(set("updates", u"none"_s))
                                    << QStringList{at + u"\"updates\" is a string, expected an array"_s};
    QTest::newRow("products object") << historyWith(set("affected_products", QJsonObject{}))
                                     << QStringList{at + u"\"affected_products\" is an object, expected an array"_s};
    QTest::newRow("product string") << historyWith(set("affected_products", QJsonArray{u"Cloud SQL"_s}))
                                    << QStringList{
                                           at + u"\"affected_products\" element 0 is a string, expected an object"_s};
    QTest::newRow("product title number")
        << historyWith(set("affected_products", QJsonArray{QJsonObject{{u"title"_s, 5}}}))
        << QStringList{at + u"affected_products[0]: \"title\" is a number, expected a string"_s};
    QTest::newRow("update not object") << historyWith(onUpdate(0, [](QJsonObject& u) { u = QJsonObject(); }))
                                       << QStringList{at + u"update 0: \"created\" is missing"_s};
    QTest::newRow("update is number") << historyWith(set("updates", QJsonArray{1}))
                                      << QStringList{at + u"\"updates\" element 0 is a number, expected an object"_s};
    QTest::newRow("update created bad")
        << historyWith(onUpdate(1, [](QJsonObject& u) { u.insert(u"created"_s, u"10:15"_s); }))
        << QStringList{at + u"update 1: \"created\" is not an ISO 8601 time: \"10:15\""_s};
    QTest::newRow("update when bad")
        << historyWith(onUpdate(1, [](QJsonObject& u) { u.insert(u"when"_s, u"soon"_s); }))
        << QStringList{at + u"update 1: \"when\" is not an ISO 8601 time: \"soon\""_s};
    QTest::newRow("update text number")
        << historyWith(onUpdate(0, [](QJsonObject& u) { u.insert(u"text"_s, 3.5); }))
        << QStringList{at + u"update 0: \"text\" is a number, expected a string"_s};
}

void TestGcpImport::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    for (ImportFormat format : {ImportFormat::Gcp, ImportFormat::Auto}) {
        const Result<ImportBatch> result = parseHistory(data, u"bad.json"_s, format);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"parse"_s);
        QVERIFY2(result.error().message.startsWith(u"bad.json: "_s), qPrintable(result.error().message));
        for (const QString& part : expected)
            QVERIFY2(result.error().message.contains(part), qPrintable(result.error().message));
    }
}

void TestGcpImport::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("bad begin") << u"malformed-bad-begin.json"_s
                               << QStringList{u"malformed-bad-begin.json: incident 3 (\"Gx4swappedDDDDDDDDDD\"): "
                                              "\"begin\" is not an ISO 8601 time: \"2022-06-03 noon\""_s};
    QTest::newRow("update without created")
        << u"malformed-update-no-created.json"_s
        << QStringList{u"malformed-update-no-created.json: incident 0 (\"Gx1resolvedAAAAAAAAA\"): update 2: "
                       "\"created\" is missing"_s};

    // The truncated file: the message carries Qt's own parser message and offset.
    const QByteArray truncated = readAll(fixture(u"malformed-truncated.json"_s));
    QJsonParseError jsonError;
    QJsonDocument::fromJson(truncated, &jsonError);
    QTest::newRow("truncated") << u"malformed-truncated.json"_s
                               << QStringList{u"malformed-truncated.json: not valid JSON: "_s + jsonError.errorString(),
                                              u"(byte offset %1)"_s.arg(jsonError.offset), u" at line "_s};
}

void TestGcpImport::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const Result<ImportBatch> result = parseHistoryFile(fixture(file), ImportFormat::Auto);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"parse"_s);
    for (const QString& part : expected)
        QVERIFY2(result.error().message.contains(part), qPrintable(result.error().message));
}

void TestGcpImport::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ImportLimits>("limits");
    QTest::addColumn<QString>("expected");   // empty: must parse

    const QByteArray two = QJsonDocument(QJsonArray{validIncident(u"a"_s), validIncident(u"b"_s)}).toJson();
    ImportLimits limits;

    limits = {};
    limits.maxIncidents = 2;
    QTest::newRow("incidents at limit") << two << limits << QString();
    limits.maxIncidents = 1;
    QTest::newRow("incidents over limit") << two << limits << u"big.json: 2 incidents, more than the limit of 1"_s;

    limits = {};
    limits.maxUpdatesPerIncident = 2;
    QTest::newRow("updates at limit") << two << limits << QString();
    limits.maxUpdatesPerIncident = 1;
    QTest::newRow("updates over limit")
        << two << limits << u"big.json: incident 0 (\"a\"): \"updates\" has 2 elements, more than the limit of 1"_s;

    const qsizetype titleLength = validIncident(u"a"_s).value(u"external_desc"_s).toString().size();
    limits = {};
    limits.maxTitleChars = titleLength;
    QTest::newRow("title at limit") << two << limits << QString();
    limits.maxTitleChars = titleLength - 1;
    QTest::newRow("title over limit")
        << two << limits
        << u"big.json: incident 0 (\"a\"): \"external_desc\" is %1 characters long, more than the limit of %2"_s
               .arg(titleLength)
               .arg(titleLength - 1);

    limits = {};
    limits.maxTextChars = 14;   // "Investigating." is the longest text
    QTest::newRow("text at limit") << two << limits << QString();
    limits.maxTextChars = 13;
    QTest::newRow("text over limit")
        << two << limits
        << u"big.json: incident 0 (\"a\"): update 1: \"text\" is 14 characters long, more than the limit of 13"_s;

    limits = {};
    limits.maxFileBytes = two.size();
    QTest::newRow("bytes at limit") << two << limits << QString();
    limits.maxFileBytes = two.size() - 1;
    QTest::newRow("bytes over limit") << two << limits
                                      << u"big.json: the data is %1 bytes, more than the import limit of %2 bytes"_s
                                             .arg(two.size())
                                             .arg(two.size() - 1);
}

void TestGcpImport::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(ImportLimits, limits);
    QFETCH(QString, expected);
    const Result<ImportBatch> result = parseHistory(data, u"big.json"_s, ImportFormat::Gcp, limits);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->incidents.size(), 2);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"parse"_s);
    QCOMPARE(result.error().message, expected);
}

void TestGcpImport::oversizeFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.json"_s);
    const QByteArray data = QJsonDocument(QJsonArray{validIncident(u"a"_s)}).toJson();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }
    ImportLimits limits;
    limits.maxFileBytes = data.size();
    const Result<ImportBatch> atLimit = parseHistoryFile(path, ImportFormat::Auto, limits);
    QVERIFY(atLimit.ok());
    QCOMPARE(atLimit->incidents.size(), 1);

    limits.maxFileBytes = data.size() - 1;
    const Result<ImportBatch> over = parseHistoryFile(path, ImportFormat::Auto, limits);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, u"io"_s);
    QCOMPARE(over.error().message, u"%1: the file is %2 bytes, more than the import limit of %3 bytes"_s.arg(path)
                                       .arg(data.size())
                                       .arg(data.size() - 1));
}

void TestGcpImport::missingFile()
{
    const Result<ImportBatch> result = parseHistoryFile(fixture(u"does-not-exist.json"_s), ImportFormat::Gcp);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"io"_s);
    QVERIFY(result.error().message.contains(u"does-not-exist.json: cannot open: "_s));

    const Result<ImportBatch> directory =
        parseHistoryFile(QStringLiteral(WARROOM_TEST_DATA_DIR "/gcp"), ImportFormat::Gcp);
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code, u"io"_s);
    QCOMPARE(directory.error().message, QStringLiteral(WARROOM_TEST_DATA_DIR "/gcp: is a directory, not a file"));
}

void TestGcpImport::defaultLimits()
{
    QCOMPARE(kMaxImportFileBytes, 268435456LL);
    const ImportLimits limits;
    QCOMPARE(limits.maxFileBytes, kMaxImportFileBytes);
    QCOMPARE(limits.maxIncidents, 1000000);
    QCOMPARE(limits.maxUpdatesPerIncident, 100000);
    QCOMPARE(limits.maxTitleChars, 10000);
    QCOMPARE(limits.maxTextChars, 1000000);
}

QTEST_GUILESS_MAIN(TestGcpImport)
#include "tst_gcpimport.moc"
