#include "livemetrics.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace warroom {

namespace {

constexpr qint64 kNoTime = IncidentFacts::kNoTime;

/// Seconds as compute() derives them from milliseconds (incidentFacts()).
double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

qint64 msBetween(qint64 from, qint64 to)
{
    return from == kNoTime || to == kNoTime ? kNoTime : to - from;
}

template<class T>
void insertSorted(std::vector<T>& v, const T& x)
{
    v.insert(std::upper_bound(v.begin(), v.end(), x), x);
}

template<class T>
void eraseSorted(std::vector<T>& v, const T& x)
{
    const auto it = std::lower_bound(v.begin(), v.end(), x);
    Q_ASSERT(it != v.end() && *it == x);
    if (it != v.end() && *it == x)
        v.erase(it);
}

/// Replaces one `oldX` by `newX`, moving only the elements between the two positions.
template<class T>
void replaceSorted(std::vector<T>& v, const T& oldX, const T& newX)
{
    const auto it = std::lower_bound(v.begin(), v.end(), oldX);
    Q_ASSERT(it != v.end() && *it == oldX);
    if (it == v.end() || !(*it == oldX))
        return;
    if (oldX < newX) {
        // (it, j) holds values in [oldX, newX): shift them down one place.
        const auto j = std::lower_bound(it + 1, v.end(), newX);
        std::move(it + 1, j, it);
        *(j - 1) = newX;
    } else if (newX < oldX) {
        // [j, it) holds values in (newX, oldX): shift them up one place.
        const auto j = std::upper_bound(v.begin(), it, newX);
        std::move_backward(j, it, it + 1);
        *j = newX;
    }
}

/// Moves one value from group `from` (null: it was in none) to group `to` (null: it goes
/// to none); within one group this is a replacement.
template<class G, class V, class Replace, class Erase, class Insert>
void shiftValue(G* from, const V& oldV, G* to, const V& newV, Replace replace, Erase erase, Insert insert)
{
    if (from != nullptr && from == to) {
        replace(*from, oldV, newV);
        return;
    }
    if (from != nullptr)
        erase(*from, oldV);
    if (to != nullptr)
        insert(*to, newV);
}

bool contains(const std::vector<int>& v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

bool isDown(int severity)
{
    return severity == 1 || severity == 2;
}

} // namespace

// --- Group -------------------------------------------------------------------------------

void LiveMetrics::Group::add(qint64 ms)
{
    if (ms == kNoTime) {
        ++noData;
        return;
    }
    insertSorted(sorted, seconds(ms));
    sumMs += ms;
    negative += ms < 0 ? 1 : 0;
}

void LiveMetrics::Group::remove(qint64 ms)
{
    if (ms == kNoTime) {
        --noData;
        return;
    }
    eraseSorted(sorted, seconds(ms));
    sumMs -= ms;
    negative -= ms < 0 ? 1 : 0;
}

void LiveMetrics::Group::replace(qint64 oldMs, qint64 newMs)
{
    if (oldMs == newMs)
        return;
    if (oldMs == kNoTime || newMs == kNoTime) {
        remove(oldMs);
        add(newMs);
        return;
    }
    replaceSorted(sorted, seconds(oldMs), seconds(newMs));
    sumMs += WideSum(newMs) - WideSum(oldMs);
    negative += (newMs < 0 ? 1 : 0) - (oldMs < 0 ? 1 : 0);
}

void LiveMetrics::Group::append(qint64 ms)
{
    if (ms == kNoTime) {
        ++noData;
        return;
    }
    sorted.push_back(seconds(ms));
    sumMs += ms;
    negative += ms < 0 ? 1 : 0;
}

void LiveMetrics::Group::finishBuild()
{
    std::sort(sorted.begin(), sorted.end());
}

DurationStats LiveMetrics::Group::stats() const
{
    DurationStats s;
    s.n = int(sorted.size());
    s.noData = noData;
    s.negative = negative;
    if (sorted.empty())
        return s;
    s.mean = double(sumMs) / 1000.0 / double(sorted.size());
    s.median = percentileSorted(sorted, 0.5);
    s.p90 = percentileSorted(sorted, 0.9);
    return s;
}

// --- LiveMetrics -------------------------------------------------------------------------

LiveMetrics::LiveMetrics(const QList<Incident>& incidents, const MetricsQuery& query)
    : m_query(query)
{
    // The incidents as MetricsEngine holds them: the last one of each id.
    QHash<QUuid, qsizetype> last;
    last.reserve(incidents.size());
    for (qsizetype i = 0; i < incidents.size(); ++i)
        last.insert(incidents[i].id, i);

    // The window, resolved once as compute() resolves it.
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    m_toMs = query.to.isValid() ? query.to.toMSecsSinceEpoch() : now.toMSecsSinceEpoch();
    if (query.from.isValid()) {
        m_fromMs = query.from.toMSecsSinceEpoch();
    } else {
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (const qsizetype i : std::as_const(last)) {
            if (incidents[i].startedAt.isValid())
                earliest = std::min(earliest, incidents[i].startedAt.toMSecsSinceEpoch());
        }
        m_fromMs = earliest == std::numeric_limits<qint64>::max() ? m_toMs : earliest;
    }
    m_query.now = now;
    m_query.from = QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC);
    m_query.to = QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC);

    // The report's frame (window, labelled empty buckets) exactly as compute() lays it out.
    MetricsQuery frame;
    frame.from = m_query.from;
    frame.to = m_query.to;
    frame.now = now;
    frame.weekly = query.weekly;
    m_report = MetricsEngine().compute(frame);
    m_unknownService.from = m_report.from;
    m_unknownService.to = m_report.to;
    m_months.resize(std::size_t(m_report.byMonth.size()));
    m_weeks.resize(std::size_t(m_report.byWeek.size()));
    Incident probe;
    probe.startedAt = m_query.from;
    const IncidentFacts first = incidentFacts(probe, [](const QString&) { return 0; });
    m_firstMonth = first.month;
    m_firstWeekDay = first.weekStartDay;

    if (!query.service.isEmpty())
        m_onlyService = serviceIndex(query.service);

    // Bulk fill: append unsorted, sort every group once.
    m_entries.reserve(last.size());
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const Incident& incident = incidents[i];
        if (last.value(incident.id) != i)
            continue;
        const Entry& e = *m_entries.insert(incident.id, makeEntry(incident));
        m_filterServiceRefs += e.namesFilterService ? 1 : 0;
        if (!e.selected)
            continue;
        ++m_report.incidents;
        addCount(m_report.bySeverity, e.level, 1);
        m_ttd.append(e.ttd);
        m_tta.append(e.tta);
        m_ttm.append(e.ttm);
        m_ttr.append(e.ttr);
        MetricsBucket& month = m_report.byMonth[e.month];
        ++month.incidents;
        addCount(month.bySeverity, e.level, 1);
        BucketState& monthState = m_months[std::size_t(e.month)];
        monthState.tta.append(e.tta);
        monthState.ttm.append(e.ttm);
        monthState.ttr.append(e.ttr);
        if (e.week >= 0) {
            MetricsBucket& week = m_report.byWeek[e.week];
            ++week.incidents;
            addCount(week.bySeverity, e.level, 1);
            BucketState& weekState = m_weeks[std::size_t(e.week)];
            weekState.tta.append(e.tta);
            weekState.ttm.append(e.ttm);
            weekState.ttr.append(e.ttr);
        }
        for (const int s : e.services) {
            ServiceState& st = m_services[std::size_t(s)];
            ++st.incidents;
            st.ttr.append(e.ttr);
            st.impact.push_back(e.impact);
            if (isDown(e.severity))
                st.down.push_back(e.down);
        }
        if (e.ttr != kNoTime)
            m_ttrByLevel[e.level].push_back(seconds(e.ttr));
    }

    for (Group* g : {&m_ttd, &m_tta, &m_ttm, &m_ttr})
        g->finishBuild();
    refreshOverall();
    for (std::size_t b = 0; b < m_months.size(); ++b) {
        for (Group* g : {&m_months[b].tta, &m_months[b].ttm, &m_months[b].ttr})
            g->finishBuild();
        refreshMonth(int(b));
    }
    for (std::size_t b = 0; b < m_weeks.size(); ++b) {
        for (Group* g : {&m_weeks[b].tta, &m_weeks[b].ttm, &m_weeks[b].ttr})
            g->finishBuild();
        refreshWeek(int(b));
    }
    for (std::size_t s = 0; s < m_services.size(); ++s) {
        ServiceState& st = m_services[s];
        st.ttr.finishBuild();
        std::sort(st.impact.begin(), st.impact.end());
        std::sort(st.down.begin(), st.down.end());
        if (st.incidents > 0)
            refreshService(int(s));
    }
    for (auto& [level, values] : m_ttrByLevel) {
        std::sort(values.begin(), values.end());
        refreshSeverityBox(level);
    }
}

