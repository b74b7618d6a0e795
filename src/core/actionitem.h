#pragma once
// Follow-up work that comes out of an incident.

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace warroom {

enum class ActionPriority { High, Medium, Low };
enum class ActionState { Open, InProgress, Done, Cancelled };

/// "high", "medium", "low".
QString actionPriorityKey(ActionPriority priority);
std::optional<ActionPriority> parseActionPriorityKey(const QString& key);
QString actionPriorityDisplayName(ActionPriority priority);
/// "open", "in_progress", "done", "cancelled".
QString actionStateKey(ActionState state);
std::optional<ActionState> parseActionStateKey(const QString& key);
QString actionStateDisplayName(ActionState state);

/// An action item of an incident. Times UTC; `dueAt` null means no due date.
struct ActionItem {
    QUuid id;
    QUuid incidentId;
    QString text;
    QString owner;                 ///< handle, empty if unassigned
    ActionPriority priority = ActionPriority::Medium;
    QDateTime dueAt;
    ActionState state = ActionState::Open;
    QDateTime createdAt;
    QString createdBy;
    QUuid sourceEntryId;           ///< the /action timeline entry it came from, if any
    int version = 1;

    bool isFinished() const { return state == ActionState::Done || state == ActionState::Cancelled; }
    /// Not finished and due before `nowUtc`.
    bool isOverdue(const QDateTime& nowUtc) const { return !isFinished() && dueAt.isValid() && dueAt < nowUtc; }
};

} // namespace warroom
