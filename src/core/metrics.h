#pragma once
// Incident metrics: per-incident durations (TTD, TTA, TTM, TTR), their aggregates over a
// window, MTBF and availability per service. Pure functions; documented with sources and
// worked examples in docs/metrics.md.
//
// Units: durations in seconds (double in aggregates, since means are fractional); times are
// UTC milliseconds since the Unix epoch inside the engine.

#include "incident.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace warroom {

/// The four per-incident durations.
///   TTD = detected_at - started_at      (time to detect)
///   TTA = acknowledged_at - detected_at (time to acknowledge)
///   TTM = mitigated_at - started_at     (time to mitigate)
///   TTR = resolved_at - started_at      (time to resolve)
enum class DurationMetric { Ttd, Tta, Ttm, Ttr };

/// "ttd", "tta", "ttm", "ttr".
QString durationMetricKey(DurationMetric metric);
/// The formula as people read it, e.g. "TTR = resolved_at − started_at".
QString durationMetricFormula(DurationMetric metric);

/// Seconds for one incident, or nullopt when either timestamp is missing ("no data", never
/// zero). Negative values (e.g. declared before impact started) are returned as they are.
std::optional<qint64> durationSeconds(const Incident& incident, DurationMetric metric);

/// Count, mean, median and p90 of a set of durations in seconds. `noData` counts incidents
/// in the set that lacked a timestamp; `negative` counts values below zero (kept in the
/// statistics, reported so messy data is visible). mean/median/p90 are empty when n == 0.
struct DurationStats {
    int n = 0;
    int noData = 0;
    int negative = 0;
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<double> p90;
};

/// Percentile `p` in [0, 1] of ascending `sorted` values by linear interpolation between
/// closest ranks: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) (numpy's default,
/// Hyndman & Fan type 7). Requires a non-empty input.
double percentileSorted(const std::vector<double>& sorted, double p);
/// Stats of `values` (any order; the vector is reordered).
DurationStats summarizeDurations(std::vector<double>& values, int noData);
/// Stats of the range [first, last) (reordered).
DurationStats summarizeDurations(double* first, double* last, int noData);

/// Compact per-incident facts the engine works on. Missing times are kNoTime.
struct IncidentFacts {
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    qint64 startedMs = kNoTime;
    qint64 detectedMs = kNoTime;
    qint64 acknowledgedMs = kNoTime;
    qint64 mitigatedMs = kNoTime;
    qint64 resolvedMs = kNoTime;
    int severity = 0;
    std::vector<int> services;   ///< indices into the engine's service names
    double ttd = 0, tta = 0, ttm = 0, ttr = 0;   ///< seconds; NaN when a timestamp is missing
    int month = 0;               ///< UTC month of startedMs, as months since year 0
    qint64 weekStartDay = 0;     ///< days since the epoch of the Monday of startedMs's ISO week
};

/// The facts of one incident; `serviceIndex` maps a service name to a stable small index.
IncidentFacts incidentFacts(const Incident& incident, const std::function<int(const QString&)>& serviceIndex);

/// Five-number summary for box plots, in seconds: min, lower quartile, median, upper
/// quartile, max (quartiles by the same type-7 interpolation as the percentiles).
struct BoxStats {
    int n = 0;
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
};

/// What to compute over. Incidents are selected when started_at lies in [from, to); with
/// `service` set only incidents affecting it, with `severity` (> 0) only that level.
struct MetricsQuery {
    QDateTime from;              ///< inclusive; invalid = earliest started_at
    QDateTime to;                ///< exclusive; invalid = `now`
    QDateTime now;               ///< "now" for open incidents and the default `to`
    QString service;
    int severity = 0;
    bool weekly = false;         ///< also fill MetricsReport::byWeek
};

