// Escalation policies, pages and stops on SQLite and on a real PostgreSQL server (rows
// "sqlite" and "postgresql"; see testdatabases.h), and the leader lock.
#include "testdatabases.h"

#include "storage/changelog.h"
#include "storage/escalationrepository.h"
#include "storage/incidentrepository.h"
#include "storage/leaderlock.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

namespace {

const QDateTime kT0(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());

EscalationPolicy payments()
{
    EscalationPolicy p;
    p.name = QStringLiteral("Payments on-call");
    p.steps = {EscalationStep{300, EscalationTargetKind::Person, QStringLiteral("alice")},
               EscalationStep{900, EscalationTargetKind::RoleHolder, QStringLiteral("commander")},
               EscalationStep{1800, EscalationTargetKind::Webhook, QStringLiteral("https://hooks.example.com/x")}};
    p.repeatCount = 1;
    p.repeatIntervalSeconds = 600;
    p.minSeverity = 2;
    p.service = QStringLiteral("Payments");
    return p;
}

} // namespace

class TestEscalationRepository : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;

    std::shared_ptr<Database> freshDb()
    {
        auto db = m_dbs.newDatabase();
        if (!db)
            qFatal("cannot open a test database (%s)", qPrintable(test::TestDatabases::backend()));
        return db;
    }

    static Incident insertTriggered(const std::shared_ptr<Database>& db)
    {
        Incident i;
        i.title = QStringLiteral("Payments API 5xx above 5%");
        i.severity = 2;
        i.status = IncidentStatus::Triggered;
        i.services = {QStringLiteral("Payments")};
        i.startedAt = kT0;
        i.detectedAt = kT0;
        auto stored = IncidentRepository(db).insertIncident(i);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        return stored.value();
    }

    static PageRecord page(const Incident& i, int step, int round)
    {
        PageRecord p;
        p.incidentId = i.id;
        p.policyId = QUuid::createUuid();
        p.policyName = QStringLiteral("Payments on-call");
        p.stepIndex = step;
        p.round = round;
        p.kind = EscalationTargetKind::Person;
        p.target = QStringLiteral("alice");
        p.recipient = QStringLiteral("alice");
        p.dueAt = kT0.addSecs(300);
        p.sentAt = kT0.addSecs(301);
        return p;
    }

    static int count(const std::shared_ptr<Database>& db, const QString& sql)
    {
        auto q = db->run(sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void policyRoundTrip()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        auto created = repo.createPolicy(payments());
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        QVERIFY(!created->id.isNull());
        auto all = repo.policies();
        QVERIFY2(all.ok(), qPrintable(all.errorText()));
        QCOMPARE(all->size(), 1);
        const EscalationPolicy& p = all->first();
        QCOMPARE(p.name, QStringLiteral("Payments on-call"));
        QCOMPARE(p.steps, payments().steps);
        QCOMPARE(p.repeatCount, 1);
        QCOMPARE(p.repeatIntervalSeconds, 600);
        QCOMPARE(p.minSeverity, 2);
        QCOMPARE(p.service, QStringLiteral("Payments"));
        QVERIFY(!p.isDefault);
        QCOMPARE(p.version, 1);
        QCOMPARE(repo.findPolicy(QStringLiteral("Payments on-call"))->id, created->id);
        QCOMPARE(repo.findPolicy(created->id.toString())->name, p.name);
        QCOMPARE(repo.findPolicy(QStringLiteral("nope")).error().code, QStringLiteral("not-found"));

        // Same name again: refused.
        QCOMPARE(repo.createPolicy(payments()).error().code, QStringLiteral("conflict"));
        // Invalid: refused before writing.
        EscalationPolicy bad = payments();
        bad.name = QStringLiteral("Bad");
        bad.steps.clear();
        QCOMPARE(repo.createPolicy(bad).error().code, QStringLiteral("invalid"));
        QCOMPARE(repo.policies()->size(), 1);
    }

    void updateChecksVersion()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        auto created = repo.createPolicy(payments());
        QVERIFY(created.ok());
        EscalationPolicy edit = created.value();
        edit.steps.removeLast();
        edit.steps.first().target = QStringLiteral("bob");
        auto updated = repo.updatePolicy(edit, 1);
        QVERIFY2(updated.ok(), qPrintable(updated.errorText()));
        QCOMPARE(updated->version, 2);
        auto stored = repo.findPolicy(edit.name);
        QCOMPARE(stored->steps.size(), 2);
        QCOMPARE(stored->steps.first().target, QStringLiteral("bob"));
        QCOMPARE(stored->version, 2);
        // A stale edit (version 1) is a conflict and changes nothing.
        edit.name = QStringLiteral("Renamed");
        QCOMPARE(repo.updatePolicy(edit, 1).error().code, QStringLiteral("conflict"));
        QCOMPARE(repo.findPolicy(QStringLiteral("Payments on-call"))->version, 2);
        QCOMPARE(repo.removePolicy(edit.id, 1).error().code, QStringLiteral("conflict"));
        QVERIFY(repo.removePolicy(edit.id, 2).ok());
        QVERIFY(repo.policies()->isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM escalation_steps")), 0);
    }

    void oneDefaultPolicy()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        EscalationPolicy a = payments();
        a.name = QStringLiteral("A");
        a.isDefault = true;
        EscalationPolicy b = payments();
        b.name = QStringLiteral("B");
        b.isDefault = true;
        QVERIFY(repo.createPolicy(a).ok());
        QVERIFY(repo.createPolicy(b).ok());
        QVERIFY(!repo.findPolicy(QStringLiteral("A"))->isDefault);
        QVERIFY(repo.findPolicy(QStringLiteral("B"))->isDefault);
        QCOMPARE(repo.findPolicy(QStringLiteral("A"))->version, 2);
    }

    void pageWithTimelineEntryOnce()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        const Incident i = insertTriggered(db);
        auto recorded = repo.recordPage(page(i, 0, 0), QStringLiteral("Paged @alice."), QStringLiteral("warroomd"));
        QVERIFY2(recorded.ok(), qPrintable(recorded.errorText()));
        QVERIFY(recorded->has_value());
        // The same incident, step and round again: nothing written, not an error.
        auto again = repo.recordPage(page(i, 0, 0), QStringLiteral("Paged @alice."), QStringLiteral("warroomd"));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(!again->has_value());
        PageRecord second = page(i, 0, 1);
        second.sentAt = second.sentAt.addSecs(600);
        QVERIFY(
            repo.recordPage(second, QStringLiteral("Paged @alice again."), QStringLiteral("warroomd"))->has_value());

        auto pages = repo.pages(i.id);
        QCOMPARE(pages->size(), 2);
        QCOMPARE(pages->first().incidentRef(), i.ref());
        QCOMPARE(pages->first().recipient, QStringLiteral("alice"));
        QCOMPARE(pages->first().dueAt, kT0.addSecs(300));
        QCOMPARE(pages->first().delivery, PageDelivery::Recorded);
        auto timeline = IncidentRepository(db).timeline(i.id);
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->first().kind, EntryKind::Alert);
        QCOMPARE(timeline->first().text, QStringLiteral("Paged @alice."));
        QCOMPARE(timeline->first().author, QStringLiteral("warroomd"));
        QCOMPARE(timeline->first().occurredAt, kT0.addSecs(301));

        // The database itself refuses a duplicate, whoever writes it.
        auto raw = db->run(QStringLiteral("INSERT INTO escalation_pages (id, incident_id, policy_id, policy_name, "
                                          "step_index, round, target_kind, target, due_at, sent_at) "
                                          "SELECT ?, incident_id, policy_id, policy_name, step_index, round, "
                                          "target_kind, target, due_at, sent_at FROM escalation_pages "
                                          "WHERE step_index = 0 AND round = 0"),
                           {db->uuidToDb(QUuid::createUuid())});
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, QStringLiteral("conflict"));

        QCOMPARE(repo.pagesTo(QStringLiteral("alice"), kT0)->size(), 2);
        QCOMPARE(repo.pagesTo(QStringLiteral("alice"), kT0.addSecs(301))->size(), 1);
        QCOMPARE(repo.pagesTo(QStringLiteral("alice"), kT0.addSecs(901))->size(), 0);
        QCOMPARE(repo.pagesTo(QStringLiteral("bob"), kT0)->size(), 0);
        QCOMPARE(repo.pagesTo(QString(), kT0)->size(), 2);

        // Pages go to the change log with their incident, so live views see them.
        auto changes = ChangeLog(db).since(0, 1000, i.id);
        QVERIFY(changes.ok());
        int pageChanges = 0;
        for (const Change& c : changes.value()) {
            if (c.table == QLatin1String("escalation_pages")) {
                ++pageChanges;
                QCOMPARE(c.actor, QStringLiteral("warroomd"));
            }
        }
        QCOMPARE(pageChanges, 2);
    }

    void deliveryState()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        const Incident i = insertTriggered(db);
        PageRecord p = page(i, 2, 0);
        p.kind = EscalationTargetKind::Webhook;
        p.recipient.clear();
        p.delivery = PageDelivery::Pending;
        auto recorded = repo.recordPage(p, QStringLiteral("Posted to the webhook."), QStringLiteral("warroomd"));
        QVERIFY(recorded.ok() && recorded->has_value());
        const QUuid id = recorded.value()->id;
        QVERIFY(repo.setDelivery(id, PageDelivery::Failed, QStringLiteral("HTTP 500"),
                                 QStringLiteral("Webhook delivery failed."), QStringLiteral("warroomd"),
                                 kT0.addSecs(400))
                    .ok());
        auto pages = repo.pages(i.id);
        QCOMPARE(pages->first().delivery, PageDelivery::Failed);
        QCOMPARE(pages->first().deliveryDetail, QStringLiteral("HTTP 500"));
        QCOMPARE(pages->first().version, 2);
        QCOMPARE(IncidentRepository(db).timeline(i.id)->size(), 2);
        QCOMPARE(repo.setDelivery(QUuid::createUuid(), PageDelivery::Delivered, {}, {}, QStringLiteral("warroomd"), kT0)
                     .error()
                     .code,
                 QStringLiteral("not-found"));
    }

    void evaluationSetAndStop()
    {
        auto db = freshDb();
        EscalationRepository repo(db);
        IncidentRepository incidents(db);
        const Incident i = insertTriggered(db);
        Incident acked = insertTriggered(db);
        acked.status = IncidentStatus::Acknowledged;
        acked.acknowledgedAt = kT0.addSecs(60);
        QVERIFY(incidents.updateIncident(acked, acked.version).ok());

        auto set = repo.incidentsToEvaluate();
        QVERIFY2(set.ok(), qPrintable(set.errorText()));
        QCOMPARE(set->size(), 1);
        QCOMPARE(set->first().id, i.id);

        // An acknowledged incident with pages stays in the set until its stop is written.
        QVERIFY(repo.recordPage(page(acked, 0, 0), QStringLiteral("Paged."), QStringLiteral("warroomd"))->has_value());
        QCOMPARE(repo.incidentsToEvaluate()->size(), 2);
        QVERIFY(!repo.isStopped(acked.id).value());
        auto stopped = repo.recordStop(acked.id, kT0.addSecs(400), 2, QStringLiteral("Escalation stopped."),
                                       QStringLiteral("warroomd"));
        QVERIFY2(stopped.ok(), qPrintable(stopped.errorText()));
        QVERIFY(stopped.value());
        QVERIFY(!repo.recordStop(acked.id, kT0.addSecs(62), 2, QStringLiteral("Again."), QStringLiteral("warroomd"))
                     .value());
        QVERIFY(repo.isStopped(acked.id).value());
        QCOMPARE(repo.incidentsToEvaluate()->size(), 1);
        auto timeline = incidents.timeline(acked.id);
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->last().text, QStringLiteral("Escalation stopped."));
    }

    void leaderLock()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(Database::openAndMigrate(url).ok());
        LeaderLock a(url);
        LeaderLock b(url);
        QVERIFY(a.tryAcquire().value());
        if (!test::TestDatabases::isPostgresql()) {
            QVERIFY(b.tryAcquire().value()); // SQLite: one process per file leads
            QCOMPARE(a.sessionPid(), 0);
            return;
        }
        QVERIFY(!b.tryAcquire().value());
        QVERIFY(a.tryAcquire().value()); // still leads
        QVERIFY(!b.tryAcquire().value());

        // The leader's session dies: the standby takes over, and the old leader notices.
        const int pid = a.sessionPid();
        QVERIFY(pid > 0);
        auto admin = m_dbs.adminConnection();
        QVERIFY(admin);
        QVERIFY(admin->run(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(b.tryAcquire().value(), 10000);
        QVERIFY(b.isLeader());
        auto again = a.tryAcquire();
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(!again.value());
        QVERIFY(!a.isLeader());

        // A clean release hands over at once.
        b.release();
        QVERIFY(a.tryAcquire().value());
    }
};

QTEST_GUILESS_MAIN(TestEscalationRepository)
#include "tst_escalationrepository.moc"
