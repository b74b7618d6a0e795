// LiveMetrics against MetricsEngine::compute(): after every incremental change the live
// report must be the report computed from scratch over the same incidents — randomised
// over hundreds of changes for several queries, and on hand-made cases with numbers
// worked out by hand.
#include "core/livemetrics.h"
#include "core/metrics.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>
#include <random>

using namespace warroom;

namespace {

const QDateTime kT0(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::utc());   // a Monday

QDateTime h(double hours)
{
    return kT0.addMSecs(qint64(hours * 3600 * 1000));
}

Incident make(int severity, double startH, std::optional<double> resolvedH, QStringList services = {QStringLiteral("api")})
{
    Incident i;
    i.id = QUuid::createUuid();
    i.severity = severity;
    i.startedAt = h(startH);
    i.detectedAt = h(startH + 0.25);
    if (resolvedH) {
        i.resolvedAt = h(*resolvedH);
        i.status = IncidentStatus::Resolved;
    } else {
        i.status = IncidentStatus::Investigating;
    }
    i.services = std::move(services);
    return i;
}

// --- Comparing two reports completely ----------------------------------------------------

/// Relative tolerance for means: compute() sums doubles in storage order, LiveMetrics sums
/// exact milliseconds (see livemetrics.h). Everything else must be bit-identical.
constexpr double kMeanTolerance = 1e-9;

struct MeanAudit {
    int compared = 0;
    int bitIdentical = 0;
    double maxRelative = 0;
};
MeanAudit g_means;

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

QString optNum(const std::optional<double>& v)
{
    return v ? num(*v) : QStringLiteral("none");
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) + QStringLiteral(" spec ") + QString::number(int(t.timeSpec()))
                       : QStringLiteral("invalid");
}

/// Collects the first difference found.
class Differ {
public:
    const QString& first() const { return m_first; }

