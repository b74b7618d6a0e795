#include "incident.h"

#include <QCoreApplication>

namespace warroom {

QList<IncidentStatus> allIncidentStatuses()
{
    return {IncidentStatus::Triggered,  IncidentStatus::Acknowledged, IncidentStatus::Investigating,
            IncidentStatus::Identified, IncidentStatus::Mitigated,    IncidentStatus::Resolved,
            IncidentStatus::Postmortem, IncidentStatus::Closed};
}

QString statusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Triggered: return QStringLiteral("triggered");
    case IncidentStatus::Acknowledged: return QStringLiteral("acknowledged");
    case IncidentStatus::Investigating: return QStringLiteral("investigating");
    case IncidentStatus::Identified: return QStringLiteral("identified");
    case IncidentStatus::Mitigated: return QStringLiteral("mitigated");
    case IncidentStatus::Resolved: return QStringLiteral("resolved");
    case IncidentStatus::Postmortem: return QStringLiteral("postmortem");
    case IncidentStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<IncidentStatus> parseStatusKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (IncidentStatus s : allIncidentStatuses()) {
        if (statusKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Triggered: return QCoreApplication::translate("warroom::IncidentStatus", "Triggered");
    case IncidentStatus::Acknowledged: return QCoreApplication::translate("warroom::IncidentStatus", "Acknowledged");
    case IncidentStatus::Investigating: return QCoreApplication::translate("warroom::IncidentStatus", "Investigating");
    case IncidentStatus::Identified: return QCoreApplication::translate("warroom::IncidentStatus", "Identified");
    case IncidentStatus::Mitigated: return QCoreApplication::translate("warroom::IncidentStatus", "Mitigated");
    case IncidentStatus::Resolved: return QCoreApplication::translate("warroom::IncidentStatus", "Resolved");
    case IncidentStatus::Postmortem: return QCoreApplication::translate("warroom::IncidentStatus", "Postmortem");
    case IncidentStatus::Closed: return QCoreApplication::translate("warroom::IncidentStatus", "Closed");
    }
    return {};
}

bool isOpenStatus(IncidentStatus status)
{
    return status < IncidentStatus::Resolved;
}

std::optional<qint64> Incident::durationSeconds(const QDateTime& nowUtc) const
{
    if (!startedAt.isValid())
        return std::nullopt;
    const QDateTime end = resolvedAt.isValid() ? resolvedAt : nowUtc;
    return startedAt.secsTo(end);
}

qint64 parseIncidentRef(const QString& ref)
{
    QString t = ref.trimmed();
    if (t.startsWith(QLatin1String("INC-"), Qt::CaseInsensitive))
        t = t.mid(4);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace warroom
