#include "metrics.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace warroom {

namespace {

constexpr qint64 kNoTime = IncidentFacts::kNoTime;
constexpr qint64 kMsPerDay = 86400000;

qint64 msOf(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : kNoTime;
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::chrono::year_month_day civilDay(qint64 ms)
{
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{floorDiv(ms, kMsPerDay)}}};
}

/// Months since year 0 for the UTC month containing `ms`.
int monthIndex(qint64 ms)
{
    const auto ymd = civilDay(ms);
    return int(ymd.year()) * 12 + int(unsigned(ymd.month())) - 1;
}

qint64 monthStartMs(int index)
{
    using namespace std::chrono;
    const year_month_day ymd{year{index / 12}, month{unsigned(index % 12 + 1)}, day{1}};
    return qint64(sys_days{ymd}.time_since_epoch().count()) * kMsPerDay;
}

/// Days since the epoch of the Monday starting the ISO week containing `ms`.
qint64 weekStartDay(qint64 ms)
{
    const qint64 day = floorDiv(ms, kMsPerDay);
    // 1970-01-01 was a Thursday: (day + 3) mod 7 == 0 on Mondays.
    return day - ((day + 3) % 7 + 7) % 7;
}

struct Window {
    qint64 start;
    qint64 end;
};

/// Sorts and merges overlapping or touching windows in place.
void mergeWindows(std::vector<Window>& windows)
{
    if (windows.empty())
        return;
    std::sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) { return a.start < b.start; });
    std::size_t out = 0;
    for (std::size_t i = 1; i < windows.size(); ++i) {
        if (windows[i].start <= windows[out].end) {
            windows[out].end = std::max(windows[out].end, windows[i].end);
        } else {
            windows[++out] = windows[i];
        }
    }
    windows.resize(out + 1);
}

} // namespace

QString durationMetricKey(DurationMetric metric)
{
    switch (metric) {
    case DurationMetric::Ttd: return QStringLiteral("ttd");
    case DurationMetric::Tta: return QStringLiteral("tta");
    case DurationMetric::Ttm: return QStringLiteral("ttm");
    case DurationMetric::Ttr: return QStringLiteral("ttr");
    }
    return {};
}

QString durationMetricFormula(DurationMetric metric)
{
    switch (metric) {
    case DurationMetric::Ttd: return QCoreApplication::translate("warroom::Metrics", "TTD = detected_at − started_at");
    case DurationMetric::Tta: return QCoreApplication::translate("warroom::Metrics", "TTA = acknowledged_at − detected_at");
    case DurationMetric::Ttm: return QCoreApplication::translate("warroom::Metrics", "TTM = mitigated_at − started_at");
    case DurationMetric::Ttr: return QCoreApplication::translate("warroom::Metrics", "TTR = resolved_at − started_at");
    }
    return {};
}

std::optional<qint64> durationSeconds(const Incident& incident, DurationMetric metric)
{
    const QDateTime* from = nullptr;
    const QDateTime* to = nullptr;
    switch (metric) {
    case DurationMetric::Ttd: from = &incident.startedAt; to = &incident.detectedAt; break;
    case DurationMetric::Tta: from = &incident.detectedAt; to = &incident.acknowledgedAt; break;
    case DurationMetric::Ttm: from = &incident.startedAt; to = &incident.mitigatedAt; break;
    case DurationMetric::Ttr: from = &incident.startedAt; to = &incident.resolvedAt; break;
    }
    if (!from->isValid() || !to->isValid())
        return std::nullopt;
    return from->secsTo(*to);
}

