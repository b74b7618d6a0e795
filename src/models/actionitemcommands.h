#pragma once
// Undoable edits of action items: each redo/undo writes through
// IncidentService::updateActionItem with the item's current version, then notifies.

#include "timelinecommands.h"

#include "core/actionitem.h"

#include <QUndoCommand>

namespace warroom {

/// Fields of an action item a command changes; unset ones are left alone.
struct ActionItemFields {
    std::optional<QString> text;
    std::optional<QString> owner; ///< handle; empty: unassigned
    std::optional<ActionPriority> priority;
    std::optional<QDateTime> dueAt; ///< UTC; null: no due date
    std::optional<ActionState> state;

    bool isEmpty() const { return !text && !owner && !priority && !dueAt && !state; }
    /// The same fields as set in `which`, with the values they have in `item`.
    static ActionItemFields of(const ActionItem& item, const ActionItemFields& which);
    /// True when every set field has that value in `item`.
    bool matches(const ActionItem& item) const;
    /// `item` with the set fields replaced.
    ActionItem appliedTo(ActionItem item) const;
};

/// The stored action item `itemId` of `incidentId`. Error "not-found" when there is none.
Result<ActionItem> findActionItem(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId);

/// Moves the item from `expected` to `target` through IncidentService::updateActionItem at
/// its current version, as the workspace's actor. Error "conflict" when a field of
/// `expected` no longer holds, besides the service's ("invalid", "unknown-person", ...).
Result<ActionItem> changeActionItem(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId,
                                    const ActionItemFields& expected, const ActionItemFields& target);

/// Adds an action item to an incident. There is no deleting an action item, so undo
/// cancels it (when nobody changed it meanwhile) and redo gives it back its state.
class AddActionItemCommand final : public QUndoCommand {
public:
    AddActionItemCommand(TimelineCommandContext* context, const ActionItem& item, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The item as stored by the first redo (null id before, or when it failed).
    const ActionItem& item() const { return m_item; }
    QUuid incidentId() const { return m_item.incidentId; }

private:
    void fail(const Error& error);

    QPointer<TimelineCommandContext> m_context;
    ActionItem m_item;
    bool m_added = false;
};

/// Changes fields of one action item (state, owner, priority, due date, text).
class EditActionItemCommand final : public QUndoCommand {
public:
    /// `item` as the user saw it; `change` the fields to set.
    EditActionItemCommand(TimelineCommandContext* context, const ActionItem& item, const ActionItemFields& change,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QUuid incidentId() const { return m_incidentId; }
    QUuid itemId() const { return m_itemId; }

private:
    bool apply(const ActionItemFields& expected, const ActionItemFields& target);

    QPointer<TimelineCommandContext> m_context;
    QUuid m_incidentId;
    QUuid m_itemId;
    ActionItemFields m_before;
    ActionItemFields m_after;
};

} // namespace warroom
