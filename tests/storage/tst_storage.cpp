// Database, migrations, transactions and the incident repository on SQLite.
#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestStorage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> freshDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter));
        auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(path));
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.errorText()));
        return db.value();
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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
        QCOMPARE(db->schemaVersion().value(), Database::latestSchemaVersion(Dialect::Sqlite));
        QVERIFY(Database::latestSchemaVersion(Dialect::Sqlite) >= 1);
        QCOMPARE(Database::latestSchemaVersion(Dialect::Postgresql), Database::latestSchemaVersion(Dialect::Sqlite));
        // Migrating again is a no-op.
        QVERIFY(db->migrate().ok());
        QCOMPARE(count(*db, QStringLiteral("schema_version")), Database::latestSchemaVersion(Dialect::Sqlite));
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
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")).ok());
        }
        auto again = Database::openAndMigrate(DatabaseUrl::sqliteFile(path));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("schema-too-new"));
        QVERIFY(again.error().message.contains(QStringLiteral("999")));
        QVERIFY(again.error().message.contains(QStringLiteral("newer")));
    }

    void openFailureIsAnError()
    {
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
            QVERIFY(db->run(QStringLiteral("INSERT INTO services (id, name) VALUES ('x', 'Temporary')")).ok());
            QCOMPARE(count(*db, QStringLiteral("services")), 1);
        }
        QCOMPARE(count(*db, QStringLiteral("services")), 0);
        {
            SqlTransaction tx(*db);
            QVERIFY(db->run(QStringLiteral("INSERT INTO services (id, name) VALUES ('y', 'Kept')")).ok());
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
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
