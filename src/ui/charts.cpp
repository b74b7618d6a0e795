#include "charts.h"

#include "chartaxes.h"

#include "core/timeformat.h"
#include "models/incidentcolors.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>
#include <limits>

namespace warroom {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDaySeconds = 86400;
/// Drawn width of a month's bar: a little less than the shortest month.
constexpr double kMonthBarWidth = 22 * kDaySeconds;
/// Lowest value drawn on a logarithmic duration axis (seconds).
constexpr double kLogFloor = 1;
/// Widest service name on the per-service charts, in pixels.
constexpr int kServiceLabelWidth = 230;

const DurationStats& bucketStats(const MetricsBucket& bucket, DurationMetric metric)
{
    switch (metric) {
    case DurationMetric::Tta: return bucket.tta;
    case DurationMetric::Ttm: return bucket.ttm;
    case DurationMetric::Ttr:
    case DurationMetric::Ttd: break;   // buckets hold no TTD; the charts never ask for it
    }
    return bucket.ttr;
}

/// "MTTA", "MTTM", "MTTR", "MTTD".
QString meanName(DurationMetric metric)
{
    switch (metric) {
    case DurationMetric::Ttd: return DurationTrendChart::tr("MTTD");
    case DurationMetric::Tta: return DurationTrendChart::tr("MTTA");
    case DurationMetric::Ttm: return DurationTrendChart::tr("MTTM");
    case DurationMetric::Ttr: break;
    }
    return DurationTrendChart::tr("MTTR");
}

QColor metricColor(DurationMetric metric)
{
    switch (metric) {
    case DurationMetric::Ttd: return QColor(0x6D, 0x4C, 0x41);
    case DurationMetric::Tta: return QColor(0x1E, 0x88, 0xE5);   // blue
    case DurationMetric::Ttm: return QColor(0x8E, 0x24, 0xAA);   // purple
    case DurationMetric::Ttr: break;
    }
    return QColor(0x00, 0x89, 0x7B);   // teal
}

/// "1 incident", "12 incidents".
QString incidentsText(int n)
{
    return n == 1 ? MetricsChart::tr("1 incident") : MetricsChart::tr("%1 incidents").arg(n);
}

/// "1 service", "12 services".
QString servicesText(qsizetype n)
{
    return n == 1 ? MetricsChart::tr("1 service") : MetricsChart::tr("%1 services").arg(n);
}

/// "SEV2 Major", or "SEV7" for a level the scale does not name.
QString levelName(const SeverityScale& scale, SeverityLevel level)
{
    return scale.contains(level) ? scale.label(level) : severityCode(level);
}

/// A finite positive value for a log axis, or NaN (a gap).
double logValue(const std::optional<double>& v)
{
    return v && *v > 0 ? *v : kNaN;
}

/// Index of the month bucket containing time `key` (seconds since the epoch), or -1.
int monthAt(const QList<MetricsBucket>& months, double key)
{
    for (int i = 0; i < months.size(); ++i) {
        const double start = double(months[i].start.toSecsSinceEpoch());
        if (key >= start && key < start + chartMonthLengthSeconds(months[i].start))
            return i;
    }
    return -1;
}

/// Full range of a month axis: first month's start to last month's end, with a small margin.
QCPRange monthRange(const QList<MetricsBucket>& months)
{
    const double first = double(months.first().start.toSecsSinceEpoch());
    const double last = double(months.last().start.toSecsSinceEpoch()) + chartMonthLengthSeconds(months.last().start);
    const double margin = 4 * kDaySeconds;
    return QCPRange(first - margin, last + margin);
}

/// Padded logarithmic range around positive `values` (seconds).
QCPRange logRange(const QVector<double>& values)
{
    double lo = std::numeric_limits<double>::max();
    double hi = 0;
    for (double v : values) {
        if (std::isfinite(v) && v > 0) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi <= 0)
        return QCPRange(60, 86400);
    return QCPRange(std::max(kLogFloor / 2, lo / 2), hi * 2);
}

QString elided(const QFont& font, const QString& text)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideRight, kServiceLabelWidth);
}

/// The row under widget position `pos` on a horizontal bar chart with `count` rows on yAxis.
int rowAt(const QCPAxis* keyAxis, const QPointF& pos, int count)
{
    const double key = keyAxis->pixelToCoord(pos.y());
    const auto row = int(std::lround(key));
    return row >= 0 && row < count && std::fabs(key - row) <= 0.5 ? row : -1;
}

