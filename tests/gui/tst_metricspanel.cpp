// MetricsModel and the Metrics panel over a temp SQLite database: the report of hand-made
// incidents checked against numbers worked out by hand, every chart's plotted data against
// the report, filters, tooltips, exports through FakePrompts, offscreen renders, the empty
// state, and the Metrics tab of the main window.
//
// Set WARROOM_CHART_RENDERS=/some/dir to keep the renders (light and dark palette) there.

#include "ui/chartaxes.h"
#include "ui/charts.h"
#include "ui/mainwindow.h"
#include "ui/metricspanel.h"
#include "ui/userprompts.h"

#include "models/incidentcolors.h"
#include "models/metricsmodel.h"
#include "models/workspace.h"

#include "core/timeformat.h"
#include "interchange/synthetic.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace warroom;

namespace {

/// Answers every dialog without showing one and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList fileAnswers;   ///< answers to openFileName, in order; empty = cancel
    QStringList fileTitles;
    QStringList errors;

    QString openFileName(QWidget*, const QString& title, const QString&, FileMode) override
    {
        fileTitles << title;
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

Incident makeIncident(const QString& title, SeverityLevel severity, const QStringList& services, const char* started,
                      qint64 detectedAfter, qint64 acknowledgedAfter, qint64 mitigatedAfter, qint64 resolvedAfter)
{
    // Offsets in seconds after `started`; -1 leaves the time unset.
    Incident i;
    i.title = title;
    i.severity = severity;
    i.services = services;
    i.startedAt = utc(started);
    auto at = [&i](qint64 offset) { return offset < 0 ? QDateTime() : i.startedAt.addSecs(offset); };
    i.detectedAt = at(detectedAfter);
    i.acknowledgedAt = at(acknowledgedAfter);
    i.mitigatedAt = at(mitigatedAfter);
    i.resolvedAt = at(resolvedAfter);
    i.status = i.resolvedAt.isValid() ? IncidentStatus::Resolved
               : i.acknowledgedAt.isValid() ? IncidentStatus::Acknowledged
                                            : IncidentStatus::Triggered;
    return i;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

/// Distinct colours in `image` (sampled on a grid), to tell a drawn chart from a blank one.
int distinctColors(const QImage& image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}

bool sameOrBothNaN(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || qFuzzyCompare(a, b);
}

/// What the trend chart should plot for a statistic: positive values, NaN (a gap) otherwise.
double plotted(const std::optional<double>& v)
{
    return v && *v > 0 ? *v : std::nan("");
}

constexpr double kWindowSeconds = 91.0 * 86400;   // 2024-01-01 to 2024-04-01

} // namespace

class TestMetricsPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelReportMatchesHandComputedNumbers();
    void modelSettersRecomputeOnlyOnChange();
    void modelUpsertAndRemove();
    void deferredLoadingFollowsVisibility();
    void chartsPlotTheReport();
    void tooltipsGiveExactValuesAndFormula();
    void filtersDriveTheModel();
    void severityFilterChangesBars();
    void targetMovesLineAndColours();
    void exportsWriteFiles();
    void rendersAreDrawnInPaletteColours();
    void emptyDatabaseAndEmptySelection();
    void syntheticHistoryChartsEqualReport();
    void mainWindowMetricsTab();

private:
    void fill();
    /// A shown MetricsPanel over m_model, loaded.
    void showPanel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<IncidentRepository> m_repo;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MetricsModel> m_model;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MetricsPanel> m_panel;
};

void TestMetricsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_metricspanel"));
}

void TestMetricsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("metrics.db"))));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    m_db = db.value();
    m_repo = std::make_unique<IncidentRepository>(m_db);
    m_clock = std::make_unique<FixedClock>(utc("2024-04-01T00:00:00Z"));
    m_model = std::make_unique<MetricsModel>(*m_repo, *m_clock);
    m_prompts = std::make_unique<FakePrompts>();
}

void TestMetricsPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_repo.reset();
    m_db.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
}

// Six incidents; "now" is 2024-04-01 00:00 UTC. Offsets are seconds after the start.
//   A SEV1 [API]      2024-01-10 00:00  TTA 300   TTM 3600  TTR 7200
//   B SEV2 [API, DB]  2024-01-20 00:00  TTA 900   TTM 10800 TTR 14400
//   C SEV3 [DB]       2024-02-05 00:00  TTA 600   no TTM    TTR 3600
//   D SEV2 [API]      2024-03-01 00:00  TTA 120   TTM 1800  TTR 36000
//   E SEV1 [Web]      2024-03-15 12:00  detected, still open
//   F SEV4 [API]      2023-12-20 00:00  before the window used below
void TestMetricsPanel::fill()
{
    const QStringList api{QStringLiteral("API")}, db{QStringLiteral("DB")}, web{QStringLiteral("Web")};
    const QList<Incident> incidents{
        makeIncident(QStringLiteral("A"), 1, api, "2024-01-10T00:00:00Z", 600, 900, 3600, 7200),
        makeIncident(QStringLiteral("B"), 2, api + db, "2024-01-20T00:00:00Z", 300, 1200, 10800, 14400),
        makeIncident(QStringLiteral("C"), 3, db, "2024-02-05T00:00:00Z", 1800, 2400, -1, 3600),
        makeIncident(QStringLiteral("D"), 2, api, "2024-03-01T00:00:00Z", 120, 240, 1800, 36000),
        makeIncident(QStringLiteral("E"), 1, web, "2024-03-15T12:00:00Z", 60, -1, -1, -1),
        makeIncident(QStringLiteral("F"), 4, api, "2023-12-20T00:00:00Z", 60, 120, 1800, 3600),
    };
    for (const Incident& i : incidents) {
        auto stored = m_repo->insertIncident(i);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
    }
}

