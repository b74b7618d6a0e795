#include "chartaxes.h"

#include <QLocale>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace warroom {

namespace {

constexpr double kMinute = 60;
constexpr double kHour = 3600;
constexpr double kDay = 86400;
constexpr double kYear = 365 * kDay;

/// Steps of a linear duration axis, ascending, in seconds.
constexpr std::array<double, 28> kLinearSteps{
    1,         2,         5,         10,        15,        30,        kMinute,
    2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour, 2 * kHour,
    3 * kHour, 6 * kHour, 12 * kHour, kDay,      2 * kDay,  3 * kDay,  7 * kDay,
    14 * kDay, 30 * kDay, 60 * kDay, 90 * kDay, 180 * kDay, kYear,     2 * kYear};

/// Candidate tick sets of a logarithmic duration axis, densest first.
const std::array<std::vector<double>, 4>& logTickSets()
{
    static const std::array<std::vector<double>, 4> sets{
        std::vector<double>{1,         5,         15,        30,        kMinute,   5 * kMinute, 15 * kMinute,
                            30 * kMinute, kHour,  3 * kHour, 6 * kHour, 12 * kHour, kDay,       2 * kDay,
                            4 * kDay,  7 * kDay,  14 * kDay, 30 * kDay, 90 * kDay, 180 * kDay, kYear,
                            2 * kYear, 5 * kYear, 10 * kYear},
        std::vector<double>{1, 10, kMinute, 10 * kMinute, kHour, 6 * kHour, kDay, 7 * kDay, 30 * kDay, 90 * kDay,
                            kYear, 5 * kYear},
        std::vector<double>{1, kMinute, kHour, kDay, 7 * kDay, 30 * kDay, kYear, 10 * kYear},
        std::vector<double>{1, kMinute, kHour, kDay, 30 * kDay, kYear},
    };
    return sets;
}

/// `date`'s month as a counter: months since January of year 0.
int monthNumber(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

QDateTime monthStart(int monthNumber)
{
    const int year = monthNumber >= 0 ? monthNumber / 12 : (monthNumber - 11) / 12;
    const int month = monthNumber - year * 12 + 1;
    return QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc());
}

} // namespace

QString chartDurationLabel(double seconds)
{
    if (!std::isfinite(seconds))
        return {};
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const auto s = qint64(std::llround(std::fabs(seconds)));
    if (s == 0)
        return QStringLiteral("0");
    auto join = [&sign](qint64 big, const char* bigUnit, qint64 small, const char* smallUnit) {
        QString text = QString::number(big) + QLatin1String(bigUnit);
        if (small > 0)
            text += QLatin1Char(' ') + QString::number(small) + QLatin1String(smallUnit);
        return sign + text;
    };
    if (s < 60)
        return sign + QString::number(s) + QLatin1Char('s');
    if (s < 3600)
        return join(s / 60, "m", s % 60, "s");
    if (s < 86400)
        return join(s / 3600, "h", (s % 3600) / 60, "m");
    if (s % qint64(kYear) == 0)
        return sign + QString::number(s / qint64(kYear)) + QLatin1Char('y');
    return join(s / 86400, "d", (s % 86400) / 3600, "h");
}

