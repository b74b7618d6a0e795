// Sync latency on a shared PostgreSQL server: how long after one client commits a timeline
// entry is it a row of every other client's TimelineModel? Run it through
// bench/sync_latency.sh, which starts a private server, and see docs/performance.md.
//
// Each headless client is a separate process running the real client stack: its own
// Workspace (own connection, own IncidentService and TimelineModel) and LiveSync (ChangeFeed
// on its own thread and connection), wired as MainWindow wires it (a change re-reads the
// dashboard row, then merges the shown timeline; a change of timeline entries only re-reads
// the row's entry summary and applies those entries). Processes rather than threads: each client
// then has its own GUI thread and event loop, like N people on N machines, instead of N
// clients queueing on one main thread, and nothing is shared but the server and the CPUs.
// Every process stamps events with CLOCK_MONOTONIC (std::chrono::steady_clock on Linux), one
// clock for all processes of the machine.
//
// The floor, in the same run and on the same server: LISTEN on one plain connection, NOTIFY
// (committed) on another, time to arrival, with the listeners in separate processes as well.
//
// Modes:
//   sync_latency --url URL [--clients 1,5,20] [--samples N] [--gap-ms MS] [--coalesce-ms MS]
//                [--synchronous-commit on,off] [--server-control SCRIPT] [--down-ms MS]
//   sync_latency --client URL INCIDENT-ID [--coalesce-ms MS]     (internal)
//   sync_latency --raw-listener URL                              (internal)
// With --server-control, SCRIPT kill / SCRIPT start stop the server hard and start it again
// (bench/sync_latency.sh is that script) for the reconnect measurement.
#include "core/clock.h"
#include "models/incidenttablemodel.h"
#include "models/livesync.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/incidentservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QEventLoop>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include <sys/prctl.h>
#include <csignal>
#include <ctime>
#include <tuple>

using namespace warroom;

namespace {

const QString kRawChannel = QStringLiteral("warroom_bench_raw");
const QString kEntryPrefix = QStringLiteral("bench entry ");

/// CLOCK_MONOTONIC in nanoseconds: comparable between processes of one machine.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// CPU time this process has used (all threads), in nanoseconds.
qint64 processCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

void say(const QByteArray& line)
{
    const QByteArray out = line + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "sync_latency: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(1);
}

// --- client processes ----------------------------------------------------------------------

/// A headless client: prints "ready" once following, "applied K NS" when the entry
/// "bench entry K" becomes a row of its timeline model, "connected 0|1 NS" on connection
/// changes.
int runClient(const QString& urlText, const QUuid& incidentId, int coalesceMs)
{
    SystemClock clock;
    auto opened = Workspace::open(urlText, clock);
    if (!opened)
        die(opened.errorText());
    Workspace& ws = *opened.value();
    if (auto loaded = ws.reload(); !loaded)
        die(loaded.errorText());
    if (auto loaded = ws.timeline()->load(incidentId); !loaded)
        die(loaded.errorText());

    TimelineModel* timeline = ws.timeline();
    QObject::connect(timeline, &QAbstractItemModel::rowsInserted, timeline, [timeline](const QModelIndex&, int first, int last) {
        const qint64 now = monotonicNs();
        for (int row = first; row <= last; ++row) {
            const QString text = timeline->entryAt(row).text;
            if (text.startsWith(kEntryPrefix))
                say("applied " + text.mid(kEntryPrefix.size()).toLatin1() + ' ' + QByteArray::number(now) + ' ' +
                    QByteArray::number(processCpuNs()));
        }
    });
    // As MainWindow::onIncidentChanged: the dashboard row, then the shown timeline.
    QObject::connect(&ws, &Workspace::incidentChanged, &ws, [&ws](const QUuid& id) {
        if (id.isNull())
            return;
        say("mark flush " + QByteArray::number(monotonicNs()));
        auto refresh = [&ws, &id]() -> Result<void> {
            if (auto row = ws.incidents()->refreshIncident(id); !row)
                return row;
            say("mark dashboard " + QByteArray::number(monotonicNs()));
            return ws.timeline()->reload();
        };
        // No retry here: after a server restart the app's own path (LiveSync -> OfflineWrites)
        // reopens the workspace's connection, and that is what is measured.
        auto refreshed = refresh();
        if (!refreshed)
            std::fprintf(stderr, "client: %s\n", qPrintable(refreshed.errorText()));
    });
    // As MainWindow::onEntriesChanged: only entries changed, so the row's entry summary, then
    // just those rows of the shown timeline.
    QObject::connect(&ws, &Workspace::entriesChanged, &ws, [&ws](const QUuid& id, const QList<QUuid>& entryIds) {
        say("mark flush " + QByteArray::number(monotonicNs()));
        auto refresh = [&ws, &id, &entryIds]() -> Result<void> {
            if (auto row = ws.incidents()->refreshTimelineSummary(id); !row)
                return row;
            say("mark dashboard " + QByteArray::number(monotonicNs()));
            if (ws.timeline()->incidentId() != id)
                return {};
            return ws.timeline()->applyChangedEntries(entryIds);
        };
        auto refreshed = refresh();
        if (!refreshed)
            std::fprintf(stderr, "client: %s\n", qPrintable(refreshed.errorText()));
    });

    LiveSync live(ws);
    if (coalesceMs >= 0)
        live.setCoalesceMs(coalesceMs);
    QObject::connect(&live, &LiveSync::started, &live, [] { say("ready"); });
    QObject::connect(&live, &LiveSync::failed, &live, [](const QString& message) { die(message); });
    QObject::connect(&live, &LiveSync::connectedChanged, &live, [](bool connected) {
        say("connected " + QByteArray(connected ? "1 " : "0 ") + QByteArray::number(monotonicNs()));
    });
    live.start();
    return QCoreApplication::exec();
}

/// A plain LISTEN connection: prints "ready", then "got PAYLOAD NS" per notification.
int runRawListener(const QString& urlText)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        die(url.errorText());
    auto db = Database::open(url.value());
    if (!db)
        die(db.errorText());
    QSqlDriver* driver = db.value()->connection().driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                         const qint64 now = monotonicNs();
                         if (name == kRawChannel)
                             say("got " + payload.toString().toLatin1() + ' ' + QByteArray::number(now));
                     });
    if (!driver->subscribeToNotification(kRawChannel))
        die(QStringLiteral("cannot LISTEN"));
    say("ready");
    return QCoreApplication::exec();
}

