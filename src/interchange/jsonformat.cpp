#include "jsonformat.h"

#include "core/timeformat.h"

#include <QJsonArray>

namespace warroom {

QJsonValue timeToJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject incidentToJson(const Incident& incident, int timelineEntries)
{
    QJsonObject o{
        {QStringLiteral("ref"), incident.ref()},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("severity"), severityCode(incident.severity)},
        {QStringLiteral("status"), statusKey(incident.status)},
        {QStringLiteral("commander"),
         incident.commander.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(incident.commander)},
        {QStringLiteral("started_at"), timeToJson(incident.startedAt)},
        {QStringLiteral("detected_at"), timeToJson(incident.detectedAt)},
        {QStringLiteral("declared_at"), timeToJson(incident.declaredAt)},
        {QStringLiteral("acknowledged_at"), timeToJson(incident.acknowledgedAt)},
        {QStringLiteral("identified_at"), timeToJson(incident.identifiedAt)},
        {QStringLiteral("mitigated_at"), timeToJson(incident.mitigatedAt)},
        {QStringLiteral("resolved_at"), timeToJson(incident.resolvedAt)},
        {QStringLiteral("closed_at"), timeToJson(incident.closedAt)},
        {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
    };
    if (timelineEntries >= 0)
        o.insert(QStringLiteral("timeline_entries"), timelineEntries);
    return o;
}

QJsonObject timelineEntryToJson(const TimelineEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("occurred_at"), timeToJson(entry.occurredAt)},
        {QStringLiteral("recorded_at"), timeToJson(entry.recordedAt)},
        {QStringLiteral("kind"), entryKindKey(entry.kind)},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("text"), entry.text},
        {QStringLiteral("pinned"), entry.pinned},
        {QStringLiteral("public"), entry.isPublic},
    };
}

QJsonObject roleAssignmentToJson(const RoleAssignment& a)
{
    return QJsonObject{
        {QStringLiteral("role"), roleKey(a.role)},
        {QStringLiteral("holder"), a.holder},
        {QStringLiteral("started_at"), timeToJson(a.startedAt)},
        {QStringLiteral("ended_at"), timeToJson(a.endedAt)},
        {QStringLiteral("assigned_by"), a.assignedBy},
        {QStringLiteral("current"), a.isCurrent()},
    };
}

QJsonObject actionItemToJson(const ActionItem& item, const QDateTime& nowUtc)
{
    return QJsonObject{
        {QStringLiteral("text"), item.text},
        {QStringLiteral("owner"), item.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.owner)},
        {QStringLiteral("priority"), actionPriorityKey(item.priority)},
        {QStringLiteral("due_at"), timeToJson(item.dueAt)},
        {QStringLiteral("state"), actionStateKey(item.state)},
        {QStringLiteral("overdue"), item.isOverdue(nowUtc)},
        {QStringLiteral("created_at"), timeToJson(item.createdAt)},
        {QStringLiteral("created_by"), item.createdBy},
    };
}

QJsonObject entryRevisionToJson(const EntryRevision& r)
{
    return QJsonObject{
        {QStringLiteral("revision"), r.revision},
        {QStringLiteral("editor"), r.editor},
        {QStringLiteral("edited_at"), timeToJson(r.editedAt)},
        {QStringLiteral("kind"), entryKindKey(r.kind)},
        {QStringLiteral("text"), r.text},
        {QStringLiteral("occurred_at"), timeToJson(r.occurredAt)},
        {QStringLiteral("pinned"), r.pinned},
        {QStringLiteral("public"), r.isPublic},
        {QStringLiteral("deleted"), r.deleted},
    };
}

QJsonObject personToJson(const Person& p)
{
    return QJsonObject{
        {QStringLiteral("handle"), p.handle},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("team"), p.team},
        {QStringLiteral("contact"), p.contact},
    };
}

} // namespace warroom
