// The alert intake against real databases (rows "sqlite" and "postgresql"; see
// tests/storage/testdatabases.h): one incident per alert group, alert entries on later
// deliveries, resolution, auto-resolve, reopening after the incident ended, one transaction.
#include "../storage/testdatabases.h"

#include "storage/accessroles.h"
#include "storage/alertintake.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestAlertIntake : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc())};

    std::shared_ptr<Database> freshDatabase()
    {
        auto db = m_dbs.newDatabase();
        if (!db)
            qFatal("cannot open a test database (%s)", qPrintable(test::TestDatabases::backend()));
        return db;
    }

    static int count(Database& db, const QString& table, const QString& where = {})
    {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    Alert alert(const QString& fingerprint, AlertState state, const QString& severity, qint64 startedSecondsAgo)
    {
        Alert a;
        a.fingerprint = fingerprint;
        a.state = state;
        a.name = QStringLiteral("HighLatency");
        a.labels = {{QStringLiteral("alertname"), a.name},
                    {QStringLiteral("severity"), severity},
                    {QStringLiteral("service"), QStringLiteral("checkout")},
                    {QStringLiteral("instance"), fingerprint}};
        a.annotations = {{QStringLiteral("summary"), QStringLiteral("p99 latency above 2 s")}};
        a.startsAt = m_clock.nowUtc().addSecs(-startedSecondsAgo);
        if (state == AlertState::Resolved)
            a.endsAt = m_clock.nowUtc().addSecs(-10);
        return a;
    }

    static AlertGroupDelivery delivery(QList<Alert> alerts,
                                       const QString& key = QStringLiteral("{}:{alertname=\"HighLatency\"}"))
    {
        AlertGroupDelivery d;
        d.source = QStringLiteral("alertmanager");
        d.groupKey = key;
        d.alerts = std::move(alerts);
        d.state = d.allResolved() ? AlertState::Resolved : AlertState::Firing;
        return d;
    }

    static QList<TimelineEntry> entriesOfKind(IncidentRepository& repo, const QUuid& id, EntryKind kind)
    {
        QList<TimelineEntry> out;
        const auto timeline = repo.timeline(id);
        for (const TimelineEntry& e : timeline.value()) {
            if (e.kind == kind)
                out << e;
        }
        return out;
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void groupOpensOneIncident()
    {
        auto db = freshDatabase();
        AlertIntake intake(db, m_clock);
        IncidentRepository repo(db);

        const auto first =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("warning"), 300),
                                   alert(QStringLiteral("a2"), AlertState::Firing, QStringLiteral("major"), 120)}));
        QVERIFY2(first, qPrintable(first.errorText()));
        QVERIFY(first->incidentOpened);
        QCOMPARE(first->alertsNew, 2);
        QCOMPARE(first->incidentRef, QStringLiteral("INC-1"));
        const auto incident = repo.findById(first->incidentId);
        QVERIFY(incident);
        QCOMPARE(incident->status, IncidentStatus::Triggered);
        QCOMPARE(incident->severity, 2); // "major" beats "warning"
        QCOMPARE(incident->detectedAt, m_clock.nowUtc().addSecs(-300));
        QCOMPARE(incident->startedAt, m_clock.nowUtc().addSecs(-300));
        QCOMPARE(incident->declaredAt, m_clock.nowUtc());
        QVERIFY(!incident->acknowledgedAt.isValid());
        QVERIFY(incident->commander.isEmpty());
        QCOMPARE(incident->services, QStringList{QStringLiteral("checkout")});
        QCOMPARE(incident->title, QStringLiteral("p99 latency above 2 s"));
        const auto alertEntries = entriesOfKind(repo, incident->id, EntryKind::Alert);
        QCOMPARE(alertEntries.size(), 2);
        QCOMPARE(alertEntries.first().occurredAt, m_clock.nowUtc().addSecs(-300));
        QCOMPARE(alertEntries.first().author, QStringLiteral("alertmanager"));
        QVERIFY2(alertEntries.first().text.startsWith(QStringLiteral("Firing: HighLatency")),
                 qPrintable(alertEntries.first().text));
        QCOMPARE(entriesOfKind(repo, incident->id, EntryKind::StatusChange).size(), 1);
        // The change log records the writes with the source as actor.
        QVERIFY(count(*db, QStringLiteral("changes"),
                      QStringLiteral("actor = 'alertmanager' AND table_name = 'incidents'")) >= 1);

        // The same state again: nothing new. A third alert: one entry, same incident.
        m_clock.advance(60);
        const auto repeat =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("warning"), 360),
                                   alert(QStringLiteral("a2"), AlertState::Firing, QStringLiteral("major"), 180)}));
        QVERIFY2(repeat, qPrintable(repeat.errorText()));
        QVERIFY(!repeat->incidentOpened);
        QCOMPARE(repeat->incidentId, first->incidentId);
        QCOMPARE(repeat->alertsNew, 0);
        QCOMPARE(entriesOfKind(repo, incident->id, EntryKind::Alert).size(), 2);
        const auto more =
            intake.apply(delivery({alert(QStringLiteral("a3"), AlertState::Firing, QStringLiteral("critical"), 30)}));
        QVERIFY2(more, qPrintable(more.errorText()));
        QCOMPARE(more->incidentId, first->incidentId);
        QCOMPARE(more->alertsNew, 1);
        QVERIFY(more->severityRaised); // "critical" joined a SEV2 group
        QCOMPARE(repo.findById(incident->id)->severity, 1);
        QCOMPARE(entriesOfKind(repo, incident->id, EntryKind::StatusChange).size(), 2);
        QCOMPARE(count(*db, QStringLiteral("incidents")), 1);
        QCOMPARE(entriesOfKind(repo, incident->id, EntryKind::Alert).size(), 3);

        // Resolving two of three: two entries, the group still firing.
        m_clock.advance(60);
        const auto partly =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Resolved, QStringLiteral("warning"), 420),
                                   alert(QStringLiteral("a2"), AlertState::Resolved, QStringLiteral("major"), 240),
                                   alert(QStringLiteral("a3"), AlertState::Firing, QStringLiteral("critical"), 90)}));
        QVERIFY2(partly, qPrintable(partly.errorText()));
        QVERIFY(!partly->severityRaised);
        QCOMPARE(partly->alertsResolved, 2);
        QVERIFY(!partly->groupResolved);
        QCOMPARE(entriesOfKind(repo, incident->id, EntryKind::Alert).size(), 5);

        // The last one resolves: its entry, then the group entry; the incident stays open.
        m_clock.advance(60);
        const auto all = intake.apply(
            delivery({alert(QStringLiteral("a3"), AlertState::Resolved, QStringLiteral("critical"), 150)}));
        QVERIFY2(all, qPrintable(all.errorText()));
        QCOMPARE(all->alertsResolved, 1);
        QVERIFY(all->groupResolved);
        QVERIFY(!all->incidentResolved);
        const auto entries = entriesOfKind(repo, incident->id, EntryKind::Alert);
        QCOMPARE(entries.size(), 7);
        QVERIFY2(entries.last().text.startsWith(QStringLiteral("Every alert of this group has resolved (3 in all)")),
                 qPrintable(entries.last().text));
        QCOMPARE(repo.findById(incident->id)->status, IncidentStatus::Triggered);
        const auto stored = intake.alertsOfIncident(incident->id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 3);
        for (const StoredAlert& a : stored.value()) {
            QCOMPARE(a.state, AlertState::Resolved);
            QVERIFY(a.endsAt.isValid());
        }

        // Firing again after the group resolved: the same incident, an entry saying so.
        m_clock.advance(60);
        const auto again =
            intake.apply(delivery({alert(QStringLiteral("a3"), AlertState::Firing, QStringLiteral("critical"), 5)}));
        QVERIFY2(again, qPrintable(again.errorText()));
        QCOMPARE(again->incidentId, first->incidentId);
        QCOMPARE(again->alertsRefired, 1);
        QCOMPARE(count(*db, QStringLiteral("incidents")), 1);
        QVERIFY(
            entriesOfKind(repo, incident->id, EntryKind::Alert).last().text.startsWith(QStringLiteral("Firing again")));
    }

    void autoResolve()
    {
        auto db = freshDatabase();
        AlertMapping mapping = AlertMapping::defaults();
        mapping.autoResolve = true;
        AlertIntake intake(db, m_clock, mapping);
        IncidentRepository repo(db);
        const auto opened =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("critical"), 60)}));
        QVERIFY2(opened, qPrintable(opened.errorText()));
        QCOMPARE(repo.findById(opened->incidentId)->severity, 1);
        m_clock.advance(120);
        const auto resolved = intake.apply(
            delivery({alert(QStringLiteral("a1"), AlertState::Resolved, QStringLiteral("critical"), 180)}));
        QVERIFY2(resolved, qPrintable(resolved.errorText()));
        QVERIFY(resolved->groupResolved);
        QVERIFY(resolved->incidentResolved);
        const auto incident = repo.findById(opened->incidentId);
        QCOMPARE(incident->status, IncidentStatus::Resolved);
        QCOMPARE(incident->resolvedAt, m_clock.nowUtc());

        // The incident ended: the group's next firing opens a new incident.
        m_clock.advance(600);
        const auto next =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("warning"), 10)}));
        QVERIFY2(next, qPrintable(next.errorText()));
        QVERIFY(next->incidentOpened);
        QVERIFY(next->incidentId != opened->incidentId);
        QCOMPARE(next->incidentRef, QStringLiteral("INC-2"));
        QCOMPARE(repo.findById(next->incidentId)->severity, 3);
        QCOMPARE(count(*db, QStringLiteral("alert_groups"), QStringLiteral("closed_at IS NULL")), 1);
    }

    void resolvedOnlyForUnknownGroupIsIgnored()
    {
        auto db = freshDatabase();
        AlertIntake intake(db, m_clock);
        const auto outcome =
            intake.apply(delivery({alert(QStringLiteral("z"), AlertState::Resolved, QStringLiteral("critical"), 60)}));
        QVERIFY2(outcome, qPrintable(outcome.errorText()));
        QVERIFY(outcome->ignored);
        QVERIFY(outcome->incidentId.isNull());
        QCOMPARE(count(*db, QStringLiteral("incidents")), 0);
        QCOMPARE(count(*db, QStringLiteral("alert_groups")), 0);
    }

    void groupsAreSeparateAndTimesNeverInFuture()
    {
        auto db = freshDatabase();
        AlertIntake intake(db, m_clock);
        IncidentRepository repo(db);
        Alert future = alert(QStringLiteral("f"), AlertState::Firing, QStringLiteral("info"), -3600);
        const auto a = intake.apply(delivery({future}, QStringLiteral("group-a")));
        const auto b = intake.apply(delivery(
            {alert(QStringLiteral("f"), AlertState::Firing, QStringLiteral("info"), 5)}, QStringLiteral("group-b")));
        QVERIFY2(a && b, qPrintable(a.errorText() + b.errorText()));
        QVERIFY(a->incidentId != b->incidentId);
        QCOMPARE(repo.findById(a->incidentId)->detectedAt, m_clock.nowUtc());
        QCOMPARE(repo.findById(a->incidentId)->severity, 4);
        AlertGroupDelivery other = delivery({alert(QStringLiteral("f"), AlertState::Firing, QStringLiteral("info"), 5)},
                                            QStringLiteral("group-a"));
        other.source = QStringLiteral("grafana");
        const auto c = intake.apply(other);
        QVERIFY2(c, qPrintable(c.errorText()));
        QVERIFY(c->incidentOpened); // same key, other source: another group
        QCOMPARE(count(*db, QStringLiteral("incidents")), 3);
    }

    void commanderRoleMayTakeAlerts()
    {
        if (!test::TestDatabases::isPostgresql())
            QSKIP("database roles exist on PostgreSQL only");
        auto db = freshDatabase();
        QVERIFY(createAccessRoles(*db).ok());
        auto connectAs = [&](const QString& group) -> std::shared_ptr<Database> {
            DatabaseUrl url = db->url();
            url.user = m_dbs.newLoginRole(group);
            auto opened = Database::open(url);
            return opened ? opened.value() : nullptr;
        };
        auto commander = connectAs(AccessRoles::commander());
        QVERIFY(commander);
        AlertIntake intake(commander, m_clock);
        const auto opened =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("critical"), 60)}));
        QVERIFY2(opened, qPrintable(opened.errorText()));
        m_clock.advance(30);
        const auto resolved =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Resolved, QStringLiteral("critical"), 90)}));
        QVERIFY2(resolved, qPrintable(resolved.errorText()));
        QVERIFY(resolved->groupResolved);
        // A viewer may read the alerts, not take them.
        auto viewer = connectAs(AccessRoles::viewer());
        QVERIFY(viewer);
        AlertIntake asViewer(viewer, m_clock);
        QCOMPARE(asViewer.alertsOfIncident(opened->incidentId)->size(), 1);
        QVERIFY(!asViewer.apply(delivery({alert(QStringLiteral("v"), AlertState::Firing, QStringLiteral("info"), 5)},
                                         QStringLiteral("other-group"))));
        QCOMPARE(count(*db, QStringLiteral("incidents")), 1);
    }

    void failedDeliveryWritesNothing()
    {
        auto db = freshDatabase();
        AlertIntake intake(db, m_clock);
        // Break the last table a delivery writes: the incident, group and entries written
        // before the failure must be rolled back with it.
        QVERIFY(db->run(QStringLiteral("DROP TABLE alert_group_alerts")).ok());
        const auto outcome =
            intake.apply(delivery({alert(QStringLiteral("a1"), AlertState::Firing, QStringLiteral("critical"), 60)}));
        QVERIFY(!outcome);
        QCOMPARE(count(*db, QStringLiteral("incidents")), 0);
        QCOMPARE(count(*db, QStringLiteral("timeline_entries")), 0);
        QCOMPARE(count(*db, QStringLiteral("alert_groups")), 0);
        QCOMPARE(count(*db, QStringLiteral("changes")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertIntake)
#include "tst_alertintake.moc"
