#include "cadence.h"

#include "timeformat.h"

#include <QCoreApplication>

#include <cstdlib>

namespace warroom {

std::optional<QDateTime> nextUpdateDue(const Incident& incident, const QDateTime& lastUpdateAt,
                                       const SeverityScale& scale)
{
    if (!incident.isOpen())
        return std::nullopt;
    const qint64 cadence = scale.updateCadenceSeconds(incident.severity);
    if (cadence <= 0)
        return std::nullopt;
    QDateTime base = lastUpdateAt;
    if (!base.isValid())
        base = incident.declaredAt.isValid() ? incident.declaredAt : incident.startedAt;
    if (!base.isValid())
        return std::nullopt;
    return base.addSecs(cadence);
}

CountdownState countdownState(const QDateTime& dueUtc, const QDateTime& nowUtc)
{
    const qint64 left = nowUtc.secsTo(dueUtc);
    if (left < 0)
        return CountdownState::Overdue;
    return left < kUpdateSoonSeconds ? CountdownState::Soon : CountdownState::Ok;
}

QString formatCountdown(const QDateTime& dueUtc, const QDateTime& nowUtc)
{
    const qint64 left = nowUtc.secsTo(dueUtc);
    const qint64 s = std::llabs(left);
    const QString amount = s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                                    : formatDuration(s);
    return left < 0 ? QCoreApplication::translate("warroom::Cadence", "overdue %1").arg(amount) : amount;
}

} // namespace warroom
