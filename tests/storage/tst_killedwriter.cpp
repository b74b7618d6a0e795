// SQLite survives a writer killed mid-burst: a real process (burstwriter.cpp) adds timeline
// entries one transaction each and prints each id after its commit; the test kills it with
// SIGKILL while it writes, then checks the file: PRAGMA integrity_check says ok, every entry
// reported as committed is there, and the app opens, migrates and writes to it again.
#include "core/clock.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

class TestKilledWriter : public QObject {
    Q_OBJECT

private:
    static constexpr int kTimeoutMs = 30000;

    /// Moves the complete lines of the writer's output into `lines`, keeping a partial last
    /// line (the process may die halfway through writing it) in `pending`.
    static void takeLines(QByteArray& pending, QByteArray chunk, QList<QByteArray>& lines)
    {
        pending += chunk;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            lines << pending.left(newline);
            pending.remove(0, newline + 1);
        }
    }

private slots:
    void killedWriterLeavesEveryCommittedEntry_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("after 1 commit") << 1;
        QTest::newRow("after 300 commits") << 300;
    }

    void killedWriterLeavesEveryCommittedEntry()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("burst.sqlite"));

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(BURST_WRITER_PATH), {path});
        QVERIFY2(writer.waitForStarted(kTimeoutMs), qPrintable(writer.errorString()));

        // Wait for the incident line and `killAfter` committed entries (no sleeps: the lines).
        QByteArray pending;
        QList<QByteArray> lines;
        while (lines.size() < killAfter + 1) {
            QVERIFY2(writer.state() == QProcess::Running, "the writer ended before it was killed");
            QVERIFY2(writer.waitForReadyRead(kTimeoutMs), "the writer stopped reporting commits");
            takeLines(pending, writer.readAllStandardOutput(), lines);
        }
        // Still writing: kill it mid-burst, then take the lines it printed meanwhile.
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill();   // SIGKILL
        QVERIFY(writer.waitForFinished(kTimeoutMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        takeLines(pending, writer.readAllStandardOutput(), lines);

        QVERIFY(lines.first().startsWith("incident "));
        const QUuid incidentId = QUuid::fromString(QString::fromLatin1(lines.first().mid(9)));
        QVERIFY(!incidentId.isNull());
        QList<QUuid> committed;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QUuid id = QUuid::fromString(QString::fromLatin1(lines.at(i)));
            QVERIFY2(!id.isNull(), lines.at(i).constData());
            committed << id;
        }
        QVERIFY(committed.size() >= killAfter);
        // Killed, not closed: the write-ahead log was left for the next opener to recover.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        {
            auto db = Database::open(DatabaseUrl::sqliteFile(path));
            QVERIFY2(db.ok(), qPrintable(db.errorText()));
            auto check = db.value()->run(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY2(check.ok(), qPrintable(check.errorText()));
            QStringList problems;
            while (check.value().next())
                problems << check.value().value(0).toString();
            QCOMPARE(problems, QStringList{QStringLiteral("ok")});

            IncidentRepository repository(db.value());
            auto timeline = repository.timeline(incidentId);
            QVERIFY2(timeline.ok(), qPrintable(timeline.errorText()));
            QSet<QUuid> stored;
            for (const TimelineEntry& e : timeline.value())
                stored.insert(e.id);
            for (const QUuid& id : committed)
                QVERIFY2(stored.contains(id), qPrintable(id.toString() + QStringLiteral(" was committed but is missing")));
            // At most the one transaction in flight may have committed without being reported.
            // (The declaration wrote one status-change entry of its own.)
            QVERIFY(stored.size() >= committed.size() + 1);
            QVERIFY(stored.size() <= committed.size() + 2);
        }

        // The app opens and migrates the file again, and new writes work.
        auto reopened = Database::openAndMigrate(DatabaseUrl::sqliteFile(path));
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorText()));
        SystemClock clock;
        IncidentService service(reopened.value(), clock);
        auto added = service.addEntry(incidentId, EntryKind::Note, QStringLiteral("after the crash"), QStringLiteral("bob"));
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        auto timeline = service.repository().timeline(incidentId);
        QVERIFY2(timeline.ok(), qPrintable(timeline.errorText()));
        QCOMPARE(timeline->last().id, added->id);
        QCOMPARE(timeline->last().text, QStringLiteral("after the crash"));
    }
};

QTEST_GUILESS_MAIN(TestKilledWriter)
#include "tst_killedwriter.moc"
