// Metrics at scale: the in-memory engine against one SQL aggregate on the same SQLite
// database, and the incremental update after one changed incident.
//
//   bench_metrics [--incidents N] [--seed S] [--runs R] [--database sqlite:/path]
//
// With --database an existing database is used (e.g. one made by
// `warroomctl generate --incidents 100000`); otherwise a temporary one is generated.
#include "core/metrics.h"
#include "interchange/synthetic.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace warroom;

namespace {

/// Median wall time in milliseconds of `runs` calls.
double medianMs(int runs, const std::function<void()>& fn)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("incidents"), QStringLiteral("Incidents to generate."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("R"),
                      QStringLiteral("21")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Existing database URL."), QStringLiteral("URL")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    QString url = parser.value(QStringLiteral("database"));
    if (url.isEmpty())
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    auto db = Database::openAndMigrate(DatabaseUrl::parse(url).value());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    IncidentRepository repo(db.value());
    if (repo.incidentCount().value() == 0) {
        SyntheticHistoryOptions options;
        options.incidents = parser.value(QStringLiteral("incidents")).toInt();
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
        options.minTimelineEntries = 0;   // timelines do not enter the metrics
        options.maxTimelineEntries = 0;
        QElapsedTimer t;
        t.start();
        const auto imported = repo.importBatch(generateSyntheticHistory(options));
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
            return 1;
        }
        std::printf("generated %d incidents in %.0f ms\n", imported->incidentsAdded, double(t.elapsed()));
    }

    QElapsedTimer loadTimer;
    loadTimer.start();
    auto incidents = repo.listIncidents();
    if (!incidents)
        return 1;
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    MetricsEngine engine(incidents.value());
    MetricsQuery query;
    query.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    query.from = engine.earliestStart();
    query.to = query.now;

    MetricsReport report;
    const double engineMs = medianMs(runs, [&] { report = engine.compute(query); });

    // The same count and mean TTR as ONE SQL query on the same database.
    const qint64 fromMs = query.from.toMSecsSinceEpoch();
    const qint64 toMs = query.to.toMSecsSinceEpoch();
    double sqlMean = 0;
    qint64 sqlCount = 0;
    const double sqlMs = medianMs(runs, [&] {
        auto q = db.value()->run(QStringLiteral("SELECT COUNT(*), AVG(CASE WHEN resolved_at IS NOT NULL THEN "
                                                "(resolved_at - started_at) / 1000.0 END) FROM incidents "
                                                "WHERE started_at >= ? AND started_at < ?"),
                                 {fromMs, toMs});
        if (q && q.value().next()) {
            sqlCount = q.value().value(0).toLongLong();
            sqlMean = q.value().value(1).toDouble();
        }
    });

    // The same count/mean aggregate from the engine's facts.
    std::pair<int, std::optional<double>> quick;
    const double quickMs = medianMs(runs, [&] { quick = engine.countAndMeanTtr(query); });

    // Incremental: one incident changes (resolved now), then the report is recomputed.
    Incident changed = incidents.value()[incidents.value().size() / 2];
    const double upsertMs = medianMs(runs, [&] {
        changed.resolvedAt = changed.resolvedAt.isValid() ? changed.resolvedAt.addSecs(60) : query.now;
        engine.upsert(changed);
    });
    const double incrementalMs = medianMs(runs, [&] {
        changed.resolvedAt = changed.resolvedAt.addSecs(60);
        engine.upsert(changed);
        report = engine.compute(query);
    });

    std::printf("incidents: %lld (loaded from the database in %.1f ms)\n", static_cast<long long>(engine.size()), loadMs);
    std::printf("engine: all metrics (overall, %lld services, %lld months, %lld weeks) median %.2f ms over %d runs\n",
                static_cast<long long>(report.byService.size()), static_cast<long long>(report.byMonth.size()),
                static_cast<long long>(report.byWeek.size()), engineMs, runs);
    std::printf("sqlite: one COUNT/AVG(TTR) query median %.2f ms (count %lld, mean TTR %.1f s; engine: %d, %.1f s)\n",
                sqlMs, static_cast<long long>(sqlCount), sqlMean, report.incidents, report.ttr.mean.value_or(0));
    std::printf("engine: the same COUNT/mean TTR aggregate median %.3f ms (count %d, mean TTR %.1f s)\n", quickMs,
                quick.first, quick.second.value_or(0));
    std::printf("ratio, same aggregate: sql/engine %.1fx\n", sqlMs / quickMs);
    std::printf("ratio, one SQL aggregate / all engine metrics: %.1fx\n", sqlMs / engineMs);
    std::printf("incremental: upsert of one incident median %.4f ms; upsert + full recompute median %.2f ms\n",
                upsertMs, incrementalMs);
    return 0;
}
