// Redraw time of the Metrics panel's charts: QCustomPlot::replot(rpImmediateRefresh) on a
// shown 1200x600 widget on the offscreen platform, median of R runs each.
//
//   bench_charts [--incidents N] [--seed S] [--runs R]
//
// 1. The five charts over the report of a synthetic history (generateSyntheticHistory, N
//    incidents, default 100 000), as the panel draws them.
// 2. The time-series chart (DurationTrendChart) with one dense extra graph of 100 000 and
//    1 000 000 synthetic points: per-incident TTR-like values (log-normal around 2 h) at evenly
//    spaced times over the report's window, drawn once as a line and once as a scatter
//    (dots, no line), each with adaptive sampling on and off; antialiasing is off for such
//    series (MetricsChart::tuneForSize). One more row shows the line with antialiasing on.
#include "core/metrics.h"
#include "interchange/synthetic.h"
#include "ui/charts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace warroom;

namespace {

/// Median wall time in milliseconds of `runs` calls.
double medianMs(int runs, const std::function<void()>& fn)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double replotMs(QCustomPlot* plot, int runs)
{
    plot->replot(QCustomPlot::rpImmediateRefresh);   // warm-up: buffers, label cache
    return medianMs(runs, [plot] { plot->replot(QCustomPlot::rpImmediateRefresh); });
}

/// Points drawn by a chart: data points of every plottable.
qsizetype pointCount(QCustomPlot* plot)
{
    qsizetype n = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (auto* g = qobject_cast<QCPGraph*>(plot->plottable(i)))
            n += g->data()->size();
        else if (auto* b = qobject_cast<QCPBars*>(plot->plottable(i)))
            n += b->data()->size();
        else if (auto* s = qobject_cast<QCPStatisticalBox*>(plot->plottable(i)))
            n += s->data()->size();
    }
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("incidents"), QStringLiteral("Incidents in the synthetic history."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Replots per measurement."), QStringLiteral("R"),
                      QStringLiteral("21")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QSize size(1200, 600);

    SyntheticHistoryOptions options;
    options.incidents = parser.value(QStringLiteral("incidents")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.minTimelineEntries = 0;
    options.maxTimelineEntries = 0;
    QList<Incident> incidents;
    {
        const ImportBatch batch = generateSyntheticHistory(options);
        incidents.reserve(batch.incidents.size());
        for (const ImportedIncident& i : batch.incidents)
            incidents << i.incident;
    }
    MetricsQuery query;
    query.now = options.end;
    const MetricsReport report = MetricsEngine(incidents).compute(query);
    const SeverityScale scale;

    std::printf("bench_charts: QCustomPlot::replot(rpImmediateRefresh) of a shown %dx%d widget, offscreen, "
                "median of %d runs\n",
                size.width(), size.height(), runs);
    std::printf("report: %lld synthetic incidents (seed %llu), %lld months, %lld services\n",
                static_cast<long long>(incidents.size()), static_cast<unsigned long long>(options.seed),
                static_cast<long long>(report.byMonth.size()), static_cast<long long>(report.byService.size()));
    std::printf("\n%-56s %8s %10s\n", "chart (as the panel draws it)", "points", "median ms");

    std::vector<std::unique_ptr<MetricsChart>> charts;
    charts.push_back(std::make_unique<DurationTrendChart>());
    charts.push_back(std::make_unique<SeverityMonthChart>());
    charts.push_back(std::make_unique<TtrBoxChart>());
    charts.push_back(std::make_unique<AvailabilityChart>());
    charts.push_back(std::make_unique<MtbfChart>());
    for (const auto& chart : charts) {
        chart->resize(size);
        chart->show();
        chart->setReport(report, scale);
        const double ms = replotMs(chart.get(), runs);
        std::printf("%-56s %8lld %10.2f\n", qPrintable(chart->title()),
                    static_cast<long long>(pointCount(chart.get())), ms);
        chart->hide();
    }

    // Dense series on the time-series chart.
    std::printf("\ntime series: DurationTrendChart + one graph of synthetic per-incident TTRs (log-normal, "
                "median 2 h) at evenly spaced times over %s .. %s\n",
                qPrintable(report.from.toString(Qt::ISODate)), qPrintable(report.to.toString(Qt::ISODate)));
    std::printf("%-10s %-8s %-13s %12s %12s %8s\n", "points", "style", "antialiasing", "sampling on", "sampling off",
                "off/on");
    DurationTrendChart trend;
    trend.resize(size);
    trend.show();
    trend.setReport(report, scale);
    const double from = double(report.from.toSecsSinceEpoch());
    const double to = double(report.to.toSecsSinceEpoch());
    for (int points : {100'000, 1'000'000}) {
        std::mt19937_64 random(options.seed);
        std::lognormal_distribution<double> ttr(std::log(7200.0), 1.2);
        QVector<double> keys(points), values(points);
        for (int i = 0; i < points; ++i) {
            keys[i] = from + (to - from) * double(i) / double(points);
            values[i] = ttr(random);
        }
        for (const bool scatter : {false, true}) {
            QCPGraph* dense = trend.addGraph();
            dense->setData(keys, values, true);
            dense->setPen(QPen(QColor(0x00, 0x89, 0x7B, 160), 1));
            if (scatter) {
                dense->setLineStyle(QCPGraph::lsNone);
                dense->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
            }
            MetricsChart::tuneForSize(dense, points);
            const double on = replotMs(&trend, runs);
            dense->setAdaptiveSampling(false);
            const double off = replotMs(&trend, runs);
            std::printf("%-10d %-8s %-13s %12.2f %12.2f %7.1fx\n", points, scatter ? "scatter" : "line",
                        dense->antialiased() ? "on" : "off", on, off, off / on);
            if (!scatter) {
                dense->setAdaptiveSampling(true);
                dense->setAntialiased(true);
                const double antialiased = replotMs(&trend, runs);
                std::printf("%-10d %-8s %-13s %12.2f %12s\n", points, "line", "on", antialiased, "-");
            }
            trend.removeGraph(dense);
        }
    }
    return 0;
}