// --- the coordinator ------------------------------------------------------------------------

struct Stats {
    int count = 0;
    double p50 = 0, p99 = 0, max = 0, min = 0;
};

Stats statsOf(std::vector<double> ms)
{
    Stats s;
    s.count = int(ms.size());
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    auto rank = [&ms](double p) { return ms[std::min(ms.size() - 1, size_t(std::ceil(p * double(ms.size()))) - 1)]; };
    s.p50 = rank(0.50);
    s.p99 = rank(0.99);
    s.max = ms.back();
    s.min = ms.front();
    return s;
}

/// The helper processes of one measurement and what they reported.
class Fleet {
public:
    ~Fleet() { stopAll(); }

    void start(int count, const QStringList& args)
    {
        for (int i = 0; i < count; ++i) {
            auto* p = new QProcess;
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
                env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));   // warnings only
            // A data directory of its own (the offline outbox lives there), like a person on
            // their own machine: one outbox file serves one running Warroom only.
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataDir.filePath(QString::number(i)));
            p->setProcessEnvironment(env);
            QObject::connect(p, &QProcess::readyReadStandardOutput, p, [this, p] { read(p); });
            p->start(QCoreApplication::applicationFilePath(), args);
            m_processes.push_back(p);
        }
        waitFor([this] { return m_ready == int(m_processes.size()); }, 120'000, "the clients to start");
    }

    void stopAll()
    {
        for (QProcess* p : m_processes) {
            p->disconnect();
            p->kill();
            p->waitForFinished(10'000);
            delete p;
        }
        m_processes.clear();
        m_ready = 0;
    }

    int size() const { return int(m_processes.size()); }
    /// Arrival times of sample `key` so far, one per process.
    QList<qint64> arrivals(const QByteArray& key) const { return m_arrivals.value(key); }
    int connectedCount() const { return m_connected; }
    /// Mean CPU time one client process spent per applied change, in milliseconds.
    double cpuMsPerChange() const
    {
        double sum = 0;
        int n = 0;
        for (const auto& [first, last, count] : m_cpu) {
            if (count > 1) {
                sum += double(last - first) / 1e6 / double(count - 1);
                ++n;
            }
        }
        return n ? sum / n : 0;
    }
    qint64 lastConnectedNs() const { return m_lastConnectedNs; }
    void forget(const QByteArray& key) { m_arrivals.remove(key); }
    /// The latest time any process reported `mark` since the last call; -1 if none did.
    qint64 takeMark(const QByteArray& mark)
    {
        const QList<qint64> times = m_marks.take(mark);
        return times.isEmpty() ? -1 : *std::max_element(times.begin(), times.end());
    }

    /// Latest arrival of `key` over all processes, waiting up to `timeoutMs`; -1 on timeout.
    qint64 waitAll(const QByteArray& key, int timeoutMs)
    {
        if (!waitFor([&] { return arrivals(key).size() >= size(); }, timeoutMs, nullptr))
            return -1;
        const QList<qint64> times = arrivals(key);
        return *std::max_element(times.begin(), times.end());
    }

    template<typename Condition>
    static bool waitFor(Condition done, int timeoutMs, const char* what)
    {
        QElapsedTimer timer;
        timer.start();
        QTimer tick;   // wakes the loop now and then for the timeout check
        tick.start(50);
        QEventLoop loop;
        while (!done()) {
            if (timer.elapsed() > timeoutMs) {
                if (what)
                    die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
                return false;
            }
            loop.processEvents(QEventLoop::WaitForMoreEvents);   // blocks until something happens
        }
        return true;
    }

private:
    void read(QProcess* p)
    {
        while (p->canReadLine()) {
            const QList<QByteArray> parts = p->readLine().trimmed().split(' ');
            if (parts.value(0) == "ready") {
                ++m_ready;
                m_connected = m_ready;
            } else if ((parts.value(0) == "applied" || parts.value(0) == "got") && parts.size() >= 3) {
                m_arrivals[parts[1]] << parts[2].toLongLong();
                if (parts.size() == 4) {
                    auto& [first, last, count] = m_cpu[p];
                    if (count++ == 0)
                        first = parts[3].toLongLong();
                    last = parts[3].toLongLong();
                }
            } else if (parts.value(0) == "mark" && parts.size() == 3) {
                m_marks[parts[1]] << parts[2].toLongLong();
            } else if (parts.value(0) == "connected" && parts.size() == 3) {
                m_connected += parts[1] == "1" ? 1 : -1;
                if (parts[1] == "1")
                    m_lastConnectedNs = std::max(m_lastConnectedNs, parts[2].toLongLong());
            }
        }
    }

    QTemporaryDir m_dataDir;
    std::vector<QProcess*> m_processes;
    QHash<QByteArray, QList<qint64>> m_arrivals;
    QHash<QByteArray, QList<qint64>> m_marks;
    QHash<QProcess*, std::tuple<qint64, qint64, qint64>> m_cpu;   ///< first, last CPU time seen; count
    int m_ready = 0;
    int m_connected = 0;
    qint64 m_lastConnectedNs = 0;
};