void TestMetricsPanel::showPanel()
{
    m_panel = std::make_unique<MetricsPanel>(*m_prompts);
    m_panel->setModel(m_model.get());
    m_panel->resize(1500, 1000);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestMetricsPanel::modelReportMatchesHandComputedNumbers()
{
    fill();
    QSignalSpy changed(m_model.get(), &MetricsModel::reportChanged);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->incidentCount(), 6);
    QCOMPARE(m_model->serviceNames(), (QStringList{QStringLiteral("API"), QStringLiteral("DB"), QStringLiteral("Web")}));
    QCOMPARE(m_model->earliestStart(), utc("2023-12-20T00:00:00Z"));

    // Default window: earliest start to now.
    QCOMPARE(m_model->report().incidents, 6);
    QCOMPARE(m_model->report().from, utc("2023-12-20T00:00:00Z"));
    QCOMPARE(m_model->report().to, utc("2024-04-01T00:00:00Z"));
    QCOMPARE(m_model->query().now, m_clock->nowUtc());
    QCOMPARE(m_model->report().byMonth.size(), 4);

    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    const MetricsReport& r = m_model->report();
    QCOMPARE(r.incidents, 5);
    QCOMPARE(r.bySeverity, (QMap<int, int>{{1, 2}, {2, 2}, {3, 1}}));
    // TTR 3600, 7200, 14400, 36000 (E is open: no data).
    QCOMPARE(r.ttr.n, 4);
    QCOMPARE(r.ttr.noData, 1);
    QCOMPARE(*r.ttr.mean, 15300.0);
    QCOMPARE(*r.ttr.median, 10800.0);
    QCOMPARE(*r.ttr.p90, 29520.0);   // h = 2.7: 14400 + 0.7 × (36000 − 14400)
    QCOMPARE(r.tta.n, 4);
    QCOMPARE(*r.tta.mean, 480.0);    // (300 + 900 + 600 + 120) / 4

    QCOMPARE(r.byMonth.size(), 3);
    QCOMPARE(r.byMonth[0].label, QStringLiteral("2024-01"));
    QCOMPARE(*r.byMonth[0].ttr.mean, 10800.0);
    QCOMPARE(*r.byMonth[0].ttr.p90, 13680.0);
    QCOMPARE(*r.byMonth[0].ttm.mean, 7200.0);
    QCOMPARE(r.byMonth[1].ttm.n, 0);
    QCOMPARE(r.byMonth[1].ttm.noData, 1);
    QCOMPARE(r.byMonth[2].incidents, 2);
    QCOMPARE(*r.byMonth[2].tta.mean, 120.0);

    const BoxStats sev2 = r.ttrBySeverity.value(2);
    QCOMPARE(sev2.n, 2);
    QCOMPARE(sev2.min, 14400.0);
    QCOMPARE(sev2.q1, 19800.0);
    QCOMPARE(sev2.median, 25200.0);
    QCOMPARE(sev2.q3, 30600.0);
    QCOMPARE(sev2.max, 36000.0);

    // API: impact 2 h + 4 h + 10 h of SEV1/SEV2; gaps 10 d − 2 h and 41 d − 4 h.
    const ServiceMetrics apiMetrics = r.byService.value(QStringLiteral("API"));
    QCOMPARE(apiMetrics.incidents, 3);
    QCOMPARE(apiMetrics.downtimeSeconds, 57600.0);
    QCOMPARE(apiMetrics.availability, 1 - 57600 / kWindowSeconds);
    QCOMPARE(*apiMetrics.mtbfSeconds, (856800.0 + 3528000.0) / 2);
    const ServiceMetrics dbMetrics = r.byService.value(QStringLiteral("DB"));
    QCOMPARE(*dbMetrics.mtbfSeconds, 1368000.0);
    QCOMPARE(dbMetrics.downtimeSeconds, 14400.0);   // C is SEV3: degraded, not down
    const ServiceMetrics webMetrics = r.byService.value(QStringLiteral("Web"));
    QVERIFY(!webMetrics.mtbfSeconds);
    QCOMPARE(webMetrics.downtimeSeconds, 1425600.0);   // open since 2024-03-15 12:00
}

