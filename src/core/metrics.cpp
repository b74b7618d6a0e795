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

void addValue(std::vector<double>& values, int& noData, qint64 a, qint64 b)
{
    if (a == kNoTime || b == kNoTime)
        ++noData;
    else
        values.push_back(double(b - a) / 1000.0);
}

struct Accumulator {
    std::vector<double> ttd, tta, ttm, ttr;
    int ttdNoData = 0, ttaNoData = 0, ttmNoData = 0, ttrNoData = 0;

    void add(const IncidentFacts& f, bool withTtdTta)
    {
        if (withTtdTta) {
            addValue(ttd, ttdNoData, f.startedMs, f.detectedMs);
            addValue(tta, ttaNoData, f.detectedMs, f.acknowledgedMs);
        }
        addValue(ttm, ttmNoData, f.startedMs, f.mitigatedMs);
        addValue(ttr, ttrNoData, f.startedMs, f.resolvedMs);
    }
};

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

DurationStats summarizeDurations(std::vector<double>& values, int noData)
{
    DurationStats s;
    s.noData = noData;
    s.n = int(values.size());
    if (values.empty())
        return s;
    double sum = 0;
    for (double v : values) {
        sum += v;
        if (v < 0)
            ++s.negative;
    }
    s.mean = sum / double(values.size());
    // Selection instead of a full sort: each percentile needs x[k] and x[k+1].
    auto percentile = [&values](double p) {
        const double h = double(values.size() - 1) * p;
        const auto k = std::size_t(std::floor(h));
        std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
        const double lo = values[k];
        if (k + 1 >= values.size())
            return lo;
        const double hi = *std::min_element(values.begin() + qsizetype(k) + 1, values.end());
        return lo + (h - double(k)) * (hi - lo);
    };
    s.p90 = percentile(0.9);
    s.median = percentile(0.5);
    return s;
}

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

IncidentFacts MetricsEngine::factsOf(const Incident& incident, MetricsEngine& engine)
{
    IncidentFacts f;
    f.startedMs = msOf(incident.startedAt);
    f.detectedMs = msOf(incident.detectedAt);
    f.acknowledgedMs = msOf(incident.acknowledgedAt);
    f.mitigatedMs = msOf(incident.mitigatedAt);
    f.resolvedMs = msOf(incident.resolvedAt);
    f.severity = incident.severity;
    f.services.reserve(std::size_t(incident.services.size()));
    for (const QString& s : incident.services) {
        const int index = engine.serviceIndex(s);
        if (std::find(f.services.begin(), f.services.end(), index) == f.services.end())
            f.services.push_back(index);
    }
    return f;
}

