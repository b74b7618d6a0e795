#pragma once
// Incident metrics kept up to date incrementally for one fixed query, so that charts follow
// live changes (an incident is resolved, its severity or services change) without a full
// recompute. The definitions are those of metrics.h / docs/metrics.md; this class only
// maintains them differently.

#include "incident.h"
#include "metrics.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <map>
#include <vector>

namespace warroom {

/// The MetricsReport of ONE MetricsQuery over a changing set of incidents, maintained
/// incrementally.
///
/// report() is the same report as `MetricsEngine(currentIncidents).compute(query())`:
/// every count, bucket, map key, median, percentile, box statistic, MTBF, downtime and
/// availability bit for bit; the means within a few units in the last place (see below).
///
/// The window is fixed when the object is built: an invalid `from` resolves to the
/// earliest started_at of the incidents given to the constructor, an invalid `to` to
/// `now`, an invalid `now` to the current UTC time — exactly as compute() resolves them,
/// but once. query() returns the resolved query (from, to and now valid). Later changes
/// never move the window or its month/week buckets: an incident upserted with a start
/// before `from` or at/after `to` is simply outside it, as it would be for compute() with
/// query(). Build a new LiveMetrics to move the window (e.g. when "now" advances).
///
/// Units as in metrics.h: durations in seconds, times UTC.
///
/// State: per group (overall TTD/TTA/TTM/TTR; TTA/TTM/TTR per month and, with
/// `weekly`, per week; TTR per service; TTR per severity level for the box plots) an
/// ascending vector of the values, the no-data and negative counts and the exact sum in
/// integer milliseconds; per service its impact windows and SEV1/SEV2 down windows sorted
/// by start. The cached report is patched only where a change lands.
///
/// Means: compute() adds up seconds as doubles in its storage order, which depends on the
/// history of upserts and removes; here the sum is exact (integer milliseconds) and
/// divided once, so a mean may differ from compute()'s in the last bits (relative
/// difference ~1e-15, bounded by n·2⁻⁵³). When every duration is a whole number of
/// seconds both are exact and equal.
///
/// Complexity of upsert()/remove(): a hash lookup, then per group the incident belongs to
/// (before or after the change) a binary search and a move of the elements between the
/// old and the new position of its value — O(n) memmove in the worst case for the overall
/// arrays (n = selected incidents), typically a few elements when a value changes a
/// little, and up to n elements when an incident enters or leaves the window; plus a
/// linear pass over the impact windows of each service it names (old and new) to merge
/// them for MTBF and availability. Nothing else of the report is touched. Building is
/// O(n log n).
///
/// Not thread-safe; report() returns a reference that upsert()/remove() update in place.
class LiveMetrics {
public:
    /// Builds the state for `query` from `incidents` (a later duplicate id replaces an
    /// earlier one, as MetricsEngine::upsert does).
    LiveMetrics(const QList<Incident>& incidents, const MetricsQuery& query);

    /// Inserts `incident`, or replaces the incident with the same id.
    void upsert(const Incident& incident);
    /// Removes the incident with this id; nothing happens when there is none.
    void remove(const QUuid& id);

    /// The up-to-date report; equal to MetricsEngine(incidents).compute(query()).
    const MetricsReport& report() const;
    /// The query with the window resolved at build time (from, to and now are valid).
    const MetricsQuery& query() const { return m_query; }
    /// Incidents held (all of them, also those outside the window or filtered out).
    qsizetype size() const { return m_entries.size(); }

private:
    __extension__ typedef __int128 WideSum;   // exact sum of milliseconds; cannot overflow

    /// One statistic of one group: ascending values in seconds plus counters.
    struct Group {
        std::vector<double> sorted;   ///< ascending, seconds
        WideSum sumMs = 0;            ///< exact sum of the values, milliseconds
        int noData = 0;
        int negative = 0;

        void add(qint64 ms);                      ///< ms may be IncidentFacts::kNoTime
        void remove(qint64 ms);
        void replace(qint64 oldMs, qint64 newMs);
        void append(qint64 ms);                   ///< unsorted, while building
        void finishBuild();
        DurationStats stats() const;
    };

    struct Window {
        qint64 start;
        qint64 end;
        friend bool operator<(const Window& a, const Window& b)
        {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        }
        friend bool operator==(const Window& a, const Window& b) { return a.start == b.start && a.end == b.end; }
    };

    /// What one incident contributes. Durations in ms, kNoTime when missing.
    struct Entry {
        bool selected = false;        ///< started in the window and passes the filters
        bool namesFilterService = false;
        int severity = 0;             ///< as given (SEV1/SEV2 impact is downtime)
        int level = 0;                ///< max(severity, 0): the report's severity key
        int month = -1;               ///< bucket index in byMonth when selected
        int week = -1;                ///< bucket index in byWeek when selected and weekly
        qint64 ttd = 0, tta = 0, ttm = 0, ttr = 0;
        Window impact{0, 0};          ///< [started, resolved or `to`), never negative
        Window down{0, 0};            ///< impact clipped to `to`
        std::vector<int> services;    ///< service indices that get per-service metrics
    };

    struct BucketState {
        Group tta, ttm, ttr;
    };

    struct ServiceState {
        int incidents = 0;
        Group ttr;
        std::vector<Window> impact;   ///< sorted
        std::vector<Window> down;     ///< sorted; SEV1/SEV2 only
    };

    int serviceIndex(const QString& name);
    Entry makeEntry(const Incident& incident);
    /// Moves the contribution of `before` (may be null) to `after` (may be null).
    void apply(const Entry* before, const Entry* after);
    void refreshOverall();
    void refreshMonth(int bucket);
    void refreshWeek(int bucket);
    void refreshService(int service);
    void refreshSeverityBox(int level);
    static void addCount(QMap<int, int>& counts, int level, int delta);

    MetricsQuery m_query;              ///< resolved
    qint64 m_fromMs = 0, m_toMs = 0;
    int m_firstMonth = 0;
    qint64 m_firstWeekDay = 0;
    int m_onlyService = -1;            ///< index of query.service, -1 without a service filter
    int m_filterServiceRefs = 0;       ///< incidents (anywhere) naming query.service

    QHash<QUuid, Entry> m_entries;
    QStringList m_serviceNames;
    QHash<QString, int> m_serviceIndex;

    Group m_ttd, m_tta, m_ttm, m_ttr;
    std::vector<BucketState> m_months, m_weeks;
    std::vector<ServiceState> m_services;
    std::map<int, std::vector<double>> m_ttrByLevel;   ///< ascending TTRs per severity level

    MetricsReport m_report;            ///< kept current
    MetricsReport m_unknownService;    ///< compute()'s report when no incident names query.service
};

} // namespace warroom