void TestMetricsPanel::modelSettersRecomputeOnlyOnChange()
{
    fill();
    QVERIFY(m_model->reload().ok());
    QSignalSpy changed(m_model.get(), &MetricsModel::reportChanged);
    m_model->setSeverity(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->report().incidents, 2);
    m_model->setSeverity(2);
    QCOMPARE(changed.count(), 1);
    m_model->setService(QStringLiteral("DB"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->report().incidents, 1);   // B
    m_model->setFrom(utc("2024-02-01T00:00:00Z"));
    QCOMPARE(m_model->report().incidents, 0);
    m_model->setFrom(utc("2024-02-01T00:00:00Z"));
    QCOMPARE(changed.count(), 3);
    m_model->clearFilters();
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_model->report().incidents, 6);
    m_model->clearFilters();
    QCOMPARE(changed.count(), 4);

    // "now" comes from the clock at each recompute: E's open impact grows with it.
    m_clock->set(utc("2024-04-02T00:00:00Z"));
    m_model->recompute();
    QCOMPARE(m_model->report().to, utc("2024-04-02T00:00:00Z"));
    QCOMPARE(m_model->report().byService.value(QStringLiteral("Web")).downtimeSeconds, 1425600.0 + 86400);
}

void TestMetricsPanel::modelUpsertAndRemove()
{
    fill();
    QVERIFY(m_model->reload().ok());
    auto e = m_repo->findByRef(QStringLiteral("INC-5"));
    QVERIFY2(e.ok(), qPrintable(e.errorText()));
    Incident resolved = e.value();
    QCOMPARE(resolved.title, QStringLiteral("E"));
    resolved.resolvedAt = resolved.startedAt.addSecs(1800);
    resolved.status = IncidentStatus::Resolved;
    QSignalSpy changed(m_model.get(), &MetricsModel::reportChanged);
    m_model->upsertIncident(resolved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->report().ttr.n, 6);
    QCOMPARE(m_model->report().byService.value(QStringLiteral("Web")).downtimeSeconds, 1800.0);
    m_model->removeIncident(resolved.id);
    QCOMPARE(m_model->incidentCount(), 5);
    QCOMPARE(m_model->report().incidents, 5);
    m_model->removeIncident(QUuid::createUuid());
    QCOMPARE(changed.count(), 2);
}

