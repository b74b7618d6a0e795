#include "lifecycle.h"

#include <QCoreApplication>

namespace warroom {

namespace {
using S = IncidentStatus;

void stampIfEmpty(QDateTime& field, const QDateTime& now)
{
    if (!field.isValid())
        field = now;
}
} // namespace

bool Lifecycle::canTransition(IncidentStatus from, IncidentStatus to)
{
    if (from == to)
        return false;
    switch (from) {
    case S::Triggered:
        return to == S::Acknowledged || to == S::Investigating || to == S::Identified || to == S::Mitigated
            || to == S::Resolved;
    case S::Acknowledged:
        return to == S::Investigating || to == S::Identified || to == S::Mitigated || to == S::Resolved;
    case S::Investigating:
        return to == S::Identified || to == S::Mitigated || to == S::Resolved;
    case S::Identified:
        return to == S::Investigating || to == S::Mitigated || to == S::Resolved;
    case S::Mitigated:
        return to == S::Investigating || to == S::Identified || to == S::Resolved;
    case S::Resolved:
        return to == S::Postmortem || to == S::Closed;
    case S::Postmortem:
        return to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

bool Lifecycle::canReopen(IncidentStatus from)
{
    return !isOpenStatus(from);
}

QList<IncidentStatus> Lifecycle::allowedTargets(IncidentStatus from)
{
    QList<IncidentStatus> out;
    for (IncidentStatus s : allIncidentStatuses()) {
        if (canTransition(from, s))
            out.append(s);
    }
    return out;
}

Result<Incident> Lifecycle::transition(const Incident& incident, IncidentStatus to, const QDateTime& nowUtc)
{
    if (!canTransition(incident.status, to)) {
        return Result<Incident>::failure(
            QStringLiteral("illegal-transition"),
            QCoreApplication::translate("warroom::Lifecycle", "%1 cannot move from %2 to %3.")
                .arg(incident.ref().isEmpty() ? QStringLiteral("The incident") : incident.ref(),
                     statusDisplayName(incident.status), statusDisplayName(to)));
    }
    Incident next = incident;
    next.status = to;
    if (incident.status == S::Triggered && to != S::Resolved)
        stampIfEmpty(next.acknowledgedAt, nowUtc);
    switch (to) {
    case S::Triggered:
    case S::Investigating:
    case S::Acknowledged:
    case S::Postmortem:
        break;
    case S::Identified:
        stampIfEmpty(next.identifiedAt, nowUtc);
        break;
    case S::Mitigated:
        stampIfEmpty(next.mitigatedAt, nowUtc);
        break;
    case S::Resolved:
        stampIfEmpty(next.mitigatedAt, nowUtc);
        stampIfEmpty(next.resolvedAt, nowUtc);
        break;
    case S::Closed:
        stampIfEmpty(next.closedAt, nowUtc);
        break;
    }
    return next;
}

Result<Incident> Lifecycle::reopen(const Incident& incident)
{
    if (!canReopen(incident.status)) {
        return Result<Incident>::failure(
            QStringLiteral("illegal-transition"),
            QCoreApplication::translate("warroom::Lifecycle", "%1 is still open; only a resolved or closed incident can be reopened.")
                .arg(incident.ref().isEmpty() ? QStringLiteral("The incident") : incident.ref()));
    }
    Incident next = incident;
    next.status = S::Investigating;
    next.resolvedAt = QDateTime();
    next.closedAt = QDateTime();
    return next;
}

} // namespace warroom