double percentileSorted(const std::vector<double>& sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const auto lo = std::size_t(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted[lo];
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

DurationStats summarizeDurations(double* first, double* last, int noData)
{
    DurationStats s;
    s.noData = noData;
    const auto n = std::size_t(last - first);
    s.n = int(n);
    if (n == 0)
        return s;
    double sum = 0;
    for (const double* v = first; v != last; ++v) {
        sum += *v;
        s.negative += *v < 0 ? 1 : 0;
    }
    s.mean = sum / double(n);
    // Selection instead of a full sort. Each type-7 percentile needs x[k] and x[k+1]; after
    // selecting the p90 pivot everything left of it is smaller, so the median is selected
    // within that part only.
    const double h90 = double(n - 1) * 0.9;
    const auto k90 = std::size_t(std::floor(h90));
    std::nth_element(first, first + k90, last);
    const double lo90 = first[k90];
    const double hi90 = k90 + 1 < n ? *std::min_element(first + k90 + 1, last) : lo90;
    s.p90 = lo90 + (h90 - double(k90)) * (hi90 - lo90);

    const double h50 = double(n - 1) * 0.5;
    const auto k50 = std::size_t(std::floor(h50));
    std::nth_element(first, first + k50, first + k90 + 1);
    const double lo50 = first[k50];
    double hi50 = lo50;
    if (k50 + 1 < n)
        hi50 = k50 < k90 ? *std::min_element(first + k50 + 1, first + k90 + 1) : hi90;
    s.median = lo50 + (h50 - double(k50)) * (hi50 - lo50);
    return s;
}

DurationStats summarizeDurations(std::vector<double>& values, int noData)
{
    return summarizeDurations(values.data(), values.data() + values.size(), noData);
}

namespace {

/// Percentile p of `values[0, end)` by selection; reorders that range.
double selectPercentile(std::vector<double>& values, std::size_t end, double p)
{
    const double h = double(end - 1) * p;
    const auto k = std::size_t(std::floor(h));
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.begin() + qsizetype(end));
    const double lo = values[k];
    if (k + 1 >= end)
        return lo;
    const double hi = *std::min_element(values.begin() + qsizetype(k) + 1, values.begin() + qsizetype(end));
    return lo + (h - double(k)) * (hi - lo);
}

BoxStats boxStats(std::vector<double>& values)
{
    BoxStats b;
    b.n = int(values.size());
    if (values.empty())
        return b;
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    b.min = *mn;
    b.max = *mx;
    b.q3 = selectPercentile(values, values.size(), 0.75);
    b.median = selectPercentile(values, values.size(), 0.5);
    b.q1 = selectPercentile(values, values.size(), 0.25);
    return b;
}

} // namespace

MetricsEngine::MetricsEngine(const QList<Incident>& incidents)
{
    m_facts.reserve(std::size_t(incidents.size()));
    for (const Incident& i : incidents)
        upsert(i);
}

int MetricsEngine::serviceIndex(const QString& name)
{
    const auto it = m_serviceIndex.constFind(name);
    if (it != m_serviceIndex.cend())
        return *it;
    const int index = int(m_serviceNames.size());
    m_serviceNames.append(name);
    m_serviceIndex.insert(name, index);
    return index;
}

IncidentFacts incidentFacts(const Incident& incident, const std::function<int(const QString&)>& serviceIndex)
{
    IncidentFacts f;
    f.startedMs = msOf(incident.startedAt);
    f.detectedMs = msOf(incident.detectedAt);
    f.acknowledgedMs = msOf(incident.acknowledgedAt);
    f.mitigatedMs = msOf(incident.mitigatedAt);
    f.resolvedMs = msOf(incident.resolvedAt);
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    auto seconds = [](qint64 from, qint64 to) { return from == kNoTime || to == kNoTime ? nan : double(to - from) / 1000.0; };
    f.ttd = seconds(f.startedMs, f.detectedMs);
    f.tta = seconds(f.detectedMs, f.acknowledgedMs);
    f.ttm = seconds(f.startedMs, f.mitigatedMs);
    f.ttr = seconds(f.startedMs, f.resolvedMs);
    f.severity = incident.severity;
    if (f.startedMs != kNoTime) {
        f.month = monthIndex(f.startedMs);
        f.weekStartDay = weekStartDay(f.startedMs);
    }
    f.services.reserve(std::size_t(incident.services.size()));
    for (const QString& s : incident.services) {
        const int index = serviceIndex(s);
        if (std::find(f.services.begin(), f.services.end(), index) == f.services.end())
            f.services.push_back(index);
    }
    return f;
}

void MetricsEngine::upsert(const Incident& incident)
{
    IncidentFacts facts = incidentFacts(incident, [this](const QString& name) { return serviceIndex(name); });
    m_maxSeverity = std::max(m_maxSeverity, incident.severity);
    const auto it = m_indexById.constFind(incident.id);
    if (it != m_indexById.cend()) {
        m_facts[std::size_t(*it)] = std::move(facts);
        return;
    }
    m_indexById.insert(incident.id, qsizetype(m_facts.size()));
    m_facts.push_back(std::move(facts));
}

void MetricsEngine::remove(const QUuid& id)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    const qsizetype index = *it;
    const qsizetype last = qsizetype(m_facts.size()) - 1;
    m_indexById.erase(it);
    if (index != last) {
        m_facts[std::size_t(index)] = std::move(m_facts[std::size_t(last)]);
        for (auto j = m_indexById.begin(); j != m_indexById.end(); ++j) {
            if (*j == last) {
                *j = index;
                break;
            }
        }
    }
    m_facts.pop_back();
}

