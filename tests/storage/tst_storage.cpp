// Database, migrations, transactions, the change log and the incident repository, on SQLite
// and on a real PostgreSQL server (rows "sqlite" and "postgresql"; see testdatabases.h).
#include "testdatabases.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestStorage : public QObject {
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

    static Dialect dialect() { return test::TestDatabases::isPostgresql() ? Dialect::Postgresql : Dialect::Sqlite; }

    static QList<Change> changes(const std::shared_ptr<Database>& db, qint64 after = 0)
    {
        auto list = ChangeLog(db).since(after, 10000);
        if (!list)
            qWarning("%s", qPrintable(list.error().message));
        return list ? list.value() : QList<Change>();
    }

    static QDateTime t(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2022, 3, day), QTime(hour, minute), QTimeZone::utc());
    }

    static Incident sampleIncident(const QString& title)
    {
        Incident i;
        i.title = title;
        i.summary = QStringLiteral("Elevated 5xx on checkout");
        i.severity = 2;
        i.status = IncidentStatus::Mitigated;
        i.services = {QStringLiteral("Checkout"), QStringLiteral("Payments"), QStringLiteral("Checkout")};
        i.commander = QStringLiteral("alice");
        i.startedAt = t(1, 10);
        i.detectedAt = t(1, 10, 5);
        i.declaredAt = t(1, 10, 7);
        i.acknowledgedAt = t(1, 10, 9);
        i.identifiedAt = t(1, 10, 30);
        i.mitigatedAt = t(1, 11);
        return i;
    }

    static ImportBatch sampleBatch()
    {
        ImportBatch batch;
        batch.format = QStringLiteral("gcp");
        batch.sourceLabel = QStringLiteral("Test source");
        for (int n = 0; n < 3; ++n) {
            ImportedIncident item;
            item.incident = sampleIncident(QStringLiteral("Imported %1").arg(n));
            item.incident.id = QUuid::createUuidV5(QUuid(), QStringLiteral("test/%1").arg(n));
            item.incident.source = QStringLiteral("test");
            item.incident.sourceId = QString::number(n);
            for (int e = 0; e < 4; ++e) {
                TimelineEntry entry;
                entry.id = QUuid::createUuidV5(item.incident.id, QString::number(e));
                entry.incidentId = item.incident.id;
                entry.occurredAt = t(1, 10, 10 * e);
                entry.author = batch.sourceLabel;
                entry.kind = EntryKind::StakeholderUpdate;
                entry.isPublic = true;
                entry.text = QStringLiteral("Update %1").arg(e);
                entry.sourceId = QString::number(e);
                item.timeline.append(entry);
            }
            batch.incidents.append(item);
        }
        batch.warnings << QStringLiteral("a warning from the parser");
        return batch;
    }

    static int count(const Database& db, const QString& table)
    {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (!q || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("sqlite abs") << QStringLiteral("sqlite:/tmp/a.db") << true << QStringLiteral("sqlite:/tmp/a.db");
        QTest::newRow("sqlite triple slash") << QStringLiteral("sqlite:///tmp/a.db") << true
                                             << QStringLiteral("sqlite:/tmp/a.db");
        QTest::newRow("memory") << QStringLiteral("sqlite::memory:") << true << QStringLiteral("sqlite::memory:");
        QTest::newRow("bare path") << QStringLiteral("/var/lib/w.db") << true << QStringLiteral("sqlite:/var/lib/w.db");
        QTest::newRow("pg") << QStringLiteral("postgresql://ic@db.example:6543/warroom?sslmode=verify-full") << true
                            << QStringLiteral("postgresql://ic@db.example:6543/warroom?sslmode=verify-full");
        QTest::newRow("pg password hidden") << QStringLiteral("postgres://ic:secret@h/w") << true
                                            << QStringLiteral("postgresql://ic@h:5432/w");
        QTest::newRow("pg no db") << QStringLiteral("postgresql://ic@h") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("mysql") << QStringLiteral("mysql://h/db") << false << QString();
        QTest::newRow("sqlite no file") << QStringLiteral("sqlite:") << false << QString();
    }

    void urls()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, normalised);
        const auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), ok);
        if (ok)
            QCOMPARE(url->toString(), normalised);
        else
            QCOMPARE(url.error().code, QStringLiteral("bad-url"));
    }

    void pgUrlFields()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ic:s%40cret@db.example:6543/warroom?sslmode=require"));
        QVERIFY(url.ok());
        QCOMPARE(url->host, QStringLiteral("db.example"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("ic"));
        QCOMPARE(url->password, QStringLiteral("s@cret"));
        QCOMPARE(url->database, QStringLiteral("warroom"));
        QCOMPARE(url->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    }

    void freshMigrate()
    {
        auto db = freshDb();
        QCOMPARE(db->dialect(), dialect());
        QCOMPARE(db->schemaVersion().value(), Database::latestSchemaVersion(dialect()));
        QVERIFY(Database::latestSchemaVersion(Dialect::Sqlite) >= 3);
        QCOMPARE(Database::latestSchemaVersion(Dialect::Postgresql), Database::latestSchemaVersion(Dialect::Sqlite));
        // Migrating again is a no-op.
        QVERIFY(db->migrate().ok());
        QCOMPARE(count(*db, QStringLiteral("schema_version")), Database::latestSchemaVersion(dialect()));
        if (dialect() == Dialect::Postgresql) {
            // The change-log triggers are in place on every logged table: the six of schema 3,
            // postmortems (4), escalation pages and stops (5).
            const int logged = 9;
            auto triggers = db->run(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                                                   "tgname LIKE '%_changes'"));
            QVERIFY2(triggers.ok() && triggers.value().next(), qPrintable(triggers.errorText()));
            QCOMPARE(triggers.value().value(0).toInt(), logged);
            auto locks = db->run(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                                                "tgname LIKE '%\\_changes\\_lock'"));
            QVERIFY2(locks.ok() && locks.value().next(), qPrintable(locks.errorText()));
            QCOMPARE(locks.value().value(0).toInt(), logged);
            return;
        }
        // WAL and foreign keys are on.
        auto mode = db->run(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode.value().next());
        QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
        auto fk = db->run(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.ok() && fk.value().next());
        QCOMPARE(fk.value().value(0).toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        {
            auto db = Database::openAndMigrate(url);
            QVERIFY2(db.ok(), qPrintable(db.errorText()));
            QVERIFY(db.value()->run(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")).ok());
        }
        auto again = Database::openAndMigrate(url);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("schema-too-new"));
        QVERIFY(again.error().message.contains(QStringLiteral("999")));
        QVERIFY(again.error().message.contains(QStringLiteral("newer")));
    }

    void openFailureIsAnError()
    {
        if (dialect() == Dialect::Postgresql) {
            // Nothing listens on port 1; an unroutable address must give up after connect_timeout
            // instead of blocking for good.
            for (const QString& text : {QStringLiteral("postgresql://warroom@127.0.0.1:1/warroom"),
                                        QStringLiteral("postgresql://warroom@10.255.255.1:5432/warroom")}) {
                QElapsedTimer timer;
                timer.start();
                auto db = Database::open(DatabaseUrl::parse(text).value());
                QVERIFY(!db.ok());
                QCOMPARE(db.error().code, QStringLiteral("open"));
                QVERIFY2(timer.elapsed() < 15000, qPrintable(text));
            }
            return;
        }
        auto db = Database::open(DatabaseUrl::sqliteFile(QStringLiteral("/proc/no-such-dir/x.db")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("open"));
    }

    void splitScript()
    {
        const QString script = QStringLiteral(
            "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\n"
            "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
            "INSERT INTO a VALUES (3);\n");
        const QStringList statements = Database::splitSqlScript(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements[0].startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(statements[1].contains(QLatin1String("VALUES (2);")));
        QVERIFY(statements[1].endsWith(QLatin1String("END")));
        QVERIFY(statements[2].contains(QLatin1String("RETURN NEW;")));
        QCOMPARE(statements[3], QStringLiteral("INSERT INTO a VALUES (3)"));
    }

    void transactionRollsBackInDestructor()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        {
            SqlTransaction tx(*db);
            QVERIFY(tx.isActive());
            qint64 dummy = 0;
            Q_UNUSED(dummy);
            QVERIFY(db->run(QStringLiteral("INSERT INTO services (id, name) VALUES "
                                           "('00000000-0000-4000-8000-000000000001', 'Temporary')")).ok());
            QCOMPARE(count(*db, QStringLiteral("services")), 1);
        }
        QCOMPARE(count(*db, QStringLiteral("services")), 0);
        {
            SqlTransaction tx(*db);
            QVERIFY(db->run(QStringLiteral("INSERT INTO services (id, name) VALUES "
                                           "('00000000-0000-4000-8000-000000000002', 'Kept')")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(count(*db, QStringLiteral("services")), 1);
    }

    void incidentRoundTrip()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        auto stored = repo.insertIncident(sampleIncident(QStringLiteral("Checkout errors")));
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        QCOMPARE(stored->number, 1);
        QVERIFY(!stored->id.isNull());
        auto second = repo.insertIncident(sampleIncident(QStringLiteral("Second")));
        QVERIFY(second.ok());
        QCOMPARE(second->ref(), QStringLiteral("INC-2"));

        const auto found = repo.findByRef(QStringLiteral("INC-1"));
        QVERIFY(found.ok());
        const Incident& i = found.value();
        const Incident expected = sampleIncident(QStringLiteral("Checkout errors"));
        QCOMPARE(i.id, stored->id);
        QCOMPARE(i.title, expected.title);
        QCOMPARE(i.summary, expected.summary);
        QCOMPARE(i.severity, 2);
        QCOMPARE(i.status, IncidentStatus::Mitigated);
        QCOMPARE(i.services, (QStringList{QStringLiteral("Checkout"), QStringLiteral("Payments")}));
        QCOMPARE(i.commander, QStringLiteral("alice"));
        QCOMPARE(i.startedAt, expected.startedAt);
        QCOMPARE(i.detectedAt, expected.detectedAt);
        QCOMPARE(i.declaredAt, expected.declaredAt);
        QCOMPARE(i.acknowledgedAt, expected.acknowledgedAt);
        QCOMPARE(i.identifiedAt, expected.identifiedAt);
        QCOMPARE(i.mitigatedAt, expected.mitigatedAt);
        QVERIFY(!i.resolvedAt.isValid());
        QVERIFY(!i.closedAt.isValid());
        QCOMPARE(i.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(i.version, 1);

        QCOMPARE(repo.findById(stored->id).value().number, 1);
        QCOMPARE(repo.findByRef(QStringLiteral("INC-99")).error().code, QStringLiteral("not-found"));
        QCOMPARE(repo.findByRef(QStringLiteral("nonsense")).error().code, QStringLiteral("not-found"));
        QCOMPARE(repo.incidentCount().value(), 2);
        QCOMPARE(repo.listIncidents(true).value().size(), 2);

        TimelineEntry late;
        late.incidentId = stored->id;
        late.occurredAt = t(1, 12);
        late.author = QStringLiteral("bob");
        late.kind = EntryKind::Decision;
        late.text = QStringLiteral("Roll back the deploy");
        late.pinned = true;
        TimelineEntry early = late;
        early.occurredAt = t(1, 10, 15);
        early.kind = EntryKind::Note;
        early.text = QStringLiteral("Paged on-call");
        early.pinned = false;
        early.isPublic = true;
        QVERIFY(repo.insertTimelineEntry(late).ok());
        QVERIFY(repo.insertTimelineEntry(early).ok());
        const auto timeline = repo.timeline(stored->id);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->at(0).text, early.text);
        QCOMPARE(timeline->at(0).kind, EntryKind::Note);
        QVERIFY(timeline->at(0).isPublic);
        QCOMPARE(timeline->at(1).kind, EntryKind::Decision);
        QVERIFY(timeline->at(1).pinned);
        QCOMPARE(timeline->at(1).occurredAt, late.occurredAt);
        QCOMPARE(repo.timelineEntryCounts().value().value(stored->id), 2);
        QCOMPARE(repo.timelineEntryCount(stored->id).value(), 2);

        // The dashboard's one-pass summary: a public stakeholder update counts as the last
        // update; a private one, and a deleted public one, do not.
        auto summary = repo.timelineSummaries();
        QVERIFY2(summary.ok(), qPrintable(summary.errorText()));
        QCOMPARE(summary->value(stored->id).entries, 2);
        QVERIFY(!summary->value(stored->id).lastPublicUpdateAt.isValid());
        TimelineEntry update = early;
        update.kind = EntryKind::StakeholderUpdate;
        update.occurredAt = t(1, 11);
        update.text = QStringLiteral("We are rolling back; next update 11:30");
        TimelineEntry privateUpdate = update;
        privateUpdate.isPublic = false;
        privateUpdate.occurredAt = t(1, 11, 20);
        TimelineEntry deletedUpdate = update;
        deletedUpdate.deleted = true;
        deletedUpdate.occurredAt = t(1, 11, 40);
        for (TimelineEntry* e : {&update, &privateUpdate, &deletedUpdate}) {
            e->id = QUuid::createUuid();
            QVERIFY(repo.insertTimelineEntry(*e).ok());
        }
        summary = repo.timelineSummaries();
        QVERIFY(summary.ok());
        QCOMPARE(summary->value(stored->id).entries, 4);
        QCOMPARE(summary->value(stored->id).lastPublicUpdateAt, update.occurredAt);
        QCOMPARE(repo.timelineEntryCount(stored->id).value(), 4);
        QCOMPARE(repo.timelineEntryCount(QUuid::createUuid()).value(), 0);
    }

    void foreignKeysAreEnforced()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        TimelineEntry orphan;
        orphan.incidentId = QUuid::createUuid();
        orphan.occurredAt = t(2, 1);
        orphan.author = QStringLiteral("x");
        orphan.text = QStringLiteral("no incident");
        const auto r = repo.insertTimelineEntry(orphan);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("conflict"));
    }

    void importIsIdempotent()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        QList<qsizetype> progress;
        auto first = repo.importBatch(sampleBatch(), [&](qsizetype done, qsizetype total) {
            QCOMPARE(total, 3);
            progress << done;
        });
        QVERIFY2(first.ok(), qPrintable(first.errorText()));
        QCOMPARE(first->incidentsAdded, 3);
        QCOMPARE(first->incidentsSkipped, 0);
        QCOMPARE(first->timelineEntriesAdded, 12);
        QCOMPARE(first->warnings, QStringList{QStringLiteral("a warning from the parser")});
        QCOMPARE(progress.last(), 3);
        QCOMPARE(count(*db, QStringLiteral("services")), 2);

        auto again = repo.importBatch(sampleBatch());
        QVERIFY(again.ok());
        QCOMPARE(again->incidentsAdded, 0);
        QCOMPARE(again->incidentsSkipped, 3);
        QCOMPARE(again->timelineEntriesAdded, 0);
        QCOMPARE(count(*db, QStringLiteral("incidents")), 3);
        QCOMPARE(count(*db, QStringLiteral("timeline_entries")), 12);

        // A newer history of the same incidents adds only the new update.
        ImportBatch newer = sampleBatch();
        TimelineEntry extra = newer.incidents[1].timeline.last();
        extra.id = QUuid::createUuid();
        extra.sourceId = QStringLiteral("later");
        extra.text = QStringLiteral("Resolved");
        newer.incidents[1].timeline.append(extra);
        auto third = repo.importBatch(newer);
        QVERIFY(third.ok());
        QCOMPARE(third->timelineEntriesAdded, 1);
        QCOMPARE(count(*db, QStringLiteral("timeline_entries")), 13);
    }

    void failedImportChangesNothing()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        QVERIFY(repo.insertIncident(sampleIncident(QStringLiteral("Existing"))).ok());
        ImportBatch bad = sampleBatch();
        // The last incident's second entry reuses the first entry's primary key: the insert fails late.
        bad.incidents[2].timeline[1].id = bad.incidents[2].timeline[0].id;
        const auto r = repo.importBatch(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("conflict"));
        QCOMPARE(count(*db, QStringLiteral("incidents")), 1);
        QCOMPARE(count(*db, QStringLiteral("timeline_entries")), 0);
        QCOMPARE(count(*db, QStringLiteral("services")), 2);   // only the existing incident's services
        // The repository is still usable and its caches are consistent afterwards.
        auto ok = repo.importBatch(sampleBatch());
        QVERIFY2(ok.ok(), qPrintable(ok.errorText()));
        QCOMPARE(ok->incidentsAdded, 3);
        QCOMPARE(repo.findByRef(QStringLiteral("INC-4")).value().services,
                 (QStringList{QStringLiteral("Checkout"), QStringLiteral("Payments")}));
    }

    void timesRoundTripInUtcWithMilliseconds()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        Incident incident = sampleIncident(QStringLiteral("Times: it's a \\ back'slash? \"quoted\" -- not a comment"));
        // Given in +05:30 with milliseconds; stored and read back as the same instant in UTC.
        incident.startedAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), QTimeZone(5 * 3600 + 1800));
        incident.resolvedAt = QDateTime(QDate(2024, 3, 1), QTime(0, 0, 1, 7), QTimeZone::utc());
        auto stored = repo.insertIncident(incident);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        const Incident back = repo.findById(stored->id).value();
        QCOMPARE(back.startedAt, incident.startedAt);
        QCOMPARE(back.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(back.startedAt.time().msec(), 123);
        QCOMPARE(back.startedAt.toMSecsSinceEpoch(), incident.startedAt.toMSecsSinceEpoch());
        QCOMPARE(back.resolvedAt, incident.resolvedAt);
        QVERIFY(!back.closedAt.isValid());
        QCOMPARE(back.title, incident.title);   // quotes, a backslash and a '?' survive the binding
    }

    void placeholdersOutsideQuotesOnly()
    {
        auto db = freshDb();
        auto q = db->run(QStringLiteral("SELECT '?' || ?, ? /* ? */ -- ?\n"), {QStringLiteral("it's?"), 2});
        QVERIFY2(q.ok() && q.value().next(), qPrintable(q.errorText()));
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("?it's?"));
        QCOMPARE(q.value().value(1).toInt(), 2);
        QVERIFY(!db->run(QStringLiteral("SELECT ?"), {1, 2}).ok());
        if (dialect() == Dialect::Postgresql) {
            // A QUuid goes in as text (the driver alone would leave it unquoted).
            const QUuid id = QUuid::createUuid();
            QVERIFY(db->run(QStringLiteral("INSERT INTO services (id, name) VALUES (?, ?)"), {id, QStringLiteral("U")}).ok());
            auto back = db->run(QStringLiteral("SELECT id FROM services WHERE name = ?"), {QStringLiteral("U")});
            QVERIFY(back.ok() && back.value().next());
            QCOMPARE(Database::uuidFromDb(back.value().value(0)), id);
        }
    }

    void staleVersionIsAConflict()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        const Incident stored = repo.insertIncident(sampleIncident(QStringLiteral("Versions"))).value();
        Incident edited = stored;
        edited.title = QStringLiteral("First edit");
        auto first = repo.updateIncident(edited, stored.version);
        QVERIFY2(first.ok(), qPrintable(first.errorText()));
        QCOMPARE(first->version, 2);
        edited.title = QStringLiteral("Second edit from an old copy");
        const auto second = repo.updateIncident(edited, stored.version);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("conflict"));
        QCOMPARE(repo.findById(stored.id)->title, QStringLiteral("First edit"));
    }

    void partialUniqueIndexes()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        const Incident incident = repo.insertIncident(sampleIncident(QStringLiteral("Roles"))).value();
        const QString insert = QStringLiteral("INSERT INTO role_assignments (id, incident_id, role, holder, started_at, "
                                              "ended_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto span = [&](const QString& role, const QString& holder, const QDateTime& ended) {
            return db->run(insert, {db->uuidToDb(QUuid::createUuid()), db->uuidToDb(incident.id), role, holder,
                                    db->timeToDb(t(1, 10)), db->timeToDb(ended), QStringLiteral("alice")});
        };
        QVERIFY(span(QStringLiteral("commander"), QStringLiteral("alice"), t(1, 11)).ok());   // ended
        QVERIFY(span(QStringLiteral("commander"), QStringLiteral("bob"), {}).ok());           // current
        auto second = span(QStringLiteral("commander"), QStringLiteral("carol"), {});
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("conflict"));
        QVERIFY(span(QStringLiteral("sme"), QStringLiteral("carol"), {}).ok());
        QVERIFY(span(QStringLiteral("sme"), QStringLiteral("dan"), {}).ok());
        QCOMPARE(span(QStringLiteral("sme"), QStringLiteral("dan"), {}).error().code, QStringLiteral("conflict"));
        QCOMPARE(count(*db, QStringLiteral("role_assignments")), 4);
    }

    void changeLogRecordsEveryWrite()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        QVERIFY(changes(db).isEmpty());
        QCOMPARE(ChangeLog(db).latestSeq().value(), 0);
        const Incident incident = repo.insertIncident(sampleIncident(QStringLiteral("Logged"))).value();
        TimelineEntry entry;
        entry.id = QUuid::createUuid();
        entry.incidentId = incident.id;
        entry.occurredAt = t(1, 12);
        entry.author = QStringLiteral("bob");
        entry.text = QStringLiteral("Logged entry");
        {
            SqlTransaction tx(*db);
            QVERIFY(db->setActor(QStringLiteral("bob")).ok());   // applied at once inside a transaction
            QVERIFY(repo.insertTimelineEntry(entry).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(db->setActor(QString()).ok());
        Incident edited = incident;
        edited.title = QStringLiteral("Logged, edited");
        QVERIFY(db->setActor(QStringLiteral("carol")).ok());   // applied by the transaction updateIncident opens
        QVERIFY(repo.updateIncident(edited, incident.version).ok());
        QVERIFY(db->setActor(QString()).ok());
        const QList<Change> beforeDelete = changes(db);
        QCOMPARE(beforeDelete.size(), 3);
        QCOMPARE(beforeDelete[1].incidentNumber, incident.number);
        QCOMPARE(beforeDelete[1].incidentRef(), incident.ref());
        QVERIFY(db->run(QStringLiteral("DELETE FROM incidents WHERE id = ?"), {db->uuidToDb(incident.id)}).ok());

        const QList<Change> log = changes(db);
        QCOMPARE(log.size(), 5);
        for (qsizetype k = 1; k < log.size(); ++k)
            QVERIFY(log[k].seq > log[k - 1].seq);
        QCOMPARE(ChangeLog(db).latestSeq().value(), log.last().seq);
        const QString fallback = dialect() == Dialect::Postgresql ? db->url().user : QString();
        QCOMPARE(log[0].table, QStringLiteral("incidents"));
        QCOMPARE(log[0].op, QStringLiteral("insert"));
        QCOMPARE(log[0].rowId, incident.id);
        QCOMPARE(log[0].incidentId, incident.id);
        QCOMPARE(log[0].actor, fallback);
        QCOMPARE(log[1].table, QStringLiteral("timeline_entries"));
        QCOMPARE(log[1].op, QStringLiteral("insert"));
        QCOMPARE(log[1].rowId, entry.id);
        QCOMPARE(log[1].incidentId, incident.id);
        QCOMPARE(log[1].actor, QStringLiteral("bob"));
        QCOMPARE(log[2].table, QStringLiteral("incidents"));
        QCOMPARE(log[2].op, QStringLiteral("update"));
        QCOMPARE(log[2].actor, QStringLiteral("carol"));
        // The delete cascades to the entry; both are logged (in the order the database runs them).
        QSet<QString> deleted{log[3].table, log[4].table};
        QCOMPARE(deleted, (QSet<QString>{QStringLiteral("incidents"), QStringLiteral("timeline_entries")}));
        QCOMPARE(log[3].op, QStringLiteral("delete"));
        QCOMPARE(log[4].op, QStringLiteral("delete"));
        QCOMPARE(log[4].incidentId, incident.id);
        QCOMPARE(log[4].incidentNumber, 0);   // gone
        QCOMPARE(log[4].actor, fallback);     // the actor ended with its transaction
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        for (const Change& c : log) {
            QVERIFY2(qAbs(now - c.changedAtUsecs) < 60 * 1000 * 1000, qPrintable(QString::number(c.changedAtUsecs)));
            QCOMPARE(c.changedAt().timeSpec(), Qt::UTC);
        }
        // Reading past a sequence, and per incident.
        QCOMPARE(ChangeLog(db).since(log[1].seq, 100).value().size(), 3);
        QCOMPARE(ChangeLog(db).since(0, 2).value().size(), 2);
        QCOMPARE(ChangeLog(db).since(0, 100, incident.id).value().size(), 5);
        QCOMPARE(ChangeLog(db).since(0, 100, QUuid::createUuid()).value().size(), 0);
    }

    void failedTransactionLogsNothing()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        ImportBatch bad = sampleBatch();
        bad.incidents[2].timeline[1].id = bad.incidents[2].timeline[0].id;
        QVERIFY(!repo.importBatch(bad).ok());
        QVERIFY(changes(db).isEmpty());
        QVERIFY(repo.importBatch(sampleBatch()).ok());
        QCOMPARE(changes(db).size(), 3 + 12);
    }

    void reopenPreparesStatementsAgain()
    {
        auto db = freshDb();
        IncidentRepository repo(db);
        QVERIFY(repo.insertIncident(sampleIncident(QStringLiteral("Before"))).ok());   // prepares and caches
        const quint64 generation = db->generation();
        QVERIFY(db->reopen().ok());
        QVERIFY(db->isOpen());
        QCOMPARE(db->generation(), generation + 1);
        auto after = repo.insertIncident(sampleIncident(QStringLiteral("After")));
        QVERIFY2(after.ok(), qPrintable(after.errorText()));
        QCOMPARE(after->number, 2);
        QCOMPARE(repo.findByRef(QStringLiteral("INC-2"))->services,
                 (QStringList{QStringLiteral("Checkout"), QStringLiteral("Payments")}));
    }

    void lostConnectionIsReported()
    {
        if (dialect() != Dialect::Postgresql)
            QSKIP("A SQLite file cannot go away; this is about the PostgreSQL server.");
        auto db = freshDb();
        auto pid = db->run(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.ok() && pid.value().next());
        auto admin = m_dbs.adminConnection();
        QVERIFY(admin);
        QVERIFY(admin->run(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid.value().value(0)}).ok());
        auto failed = db->run(QStringLiteral("SELECT COUNT(*) FROM incidents"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("disconnected"));
        QVERIFY(!db->isOpen());
        QVERIFY(db->reopen().ok());
        QCOMPARE(count(*db, QStringLiteral("incidents")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
