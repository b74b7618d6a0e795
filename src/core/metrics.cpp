#include "metrics.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
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

/// Merges overlapping or touching windows in place; the input is sorted by start.
void mergeSortedWindows(std::vector<Window>& windows)
{
    if (windows.empty())
        return;
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

MetricsEngine::MetricsEngine(const QList<Incident>& incidents)
{
    m_facts.reserve(std::size_t(incidents.size()));
    m_ids.reserve(std::size_t(incidents.size()));
    for (const Incident& i : incidents) {
        const auto it = m_indexById.constFind(i.id);
        IncidentFacts facts = incidentFacts(i, [this](const QString& name) { return serviceIndex(name); });
        m_maxSeverity = std::max(m_maxSeverity, i.severity);
        if (it != m_indexById.cend()) {
            m_facts[std::size_t(*it)] = std::move(facts);
            continue;
        }
        m_indexById.insert(i.id, qsizetype(m_facts.size()));
        m_ids.push_back(i.id);
        m_facts.push_back(std::move(facts));
    }
    rebuildOrders();
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

namespace {

double metricValue(const IncidentFacts& f, int metric)
{
    switch (metric) {
    case 0: return f.ttd;
    case 1: return f.tta;
    case 2: return f.ttm;
    default: return f.ttr;
    }
}

} // namespace

void MetricsEngine::rebuildOrders()
{
    for (int m = 0; m < 4; ++m) {
        m_sorted[m].clear();
        for (std::size_t i = 0; i < m_facts.size(); ++i) {
            const double v = metricValue(m_facts[i], m);
            if (!std::isnan(v))
                m_sorted[m].push_back({v, quint32(i)});
        }
        std::sort(m_sorted[m].begin(), m_sorted[m].end(), [](const Ranked& a, const Ranked& b) { return a.value < b.value; });
    }
    m_byStart.clear();
    for (std::size_t i = 0; i < m_facts.size(); ++i) {
        if (m_facts[i].startedMs != kNoTime)
            m_byStart.push_back(quint32(i));
    }
    std::sort(m_byStart.begin(), m_byStart.end(),
              [this](quint32 a, quint32 b) { return m_facts[a].startedMs < m_facts[b].startedMs; });
}

void MetricsEngine::addToOrders(quint32 fact)
{
    const IncidentFacts& f = m_facts[fact];
    for (int m = 0; m < 4; ++m) {
        const double v = metricValue(f, m);
        if (std::isnan(v))
            continue;
        auto& sorted = m_sorted[m];
        const auto pos = std::upper_bound(sorted.begin(), sorted.end(), v,
                                          [](double value, const Ranked& r) { return value < r.value; });
        sorted.insert(pos, Ranked{v, fact});
    }
    if (f.startedMs != kNoTime) {
        const auto pos = std::upper_bound(m_byStart.begin(), m_byStart.end(), f.startedMs,
                                          [this](qint64 start, quint32 i) { return start < m_facts[i].startedMs; });
        m_byStart.insert(pos, fact);
    }
}

std::vector<MetricsEngine::Ranked>::iterator MetricsEngine::findRanked(int metric, double value, quint32 fact)
{
    auto& sorted = m_sorted[metric];
    auto it = std::lower_bound(sorted.begin(), sorted.end(), value,
                               [](const Ranked& r, double v) { return r.value < v; });
    while (it != sorted.end() && it->value == value && it->fact != fact)
        ++it;
    return it != sorted.end() && it->fact == fact ? it : sorted.end();
}

std::vector<quint32>::iterator MetricsEngine::findByStart(quint32 fact)
{
    const qint64 start = m_facts[fact].startedMs;
    auto it = std::lower_bound(m_byStart.begin(), m_byStart.end(), start,
                               [this](quint32 i, qint64 t) { return m_facts[i].startedMs < t; });
    while (it != m_byStart.end() && *it != fact && m_facts[*it].startedMs == start)
        ++it;
    return it != m_byStart.end() && *it == fact ? it : m_byStart.end();
}

void MetricsEngine::removeFromOrders(quint32 fact)
{
    const IncidentFacts& f = m_facts[fact];
    for (int m = 0; m < 4; ++m) {
        const double v = metricValue(f, m);
        if (std::isnan(v))
            continue;
        if (auto it = findRanked(m, v, fact); it != m_sorted[m].end())
            m_sorted[m].erase(it);
    }
    if (f.startedMs != kNoTime) {
        if (auto it = findByStart(fact); it != m_byStart.end())
            m_byStart.erase(it);
    }
}

void MetricsEngine::renumberInOrders(quint32 from, quint32 to)
{
    // Called before m_facts[from] moves to index `to`; the values are m_facts[from]'s.
    const IncidentFacts& f = m_facts[from];
    for (int m = 0; m < 4; ++m) {
        const double v = metricValue(f, m);
        if (std::isnan(v))
            continue;
        if (auto it = findRanked(m, v, from); it != m_sorted[m].end())
            it->fact = to;
    }
    if (f.startedMs != kNoTime) {
        if (auto it = findByStart(from); it != m_byStart.end())
            *it = to;
    }
}

void MetricsEngine::upsert(const Incident& incident)
{
    IncidentFacts facts = incidentFacts(incident, [this](const QString& name) { return serviceIndex(name); });
    m_maxSeverity = std::max(m_maxSeverity, incident.severity);
    const auto it = m_indexById.constFind(incident.id);
    if (it != m_indexById.cend()) {
        const auto index = quint32(*it);
        removeFromOrders(index);
        m_facts[index] = std::move(facts);
        addToOrders(index);
        return;
    }
    const auto index = quint32(m_facts.size());
    m_indexById.insert(incident.id, qsizetype(index));
    m_ids.push_back(incident.id);
    m_facts.push_back(std::move(facts));
    addToOrders(index);
}

void MetricsEngine::remove(const QUuid& id)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    const auto index = quint32(*it);
    const auto last = quint32(m_facts.size() - 1);
    m_indexById.erase(it);
    removeFromOrders(index);
    if (index != last) {
        renumberInOrders(last, index);
        m_facts[index] = std::move(m_facts[last]);
        m_ids[index] = m_ids[last];
        m_indexById[m_ids[index]] = qsizetype(index);
    }
    m_facts.pop_back();
    m_ids.pop_back();
}

QDateTime MetricsEngine::earliestStart() const
{
    return m_byStart.empty() ? QDateTime() : timeOf(m_facts[m_byStart.front()].startedMs);
}

namespace {

/// Collects the values at chosen ranks of one group while a sorted metric is walked.
struct RankCapture {
    int n = 0;        ///< values in the group (known after pass 1)
    int seen = 0;
    int count = 0;
    std::array<int, 8> ranks{};
    std::array<double, 8> values{};

    void want(int rank)
    {
        if (rank < 0 || rank >= n)
            return;
        for (int i = 0; i < count; ++i) {
            if (ranks[std::size_t(i)] == rank)
                return;
        }
        ranks[std::size_t(count++)] = rank;
    }
    /// Ranks for the type-7 percentile p: floor(h) and floor(h) + 1.
    void wantPercentile(double p)
    {
        if (n == 0)
            return;
        const auto k = int(std::floor(double(n - 1) * p));
        want(k);
        want(k + 1);
    }
    void offer(double v)
    {
        for (int i = 0; i < count; ++i) {
            if (ranks[std::size_t(i)] == seen)
                values[std::size_t(i)] = v;
        }
        ++seen;
    }
    double at(int rank) const
    {
        for (int i = 0; i < count; ++i) {
            if (ranks[std::size_t(i)] == rank)
                return values[std::size_t(i)];
        }
        return 0;
    }
    double percentile(double p) const
    {
        const double h = double(n - 1) * p;
        const auto k = int(std::floor(h));
        const double lo = at(k);
        const double hi = k + 1 < n ? at(k + 1) : lo;
        return lo + (h - double(k)) * (hi - lo);
    }
};

/// Counts and sums of one group for one metric (pass 1), then its ranks (pass 2).
struct Group {
    int noData = 0;
    int negative = 0;
    double sum = 0;
    RankCapture ranks;

    void add(double v)
    {
        if (std::isnan(v)) {
            ++noData;
            return;
        }
        ++ranks.n;
        sum += v;
        negative += v < 0 ? 1 : 0;
    }
    void prepare()
    {
        ranks.wantPercentile(0.5);
        ranks.wantPercentile(0.9);
    }
    DurationStats stats() const
    {
        DurationStats s;
        s.n = ranks.n;
        s.noData = noData;
        s.negative = negative;
        if (s.n > 0) {
            s.mean = sum / double(s.n);
            s.median = ranks.percentile(0.5);
            s.p90 = ranks.percentile(0.9);
        }
        return s;
    }
};

} // namespace

std::pair<qint64, qint64> MetricsEngine::resolveWindow(const MetricsQuery& query) const
{
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    const qint64 toMs = query.to.isValid() ? msOf(query.to) : msOf(now);
    qint64 fromMs = msOf(query.from);
    if (fromMs == kNoTime)
        fromMs = m_byStart.empty() ? toMs : m_facts[m_byStart.front()].startedMs;
    return {fromMs, toMs};
}

std::pair<int, std::optional<double>> MetricsEngine::countAndMeanTtr(const MetricsQuery& query) const
{
    const auto [fromMs, toMs] = resolveWindow(query);
    const int onlyService = query.service.isEmpty() ? -1 : m_serviceIndex.value(query.service, -2);
    if (onlyService == -2)
        return {0, std::nullopt};
    const auto begin = std::lower_bound(m_byStart.begin(), m_byStart.end(), fromMs,
                                        [this](quint32 i, qint64 t) { return m_facts[i].startedMs < t; });
    const auto end = std::lower_bound(begin, m_byStart.end(), toMs,
                                      [this](quint32 i, qint64 t) { return m_facts[i].startedMs < t; });
    int count = 0;
    int resolved = 0;
    double sum = 0;
    for (auto it = begin; it != end; ++it) {
        const IncidentFacts& f = m_facts[*it];
        if ((query.severity > 0 && f.severity != query.severity)
            || (onlyService >= 0 && std::find(f.services.begin(), f.services.end(), onlyService) == f.services.end()))
            continue;
        ++count;
        if (!std::isnan(f.ttr)) {
            ++resolved;
            sum += f.ttr;
        }
    }
    return {count, resolved > 0 ? std::optional<double>(sum / resolved) : std::nullopt};
}

MetricsReport MetricsEngine::compute(const MetricsQuery& query) const
{
    MetricsReport report;
    const auto [fromMs, toMs] = resolveWindow(query);
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
    const int weekCount = anyWindow && query.weekly ? int((weekStartDay(toMs - 1) - firstWeekDay) / 7 + 1) : 0;
    const int levels = m_maxSeverity + 1;
    const int serviceCount = int(m_serviceNames.size());
    const auto u = [](int i) { return std::size_t(i); };

    // Per fact, what pass 2 needs, compact so that its random accesses stay in cache: the
    // month (-1 when not selected) and week bucket, the severity and the fact's services as a
    // range of `serviceList`.
    struct Selected {
        int month = -1;
        int week = 0;
        int severity = 0;
        int servicesBegin = 0;
        int servicesEnd = 0;
    };
    std::vector<Selected> selection(m_facts.size());
    std::vector<int> serviceList;
    serviceList.reserve(m_facts.size() * 2);

    Group overall[4];
    std::vector<Group> monthGroups(u(monthCount) * 3), weekGroups(u(weekCount) * 3);   // tta, ttm, ttr
    std::vector<Group> serviceTtr(u(serviceCount)), severityTtr(u(levels));
    std::vector<int> severityTotal(u(levels), 0), monthSeverity(u(monthCount * levels), 0),
        weekSeverity(u(weekCount * levels), 0), monthIncidents(u(monthCount), 0), weekIncidents(u(weekCount), 0),
        serviceIncidents(u(serviceCount), 0);
    std::vector<std::vector<Window>> impact(u(serviceCount)), down(u(serviceCount));

    // Pass 1: the incidents that started inside the window, in start order.
    const auto begin = std::lower_bound(m_byStart.begin(), m_byStart.end(), fromMs,
                                        [this](quint32 i, qint64 t) { return m_facts[i].startedMs < t; });
    const auto end = std::lower_bound(begin, m_byStart.end(), toMs,
                                      [this](quint32 i, qint64 t) { return m_facts[i].startedMs < t; });
    for (auto it = begin; it != end; ++it) {
        const IncidentFacts& f = m_facts[*it];
        if (query.severity > 0 && f.severity != query.severity)
            continue;
        if (onlyService >= 0 && std::find(f.services.begin(), f.services.end(), onlyService) == f.services.end())
            continue;
        ++report.incidents;
        const int sev = std::max(f.severity, 0);
        ++severityTotal[u(sev)];
        overall[0].add(f.ttd);
        overall[1].add(f.tta);
        overall[2].add(f.ttm);
        overall[3].add(f.ttr);
        if (!std::isnan(f.ttr))
            severityTtr[u(sev)].add(f.ttr);

        const int m = f.month - firstMonth;
        Selected& sel = selection[*it];
        sel.month = m;
        sel.severity = sev;
        ++monthIncidents[u(m)];
        ++monthSeverity[u(m * levels + sev)];
        monthGroups[u(m * 3)].add(f.tta);
        monthGroups[u(m * 3 + 1)].add(f.ttm);
        monthGroups[u(m * 3 + 2)].add(f.ttr);
        if (weekCount > 0) {
            const int w = int((f.weekStartDay - firstWeekDay) / 7);
            sel.week = w;
            ++weekIncidents[u(w)];
            ++weekSeverity[u(w * levels + sev)];
            weekGroups[u(w * 3)].add(f.tta);
            weekGroups[u(w * 3 + 1)].add(f.ttm);
            weekGroups[u(w * 3 + 2)].add(f.ttr);
        }

        // Impact window [started, resolved), open until `to`; a negative one is empty. Pass 1
        // runs in start order, so each service's windows arrive sorted.
        const qint64 impactEnd = std::max(f.startedMs, f.resolvedMs != kNoTime ? f.resolvedMs : toMs);
        sel.servicesBegin = int(serviceList.size());
        for (int s : f.services) {
            if (onlyService >= 0 && s != onlyService)
                continue;
            serviceList.push_back(s);
            ++serviceIncidents[u(s)];
            serviceTtr[u(s)].add(f.ttr);
            impact[u(s)].push_back({f.startedMs, impactEnd});
            if (f.severity == 1 || f.severity == 2)
                down[u(s)].push_back({f.startedMs, std::min(impactEnd, toMs)});
        }
        sel.servicesEnd = int(serviceList.size());
    }

    // Pass 2: walk each metric's sorted values once, handing each selected value to its groups.
    for (Group& g : overall)
        g.prepare();
    for (std::vector<Group>* groups : {&monthGroups, &weekGroups, &serviceTtr}) {
        for (Group& g : *groups)
            g.prepare();
    }
    for (Group& g : severityTtr) {
        g.ranks.want(0);
        g.ranks.wantPercentile(0.25);
        g.ranks.wantPercentile(0.5);
        g.ranks.wantPercentile(0.75);
        g.ranks.want(g.ranks.n - 1);
    }
    for (int metric = 0; metric < 4; ++metric) {
        Group& all = overall[metric];
        const int slot = metric - 1;   // tta 0, ttm 1, ttr 2 in bucket groups
        for (const Ranked& r : m_sorted[metric]) {
            const Selected& sel = selection[r.fact];
            if (sel.month < 0)
                continue;
            all.ranks.offer(r.value);
            if (slot < 0)
                continue;
            monthGroups[u(sel.month * 3 + slot)].ranks.offer(r.value);
            if (weekCount > 0)
                weekGroups[u(sel.week * 3 + slot)].ranks.offer(r.value);
            if (metric == 3) {
                severityTtr[u(sel.severity)].ranks.offer(r.value);
                for (int k = sel.servicesBegin; k < sel.servicesEnd; ++k)
                    serviceTtr[u(serviceList[u(k)])].ranks.offer(r.value);
            }
        }
    }

    auto severityMap = [levels](const int* counts) {
        QMap<int, int> map;
        for (int l = 0; l < levels; ++l) {
            if (counts[l] > 0)
                map.insert(l, counts[l]);
        }
        return map;
    };
    report.bySeverity = severityMap(severityTotal.data());
    report.ttd = overall[0].stats();
    report.tta = overall[1].stats();
    report.ttm = overall[2].stats();
    report.ttr = overall[3].stats();

    report.byMonth.resize(monthCount);
    for (int i = 0; i < monthCount; ++i) {
        MetricsBucket& b = report.byMonth[i];
        b.start = timeOf(monthStartMs(firstMonth + i));
        b.label = b.start.toString(QStringLiteral("yyyy-MM"));
        b.incidents = monthIncidents[u(i)];
        b.bySeverity = severityMap(monthSeverity.data() + i * levels);
        b.tta = monthGroups[u(i * 3)].stats();
        b.ttm = monthGroups[u(i * 3 + 1)].stats();
        b.ttr = monthGroups[u(i * 3 + 2)].stats();
    }
    report.byWeek.resize(weekCount);
    for (int i = 0; i < weekCount; ++i) {
        MetricsBucket& b = report.byWeek[i];
        b.start = timeOf((firstWeekDay + 7 * qint64(i)) * kMsPerDay);
        int isoYear = 0;
        const int week = b.start.date().weekNumber(&isoYear);
        b.label = QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
        b.incidents = weekIncidents[u(i)];
        b.bySeverity = severityMap(weekSeverity.data() + i * levels);
        b.tta = weekGroups[u(i * 3)].stats();
        b.ttm = weekGroups[u(i * 3 + 1)].stats();
        b.ttr = weekGroups[u(i * 3 + 2)].stats();
    }

    const double windowSeconds = double(toMs - fromMs) / 1000.0;
    for (int s = 0; s < serviceCount; ++s) {
        if (serviceIncidents[u(s)] == 0)
            continue;
        ServiceMetrics sm;
        sm.incidents = serviceIncidents[u(s)];
        sm.ttr = serviceTtr[u(s)].stats();
        mergeSortedWindows(impact[u(s)]);
        if (impact[u(s)].size() >= 2) {
            double gaps = 0;
            for (std::size_t k = 1; k < impact[u(s)].size(); ++k)
                gaps += double(impact[u(s)][k].start - impact[u(s)][k - 1].end) / 1000.0;
            sm.mtbfSeconds = gaps / double(impact[u(s)].size() - 1);
        }
        mergeSortedWindows(down[u(s)]);
        double downMs = 0;
        for (const Window& w : down[u(s)]) {
            const qint64 a = std::max(w.start, fromMs);
            const qint64 b = std::min(w.end, toMs);
            if (b > a)
                downMs += double(b - a);
        }
        sm.downtimeSeconds = downMs / 1000.0;
        sm.availability = windowSeconds > 0 ? 1.0 - sm.downtimeSeconds / windowSeconds : 1.0;
        report.byService.insert(m_serviceNames[s], sm);
    }
    for (int l = 0; l < levels; ++l) {
        const RankCapture& c = severityTtr[u(l)].ranks;
        if (c.n == 0)
            continue;
        BoxStats b;
        b.n = c.n;
        b.min = c.at(0);
        b.q1 = c.percentile(0.25);
        b.median = c.percentile(0.5);
        b.q3 = c.percentile(0.75);
        b.max = c.at(c.n - 1);
        report.ttrBySeverity.insert(l, b);
    }
    return report;
}

MetricsReport computeMetrics(const QList<Incident>& incidents, const MetricsQuery& query)
{
    return MetricsEngine(incidents).compute(query);
}

} // namespace warroom