/// Styles bars drawn along the horizontal, one per row, keys 0..n-1 top to bottom.
void setupServiceAxis(QCPAxis* keyAxis, const QStringList& labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, labels[i]);
    keyAxis->setTicker(ticker);
    keyAxis->setRangeReversed(true);
    keyAxis->setRange(-0.6, double(labels.size()) - 0.4);
    keyAxis->setSubTicks(false);
    keyAxis->setTickLength(0, 4);
    keyAxis->grid()->setVisible(false);
}

} // namespace

// ---------------------------------------------------------------------------------------
// DurationTrendChart

DurationTrendChart::DurationTrendChart(QWidget* parent) : MetricsChart(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    placeLegendBelow();
    enableTimeZoom();
    addLayer(QStringLiteral("bands"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
}

QList<DurationMetric> DurationTrendChart::metrics()
{
    return {DurationMetric::Tta, DurationMetric::Ttm, DurationMetric::Ttr};
}

QCPGraph* DurationTrendChart::meanGraph(DurationMetric metric) const
{
    return m_mean.value(metric);
}

QCPGraph* DurationTrendChart::medianGraph(DurationMetric metric) const
{
    return m_median.value(metric);
}

QCPGraph* DurationTrendChart::p90Graph(DurationMetric metric) const
{
    return m_p90.value(metric);
}

QCPRange DurationTrendChart::fullTimeRange() const
{
    return m_fullRange;
}

void DurationTrendChart::rebuild()
{
    resetPlot();
    m_mean.clear();
    m_median.clear();
    m_p90.clear();
    setTitle(tr("Time to acknowledge, mitigate and resolve, by month"));
    const QList<MetricsBucket>& months = report().byMonth;
    bool anyData = false;
    for (const MetricsBucket& b : months) {
        for (DurationMetric m : metrics())
            anyData = anyData || bucketStats(b, m).n > 0;
    }
    if (months.isEmpty() || !anyData) {
        setNote(tr("Monthly mean and p90 of TTA, TTM and TTR."));
        const int n = report().incidents;
        showEmptyMessage(n == 0   ? tr("No incidents in this selection.")
                         : n == 1 ? tr("The incident in this selection lacks the times\nneeded for TTA, TTM and TTR.")
                                  : tr("None of the %1 incidents in this selection has the times\n"
                                       "needed for TTA, TTM or TTR.")
                                        .arg(n));
        replot();
        return;
    }
    setNote(tr("Lines: monthly mean · shaded bands: median to p90 (half of the incidents took longer than the "
               "median, one in ten longer than the p90) · log scale · months in UTC"));
    legend->setVisible(true);

    QVector<double> keys;
    keys.reserve(months.size());
    for (const MetricsBucket& b : months)
        keys << chartMonthCenterKey(b.start);

    QVector<double> allValues;
    for (DurationMetric metric : metrics()) {
        QVector<double> means, medians, p90s;
        means.reserve(months.size());
        medians.reserve(months.size());
        p90s.reserve(months.size());
        int n = 0;
        for (const MetricsBucket& b : months) {
            const DurationStats& s = bucketStats(b, metric);
            means << logValue(s.mean);
            medians << logValue(s.median);
            p90s << logValue(s.p90);
            n += s.n;
        }
        allValues << means << medians << p90s;
        const QColor color = seriesColor(metricColor(metric));

        QCPGraph* mean = addGraph();
        mean->setData(keys, means, true);
        mean->setPen(QPen(color, 2));
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 5));
        mean->setName(n > 0 ? tr("%1 (mean)").arg(meanName(metric)) : tr("%1: no data").arg(meanName(metric)));
        tuneForSize(mean, keys.size());
        mean->addToLegend();

        QCPGraph* median = addGraph();
        median->setLayer(QStringLiteral("bands"));
        median->setData(keys, medians, true);
        median->setPen(Qt::NoPen);
        median->setName(tr("%1 median").arg(meanName(metric)));
        tuneForSize(median, keys.size());

        QCPGraph* p90 = addGraph();
        p90->setLayer(QStringLiteral("bands"));
        p90->setData(keys, p90s, true);
        QColor edge = color;
        edge.setAlpha(120);
        p90->setPen(QPen(edge, 1, Qt::DashLine));
        QColor fill = color;
        fill.setAlpha(isDarkPalette() ? 60 : 45);
        p90->setBrush(fill);
        p90->setChannelFillGraph(median);
        p90->setName(tr("%1 p90").arg(meanName(metric)));
        tuneForSize(p90, keys.size());
        // The translucent band is filled without antialiasing: its edge is the dashed p90 line
        // drawn over it, and an antialiased fill of three bands cost most of this chart's
        // redraw (bench_charts: 10.6 ms down to 3.6 ms at 1200x600).
        p90->setAntialiasedFill(false);

        m_mean.insert(metric, mean);
        m_median.insert(metric, median);
        m_p90.insert(metric, p90);
    }

    xAxis->setTicker(QSharedPointer<MonthAxisTicker>::create());
    m_fullRange = monthRange(months);
    xAxis->setRange(m_fullRange);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<DurationLogAxisTicker>::create());
    yAxis->setRange(logRange(allValues));
    yAxis->setLabel(tr("Duration (log scale)"));
    replot();
}

