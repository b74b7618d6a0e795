// Postmortems on SQLite and on a real PostgreSQL server (rows "sqlite" and "postgresql"; see
// testdatabases.h): create from the incident's record, save with a version check, conflicts,
// status moves with their timeline entries, and the change log entries other clients follow.
#include "testdatabases.h"

#include "storage/accessroles.h"
#include "storage/changelog.h"
#include "storage/incidentservice.h"
#include "storage/postmortemrepository.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestPostmortemRepository : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc())};

    /// A resolved incident with a pinned and an unpinned entry, a scribe and an action item.
    Incident resolvedIncident(IncidentService& s)
    {
        DeclareRequest r;
        r.title = QStringLiteral("Checkout returns 502");
        r.severity = 1;
        r.services = {QStringLiteral("Checkout")};
        r.startedAt = m_clock.nowUtc().addSecs(-1800);
        auto i = s.declare(r, QStringLiteral("alice"));
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        Person bob;
        bob.handle = QStringLiteral("bob");
        if (!s.savePerson(bob))
            qFatal("savePerson");
        if (!s.assignRole(i->id, IncidentRole::Scribe, QStringLiteral("bob"), QStringLiteral("alice")))
            qFatal("assignRole");
        if (!s.addEntry(i->id, EntryKind::Decision, QStringLiteral("Roll back 7.3"), QStringLiteral("bob"),
                        m_clock.nowUtc().addSecs(-600), true))
            qFatal("addEntry");
        if (!s.addEntry(i->id, EntryKind::Note, QStringLiteral("chatter"), QStringLiteral("bob")))
            qFatal("addEntry");
        ActionItem a;
        a.incidentId = i->id;
        a.id = QUuid::createUuid();
        a.text = QStringLiteral("Add a canary stage");
        a.owner = QStringLiteral("bob");
        a.priority = ActionPriority::High;
        if (!s.addActionItem(a, QStringLiteral("alice")))
            qFatal("addActionItem");
        auto resolved = s.changeStatus(i->id, IncidentStatus::Resolved, QStringLiteral("alice"));
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error().message));
        return resolved.value();
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void createFromIncidentAndLoad()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        PostmortemRepository repo(db, m_clock);
        const Incident i = resolvedIncident(s);
        QCOMPARE(repo.findForIncident(i.id).error().code, QStringLiteral("not-found"));

        const auto created = repo.createFromIncident(i.id, QStringLiteral("carol"));
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->status, PostmortemStatus::Draft);

        const auto loaded = repo.findForIncident(i.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QCOMPARE(loaded->id, created->id);
        QCOMPARE(loaded->summary, QStringLiteral("Checkout returns 502"));
        QVERIFY(loaded->impact.contains(QStringLiteral("SEV1")));
        QCOMPARE(loaded->timeline.size(), 1);
        QCOMPARE(loaded->timeline[0].text, QStringLiteral("Roll back 7.3"));
        QCOMPARE(loaded->timeline[0].kind, EntryKind::Decision);
        QCOMPARE(loaded->timeline[0].at, m_clock.nowUtc().addSecs(-600));
        QCOMPARE(loaded->roles.size(), 2);
        QCOMPARE(loaded->roles[1].role, IncidentRole::Scribe);
        QCOMPARE(loaded->roles[1].holder, QStringLiteral("bob"));
        QCOMPARE(loaded->actionItemIds.size(), 1);
        QCOMPARE(loaded->createdBy, QStringLiteral("carol"));
        QCOMPARE(loaded->updatedAt, m_clock.nowUtc());
        QVERIFY(!loaded->publishedAt.isValid());

        // One per incident: a second create is a conflict and writes nothing.
        QCOMPARE(repo.createFromIncident(i.id, QStringLiteral("carol")).error().code, QStringLiteral("conflict"));
    }

    void saveWithVersionCheck()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        PostmortemRepository repo(db, m_clock);
        const Incident i = resolvedIncident(s);
        auto pm = repo.createFromIncident(i.id, QStringLiteral("carol"));
        QVERIFY(pm.ok());

        Postmortem edit = pm.value();
        edit.rootCauses = QStringLiteral("A config flag flipped \"on\" for 100% at once; O'Brien's check skipped it.");
        edit.fiveWhys = {QStringLiteral("Why 1"), QStringLiteral("Why 2"), QStringLiteral("Why 3")};
        edit.setChecked(ChecklistItem::RootCauseDeep, true);
        edit.timeline.append(NarrativeItem{m_clock.nowUtc().addSecs(-60), QStringLiteral("bob"), EntryKind::Action,
                                           QStringLiteral("Verified recovery")});
        m_clock.advance(60);
        const auto saved = repo.save(edit, pm->version, QStringLiteral("dave"));
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->updatedBy, QStringLiteral("dave"));

        const auto loaded = repo.findById(pm->id);
        QCOMPARE(loaded->rootCauses, edit.rootCauses);
        QCOMPARE(loaded->fiveWhys, edit.fiveWhys);
        QCOMPARE(loaded->checked, QList<ChecklistItem>{ChecklistItem::RootCauseDeep});
        QCOMPARE(loaded->timeline.size(), 2);
        QCOMPARE(loaded->timeline[1].kind, EntryKind::Action);
        QCOMPARE(loaded->version, 2);
        QCOMPARE(loaded->updatedBy, QStringLiteral("dave"));
        QCOMPARE(loaded->updatedAt, m_clock.nowUtc());
        QCOMPARE(loaded->createdBy, QStringLiteral("carol"));

        // A second client still holding version 1 loses: conflict, nothing written.
        Postmortem stale = pm.value();
        stale.rootCauses = QStringLiteral("overwritten?");
        const auto conflict = repo.save(stale, 1, QStringLiteral("erin"));
        QCOMPARE(conflict.error().code, QStringLiteral("conflict"));
        QVERIFY(conflict.error().message.contains(QStringLiteral("version 2")));
        QCOMPARE(repo.findById(pm->id)->rootCauses, edit.rootCauses);
    }

    void statusMovesWriteTimeline()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        PostmortemRepository repo(db, m_clock);
        const Incident i = resolvedIncident(s);
        auto pm = repo.createFromIncident(i.id, QStringLiteral("carol"));
        QVERIFY(pm.ok());
        const int entriesBefore = int(s.repository().timeline(i.id)->size());
        m_clock.advance(120);

        QCOMPARE(repo.changeStatus(pm->id, PostmortemStatus::Published, pm->version, QStringLiteral("alice")).error().code,
                 QStringLiteral("illegal-transition"));
        auto review = repo.changeStatus(pm->id, PostmortemStatus::InReview, pm->version, QStringLiteral("alice"));
        QVERIFY2(review.ok(), qPrintable(review.errorText()));
        QCOMPARE(review->version, 2);
        m_clock.advance(60);   // entries at the same instant have no defined order
        QCOMPARE(repo.changeStatus(pm->id, PostmortemStatus::Published, 1, QStringLiteral("alice")).error().code,
                 QStringLiteral("conflict"));
        auto published = repo.changeStatus(pm->id, PostmortemStatus::Published, review->version, QStringLiteral("alice"));
        QVERIFY2(published.ok(), qPrintable(published.errorText()));
        const auto loaded = repo.findById(pm->id);
        QCOMPARE(loaded->status, PostmortemStatus::Published);
        QCOMPARE(loaded->publishedAt, m_clock.nowUtc());
        QCOMPARE(loaded->version, 3);
        // Published is read-only until revised.
        Postmortem late = loaded.value();
        late.lessons = QStringLiteral("late edit");
        QCOMPARE(repo.save(late, 3, QStringLiteral("alice")).error().code, QStringLiteral("read-only"));
        m_clock.advance(60);
        QVERIFY(repo.changeStatus(pm->id, PostmortemStatus::InReview, 3, QStringLiteral("alice")).ok());
        QVERIFY(repo.save(late, 4, QStringLiteral("alice")).ok());

        const auto timeline = s.repository().timeline(i.id);
        QCOMPARE(timeline->size(), entriesBefore + 3);
        const TimelineEntry publishedEntry = timeline->at(timeline->size() - 2);
        QCOMPARE(publishedEntry.kind, EntryKind::StatusChange);
        QCOMPARE(publishedEntry.text, QStringLiteral("Postmortem published."));
        QCOMPARE(publishedEntry.author, QStringLiteral("alice"));
        QCOMPARE(timeline->last().text, QStringLiteral("Postmortem: Published → In review."));
    }

    void changesAreLogged()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        PostmortemRepository repo(db, m_clock);
        const Incident i = resolvedIncident(s);
        ChangeLog log(db);
        const qint64 before = log.latestSeq().value();
        auto pm = repo.createFromIncident(i.id, QStringLiteral("carol"));
        QVERIFY(pm.ok());
        Postmortem edit = pm.value();
        edit.lessons = QStringLiteral("Canary first.");
        QVERIFY(repo.save(edit, 1, QStringLiteral("dave")).ok());
        const auto changes = log.since(before, 100, i.id);
        QVERIFY2(changes.ok(), qPrintable(changes.errorText()));
        QList<Change> ours;
        for (const Change& c : changes.value()) {
            if (c.table == QLatin1String("postmortems"))
                ours << c;
        }
        QCOMPARE(ours.size(), 2);
        QCOMPARE(ours[0].op, QStringLiteral("insert"));
        QCOMPARE(ours[0].rowId, pm->id);
        QCOMPARE(ours[0].incidentId, i.id);
        QCOMPARE(ours[0].actor, QStringLiteral("carol"));
        QCOMPARE(ours[1].op, QStringLiteral("update"));
        QCOMPARE(ours[1].actor, QStringLiteral("dave"));
    }

    void scribeWritesViewerReads()
    {
        if (!test::TestDatabases::isPostgresql())
            QSKIP("database roles exist on PostgreSQL only");
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        QVERIFY(createAccessRoles(*db).ok());
        IncidentService s(db, m_clock);
        const Incident i = resolvedIncident(s);
        auto connectAs = [&](const QString& group) -> std::shared_ptr<Database> {
            DatabaseUrl url = db->url();
            url.user = m_dbs.newLoginRole(group);
            auto opened = Database::open(url);
            return opened ? opened.value() : nullptr;
        };
        auto scribe = connectAs(AccessRoles::scribe());
        QVERIFY(scribe);
        PostmortemRepository asScribe(scribe, m_clock);
        auto pm = asScribe.createFromIncident(i.id, QStringLiteral("bob"));
        QVERIFY2(pm.ok(), qPrintable(pm.errorText()));
        Postmortem edit = pm.value();
        edit.summary = QStringLiteral("Written by the scribe");
        QVERIFY2(asScribe.save(edit, 1, QStringLiteral("bob")).ok(), "a scribe may edit postmortems");
        QVERIFY(asScribe.changeStatus(pm->id, PostmortemStatus::InReview, 2, QStringLiteral("bob")).ok());

        auto viewer = connectAs(AccessRoles::viewer());
        QVERIFY(viewer);
        PostmortemRepository asViewer(viewer, m_clock);
        const auto read = asViewer.findForIncident(i.id);
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        QCOMPARE(read->summary, QStringLiteral("Written by the scribe"));
        edit = read.value();
        edit.summary = QStringLiteral("viewer edit");
        QVERIFY(!asViewer.save(edit, read->version, QStringLiteral("vic")).ok());
        QCOMPARE(asViewer.findForIncident(i.id)->summary, QStringLiteral("Written by the scribe"));
    }
};

QTEST_GUILESS_MAIN(TestPostmortemRepository)
#include "tst_postmortemrepository.moc"
