#pragma once
// Axis tickers and number formatting for the metric charts: durations (stored in seconds)
// labelled in minutes, hours and days; percentages; calendar months in UTC.

#include <QDateTime>
#include <QString>

#include <qcustomplot.h>

#include <optional>

namespace warroom {

/// A duration in seconds as a compact axis label: "0", "45s", "30m", "1h 30m", "12h",
/// "1d 12h", "14d", "2y". Zero parts are left out; the sign is kept.
QString chartDurationLabel(double seconds);

/// A duration for people with the exact seconds: "2h 37m (9420 s)", "—" when empty.
QString chartDurationText(const std::optional<double>& seconds);
QString chartDurationText(double seconds);

/// Seconds as written in tooltips and next to durations: whole seconds without decimals,
/// otherwise up to two decimals ("9420", "112094.4").
QString chartSecondsNumber(double seconds);

/// Key of a calendar month on a time axis: the middle of [start, next month start), in
/// seconds since the epoch (UTC), as QCPAxisTickerDateTime expects.
double chartMonthCenterKey(const QDateTime& monthStartUtc);
/// Length of the month that starts at `monthStartUtc`, in seconds.
double chartMonthLengthSeconds(const QDateTime& monthStartUtc);

/// Linear axis of durations in seconds: ticks at steps people count in (1m, 5m, 15m, 1h,
/// 6h, 12h, 1d, 7d, 30d, …), labelled with chartDurationLabel.
class DurationAxisTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

/// Logarithmic axis of durations in seconds (use with QCPAxis::stLogarithmic): ticks at
/// round durations (1m, 10m, 1h, 6h, 1d, 7d, 30d, 1y …), as many as fit the tick count.
class DurationLogAxisTicker : public QCPAxisTicker {
protected:
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
};

/// Linear axis of percentages (values 0..100): "99.9%", decimals following the tick step.
class PercentAxisTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    double m_step = 1;
};

/// Time axis in seconds since the epoch whose ticks sit in the middle of calendar months
/// (UTC), where chartMonthCenterKey() puts a month's bar or point: every month, or every
/// 2, 3, 6, 12 … months so that about tickCount() labels fit. Labels "Mar" over "2022";
/// "2022" alone when a tick stands for a year or more.
class MonthAxisTicker : public QCPAxisTicker {
protected:
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    int m_monthStep = 1;
};

} // namespace warroom