    void fail(const QString& where, const QString& live, const QString& reference)
    {
        if (m_first.isEmpty())
            m_first = QStringLiteral("%1: live %2, compute %3").arg(where, live, reference);
    }
    void same(const QString& where, qint64 live, qint64 reference)
    {
        if (live != reference)
            fail(where, QString::number(live), QString::number(reference));
    }
    void same(const QString& where, double live, double reference)
    {
        if (!(live == reference))
            fail(where, num(live), num(reference));
    }
    void same(const QString& where, const std::optional<double>& live, const std::optional<double>& reference)
    {
        if (live.has_value() != reference.has_value() || (live && !(*live == *reference)))
            fail(where, optNum(live), optNum(reference));
    }
    void same(const QString& where, const QDateTime& live, const QDateTime& reference)
    {
        if (live != reference || live.timeSpec() != reference.timeSpec())
            fail(where, timeText(live), timeText(reference));
    }
    void same(const QString& where, const QString& live, const QString& reference)
    {
        if (live != reference)
            fail(where, live, reference);
    }
    void same(const QString& where, const QMap<int, int>& live, const QMap<int, int>& reference)
    {
        auto text = [](const QMap<int, int>& m) {
            QStringList parts;
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
            return QStringLiteral("{") + parts.join(QLatin1Char(',')) + QStringLiteral("}");
        };
        if (live != reference)
            fail(where, text(live), text(reference));
    }
    void mean(const QString& where, const std::optional<double>& live, const std::optional<double>& reference)
    {
        if (live.has_value() != reference.has_value()) {
            fail(where, optNum(live), optNum(reference));
            return;
        }
        if (!live)
            return;
        ++g_means.compared;
        if (*live == *reference) {
            ++g_means.bitIdentical;
            return;
        }
        const double rel = std::abs(*live - *reference) / std::max(std::abs(*live), std::abs(*reference));
        g_means.maxRelative = std::max(g_means.maxRelative, rel);
        if (!(rel <= kMeanTolerance))
            fail(where, num(*live), num(*reference));
    }
    void stats(const QString& where, const DurationStats& live, const DurationStats& reference)
    {
        same(where + QStringLiteral(".n"), qint64(live.n), qint64(reference.n));
        same(where + QStringLiteral(".noData"), qint64(live.noData), qint64(reference.noData));
        same(where + QStringLiteral(".negative"), qint64(live.negative), qint64(reference.negative));
        mean(where + QStringLiteral(".mean"), live.mean, reference.mean);
        same(where + QStringLiteral(".median"), live.median, reference.median);
        same(where + QStringLiteral(".p90"), live.p90, reference.p90);
    }
    void buckets(const QString& where, const QList<MetricsBucket>& live, const QList<MetricsBucket>& reference)
    {
        same(where + QStringLiteral(".size"), qint64(live.size()), qint64(reference.size()));
        for (qsizetype i = 0; i < std::min(live.size(), reference.size()); ++i) {
            const QString w = QStringLiteral("%1[%2]").arg(where).arg(i);
            const MetricsBucket& a = live[i];
            const MetricsBucket& b = reference[i];
            same(w + QStringLiteral(".label"), a.label, b.label);
            same(w + QStringLiteral(".start"), a.start, b.start);
            same(w + QStringLiteral(".incidents"), qint64(a.incidents), qint64(b.incidents));
            same(w + QStringLiteral(".bySeverity"), a.bySeverity, b.bySeverity);
            stats(w + QStringLiteral(".tta"), a.tta, b.tta);
            stats(w + QStringLiteral(".ttm"), a.ttm, b.ttm);
            stats(w + QStringLiteral(".ttr"), a.ttr, b.ttr);
        }
    }
    void reports(const MetricsReport& live, const MetricsReport& reference)
    {
        same(QStringLiteral("from"), live.from, reference.from);
        same(QStringLiteral("to"), live.to, reference.to);
        same(QStringLiteral("incidents"), qint64(live.incidents), qint64(reference.incidents));
        same(QStringLiteral("bySeverity"), live.bySeverity, reference.bySeverity);
        stats(QStringLiteral("ttd"), live.ttd, reference.ttd);
        stats(QStringLiteral("tta"), live.tta, reference.tta);
        stats(QStringLiteral("ttm"), live.ttm, reference.ttm);
        stats(QStringLiteral("ttr"), live.ttr, reference.ttr);

        same(QStringLiteral("byService.keys"), live.byService.keys().join(QLatin1Char(',')),
             reference.byService.keys().join(QLatin1Char(',')));
        for (auto it = reference.byService.cbegin(); it != reference.byService.cend(); ++it) {
            const auto found = live.byService.constFind(it.key());
            if (found == live.byService.cend())
                continue;   // reported through the keys
            const QString w = QStringLiteral("byService[%1]").arg(it.key());
            const ServiceMetrics& a = *found;
            const ServiceMetrics& b = *it;
            same(w + QStringLiteral(".incidents"), qint64(a.incidents), qint64(b.incidents));
            stats(w + QStringLiteral(".ttr"), a.ttr, b.ttr);
            same(w + QStringLiteral(".mtbfSeconds"), a.mtbfSeconds, b.mtbfSeconds);
            same(w + QStringLiteral(".availability"), a.availability, b.availability);
            same(w + QStringLiteral(".downtimeSeconds"), a.downtimeSeconds, b.downtimeSeconds);
        }
        buckets(QStringLiteral("byMonth"), live.byMonth, reference.byMonth);
        buckets(QStringLiteral("byWeek"), live.byWeek, reference.byWeek);

        auto levels = [](const QMap<int, BoxStats>& m) {
            QStringList keys;
            for (const int k : m.keys())
                keys << QString::number(k);
            return keys.join(QLatin1Char(','));
        };
        same(QStringLiteral("ttrBySeverity.keys"), levels(live.ttrBySeverity), levels(reference.ttrBySeverity));
        for (auto it = reference.ttrBySeverity.cbegin(); it != reference.ttrBySeverity.cend(); ++it) {
            const auto found = live.ttrBySeverity.constFind(it.key());
            if (found == live.ttrBySeverity.cend())
                continue;
            const QString w = QStringLiteral("ttrBySeverity[%1]").arg(it.key());
            same(w + QStringLiteral(".n"), qint64(found->n), qint64(it->n));
            same(w + QStringLiteral(".min"), found->min, it->min);
            same(w + QStringLiteral(".q1"), found->q1, it->q1);
            same(w + QStringLiteral(".median"), found->median, it->median);
            same(w + QStringLiteral(".q3"), found->q3, it->q3);
            same(w + QStringLiteral(".max"), found->max, it->max);
        }
    }

private:
    QString m_first;
};