void TestMetricsPanel::deferredLoadingFollowsVisibility()
{
    QVERIFY(m_model->isStale());
    QVERIFY(m_model->ensureLoaded().ok());
    QVERIFY(!m_model->isStale());
    QCOMPARE(m_model->incidentCount(), 0);
    fill();

    // Hidden: invalidate() only marks the model stale.
    m_panel = std::make_unique<MetricsPanel>(*m_prompts);
    m_panel->setModel(m_model.get());
    QSignalSpy changed(m_model.get(), &MetricsModel::reportChanged);
    QSignalSpy invalidated(m_model.get(), &MetricsModel::invalidated);
    m_model->invalidate();
    QCOMPARE(invalidated.count(), 1);
    QVERIFY(m_model->isStale());
    QCOMPARE(changed.count(), 0);

    // Shown: the panel reads the incidents and draws them.
    m_panel->resize(1200, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(!m_model->isStale());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->incidentCount(), 6);
    QCOMPARE(m_panel->severityChart()->bars(4)->data()->at(0)->value, 1.0);   // F, 2023-12

    // While shown, an invalidation is read at once; a second ensureLoaded() reads nothing.
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("G"), 4, {QStringLiteral("Web")}, "2024-03-20T00:00:00Z",
                                                60, 120, 600, 900))
                .ok());
    m_model->invalidate();
    QCOMPARE(m_model->incidentCount(), 7);
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->ensureLoaded().ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_panel->severityChart()->bars(4)->data()->at(m_panel->severityChart()->bars(4)->data()->size() - 1)->value, 1.0);   // G, 2024-03
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestMetricsPanel::chartsPlotTheReport()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();
    const MetricsReport& r = m_model->report();

    // Trend: one point per month at the middle of the month; means and p90 in seconds.
    DurationTrendChart* trend = m_panel->trendChart();
    QVERIFY(trend->emptyMessage().isEmpty());
    QCPGraph* ttr = trend->meanGraph(DurationMetric::Ttr);
    QVERIFY(ttr);
    QCOMPARE(ttr->data()->size(), 3);
    QCOMPARE(ttr->data()->at(0)->key, chartMonthCenterKey(utc("2024-01-01T00:00:00Z")));
    QCOMPARE(ttr->data()->at(0)->value, 10800.0);
    QCOMPARE(ttr->data()->at(1)->value, 3600.0);
    QCOMPARE(ttr->data()->at(2)->value, 36000.0);
    QCOMPARE(trend->p90Graph(DurationMetric::Ttr)->data()->at(0)->value, 13680.0);
    QCOMPARE(trend->medianGraph(DurationMetric::Ttr)->data()->at(0)->value, 10800.0);
    QCOMPARE(trend->medianGraph(DurationMetric::Ttr)->data()->at(2)->value, 36000.0);
    QCOMPARE(trend->p90Graph(DurationMetric::Ttr)->channelFillGraph(), trend->medianGraph(DurationMetric::Ttr));
    QVERIFY(std::isnan(trend->meanGraph(DurationMetric::Ttm)->data()->at(1)->value));   // February: no TTM
    QCOMPARE(trend->meanGraph(DurationMetric::Tta)->data()->at(2)->value, 120.0);
    QCOMPARE(trend->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(ttr->adaptiveSampling());
    for (int i = 0; i < r.byMonth.size(); ++i) {
        QVERIFY(sameOrBothNaN(trend->meanGraph(DurationMetric::Tta)->data()->at(i)->value, plotted(r.byMonth[i].tta.mean)));
        QVERIFY(sameOrBothNaN(trend->p90Graph(DurationMetric::Ttm)->data()->at(i)->value, plotted(r.byMonth[i].ttm.p90)));
    }
    // Zoom and pan only move the time axis.
    QVERIFY(trend->interactions().testFlag(QCP::iRangeZoom));
    QVERIFY(trend->interactions().testFlag(QCP::iRangeDrag));
    QCOMPARE(trend->axisRect()->rangeZoom(), Qt::Horizontal);
    QCOMPARE(trend->axisRect()->rangeDrag(), Qt::Horizontal);

    // Stacked bars: SEV1 at the bottom, each level in the dashboard's colour.
    SeverityMonthChart* months = m_panel->severityChart();
    QCOMPARE(months->levels(), (QList<SeverityLevel>{1, 2, 3, 4}));
    QCOMPARE(months->bars(1)->data()->at(0)->value, 1.0);   // January: A
    QCOMPARE(months->bars(2)->data()->at(0)->value, 1.0);   // January: B
    QCOMPARE(months->bars(3)->data()->at(1)->value, 1.0);   // February: C
    QCOMPARE(months->bars(1)->data()->at(2)->value, 1.0);   // March: E
    QCOMPARE(months->bars(2)->data()->at(2)->value, 1.0);   // March: D
    QCOMPARE(months->bars(4)->data()->at(0)->value, 0.0);
    QCOMPARE(months->bars(2)->barBelow(), months->bars(1));
    QCOMPARE(months->bars(3)->barBelow(), months->bars(2));
    QCOMPARE(months->bars(1)->brush().color(), severityColor(1));
    QCOMPARE(months->bars(3)->brush().color(), severityColor(3));

    // Box plots straight from BoxStats.
    TtrBoxChart* box = m_panel->ttrBoxChart();
    QCOMPARE(box->levels(), (QList<SeverityLevel>{1, 2, 3}));
    const QCPStatisticalBoxData sev2 = *box->box(2)->data()->at(0);
    QCOMPARE(sev2.minimum, 14400.0);
    QCOMPARE(sev2.lowerQuartile, 19800.0);
    QCOMPARE(sev2.median, 25200.0);
    QCOMPARE(sev2.upperQuartile, 30600.0);
    QCOMPARE(sev2.maximum, 36000.0);
    QCOMPARE(box->box(1)->data()->at(0)->median, 7200.0);
    QCOMPARE(box->yAxis->scaleType(), QCPAxis::stLogarithmic);

    // Availability: worst first; everything is below 99.9 %.
    AvailabilityChart* availability = m_panel->availabilityChart();
    QCOMPARE(availability->shownServices(),
             (QStringList{QStringLiteral("Web"), QStringLiteral("API"), QStringLiteral("DB")}));
    QCOMPARE(availability->belowTargetBars()->data()->size(), 3);
    QCOMPARE(availability->meetsTargetBars()->data()->size(), 0);
    for (int i = 0; i < 3; ++i) {
        const ServiceMetrics s = r.byService.value(availability->shownServices()[i]);
        QCOMPARE(availability->belowTargetBars()->data()->at(i)->key, double(i));
        QCOMPARE(availability->belowTargetBars()->data()->at(i)->value, s.availability * 100);
    }
    QCOMPARE(availability->targetLine()->point1->coords().x(), 99.9);
    QCOMPARE(availability->targetLine()->point2->coords().x(), 99.9);

    // MTBF: shortest first; Web has a single impact window and no MTBF.
    MtbfChart* mtbf = m_panel->mtbfChart();
    QCOMPARE(mtbf->shownServices(), (QStringList{QStringLiteral("DB"), QStringLiteral("API")}));
    QCOMPARE(mtbf->mtbfBars()->data()->at(0)->value, 1368000.0);
    QCOMPARE(mtbf->mtbfBars()->data()->at(1)->value, 2192400.0);
    QVERIFY(mtbf->note().contains(QStringLiteral("1 service with fewer than two separate incidents")));

    // The summary line repeats the headline numbers.
    const QString summary = child<QLabel>(m_panel.get(), "metricsSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("5 incidents")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("MTTR mean 4h 15m")), qPrintable(summary));
}

void TestMetricsPanel::tooltipsGiveExactValuesAndFormula()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();

    DurationTrendChart* trend = m_panel->trendChart();
    QCPGraph* ttr = trend->meanGraph(DurationMetric::Ttr);
    const QPointF january(trend->xAxis->coordToPixel(ttr->data()->at(0)->key), trend->yAxis->coordToPixel(10800));
    const QString text = trend->toolTipAt(january);
    QVERIFY2(text.contains(QStringLiteral("MTTR 2024-01: mean 3h (10800 s), median 3h (10800 s), p90 3h 48m (13680 s), "
                                          "n = 2, no data = 0 — TTR = resolved_at − started_at")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MTTA 2024-01: mean 10m (600 s)")), qPrintable(text));
    QVERIFY(trend->toolTipAt(QPointF(2, 2)).isEmpty());   // outside the plot

    // Hovering shows the same text as a tooltip.
    QTest::mouseMove(trend, january.toPoint());
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("MTTR 2024-01: mean 3h (10800 s), median 3h (10800 s)")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("<i>TTR = resolved_at − started_at</i>")));

    SeverityMonthChart* months = m_panel->severityChart();
    const QString march = months->toolTipAt(QPointF(
        months->xAxis->coordToPixel(months->bars(1)->data()->at(2)->key), months->yAxis->coordToPixel(0.5)));
    QVERIFY2(march.startsWith(QStringLiteral("2024-03: 2 incidents")), qPrintable(march));
    QVERIFY2(march.contains(QStringLiteral("SEV1 Critical: 1")), qPrintable(march));
    QVERIFY2(march.contains(QStringLiteral("started_at lies in [2024-03-01, 2024-04-01) UTC")), qPrintable(march));

    TtrBoxChart* box = m_panel->ttrBoxChart();
    const QString sev2 = box->toolTipAt(QPointF(box->xAxis->coordToPixel(2), box->yAxis->coordToPixel(25200)));
    QVERIFY2(sev2.contains(QStringLiteral("SEV2 Major: time to resolve of 2 resolved incidents")), qPrintable(sev2));
    QVERIFY2(sev2.contains(QStringLiteral("median 7h (25200 s)")), qPrintable(sev2));
    QVERIFY2(sev2.contains(QStringLiteral("TTR = resolved_at − started_at")), qPrintable(sev2));

    AvailabilityChart* availability = m_panel->availabilityChart();
    const QString web = availability->toolTipAt(QPointF(availability->xAxis->coordToPixel(90),
                                                        availability->yAxis->coordToPixel(0)));
    QVERIFY2(web.startsWith(QStringLiteral("Web: availability 81.8681% (target 99.9%: below)")), qPrintable(web));
    QVERIFY2(web.contains(QStringLiteral("downtime 16d 12h (1425600 s) of a 91d window")), qPrintable(web));
    QVERIFY2(web.contains(QStringLiteral("availability = 1 − ")), qPrintable(web));

    MtbfChart* mtbf = m_panel->mtbfChart();
    const QString db = mtbf->toolTipAt(QPointF(mtbf->xAxis->coordToPixel(100000), mtbf->yAxis->coordToPixel(0)));
    QVERIFY2(db.startsWith(QStringLiteral("DB: MTBF 15d 20h (1368000 s), 2 incidents")), qPrintable(db));
    QVERIFY2(db.contains(QStringLiteral("MTBF = mean gap")), qPrintable(db));
}