struct Options {
    QString url;
    QList<int> clients{1, 5, 20};
    int samples = 300;
    int gapMs = 50;
    int coalesceMs = -1;
    QStringList synchronousCommit{QStringLiteral("on"), QStringLiteral("off")};
    QString serverControl;
    int downMs = 5000;
};

std::shared_ptr<Database> openOrDie(const QString& urlText)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        die(url.errorText());
    auto db = Database::open(url.value());
    if (!db)
        die(db.errorText());
    return db.value();
}

QString setting(Database& db, const QString& name)
{
    auto q = db.run(QStringLiteral("SELECT current_setting(?)"), {name});
    return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("?");
}

/// Idles for `ms` while still reading the helpers' output.
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

void printRow(const char* what, int clients, const Stats& s, int lost, const Stats* floor, const Stats* writeFloor)
{
    std::printf("%-28s %7d %7d %8.2f %8.2f %8.2f %5d", what, clients, s.count, s.p50, s.p99, s.max, lost);
    if (floor && floor->p99 > 0)
        std::printf(" %9.2fx", s.p99 / floor->p99);
    if (writeFloor && writeFloor->p99 > 0)
        std::printf(" %9.2fx", s.p99 / writeFloor->p99);
    std::printf("\n");
    std::fflush(stdout);
}

