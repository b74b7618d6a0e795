#pragma once
// The scribe's entry line: "/decision @14:05 Roll back the 13:50 deploy".

#include "result.h"
#include "timelineentry.h"

#include <QDateTime>
#include <QTimeZone>

namespace warroom {

/// What one entry line says. `occurredAt` is null when the line gives no time (then "now").
struct TimelineInput {
    EntryKind kind = EntryKind::Note;
    QString text;
    QDateTime occurredAt;
};

/// The prefix that selects `kind` ("/note", "/decision", "/action", "/update", "/status",
/// "/alert", "/handoff").
QString entryKindPrefix(EntryKind kind);

/// Parses an entry line: an optional kind prefix, then an optional "@HH:MM" or "@HH:MM:SS"
/// backdate, then the text. Without a prefix the kind is `defaultKind`; an unknown "/word" is
/// part of the text. The backdate is a wall-clock time in `zone` (local or UTC, as the view
/// shows times): the latest such moment at or before `nowUtc`, so "@23:55" typed at 00:10
/// means five minutes before midnight yesterday. Returned time is UTC.
/// Errors: "empty" (no text), "bad-time" ("@25:00", "@12").
Result<TimelineInput> parseTimelineInput(const QString& line, EntryKind defaultKind, const QDateTime& nowUtc,
                                         const QTimeZone& zone);

/// One stored state of a timeline entry. Revision 1 is the entry as first written; every
/// edit or (soft) deletion adds the next revision with the full state after it.
struct EntryRevision {
    QUuid entryId;
    int revision = 1;
    QString editor;               ///< handle
    QDateTime editedAt;           ///< UTC
    EntryKind kind = EntryKind::Note;
    QString text;
    QDateTime occurredAt;         ///< UTC
    bool pinned = false;
    bool isPublic = false;
    bool deleted = false;
};

} // namespace warroom
