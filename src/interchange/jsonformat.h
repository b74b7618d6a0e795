#pragma once
// Warroom's own JSON shapes for incidents and timeline entries (warroomctl --json,
// warroomd). Times are ISO 8601 UTC with milliseconds, null when unknown.

#include "core/actionitem.h"
#include "core/incident.h"
#include "core/roles.h"
#include "core/timelineinput.h"
#include "core/timelineentry.h"

#include <QJsonObject>

namespace warroom {

/// {"ref","title","severity":"SEV2","status":"resolved","started_at","detected_at",
///  "declared_at","acknowledged_at","identified_at","mitigated_at","resolved_at","closed_at",
///  "services":[...],"commander":string|null,"summary"}; "timeline_entries":N when
/// `timelineEntries` >= 0.
QJsonObject incidentToJson(const Incident& incident, int timelineEntries = -1);

/// {"occurred_at","recorded_at","kind":"stakeholder_update","author","text","pinned","public"}.
QJsonObject timelineEntryToJson(const TimelineEntry& entry);

/// {"role":"commander","holder","started_at","ended_at"|null,"assigned_by","current":bool}.
QJsonObject roleAssignmentToJson(const RoleAssignment& assignment);

/// {"text","owner"|null,"priority":"high","due_at"|null,"state":"open","overdue":bool,
///  "created_at","created_by"}; `nowUtc` decides "overdue".
QJsonObject actionItemToJson(const ActionItem& item, const QDateTime& nowUtc);

/// {"revision","editor","edited_at","kind","text","occurred_at","pinned","public","deleted"}.
QJsonObject entryRevisionToJson(const EntryRevision& revision);

/// {"handle","name","team","contact"}.
QJsonObject personToJson(const Person& person);

/// ISO 8601 UTC string, or JSON null for an invalid time.
QJsonValue timeToJson(const QDateTime& time);

} // namespace warroom
