// PublicStatusReader on SQLite and PostgreSQL: only public entries are read, the history
// window, and the Statuspage round trip: the real GCP history imported into one database,
// written as Statuspage v2 JSON, imported into a second database, compared field by field.

#include "testdatabases.h"

#include "core/timeformat.h"
#include "interchange/importbatch.h"
#include "interchange/statuspagehtml.h"
#include "interchange/statuspagewriter.h"
#include "storage/incidentrepository.h"
#include "storage/publicstatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace warroom;
using warroom::test::TestDatabases;

namespace {

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

Incident makeIncident(const QString& title, IncidentStatus status, const char* started, const char* resolved)
{
    Incident i;
    i.title = title;
    i.severity = 2;
    i.status = status;
    i.services = {u"Checkout"_s};
    i.startedAt = utc(started);
    i.declaredAt = i.startedAt;
    i.detectedAt = i.startedAt;
    if (resolved)
        i.resolvedAt = utc(resolved);
    return i;
}

TimelineEntry makeEntry(const Incident& incident, const char* at, const QString& text, bool isPublic, bool deleted = false)
{
    TimelineEntry e;
    e.id = QUuid::createUuid();
    e.incidentId = incident.id;
    e.occurredAt = utc(at);
    e.recordedAt = e.occurredAt;
    e.author = u"casey"_s;
    e.kind = EntryKind::StakeholderUpdate;
    e.text = text;
    e.isPublic = isPublic;
    e.deleted = deleted;
    return e;
}

} // namespace

class TestPublicStatus : public QObject {
    Q_OBJECT

private:
    TestDatabases m_dbs;

    /// Four incidents: open with public + private + deleted public entries; resolved recently
    /// with a public entry; resolved long ago with a public entry; open with only private ones.
    void seed(IncidentRepository& repo)
    {
        auto open = repo.insertIncident(makeIncident(u"Checkout errors"_s, IncidentStatus::Investigating,
                                                     "2024-03-20T09:00:00Z", nullptr));
        QVERIFY2(open.ok(), qPrintable(open.errorText()));
        for (const TimelineEntry& e :
             {makeEntry(open.value(), "2024-03-20T09:05:00Z", u"Public: investigating checkout errors"_s, true),
              makeEntry(open.value(), "2024-03-20T09:06:00Z", u"SECRET root cause guess"_s, false),
              makeEntry(open.value(), "2024-03-20T09:07:00Z", u"SECRET deleted public text"_s, true, true)}) {
            QVERIFY2(repo.insertTimelineEntry(e).ok(), "insert entry");
        }
        auto recent = repo.insertIncident(makeIncident(u"Slow search"_s, IncidentStatus::Resolved,
                                                       "2024-03-01T10:00:00Z", "2024-03-01T11:00:00Z"));
        QVERIFY(recent.ok());
        QVERIFY(repo.insertTimelineEntry(makeEntry(recent.value(), "2024-03-01T10:10:00Z", u"Search is slow"_s, true)).ok());
        auto old = repo.insertIncident(makeIncident(u"Ancient outage"_s, IncidentStatus::Closed,
                                                    "2023-06-01T10:00:00Z", "2023-06-01T12:00:00Z"));
        QVERIFY(old.ok());
        QVERIFY(repo.insertTimelineEntry(makeEntry(old.value(), "2023-06-01T10:10:00Z", u"Old news"_s, true)).ok());
        auto secret = repo.insertIncident(makeIncident(u"SECRET incident"_s, IncidentStatus::Investigating,
                                                       "2024-03-20T08:00:00Z", nullptr));
        QVERIFY(secret.ok());
        QVERIFY(repo.insertTimelineEntry(makeEntry(secret.value(), "2024-03-20T08:05:00Z", u"SECRET only"_s, false)).ok());
    }

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void readsOnlyPublicEntries()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentRepository repo(db);
        seed(repo);
        if (QTest::currentTestFailed())
            return;
        PublicStatusReader reader(db);

