#include "actionitemcommands.h"
#include "editconflicts.h"

#include "offlinewrites.h"
#include "workspace.h"

#include <QCoreApplication>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::ActionItemCommands)
};

Error goneError()
{
    return Error{QStringLiteral("closed"), Tr::tr("The database this change was made in is no longer open.")};
}

QString editText(const ActionItem& item, const ActionItemFields& change)
{
    const QString what = entrySnippet(item.text);
    if (change.state && !change.text && !change.owner && !change.priority && !change.dueAt)
        return Tr::tr("Mark “%1” %2").arg(what, actionStateDisplayName(*change.state).toLower());
    if (change.owner && !change.text && !change.state && !change.priority && !change.dueAt)
        return change.owner->isEmpty() ? Tr::tr("Unassign “%1”").arg(what)
                                       : Tr::tr("Give “%1” to %2").arg(what, *change.owner);
    return Tr::tr("Edit action item “%1”").arg(what);
}

} // namespace

ActionItemFields ActionItemFields::of(const ActionItem& item, const ActionItemFields& which)
{
    ActionItemFields f;
    if (which.text)
        f.text = item.text;
    if (which.owner)
        f.owner = item.owner;
    if (which.priority)
        f.priority = item.priority;
    if (which.dueAt)
        f.dueAt = item.dueAt;
    if (which.state)
        f.state = item.state;
    return f;
}

bool ActionItemFields::matches(const ActionItem& item) const
{
    return (!text || *text == item.text) && (!owner || *owner == item.owner) &&
           (!priority || *priority == item.priority) && (!dueAt || *dueAt == item.dueAt) &&
           (!state || *state == item.state);
}

ActionItem ActionItemFields::appliedTo(ActionItem item) const
{
    if (text)
        item.text = *text;
    if (owner)
        item.owner = *owner;
    if (priority)
        item.priority = *priority;
    if (dueAt)
        item.dueAt = dueAt->isValid() ? dueAt->toUTC() : QDateTime();
    if (state)
        item.state = *state;
    return item;
}

Result<ActionItem> findActionItem(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId)
{
    auto items = workspace.service().actionItems(incidentId);
    if (!items)
        return items.error();
    for (const ActionItem& item : items.value()) {
        if (item.id == itemId)
            return item;
    }
    return Result<ActionItem>::failure(QStringLiteral("not-found"), Tr::tr("That action item does not exist."));
}

Result<ActionItem> changeActionItem(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId,
                                    const ActionItemFields& expected, const ActionItemFields& target)
{
    auto current = findActionItem(workspace, incidentId, itemId);
    if (!current)
        return current;
    if (!expected.matches(current.value())) {
        return Result<ActionItem>::failure(
            QStringLiteral("conflict"),
            Tr::tr("The action item “%1” was changed by someone else meanwhile; it was left as they set it.")
                .arg(entrySnippet(current->text)));
    }
    return workspace.service().updateActionItem(target.appliedTo(current.value()), current->version, workspace.actor());
}

// --- AddActionItemCommand ------------------------------------------------------------------

AddActionItemCommand::AddActionItemCommand(TimelineCommandContext* context, const ActionItem& item,
                                           QUndoCommand* parent)
    : QUndoCommand(Tr::tr("Add action item “%1”").arg(entrySnippet(item.text)), parent)
    , m_context(context)
    , m_item(item)
{
}

void AddActionItemCommand::fail(const Error& error)
{
    setObsolete(true);
    if (m_context)
        m_context->report(m_item.incidentId, error);
}

void AddActionItemCommand::redo()
{
    Workspace* ws = m_context ? m_context->workspace() : nullptr;
    if (!ws) {
        fail(goneError());
        return;
    }
    if (!m_added) {
        auto added = ws->writes()->addActionItem(m_item);
        if (!added) {
            fail(added.error());
            return;
        }
        m_item = added.value();
        m_added = true;
    } else {
        ActionItemFields cancelled;
        cancelled.state = ActionState::Cancelled;
        ActionItemFields original;
        original.state = m_item.state;
        if (auto changed = changeActionItem(*ws, m_item.incidentId, m_item.id, cancelled, original); !changed)
            fail(changed.error());
    }
    ws->notifyIncidentChanged(m_item.incidentId);
}

void AddActionItemCommand::undo()
{
    Workspace* ws = m_context ? m_context->workspace() : nullptr;
    if (!ws) {
        fail(goneError());
        return;
    }
    ActionItemFields original;
    original.state = m_item.state;
    ActionItemFields cancelled;
    cancelled.state = ActionState::Cancelled;
    if (auto changed = changeActionItem(*ws, m_item.incidentId, m_item.id, original, cancelled); !changed)
        fail(changed.error());
    ws->notifyIncidentChanged(m_item.incidentId);
}

// --- EditActionItemCommand -----------------------------------------------------------------

EditActionItemCommand::EditActionItemCommand(TimelineCommandContext* context, const ActionItem& item,
                                             const ActionItemFields& change, QUndoCommand* parent)
    : QUndoCommand(editText(item, change), parent)
    , m_context(context)
    , m_incidentId(item.incidentId)
    , m_itemId(item.id)
    , m_before(ActionItemFields::of(item, change))
    , m_after(change)
{
    if (m_after.text)
        m_after.text = m_after.text->trimmed();
    if (m_after.dueAt && m_after.dueAt->isValid())
        m_after.dueAt = m_after.dueAt->toUTC();
}

bool EditActionItemCommand::apply(const ActionItemFields& expected, const ActionItemFields& target)
{
    Workspace* ws = m_context ? m_context->workspace() : nullptr;
    if (!ws) {
        setObsolete(true);
        return false;
    }
    auto changed = changeActionItem(*ws, m_incidentId, m_itemId, expected, target);
    if (!changed) {
        setObsolete(true);
        if (m_context)
            m_context->report(m_incidentId, changed.error());
        if (m_context && changed.error().code == QLatin1String("conflict")) {
            if (auto conflict = actionItemConflict(*ws, m_incidentId, m_itemId, expected, target); conflict)
                m_context->reportConflict(m_incidentId, m_itemId, conflict.value());
        }
    }
    ws->notifyIncidentChanged(m_incidentId);
    return changed.ok();
}

void EditActionItemCommand::redo()
{
    apply(m_before, m_after);
}

void EditActionItemCommand::undo()
{
    apply(m_after, m_before);
}

} // namespace warroom
