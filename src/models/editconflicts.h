#pragma once
// Builds the Conflict the user sees when an edit was refused because someone else saved the
// same row first: what the user started from, what they want, what is stored now, and who
// stored it when (from the change log).

#include "actionitemcommands.h"

#include "core/conflict.h"
#include "core/incident.h"
#include "core/result.h"

namespace warroom {

class Workspace;

/// A conflicting edit of an incident's title and summary, and the incident as stored now
/// (write the resolution at `current.version`).
struct DetailsConflict {
    Conflict conflict;
    Incident current;
};

/// The conflict of saving `title` and `summary` over `seen` (the incident as the user loaded
/// it): fields "title" and "summary" (multi-line), theirs read now, their author and time
/// from the change log's latest change of the incident (unknown when the log has none).
/// Errors: the repository's ("not-found" when the incident is gone).
Result<DetailsConflict> detailsConflict(Workspace& workspace, const Incident& seen, const QString& title,
                                        const QString& summary);

/// The conflict of changing a timeline entry's text from `base` to `mine`: one multi-line
/// field "text", theirs as stored now, author and time from the entry's last revision.
Result<Conflict> entryTextConflict(Workspace& workspace, const QUuid& entryId, const QString& base,
                                   const QString& mine);

/// The conflict of moving action item `itemId` from `expected` to `target` (the fields the
/// edit sets): fields "text", "owner" (handle), "priority", "state" (keys, with their names as
/// labels) and "dueAt" (ISO 8601 UTC, empty for none; local time as label), theirs as stored
/// now, author and time from the change log.
Result<Conflict> actionItemConflict(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId,
                                    const ActionItemFields& expected, const ActionItemFields& target);
/// The fields to write for resolved `values` (keys as in actionItemConflict()).
ActionItemFields actionItemFieldsFrom(const QHash<QString, QString>& values);

/// Who saved row `rowId` of `table` of incident `incidentId` last, and when, into
/// `conflict.theirAuthor` / `theirTime` (left empty when the change log has nothing).
void fillTheirAuthor(Workspace& workspace, Conflict& conflict, const QString& table, const QUuid& rowId,
                     const QUuid& incidentId);

} // namespace warroom