void TestMetricsPanel::filtersDriveTheModel()
{
    fill();
    QVERIFY(m_model->reload().ok());
    showPanel();
    QDateEdit* from = child<QDateEdit>(m_panel.get(), "metricsFrom");
    QDateEdit* to = child<QDateEdit>(m_panel.get(), "metricsTo");
    QComboBox* service = child<QComboBox>(m_panel.get(), "metricsService");
    QVERIFY(from && to && service);
    // The date edits show the window in effect: earliest start to today (the "to" day included).
    QCOMPARE(from->date(), QDate(2023, 12, 20));
    QCOMPARE(to->date(), QDate(2024, 3, 31));

    from->setDate(QDate(2024, 1, 1));
    QCOMPARE(m_model->from(), utc("2024-01-01T00:00:00Z"));
    QCOMPARE(m_model->report().incidents, 5);
    to->setDate(QDate(2024, 2, 29));
    QCOMPARE(m_model->to(), utc("2024-03-01T00:00:00Z"));
    QCOMPARE(m_model->report().incidents, 3);
    QCOMPARE(m_panel->trendChart()->meanGraph(DurationMetric::Ttr)->data()->size(), 2);

    // The service combo completes and matches case-insensitively.
    QCOMPARE(service->count(), 3);
    service->lineEdit()->setFocus();
    QTest::keyClicks(service->lineEdit(), QStringLiteral("db"));
    QTest::keyClick(service->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_model->service(), QStringLiteral("DB"));
    QCOMPARE(service->currentText(), QStringLiteral("DB"));
    QCOMPARE(m_panel->availabilityChart()->shownServices(), QStringList{QStringLiteral("DB")});
    // Text that names no service puts the filter in effect back.
    service->lineEdit()->selectAll();
    QTest::keyClicks(service->lineEdit(), QStringLiteral("nope"));
    QTest::keyClick(service->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_model->service(), QStringLiteral("DB"));
    QCOMPARE(service->currentText(), QStringLiteral("DB"));

    QTest::mouseClick(child<QPushButton>(m_panel.get(), "metricsResetFilters"), Qt::LeftButton);
    QVERIFY(!m_model->from().isValid());
    QVERIFY(!m_model->to().isValid());
    QVERIFY(m_model->service().isEmpty());
    QCOMPARE(m_model->report().incidents, 6);
    QCOMPARE(from->date(), QDate(2023, 12, 20));
    QVERIFY(service->currentText().isEmpty());
}