QDateTime MetricsEngine::earliestStart() const
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const IncidentFacts& f : m_facts) {
        if (f.startedMs != kNoTime)
            earliest = std::min(earliest, f.startedMs);
    }
    return earliest == std::numeric_limits<qint64>::max() ? QDateTime() : timeOf(earliest);
}

namespace {

/// Values of one duration metric grouped by bucket (month, week or service) in one array:
/// bucket b's values are values[offset[b], end[b]). Sized up front from counts, so filling
/// is a store per value, with no allocation.
struct Grouped {
    std::vector<double> values;
    std::vector<std::size_t> offset, end;
    std::vector<int> noData;

    void init(const std::vector<int>& counts)
    {
        offset.resize(counts.size());
        std::size_t total = 0;
        for (std::size_t b = 0; b < counts.size(); ++b) {
            offset[b] = total;
            total += std::size_t(counts[b]);
        }
        end = offset;
        values.resize(total);
        noData.assign(counts.size(), 0);
    }
    void add(std::size_t bucket, double v)
    {
        if (std::isnan(v))
            ++noData[bucket];
        else
            values[end[bucket]++] = v;
    }
    DurationStats stats(std::size_t bucket)
    {
        return summarizeDurations(values.data() + offset[bucket], values.data() + end[bucket], noData[bucket]);
    }
};

} // namespace