        auto all = reader.incidents({false, {}});
        QVERIFY2(all.ok(), qPrintable(all.errorText()));
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).updates.size(), 2);   // the deleted entry is never read

        auto published = reader.incidents({true, {}});
        QVERIFY2(published.ok(), qPrintable(published.errorText()));
        QStringList titles;
        for (const PublishedIncident& p : published.value()) {
            titles << p.incident.title;
            QCOMPARE(p.incident.services, QStringList{u"Checkout"_s});
            for (const TimelineEntry& e : p.updates) {
                QVERIFY(e.isPublic);
                QVERIFY(!e.deleted);
                QVERIFY(!e.text.contains(u"SECRET"_s));
            }
        }
        QCOMPARE(titles, (QStringList{u"Checkout errors"_s, u"Slow search"_s, u"Ancient outage"_s}));

        // The page's window: open incidents and those resolved within 90 days.
        const StatusPageInfo page{u"shop"_s, u"Shop Status"_s, {}};
        auto snapshot = reader.snapshot(page, utc("2024-03-20T12:00:00Z"), 90);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.errorText()));
        titles.clear();
        for (const PublishedIncident& p : snapshot->incidents)
            titles << p.incident.title;
        QCOMPARE(titles, (QStringList{u"Checkout errors"_s, u"Slow search"_s}));
        QCOMPARE(snapshot->services, QStringList{u"Checkout"_s});

        const QByteArray everything = statuspageSummaryDocument(snapshot.value()).toJson()
                                      + statuspageIncidentsDocument(snapshot.value()).toJson()
                                      + renderStatusPageHtml(snapshot.value()).toUtf8();
        QVERIFY(!everything.contains("SECRET"));
        QVERIFY(everything.contains("Public: investigating checkout errors"));
    }

    void gcpRoundTrip()
    {
        const auto parsed = parseHistoryFile(QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json"), ImportFormat::Gcp);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        auto first = m_dbs.newDatabase();
        auto second = m_dbs.newDatabase();
        QVERIFY(first && second);
        IncidentRepository repo1(first);
        IncidentRepository repo2(second);
        const auto imported = repo1.importBatch(parsed.value());
        QVERIFY2(imported.ok(), qPrintable(imported.errorText()));

        // Write what `warroomctl export --format statuspage` writes, and read it back.
        auto incidents = PublicStatusReader(first).incidents({false, {}});
        QVERIFY2(incidents.ok(), qPrintable(incidents.errorText()));
        StatusPageSnapshot snapshot;
        snapshot.now = utc("2026-01-01T00:00:00Z");
        snapshot.incidents = incidents.value();
        const QByteArray json = statuspageIncidentsDocument(snapshot, -1).toJson();
        const auto reparsed = parseHistory(json, u"export.json"_s, ImportFormat::Auto);
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.errorText()));
        QCOMPARE(reparsed->format, u"statuspage"_s);
        const auto reimported = repo2.importBatch(reparsed.value());
        QVERIFY2(reimported.ok(), qPrintable(reimported.errorText()));
        QCOMPARE(reimported->incidentsAdded, imported->incidentsAdded);
        QCOMPARE(reimported->timelineEntriesAdded, imported->timelineEntriesAdded);

        const auto originals = repo1.listIncidents();
        const auto copies = repo2.listIncidents();
        QVERIFY(originals.ok() && copies.ok());
        QCOMPARE(copies->size(), originals->size());
        QVERIFY(originals->size() > 100);
        QHash<QString, Incident> bySourceId;
        for (const Incident& c : copies.value())
            bySourceId.insert(c.sourceId, c);
        qsizetype entriesCompared = 0;
        for (const Incident& a : originals.value()) {
            const QString id = statuspageIncidentId(a);
            QVERIFY2(bySourceId.contains(id), qPrintable(a.title));
            const Incident& b = bySourceId.value(id);
            QCOMPARE(b.source, u"statuspage:warroom"_s);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.severity, std::min(a.severity, 4));
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.services, a.services);
            QCOMPARE(b.startedAt, a.startedAt);
            QCOMPARE(b.detectedAt, a.declaredAt);
            QCOMPARE(b.declaredAt, a.declaredAt);
            QCOMPARE(b.mitigatedAt, a.mitigatedAt);
            QCOMPARE(b.resolvedAt, a.resolvedAt);
            const auto ta = repo1.timeline(a.id);
            const auto tb = repo2.timeline(b.id);
            QVERIFY(ta.ok() && tb.ok());
            QCOMPARE(tb->size(), ta->size());
            for (qsizetype k = 0; k < ta->size(); ++k) {
                QCOMPARE(tb->at(k).text, ta->at(k).text);
                QCOMPARE(tb->at(k).occurredAt, ta->at(k).occurredAt);
                QCOMPARE(tb->at(k).recordedAt, ta->at(k).recordedAt);
                QCOMPARE(tb->at(k).isPublic, ta->at(k).isPublic);
                ++entriesCompared;
            }
        }
        QCOMPARE(entriesCompared, qsizetype(imported->timelineEntriesAdded));
    }
};

QTEST_GUILESS_MAIN(TestPublicStatus)
#include "tst_publicstatus.moc"
