// Bounded test 3 of the shared database: two clients (two connections) edit the same incident
// field at once. Exactly one wins, the other gets "conflict", nothing is lost, and merging
// saves both. On SQLite and on a real PostgreSQL server (rows from testdatabases.h).
#include "testdatabases.h"

#include "core/conflict.h"
#include "storage/changelog.h"
#include "storage/incidentservice.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace warroom;

namespace {

constexpr int kTimeoutMs = 30000;

/// What one client did in a race.
struct ClientRun {
    QString actor;
    QString title;   ///< the title this client saves
    QString summary; ///< the summary this client saves
    Incident seen;   ///< the incident as this client loaded it
    QString error;   ///< a failure outside the save itself
    std::optional<Result<Incident>> saved;
};

} // namespace

class TestConflicts : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc())};

    Incident declare(IncidentService& s)
    {
        DeclareRequest r;
        r.title = QStringLiteral("Checkout returns 502");
        r.summary = QStringLiteral("Customers cannot pay.");
        r.severity = 2;
        auto i = s.declare(r, QStringLiteral("alice"));
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        return i.value();
    }

    /// Both clients load the incident on their own connection and thread, then save their
    /// edit at the same moment (released together).
    void race(const DatabaseUrl& url, const QUuid& incidentId, std::array<ClientRun, 2>& runs)
    {
        QSemaphore loaded;
        QSemaphore go;
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (size_t i = 0; i < runs.size(); ++i) {
            ClientRun& run = runs[i];
            threads[i].reset(QThread::create([&run, &loaded, &go, &url, incidentId, this] {
                auto db = Database::open(url);
                if (!db) {
                    run.error = db.error().message;
                    loaded.release();
                    return;
                }
                IncidentService service(db.value(), m_clock);
                auto seen = service.repository().findById(incidentId);
                if (!seen)
                    run.error = seen.error().message;
                else
                    run.seen = seen.value();
                loaded.release();
                go.acquire();
                if (run.error.isEmpty())
                    run.saved = service.editDetails(incidentId, run.seen.version, run.title, run.summary, run.actor);
            }));
            threads[i]->start();
        }
        QVERIFY(loaded.tryAcquire(2, kTimeoutMs));
        go.release(2);
        QTRY_VERIFY_WITH_TIMEOUT(threads[0]->isFinished() && threads[1]->isFinished(), kTimeoutMs);
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void editDetailsWritesTitleSummaryAndEntry()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        const Incident i = declare(s);
        auto edited = s.editDetails(i.id, i.version, QStringLiteral("  Checkout   down "),
                                    QStringLiteral("Customers cannot pay.\nCause: expired certificate.\n"),
                                    QStringLiteral("bob"));
        QVERIFY2(edited, qPrintable(edited.errorText()));
        QCOMPARE(edited->title, QStringLiteral("Checkout down"));
        QCOMPARE(edited->summary, QStringLiteral("Customers cannot pay.\nCause: expired certificate."));
        QCOMPARE(edited->version, i.version + 1);
        const Incident stored = s.repository().findById(i.id).value();
        QCOMPARE(stored.title, edited->title);
        QCOMPARE(stored.summary, edited->summary);
        const auto timeline = s.repository().timeline(i.id).value();
        // The clock stands still, so find the entry by its text rather than by its place.
        const auto entry = std::find_if(timeline.cbegin(), timeline.cend(), [](const TimelineEntry& e) {
            return e.text.contains(QStringLiteral("“Checkout down”"));
        });
        QVERIFY(entry != timeline.cend());
        QCOMPARE(entry->author, QStringLiteral("bob"));
        QCOMPARE(entry->kind, EntryKind::StatusChange);
        QVERIFY(entry->text.contains(QStringLiteral("expired certificate")));
        auto who = ChangeLog(db).lastChangeOf(QStringLiteral("incidents"), i.id, i.id);
        QVERIFY2(who, qPrintable(who.errorText()));
        QCOMPARE(who->actor, QStringLiteral("bob"));
        QVERIFY(who->changedAt().isValid());

        // Nothing changed: nothing written, no entry.
        auto same = s.editDetails(i.id, stored.version, stored.title, stored.summary, QStringLiteral("bob"));
        QVERIFY(same);
        QCOMPARE(same->version, stored.version);
        QCOMPARE(s.repository().timeline(i.id)->size(), timeline.size());

        QCOMPARE(
            s.editDetails(i.id, stored.version, QStringLiteral("  "), QString(), QStringLiteral("bob")).error().code,
            QStringLiteral("invalid"));
        // An old version is refused and writes nothing.
        auto stale = s.editDetails(i.id, i.version, QStringLiteral("Stale"), QString(), QStringLiteral("carol"));
        QCOMPARE(stale.error().code, QStringLiteral("conflict"));
        QCOMPARE(s.repository().findById(i.id)->title, QStringLiteral("Checkout down"));
        QCOMPARE(s.repository().timeline(i.id)->size(), timeline.size());
    }

    void twoClientsEditTheSameFieldAtOnce()
    {
        auto db = m_dbs.newDatabase();
        QVERIFY(db);
        IncidentService s(db, m_clock);
        const Incident incident = declare(s);
        const int entriesBefore = int(s.repository().timeline(incident.id)->size());
        constexpr int kRounds = 5;
        for (int round = 0; round < kRounds; ++round) {
            std::array<ClientRun, 2> runs;
            runs[0].actor = QStringLiteral("ann");
            runs[1].actor = QStringLiteral("bob");
            const Incident before = s.repository().findById(incident.id).value();
            for (ClientRun& run : runs) {
                run.title = QStringLiteral("Round %1: checkout down (%2)").arg(round).arg(run.actor);
                run.summary = before.summary + QStringLiteral("\nRound %1 note by %2.").arg(round).arg(run.actor);
            }
            race(db->url(), incident.id, runs);
            for (const ClientRun& run : runs) {
                QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
                QVERIFY(run.saved.has_value());
                QCOMPARE(run.seen.version, before.version);
            }
            // Exactly one wins; the other is told "conflict".
            const bool firstWon = runs[0].saved->ok();
            QVERIFY2(firstWon != runs[1].saved->ok(),
                     qPrintable(QStringLiteral("round %1: %2 / %3")
                                    .arg(round)
                                    .arg(runs[0].saved->errorText(), runs[1].saved->errorText())));
            const ClientRun& winner = runs[firstWon ? 0 : 1];
            const ClientRun& loser = runs[firstWon ? 1 : 0];
            QCOMPARE(loser.saved->error().code, QStringLiteral("conflict"));
            QCOMPARE(winner.saved->value().version, before.version + 1);

            // The winner's text is stored, not overwritten; the loser wrote nothing.
            const Incident stored = s.repository().findById(incident.id).value();
            QCOMPARE(stored.title, winner.title);
            QCOMPARE(stored.summary, winner.summary);
            QCOMPARE(stored.version, before.version + 1);
            auto who = ChangeLog(db).lastChangeOf(QStringLiteral("incidents"), incident.id, incident.id);
            QVERIFY(who);
            QCOMPARE(who->actor, winner.actor);

            // The loser still has its text; the conflict shows both sides and the merge keeps both.
            Conflict conflict;
            conflict.theirAuthor = who->actor;
            conflict.theirTime = who->changedAt();
            ConflictField title;
            title.key = QStringLiteral("title");
            title.base = loser.seen.title;
            title.mine = loser.title;
            title.theirs = stored.title;
            ConflictField summary;
            summary.key = QStringLiteral("summary");
            summary.multiLine = true;
            summary.base = loser.seen.summary;
            summary.mine = loser.summary;
            summary.theirs = stored.summary;
            conflict.fields << title << summary;
            QVERIFY(conflict.needsDecision());
            const auto merged = conflict.resolvedValues(ConflictChoice::Merge);
            auto resolved = s.editDetails(incident.id, stored.version, merged.value(QStringLiteral("title")),
                                          merged.value(QStringLiteral("summary")), loser.actor);
            QVERIFY2(resolved, qPrintable(resolved.errorText()));
            const Incident after = s.repository().findById(incident.id).value();
            QCOMPARE(after.version, stored.version + 1);
            for (const ClientRun& run : runs) {
                QVERIFY2(after.title.contains(run.title), qPrintable(after.title));
                QVERIFY2(after.summary.contains(QStringLiteral("Round %1 note by %2.").arg(round).arg(run.actor)),
                         qPrintable(after.summary));
            }
        }
        // Every successful save left its timeline entry: one winner and one merge per round.
        QCOMPARE(int(s.repository().timeline(incident.id)->size()), entriesBefore + 2 * kRounds);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