QString DurationTrendChart::toolTipAt(const QPointF& pos) const
{
    if (!insidePlotArea(pos))
        return {};
    const QList<MetricsBucket>& months = report().byMonth;
    const int i = monthAt(months, xAxis->pixelToCoord(pos.x()));
    if (i < 0)
        return {};
    const MetricsBucket& b = months[i];
    QStringList lines;
    lines << tr("%1 (UTC): %2 started").arg(b.label, incidentsText(b.incidents));
    for (DurationMetric metric : metrics()) {
        const DurationStats& s = bucketStats(b, metric);
        QString line;
        if (s.n == 0) {
            line = tr("%1 %2: no data, n = 0, no data = %3").arg(meanName(metric), b.label).arg(s.noData);
        } else {
            line = tr("%1 %2: mean %3, median %4, p90 %5, n = %6, no data = %7")
                       .arg(meanName(metric), b.label, chartDurationText(s.mean), chartDurationText(s.median),
                            chartDurationText(s.p90))
                       .arg(s.n)
                       .arg(s.noData);
            if (s.negative > 0)
                line += tr(", negative = %1").arg(s.negative);
        }
        lines << line + QStringLiteral(" — ") + durationMetricFormula(metric);
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray DurationTrendChart::toCsv() const
{
    QList<QStringList> rows;
    QStringList header{QStringLiteral("month"), QStringLiteral("month_start_utc"), QStringLiteral("incidents")};
    for (DurationMetric metric : metrics()) {
        const QString k = durationMetricKey(metric);
        for (const char* column : {"_n", "_no_data", "_mean_s", "_median_s", "_p90_s"})
            header << k + QLatin1String(column);
    }
    rows << header;
    for (const MetricsBucket& b : report().byMonth) {
        QStringList row{b.label, toIsoUtc(b.start), QString::number(b.incidents)};
        for (DurationMetric metric : metrics()) {
            const DurationStats& s = bucketStats(b, metric);
            row << QString::number(s.n) << QString::number(s.noData) << chartCsvNumber(s.mean)
                << chartCsvNumber(s.median) << chartCsvNumber(s.p90);
        }
        rows << row;
    }
    return chartCsv(rows);
}

// ---------------------------------------------------------------------------------------
// SeverityMonthChart

SeverityMonthChart::SeverityMonthChart(QWidget* parent) : MetricsChart(parent)
{
    setObjectName(QStringLiteral("severityChart"));
    placeLegendBelow();
    enableTimeZoom();
}

QCPRange SeverityMonthChart::fullTimeRange() const
{
    return m_fullRange;
}

void SeverityMonthChart::rebuild()
{
    resetPlot();
    m_bars.clear();
    setTitle(tr("Incidents per month by severity"));
    setNote(tr("Counted in the month the impact started (started_at, UTC)"));
    const QList<MetricsBucket>& months = report().byMonth;
    if (months.isEmpty() || report().incidents == 0) {
        showEmptyMessage(tr("No incidents in this selection."));
        replot();
        return;
    }
    legend->setVisible(true);

    QList<SeverityLevel> levels;
    for (const SeverityDefinition& d : severityScale().levels())
        levels << d.level;
    for (auto it = report().bySeverity.cbegin(); it != report().bySeverity.cend(); ++it) {
        if (!levels.contains(it.key()))
            levels << it.key();
    }
    std::sort(levels.begin(), levels.end());

    QVector<double> keys;
    for (const MetricsBucket& b : months)
        keys << chartMonthCenterKey(b.start);

    QCPBars* below = nullptr;
    for (SeverityLevel level : levels) {
        QVector<double> counts;
        for (const MetricsBucket& b : months)
            counts << double(b.bySeverity.value(level));
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(kMonthBarWidth);
        bars->setPen(Qt::NoPen);
        bars->setBrush(severityColor(level));
        bars->setStackingGap(1);
        bars->setAntialiased(false);
        bars->setName(levelName(severityScale(), level));
        bars->setData(keys, counts, true);
        if (below)
            bars->moveAbove(below);
        bars->addToLegend();
        below = bars;
        m_bars.insert(level, bars);
    }

    int maxTotal = 1;
    for (const MetricsBucket& b : months)
        maxTotal = std::max(maxTotal, b.incidents);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    yAxis->setTicker(counts);
    yAxis->setRange(0, maxTotal * 1.1 + 0.5);
    yAxis->setLabel(tr("Incidents"));
    xAxis->setTicker(QSharedPointer<MonthAxisTicker>::create());
    m_fullRange = monthRange(months);
    xAxis->setRange(m_fullRange);
    replot();
}

QString SeverityMonthChart::toolTipAt(const QPointF& pos) const
{
    if (!insidePlotArea(pos))
        return {};
    const QList<MetricsBucket>& months = report().byMonth;
    const int i = monthAt(months, xAxis->pixelToCoord(pos.x()));
    if (i < 0)
        return {};
    const MetricsBucket& b = months[i];
    QStringList parts;
    for (SeverityLevel level : m_bars.keys())
        parts << tr("%1: %2").arg(levelName(severityScale(), level)).arg(b.bySeverity.value(level));
    return tr("%1: %2").arg(b.label, incidentsText(b.incidents)) + QLatin1Char('\n') + parts.join(QLatin1Char('\n'))
           + QLatin1Char('\n')
           + tr("Incidents whose started_at lies in [%1, %2) UTC")
                 .arg(b.start.toString(QStringLiteral("yyyy-MM-dd")),
                      b.start.addMonths(1).toString(QStringLiteral("yyyy-MM-dd")));
}

QByteArray SeverityMonthChart::toCsv() const
{
    QList<QStringList> rows;
    QStringList header{QStringLiteral("month"), QStringLiteral("month_start_utc")};
    const QList<SeverityLevel> levels = m_bars.keys();
    for (SeverityLevel level : levels)
        header << severityCode(level);
    header << QStringLiteral("total");
    rows << header;
    for (const MetricsBucket& b : report().byMonth) {
        QStringList row{b.label, toIsoUtc(b.start)};
        for (SeverityLevel level : levels)
            row << QString::number(b.bySeverity.value(level));
        row << QString::number(b.incidents);
        rows << row;
    }
    return chartCsv(rows);
}

// ---------------------------------------------------------------------------------------
// TtrBoxChart

TtrBoxChart::TtrBoxChart(QWidget* parent) : MetricsChart(parent)
{
    setObjectName(QStringLiteral("ttrBoxChart"));
}

void TtrBoxChart::rebuild()
{
    resetPlot();
    m_boxes.clear();
    setTitle(tr("Time to resolve by severity"));
    setNote(tr("Box: middle half of resolved incidents (Q1 to Q3) · line: median · whiskers: fastest and "
               "slowest · log scale"));
    const QMap<int, BoxStats>& stats = report().ttrBySeverity;
    if (stats.isEmpty()) {
        showEmptyMessage(report().incidents == 0 ? tr("No incidents in this selection.")
                                                 : tr("No resolved incidents in this selection."));
        replot();
        return;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> values;
    int position = 0;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        const SeverityLevel level = it.key();
        const BoxStats& s = it.value();
        ++position;
        auto* box = new QCPStatisticalBox(xAxis, yAxis);
        box->setName(levelName(severityScale(), level));
        auto clamp = [](double v) { return std::max(v, kLogFloor); };
        box->addData(position, clamp(s.min), clamp(s.q1), clamp(s.median), clamp(s.q3), clamp(s.max));
        box->setWidth(0.5);
        box->setWhiskerWidth(0.25);
        QColor fill = severityColor(level);
        fill.setAlpha(215);
        box->setBrush(fill);
        box->setPen(QPen(severityColor(level).darker(135), 1));
        box->setWhiskerPen(QPen(textColor(), 1.2, Qt::SolidLine));
        box->setWhiskerBarPen(QPen(textColor(), 1.5));
        // The median on the box in the chip's text colour; a box without height (one value,
        // or equal quartiles) shows its median in the level's colour instead.
        box->setMedianPen(QPen(s.q3 > s.q1 ? severityTextColor(level) : severityColor(level).darker(120), 3));
        m_boxes.insert(level, box);
        values << clamp(s.min) << clamp(s.max);
        ticker->addTick(position, tr("%1\nn = %2").arg(levelName(severityScale(), level)).arg(s.n));
    }
    xAxis->setTicker(ticker);
    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 4);
    xAxis->grid()->setVisible(false);
    xAxis->setRange(0.4, position + 0.6);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<DurationLogAxisTicker>::create());
    yAxis->setRange(logRange(values));
    yAxis->setLabel(tr("Time to resolve (log scale)"));
    replot();
}

