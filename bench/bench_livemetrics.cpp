// Live metrics: the cost of keeping a report current after one changed incident with
// LiveMetrics, against recomputing it with MetricsEngine::compute(), in one run.
//
//   bench_livemetrics [--incidents N] [--seed S] [--changes C] [--runs R]
//
// The history is generated in memory (interchange's synthetic generator, no timelines).
// Changes alternate: resolve an open incident, shift a resolved time, change a severity,
// change a service. Each is timed as upsert() + report().
#include "core/livemetrics.h"
#include "core/metrics.h"
#include "interchange/synthetic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace warroom;

namespace {

double percentileOf(std::vector<double> sortedMs, double p)
{
    const auto rank = std::size_t(std::ceil(p * double(sortedMs.size())));
    return sortedMs[std::min(sortedMs.size() - 1, rank == 0 ? 0 : rank - 1)];
}

/// Counts fields that differ between the live report and compute()'s; means are compared
/// with a relative tolerance (see livemetrics.h), their largest difference is returned.
int mismatches(const MetricsReport& live, const MetricsReport& ref, double& maxMeanRel)
{
    int bad = 0;
    auto stats = [&](const DurationStats& a, const DurationStats& b) {
        bad += a.n != b.n || a.noData != b.noData || a.negative != b.negative || a.median != b.median || a.p90 != b.p90;
        bad += a.mean.has_value() != b.mean.has_value();
        if (a.mean && b.mean && *a.mean != *b.mean) {
            const double rel = std::abs(*a.mean - *b.mean) / std::max(std::abs(*a.mean), std::abs(*b.mean));
            maxMeanRel = std::max(maxMeanRel, rel);
            bad += rel > 1e-9;
        }
    };
    bad += live.from != ref.from || live.to != ref.to || live.incidents != ref.incidents || live.bySeverity != ref.bySeverity;
    for (auto [a, b] : {std::pair{&live.ttd, &ref.ttd}, {&live.tta, &ref.tta}, {&live.ttm, &ref.ttm}, {&live.ttr, &ref.ttr}})
        stats(*a, *b);
    bad += live.byService.keys() != ref.byService.keys();
    for (auto it = ref.byService.cbegin(); it != ref.byService.cend(); ++it) {
        const ServiceMetrics a = live.byService.value(it.key());
        bad += a.incidents != it->incidents || a.mtbfSeconds != it->mtbfSeconds || a.availability != it->availability
               || a.downtimeSeconds != it->downtimeSeconds;
        stats(a.ttr, it->ttr);
    }
    bad += live.byMonth.size() != ref.byMonth.size() || live.byWeek.size() != ref.byWeek.size();
    for (qsizetype i = 0; i < std::min(live.byMonth.size(), ref.byMonth.size()); ++i) {
        const MetricsBucket& a = live.byMonth[i];
        const MetricsBucket& b = ref.byMonth[i];
        bad += a.label != b.label || a.start != b.start || a.incidents != b.incidents || a.bySeverity != b.bySeverity;
        stats(a.tta, b.tta);
        stats(a.ttm, b.ttm);
        stats(a.ttr, b.ttr);
    }
    bad += live.ttrBySeverity.keys() != ref.ttrBySeverity.keys();
    for (auto it = ref.ttrBySeverity.cbegin(); it != ref.ttrBySeverity.cend(); ++it) {
        const BoxStats a = live.ttrBySeverity.value(it.key());
        bad += a.n != it->n || a.min != it->min || a.q1 != it->q1 || a.median != it->median || a.q3 != it->q3
               || a.max != it->max;
    }
    return bad;
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
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Single-incident changes to time."), QStringLiteral("C"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of compute()."), QStringLiteral("R"),
                      QStringLiteral("21")});
    parser.process(app);
    const int changes = std::max(4, parser.value(QStringLiteral("changes")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    SyntheticHistoryOptions options;
    options.incidents = parser.value(QStringLiteral("incidents")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.minTimelineEntries = 0;   // timelines do not enter the metrics
    options.maxTimelineEntries = 0;
    QElapsedTimer timer;
    timer.start();
    QList<Incident> incidents;
    {
        const ImportBatch batch = generateSyntheticHistory(options);
        incidents.reserve(batch.incidents.size());
        for (const ImportedIncident& item : batch.incidents)
            incidents.append(item.incident);
    }
    std::printf("generated %lld incidents in %.0f ms\n", static_cast<long long>(incidents.size()),
                double(timer.nsecsElapsed()) / 1e6);

    MetricsQuery query;   // from = earliest start, to = now
    query.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

    timer.restart();
    LiveMetrics live(incidents, query);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("window %s .. %s: %d incidents, %lld services, %lld months\n",
                qPrintable(live.query().from.toString(Qt::ISODate)), qPrintable(live.query().to.toString(Qt::ISODate)),
                live.report().incidents, static_cast<long long>(live.report().byService.size()),
                static_cast<long long>(live.report().byMonth.size()));
    std::printf("build: %.1f ms\n", buildMs);

    // Single-incident changes, alternating kinds.
    std::mt19937_64 rng(options.seed);
    auto pick = [&] { return qsizetype(std::uniform_int_distribution<qsizetype>(0, incidents.size() - 1)(rng)); };
    auto pickResolved = [&] {
        for (;;) {
            const qsizetype i = pick();
            if (incidents[i].resolvedAt.isValid())
                return i;
        }
    };
    std::vector<qsizetype> open;
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        if (!incidents[i].resolvedAt.isValid())
            open.push_back(i);
    }
    std::shuffle(open.begin(), open.end(), rng);
    const QStringList serviceNames = syntheticServiceNames();
    const char* kindNames[] = {"resolve an open incident", "shift a resolved time", "change severity", "change a service"};
    std::vector<double> all, perKind[4];
    int reopened = 0;
    double sink = 0;
    for (int c = 0; c < changes; ++c) {
        const int kind = c % 4;
        qsizetype index = 0;
        if (kind == 0) {
            if (open.empty()) {
                // Untimed: reopen a resolved incident so that there is an open one to resolve.
                index = pickResolved();
                incidents[index].resolvedAt = QDateTime();
                incidents[index].status = IncidentStatus::Mitigated;
                live.upsert(incidents[index]);
                open.push_back(index);
                ++reopened;
            }
            index = open.back();
            open.pop_back();
            Incident& i = incidents[index];
            const qint64 startMs = i.startedAt.toMSecsSinceEpoch();
            const qint64 latest = std::max(startMs + 60'000, query.now.toMSecsSinceEpoch());
            i.resolvedAt = QDateTime::fromMSecsSinceEpoch(
                std::uniform_int_distribution<qint64>(startMs + 60'000, latest)(rng), QTimeZone::utc());
            i.status = IncidentStatus::Resolved;
        } else if (kind == 1) {
            index = pickResolved();
            Incident& i = incidents[index];
            i.resolvedAt = i.resolvedAt.addMSecs(std::uniform_int_distribution<qint64>(-600'000, 600'000)(rng));
        } else if (kind == 2) {
            index = pick();
            incidents[index].severity = incidents[index].severity % 4 + 1;
        } else {
            index = pick();
            QStringList& services = incidents[index].services;
            services[0] = serviceNames[std::uniform_int_distribution<qsizetype>(0, serviceNames.size() - 1)(rng)];
            services.removeDuplicates();
        }
        timer.restart();
        live.upsert(incidents[index]);
        const MetricsReport& r = live.report();
        const qint64 ns = timer.nsecsElapsed();
        sink += r.ttr.mean.value_or(0) + double(r.byService.size());
        all.push_back(double(ns) / 1e6);
        perKind[kind].push_back(double(ns) / 1e6);
    }
    std::sort(all.begin(), all.end());
    std::printf("upsert()+report() over %d changes: median %.4f ms, p99 %.4f ms, max %.4f ms "
                "(%d untimed reopens to keep open incidents)\n",
                changes, percentileOf(all, 0.5), percentileOf(all, 0.99), all.back(), reopened);
    for (int k = 0; k < 4; ++k) {
        std::sort(perKind[k].begin(), perKind[k].end());
        std::printf("  %-26s median %.4f ms, p99 %.4f ms, max %.4f ms\n", kindNames[k], percentileOf(perKind[k], 0.5),
                    percentileOf(perKind[k], 0.99), perKind[k].back());
    }

    // The expensive case for the sorted arrays: an incident leaves the window (backdated
    // before `from`) and comes back, so every overall array shifts by one place.
    std::vector<double> moves;
    const QDateTime before = live.query().from.addDays(-1);
    for (int m = 0; m < 100; ++m) {
        Incident& i = incidents[pick()];
        const QDateTime started = i.startedAt;
        for (const QDateTime& start : {before, started}) {
            i.startedAt = start;
            timer.restart();
            live.upsert(i);
            sink += live.report().ttr.mean.value_or(0);
            moves.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(moves.begin(), moves.end());
    std::printf("  %-26s median %.4f ms, p99 %.4f ms, max %.4f ms (%zu changes, not in the figures above)\n",
                "leave/re-enter the window", percentileOf(moves, 0.5), percentileOf(moves, 0.99), moves.back(),
                moves.size());

    // The same report from scratch, on the same (changed) data.
    const MetricsEngine engine(incidents);
    std::vector<double> computeTimes;
    MetricsReport computed;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        computed = engine.compute(live.query());
        computeTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(computeTimes.begin(), computeTimes.end());
    const double computeMs = computeTimes[computeTimes.size() / 2];
    std::printf("MetricsEngine::compute(): median %.2f ms over %d runs\n", computeMs, runs);
    std::printf("ratio compute/live update (medians): %.0fx\n", computeMs / percentileOf(all, 0.5));

    double maxMeanRel = 0;
    const int bad = mismatches(live.report(), computed, maxMeanRel);
    std::printf("check against compute(): %s (largest relative difference of a mean %.2g)\n",
                bad == 0 ? "identical" : "MISMATCH", maxMeanRel);
    return bad == 0 && sink != -1 ? 0 : 1;
}