/// Raw LISTEN/NOTIFY: `listeners` plain listening connections, NOTIFY from another one.
/// With `write`, the notifying transaction also inserts one row, so its commit waits for the
/// WAL flush like a real change does (a NOTIFY alone writes no WAL).
Stats measureRaw(const Options& o, int listeners, bool write, int& lost)
{
    Fleet fleet;
    fleet.start(listeners, {QStringLiteral("--raw-listener"), o.url});
    auto sender = openOrDie(o.url);
    std::vector<double> ms;
    lost = 0;
    for (int k = 1; k <= o.samples; ++k) {
        const QByteArray key = "r" + QByteArray::number(k);
        const qint64 t0 = monotonicNs();
        auto sent = write ? sender->run(QStringLiteral("WITH w AS (INSERT INTO sync_latency_floor (k) VALUES (?) RETURNING k) "
                                                       "SELECT pg_notify(?, ?) FROM w"),
                                        {k, kRawChannel, QString::fromLatin1(key)})
                          : sender->run(QStringLiteral("SELECT pg_notify(?, ?)"), {kRawChannel, QString::fromLatin1(key)});
        if (!sent)
            die(sent.errorText());
        const qint64 t1 = fleet.waitAll(key, 5000);
        if (t1 < 0)
            ++lost;
        else
            ms.push_back(double(t1 - t0) / 1e6);
        fleet.forget(key);
        pause(o.gapMs);
    }
    return statsOf(ms);
}

/// The client stack: `clients` followers, one writer committing one entry at a time.
Stats measureClients(const Options& o, int clients, SystemClock& clock, int& lost, QString& stages)
{
    auto writer = Workspace::open(o.url, clock);
    if (!writer)
        die(writer.errorText());
    DeclareRequest request;
    request.title = QStringLiteral("Sync latency with %1 clients").arg(clients);
    request.services = {QStringLiteral("Bench")};
    auto incident = writer.value()->service().declare(request, QStringLiteral("bench"));
    if (!incident)
        die(incident.errorText());
    Fleet fleet;
    QStringList args{QStringLiteral("--client"), o.url, incident->id.toString(QUuid::WithoutBraces)};
    if (o.coalesceMs >= 0)
        args << QStringLiteral("--coalesce-ms") << QString::number(o.coalesceMs);
    fleet.start(clients, args);
    std::vector<double> ms, committed, flushed, dashboard;
    lost = 0;
    for (int k = 1; k <= o.samples; ++k) {
        const QByteArray key = QByteArray::number(k);
        const qint64 t0 = monotonicNs();
        auto added = writer.value()->service().addEntry(incident->id, EntryKind::Note, kEntryPrefix + QString::fromLatin1(key),
                                                        QStringLiteral("bench"));
        if (!added)
            die(added.errorText());
        committed.push_back(double(monotonicNs() - t0) / 1e6);
        const qint64 t1 = fleet.waitAll(key, 5000);
        if (t1 < 0)
            ++lost;
        else
            ms.push_back(double(t1 - t0) / 1e6);
        fleet.forget(key);
        pause(o.gapMs);
        // Stages of the slowest client (marks of this sample only: the pause let stragglers in).
        if (const qint64 f = fleet.takeMark("flush"); f > 0)
            flushed.push_back(double(f - t0) / 1e6);
        if (const qint64 d = fleet.takeMark("dashboard"); d > 0)
            dashboard.push_back(double(d - t0) / 1e6);
    }
    stages = QStringLiteral("    p50 from commit start: commit returned %1 ms, LiveSync passed it on %2 ms, dashboard row %3 ms, timeline row %4 ms")
                 .arg(statsOf(committed).p50, 0, 'f', 2)
                 .arg(statsOf(flushed).p50, 0, 'f', 2)
                 .arg(statsOf(dashboard).p50, 0, 'f', 2)
                 .arg(statsOf(ms).p50, 0, 'f', 2) +
             QStringLiteral("; CPU per change per client %1 ms").arg(fleet.cpuMsPerChange(), 0, 'f', 2);
    return statsOf(ms);
}