QString TtrBoxChart::toolTipAt(const QPointF& pos) const
{
    if (!insidePlotArea(pos))
        return {};
    const double key = xAxis->pixelToCoord(pos.x());
    int position = 0;
    const QMap<int, BoxStats>& stats = report().ttrBySeverity;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        ++position;
        if (std::fabs(key - position) > 0.4)
            continue;
        const BoxStats& s = it.value();
        return (s.n == 1 ? tr("%1: time to resolve of 1 resolved incident").arg(levelName(severityScale(), it.key()))
                         : tr("%1: time to resolve of %2 resolved incidents")
                               .arg(levelName(severityScale(), it.key()))
                               .arg(s.n))
               + QLatin1Char('\n')
               + tr("min %1\nQ1 %2\nmedian %3\nQ3 %4\nmax %5")
                     .arg(chartDurationText(s.min), chartDurationText(s.q1), chartDurationText(s.median),
                          chartDurationText(s.q3), chartDurationText(s.max))
               + QLatin1Char('\n') + durationMetricFormula(DurationMetric::Ttr) + QLatin1Char('\n')
               + tr("Quartiles by linear interpolation between closest ranks (numpy's default)");
    }
    return {};
}

QByteArray TtrBoxChart::toCsv() const
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("severity"), QStringLiteral("name"),    QStringLiteral("n"),
                        QStringLiteral("min_s"),    QStringLiteral("q1_s"),    QStringLiteral("median_s"),
                        QStringLiteral("q3_s"),     QStringLiteral("max_s")};
    const QMap<int, BoxStats>& stats = report().ttrBySeverity;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        const BoxStats& s = it.value();
        rows << QStringList{severityCode(it.key()), severityScale().name(it.key()), QString::number(s.n),
                            chartCsvNumber(s.min),  chartCsvNumber(s.q1),           chartCsvNumber(s.median),
                            chartCsvNumber(s.q3),   chartCsvNumber(s.max)};
    }
    return chartCsv(rows);
}

