// The offline outbox: persistence of the queue file, replay in order, idempotent replay, a
// refused operation kept and reported, and, against a private PostgreSQL server of the test's
// own (scripts/pg.sh, stopped hard and started again), the watchdog noticing a restart and
// three writers losing nothing across it.
#include "testdatabases.h"

#include "models/livesync.h"
#include "models/offlinewrites.h"
#include "models/timelinecommands.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"
#include "storage/incidentservice.h"
#include "sync/changefeed.h"
#include "sync/outbox.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace warroom;

class TestOutbox : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QString m_serverDir; ///< the private server's directory (WARROOM_PG_DIR of scripts/pg.sh)
    QString m_serverUrl;
    int m_counter = 0;

    static constexpr int kTimeoutMs = 30000;

    QString newOutboxPath() { return m_dir.filePath(QStringLiteral("outbox-%1.db").arg(++m_counter)); }

    static Incident declare(IncidentService& s)
    {
        DeclareRequest r;
        r.title = QStringLiteral("Payments time out");
        r.severity = 1;
        auto i = s.declare(r, QStringLiteral("alice"));
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        return i.value();
    }

    static TimelineEntry newEntry(const QUuid& incidentId, const QString& text)
    {
        TimelineEntry e;
        e.id = QUuid::createUuid();
        e.incidentId = incidentId;
        e.kind = EntryKind::Note;
        e.text = text;
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        return e;
    }

    /// Runs scripts/pg.sh `command` against the private server; its stdout.
    QString pg(const QString& command)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WARROOM_PG_DIR"), m_serverDir);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WARROOM_PG_SCRIPT), {command});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("pg.sh %s failed: %s", qPrintable(command), p.readAllStandardError().constData());
            return QStringLiteral("failed");
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    /// Starts the private server once; false when it cannot.
    bool startServer()
    {
        if (m_serverUrl.isEmpty()) {
            m_serverDir =
                QDir::temp().filePath(QStringLiteral("warroom-outbox-pg-%1").arg(QCoreApplication::applicationPid()));
            const QString url = pg(QStringLiteral("start"));
            if (url.startsWith(QLatin1String("postgresql://")))
                m_serverUrl = url;
        }
        return !m_serverUrl.isEmpty();
    }

    /// A new migrated database on the private server.
    DatabaseUrl newServerDatabase()
    {
        auto server = DatabaseUrl::parse(m_serverUrl);
        auto admin = Database::open(server.value());
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message));
        const QString name = QStringLiteral("outbox_%1").arg(++m_counter);
        if (auto r = admin.value()->run(QStringLiteral("CREATE DATABASE %1").arg(name)); !r)
            qFatal("%s", qPrintable(r.error().message));
        // The test server runs with synchronous_commit off: a hard stop would lose commits
        // the clients were told about. A real server keeps them; so does this database.
        if (auto r = admin.value()->run(QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name)); !r)
            qFatal("%s", qPrintable(r.error().message));
        DatabaseUrl url = server.value();
        url.database = name;
        auto db = Database::openAndMigrate(url);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return url;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        if (!m_serverUrl.isEmpty())
            pg(QStringLiteral("stop"));
    }

    void cleanup() { m_dbs.dropAll(); }

    void defaultPathIsPerDatabaseWithoutPassword()
    {
        auto a = DatabaseUrl::parse(QStringLiteral("postgresql://sam:secret@db.example/warroom"));
        auto b = DatabaseUrl::parse(QStringLiteral("postgresql://sam:other@db.example/warroom"));
        auto c = DatabaseUrl::parse(QStringLiteral("postgresql://sam@db.example/staging"));
        QVERIFY(a && b && c);
        const QString path = OutboxStore::defaultPath(a.value());
        QCOMPARE(path, OutboxStore::defaultPath(b.value())); // the password plays no part
        QVERIFY(path != OutboxStore::defaultPath(c.value()));
        QVERIFY(!path.contains(QLatin1String("secret")));
        QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String("outbox-")));
    }

    void persistsAcrossReopen()
    {
        const QString path = newOutboxPath();
        const QUuid incident = QUuid::createUuid();
        const TimelineEntry first = newEntry(incident, QStringLiteral("Rolled back 4.2"));
        const TimelineEntry second = newEntry(incident, QStringLiteral("Error rate falling"));
        {
            auto outbox = Outbox::open(path);
            QVERIFY2(outbox, qPrintable(outbox.errorText()));
            QSignalSpy counted(outbox.value().get(), &Outbox::pendingCountChanged);
            QVERIFY(outbox.value()->queueAddEntry(first, QStringLiteral("sam")));
            QVERIFY(outbox.value()->queueAddEntry(second, QStringLiteral("sam")));
            EntryChange expected;
            expected.text = first.text;
            EntryChange target;
            target.text = QStringLiteral("Rolled back 4.2 to 4.1");
            QVERIFY(outbox.value()->queueEditEntry(incident, first.id, expected, target, QStringLiteral("sam")));
            QCOMPARE(outbox.value()->pendingCount(), 3);
            QCOMPARE(counted.count(), 3);
        }
        // As after an app restart: a new object over the same file.
        auto reopened = Outbox::open(path);
        QVERIFY2(reopened, qPrintable(reopened.errorText()));
        QCOMPARE(reopened.value()->pendingCount(), 3);
        QSet<QUuid> pending;
        const QList<TimelineEntry> shown = reopened.value()->overlay(incident, {}, &pending);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[0].id, first.id);
        QCOMPARE(shown[0].text, QStringLiteral("Rolled back 4.2 to 4.1")); // the queued edit applied
        QCOMPARE(shown[0].author, QStringLiteral("sam"));
        QCOMPARE(shown[0].occurredAt.toMSecsSinceEpoch(), first.occurredAt.toMSecsSinceEpoch());
        QCOMPARE(shown[1].id, second.id);
        QCOMPARE(pending, (QSet<QUuid>{first.id, second.id}));
        QVERIFY(reopened.value()->overlay(QUuid::createUuid(), {}).isEmpty()); // another incident's
    }

    void secondCopyGetsAQueueOfItsOwn()
    {
        const QString path = newOutboxPath();
        auto first = Outbox::openFirstFree(path);
        QVERIFY(first);
        QCOMPARE(first.value()->path(), path);
        auto busy = Outbox::open(path);
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, QStringLiteral("busy"));
        auto second = Outbox::openFirstFree(path); // another running copy of the app
        QVERIFY2(second, qPrintable(second.errorText()));
        QVERIFY(second.value()->path() != path);
        QVERIFY(second.value()->path().endsWith(QLatin1String("-2.db")));
        first.value().reset(); // the first copy quits: the next to start takes its queue
        auto third = Outbox::openFirstFree(path);
        QVERIFY(third);
        QCOMPARE(third.value()->path(), path);
    }

    void replaysInOrderAndIdempotently_data() { test::TestDatabases::addBackendRows(); }
    void replaysInOrderAndIdempotently()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        auto db = m_dbs.newDatabase(backend);
        QVERIFY(db);
        IncidentService service(db, m_clock);
        const Incident incident = declare(service);
        const QString path = newOutboxPath();
        auto outbox = Outbox::open(path);
        QVERIFY(outbox);

        // An entry, an edit of it (only possible after the entry), another entry, an action item.
        const TimelineEntry a = newEntry(incident.id, QStringLiteral("Paged the payments team"));
        const TimelineEntry b = newEntry(incident.id, QStringLiteral("Provider confirms an outage"));
        QVERIFY(outbox.value()->queueAddEntry(a, QStringLiteral("sam")));
        EntryChange expected;
        expected.text = a.text;
        EntryChange target;
        target.text = QStringLiteral("Paged the payments team (Ana answered)");
        target.pinned = true;
        QVERIFY(outbox.value()->queueEditEntry(incident.id, a.id, expected, target, QStringLiteral("sam")));
        QVERIFY(outbox.value()->queueAddEntry(b, QStringLiteral("sam")));
        ActionItem item;
        item.id = QUuid::createUuid();
        item.incidentId = incident.id;
        item.text = QStringLiteral("Add a second payment provider");
        QVERIFY(outbox.value()->queueAddActionItem(item, QStringLiteral("sam")));

        auto replayed = outbox.value()->replay(service);
        QVERIFY2(replayed, qPrintable(replayed.errorText()));
        QCOMPARE(replayed.value(), 4);
        QCOMPARE(outbox.value()->pendingCount(), 0);
        QCOMPARE(OutboxStore::open(path).value()->pending()->size(), 0); // gone from the file too

        outbox.value().reset();
        QVERIFY(!QFile::exists(path));   // an empty queue leaves no file behind

        auto stored = service.repository().findTimelineEntry(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("Paged the payments team (Ana answered)"));
        QVERIFY(stored->pinned);
        QCOMPARE(stored->author, QStringLiteral("sam"));
        QCOMPARE(stored->occurredAt.toMSecsSinceEpoch(), a.occurredAt.toMSecsSinceEpoch());
        auto revisions = service.revisions(a.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 2); // as first written, then the edit
        auto timeline = service.repository().timeline(incident.id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 3); // the declaration, a, b
        // Written in queue order: the change log numbers the inserts as they committed.
        auto logged = db->run(QStringLiteral("SELECT row_id FROM changes WHERE table_name = 'timeline_entries' AND "
                                             "op = 'insert' ORDER BY seq"));
        QVERIFY2(logged, qPrintable(logged.errorText()));
        QList<QUuid> order;
        while (logged.value().next())
            order << Database::uuidFromDb(logged.value().value(0));
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(1), a.id);
        QCOMPARE(order.at(2), b.id);
        auto items = service.actionItems(incident.id);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().id, item.id);

        // The same operations once more (a replay whose commits went unconfirmed): no duplicates.
        auto again = Outbox::open(newOutboxPath());
        QVERIFY(again);
        QVERIFY(again.value()->queueAddEntry(a, QStringLiteral("sam")));
        QVERIFY(again.value()->queueEditEntry(incident.id, a.id, expected, target, QStringLiteral("sam")));
        QVERIFY(again.value()->queueAddEntry(b, QStringLiteral("sam")));
        QVERIFY(again.value()->queueAddActionItem(item, QStringLiteral("sam")));
        QSignalSpy failed(again.value().get(), &Outbox::failed);
        auto second = again.value()->replay(service);
        QVERIFY2(second, qPrintable(second.errorText()));
        QCOMPARE(second.value(), 4);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(service.repository().timeline(incident.id)->size(), 3);
        QCOMPARE(service.actionItems(incident.id)->size(), 1);
        QCOMPARE(service.revisions(a.id)->size(), 2);
    }

    void refusedOperationIsKeptAndReported()
    {
        auto db = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        IncidentService service(db, m_clock);
        const Incident incident = declare(service);
        auto written =
            service.addEntry(incident.id, EntryKind::Note, QStringLiteral("DNS looks fine"), QStringLiteral("bob"));
        QVERIFY(written);
        const QString path = newOutboxPath();
        auto outbox = Outbox::open(path);
        QVERIFY(outbox);
        // Offline, sam edits what he saw; meanwhile bob changed it on the server.
        EntryChange expected;
        expected.text = written->text;
        EntryChange target;
        target.text = QStringLiteral("DNS looks fine from Europe");
        QVERIFY(outbox.value()->queueEditEntry(incident.id, written->id, expected, target, QStringLiteral("sam")));
        const TimelineEntry after = newEntry(incident.id, QStringLiteral("Checking the CDN"));
        QVERIFY(outbox.value()->queueAddEntry(after, QStringLiteral("sam")));
        EntryChange bobs;
        bobs.text = QStringLiteral("DNS is not the problem");
        QVERIFY(service.editEntry(written->id, written->version, bobs, QStringLiteral("bob")));

        QSignalSpy failed(outbox.value().get(), &Outbox::failed);
        auto replayed = outbox.value()->replay(service);
        QVERIFY(replayed);
        QCOMPARE(replayed.value(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toUuid(), incident.id);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("conflict"));
        QCOMPARE(service.repository().findTimelineEntry(written->id)->text, QStringLiteral("DNS is not the problem"));
        QVERIFY(service.repository().findTimelineEntry(after.id)); // the rest went on
        QCOMPARE(outbox.value()->pendingCount(), 0);
        auto kept = OutboxStore::open(path).value()->failedRecords(); // not lost: kept, marked failed
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().kind, QStringLiteral("edit-entry"));
        QVERIFY(!kept->first().error.isEmpty());
    }

    void restartIsNoticedWithinOneSecond()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        QVERIFY(startServer());
        const DatabaseUrl url = newServerDatabase();
        ChangeFeed feed(url);
        QVERIFY(feed.start());
        QSignalSpy connected(&feed, &ChangeFeed::connectedChanged);
        // pg_ctl stop -m immediate in the background, the event loop running meanwhile.
        QProcess kill;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WARROOM_PG_DIR"), m_serverDir);
        kill.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        kill.start(QStringLiteral(WARROOM_PG_SCRIPT), {QStringLiteral("kill")});
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 1, 5000);
        const qint64 noticedMs = clock.elapsed();
        qInfo("server loss noticed %lld ms after pg_ctl stop -m immediate was started", noticedMs);
        QVERIFY(kill.state() == QProcess::NotRunning || kill.waitForFinished(30000));
        QCOMPARE(kill.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kill.exitCode(), 0);
        QCOMPARE(connected.first().at(0).toBool(), false);
        QVERIFY2(noticedMs <= 1000, qPrintable(QStringLiteral("took %1 ms").arg(noticedMs)));
        QCOMPARE(pg(QStringLiteral("restart")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 2, kTimeoutMs);
        QCOMPARE(connected.last().at(0).toBool(), true);
        QVERIFY(feed.isConnected());
    }

    void frozenServerIsNoticedWithinFifteenSeconds()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        QVERIFY(startServer());
        const DatabaseUrl url = newServerDatabase();
        auto db = Database::openAndMigrate(url);
        QVERIFY(db);
        Workspace ws(db.value(), m_clock);
        ws.setActor(QStringLiteral("sam"));
        QVERIFY(ws.writes()->enableOutbox(newOutboxPath()));
        const QUuid incidentId = declare(ws.service()).id;
        QVERIFY(ws.timeline()->load(incidentId));
        QAbstractItemModelTester tester(ws.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveSync sync(ws);
        QSignalSpy started(&sync, &LiveSync::started);
        QSignalSpy connected(&sync, &LiveSync::connectedChanged);
        sync.start();
        QVERIFY(started.wait(kTimeoutMs));

        // A frozen server process: the kernel still answers TCP (and keepalives), nothing else.
        auto admin = Database::open(DatabaseUrl::parse(m_serverUrl).value());
        QVERIFY(admin);
        auto pid = admin.value()->run(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = ? AND "
                                                     "application_name = 'warroom-listener'"),
                                      {url.database});
        QVERIFY2(pid, qPrintable(pid.errorText()));
        QVERIFY(pid.value().next());
        const qint64 backend = pid.value().value(0).toLongLong();
        QVERIFY(backend > 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(backend), SIGSTOP), 0);
        auto thaw = qScopeGuard([backend] { ::kill(pid_t(backend), SIGCONT); }); // also when a check fails
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 1, 20000);
        const qint64 noticedMs = clock.elapsed();
        qInfo("frozen server noticed after %lld ms", noticedMs);
        QCOMPARE(connected.first().at(0).toBool(), false);
        QVERIFY2(noticedMs <= 15000, qPrintable(QStringLiteral("took %1 ms").arg(noticedMs)));
        QVERIFY(ws.writes()->isOffline());
        QVERIFY(ws.writes()->statusText().contains(QLatin1String("0 changes pending")));

        // Typing goes on: the entry is queued and shown, pending.
        auto added = ws.writes()->addEntry(incidentId, EntryKind::Note, QStringLiteral("Vendor is looking into it"));
        QVERIFY2(added, qPrintable(added.errorText()));
        QCOMPARE(ws.writes()->pendingCount(), 1);
        QVERIFY(ws.writes()->statusText().contains(QLatin1String("1 change pending")));
        const int row = ws.timeline()->rowForId(added->id);
        QVERIFY(row >= 0);
        QVERIFY(ws.timeline()->index(row).data(TimelineModel::PendingRole).toBool());
        // An edit of it (as the timeline's undoable edit makes it) queues behind it.
        EntryFields before;
        before.text = added->text;
        EntryFields after;
        after.text = QStringLiteral("Vendor confirms a bad config push");
        auto edited = changeEntry(ws, added->id, before, after);
        QVERIFY2(edited, qPrintable(edited.errorText()));
        QCOMPARE(ws.writes()->pendingCount(), 2);
        QCOMPARE(ws.timeline()->entry(added->id)->text, *after.text);

        QCOMPARE(::kill(pid_t(backend), SIGCONT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 2, kTimeoutMs);
        QCOMPARE(connected.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.writes()->isOffline() && ws.writes()->pendingCount() == 0, kTimeoutMs);
        auto stored = ws.repository().findTimelineEntry(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->text, *after.text);
        QCOMPARE(ws.service().revisions(added->id)->size(), 2);
        QTRY_VERIFY(
            !ws.timeline()->index(ws.timeline()->rowForId(added->id)).data(TimelineModel::PendingRole).toBool());
        QVERIFY(ws.writes()->statusText().isEmpty());
    }

    void threeWritersSurviveHardStop()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        QVERIFY(startServer());
        const DatabaseUrl url = newServerDatabase();
        constexpr int kWriters = 3;
        constexpr int kEntries = 300;
        std::vector<std::unique_ptr<Workspace>> clients;
        std::vector<std::unique_ptr<LiveSync>> live;
        QUuid incidentId;
        for (int w = 0; w < kWriters; ++w) {
            // Each client: its own connection, its own outbox file, its own change feed.
            auto db = Database::openAndMigrate(url);
            QVERIFY2(db, qPrintable(db.errorText()));
            auto ws = std::make_unique<Workspace>(db.value(), m_clock);
            ws->setActor(QStringLiteral("writer%1").arg(w));
            QVERIFY(ws->writes()->enableOutbox(newOutboxPath()));
            if (w == 0)
                incidentId = declare(ws->service()).id;
            QVERIFY(ws->timeline()->load(incidentId));
            // As the main window does: a change of the shown incident reloads its timeline, and
            // changed entries alone are applied row by row.
            Workspace* raw = ws.get();
            connect(raw, &Workspace::incidentChanged, raw, [raw](const QUuid&) { (void)raw->timeline()->reload(); });
            connect(raw, &Workspace::entriesChanged, raw, [raw](const QUuid& id, const QList<QUuid>& entryIds) {
                if (id == raw->timeline()->incidentId())
                    (void)raw->timeline()->applyChangedEntries(entryIds);
            });
            auto sync = std::make_unique<LiveSync>(*ws);
            QSignalSpy started(sync.get(), &LiveSync::started);
            sync->start();
            QVERIFY(started.wait(kTimeoutMs));
            clients.push_back(std::move(ws));
            live.push_back(std::move(sync));
        }

        int queuedWhileDown = 0;
        for (int i = 0; i < kEntries; ++i) {
            if (i == kEntries / 3)
                QCOMPARE(pg(QStringLiteral("kill")), QString()); // pg_ctl stop -m immediate
            if (i == 2 * kEntries / 3)
                QCOMPARE(pg(QStringLiteral("restart")), QString());
            for (int w = 0; w < kWriters; ++w) {
                auto added = clients[w]->writes()->addEntry(incidentId, EntryKind::Note,
                                                            QStringLiteral("writer%1 entry %2").arg(w).arg(i));
                QVERIFY2(added, qPrintable(added.errorText())); // never refused, online or not
                if (i >= kEntries / 3 && i < 2 * kEntries / 3 && clients[w]->writes()->isOffline())
                    ++queuedWhileDown;
            }
            QCoreApplication::processEvents();
        }
        QVERIFY(queuedWhileDown > 0); // the outage really happened to the writers

        // Back online, every queue replayed.
        for (int w = 0; w < kWriters; ++w) {
            OfflineWrites* writes = clients[w]->writes();
            QTRY_VERIFY_WITH_TIMEOUT(!writes->isOffline() && writes->pendingCount() == 0, kTimeoutMs);
        }

        // Every entry exactly once in the database.
        auto check = Database::open(url);
        QVERIFY(check);
        auto counts = check.value()->run(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT text) FROM timeline_entries WHERE incident_id = ? "
                           "AND kind = 'note'"),
            {check.value()->uuidToDb(incidentId)});
        QVERIFY2(counts, qPrintable(counts.errorText()));
        QVERIFY(counts.value().next());
        QCOMPARE(counts.value().value(0).toInt(), kWriters * kEntries);
        QCOMPARE(counts.value().value(1).toInt(), kWriters * kEntries);
        auto texts = check.value()->run(QStringLiteral("SELECT text FROM timeline_entries WHERE incident_id = ? "
                                                       "AND kind = 'note'"),
                                        {check.value()->uuidToDb(incidentId)});
        QVERIFY(texts);
        QSet<QString> seen;
        while (texts.value().next())
            seen.insert(texts.value().value(0).toString());
        for (int w = 0; w < kWriters; ++w) {
            for (int i = 0; i < kEntries; ++i)
                QVERIFY(seen.contains(QStringLiteral("writer%1 entry %2").arg(w).arg(i)));
        }

        // All clients show the same timeline: the declaration and the 900 entries, none pending.
        const int expectedRows = kWriters * kEntries + 1;
        for (int w = 0; w < kWriters; ++w)
            QTRY_COMPARE_WITH_TIMEOUT(clients[w]->timeline()->rowCount(), expectedRows, kTimeoutMs);
        auto idsOf = [](const TimelineModel* model) {
            QList<QUuid> ids;
            for (int row = 0; row < model->rowCount(); ++row) {
                ids << model->entryAt(row).id;
                if (model->index(row).data(TimelineModel::PendingRole).toBool())
                    ids << QUuid(); // a pending mark left over would make the lists differ
            }
            return ids;
        };
        const QList<QUuid> first = idsOf(clients[0]->timeline());
        QCOMPARE(first.size(), expectedRows);
        for (int w = 1; w < kWriters; ++w)
            QCOMPARE(idsOf(clients[w]->timeline()), first);
        live.clear();
        clients.clear();
    }
};

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