bool runControl(const QString& script, const QString& command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(script, {command});
    return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Stops the server hard under `clients` followers, starts it again, commits one entry and
/// measures from the moment the server accepts connections until every follower shows it.
void measureReconnect(const Options& o, int clients, SystemClock& clock)
{
    auto writer = Workspace::open(o.url, clock);
    if (!writer)
        die(writer.errorText());
    DeclareRequest request;
    request.title = QStringLiteral("Reconnect with %1 clients").arg(clients);
    request.services = {QStringLiteral("Bench")};
    auto incident = writer.value()->service().declare(request, QStringLiteral("bench"));
    if (!incident)
        die(incident.errorText());
    Fleet fleet;
    fleet.start(clients, {QStringLiteral("--client"), o.url, incident->id.toString(QUuid::WithoutBraces)});
    writer.value().reset();

    if (!runControl(o.serverControl, QStringLiteral("kill")))
        die(QStringLiteral("could not stop the server"));
    const qint64 killedAt = monotonicNs();
    Fleet::waitFor([&] { return fleet.connectedCount() == 0; }, 30'000, "every client to notice the lost server");
    const double noticedMs = double(monotonicNs() - killedAt) / 1e6;
    pause(o.downMs);   // a real outage: the clients' retries back off meanwhile

    QProcess starter;
    starter.setProcessChannelMode(QProcess::ForwardedChannels);
    starter.start(o.serverControl, {QStringLiteral("start")});
    // The server is back when a connection opens; poll quickly.
    auto url = DatabaseUrl::parse(o.url).value();
    url.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("2"));
    std::shared_ptr<Database> probe;
    QElapsedTimer waited;
    waited.start();
    qint64 upAt = 0;
    while (!probe) {
        if (waited.elapsed() > 60'000)
            die(QStringLiteral("the server did not come back"));
        if (auto db = Database::open(url); db) {
            upAt = monotonicNs();
            probe = db.value();
        } else {
            QThread::msleep(2);
        }
    }
    starter.waitForFinished(60'000);
    auto again = Workspace::open(o.url, clock);
    if (!again)
        die(again.errorText());
    const QByteArray key = "reconnect";
    if (auto added = again.value()->service().addEntry(incident->id, EntryKind::Note, kEntryPrefix + QString::fromLatin1(key),
                                                       QStringLiteral("bench"));
        !added)
        die(added.errorText());
    const qint64 caughtUp = fleet.waitAll(key, 60'000);
    Fleet::waitFor([&] { return fleet.connectedCount() == clients; }, 60'000, "every client to reconnect");
    std::printf("\nreconnect, %d clients, server down %.1f s: every client noticed the lost server %.0f ms after the kill;\n",
                clients, double(upAt - killedAt) / 1e9, noticedMs);
    if (caughtUp < 0) {
        std::printf("  NOT caught up within 60 s of the server's return\n");
    } else {
        std::printf("  server accepting -> every client reconnected: %.0f ms; -> every client shows the new entry: %.0f ms\n",
                    double(fleet.lastConnectedNs() - upAt) / 1e6, double(caughtUp - upAt) / 1e6);
    }
    std::fflush(stdout);
}

int runBench(const Options& o)
{
    SystemClock clock;
    {
        auto db = Database::openAndMigrate(DatabaseUrl::parse(o.url).value());
        if (!db)
            die(db.errorText());
    }
    auto admin = openOrDie(o.url);
    if (auto table = admin->run(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_latency_floor (k bigint)")); !table)
        die(table.errorText());
    std::printf("server: %s; fsync %s, full_page_writes %s; %s\n", qPrintable(o.url),
                qPrintable(setting(*admin, QStringLiteral("fsync"))),
                qPrintable(setting(*admin, QStringLiteral("full_page_writes"))),
                qPrintable(setting(*admin, QStringLiteral("server_version"))));
    std::printf("samples per row: %d, one at a time, %d ms apart; latency = commit started -> last client has it\n",
                o.samples, o.gapMs);
    std::printf("p99/raw: against raw NOTIFY to 1 listener; p99/raw+w: against raw NOTIFY committed with a 1-row write\n");
    std::printf("LiveSync coalesce interval: %s\n",
                o.coalesceMs < 0 ? "default" : qPrintable(QStringLiteral("%1 ms").arg(o.coalesceMs)));
    for (const QString& sc : o.synchronousCommit) {
        if (auto set = admin->run(QStringLiteral("ALTER SYSTEM SET synchronous_commit = ") + sc); !set)
            die(set.errorText());
        if (auto reloaded = admin->run(QStringLiteral("SELECT pg_reload_conf()")); !reloaded)
            die(reloaded.errorText());
        pause(200);
        auto check = openOrDie(o.url);
        std::printf("\nsynchronous_commit = %s\n", qPrintable(setting(*check, QStringLiteral("synchronous_commit"))));
        std::printf("%-28s %7s %7s %8s %8s %8s %5s %10s %10s\n", "", "clients", "samples", "p50 ms", "p99 ms",
                    "max ms", "lost", "p99/raw", "p99/raw+w");
        int lost = 0;
        const Stats floor = measureRaw(o, 1, false, lost);
        printRow("raw NOTIFY", 1, floor, lost, nullptr, nullptr);
        const Stats writeFloor = measureRaw(o, 1, true, lost);
        printRow("raw NOTIFY + 1-row write", 1, writeFloor, lost, &floor, nullptr);
        for (int n : o.clients) {
            if (n > 1) {
                const Stats raw = measureRaw(o, n, false, lost);
                printRow("raw NOTIFY", n, raw, lost, &floor, &writeFloor);
            }
            QString stages;
            const Stats s = measureClients(o, n, clock, lost, stages);
            printRow("client stack (model row)", n, s, lost, &floor, &writeFloor);
            std::printf("%s\n", qPrintable(stages));
        }
    }
    if (auto reset = admin->run(QStringLiteral("ALTER SYSTEM RESET synchronous_commit")); reset) {
        if (auto reloaded = admin->run(QStringLiteral("SELECT pg_reload_conf()")); !reloaded)
            die(reloaded.errorText());
    }
    if (!o.serverControl.isEmpty()) {
        admin.reset();
        measureReconnect(o, o.clients.isEmpty() ? 1 : o.clients.last(), clock);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync latency between headless clients on one PostgreSQL server."));
    parser.addHelpOption();
    QCommandLineOption urlOpt(QStringLiteral("url"), QStringLiteral("The server's database URL."), QStringLiteral("url"));
    QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("Client counts (default 1,5,20)."),
                                  QStringLiteral("list"));
    QCommandLineOption samplesOpt(QStringLiteral("samples"), QStringLiteral("Commits per row (default 300)."),
                                  QStringLiteral("n"));
    QCommandLineOption gapOpt(QStringLiteral("gap-ms"), QStringLiteral("Idle time between commits (default 50)."),
                              QStringLiteral("ms"));
    QCommandLineOption coalesceOpt(QStringLiteral("coalesce-ms"), QStringLiteral("LiveSync coalesce interval."),
                                   QStringLiteral("ms"));
    QCommandLineOption scOpt(QStringLiteral("synchronous-commit"), QStringLiteral("Settings to run (default on,off)."),
                             QStringLiteral("list"));
    QCommandLineOption controlOpt(QStringLiteral("server-control"),
                                  QStringLiteral("Script taking 'kill' and 'start' (the reconnect measurement)."),
                                  QStringLiteral("script"));
    QCommandLineOption clientOpt(QStringLiteral("client"), QStringLiteral("Internal: run one client."));
    QCommandLineOption rawOpt(QStringLiteral("raw-listener"), QStringLiteral("Internal: run one raw listener."));
    QCommandLineOption downOpt(QStringLiteral("down-ms"),
                               QStringLiteral("How long the server stays down once every client noticed (default 5000)."),
                               QStringLiteral("ms"));
    parser.addOptions({urlOpt, clientsOpt, samplesOpt, gapOpt, coalesceOpt, scOpt, controlOpt, downOpt, clientOpt, rawOpt});
    parser.process(app);

    const int coalesceMs = parser.isSet(coalesceOpt) ? parser.value(coalesceOpt).toInt() : -1;
    if (parser.isSet(clientOpt) || parser.isSet(rawOpt)) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);   // never outlive the coordinator
        // As the app's main() does (src/app/main.cpp): the local time zone is read once.
        if (!qEnvironmentVariableIsSet("TZ"))
            qputenv("TZ", ":/etc/localtime");
        const QStringList pos = parser.positionalArguments();
        if (parser.isSet(rawOpt))
            return runRawListener(pos.value(0));
        return runClient(pos.value(0), QUuid::fromString(pos.value(1)), coalesceMs);
    }

    Options o;
    o.url = parser.isSet(urlOpt) ? parser.value(urlOpt) : qEnvironmentVariable("WARROOM_BENCH_PG_URL");
    if (o.url.isEmpty())
        die(QStringLiteral("no --url (run bench/sync_latency.sh, which starts a private server)"));
    if (parser.isSet(clientsOpt)) {
        o.clients.clear();
        for (const QString& n : parser.value(clientsOpt).split(QLatin1Char(',')))
            o.clients << n.toInt();
    }
    if (parser.isSet(samplesOpt))
        o.samples = parser.value(samplesOpt).toInt();
    if (parser.isSet(gapOpt))
        o.gapMs = parser.value(gapOpt).toInt();
    if (parser.isSet(scOpt))
        o.synchronousCommit = parser.value(scOpt).split(QLatin1Char(','));
    o.coalesceMs = coalesceMs;
    o.serverControl = parser.value(controlOpt);
    if (parser.isSet(downOpt))
        o.downMs = parser.value(downOpt).toInt();
    return runBench(o);
}
