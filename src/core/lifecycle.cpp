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

QList<LifecycleField> allLifecycleFields()
{
    using F = LifecycleField;
    return {F::Started, F::Detected, F::Declared, F::Acknowledged, F::Identified, F::Mitigated, F::Resolved, F::Closed};
}

QString lifecycleFieldKey(LifecycleField field)
{
    switch (field) {
    case LifecycleField::Started: return QStringLiteral("started_at");
    case LifecycleField::Detected: return QStringLiteral("detected_at");
    case LifecycleField::Declared: return QStringLiteral("declared_at");
    case LifecycleField::Acknowledged: return QStringLiteral("acknowledged_at");
    case LifecycleField::Identified: return QStringLiteral("identified_at");
    case LifecycleField::Mitigated: return QStringLiteral("mitigated_at");
    case LifecycleField::Resolved: return QStringLiteral("resolved_at");
    case LifecycleField::Closed: return QStringLiteral("closed_at");
    }
    return {};
}

std::optional<LifecycleField> parseLifecycleFieldKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    if (!k.endsWith(QLatin1String("_at")))
        k += QLatin1String("_at");
    for (LifecycleField f : allLifecycleFields()) {
        if (lifecycleFieldKey(f) == k)
            return f;
    }
    return std::nullopt;
}

QString lifecycleFieldDisplayName(LifecycleField field)
{
    switch (field) {
    case LifecycleField::Started: return QCoreApplication::translate("warroom::Lifecycle", "Impact started");
    case LifecycleField::Detected: return QCoreApplication::translate("warroom::Lifecycle", "Detected");
    case LifecycleField::Declared: return QCoreApplication::translate("warroom::Lifecycle", "Declared");
    case LifecycleField::Acknowledged: return QCoreApplication::translate("warroom::Lifecycle", "Acknowledged");
    case LifecycleField::Identified: return QCoreApplication::translate("warroom::Lifecycle", "Identified");
    case LifecycleField::Mitigated: return QCoreApplication::translate("warroom::Lifecycle", "Mitigated");
    case LifecycleField::Resolved: return QCoreApplication::translate("warroom::Lifecycle", "Resolved");
    case LifecycleField::Closed: return QCoreApplication::translate("warroom::Lifecycle", "Closed");
    }
    return {};
}

namespace {
QDateTime* fieldPointer(Incident& incident, LifecycleField field)
{
    switch (field) {
    case LifecycleField::Started: return &incident.startedAt;
    case LifecycleField::Detected: return &incident.detectedAt;
    case LifecycleField::Declared: return &incident.declaredAt;
    case LifecycleField::Acknowledged: return &incident.acknowledgedAt;
    case LifecycleField::Identified: return &incident.identifiedAt;
    case LifecycleField::Mitigated: return &incident.mitigatedAt;
    case LifecycleField::Resolved: return &incident.resolvedAt;
    case LifecycleField::Closed: return &incident.closedAt;
    }
    return &incident.startedAt;
}
} // namespace

QDateTime lifecycleTime(const Incident& incident, LifecycleField field)
{
    return *fieldPointer(const_cast<Incident&>(incident), field);
}

void setLifecycleTime(Incident& incident, LifecycleField field, const QDateTime& timeUtc)
{
    *fieldPointer(incident, field) = timeUtc.isValid() ? timeUtc.toUTC() : QDateTime();
}

Result<Incident> Lifecycle::correctTime(const Incident& incident, LifecycleField field, const QDateTime& timeUtc,
                                        const QDateTime& nowUtc)
{
    if (!timeUtc.isValid() || timeUtc > nowUtc) {
        return Result<Incident>::failure(
            QStringLiteral("bad-time"),
            QCoreApplication::translate("warroom::Lifecycle", "%1 must be a valid time that is not in the future.")
                .arg(lifecycleFieldDisplayName(field)));
    }
    const bool mayStamp = field == LifecycleField::Started || field == LifecycleField::Detected;
    if (!lifecycleTime(incident, field).isValid() && !mayStamp) {
        return Result<Incident>::failure(
            QStringLiteral("not-reached"),
            QCoreApplication::translate("warroom::Lifecycle",
                                        "%1 has no %2 time yet; it is set when the incident gets there.")
                .arg(incident.ref().isEmpty() ? QStringLiteral("The incident") : incident.ref(),
                     lifecycleFieldDisplayName(field).toLower()));
    }
    Incident next = incident;
    setLifecycleTime(next, field, timeUtc);
    return next;
}

} // namespace warroom