// ---------------------------------------------------------------------------------------
// AvailabilityChart

AvailabilityChart::AvailabilityChart(QWidget* parent) : MetricsChart(parent)
{
    setObjectName(QStringLiteral("availabilityChart"));
    placeLegendBelow();
}

void AvailabilityChart::setTarget(double percent)
{
    percent = std::clamp(percent, 0.0, 100.0);
    if (percent == m_target)
        return;
    m_target = percent;
    if (hasReport())
        rebuild();
}

void AvailabilityChart::rebuild()
{
    resetPlot();
    m_services.clear();
    m_below = nullptr;
    m_meets = nullptr;
    m_targetLine = nullptr;
    setTitle(tr("Availability per service"));
    const QMap<QString, ServiceMetrics>& services = report().byService;
    if (services.isEmpty()) {
        setNote(tr("Availability = 1 − SEV1/SEV2 impact time ÷ window length"));
        showEmptyMessage(tr("No services in this selection."));
        replot();
        return;
    }
    QStringList names = services.keys();
    std::sort(names.begin(), names.end(), [&services](const QString& a, const QString& b) {
        const ServiceMetrics& x = *services.constFind(a);
        const ServiceMetrics& y = *services.constFind(b);
        if (x.availability != y.availability)
            return x.availability < y.availability;
        if (x.downtimeSeconds != y.downtimeSeconds)
            return x.downtimeSeconds > y.downtimeSeconds;
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    const qsizetype total = names.size();
    m_services = names.mid(0, kMaxServices);
    const QString scope = total > m_services.size()
                              ? tr("the %1 least available of %2 services").arg(m_services.size()).arg(total)
                              : tr("all %1").arg(servicesText(total));
    setNote(tr("Availability = 1 − SEV1/SEV2 impact time ÷ window length (SEV3/SEV4 count as degraded) · "
               "showing %1")
                .arg(scope));
    legend->setVisible(true);

    QColor red = seriesColor(severityColor(1));
    QColor green = seriesColor(statusColor(IncidentStatus::Resolved));
    m_below = new QCPBars(yAxis, xAxis);
    m_below->setName(tr("Below target"));
    m_below->setBrush(red);
    m_meets = new QCPBars(yAxis, xAxis);
    m_meets->setName(tr("Meets target"));
    m_meets->setBrush(green);
    QStringList labels;
    double lowest = m_target;
    for (int i = 0; i < m_services.size(); ++i) {
        const ServiceMetrics s = services.value(m_services[i]);
        const double percent = s.availability * 100;
        lowest = std::min(lowest, percent);
        (percent < m_target ? m_below : m_meets)->addData(i, percent);
        labels << tr("%1  %2%").arg(elided(font(), m_services[i]), QLocale().toString(percent, 'f', 2));
    }
    for (QCPBars* bars : {m_below, m_meets}) {
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setAntialiased(false);
        bars->addToLegend();
    }
    setupServiceAxis(yAxis, labels);

    const double span = std::max(100 - lowest, 0.01);
    auto percent = QSharedPointer<PercentAxisTicker>::create();
    percent->setTickCount(4);   // the bars share the width with the service names
    xAxis->setTicker(percent);
    xAxis->setRange(std::max(0.0, lowest - span * 0.12), 100 + span * 0.02);
    xAxis->setLabel(tr("Availability over the window"));

    m_targetLine = new QCPItemStraightLine(this);
    m_targetLine->setObjectName(QStringLiteral("chartTargetLine"));
    m_targetLine->point1->setCoords(m_target, 0);
    m_targetLine->point2->setCoords(m_target, 1);
    const QPen targetPen(textColor(), 1.5, Qt::DashLine);
    m_targetLine->setPen(targetPen);
    // The legend names the line: an empty graph drawn with the same pen.
    QCPGraph* targetKey = addGraph(yAxis, xAxis);
    targetKey->setPen(targetPen);
    targetKey->setName(tr("Target %1%").arg(QLocale().toString(m_target, 'g', 6)));
    targetKey->addToLegend();
    replot();
}

QString AvailabilityChart::toolTipAt(const QPointF& pos) const
{
    if (!insidePlotArea(pos))
        return {};
    const int row = rowAt(yAxis, pos, int(m_services.size()));
    if (row < 0)
        return {};
    const ServiceMetrics s = report().byService.value(m_services[row]);
    const double windowSeconds = double(report().from.msecsTo(report().to)) / 1000.0;
    const double percent = s.availability * 100;
    return tr("%1: availability %2% (target %3%: %4)")
               .arg(m_services[row], QLocale().toString(percent, 'f', 4), QLocale().toString(m_target, 'g', 6),
                    percent < m_target ? tr("below") : tr("met"))
           + QLatin1Char('\n')
           + tr("SEV1/SEV2 downtime %1 of a %2 window; %3")
                 .arg(chartDurationText(s.downtimeSeconds), chartDurationLabel(windowSeconds),
                      incidentsText(s.incidents))
           + QLatin1Char('\n')
           + tr("availability = 1 − SEV1/SEV2 downtime ÷ window length") + QLatin1Char('\n')
           + tr("downtime = union of the impact windows [started_at, resolved_at), clipped to the window");
}

QByteArray AvailabilityChart::toCsv() const
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("rank"),     QStringLiteral("service"),      QStringLiteral("incidents"),
                        QStringLiteral("downtime_s"), QStringLiteral("window_s"),   QStringLiteral("availability"),
                        QStringLiteral("target"),   QStringLiteral("meets_target")};
    const double windowSeconds = double(report().from.msecsTo(report().to)) / 1000.0;
    for (int i = 0; i < m_services.size(); ++i) {
        const ServiceMetrics s = report().byService.value(m_services[i]);
        rows << QStringList{QString::number(i + 1),
                            m_services[i],
                            QString::number(s.incidents),
                            chartCsvNumber(s.downtimeSeconds),
                            chartCsvNumber(windowSeconds),
                            chartCsvNumber(s.availability),
                            chartCsvNumber(m_target / 100),
                            s.availability * 100 < m_target ? QStringLiteral("no") : QStringLiteral("yes")};
    }
    return chartCsv(rows);
}

