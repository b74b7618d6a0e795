#include "timeformat.h"

#include <QTimeZone>

#include <cstdlib>

namespace warroom {

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    qint64 s = std::llabs(seconds);
    if (s < 60)
        return sign + QStringLiteral("%1s").arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return sign + QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return sign + QStringLiteral("%1h %2m").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const qint64 days = hours / 24;
    return sign + QStringLiteral("%1d %2h").arg(days).arg(hours % 24);
}

QString toIsoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoUtc(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

} // namespace warroom