void MetricsEngine::upsert(const Incident& incident)
{
    IncidentFacts facts = factsOf(incident, *this);
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
    const int monthCount = anyWindow ? monthIndex(toMs - 1) - firstMonth + 1 : 0;
    const qint64 firstWeekDay = weekStartDay(fromMs);
    const int weekCount = anyWindow ? int((weekStartDay(toMs - 1) - firstWeekDay) / 7 + 1) : 0;
    std::vector<Accumulator> monthAcc(std::size_t(std::max(monthCount, 0)));
    std::vector<Accumulator> weekAcc(std::size_t(std::max(weekCount, 0)));
    report.byMonth.resize(monthCount);
    report.byWeek.resize(weekCount);

    Accumulator overall;
    const auto serviceCount = std::size_t(m_serviceNames.size());
    std::vector<Accumulator> serviceAcc(serviceCount);
    std::vector<int> serviceIncidents(serviceCount, 0);
    std::vector<std::vector<Window>> impact(serviceCount);
    std::vector<std::vector<Window>> down(serviceCount);
    QMap<int, std::vector<double>> ttrBySeverity;

    for (const IncidentFacts& f : m_facts) {
        if (f.startedMs == kNoTime || f.startedMs < fromMs || f.startedMs >= toMs)
            continue;
        if (query.severity > 0 && f.severity != query.severity)
            continue;
        if (onlyService >= 0 && std::find(f.services.begin(), f.services.end(), onlyService) == f.services.end())
            continue;

        ++report.incidents;
        ++report.bySeverity[f.severity];
        overall.add(f, true);
        if (f.resolvedMs != kNoTime)
            ttrBySeverity[f.severity].push_back(double(f.resolvedMs - f.startedMs) / 1000.0);

        const auto m = std::size_t(monthIndex(f.startedMs) - firstMonth);
        ++report.byMonth[qsizetype(m)].incidents;
        ++report.byMonth[qsizetype(m)].bySeverity[f.severity];
        monthAcc[m].add(f, true);
        const auto w = std::size_t((weekStartDay(f.startedMs) - firstWeekDay) / 7);
        ++report.byWeek[qsizetype(w)].incidents;
        ++report.byWeek[qsizetype(w)].bySeverity[f.severity];
        weekAcc[w].add(f, true);

        // Impact window [started, resolved), open until `to`; a negative one is empty.
        const qint64 end = std::max(f.startedMs, f.resolvedMs != kNoTime ? f.resolvedMs : toMs);
        for (int s : f.services) {
            if (onlyService >= 0 && s != onlyService)
                continue;
            const auto si = std::size_t(s);
            ++serviceIncidents[si];
            addValue(serviceAcc[si].ttr, serviceAcc[si].ttrNoData, f.startedMs, f.resolvedMs);
            impact[si].push_back({f.startedMs, end});
            if (f.severity == 1 || f.severity == 2)
                down[si].push_back({f.startedMs, std::min(end, toMs)});
        }
    }

    report.ttd = summarizeDurations(overall.ttd, overall.ttdNoData);
    report.tta = summarizeDurations(overall.tta, overall.ttaNoData);
    report.ttm = summarizeDurations(overall.ttm, overall.ttmNoData);
    report.ttr = summarizeDurations(overall.ttr, overall.ttrNoData);

    for (int i = 0; i < monthCount; ++i) {
        MetricsBucket& b = report.byMonth[i];
        const qint64 start = monthStartMs(firstMonth + i);
        b.start = timeOf(start);
        b.label = b.start.toString(QStringLiteral("yyyy-MM"));
        Accumulator& a = monthAcc[std::size_t(i)];
        b.tta = summarizeDurations(a.tta, a.ttaNoData);
        b.ttm = summarizeDurations(a.ttm, a.ttmNoData);
        b.ttr = summarizeDurations(a.ttr, a.ttrNoData);
    }
    for (int i = 0; i < weekCount; ++i) {
        MetricsBucket& b = report.byWeek[i];
        b.start = timeOf((firstWeekDay + 7LL * i) * kMsPerDay);
        int isoYear = 0;
        const int week = b.start.date().weekNumber(&isoYear);
        b.label = QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
        Accumulator& a = weekAcc[std::size_t(i)];
        b.tta = summarizeDurations(a.tta, a.ttaNoData);
        b.ttm = summarizeDurations(a.ttm, a.ttmNoData);
        b.ttr = summarizeDurations(a.ttr, a.ttrNoData);
    }

    const double windowSeconds = double(toMs - fromMs) / 1000.0;
    for (std::size_t s = 0; s < serviceCount; ++s) {
        if (serviceIncidents[s] == 0)
            continue;
        ServiceMetrics sm;
        sm.incidents = serviceIncidents[s];
        sm.ttr = summarizeDurations(serviceAcc[s].ttr, serviceAcc[s].ttrNoData);
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
    for (auto it = ttrBySeverity.begin(); it != ttrBySeverity.end(); ++it)
        std::sort(it->begin(), it->end());
    report.ttrBySeverity = std::move(ttrBySeverity);
    return report;
}

MetricsReport computeMetrics(const QList<Incident>& incidents, const MetricsQuery& query)
{
    return MetricsEngine(incidents).compute(query);
}

} // namespace warroom
