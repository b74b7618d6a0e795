// The live change feed, database roles and `warroomctl watch` against a real PostgreSQL
// server (WARROOM_TEST_PG_URL; scripts/test.sh starts one) and, for polling, SQLite.
// Every PostgreSQL case works in a database of its own, dropped in cleanup().
#include "testdatabases.h"

#include "storage/accessroles.h"
#include "storage/changelog.h"
#include "storage/incidentservice.h"
#include "sync/changefeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace warroom;

class TestChangeFeed : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    SystemClock m_clock;

    static constexpr int kTimeoutMs = 30000;

    static void requirePostgresql()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
    }

    static Incident declare(IncidentService& s, const QString& title = QStringLiteral("Checkout returns 502"))
    {
        DeclareRequest r;
        r.title = title;
        r.severity = 2;
        r.services = {QStringLiteral("Checkout")};
        auto i = s.declare(r, QStringLiteral("alice"));
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        return i.value();
    }

    /// Collects what a feed applies.
    struct Received {
        QList<Change> changes;
        QList<qint64> seqs() const
        {
            QList<qint64> out;
            for (const Change& c : changes)
                out << c.seq;
            return out;
        }
    };
    static void collect(ChangeFeed& feed, Received& into)
    {
        QObject::connect(&feed, &ChangeFeed::changeApplied, &feed, [&into](const Change& c) { into.changes << c; });
    }

    static QList<qint64> seqsInLog(const std::shared_ptr<Database>& db, qint64 after)
    {
        QList<qint64> out;
        const auto log = ChangeLog(db).since(after, 100000);
        if (!log)
            qWarning("%s", qPrintable(log.error().message));
        for (const Change& c : log.value())
            out << c.seq;
        return out;
    }

    static bool strictlyIncreasing(const QList<qint64>& seqs)
    {
        for (qsizetype k = 1; k < seqs.size(); ++k) {
            if (seqs[k] <= seqs[k - 1])
                return false;
        }
        return true;
    }

    static int count(Database& db, const QString& table)
    {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    /// A database with a few rows in every table, its roles set up.
    std::shared_ptr<Database> seededDatabase(Incident& incident)
    {
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        if (!db)
            return {};
        if (auto roles = createAccessRoles(*db); !roles) {
            qWarning("%s", qPrintable(roles.error().message));
            return {};
        }
        IncidentService s(db, m_clock);
        incident = declare(s);
        Person bob;
        bob.handle = QStringLiteral("bob");
        if (!s.savePerson(bob) || !s.addEntry(incident.id, EntryKind::Action, QStringLiteral("Roll back"), QStringLiteral("alice"))
            || !s.assignRole(incident.id, IncidentRole::Scribe, QStringLiteral("bob"), QStringLiteral("alice"))
            || !s.requestHandOff(incident.id, IncidentRole::Commander, QStringLiteral("bob"), {}, QStringLiteral("alice"))
            || !s.editEntry(s.repository().timeline(incident.id)->last().id, 1, EntryChange{QStringLiteral("Roll back v2"), {}, {}, {}, {}, {}},
                            QStringLiteral("alice"))) {
            qWarning("seeding failed");
            return {};
        }
        return db;
    }

    /// Connects as a new login role that is a member of `group`.
    std::shared_ptr<Database> connectAs(const Database& db, const QString& group)
    {
        const QString login = m_dbs.newLoginRole(group);
        if (login.isEmpty())
            return {};
        DatabaseUrl url = db.url();
        url.user = login;
        auto opened = Database::openAndMigrate(url);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        return opened.value();
    }

    static const QStringList& allTables()
    {
        static const QStringList tables{
            QStringLiteral("incidents"),        QStringLiteral("timeline_entries"), QStringLiteral("timeline_revisions"),
            QStringLiteral("people"),           QStringLiteral("role_assignments"), QStringLiteral("hand_offs"),
            QStringLiteral("action_items"),     QStringLiteral("services"),         QStringLiteral("incident_services"),
            QStringLiteral("changes"),          QStringLiteral("schema_version"),
        };
        return tables;
    }
    static QString someColumn(const QString& table)
    {
        static const QHash<QString, QString> columns{
            {QStringLiteral("incidents"), QStringLiteral("title")},
            {QStringLiteral("timeline_entries"), QStringLiteral("text")},
            {QStringLiteral("timeline_revisions"), QStringLiteral("text")},
            {QStringLiteral("people"), QStringLiteral("name")},
            {QStringLiteral("role_assignments"), QStringLiteral("holder")},
            {QStringLiteral("hand_offs"), QStringLiteral("notes")},
            {QStringLiteral("action_items"), QStringLiteral("text")},
            {QStringLiteral("services"), QStringLiteral("name")},
            {QStringLiteral("incident_services"), QStringLiteral("position")},
            {QStringLiteral("changes"), QStringLiteral("actor")},
            {QStringLiteral("schema_version"), QStringLiteral("version")},
        };
        return columns.value(table);
    }
    static bool deniedOrFailed(const Result<QSqlQuery>& r, QString* why = nullptr)
    {
        if (r.ok())
            return false;
        if (why)
            *why = r.error().message;
        return r.error().message.contains(QLatin1String("permission denied"))
            || r.error().message.contains(QLatin1String("must be owner"));
    }

    struct Ctl {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Ctl ctl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(WARROOMCTL_PATH), args);
        if (!p.waitForFinished(kTimeoutMs))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void cleanup() { m_dbs.dropAll(); }

    void fiveHundredEntriesArriveInOrder()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);

        ChangeFeed feed(a->url());
        Received received;
        collect(feed, received);
        QVERIFY2(feed.start().ok(), "the feed does not start");
        QVERIFY(feed.isConnected());
        const qint64 start = feed.lastSeq();
        QCOMPARE(start, ChangeLog(a).latestSeq().value());   // only changes from now on

        QList<QUuid> written;
        for (int n = 0; n < 500; ++n) {
            auto e = service.addEntry(incident.id, EntryKind::Note, QStringLiteral("Entry %1").arg(n), QStringLiteral("sam"));
            QVERIFY2(e.ok(), qPrintable(e.errorText()));
            written << e->id;
            if (n % 50 == 0)
                QCoreApplication::processEvents();   // the feed follows while A writes
        }
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 500, kTimeoutMs);
        QVERIFY(strictlyIncreasing(received.seqs()));
        QCOMPARE(received.seqs(), seqsInLog(a, start));
        QList<QUuid> arrived;
        for (const Change& c : std::as_const(received.changes)) {
            arrived << c.rowId;
            QCOMPARE(c.table, QStringLiteral("timeline_entries"));
            QCOMPARE(c.op, QStringLiteral("insert"));
            QCOMPARE(c.incidentRef(), incident.ref());
            QCOMPARE(c.actor, QStringLiteral("sam"));
        }
        QCOMPARE(arrived, written);
        QCOMPARE(feed.lastSeq(), received.changes.last().seq);
    }

    void reconnectLosesNothing()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);
        ChangeFeed::Options options;
        options.heartbeatMs = 60000;   // only the watchdog and the reconnect bring changes here
        ChangeFeed feed(a->url(), options);
        Received received;
        collect(feed, received);
        QSignalSpy connection(&feed, &ChangeFeed::connectedChanged);
        QVERIFY(feed.start().ok());
        const qint64 start = feed.lastSeq();
        QVERIFY(service.addEntry(incident.id, EntryKind::Note, QStringLiteral("before"), QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 1, kTimeoutMs);

        // The server ends the listener's session (as a restart or a network cut would).
        auto admin = m_dbs.adminConnection();
        QVERIFY(admin);
        auto killed = admin->run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                "WHERE datname = ? AND application_name = 'warroom-listener'"),
                                 {a->url().database});
        QVERIFY2(killed.ok(), qPrintable(killed.errorText()));
        QVERIFY(killed.value().next());
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), kTimeoutMs);
        QCOMPARE(connection.first().first().toBool(), false);
        // Written while the listener is away; some perhaps while it reconnects.
        for (int n = 0; n < 50; ++n)
            QVERIFY(service.addEntry(incident.id, EntryKind::Note, QStringLiteral("during %1").arg(n), QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 51, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isConnected(), kTimeoutMs);
        QCOMPARE(connection.last().first().toBool(), true);
        QCOMPARE(received.seqs(), seqsInLog(a, start));
        // And it is live again: a notification, not a heartbeat, brings the next one.
        QVERIFY(service.addEntry(incident.id, EntryKind::Note, QStringLiteral("after"), QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 52, 5000);
        QCOMPARE(received.changes.last().rowId, service.repository().timeline(incident.id)->last().id);
    }

    void concurrentWritersNeverSkip()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);
        ChangeFeed feed(a->url());
        Received received;
        collect(feed, received);
        QVERIFY(feed.start().ok());
        const qint64 start = feed.lastSeq();

        // Two writers, each on its own connection in its own thread, interleave their commits;
        // the feed reads while they write. Without the writers' advisory lock a reader could
        // see seq N+1 committed before N and skip N for good.
        QMutex mutex;
        QStringList errors;
        auto writer = [&](const QString& who) {
            return QThread::create([&, who] {
                auto db = Database::open(a->url());
                if (!db) {
                    QMutexLocker lock(&mutex);
                    errors << db.error().message;
                    return;
                }
                SystemClock clock;
                IncidentService s(db.value(), clock);
                for (int n = 0; n < 150; ++n) {
                    // A little work between taking the sequence number and committing widens
                    // the window in which the other writer could commit a later one first.
                    SqlTransaction tx(*db.value());
                    auto e = s.addEntry(incident.id, EntryKind::Note, QStringLiteral("%1 %2").arg(who).arg(n), who);
                    Result<void> done = e ? Result<void>() : Result<void>(e.error());
                    if (done) {
                        if (auto slept = db.value()->run(QStringLiteral("SELECT pg_sleep(0.002)")); !slept)
                            done = slept.error();
                    }
                    if (done)
                        done = tx.commit();
                    if (!done) {
                        QMutexLocker lock(&mutex);
                        errors << done.error().message;
                        return;
                    }
                }
            });
        };
        std::unique_ptr<QThread> one(writer(QStringLiteral("one")));
        std::unique_ptr<QThread> two(writer(QStringLiteral("two")));
        one->start();
        two->start();
        QTRY_VERIFY_WITH_TIMEOUT(one->isFinished() && two->isFinished(), kTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 300, kTimeoutMs);
        QCOMPARE(received.seqs(), seqsInLog(a, start));
        QSet<QString> actors;
        for (const Change& c : std::as_const(received.changes))
            actors << c.actor;
        QCOMPARE(actors, (QSet<QString>{QStringLiteral("one"), QStringLiteral("two")}));
    }

    void writersDoNotDeadlock()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);
        // T1 changes something (so it holds the writers' lock), then updates the incident row.
        // T2 updates the same row in between. If T2 could lock the row before waiting for the
        // writers' lock, each would wait for the other until PostgreSQL aborted one.
        QSemaphore t1HoldsLock;
        QMutex mutex;
        QStringList errors;
        auto fail = [&](const QString& e) {
            QMutexLocker lock(&mutex);
            errors << e;
        };
        const QVariant id = a->uuidToDb(incident.id);
        std::unique_ptr<QThread> t1(QThread::create([&] {
            auto db = Database::open(a->url());
            if (!db)
                return fail(db.error().message);
            SqlTransaction tx(*db.value());
            if (auto r = db.value()->run(QStringLiteral("UPDATE people SET team = 'sre'")); !r)
                return fail(r.error().message);
            t1HoldsLock.release();
            // Give T2 time to reach the incident row first.
            if (auto r = db.value()->run(QStringLiteral("SELECT pg_sleep(0.3)")); !r)
                return fail(r.error().message);
            if (auto r = db.value()->run(QStringLiteral("UPDATE incidents SET summary = 't1' WHERE id = ?"), {id}); !r)
                return fail(r.error().message);
            if (auto c = tx.commit(); !c)
                fail(c.error().message);
        }));
        std::unique_ptr<QThread> t2(QThread::create([&] {
            auto db = Database::open(a->url());
            if (!db)
                return fail(db.error().message);
            t1HoldsLock.acquire();
            if (auto r = db.value()->run(QStringLiteral("UPDATE incidents SET title = 't2' WHERE id = ?"), {id}); !r)
                fail(r.error().message);
        }));
        t1->start();
        t2->start();
        QTRY_VERIFY_WITH_TIMEOUT(t1->isFinished() && t2->isFinished(), kTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const Incident after = service.repository().findById(incident.id).value();
        QCOMPARE(after.summary, QStringLiteral("t1"));
        QCOMPARE(after.title, QStringLiteral("t2"));
    }

    void heartbeatCatchesAMissedNotification()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);
        ChangeFeed::Options options;
        options.heartbeatMs = 200;
        ChangeFeed feed(a->url(), options);
        Received received;
        collect(feed, received);
        QVERIFY(feed.start().ok());
        // A row no notification announces (written by hand, past the trigger).
        QVERIFY(a->run(QStringLiteral("INSERT INTO changes (table_name, row_id, incident_id, op, actor) "
                                      "VALUES ('incidents', ?, ?, 'update', 'by-hand')"),
                       {a->uuidToDb(incident.id), a->uuidToDb(incident.id)})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 1, kTimeoutMs);
        QCOMPARE(received.changes.first().actor, QStringLiteral("by-hand"));
        QCOMPARE(received.changes.first().incidentRef(), incident.ref());
    }

    void incidentFilterAndReplay()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident one = declare(service, QStringLiteral("One"));
        const Incident two = declare(service, QStringLiteral("Two"));
        QVERIFY(service.addEntry(two.id, EntryKind::Note, QStringLiteral("two"), QStringLiteral("sam")).ok());
        QVERIFY(service.addEntry(one.id, EntryKind::Note, QStringLiteral("one"), QStringLiteral("sam")).ok());

        ChangeFeed::Options options;
        options.incidentId = one.id;
        options.batchSize = 2;   // several reads per catch-up
        ChangeFeed feed(a->url(), options);
        Received received;
        collect(feed, received);
        QVERIFY(feed.start(0).ok());   // replay the whole log
        // Declaring One wrote the incident, its status entry and the commander's span (and
        // alice's people row, which belongs to no incident); then one entry.
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 4, kTimeoutMs);
        for (const Change& c : std::as_const(received.changes))
            QCOMPARE(c.incidentId, one.id);
        QVERIFY(strictlyIncreasing(received.seqs()));
        QCOMPARE(received.changes.last().table, QStringLiteral("timeline_entries"));
        QVERIFY(service.addEntry(two.id, EntryKind::Note, QStringLiteral("two again"), QStringLiteral("sam")).ok());
        QVERIFY(service.addEntry(one.id, EntryKind::Note, QStringLiteral("one again"), QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 5, kTimeoutMs);
        QCOMPARE(received.changes.last().incidentId, one.id);
    }

    void sqliteFeedPolls()
    {
        auto a = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        const Incident incident = declare(service);
        ChangeFeed::Options options;
        options.pollMs = 50;
        ChangeFeed feed(a->url(), options);   // a second connection to the same file
        Received received;
        collect(feed, received);
        QVERIFY(feed.start().ok());
        for (int n = 0; n < 20; ++n)
            QVERIFY(service.addEntry(incident.id, EntryKind::Note, QStringLiteral("n%1").arg(n), QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.changes.size(), 20, kTimeoutMs);
        QVERIFY(strictlyIncreasing(received.seqs()));
        QCOMPARE(received.changes.last().actor, QStringLiteral("sam"));
        QCOMPARE(received.changes.last().incidentRef(), incident.ref());
    }

    void viewerCannotWrite()
    {
        requirePostgresql();
        Incident incident;
        auto admin = seededDatabase(incident);
        QVERIFY(admin);
        auto viewer = connectAs(*admin, AccessRoles::viewer());
        QVERIFY(viewer);
        QHash<QString, int> before;
        for (const QString& table : allTables()) {
            before.insert(table, count(*admin, table));
            QVERIFY2(before.value(table) > 0 || table == QLatin1String("incident_services"), qPrintable(table));
        }
        for (const QString& table : allTables()) {
            QString why;
            QVERIFY2(deniedOrFailed(viewer->run(QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)), &why),
                     qPrintable(table + QLatin1String(": ") + why));
            QVERIFY2(deniedOrFailed(viewer->run(QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, someColumn(table))), &why),
                     qPrintable(table + QLatin1String(": ") + why));
            QVERIFY2(deniedOrFailed(viewer->run(QStringLiteral("DELETE FROM %1").arg(table)), &why),
                     qPrintable(table + QLatin1String(": ") + why));
            QVERIFY2(deniedOrFailed(viewer->run(QStringLiteral("TRUNCATE %1 CASCADE").arg(table)), &why),
                     qPrintable(table + QLatin1String(": ") + why));
        }
        QVERIFY(deniedOrFailed(viewer->run(QStringLiteral("CREATE TABLE sneaky (a integer)"))));
        QVERIFY(deniedOrFailed(viewer->run(QStringLiteral("DROP TABLE changes"))));
        QVERIFY(deniedOrFailed(viewer->run(QStringLiteral("ALTER TABLE incidents ADD COLUMN x integer"))));
        // Through the service, too: every operation fails and writes nothing.
        IncidentService asViewer(viewer, m_clock);
        QVERIFY(!asViewer.addEntry(incident.id, EntryKind::Note, QStringLiteral("no"), QStringLiteral("vic")).ok());
        QVERIFY(!asViewer.changeStatus(incident.id, IncidentStatus::Mitigated, QStringLiteral("vic")).ok());
        DeclareRequest r;
        r.title = QStringLiteral("No");
        QVERIFY(!asViewer.declare(r, QStringLiteral("vic")).ok());
        for (const QString& table : allTables())
            QCOMPARE(count(*admin, table), before.value(table));
        // Reading works, the change log included.
        QCOMPARE(asViewer.repository().listIncidents()->size(), 1);
        QCOMPARE(ChangeLog(viewer).since(0, 1000)->size(), count(*admin, QStringLiteral("changes")));
        ChangeFeed feed(viewer->url());
        QVERIFY(feed.start(0).ok());
        QCOMPARE(feed.lastSeq(), 0);
    }

    void scribeAndCommanderPrivileges()
    {
        requirePostgresql();
        Incident incident;
        auto admin = seededDatabase(incident);
        QVERIFY(admin);
        auto scribe = connectAs(*admin, AccessRoles::scribe());
        QVERIFY(scribe);
        IncidentService asScribe(scribe, m_clock);
        auto entry = asScribe.addEntry(incident.id, EntryKind::Action, QStringLiteral("Check the canary"), QStringLiteral("bob"));
        QVERIFY2(entry.ok(), qPrintable(entry.errorText()));
        QVERIFY(asScribe.postStakeholderUpdate(incident.id, QStringLiteral("Investigating"), QStringLiteral("bob")).ok());
        auto edited = asScribe.editEntry(entry->id, entry->version, EntryChange{QStringLiteral("Check canary"), {}, {}, {}, {}, {}},
                                         QStringLiteral("bob"));
        QVERIFY2(edited.ok(), qPrintable(edited.errorText()));
        QVERIFY(asScribe.assignRole(incident.id, IncidentRole::SubjectMatterExpert, QStringLiteral("bob"), QStringLiteral("bob")).ok());
        const int incidents = count(*admin, QStringLiteral("incidents"));
        const int entries = count(*admin, QStringLiteral("timeline_entries"));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("DELETE FROM incidents"))));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("DELETE FROM timeline_entries"))));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("UPDATE incidents SET title = 'x'"))));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("INSERT INTO changes (table_name, row_id, op, actor) "
                                                          "VALUES ('incidents', gen_random_uuid(), 'insert', 'forged')"))));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("CREATE TABLE sneaky (a integer)"))));
        QVERIFY(deniedOrFailed(scribe->run(QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN x integer"))));
        QVERIFY(!asScribe.changeStatus(incident.id, IncidentStatus::Mitigated, QStringLiteral("bob")).ok());
        QCOMPARE(count(*admin, QStringLiteral("incidents")), incidents);
        QCOMPARE(count(*admin, QStringLiteral("timeline_entries")), entries);
        // The scribe's changes are logged (by the trigger's owner) with the scribe's handle.
        const auto log = ChangeLog(admin).since(0, 1000).value();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const Change& c) { return c.rowId == entry->id && c.actor == QLatin1String("bob"); }));

        auto commander = connectAs(*admin, AccessRoles::commander());
        QVERIFY(commander);
        IncidentService asCommander(commander, m_clock);
        QVERIFY(asCommander.changeStatus(incident.id, IncidentStatus::Mitigated, QStringLiteral("alice")).ok());
        QVERIFY(deniedOrFailed(commander->run(QStringLiteral("CREATE TABLE sneaky (a integer)"))));
        QVERIFY(deniedOrFailed(commander->run(QStringLiteral("DELETE FROM changes"))));
        QVERIFY(deniedOrFailed(commander->run(QStringLiteral("UPDATE changes SET actor = 'forged'"))));
        QVERIFY(deniedOrFailed(commander->run(QStringLiteral("DROP TABLE incidents"))));
        auto deleted = commander->run(QStringLiteral("DELETE FROM incidents WHERE id = ?"), {commander->uuidToDb(incident.id)});
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorText()));
        QCOMPARE(count(*admin, QStringLiteral("incidents")), incidents - 1);
        QCOMPARE(count(*admin, QStringLiteral("timeline_entries")), 0);   // cascaded
    }

    void watchPrintsJsonLines()
    {
        requirePostgresql();
        auto a = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(a);
        IncidentService service(a, m_clock);
        declare(service, QStringLiteral("One"));
        declare(service, QStringLiteral("Two"));
        const QString url = a->url().toString(true);

        QProcess watch;
        watch.start(QStringLiteral(WARROOMCTL_PATH), {QStringLiteral("watch"), QStringLiteral("--database"), url,
                                                     QStringLiteral("--incident"), QStringLiteral("INC-1"),
                                                     QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY(watch.waitForStarted(kTimeoutMs));
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(watch.readAllStandardError())).contains(QLatin1String("watching")),
                                 kTimeoutMs);

        // Another process writes: one entry on INC-2 (filtered out), then three on INC-1.
        for (const auto& [ref, text] : {std::pair{QStringLiteral("INC-2"), QStringLiteral("elsewhere")},
                                        std::pair{QStringLiteral("INC-1"), QStringLiteral("first")},
                                        std::pair{QStringLiteral("INC-1"), QStringLiteral("second")},
                                        std::pair{QStringLiteral("INC-1"), QStringLiteral("third")}}) {
            const Ctl note = ctl({QStringLiteral("note"), ref, text, QStringLiteral("--database"), url,
                                  QStringLiteral("--as"), QStringLiteral("sam")});
            QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        }
        QVERIFY(watch.waitForFinished(kTimeoutMs));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));
        qint64 previous = 0;
        const QStringList texts{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
        for (qsizetype k = 0; k < lines.size(); ++k) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines[k], &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), lines[k].constData());
            const QJsonObject o = doc.object();
            QVERIFY(o.value(QStringLiteral("seq")).isDouble());
            const qint64 seq = qint64(o.value(QStringLiteral("seq")).toDouble());
            QVERIFY(seq > previous);
            previous = seq;
            QCOMPARE(o.value(QStringLiteral("table")).toString(), QStringLiteral("timeline_entries"));
            QCOMPARE(o.value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
            QCOMPARE(o.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-1"));
            QCOMPARE(o.value(QStringLiteral("actor")).toString(), QStringLiteral("sam"));
            const QString changedAt = o.value(QStringLiteral("changed_at")).toString();
            const QString receivedAt = o.value(QStringLiteral("received_at")).toString();
            QVERIFY2(iso.match(changedAt).hasMatch(), qPrintable(changedAt));
            QVERIFY2(iso.match(receivedAt).hasMatch(), qPrintable(receivedAt));
            QVERIFY2(receivedAt >= changedAt, qPrintable(changedAt + QLatin1String(" > ") + receivedAt));
            const auto stored = service.repository().findTimelineEntry(QUuid::fromString(o.value(QStringLiteral("row_id")).toString()));
            QVERIFY(stored.ok());
            QCOMPARE(stored->text, texts[k]);
        }
    }

    void dbInitCreatesRoles()
    {
        requirePostgresql();
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("postgresql"));
        QVERIFY(!url.database.isEmpty());
        for (int run = 0; run < 2; ++run) {   // idempotent
            const Ctl init = ctl({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database"),
                                  url.toString(true), QStringLiteral("--create-roles")});
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
            QVERIFY(QString::fromUtf8(init.out).contains(QStringLiteral("schema version %1").arg(Database::latestSchemaVersion(Dialect::Postgresql))));
        }
        auto db = Database::open(url);
        QVERIFY(db.ok());
        auto q = db.value()->run(QStringLiteral("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'warroom\\_%' "
                                                "AND rolname NOT LIKE 'warroom\\_test\\_%' ORDER BY rolname"));
        QVERIFY(q.ok());
        QStringList roles;
        while (q.value().next()) {
            roles << q.value().value(0).toString();
            QVERIFY(!q.value().value(1).toBool());   // NOLOGIN
        }
        QCOMPARE(roles, (QStringList{QStringLiteral("warroom_commander"), QStringLiteral("warroom_scribe"),
                                     QStringLiteral("warroom_viewer")}));
        auto viewer = connectAs(*db.value(), AccessRoles::viewer());
        QVERIFY(viewer);
        QVERIFY(deniedOrFailed(viewer->run(QStringLiteral("DELETE FROM incidents"))));
        // SQLite has no roles: a clear error.
        const Ctl onSqlite = ctl({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database"),
                                  QStringLiteral("sqlite:") + m_dbs.tempPath(QStringLiteral("roles.db")),
                                  QStringLiteral("--create-roles")});
        QCOMPARE(onSqlite.exitCode, 1);
        QVERIFY2(onSqlite.err.contains(QLatin1String("PostgreSQL")), qPrintable(onSqlite.err));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