/// The first difference between the live report and compute() over `incidents`, or empty.
QString differenceFromCompute(const LiveMetrics& live, const QList<Incident>& incidents)
{
    Differ d;
    d.reports(live.report(), MetricsEngine(incidents).compute(live.query()));
    return d.first();
}

#define COMPARE_WITH_COMPUTE(live, incidents, context)                                                           \
    do {                                                                                                         \
        const QString diff_ = differenceFromCompute(live, incidents);                                             \
        QVERIFY2(diff_.isEmpty(), qPrintable(QString(context) + QStringLiteral(": ") + diff_));                    \
    } while (false)

// --- Random histories --------------------------------------------------------------------

const QDateTime kFrom(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());   // a Wednesday
const QDateTime kTo(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc());

class Generator {
public:
    explicit Generator(unsigned seed)
        : m_rng(seed)
    {
    }

    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 between64(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }

    /// A duration in ms: often a whole number of seconds, sometimes a value shared by many
    /// incidents (ties), sometimes negative.
    qint64 duration(double negativeChance)
    {
        qint64 ms = 0;
        if (chance(0.2)) {
            static constexpr qint64 common[] = {0, 60'000, 600'000, 3'600'000};
            ms = common[between(0, 3)];
        } else {
            ms = between64(1, 3 * 86'400'000LL);
            if (chance(0.5))
                ms -= ms % 1000;
        }
        return chance(negativeChance) ? -ms / 3 : ms;
    }

    /// A start: mostly in the window, some outside, some on its edges, a few missing.
    QDateTime start()
    {
        const double roll = std::uniform_real_distribution<double>(0, 1)(m_rng);
        if (roll < 0.03)
            return {};
        if (roll < 0.05)
            return kFrom;
        if (roll < 0.07)
            return kTo;
        if (roll < 0.08)
            return kTo.addMSecs(-1);
        const qint64 margin = 15LL * 86'400'000;
        return QDateTime::fromMSecsSinceEpoch(
            between64(kFrom.toMSecsSinceEpoch() - margin, kTo.toMSecsSinceEpoch() + margin), QTimeZone::utc());
    }

    QStringList services()
    {
        QStringList names;
        if (chance(0.04))
            return names;   // names no service
        const int count = between(1, 3);
        for (int k = 0; k < count; ++k) {
            // Duplicates are kept on purpose: metrics count a service once per incident.
            names << (chance(0.003) ? QStringLiteral("svc-rare") : QStringLiteral("svc-%1").arg(between(0, 9)));
        }
        return names;
    }

    QDateTime after(const QDateTime& t, double negativeChance)
    {
        return t.isValid() ? t.addMSecs(duration(negativeChance)) : QDateTime();
    }

    /// Sets detected/acknowledged/mitigated/resolved from the start.
    void timestamps(Incident& i)
    {
        const QDateTime base = i.startedAt.isValid() ? i.startedAt : kFrom.addDays(between(0, 180));
        i.detectedAt = chance(0.08) ? QDateTime() : after(base, 0.05);
        i.acknowledgedAt = chance(0.1) ? QDateTime() : after(i.detectedAt, 0.02);
        const bool open = chance(0.25);
        i.mitigatedAt = open && chance(0.5) ? QDateTime() : after(base, 0.03);
        i.resolvedAt = open ? QDateTime() : after(base, 0.04);
        i.status = open ? IncidentStatus::Investigating : IncidentStatus::Resolved;
    }

