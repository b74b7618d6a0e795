#pragma once
// Entries of the running incident document (the timeline).

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace warroom {

/// What a timeline entry records.
enum class EntryKind {
    Note,
    Decision,
    Action,
    StatusChange,
    StakeholderUpdate,
    Alert,
    HandOff,
};

QList<EntryKind> allEntryKinds();
/// Stable key used in the database, JSON and the command line: "note", "decision", "action",
/// "status_change", "stakeholder_update", "alert", "hand_off".
QString entryKindKey(EntryKind kind);
std::optional<EntryKind> parseEntryKindKey(const QString& key);
/// Translated name for people ("Stakeholder update").
QString entryKindDisplayName(EntryKind kind);

/// One timeline entry. Times are UTC. `occurredAt` is when it happened (may be backdated),
/// `recordedAt` when it was written down.
struct TimelineEntry {
    QUuid id;
    QUuid incidentId;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QString author;           ///< handle or source name
    EntryKind kind = EntryKind::Note;
    QString text;
    bool pinned = false;
    bool isPublic = false;    ///< shown on the public status page
    bool deleted = false;     ///< soft delete; the revision history keeps the text
    QString sourceId;         ///< id within the import source, empty if written here
    int version = 1;
};

} // namespace warroom