QString chartSecondsNumber(double seconds)
{
    if (!std::isfinite(seconds))
        return {};
    if (seconds == std::floor(seconds) && std::fabs(seconds) < 1e15)
        return QString::number(qint64(seconds));
    QString text = QString::number(seconds, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString chartDurationText(double seconds)
{
    return QStringLiteral("%1 (%2 s)").arg(chartDurationLabel(seconds), chartSecondsNumber(seconds));
}

QString chartDurationText(const std::optional<double>& seconds)
{
    return seconds ? chartDurationText(*seconds) : QStringLiteral("—");
}

double chartMonthCenterKey(const QDateTime& monthStartUtc)
{
    return double(monthStartUtc.toSecsSinceEpoch()) + chartMonthLengthSeconds(monthStartUtc) / 2;
}

double chartMonthLengthSeconds(const QDateTime& monthStartUtc)
{
    return double(monthStartUtc.secsTo(monthStartUtc.addMonths(1)));
}

double DurationAxisTicker::getTickStep(const QCPRange& range)
{
    const double wanted = range.size() / double(std::max(tickCount(), 1));
    for (double step : kLinearSteps) {
        if (step >= wanted)
            return step;
    }
    // Beyond two years: whole years in the usual 1-2-5 progression.
    const double years = wanted / kYear;
    const double magnitude = std::pow(10.0, std::floor(std::log10(years)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= years)
            return m * magnitude * kYear;
    }
    return 10 * magnitude * kYear;
}

int DurationAxisTicker::getSubTickCount(double /*tickStep*/)
{
    return 0;
}

QString DurationAxisTicker::getTickLabel(double tick, const QLocale& /*locale*/, QChar /*formatChar*/, int /*precision*/)
{
    return chartDurationLabel(tick);
}

int DurationLogAxisTicker::getSubTickCount(double /*tickStep*/)
{
    return 0;
}

QString DurationLogAxisTicker::getTickLabel(double tick, const QLocale& /*locale*/, QChar /*formatChar*/,
                                            int /*precision*/)
{
    return chartDurationLabel(tick);
}

QVector<double> DurationLogAxisTicker::createTickVector(double /*tickStep*/, const QCPRange& range)
{
    const int maxTicks = std::max(tickCount(), 2) + 2;
    QVector<double> best;
    for (const std::vector<double>& set : logTickSets()) {
        QVector<double> ticks;
        for (double t : set) {
            if (t >= range.lower && t <= range.upper)
                ticks.append(t);
        }
        if (best.isEmpty() || ticks.size() >= 2)
            best = ticks;
        if (ticks.size() <= maxTicks && ticks.size() >= 2)
            return ticks;
    }
    if (best.size() >= 2)
        return best;
    // A narrow range (within one decade): fall back to linear duration steps.
    QVector<double> ticks;
    double step = range.size() / double(std::max(tickCount(), 1));
    for (double s : kLinearSteps) {
        if (s >= step) {
            step = s;
            break;
        }
    }
    for (double t = std::ceil(range.lower / step) * step; t <= range.upper; t += step)
        ticks.append(t);
    return ticks;
}

int MonthAxisTicker::getSubTickCount(double /*tickStep*/)
{
    return 0;
}

QString MonthAxisTicker::getTickLabel(double tick, const QLocale& /*locale*/, QChar /*formatChar*/, int /*precision*/)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(qint64(tick), QTimeZone::utc()).date();
    if (m_monthStep >= 12)
        return QString::number(date.year());
    return QLocale().toString(date, QStringLiteral("MMM")) + QLatin1Char('\n') + QString::number(date.year());
}

QVector<double> MonthAxisTicker::createTickVector(double /*tickStep*/, const QCPRange& range)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(qint64(std::floor(range.lower)), QTimeZone::utc()).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(qint64(std::ceil(range.upper)), QTimeZone::utc()).date();
    if (!first.isValid() || !last.isValid())
        return {};
    const int firstMonth = monthNumber(first);
    const int months = monthNumber(last) - firstMonth + 1;
    m_monthStep = 1;
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120}) {
        m_monthStep = step;
        if (months / step <= std::max(tickCount(), 2) + 1)
            break;
    }
    QVector<double> ticks;
    // Ticks on months divisible by the step (January, April, July, … for three months) so
    // that panning keeps them in place.
    int m = firstMonth - (((firstMonth % m_monthStep) + m_monthStep) % m_monthStep);
    for (; m <= firstMonth + months; m += m_monthStep) {
        const double key = chartMonthCenterKey(monthStart(m));
        if (key >= range.lower && key <= range.upper)
            ticks.append(key);
    }
    return ticks;
}

double PercentAxisTicker::getTickStep(const QCPRange& range)
{
    m_step = QCPAxisTicker::getTickStep(range);
    return m_step;
}

QString PercentAxisTicker::getTickLabel(double tick, const QLocale& locale, QChar /*formatChar*/, int /*precision*/)
{
    int decimals = 0;
    for (double s = m_step; s < 0.999 && decimals < 4; s *= 10)
        ++decimals;
    return locale.toString(tick, 'f', decimals) + QLatin1Char('%');
}

} // namespace warroom