void TestMetricsPanel::severityFilterChangesBars()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();
    SeverityMonthChart* months = m_panel->severityChart();
    QCOMPARE(months->bars(1)->data()->at(0)->value, 1.0);

    QComboBox* severity = child<QComboBox>(m_panel.get(), "metricsSeverity");
    QVERIFY(severity);
    QCOMPARE(severity->count(), 5);
    severity->setCurrentIndex(severity->findData(2));
    QCOMPARE(m_model->severity(), 2);
    QCOMPARE(m_model->report().incidents, 2);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(months->bars(1)->data()->at(i)->value, 0.0);
        QCOMPARE(months->bars(3)->data()->at(i)->value, 0.0);
    }
    QCOMPARE(months->bars(2)->data()->at(0)->value, 1.0);
    QCOMPARE(months->bars(2)->data()->at(1)->value, 0.0);
    QCOMPARE(months->bars(2)->data()->at(2)->value, 1.0);
    QCOMPARE(m_panel->ttrBoxChart()->levels(), QList<SeverityLevel>{2});

    severity->setCurrentIndex(0);
    QCOMPARE(m_model->severity(), 0);
    QCOMPARE(months->bars(1)->data()->at(0)->value, 1.0);
}

void TestMetricsPanel::targetMovesLineAndColours()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();
    QDoubleSpinBox* target = child<QDoubleSpinBox>(m_panel.get(), "metricsTarget");
    QCOMPARE(target->value(), 99.9);
    AvailabilityChart* chart = m_panel->availabilityChart();
    target->setValue(99.0);
    QCOMPARE(chart->target(), 99.0);
    QCOMPARE(chart->targetLine()->point1->coords().x(), 99.0);
    // API 99.267 % and DB 99.817 % now meet the target; Web does not.
    QCOMPARE(chart->belowTargetBars()->data()->size(), 1);
    QCOMPARE(chart->meetsTargetBars()->data()->size(), 2);
    QCOMPARE(chart->meetsTargetBars()->data()->at(0)->key, 1.0);
    const QByteArray csv = chart->toCsv();
    QVERIFY2(csv.contains("1,Web,1,1425600,7862400,"), csv.constData());
    QVERIFY(csv.contains(",0.98999999999999999,no\r\n"));
    QVERIFY(csv.contains(",yes\r\n"));
}

void TestMetricsPanel::exportsWriteFiles()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();
    DurationTrendChart* trend = m_panel->trendChart();

    const QString png = m_dir->filePath(QStringLiteral("trend.png"));
    m_prompts->fileAnswers << png;
    trend->exportPngAction()->trigger();
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), trend->size() * trend->devicePixelRatio());
    QVERIFY(distinctColors(image) > 10);

    // A name without suffix gets one.
    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("trend"));
    trend->exportPdfAction()->trigger();
    QFile pdf(m_dir->filePath(QStringLiteral("trend.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 1000);
    QVERIFY(pdf.read(5) == "%PDF-");

    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("trend.csv"));
    trend->exportCsvAction()->trigger();
    QFile csvFile(m_dir->filePath(QStringLiteral("trend.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 3 + 1);   // header, one row per month, the empty rest after the last CRLF
    QVERIFY(lines[0].startsWith("month,month_start_utc,incidents,tta_n,tta_no_data,tta_mean_s,"));
    QVERIFY2(lines[1].startsWith("2024-01,2024-01-01T00:00:00.000Z,2,2,0,600,600,"), lines[1].constData());
    QVERIFY(lines[1].contains(",2,0,10800,10800,13680\r"));
    QVERIFY(lines[3].startsWith("2024-03,"));

    // Every chart exports its data; the bars chart has one column per level.
    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("months.csv"));
    m_panel->severityChart()->exportCsvAction()->trigger();
    QFile months(m_dir->filePath(QStringLiteral("months.csv")));
    QVERIFY(months.open(QIODevice::ReadOnly));
    QCOMPARE(months.readAll(), QByteArray("month,month_start_utc,SEV1,SEV2,SEV3,SEV4,total\r\n"
                                          "2024-01,2024-01-01T00:00:00.000Z,1,1,0,0,2\r\n"
                                          "2024-02,2024-02-01T00:00:00.000Z,0,0,1,0,1\r\n"
                                          "2024-03,2024-03-01T00:00:00.000Z,1,1,0,0,2\r\n"));
    QCOMPARE(m_panel->ttrBoxChart()->toCsv().split('\n').first(), QByteArray("severity,name,n,min_s,q1_s,median_s,q3_s,max_s\r"));
    QVERIFY(m_panel->ttrBoxChart()->toCsv().contains("SEV2,Major,2,14400,19800,25200,30600,36000\r\n"));
    QVERIFY(m_panel->mtbfChart()->toCsv().contains("1,DB,2,1368000\r\n"));

    // Cancelling writes nothing; a path that cannot be written is reported.
    trend->exportPngAction()->trigger();
    QVERIFY(m_prompts->errors.isEmpty());
    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("missing/dir/x.csv"));
    trend->exportCsvAction()->trigger();
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("x.csv")));

    // The whole report, as warroomctl metrics --csv writes it.
    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(m_panel.get(), "metricsExportReport"), Qt::LeftButton);
    QFile report(m_dir->filePath(QStringLiteral("report.csv")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray reportCsv = report.readAll();
    QVERIFY(reportCsv.startsWith("scope,name,incidents,SEV1,"));
    QVERIFY(reportCsv.contains("\r\nmonth,2024-03,2,"));
}

void TestMetricsPanel::rendersAreDrawnInPaletteColours()
{
    fill();
    QVERIFY(m_model->reload().ok());
    m_model->setWindow(utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    showPanel();
    const QString keep = qEnvironmentVariable("WARROOM_CHART_RENDERS");
    QTemporaryDir renders;
    QVERIFY(renders.isValid());

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x30));
    dark.setColor(QPalette::Text, QColor(0xDF, 0xE1, 0xE5));
    dark.setColor(QPalette::WindowText, QColor(0xDF, 0xE1, 0xE5));
    dark.setColor(QPalette::Mid, QColor(0x3C, 0x3F, 0x41));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9D, 0xA3));
    const QPalette light = m_panel->palette();

    for (const auto& [name, palette] : {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
        m_panel->setPalette(palette);
        for (MetricsChart* chart : m_panel->charts()) {
            const QString path = renders.filePath(QStringLiteral("%1-%2.png").arg(chart->objectName(), name));
            QVERIFY(chart->savePng(path, 900, 520));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(900, 520));
            QVERIFY2(distinctColors(image) > 20, qPrintable(chart->objectName()));
            // The background is the palette's base colour.
            QCOMPARE(QColor(image.pixel(2, image.height() - 2)), palette.color(QPalette::Base));
            if (!keep.isEmpty())
                QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
        }
    }
    if (!keep.isEmpty())
        QVERIFY(m_panel->grab().save(QDir(keep).filePath(QStringLiteral("panel-dark.png"))));
}