const MetricsReport& LiveMetrics::report() const
{
    // compute() returns only the window when no incident at all names the filtered service.
    return m_onlyService >= 0 && m_filterServiceRefs == 0 ? m_unknownService : m_report;
}

int LiveMetrics::serviceIndex(const QString& name)
{
    const auto it = m_serviceIndex.constFind(name);
    if (it != m_serviceIndex.cend())
        return *it;
    const int index = int(m_serviceNames.size());
    m_serviceNames.append(name);
    m_serviceIndex.insert(name, index);
    m_services.emplace_back();
    return index;
}

LiveMetrics::Entry LiveMetrics::makeEntry(const Incident& incident)
{
    const IncidentFacts f = incidentFacts(incident, [this](const QString& name) { return serviceIndex(name); });
    Entry e;
    e.severity = incident.severity;
    e.level = std::max(incident.severity, 0);
    e.ttd = msBetween(f.startedMs, f.detectedMs);
    e.tta = msBetween(f.detectedMs, f.acknowledgedMs);
    e.ttm = msBetween(f.startedMs, f.mitigatedMs);
    e.ttr = msBetween(f.startedMs, f.resolvedMs);
    e.namesFilterService = m_onlyService >= 0 && contains(f.services, m_onlyService);
    e.selected = f.startedMs != kNoTime && f.startedMs >= m_fromMs && f.startedMs < m_toMs
                 && (m_query.severity <= 0 || incident.severity == m_query.severity)
                 && (m_onlyService < 0 || e.namesFilterService);
    if (!e.selected)
        return e;
    e.month = f.month - m_firstMonth;
    Q_ASSERT(e.month >= 0 && std::size_t(e.month) < m_months.size());
    if (!m_weeks.empty()) {
        e.week = int((f.weekStartDay - m_firstWeekDay) / 7);
        Q_ASSERT(e.week >= 0 && std::size_t(e.week) < m_weeks.size());
    }
    // Impact [started, resolved), open until `to`; a negative one is empty.
    const qint64 end = std::max(f.startedMs, f.resolvedMs != kNoTime ? f.resolvedMs : m_toMs);
    e.impact = {f.startedMs, end};
    e.down = {f.startedMs, std::min(end, m_toMs)};
    if (m_onlyService >= 0)
        e.services = {m_onlyService};
    else
        e.services = f.services;
    return e;
}