    Incident incident()
    {
        Incident i;
        i.id = QUuid(uint(++m_ids), 0x4000, 0x8000, 0, 0, 0, 0, 0, 0, 0, 0);
        i.severity = between(1, 4);
        i.services = services();
        i.startedAt = start();
        timestamps(i);
        return i;
    }

    std::mt19937& rng() { return m_rng; }

private:
    std::mt19937 m_rng;
    uint m_ids = 0;
};

} // namespace

class TestLiveMetrics : public QObject {
    Q_OBJECT

private slots:
    void randomisedEquivalence_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("weekly");
        QTest::addColumn<bool>("defaultWindow");
        QTest::addColumn<uint>("seed");
        QTest::newRow("weekly") << QString() << 0 << true << false << 1u;
        QTest::newRow("service filter") << QStringLiteral("svc-3") << 0 << false << false << 2u;
        QTest::newRow("severity filter") << QString() << 2 << true << false << 3u;
        QTest::newRow("rare service filter") << QStringLiteral("svc-rare") << 0 << true << false << 4u;
        QTest::newRow("default window") << QString() << 0 << true << true << 5u;
    }

    void randomisedEquivalence()
    {
        QFETCH(QString, service);
        QFETCH(int, severity);
        QFETCH(bool, weekly);
        QFETCH(bool, defaultWindow);
        QFETCH(uint, seed);

        Generator gen(seed);
        g_means = {};
        QList<Incident> current;
        for (int k = 0; k < 500; ++k)
            current << gen.incident();
        current << current[17];   // a duplicate id: the last one wins, as in MetricsEngine

        MetricsQuery query;
        query.service = service;
        query.severity = severity;
        query.weekly = weekly;
        query.now = kTo.addDays(3);
        if (!defaultWindow) {
            query.from = kFrom;
            query.to = kTo;
        }
        LiveMetrics live(current, query);
        current.removeLast();
        if (defaultWindow) {
            QCOMPARE(live.query().from, MetricsEngine(current).earliestStart());
            QCOMPARE(live.query().to, query.now);
        } else {
            QCOMPARE(live.query().from, kFrom);
            QCOMPARE(live.query().to, kTo);
        }
        QCOMPARE(live.size(), current.size());
        COMPARE_WITH_COMPUTE(live, current, QStringLiteral("after build"));
        QVERIFY(live.report().incidents > 0 || service == QStringLiteral("svc-rare"));

        QList<Incident> removed;
        int emptyServiceReports = 0;
        for (int step = 0; step < 300; ++step) {
            const int kind = gen.between(0, 12);
            const auto index = qsizetype(gen.between(0, int(current.size()) - 1));
            Incident changed = current[index];
            QString what;
            switch (kind) {
            case 0:   // resolve (an open one if possible)
                for (int tries = 0; tries < 20 && changed.resolvedAt.isValid(); ++tries)
                    changed = current[qsizetype(gen.between(0, int(current.size()) - 1))];
                changed.resolvedAt = gen.after(changed.startedAt.isValid() ? changed.startedAt : kFrom, 0.05);
                if (!changed.mitigatedAt.isValid() && gen.chance(0.5))
                    changed.mitigatedAt = changed.resolvedAt;
                changed.status = IncidentStatus::Resolved;
                what = QStringLiteral("resolve");
                break;
            case 1:
                changed.resolvedAt = QDateTime();
                changed.status = IncidentStatus::Investigating;
                what = QStringLiteral("reopen");
                break;
            case 2:
                changed.resolvedAt = changed.resolvedAt.isValid()
                                         ? changed.resolvedAt.addMSecs(gen.between64(-3'600'000, 3'600'000))
                                         : gen.after(changed.startedAt, 0.0);
                what = QStringLiteral("shift resolved");
                break;
            case 3:
                changed.severity = gen.between(1, 4);
                what = QStringLiteral("severity");
                break;
            case 4:
                changed.services = gen.services();
                what = QStringLiteral("services");
                break;
            case 5: {
                // Move the start (in or out of the window), keeping the other timestamps.
                changed.startedAt = gen.start();
                what = QStringLiteral("move start");
                break;
            }
            case 6:
                gen.timestamps(changed);
                what = QStringLiteral("retime");
                break;
            case 7:
                changed.detectedAt = gen.chance(0.3) ? QDateTime() : gen.after(changed.startedAt, 0.1);
                changed.acknowledgedAt = gen.chance(0.3) ? QDateTime() : gen.after(changed.detectedAt, 0.1);
                what = QStringLiteral("detection");
                break;
            case 8:
                what = QStringLiteral("remove");
                break;
            case 9:
                what = QStringLiteral("add");
                break;
            case 10:
                what = QStringLiteral("unchanged");
                break;
            case 12: {
                // With a service filter: mostly take the filtered service off an incident
                // (so that it can vanish from the set altogether), else add it to one.
                what = QStringLiteral("unchanged");
                if (service.isEmpty())
                    break;
                QList<qsizetype> naming;
                for (qsizetype i = 0; i < current.size(); ++i) {
                    if (current[i].services.contains(service))
                        naming << i;
                }
                if (!naming.isEmpty() && gen.chance(0.75)) {
                    changed = current[naming[gen.between(0, int(naming.size()) - 1)]];
                    changed.services.removeAll(service);
                    what = QStringLiteral("drop the filtered service");
                } else {
                    changed.services << service;
                    what = QStringLiteral("add the filtered service");
                }
                break;
            }
            default:
                changed.severity = gen.between(1, 4);
                changed.services = gen.services();
                changed.startedAt = gen.start();
                gen.timestamps(changed);
                what = QStringLiteral("everything");
                break;
            }

            if (kind == 8 && current.size() > 1) {
                removed << current.takeAt(index);
                live.remove(removed.last().id);
                if (gen.chance(0.2))
                    live.remove(removed.last().id);   // removing twice is harmless
            } else if (kind == 9) {
                Incident added = removed.isEmpty() || gen.chance(0.4) ? gen.incident() : removed.takeAt(0);
                if (gen.chance(0.3))
                    added.severity = gen.between(1, 4);
                current << added;
                live.upsert(added);
                what += QStringLiteral(" ") + added.id.toString();
            } else {
                const auto at = std::find_if(current.begin(), current.end(),
                                             [&](const Incident& i) { return i.id == changed.id; });
                *at = changed;
                live.upsert(changed);
            }
            QCOMPARE(live.size(), current.size());
            COMPARE_WITH_COMPUTE(live, current, QStringLiteral("step %1 (%2)").arg(step).arg(what));
            emptyServiceReports += !service.isEmpty() && live.report().byMonth.isEmpty() ? 1 : 0;
        }
        qInfo("means compared %d, bit-identical %d, largest relative difference %.3g; empty service reports %d",
              g_means.compared, g_means.bitIdentical, g_means.maxRelative, emptyServiceReports);
    }

    void differenceHelperSeesEveryKindOfChange()
    {
        // The comparison itself must notice a difference anywhere, and allow only tiny
        // differences in means.
        const QList<Incident> incidents{make(1, 0, 10), make(2, 20, 21), make(3, 30, std::nullopt)};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(40);
        q.weekly = true;
        const MetricsReport r = computeMetrics(incidents, q);
        auto diff = [&](const std::function<void(MetricsReport&)>& change) {
            MetricsReport other = r;
            change(other);
            Differ d;
            d.reports(other, r);
            return d.first();
        };
        QVERIFY(diff([](MetricsReport&) {}).isEmpty());
        QVERIFY(diff([](MetricsReport& o) { *o.ttr.mean *= 1 + 1e-12; }).isEmpty());
        QVERIFY(diff([](MetricsReport& o) { *o.ttr.mean *= 1 + 1e-6; }).startsWith(QStringLiteral("ttr.mean")));
        QVERIFY(diff([](MetricsReport& o) { *o.ttr.median += 1e-9; }).startsWith(QStringLiteral("ttr.median")));
        QVERIFY(diff([](MetricsReport& o) { o.byService[QStringLiteral("api")].availability += 1e-15; })
                    .startsWith(QStringLiteral("byService[api].availability")));
        QVERIFY(diff([](MetricsReport& o) { o.byService[QStringLiteral("api")].mtbfSeconds.reset(); })
                    .startsWith(QStringLiteral("byService[api].mtbfSeconds")));
        QVERIFY(diff([](MetricsReport& o) { o.byService.insert(QStringLiteral("db"), {}); })
                    .startsWith(QStringLiteral("byService.keys")));
        QVERIFY(diff([](MetricsReport& o) { o.byWeek[0].bySeverity[2] = 7; })
                    .startsWith(QStringLiteral("byWeek[0].bySeverity")));
        QVERIFY(diff([](MetricsReport& o) { o.byMonth[0].label.clear(); }).startsWith(QStringLiteral("byMonth[0].label")));
        QVERIFY(diff([](MetricsReport& o) { o.byMonth.removeLast(); }).startsWith(QStringLiteral("byMonth.size")));
        QVERIFY(diff([](MetricsReport& o) { o.ttrBySeverity[1].q3 = 0; }).startsWith(QStringLiteral("ttrBySeverity[1].q3")));
        QVERIFY(diff([](MetricsReport& o) { o.ttrBySeverity.remove(2); }).startsWith(QStringLiteral("ttrBySeverity.keys")));
        QVERIFY(diff([](MetricsReport& o) { o.from = o.from.toTimeZone(QTimeZone(3600)); })
                    .startsWith(QStringLiteral("from")));
    }

    void resolvingAnOpenIncident()
    {
        // api: A SEV1 [0 h, 10 h), B SEV2 [20 h, 21 h), C SEV2 from 30 h, open; D (db) SEV3 [1 h, 2 h).
        Incident a = make(1, 0, 10);
        Incident b = make(2, 20, 21);
        Incident c = make(2, 30, std::nullopt);
        Incident d = make(3, 1, 2, {QStringLiteral("db")});
        QList<Incident> incidents{a, b, c, d};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(40);
        LiveMetrics live(incidents, q);
        const double window = 40 * 3600.0;

        {
            const MetricsReport& r = live.report();
            QCOMPARE(r.incidents, 4);
            QCOMPARE(r.ttr.n, 3);   // 1 h, 1 h, 10 h
            QCOMPARE(r.ttr.noData, 1);
            QCOMPARE(*r.ttr.median, 3600.0);
            QCOMPARE(*r.ttr.mean, 14400.0);
            const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
            QCOMPARE(api.incidents, 3);
            QCOMPARE(api.ttr.n, 2);
            QCOMPARE(*api.ttr.median, 19800.0);
            QCOMPARE(*api.mtbfSeconds, 9.5 * 3600);   // merged [0,10) [20,21) [30,40): gaps 10 h, 9 h
            QCOMPARE(api.downtimeSeconds, 21 * 3600.0);
            QCOMPARE(api.availability, 1.0 - 21 * 3600.0 / window);   // 0.475
        }
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("initial"));

        // C resolved at 32 h: its impact shrinks to [30, 32).
        c.resolvedAt = h(32);
        c.status = IncidentStatus::Resolved;
        incidents[2] = c;
        live.upsert(c);
        {
            const MetricsReport& r = live.report();
            QCOMPARE(r.ttr.n, 4);   // 1, 1, 2, 10 h
            QCOMPARE(r.ttr.noData, 0);
            QCOMPARE(*r.ttr.median, 5400.0);
            QCOMPARE(*r.ttr.mean, 12600.0);
            const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
            QCOMPARE(api.ttr.n, 3);
            QCOMPARE(api.ttr.noData, 0);
            QCOMPARE(*api.ttr.median, 7200.0);
            QCOMPARE(*api.ttr.mean, 15600.0);
            QCOMPARE(*api.mtbfSeconds, 9.5 * 3600);   // gaps still 10 h and 9 h
            QCOMPARE(api.downtimeSeconds, 13 * 3600.0);
            QCOMPARE(api.availability, 1.0 - 13 * 3600.0 / window);   // 0.675
            const BoxStats sev2 = r.ttrBySeverity.value(2);   // {1 h, 2 h}
            QCOMPARE(sev2.n, 2);
            QCOMPARE(sev2.min, 3600.0);
            QCOMPARE(sev2.q1, 4500.0);
            QCOMPARE(sev2.median, 5400.0);
            QCOMPARE(sev2.q3, 6300.0);
            QCOMPARE(sev2.max, 7200.0);
        }
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("resolved"));

        // C becomes SEV3: degraded, not down.
        c.severity = 3;
        incidents[2] = c;
        live.upsert(c);
        {
            const MetricsReport& r = live.report();
            QCOMPARE(r.bySeverity, (QMap<int, int>{{1, 1}, {2, 1}, {3, 2}}));
            const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
            QCOMPARE(api.downtimeSeconds, 11 * 3600.0);
            QCOMPARE(api.availability, 1.0 - 11 * 3600.0 / window);   // 0.725
            QCOMPARE(r.ttrBySeverity.value(2).n, 1);
            QCOMPARE(r.ttrBySeverity.value(3).n, 2);
            QCOMPARE(r.ttrBySeverity.value(3).median, 5400.0);
        }
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("severity"));

        // C backdated out of the window.
        c.startedAt = h(-5);
        c.resolvedAt = h(-3);
        incidents[2] = c;
        live.upsert(c);
        {
            const MetricsReport& r = live.report();
            QCOMPARE(r.incidents, 3);
            const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
            QCOMPARE(api.incidents, 2);
            QCOMPARE(*api.mtbfSeconds, 10 * 3600.0);   // [0,10) [20,21)
            QCOMPARE(r.ttrBySeverity.value(3).n, 1);
        }
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("out of window"));

        // A removed: one window left, MTBF is no data; only B's hour is down.
        incidents.removeAt(0);
        live.remove(a.id);
        {
            const MetricsReport& r = live.report();
            QCOMPARE(r.incidents, 2);
            QCOMPARE(r.bySeverity, (QMap<int, int>{{2, 1}, {3, 1}}));
            QVERIFY(!r.ttrBySeverity.contains(1));
            const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
            QCOMPARE(api.incidents, 1);
            QVERIFY(!api.mtbfSeconds.has_value());
            QCOMPARE(api.availability, 1.0 - 3600.0 / window);   // 0.975
        }
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("removed"));

        // B moves to db only: api has no incident left and disappears from byService.
        b = incidents[0];
        b.services = {QStringLiteral("db")};
        incidents[0] = b;
        live.upsert(b);
        QVERIFY(!live.report().byService.contains(QStringLiteral("api")));
        QCOMPARE(live.report().byService.value(QStringLiteral("db")).incidents, 2);
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("services"));
    }

    void serviceFilterFollowsTheNamesInTheSet()
    {
        // compute() returns only the window when no incident at all names the service.
        Incident a = make(2, 1, 3);
        Incident d = make(3, 5, 6, {QStringLiteral("db")});
        QList<Incident> incidents{a, d};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(24 * 40);
        q.service = QStringLiteral("db");
        q.weekly = true;
        LiveMetrics live(incidents, q);
        QCOMPARE(live.report().incidents, 1);
        QCOMPARE(live.report().byMonth.size(), 2);   // January and February 2026
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("initial"));

        incidents.removeAt(1);
        live.remove(d.id);
        QCOMPARE(live.report().incidents, 0);
        QVERIFY(live.report().byMonth.isEmpty());
        QVERIFY(live.report().byWeek.isEmpty());
        QCOMPARE(live.report().from, h(0));
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("no incident names db"));

        // Named again, but outside the window: empty buckets, no incident.
        d.startedAt = h(-10);
        incidents << d;
        live.upsert(d);
        QCOMPARE(live.report().incidents, 0);
        QCOMPARE(live.report().byMonth.size(), 2);
        QVERIFY(live.report().byService.isEmpty());
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("db outside the window"));

        d.startedAt = h(30);
        incidents.last() = d;
        live.upsert(d);
        QCOMPARE(live.report().incidents, 1);
        QCOMPARE(live.report().byService.keys(), QStringList{QStringLiteral("db")});
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("db back"));
    }

    void windowIsFixedAtBuild()
    {
        QList<Incident> incidents{make(2, 5, 6), make(2, 2, 3)};
        MetricsQuery q;
        q.now = h(24);
        LiveMetrics live(incidents, q);
        QCOMPARE(live.query().from, h(2));
        QCOMPARE(live.query().to, h(24));
        QCOMPARE(live.query().now, h(24));
        QCOMPARE(live.report().from, h(2));

        // An earlier incident does not move the window: it is outside, as for compute(query()).
        const Incident earlier = make(1, 1, 4);
        incidents << earlier;
        live.upsert(earlier);
        QCOMPARE(live.report().from, h(2));
        QCOMPARE(live.report().incidents, 2);
        QVERIFY(!live.report().bySeverity.contains(1));
        // Starting exactly at `to` is outside too; one millisecond before is inside.
        Incident edge = make(1, 24, std::nullopt);
        incidents << edge;
        live.upsert(edge);
        QCOMPARE(live.report().incidents, 2);
        edge.startedAt = h(24).addMSecs(-1);
        incidents.last() = edge;
        live.upsert(edge);
        QCOMPARE(live.report().incidents, 3);
        QCOMPARE(live.report().bySeverity.value(1), 1);
        COMPARE_WITH_COMPUTE(live, incidents, QStringLiteral("fixed window"));
    }

    void movingBetweenMonths()
    {
        const QDateTime jan(QDate(2022, 1, 10), QTime(8, 0), QTimeZone::utc());
        Incident a = make(1, 0, 1);
        a.startedAt = jan;
        a.detectedAt = jan.addSecs(120);
        a.resolvedAt = jan.addSecs(600);
        MetricsQuery q;
        q.from = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
        q.to = QDateTime(QDate(2022, 4, 1), QTime(0, 0), QTimeZone::utc());
        q.weekly = true;
        LiveMetrics live({a}, q);
        QCOMPARE(live.report().byMonth.size(), 3);
        QCOMPARE(live.report().byMonth[0].incidents, 1);
        QCOMPARE(*live.report().byMonth[0].ttr.mean, 600.0);

        a.startedAt = QDateTime(QDate(2022, 3, 31), QTime(23, 0), QTimeZone::utc());
        a.resolvedAt = a.startedAt.addSecs(1800);
        a.severity = 4;
        live.upsert(a);
        const MetricsReport& r = live.report();
        QCOMPARE(r.byMonth[0].incidents, 0);
        QVERIFY(r.byMonth[0].bySeverity.isEmpty());
        QVERIFY(!r.byMonth[0].ttr.mean.has_value());
        QCOMPARE(r.byMonth[2].incidents, 1);
        QCOMPARE(r.byMonth[2].bySeverity, (QMap<int, int>{{4, 1}}));
        QCOMPARE(*r.byMonth[2].ttr.median, 1800.0);
        QCOMPARE(r.byWeek.last().incidents, 1);
        QCOMPARE(r.byWeek.last().label, QStringLiteral("2022-W13"));
        COMPARE_WITH_COMPUTE(live, QList<Incident>{a}, QStringLiteral("moved"));
    }

    void emptyHistory()
    {
        MetricsQuery q;
        q.now = h(10);
        LiveMetrics live({}, q);
        QCOMPARE(live.query().from, h(10));   // no start: from = to, as in compute()
        QVERIFY(live.report().byMonth.isEmpty());
        COMPARE_WITH_COMPUTE(live, QList<Incident>{}, QStringLiteral("empty"));
        const Incident a = make(2, 1, 2);
        live.upsert(a);   // outside the empty window
        QCOMPARE(live.report().incidents, 0);
        COMPARE_WITH_COMPUTE(live, QList<Incident>{a}, QStringLiteral("one outside"));
    }
};

QTEST_GUILESS_MAIN(TestLiveMetrics)
#include "tst_livemetrics.moc"