void TestMetricsPanel::emptyDatabaseAndEmptySelection()
{
    QVERIFY(m_model->reload().ok());
    showPanel();
    auto* stack = child<QStackedWidget>(m_panel.get(), "metricsStack");
    QCOMPARE(stack->currentWidget(), child<QWidget>(m_panel.get(), "metricsEmptyState"));
    QVERIFY(child<QLabel>(m_panel.get(), "metricsEmptyTitle")->isVisible());
    QVERIFY(!child<QComboBox>(m_panel.get(), "metricsSeverity")->isEnabled());

    fill();
    QVERIFY(m_model->reload().ok());
    QCOMPARE(stack->currentWidget(), child<QWidget>(m_panel.get(), "metricsChartsPage"));
    QVERIFY(child<QComboBox>(m_panel.get(), "metricsSeverity")->isEnabled());

    // A window without incidents: each chart says so instead of drawing empty axes.
    m_model->setWindow(utc("2030-01-01T00:00:00Z"), utc("2030-02-01T00:00:00Z"));
    for (MetricsChart* chart : m_panel->charts()) {
        QVERIFY2(!chart->emptyMessage().isEmpty(), qPrintable(chart->objectName()));
        QVERIFY(!chart->xAxis->visible());
        QVERIFY(!chart->yAxis->visible());
        QCOMPARE(chart->plottableCount(), 0);
    }
    QCOMPARE(m_panel->trendChart()->emptyMessage(), QStringLiteral("No incidents in this selection."));
    const QImage image = m_panel->trendChart()->toPixmap(600, 300).toImage();
    QVERIFY(distinctColors(image) > 2);   // the message is drawn

    // Incidents without acknowledgement or resolution: the trend says what is missing.
    m_model->setWindow(utc("2024-03-15T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
    m_model->setSeverity(1);   // only E, open, never acknowledged
    QVERIFY(m_panel->trendChart()->emptyMessage().contains(QStringLiteral("lacks the times")));
    QCOMPARE(m_panel->ttrBoxChart()->emptyMessage(), QStringLiteral("No resolved incidents in this selection."));
    QCOMPARE(m_panel->availabilityChart()->shownServices(), QStringList{QStringLiteral("Web")});
}

void TestMetricsPanel::syntheticHistoryChartsEqualReport()
{
    SyntheticHistoryOptions options;
    options.incidents = 3000;
    options.seed = 7;
    options.end = utc("2024-03-31T00:00:00Z");
    options.minTimelineEntries = 0;
    options.maxTimelineEntries = 0;
    auto imported = m_repo->importBatch(generateSyntheticHistory(options));
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QVERIFY(m_model->reload().ok());
    showPanel();

    // The model's report is the engine's over the same incidents and query.
    auto all = m_repo->listIncidents();
    QVERIFY(all.ok());
    const MetricsReport expected = MetricsEngine(all.value()).compute(m_model->query());
    const MetricsReport& r = m_model->report();
    QCOMPARE(r.incidents, 3000);
    QCOMPARE(r.incidents, expected.incidents);
    QCOMPARE(*r.ttr.mean, *expected.ttr.mean);
    QCOMPARE(r.byMonth.size(), expected.byMonth.size());
    QVERIFY(r.byMonth.size() > 6);

    DurationTrendChart* trend = m_panel->trendChart();
    SeverityMonthChart* months = m_panel->severityChart();
    for (int i = 0; i < r.byMonth.size(); ++i) {
        const MetricsBucket& b = r.byMonth[i];
        QCOMPARE(trend->meanGraph(DurationMetric::Tta)->data()->at(i)->key, chartMonthCenterKey(b.start));
        QVERIFY(sameOrBothNaN(trend->meanGraph(DurationMetric::Tta)->data()->at(i)->value, plotted(b.tta.mean)));
        QVERIFY(sameOrBothNaN(trend->meanGraph(DurationMetric::Ttm)->data()->at(i)->value, plotted(b.ttm.mean)));
        QVERIFY(sameOrBothNaN(trend->meanGraph(DurationMetric::Ttr)->data()->at(i)->value, plotted(b.ttr.mean)));
        QVERIFY(sameOrBothNaN(trend->medianGraph(DurationMetric::Ttr)->data()->at(i)->value, plotted(b.ttr.median)));
        QVERIFY(sameOrBothNaN(trend->p90Graph(DurationMetric::Ttr)->data()->at(i)->value, plotted(b.ttr.p90)));
        int total = 0;
        for (SeverityLevel level : months->levels()) {
            QCOMPARE(months->bars(level)->data()->at(i)->value, double(b.bySeverity.value(level)));
            total += b.bySeverity.value(level);
        }
        QCOMPARE(total, b.incidents);
    }
    for (auto it = r.ttrBySeverity.cbegin(); it != r.ttrBySeverity.cend(); ++it) {
        const QCPStatisticalBoxData d = *m_panel->ttrBoxChart()->box(it.key())->data()->at(0);
        QCOMPARE(d.median, std::max(it.value().median, 1.0));
        QCOMPARE(d.upperQuartile, std::max(it.value().q3, 1.0));
    }
    // 30 services: the availability chart shows the 20 least available and says so.
    AvailabilityChart* availability = m_panel->availabilityChart();
    QCOMPARE(availability->shownServices().size(), AvailabilityChart::kMaxServices);
    QVERIFY2(availability->note().contains(QStringLiteral("the 20 least available of 30 services")),
             qPrintable(availability->note()));
    double previous = -1;
    for (const QString& name : availability->shownServices()) {
        const double a = r.byService.value(name).availability;
        QVERIFY(a >= previous);
        previous = a;
    }
    QCOMPARE(m_panel->mtbfChart()->shownServices().size(), MtbfChart::kMaxServices);
    QCOMPARE(m_panel->mtbfChart()->mtbfBars()->data()->at(0)->value,
             *r.byService.value(m_panel->mtbfChart()->shownServices().first()).mtbfSeconds);
    const QByteArray csv = trend->toCsv();
    QCOMPARE(csv.count("\r\n"), r.byMonth.size() + 1);
}

void TestMetricsPanel::mainWindowMetricsTab()
{
    fill();
    auto workspace = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("metrics.db"))), *m_clock);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorText()));
    MainWindow window(*m_clock, *m_prompts);
    window.setWorkspace(std::move(workspace).value());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.reload().ok());
    QVERIFY(window.metricsModel());
    // The Metrics tab is hidden: its model waits until it is shown.
    QVERIFY(window.metricsModel()->isStale());
    QCOMPARE(window.metricsModel()->incidentCount(), 0);

    // Tests find widgets by object name across the window: no name in the Metrics panel may
    // shadow one elsewhere (the dashboard has its own "emptyState", "stack", …).
    QSet<QString> outside;
    for (const QObject* o : window.findChildren<QObject*>()) {
        bool inPanel = false;
        for (const QObject* p = o; p && !inPanel; p = p->parent())
            inPanel = p == window.metricsPanel();
        if (!inPanel && !o->objectName().isEmpty())
            outside.insert(o->objectName());
    }
    for (const QObject* o : window.metricsPanel()->findChildren<QObject*>()) {
        const QString name = o->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")) && !name.startsWith(QLatin1String("_q_")))
            QVERIFY2(!outside.contains(name), qPrintable(name));
    }

    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    QVERIFY(tabs);
    QVERIFY(!window.metricsPanel()->isVisible());
    QAction* action = window.metricsAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QList<QDockWidget*> docks;   // the incident docks shown with the Incidents tab
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (dock->isVisible())
            docks << dock;
    }
    action->trigger();
    QVERIFY(action->isChecked());
    QCOMPARE(tabs->currentWidget(), window.metricsPanel());
    QVERIFY(window.metricsPanel()->isVisible());
    for (QDockWidget* dock : std::as_const(docks))
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));   // the charts get the window
    QVERIFY(!window.metricsModel()->isStale());
    QCOMPARE(window.metricsModel()->incidentCount(), 6);
    // Shown after the reload: the charts caught up when the tab appeared.
    QCOMPARE(window.metricsPanel()->severityChart()->bars(4)->data()->at(0)->value, 1.0);   // F, 2023-12
    action->trigger();
    QVERIFY(!window.metricsPanel()->isVisible());
    for (QDockWidget* dock : std::as_const(docks))
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
    tabs->setCurrentIndex(1);
    QVERIFY(action->isChecked());
    // A refresh while the tab is shown reads at once.
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("G"), 4, {QStringLiteral("Web")}, "2024-03-20T00:00:00Z",
                                                60, 120, 600, 900))
                .ok());
    QVERIFY(window.reload().ok());
    QCOMPARE(window.metricsModel()->incidentCount(), 7);
}

QTEST_MAIN(TestMetricsPanel)
#include "tst_metricspanel.moc"