void LiveMetrics::upsert(const Incident& incident)
{
    Entry after = makeEntry(incident);
    const auto it = m_entries.find(incident.id);
    if (it == m_entries.end()) {
        apply(nullptr, &after);
        m_entries.insert(incident.id, std::move(after));
        return;
    }
    apply(&*it, &after);
    *it = std::move(after);
}

void LiveMetrics::remove(const QUuid& id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    apply(&*it, nullptr);
    m_entries.erase(it);
}

void LiveMetrics::apply(const Entry* before, const Entry* after)
{
    if (m_onlyService >= 0) {
        m_filterServiceRefs += (after != nullptr && after->namesFilterService ? 1 : 0)
                               - (before != nullptr && before->namesFilterService ? 1 : 0);
    }
    const Entry* b = before != nullptr && before->selected ? before : nullptr;
    const Entry* a = after != nullptr && after->selected ? after : nullptr;
    if (b == nullptr && a == nullptr)
        return;

    auto replaceGroup = [](Group& g, qint64 o, qint64 n) { g.replace(o, n); };
    auto eraseGroup = [](Group& g, qint64 o) { g.remove(o); };
    auto insertGroup = [](Group& g, qint64 n) { g.add(n); };
    // One duration field from group `gb` (for b) to group `ga` (for a).
    auto shift = [&](Group* gb, Group* ga, qint64 Entry::*field) {
        shiftValue(b != nullptr ? gb : nullptr, b != nullptr ? b->*field : 0, a != nullptr ? ga : nullptr,
                   a != nullptr ? a->*field : 0, replaceGroup, eraseGroup, insertGroup);
    };

    // Overall.
    m_report.incidents += (a != nullptr ? 1 : 0) - (b != nullptr ? 1 : 0);
    if (b != nullptr)
        addCount(m_report.bySeverity, b->level, -1);
    if (a != nullptr)
        addCount(m_report.bySeverity, a->level, 1);
    shift(&m_ttd, &m_ttd, &Entry::ttd);
    shift(&m_tta, &m_tta, &Entry::tta);
    shift(&m_ttm, &m_ttm, &Entry::ttm);
    shift(&m_ttr, &m_ttr, &Entry::ttr);
    refreshOverall();

    // Month and week buckets.
    auto buckets = [&](std::vector<BucketState>& states, QList<MetricsBucket>& report, int Entry::*index,
                       void (LiveMetrics::*refresh)(int)) {
        const int ib = b != nullptr ? b->*index : -1;
        const int ia = a != nullptr ? a->*index : -1;
        if (ib < 0 && ia < 0)
            return;
        BucketState* sb = ib >= 0 ? &states[std::size_t(ib)] : nullptr;
        BucketState* sa = ia >= 0 ? &states[std::size_t(ia)] : nullptr;
        shift(sb != nullptr ? &sb->tta : nullptr, sa != nullptr ? &sa->tta : nullptr, &Entry::tta);
        shift(sb != nullptr ? &sb->ttm : nullptr, sa != nullptr ? &sa->ttm : nullptr, &Entry::ttm);
        shift(sb != nullptr ? &sb->ttr : nullptr, sa != nullptr ? &sa->ttr : nullptr, &Entry::ttr);
        if (ib >= 0) {
            --report[ib].incidents;
            addCount(report[ib].bySeverity, b->level, -1);
            (this->*refresh)(ib);
        }
        if (ia >= 0) {
            ++report[ia].incidents;
            addCount(report[ia].bySeverity, a->level, 1);
            if (ia != ib)
                (this->*refresh)(ia);
        }
    };
    buckets(m_months, m_report.byMonth, &Entry::month, &LiveMetrics::refreshMonth);
    buckets(m_weeks, m_report.byWeek, &Entry::week, &LiveMetrics::refreshWeek);

    // Services: those of b and those of a.
    if (b != nullptr) {
        for (const int s : b->services) {
            ServiceState& st = m_services[std::size_t(s)];
            const bool stays = a != nullptr && contains(a->services, s);
            if (stays) {
                st.ttr.replace(b->ttr, a->ttr);
                if (!(b->impact == a->impact))
                    replaceSorted(st.impact, b->impact, a->impact);
                if (isDown(b->severity) && isDown(a->severity)) {
                    if (!(b->down == a->down))
                        replaceSorted(st.down, b->down, a->down);
                } else if (isDown(b->severity)) {
                    eraseSorted(st.down, b->down);
                } else if (isDown(a->severity)) {
                    insertSorted(st.down, a->down);
                }
            } else {
                --st.incidents;
                st.ttr.remove(b->ttr);
                eraseSorted(st.impact, b->impact);
                if (isDown(b->severity))
                    eraseSorted(st.down, b->down);
            }
            refreshService(s);
        }
    }
    if (a != nullptr) {
        for (const int s : a->services) {
            if (b != nullptr && contains(b->services, s))
                continue;   // done above
            ServiceState& st = m_services[std::size_t(s)];
            ++st.incidents;
            st.ttr.add(a->ttr);
            insertSorted(st.impact, a->impact);
            if (isDown(a->severity))
                insertSorted(st.down, a->down);
            refreshService(s);
        }
    }

    // TTR box per severity level (only incidents with a TTR).
    const int lb = b != nullptr && b->ttr != kNoTime ? b->level : -1;
    const int la = a != nullptr && a->ttr != kNoTime ? a->level : -1;
    if (lb >= 0 || la >= 0) {
        shiftValue(
            lb >= 0 ? &m_ttrByLevel[lb] : nullptr, lb >= 0 ? seconds(b->ttr) : 0.0,
            la >= 0 ? &m_ttrByLevel[la] : nullptr, la >= 0 ? seconds(a->ttr) : 0.0,
            [](std::vector<double>& v, double o, double n) { replaceSorted(v, o, n); },
            [](std::vector<double>& v, double o) { eraseSorted(v, o); },
            [](std::vector<double>& v, double n) { insertSorted(v, n); });
        if (lb >= 0)
            refreshSeverityBox(lb);
        if (la >= 0 && la != lb)
            refreshSeverityBox(la);
    }
}

