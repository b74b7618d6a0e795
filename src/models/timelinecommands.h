#pragma once
// Undoable edits of the timeline (Tiled-style QUndoCommands): each redo/undo writes through
// IncidentService::editEntry with the entry's current version, then notifies the Workspace.

#include "core/conflict.h"
#include "core/result.h"
#include "core/timelineentry.h"
#include "core/timelineinput.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUndoCommand>
#include <QUuid>

#include <optional>

namespace warroom {

class Workspace;

/// What the timeline and action-item commands act on, and where they report failures.
/// A command whose context is gone (the workspace was switched) does nothing.
class TimelineCommandContext : public QObject {
    Q_OBJECT
public:
    /// `workspace` is watched, not owned.
    explicit TimelineCommandContext(Workspace* workspace, QObject* parent = nullptr);

    /// The workspace written to; nullptr once it is gone.
    Workspace* workspace() const;
    /// Emits failed(); called by a command whose redo or undo could not be written.
    void report(const QUuid& incidentId, const Error& error);
    /// Emits conflicted(); called (after report()) by a command whose edit of row `rowId` met
    /// someone else's change, with the fields the user can settle (ConflictDialog).
    void reportConflict(const QUuid& incidentId, const QUuid& rowId, const warroom::Conflict& conflict);

signals:
    /// A redo or undo of `incidentId` was refused (`code` e.g. "conflict", "invalid") and
    /// nothing was written; the command has left the undo stack.
    void failed(const QUuid& incidentId, const QString& code, const QString& message);
    /// An edit of `rowId` (a timeline entry or an action item) of `incidentId` was refused
    /// because someone else changed it; `conflict` holds what the user started from, wanted
    /// and what is stored now, by field (keys as in editconflicts.h). Emitted after failed().
    void conflicted(const QUuid& incidentId, const QUuid& rowId, const warroom::Conflict& conflict);

private:
    QPointer<Workspace> m_workspace;
};

/// Fields of a timeline entry that a command changes; unset ones are left alone.
struct EntryFields {
    std::optional<QString> text;
    std::optional<EntryKind> kind;
    std::optional<QDateTime> occurredAt; ///< UTC
    std::optional<bool> pinned;
    std::optional<bool> deleted;

    bool isEmpty() const { return !text && !kind && !occurredAt && !pinned && !deleted; }
    /// The same fields as set in `which`, with the values they have in `entry`.
    static EntryFields of(const TimelineEntry& entry, const EntryFields& which);
    /// True when every set field has that value in `entry`.
    bool matches(const TimelineEntry& entry) const;
};

/// Moves the entry from `expected` to `target` through IncidentService::editEntry, at the
/// stored entry's current version, as the workspace's actor. Error "conflict" when a field
/// of `expected` no longer holds (someone changed it meanwhile), besides the service's.
Result<TimelineEntry> changeEntry(Workspace& workspace, const QUuid& entryId, const EntryFields& expected,
                                  const EntryFields& target);

/// Base of the commands over one entry of one incident ("commands carry the incident").
class EntryCommand : public QUndoCommand {
public:
    QUuid incidentId() const { return m_incidentId; }
    QUuid entryId() const { return m_entryId; }

protected:
    EntryCommand(TimelineCommandContext* context, const QUuid& incidentId, const QUuid& entryId, const QString& text,
                 QUndoCommand* parent = nullptr);
    /// changeEntry() then notify; on failure reports, marks the command obsolete (the stack
    /// drops it) and returns false.
    bool apply(const EntryFields& expected, const EntryFields& target);
    /// Reports `error` and marks the command obsolete.
    void fail(const Error& error);
    Workspace* workspace() const;

    QPointer<TimelineCommandContext> m_context;
    QUuid m_incidentId;
    QUuid m_entryId;
};

/// Writes a new entry (IncidentService::addEntry; an Action entry also creates an action
/// item). Undo soft-deletes the entry (and cancels that action item if nobody changed it);
/// redo restores both.
class AddEntryCommand final : public EntryCommand {
public:
    AddEntryCommand(TimelineCommandContext* context, const QUuid& incidentId, const TimelineInput& input,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The entry as written by the first redo (null id before, or when it failed).
    const TimelineEntry& entry() const { return m_entry; }
    /// The action item an Action entry created; null otherwise.
    QUuid actionItemId() const { return m_actionItemId; }

private:
    TimelineInput m_input;
    TimelineEntry m_entry;
    QUuid m_actionItemId;
};

/// Changes text, kind and/or time of an entry. Consecutive text-only edits of the same
/// entry merge into one step (mergeWith), as typing does.
class EditEntryCommand final : public EntryCommand {
public:
    /// `entry` as the user saw it; `change` the fields to set (text, kind, occurredAt).
    EditEntryCommand(TimelineCommandContext* context, const TimelineEntry& entry, const EntryFields& change,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool isTextOnly() const;
    /// apply(); when the text was changed by someone else meanwhile, also reports the
    /// conflict (TimelineCommandContext::conflicted) so the user can settle it.
    void settle(const EntryFields& expected, const EntryFields& target);

    EntryFields m_before;
    EntryFields m_after;
};

/// Pins or unpins an entry (the opposite of what `entry` shows).
class PinCommand final : public EntryCommand {
public:
    PinCommand(TimelineCommandContext* context, const TimelineEntry& entry, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    bool pins() const { return m_pin; }

private:
    bool m_pin = true;
};

/// Soft-deletes an entry (the service keeps a revision); undo restores it.
class DeleteEntryCommand final : public EntryCommand {
public:
    DeleteEntryCommand(TimelineCommandContext* context, const TimelineEntry& entry, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
};

/// "“Roll back the deploy…”": an entry's text shortened for undo menu texts.
QString entrySnippet(const QString& text, int maxChars = 32);

} // namespace warroom