// ---------------------------------------------------------------------------------------
// MtbfChart

MtbfChart::MtbfChart(QWidget* parent) : MetricsChart(parent)
{
    setObjectName(QStringLiteral("mtbfChart"));
}

void MtbfChart::rebuild()
{
    resetPlot();
    m_services.clear();
    m_bars = nullptr;
    setTitle(tr("Mean time between failures per service"));
    const QMap<QString, ServiceMetrics>& services = report().byService;
    QStringList names;
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        if (it.value().mtbfSeconds)
            names << it.key();
    }
    const qsizetype without = services.size() - names.size();
    if (names.isEmpty()) {
        setNote(tr("MTBF = mean gap between one impact window's end and the next one's start"));
        showEmptyMessage(services.isEmpty() ? tr("No services in this selection.")
                                            : tr("No service has two separate incidents in this selection."));
        replot();
        return;
    }
    std::sort(names.begin(), names.end(), [&services](const QString& a, const QString& b) {
        const double x = *services.constFind(a)->mtbfSeconds;
        const double y = *services.constFind(b)->mtbfSeconds;
        if (x != y)
            return x < y;
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    const qsizetype total = names.size();
    m_services = names.mid(0, kMaxServices);
    QString note = tr("MTBF = mean gap between one impact window's end and the next one's start · shortest first");
    if (total > m_services.size())
        note += tr(" · %1 of %2 services").arg(m_services.size()).arg(total);
    if (without > 0)
        note += without == 1 ? tr(" · 1 service with fewer than two separate incidents has no MTBF")
                             : tr(" · %1 services with fewer than two separate incidents have no MTBF").arg(without);
    setNote(note);

    m_bars = new QCPBars(yAxis, xAxis);
    m_bars->setName(tr("MTBF"));
    m_bars->setBrush(seriesColor(QColor(0x3F, 0x51, 0xB5)));
    m_bars->setPen(Qt::NoPen);
    m_bars->setWidth(0.7);
    m_bars->setAntialiased(false);
    QStringList labels;
    double longest = 0;
    for (int i = 0; i < m_services.size(); ++i) {
        const double mtbf = *services.constFind(m_services[i])->mtbfSeconds;
        longest = std::max(longest, mtbf);
        m_bars->addData(i, mtbf);
        labels << tr("%1  %2").arg(elided(font(), m_services[i]), chartDurationLabel(mtbf));
    }
    setupServiceAxis(yAxis, labels);
    auto durations = QSharedPointer<DurationAxisTicker>::create();
    durations->setTickCount(4);
    xAxis->setTicker(durations);
    xAxis->setRange(0, std::max(longest, 3600.0) * 1.06);
    xAxis->setLabel(tr("Mean time between failures"));
    replot();
}

QString MtbfChart::toolTipAt(const QPointF& pos) const
{
    if (!insidePlotArea(pos))
        return {};
    const int row = rowAt(yAxis, pos, int(m_services.size()));
    if (row < 0)
        return {};
    const ServiceMetrics s = report().byService.value(m_services[row]);
    return tr("%1: MTBF %2, %3").arg(m_services[row], chartDurationText(s.mtbfSeconds), incidentsText(s.incidents))
           + QLatin1Char('\n')
           + tr("MTBF = mean gap between the end of one impact window and the start of the next") + QLatin1Char('\n')
           + tr("impact windows [started_at, resolved_at), overlapping ones merged");
}

QByteArray MtbfChart::toCsv() const
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("rank"), QStringLiteral("service"), QStringLiteral("incidents"),
                        QStringLiteral("mtbf_s")};
    for (int i = 0; i < m_services.size(); ++i) {
        const ServiceMetrics s = report().byService.value(m_services[i]);
        rows << QStringList{QString::number(i + 1), m_services[i], QString::number(s.incidents),
                            chartCsvNumber(s.mtbfSeconds)};
    }
    return chartCsv(rows);
}

} // namespace warroom