void LiveMetrics::refreshOverall()
{
    m_report.ttd = m_ttd.stats();
    m_report.tta = m_tta.stats();
    m_report.ttm = m_ttm.stats();
    m_report.ttr = m_ttr.stats();
}

void LiveMetrics::refreshMonth(int bucket)
{
    const BucketState& st = m_months[std::size_t(bucket)];
    MetricsBucket& b = m_report.byMonth[bucket];
    b.tta = st.tta.stats();
    b.ttm = st.ttm.stats();
    b.ttr = st.ttr.stats();
}

void LiveMetrics::refreshWeek(int bucket)
{
    const BucketState& st = m_weeks[std::size_t(bucket)];
    MetricsBucket& b = m_report.byWeek[bucket];
    b.tta = st.tta.stats();
    b.ttm = st.ttm.stats();
    b.ttr = st.ttr.stats();
}

void LiveMetrics::refreshService(int service)
{
    const ServiceState& st = m_services[std::size_t(service)];
    const QString& name = m_serviceNames[service];
    if (st.incidents == 0) {
        m_report.byService.remove(name);
        return;
    }
    ServiceMetrics sm;
    sm.incidents = st.incidents;
    sm.ttr = st.ttr.stats();

    // MTBF: merge overlapping or touching impact windows; mean gap between merged ones.
    // Same arithmetic in the same order as compute(), so the result is bit-identical.
    if (!st.impact.empty()) {
        qint64 end = st.impact.front().end;
        std::size_t merged = 1;
        double gaps = 0;
        for (std::size_t k = 1; k < st.impact.size(); ++k) {
            const Window& w = st.impact[k];
            if (w.start <= end) {
                end = std::max(end, w.end);
            } else {
                gaps += double(w.start - end) / 1000.0;
                ++merged;
                end = w.end;
            }
        }
        if (merged >= 2)
            sm.mtbfSeconds = gaps / double(merged - 1);
    }

    // Downtime: union of SEV1/SEV2 impact clipped to the window.
    double downMs = 0;
    auto addDown = [&](const Window& w) {
        const qint64 lo = std::max(w.start, m_fromMs);
        const qint64 hi = std::min(w.end, m_toMs);
        if (hi > lo)
            downMs += double(hi - lo);
    };
    if (!st.down.empty()) {
        Window current = st.down.front();
        for (std::size_t k = 1; k < st.down.size(); ++k) {
            const Window& w = st.down[k];
            if (w.start <= current.end) {
                current.end = std::max(current.end, w.end);
            } else {
                addDown(current);
                current = w;
            }
        }
        addDown(current);
    }
    sm.downtimeSeconds = downMs / 1000.0;
    const double windowSeconds = double(m_toMs - m_fromMs) / 1000.0;
    sm.availability = windowSeconds > 0 ? 1.0 - sm.downtimeSeconds / windowSeconds : 1.0;
    m_report.byService.insert(name, sm);
}

void LiveMetrics::refreshSeverityBox(int level)
{
    const auto it = m_ttrByLevel.find(level);
    if (it == m_ttrByLevel.end() || it->second.empty()) {
        if (it != m_ttrByLevel.end())
            m_ttrByLevel.erase(it);
        m_report.ttrBySeverity.remove(level);
        return;
    }
    const std::vector<double>& v = it->second;
    BoxStats box;
    box.n = int(v.size());
    box.min = v.front();
    box.max = v.back();
    box.q1 = percentileSorted(v, 0.25);
    box.median = percentileSorted(v, 0.5);
    box.q3 = percentileSorted(v, 0.75);
    m_report.ttrBySeverity.insert(level, box);
}

void LiveMetrics::addCount(QMap<int, int>& counts, int level, int delta)
{
    const auto it = counts.find(level);
    if (it == counts.end()) {
        if (delta != 0)
            counts.insert(level, delta);
        return;
    }
    *it += delta;
    if (*it == 0)
        counts.erase(it);
}

} // namespace warroom
