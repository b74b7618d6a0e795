// Metric definitions on hand-made cases and on the real Google Cloud history. Expected
// values for the real file were computed independently with Python's statistics module
// (quantiles(method="inclusive") is the same type-7 interpolation) from the raw JSON.
#include "core/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

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

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void perIncidentDurations()
    {
        Incident i;
        i.startedAt = h(0);
        QVERIFY(!durationSeconds(i, DurationMetric::Ttd).has_value());
        i.detectedAt = h(0.5);
        i.acknowledgedAt = h(0.75);
        i.mitigatedAt = h(2);
        i.resolvedAt = h(3);
        QCOMPARE(durationSeconds(i, DurationMetric::Ttd).value(), 1800);
        QCOMPARE(durationSeconds(i, DurationMetric::Tta).value(), 900);
        QCOMPARE(durationSeconds(i, DurationMetric::Ttm).value(), 7200);
        QCOMPARE(durationSeconds(i, DurationMetric::Ttr).value(), 10800);
        i.detectedAt = h(-1);   // declared before impact started: kept, negative
        QCOMPARE(durationSeconds(i, DurationMetric::Ttd).value(), -3600);
        QCOMPARE(durationMetricKey(DurationMetric::Ttr), QStringLiteral("ttr"));
        QVERIFY(durationMetricFormula(DurationMetric::Tta).contains(QStringLiteral("acknowledged_at")));
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p90");
        QTest::addColumn<double>("mean");
        QTest::newRow("one") << QList<double>{5} << 5.0 << 5.0 << 5.0;
        QTest::newRow("two") << QList<double>{10, 0} << 5.0 << 9.0 << 5.0;
        QTest::newRow("four") << QList<double>{4, 1, 3, 2} << 2.5 << 3.7 << 2.5;
        QTest::newRow("ten") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5.5 << 9.1 << 5.5;
        QTest::newRow("ties") << QList<double>{7, 7, 7, 1} << 7.0 << 7.0 << 5.5;
        QTest::newRow("negative") << QList<double>{-1200, 60, 120} << 60.0 << 108.0 << -340.0;
    }

    void percentiles()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, median);
        QFETCH(double, p90);
        QFETCH(double, mean);
        std::vector<double> v(values.begin(), values.end());
        const DurationStats s = summarizeDurations(v, 2);
        QCOMPARE(s.n, int(values.size()));
        QCOMPARE(s.noData, 2);
        QCOMPARE(*s.median, median);
        QCOMPARE(*s.p90, p90);
        QCOMPARE(*s.mean, mean);
        QCOMPARE(s.negative, int(std::count_if(values.begin(), values.end(), [](double x) { return x < 0; })));
        std::vector<double> sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(percentileSorted(sorted, 0.5), median);
        QCOMPARE(percentileSorted(sorted, 0.9), p90);
    }

    void boxPlotSummary()
    {
        // TTRs of 1..5 and 11 hours at SEV2: type-7 quartiles of {1,2,3,4,5,11} h.
        QList<Incident> incidents;
        for (double hours : {3.0, 1.0, 11.0, 5.0, 2.0, 4.0})
            incidents << make(2, 0, hours);
        MetricsQuery q;
        q.from = h(0);
        q.to = h(24);
        const BoxStats b = computeMetrics(incidents, q).ttrBySeverity.value(2);
        QCOMPARE(b.n, 6);
        QCOMPARE(b.min, 3600.0);
        QCOMPARE(b.q1, 2.25 * 3600);
        QCOMPARE(b.median, 3.5 * 3600);
        QCOMPARE(b.q3, 4.75 * 3600);
        QCOMPARE(b.max, 11.0 * 3600);
    }

    void emptyStatsAreNoData()
    {
        std::vector<double> none;
        const DurationStats s = summarizeDurations(none, 3);
        QCOMPARE(s.n, 0);
        QCOMPARE(s.noData, 3);
        QVERIFY(!s.mean && !s.median && !s.p90);
    }

    void missingTimestampsAreNoDataNeverZero()
    {
        QList<Incident> incidents{make(2, 1, 3), make(2, 2, std::nullopt)};
        incidents[1].detectedAt = QDateTime();
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        const MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.ttr.n, 1);
        QCOMPARE(r.ttr.noData, 1);
        QCOMPARE(*r.ttr.mean, 7200.0);
        QCOMPARE(r.ttd.n, 1);
        QCOMPARE(r.ttd.noData, 1);
        QCOMPARE(r.tta.n, 0);
        QCOMPARE(r.tta.noData, 2);
        QVERIFY(!r.tta.mean.has_value());
    }

    void windowSelection()
    {
        const QList<Incident> incidents{make(1, -1, 1), make(2, 0, 1), make(3, 9.5, 10), make(4, 10, 11)};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        const MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.incidents, 2);   // [from, to): the one at -1h and the one at exactly `to` are out
        QCOMPARE(r.bySeverity.value(2), 1);
        QCOMPARE(r.bySeverity.value(3), 1);
        QVERIFY(!r.bySeverity.contains(1));
        QCOMPARE(r.from, h(0));
        QCOMPARE(r.to, h(10));
    }

    void defaultWindowIsEarliestStartToNow()
    {
        const QList<Incident> incidents{make(2, 5, 6), make(2, 2, 3)};
        MetricsQuery q;
        q.now = h(24);
        const MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.from, h(2));
        QCOMPARE(r.to, h(24));
        QCOMPARE(r.incidents, 2);
    }

    void mtbfMergesOverlaps()
    {
        // api: [0,10) and [5,12) merge to [0,12); [20,21); [30, open until `to` = 40).
        const QList<Incident> incidents{make(1, 0, 10), make(3, 5, 12), make(2, 20, 21), make(2, 30, std::nullopt),
                                        make(2, 1, 2, {QStringLiteral("db")})};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(40);
        const MetricsReport r = computeMetrics(incidents, q);
        const ServiceMetrics api = r.byService.value(QStringLiteral("api"));
        QCOMPARE(api.incidents, 4);
        QVERIFY(api.mtbfSeconds.has_value());
        QCOMPARE(*api.mtbfSeconds, 8.5 * 3600);   // gaps 8 h and 9 h
        // SEV1/SEV2 downtime: [0,10) + [20,21) + [30,40) = 21 h of 40 h; the SEV3 one is degraded only.
        QCOMPARE(api.downtimeSeconds, 21.0 * 3600);
        QCOMPARE(api.availability, 1.0 - 21.0 / 40.0);
        QCOMPARE(api.ttr.n, 3);
        QCOMPARE(api.ttr.noData, 1);
        const ServiceMetrics db = r.byService.value(QStringLiteral("db"));
        QCOMPARE(db.incidents, 1);
        QVERIFY(!db.mtbfSeconds.has_value());   // one window: no data
        QCOMPARE(db.availability, 1.0 - 1.0 / 40.0);
    }

    void availabilityClipsToWindow()
    {
        // Resolved after `to`: only the part inside the window counts.
        const QList<Incident> incidents{make(1, 8, 20)};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        const MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.byService.value(QStringLiteral("api")).downtimeSeconds, 2.0 * 3600);
        QCOMPARE(r.byService.value(QStringLiteral("api")).availability, 0.8);
    }

    void negativeImpactWindowIsEmpty()
    {
        Incident odd = make(1, 5, 4);   // resolved before it started: real data has such rows
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        const MetricsReport r = computeMetrics({odd}, q);
        QCOMPARE(r.ttr.negative, 1);
        QCOMPARE(*r.ttr.mean, -3600.0);
        QCOMPARE(r.byService.value(QStringLiteral("api")).availability, 1.0);
    }

    void filters()
    {
        const QList<Incident> incidents{make(1, 1, 2, {QStringLiteral("api"), QStringLiteral("db")}),
                                        make(2, 3, 5, {QStringLiteral("db")}), make(2, 6, 7)};
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        q.service = QStringLiteral("db");
        MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.byService.keys(), QStringList{QStringLiteral("db")});
        q.service.clear();
        q.severity = 2;
        r = computeMetrics(incidents, q);
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.bySeverity.keys(), QList<int>{2});
        q.severity = 0;
        q.service = QStringLiteral("nowhere");
        r = computeMetrics(incidents, q);
        QCOMPARE(r.incidents, 0);
        QVERIFY(r.byService.isEmpty());
    }

    void bucketsAreContiguous()
    {
        const QDateTime jan(QDate(2022, 1, 31), QTime(23, 0), QTimeZone::utc());
        Incident a = make(1, 0, 1);
        a.startedAt = jan;
        a.resolvedAt = jan.addSecs(600);
        Incident b = make(3, 0, 1);
        b.startedAt = QDateTime(QDate(2022, 4, 1), QTime(0, 0), QTimeZone::utc());
        b.resolvedAt = b.startedAt.addSecs(1200);
        MetricsQuery q;
        q.from = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
        q.to = QDateTime(QDate(2022, 5, 1), QTime(0, 0), QTimeZone::utc());
        QVERIFY(computeMetrics({a, b}, q).byWeek.isEmpty());
        q.weekly = true;
        const MetricsReport r = computeMetrics({a, b}, q);
        QCOMPARE(r.byMonth.size(), 4);
        QCOMPARE(r.byMonth[0].label, QStringLiteral("2022-01"));
        QCOMPARE(r.byMonth[0].incidents, 1);
        QCOMPARE(r.byMonth[0].bySeverity.value(1), 1);
        QCOMPARE(*r.byMonth[0].ttr.mean, 600.0);
        QCOMPARE(r.byMonth[1].label, QStringLiteral("2022-02"));
        QCOMPARE(r.byMonth[1].incidents, 0);
        QVERIFY(!r.byMonth[1].ttr.mean.has_value());
        QCOMPARE(r.byMonth[3].label, QStringLiteral("2022-04"));
        QCOMPARE(r.byMonth[3].start, b.startedAt);
        QCOMPARE(r.byMonth[3].bySeverity.value(3), 1);
        // 2022-01-01 is a Saturday in ISO week 2021-W52; the window spans to 2022-W17.
        QCOMPARE(r.byWeek.first().label, QStringLiteral("2021-W52"));
        QCOMPARE(r.byWeek.first().start.date(), QDate(2021, 12, 27));
        QCOMPARE(r.byWeek.last().label, QStringLiteral("2022-W17"));
        int total = 0;
        for (const MetricsBucket& w : r.byWeek)
            total += w.incidents;
        QCOMPARE(total, 2);
        QCOMPARE(r.ttrBySeverity.value(1).n, 1);
        QCOMPARE(r.ttrBySeverity.value(1).median, 600.0);
        QCOMPARE(r.ttrBySeverity.value(3).max, 1200.0);
        QVERIFY(!r.ttrBySeverity.contains(2));
    }

    void incrementalUpdate()
    {
        Incident a = make(2, 1, 2);
        Incident b = make(2, 3, std::nullopt);
        MetricsEngine engine({a, b});
        MetricsQuery q;
        q.from = h(0);
        q.to = h(10);
        QCOMPARE(engine.compute(q).ttr.n, 1);
        b.resolvedAt = h(7);
        engine.upsert(b);
        QCOMPARE(engine.size(), 2);
        const MetricsReport r = engine.compute(q);
        QCOMPARE(r.ttr.n, 2);
        QCOMPARE(*r.ttr.mean, (3600.0 + 4 * 3600.0) / 2);
        engine.remove(a.id);
        QCOMPARE(engine.size(), 1);
        QCOMPARE(*engine.compute(q).ttr.mean, 4 * 3600.0);
        engine.upsert(a);
        QCOMPARE(engine.compute(q).incidents, 2);
    }

    void engineOrdersSurviveUpdates()
    {
        // Random upserts and removes on a long-lived engine must give exactly what a fresh
        // engine over the same incidents gives.
        std::mt19937 rng(20261122);
        auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        const QStringList names{QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("cdn"), QStringLiteral("dns")};
        auto randomIncident = [&](QUuid id) {
            const double start = pick(0, 500);
            std::optional<double> resolved;
            if (pick(0, 3) > 0)
                resolved = start + pick(-2, 40);
            QStringList services{names[pick(0, 3)]};
            if (pick(0, 2) == 0)
                services << names[pick(0, 3)];
            Incident i = make(pick(1, 4), start, resolved, services);
            i.id = id;
            if (pick(0, 4) == 0)
                i.acknowledgedAt = i.detectedAt.addSecs(pick(0, 900));
            if (resolved && pick(0, 1) == 0)
                i.mitigatedAt = i.startedAt.addSecs(pick(0, 3600));
            return i;
        };
        QList<Incident> current;
        for (int n = 0; n < 300; ++n)
            current << randomIncident(QUuid::createUuid());
        MetricsEngine engine(current);
        MetricsQuery q;
        q.from = h(50);
        q.to = h(450);
        q.weekly = true;
        for (int step = 0; step < 200; ++step) {
            const int action = pick(0, 2);
            if (action == 0 && !current.isEmpty()) {
                const int k = pick(0, int(current.size()) - 1);
                engine.remove(current[k].id);
                current.removeAt(k);
            } else if (action == 1 && !current.isEmpty()) {
                const int k = pick(0, int(current.size()) - 1);
                current[k] = randomIncident(current[k].id);
                engine.upsert(current[k]);
            } else {
                current << randomIncident(QUuid::createUuid());
                engine.upsert(current.last());
            }
            const MetricsReport a = engine.compute(q);
            const MetricsReport b = MetricsEngine(current).compute(q);
            QCOMPARE(engine.size(), current.size());
            QCOMPARE(a.incidents, b.incidents);
            QCOMPARE(a.bySeverity, b.bySeverity);
            for (const auto& [x, y] : {std::pair{a.ttd, b.ttd}, std::pair{a.tta, b.tta}, std::pair{a.ttm, b.ttm},
                                       std::pair{a.ttr, b.ttr}}) {
                QCOMPARE(x.n, y.n);
                QCOMPARE(x.noData, y.noData);
                QCOMPARE(x.median, y.median);
                QCOMPARE(x.p90, y.p90);
            }
            QCOMPARE(a.byService.keys(), b.byService.keys());
            for (const QString& name : a.byService.keys()) {
                QCOMPARE(a.byService[name].incidents, b.byService[name].incidents);
                QCOMPARE(a.byService[name].mtbfSeconds, b.byService[name].mtbfSeconds);
                QCOMPARE(a.byService[name].availability, b.byService[name].availability);
                QCOMPARE(a.byService[name].ttr.median, b.byService[name].ttr.median);
            }
            QCOMPARE(a.byWeek.size(), b.byWeek.size());
            for (qsizetype w = 0; w < a.byWeek.size(); ++w)
                QCOMPARE(a.byWeek[w].ttr.p90, b.byWeek[w].ttr.p90);
        }
    }

    void realGoogleCloudHistory()
    {
        QFile file(QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 157);
        // A direct, minimal mapping (the importer's own tests cover the full one).
        QList<Incident> incidents;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            Incident i;
            i.id = QUuid::createUuid();
            i.startedAt = QDateTime::fromString(o.value(QStringLiteral("begin")).toString(), Qt::ISODate).toUTC();
            i.detectedAt = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate).toUTC();
            i.resolvedAt = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate).toUTC();
            const QString sev = o.value(QStringLiteral("severity")).toString();
            i.severity = sev == QLatin1String("high") ? 1 : sev == QLatin1String("medium") ? 2 : 3;
            for (const QJsonValue& p : o.value(QStringLiteral("affected_products")).toArray()) {
                const QString name = p.toObject().value(QStringLiteral("title")).toString();
                if (!i.services.contains(name))
                    i.services << name;
            }
            incidents << i;
        }
        MetricsQuery q;
        q.to = QDateTime(QDate(2022, 7, 2), QTime(0, 0), QTimeZone::utc());
        const MetricsReport r = computeMetrics(incidents, q);
        QCOMPARE(r.from, QDateTime(QDate(2021, 7, 7), QTime(21, 25), QTimeZone::utc()));
        QCOMPARE(r.incidents, 157);
        QCOMPARE(r.bySeverity.value(1), 20);
        QCOMPARE(r.bySeverity.value(2), 118);
        QCOMPARE(r.bySeverity.value(3), 19);

        QCOMPARE(r.ttd.n, 157);
        QCOMPARE(r.ttd.negative, 1);   // the incident posted 20 minutes before its recorded start
        QCOMPARE(*r.ttd.mean, 87812.86624203822);
        QCOMPARE(*r.ttd.median, 4725.0);
        QCOMPARE(*r.ttd.p90, 115222.8);
        QCOMPARE(r.ttr.n, 157);
        QCOMPARE(*r.ttr.mean, 112094.40127388535);
        QCOMPARE(*r.ttr.median, 9420.0);
        QCOMPARE(*r.ttr.p90, 187848.0);
        QCOMPARE(r.tta.n, 0);
        QCOMPARE(r.tta.noData, 157);

        QCOMPARE(r.byService.size(), 60);
        const ServiceMetrics net = r.byService.value(QStringLiteral("Google Cloud Networking"));
        QCOMPARE(net.incidents, 49);
        QCOMPARE(*net.mtbfSeconds, 827318.5294117647);
        QCOMPARE(net.availability, 0.9714410721019502);
        QCOMPARE(*net.ttr.median, 6240.0);
        const ServiceMetrics ops = r.byService.value(QStringLiteral("Operations"));
        QCOMPARE(ops.incidents, 24);
        QCOMPARE(*ops.mtbfSeconds, 1834431.1333333333);
        QCOMPARE(ops.availability, 0.9911663749842878);

        const QList<int> perMonth{9, 24, 12, 15, 18, 3, 4, 9, 9, 6, 22, 25, 1};
        QCOMPARE(r.byMonth.size(), perMonth.size());
        QCOMPARE(r.byMonth.first().label, QStringLiteral("2021-07"));
        for (qsizetype m = 0; m < perMonth.size(); ++m)
            QCOMPARE(r.byMonth[m].incidents, perMonth[m]);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
