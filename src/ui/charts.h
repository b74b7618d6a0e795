#pragma once
// The five charts of the Metrics panel. Each shows one part of a MetricsReport; values are
// kept in the report's units (seconds, counts, percent = availability × 100) so the data of
// every plottable can be compared with the report directly; axes label them for people.

#include "chartbase.h"

#include <QMap>

namespace warroom {

/// MTTA, MTTM and MTTR per calendar month (UTC): a line through each month's mean and a
/// translucent band from the median up to the p90, on a logarithmic duration axis. (A band
/// from the mean would turn upside down in months where a few extreme incidents pull the
/// mean above the p90; median to p90 is always ordered, and the mean line leaving the band
/// shows exactly those months.) Months without data leave a gap. Keys are the middle of each
/// month in seconds since the epoch; the time axis zooms and pans horizontally.
class DurationTrendChart : public MetricsChart {
    Q_OBJECT
public:
    explicit DurationTrendChart(QWidget* parent = nullptr);

    /// The metrics drawn, in legend order: TTA, TTM, TTR.
    static QList<DurationMetric> metrics();
    /// Line of monthly means (seconds) of `metric` (Tta, Ttm or Ttr); one point per month of
    /// report().byMonth, NaN where the month has no data.
    QCPGraph* meanGraph(DurationMetric metric) const;
    /// Lower edge of the band: monthly median (seconds), drawn without a line.
    QCPGraph* medianGraph(DurationMetric metric) const;
    /// Upper edge of the band: monthly p90 (seconds), filled down to medianGraph().
    QCPGraph* p90Graph(DurationMetric metric) const;

    QString toolTipAt(const QPointF& pos) const override;
    /// month, month_start_utc, incidents, then n, no_data, mean_s, median_s, p90_s of TTA,
    /// TTM and TTR: one row per month.
    QByteArray toCsv() const override;

protected:
    void rebuild() override;
    QCPRange fullTimeRange() const override;

private:
    QMap<DurationMetric, QCPGraph*> m_mean, m_median, m_p90;
    QCPRange m_fullRange;
};

/// Incidents per calendar month (UTC, by started_at), one stacked bar segment per severity
/// level in the dashboard's severity colours, SEV1 at the bottom. Time axis zooms and pans.
class SeverityMonthChart : public MetricsChart {
    Q_OBJECT
public:
    explicit SeverityMonthChart(QWidget* parent = nullptr);

    /// The bars of one level (one data point per month, zeros included); nullptr for a
    /// level not drawn. Levels drawn: those of the scale plus any other level in the report.
    QCPBars* bars(SeverityLevel level) const { return m_bars.value(level); }
    QList<SeverityLevel> levels() const { return m_bars.keys(); }

    QString toolTipAt(const QPointF& pos) const override;
    /// month, month_start_utc, one column per level (SEV1, …), total: one row per month.
    QByteArray toCsv() const override;

protected:
    void rebuild() override;
    QCPRange fullTimeRange() const override;

private:
    QMap<SeverityLevel, QCPBars*> m_bars;
    QCPRange m_fullRange;
};

/// Time to resolve per severity level as box plots (min, lower quartile, median, upper
/// quartile, max from MetricsReport::ttrBySeverity) on a logarithmic duration axis.
/// Durations of zero or less cannot sit on a log axis and are drawn at 1 s (the tooltip
/// and CSV give the real value).
class TtrBoxChart : public MetricsChart {
    Q_OBJECT
public:
    explicit TtrBoxChart(QWidget* parent = nullptr);

    /// The box of one level (key = position on the axis); nullptr without resolved incidents.
    QCPStatisticalBox* box(SeverityLevel level) const { return m_boxes.value(level); }
    QList<SeverityLevel> levels() const { return m_boxes.keys(); }

    QString toolTipAt(const QPointF& pos) const override;
    /// severity, name, n, min_s, q1_s, median_s, q3_s, max_s: one row per level shown.
    QByteArray toCsv() const override;

protected:
    void rebuild() override;

private:
    QMap<SeverityLevel, QCPStatisticalBox*> m_boxes;
};

/// Availability per service against a target: horizontal bars, least available on top, at
/// most kMaxServices of them (the note says how many are left out). Bars below the target
/// are red, the others green; a vertical line marks the target. Values are percent.
class AvailabilityChart : public MetricsChart {
    Q_OBJECT
public:
    static constexpr int kMaxServices = 20;

    explicit AvailabilityChart(QWidget* parent = nullptr);

    /// Target availability in percent (e.g. 99.9); redraws.
    void setTarget(double percent);
    double target() const { return m_target; }

    /// Services shown, top to bottom (bar key i is shownServices()[i]).
    const QStringList& shownServices() const { return m_services; }
    /// Availability in percent of services below the target, keyed by row.
    QCPBars* belowTargetBars() const { return m_below; }
    /// Availability in percent of services at or above the target, keyed by row.
    QCPBars* meetsTargetBars() const { return m_meets; }
    QCPItemStraightLine* targetLine() const { return m_targetLine; }

    QString toolTipAt(const QPointF& pos) const override;
    /// rank, service, incidents, downtime_s, window_s, availability, target, meets_target:
    /// one row per service shown (availability and target as fractions).
    QByteArray toCsv() const override;

protected:
    void rebuild() override;

private:
    double m_target = 99.9;
    QStringList m_services;
    QCPBars* m_below = nullptr;
    QCPBars* m_meets = nullptr;
    QCPItemStraightLine* m_targetLine = nullptr;
};

/// Mean time between failures per service: horizontal bars, shortest MTBF (most frequent
/// failures) on top, at most kMaxServices; services with fewer than two separate impact
/// windows have no MTBF and are counted in the note. Values are seconds.
class MtbfChart : public MetricsChart {
    Q_OBJECT
public:
    static constexpr int kMaxServices = 20;

    explicit MtbfChart(QWidget* parent = nullptr);

    const QStringList& shownServices() const { return m_services; }
    /// MTBF in seconds, keyed by row.
    QCPBars* mtbfBars() const { return m_bars; }

    QString toolTipAt(const QPointF& pos) const override;
    /// rank, service, incidents, mtbf_s: one row per service shown.
    QByteArray toCsv() const override;

protected:
    void rebuild() override;

private:
    QStringList m_services;
    QCPBars* m_bars = nullptr;
};

} // namespace warroom