/// Metrics for one service. Availability counts only SEV1/SEV2 impact as downtime.
struct ServiceMetrics {
    int incidents = 0;
    DurationStats ttr;
    std::optional<double> mtbfSeconds;   ///< empty with fewer than two merged impact windows
    double availability = 1.0;           ///< in [0, 1]
    double downtimeSeconds = 0;          ///< union of SEV1/SEV2 impact, clipped to the window
};

/// One month or week of the window.
struct MetricsBucket {
    QString label;               ///< "2022-01" (month) or "2022-W05" (ISO week)
    QDateTime start;             ///< bucket start, UTC
    int incidents = 0;
    QMap<int, int> bySeverity;
    DurationStats tta, ttm, ttr;
};

/// Everything `warroomctl metrics` and the Metrics panel show.
struct MetricsReport {
    QDateTime from, to;
    int incidents = 0;
    QMap<int, int> bySeverity;   ///< severity level -> count
    DurationStats ttd, tta, ttm, ttr;
    QMap<QString, ServiceMetrics> byService;
    QList<MetricsBucket> byMonth;
    QList<MetricsBucket> byWeek;    ///< only with MetricsQuery::weekly
    /// TTR distribution per severity level (for box plots); levels without resolved incidents are absent.
    QMap<int, BoxStats> ttrBySeverity;
};

/// Holds the facts of every incident and computes reports.
///
/// Besides the facts it keeps, per duration metric, every known value sorted ascending, and
/// the incidents ordered by start. A report is then two linear passes: one over the incidents
/// starting inside the window (counts, sums, impact windows already in start order), one
/// over each sorted metric picking the ranks the percentiles need for every group (overall,
/// month, week, service, severity). No sorting or selection at report time.
/// upsert()/remove() keep those orders: O(log n) search plus a memmove of at most n entries.
class MetricsEngine {
public:
    MetricsEngine() = default;
    explicit MetricsEngine(const QList<Incident>& incidents);

    /// Inserts or replaces the facts of `incident` (keyed by id).
    void upsert(const Incident& incident);
    void remove(const QUuid& id);
    qsizetype size() const { return qsizetype(m_facts.size()); }
    const QStringList& serviceNames() const { return m_serviceNames; }
    /// Earliest started_at over all incidents (invalid when there are none).
    QDateTime earliestStart() const;

    MetricsReport compute(const MetricsQuery& query) const;

    /// Just the incident count and mean TTR (seconds; empty without resolved incidents) of the
    /// query's selection: one pass over the incidents starting in the window.
    std::pair<int, std::optional<double>> countAndMeanTtr(const MetricsQuery& query) const;

private:
    /// The resolved [from, to) of a query in milliseconds, as compute() uses it.
    std::pair<qint64, qint64> resolveWindow(const MetricsQuery& query) const;

    /// One known value of a metric and the fact (index into m_facts) it belongs to.
    struct Ranked {
        double value;
        quint32 fact;
    };

    int serviceIndex(const QString& name);
    void addToOrders(quint32 fact);
    /// The entry of `fact` in m_sorted[metric] (searched by its value), or end().
    std::vector<Ranked>::iterator findRanked(int metric, double value, quint32 fact);
    /// The entry of `fact` in m_byStart, or end().
    std::vector<quint32>::iterator findByStart(quint32 fact);
    void removeFromOrders(quint32 fact);
    void renumberInOrders(quint32 from, quint32 to);
    void rebuildOrders();

    std::vector<IncidentFacts> m_facts;
    std::vector<QUuid> m_ids;              ///< fact index -> incident id
    std::vector<Ranked> m_sorted[4];       ///< per DurationMetric, ascending by value
    std::vector<quint32> m_byStart;        ///< facts with a start, ascending by startedMs
    int m_maxSeverity = 0;
    QHash<QUuid, qsizetype> m_indexById;
    QStringList m_serviceNames;
    QHash<QString, int> m_serviceIndex;
};

/// Convenience: a report straight from incidents.
MetricsReport computeMetrics(const QList<Incident>& incidents, const MetricsQuery& query);

} // namespace warroom