MetricsReport MetricsEngine::compute(const MetricsQuery& query) const
{
    MetricsReport report;
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    const qint64 toMs = query.to.isValid() ? msOf(query.to) : msOf(now);
    qint64 fromMs = msOf(query.from);
    if (fromMs == kNoTime) {
        const QDateTime earliest = earliestStart();
        fromMs = earliest.isValid() ? msOf(earliest) : toMs;
    }
    report.from = timeOf(fromMs);
    report.to = timeOf(toMs);

    int onlyService = -1;
    if (!query.service.isEmpty()) {
        onlyService = m_serviceIndex.value(query.service, -2);
        if (onlyService == -2)
            return report;   // no incident names this service
    }

    // Buckets spanning the whole window, including empty ones.
    const bool anyWindow = toMs > fromMs;
    const int firstMonth = monthIndex(fromMs);
    const auto monthCount = std::size_t(anyWindow ? monthIndex(toMs - 1) - firstMonth + 1 : 0);
    const qint64 firstWeekDay = weekStartDay(fromMs);
    const auto weekCount =
        std::size_t(anyWindow && query.weekly ? (weekStartDay(toMs - 1) - firstWeekDay) / 7 + 1 : 0);
    const auto levels = std::size_t(m_maxSeverity + 1);
    const auto serviceCount = std::size_t(m_serviceNames.size());

    // Pass 1: select, and count per bucket so that pass 2 writes into exact-size arrays.
    std::vector<const IncidentFacts*> selected;
    selected.reserve(m_facts.size());
    std::vector<int> severityTotal(levels, 0);
    std::vector<int> monthSeverity(monthCount * levels, 0);
    std::vector<int> weekSeverity(weekCount * levels, 0);
    std::vector<int> monthIncidents(monthCount, 0), weekIncidents(weekCount, 0), serviceIncidents(serviceCount, 0);
    for (const IncidentFacts& f : m_facts) {
        if (f.startedMs == kNoTime || f.startedMs < fromMs || f.startedMs >= toMs)
            continue;
        if (query.severity > 0 && f.severity != query.severity)
            continue;
        if (onlyService >= 0 && std::find(f.services.begin(), f.services.end(), onlyService) == f.services.end())
            continue;
        selected.push_back(&f);
        const auto sev = std::size_t(std::max(f.severity, 0));
        ++severityTotal[sev];
        const auto m = std::size_t(f.month - firstMonth);
        ++monthIncidents[m];
        ++monthSeverity[m * levels + sev];
        if (weekCount > 0) {
            const auto w = std::size_t((f.weekStartDay - firstWeekDay) / 7);
            ++weekIncidents[w];
            ++weekSeverity[w * levels + sev];
        }
        for (int s : f.services)
            ++serviceIncidents[std::size_t(s)];
    }
    if (onlyService >= 0) {
        for (std::size_t s = 0; s < serviceCount; ++s)
            serviceIncidents[s] = int(s) == onlyService ? serviceIncidents[s] : 0;
    }
    report.incidents = int(selected.size());

    // Pass 2: values into their groups.
    const std::vector<int> all{report.incidents};
    Grouped ttd, tta, ttm, ttr;
    for (Grouped* g : {&ttd, &tta, &ttm, &ttr})
        g->init(all);
    Grouped monthTta, monthTtm, monthTtr, weekTta, weekTtm, weekTtr, serviceTtr;
    for (Grouped* g : {&monthTta, &monthTtm, &monthTtr})
        g->init(monthIncidents);
    for (Grouped* g : {&weekTta, &weekTtm, &weekTtr})
        g->init(weekIncidents);
    serviceTtr.init(serviceIncidents);
    std::vector<std::vector<Window>> impact(serviceCount), down(serviceCount);
    for (std::size_t s = 0; s < serviceCount; ++s)
        impact[s].reserve(std::size_t(serviceIncidents[s]));
    std::vector<int> ttrCounts(levels, 0);
    for (const IncidentFacts* f : selected)
        ttrCounts[std::size_t(std::max(f->severity, 0))] += std::isnan(f->ttr) ? 0 : 1;
    Grouped ttrBySeverity;
    ttrBySeverity.init(ttrCounts);

    for (const IncidentFacts* f : selected) {
        ttd.add(0, f->ttd);
        tta.add(0, f->tta);
        ttm.add(0, f->ttm);
        ttr.add(0, f->ttr);
        if (!std::isnan(f->ttr))
            ttrBySeverity.add(std::size_t(std::max(f->severity, 0)), f->ttr);
        const auto m = std::size_t(f->month - firstMonth);
        monthTta.add(m, f->tta);
        monthTtm.add(m, f->ttm);
        monthTtr.add(m, f->ttr);
        if (weekCount > 0) {
            const auto w = std::size_t((f->weekStartDay - firstWeekDay) / 7);
            weekTta.add(w, f->tta);
            weekTtm.add(w, f->ttm);
            weekTtr.add(w, f->ttr);
        }
        // Impact window [started, resolved), open until `to`; a negative one is empty.
        const qint64 end = std::max(f->startedMs, f->resolvedMs != kNoTime ? f->resolvedMs : toMs);
        for (int s : f->services) {
            if (onlyService >= 0 && s != onlyService)
                continue;
            const auto si = std::size_t(s);
            serviceTtr.add(si, f->ttr);
            impact[si].push_back({f->startedMs, end});
            if (f->severity == 1 || f->severity == 2)
                down[si].push_back({f->startedMs, std::min(end, toMs)});
        }
    }

    auto severityMap = [levels](const int* counts) {
        QMap<int, int> map;
        for (std::size_t l = 0; l < levels; ++l) {
            if (counts[l] > 0)
                map.insert(int(l), counts[l]);
        }
        return map;
    };
    report.bySeverity = severityMap(severityTotal.data());
    report.ttd = ttd.stats(0);
    report.tta = tta.stats(0);
    report.ttm = ttm.stats(0);
    report.ttr = ttr.stats(0);

    report.byMonth.resize(qsizetype(monthCount));
    for (std::size_t i = 0; i < monthCount; ++i) {
        MetricsBucket& b = report.byMonth[qsizetype(i)];
        b.start = timeOf(monthStartMs(firstMonth + int(i)));
        b.label = b.start.toString(QStringLiteral("yyyy-MM"));
        b.incidents = monthIncidents[i];
        b.bySeverity = severityMap(monthSeverity.data() + i * levels);
        b.tta = monthTta.stats(i);
        b.ttm = monthTtm.stats(i);
        b.ttr = monthTtr.stats(i);
    }
    report.byWeek.resize(qsizetype(weekCount));
    for (std::size_t i = 0; i < weekCount; ++i) {
        MetricsBucket& b = report.byWeek[qsizetype(i)];
        b.start = timeOf((firstWeekDay + 7 * qint64(i)) * kMsPerDay);
        int isoYear = 0;
        const int week = b.start.date().weekNumber(&isoYear);
        b.label = QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
        b.incidents = weekIncidents[i];
        b.bySeverity = severityMap(weekSeverity.data() + i * levels);
        b.tta = weekTta.stats(i);
        b.ttm = weekTtm.stats(i);
        b.ttr = weekTtr.stats(i);
    }

    const double windowSeconds = double(toMs - fromMs) / 1000.0;
    for (std::size_t s = 0; s < serviceCount; ++s) {
        if (serviceIncidents[s] == 0)
            continue;
        ServiceMetrics sm;
        sm.incidents = serviceIncidents[s];
        sm.ttr = serviceTtr.stats(s);
        mergeWindows(impact[s]);
        if (impact[s].size() >= 2) {
            double gaps = 0;
            for (std::size_t k = 1; k < impact[s].size(); ++k)
                gaps += double(impact[s][k].start - impact[s][k - 1].end) / 1000.0;
            sm.mtbfSeconds = gaps / double(impact[s].size() - 1);
        }
        mergeWindows(down[s]);
        double downMs = 0;
        for (const Window& w : down[s]) {
            const qint64 a = std::max(w.start, fromMs);
            const qint64 b = std::min(w.end, toMs);
            if (b > a)
                downMs += double(b - a);
        }
        sm.downtimeSeconds = downMs / 1000.0;
        sm.availability = windowSeconds > 0 ? 1.0 - sm.downtimeSeconds / windowSeconds : 1.0;
        report.byService.insert(m_serviceNames[qsizetype(s)], sm);
    }
    for (std::size_t l = 0; l < levels; ++l) {
        if (ttrCounts[l] > 0) {
            std::vector<double> values(ttrBySeverity.values.begin() + qsizetype(ttrBySeverity.offset[l]),
                                       ttrBySeverity.values.begin() + qsizetype(ttrBySeverity.end[l]));
            report.ttrBySeverity.insert(int(l), boxStats(values));
        }
    }
    return report;
}

MetricsReport computeMetrics(const QList<Incident>& incidents, const MetricsQuery& query)
{
    return MetricsEngine(incidents).compute(query);
}

} // namespace warroom
