#include "timelinecommands.h"

#include "actionitemcommands.h"
#include "editconflicts.h"
#include "logging.h"
#include "offlinewrites.h"
#include "timelinemodel.h"
#include "workspace.h"

#include <QCoreApplication>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::TimelineCommands)
};

constexpr int kEditEntryCommandId = 0x7e01;

EntryChange toChange(const EntryFields& f)
{
    EntryChange c;
    c.text = f.text;
    c.kind = f.kind;
    c.occurredAt = f.occurredAt;
    c.pinned = f.pinned;
    c.deleted = f.deleted;
    return c;
}

Error goneError()
{
    return Error{QStringLiteral("closed"), Tr::tr("The database this change was made in is no longer open.")};
}

} // namespace

// --- TimelineCommandContext ----------------------------------------------------------------

TimelineCommandContext::TimelineCommandContext(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

Workspace* TimelineCommandContext::workspace() const
{
    return m_workspace.data();
}

void TimelineCommandContext::report(const QUuid& incidentId, const Error& error)
{
    qCInfo(lcModels) << "edit of" << incidentId << "refused:" << error.code << error.message;
    emit failed(incidentId, error.code, error.message);
}

void TimelineCommandContext::reportConflict(const QUuid& incidentId, const QUuid& rowId, const Conflict& conflict)
{
    qCInfo(lcModels) << "edit of" << rowId << "met a change by" << conflict.theirAuthor;
    emit conflicted(incidentId, rowId, conflict);
}

// --- EntryFields ---------------------------------------------------------------------------

EntryFields EntryFields::of(const TimelineEntry& entry, const EntryFields& which)
{
    EntryFields f;
    if (which.text)
        f.text = entry.text;
    if (which.kind)
        f.kind = entry.kind;
    if (which.occurredAt)
        f.occurredAt = entry.occurredAt.toUTC();
    if (which.pinned)
        f.pinned = entry.pinned;
    if (which.deleted)
        f.deleted = entry.deleted;
    return f;
}

bool EntryFields::matches(const TimelineEntry& entry) const
{
    return (!text || *text == entry.text) && (!kind || *kind == entry.kind) &&
           (!occurredAt || *occurredAt == entry.occurredAt) && (!pinned || *pinned == entry.pinned) &&
           (!deleted || *deleted == entry.deleted);
}

Result<TimelineEntry> changeEntry(Workspace& workspace, const QUuid& entryId, const EntryFields& expected,
                                  const EntryFields& target)
{
    OfflineWrites& writes = *workspace.writes();
    if (!writes.queues()) {
        auto current = workspace.repository().findTimelineEntry(entryId);
        if (!current && !writes.takeOver(current.error()))
            return current;
        if (current) {
            if (!expected.matches(current.value())) {
                return Result<TimelineEntry>::failure(
                    QStringLiteral("conflict"),
                    Tr::tr("The entry “%1” was changed by someone else meanwhile; it was left as they wrote it.")
                        .arg(entrySnippet(current->text)));
            }
            auto edited = workspace.service().editEntry(entryId, current->version, toChange(target), workspace.actor());
            if (edited || !writes.takeOver(edited.error()))
                return edited;
        }
    }
    // Offline: kept in the outbox, applied when the server is back (if nobody changed it).
    auto shown = workspace.timeline()->entry(entryId);
    return writes.queueEntryChange(shown ? shown->incidentId : QUuid(), entryId, toChange(expected), toChange(target));
}

QString entrySnippet(const QString& text, int maxChars)
{
    const QString simple = text.simplified();
    return simple.size() <= maxChars ? simple : simple.left(maxChars - 1).trimmed() + QChar(0x2026);
}

// --- EntryCommand --------------------------------------------------------------------------

EntryCommand::EntryCommand(TimelineCommandContext* context, const QUuid& incidentId, const QUuid& entryId,
                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_context(context)
    , m_incidentId(incidentId)
    , m_entryId(entryId)
{
}

Workspace* EntryCommand::workspace() const
{
    return m_context ? m_context->workspace() : nullptr;
}

void EntryCommand::fail(const Error& error)
{
    setObsolete(true);
    if (m_context)
        m_context->report(m_incidentId, error);
}

bool EntryCommand::apply(const EntryFields& expected, const EntryFields& target)
{
    Workspace* ws = workspace();
    if (!ws) {
        fail(goneError());
        return false;
    }
    auto stored = changeEntry(*ws, m_entryId, expected, target);
    if (!stored) {
        fail(stored.error());
        ws->notifyIncidentChanged(m_incidentId); // show what is there now
        return false;
    }
    ws->notifyIncidentChanged(m_incidentId);
    return true;
}

// --- AddEntryCommand -----------------------------------------------------------------------

AddEntryCommand::AddEntryCommand(TimelineCommandContext* context, const QUuid& incidentId, const TimelineInput& input,
                                 QUndoCommand* parent)
    : EntryCommand(context, incidentId, QUuid(),
                   Tr::tr("Add %1 “%2”").arg(entryKindDisplayName(input.kind).toLower(), entrySnippet(input.text)),
                   parent)
    , m_input(input)
{
}

void AddEntryCommand::redo()
{
    Workspace* ws = workspace();
    if (!ws) {
        fail(goneError());
        return;
    }
    if (m_entryId.isNull()) {
        auto added = ws->writes()->addEntry(m_incidentId, m_input.kind, m_input.text, m_input.occurredAt);
        if (!added) {
            fail(added.error());
            return;
        }
        m_entry = added.value();
        m_entryId = m_entry.id;
        if (m_entry.kind == EntryKind::Action) {
            if (auto items = ws->service().actionItems(m_incidentId); items) {
                for (const ActionItem& item : items.value()) {
                    if (item.sourceEntryId == m_entryId)
                        m_actionItemId = item.id;
                }
            }
        }
        ws->notifyIncidentChanged(m_incidentId);
        return;
    }
    EntryFields deleted;
    deleted.deleted = true;
    EntryFields restored;
    restored.deleted = false;
    if (!apply(deleted, restored))
        return;
    if (!m_actionItemId.isNull()) {
        ActionItemFields cancelled;
        cancelled.state = ActionState::Cancelled;
        ActionItemFields reopened;
        reopened.state = ActionState::Open;
        // Left alone when someone changed it after the undo cancelled it.
        if (changeActionItem(*ws, m_incidentId, m_actionItemId, cancelled, reopened))
            ws->notifyIncidentChanged(m_incidentId);
    }
}

void AddEntryCommand::undo()
{
    EntryFields shown;
    shown.deleted = false;
    EntryFields deleted;
    deleted.deleted = true;
    if (!apply(shown, deleted))
        return;
    if (!m_actionItemId.isNull()) {
        ActionItemFields open;
        open.state = ActionState::Open;
        ActionItemFields cancelled;
        cancelled.state = ActionState::Cancelled;
        // Someone already working on it keeps it.
        if (Workspace* ws = workspace(); ws && changeActionItem(*ws, m_incidentId, m_actionItemId, open, cancelled))
            ws->notifyIncidentChanged(m_incidentId);
    }
}

// --- EditEntryCommand ----------------------------------------------------------------------

EditEntryCommand::EditEntryCommand(TimelineCommandContext* context, const TimelineEntry& entry,
                                   const EntryFields& change, QUndoCommand* parent)
    : EntryCommand(context, entry.incidentId, entry.id, Tr::tr("Edit “%1”").arg(entrySnippet(entry.text)), parent)
    , m_before(EntryFields::of(entry, change))
    , m_after(change)
{
    if (m_after.text)
        m_after.text = m_after.text->trimmed(); // as the service stores it
    if (m_after.occurredAt)
        m_after.occurredAt = m_after.occurredAt->toUTC();
}

void EditEntryCommand::redo()
{
    settle(m_before, m_after);
}

void EditEntryCommand::undo()
{
    settle(m_after, m_before);
}

void EditEntryCommand::settle(const EntryFields& expected, const EntryFields& target)
{
    if (apply(expected, target) || !expected.text || !target.text)
        return;
    Workspace* ws = workspace();
    if (!ws || !m_context)
        return;
    // Only a text someone else revised meanwhile is settled side by side.
    if (auto conflict = entryTextConflict(*ws, m_entryId, *expected.text, *target.text);
        conflict && conflict->fields.first().changedByThem())
        m_context->reportConflict(m_incidentId, m_entryId, conflict.value());
}

int EditEntryCommand::id() const
{
    return kEditEntryCommandId;
}

bool EditEntryCommand::isTextOnly() const
{
    return m_after.text && !m_after.kind && !m_after.occurredAt && !m_after.pinned && !m_after.deleted;
}

bool EditEntryCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditEntryCommand*>(other);
    if (!next || next->isObsolete() || isObsolete() || next->m_entryId != m_entryId || !isTextOnly() ||
        !next->isTextOnly() || next->m_before.text != m_after.text)
        return false;
    m_after.text = next->m_after.text;
    if (m_after.text == m_before.text)
        setObsolete(true); // typed back to where it started: nothing to undo
    return true;
}

// --- PinCommand ----------------------------------------------------------------------------

PinCommand::PinCommand(TimelineCommandContext* context, const TimelineEntry& entry, QUndoCommand* parent)
    : EntryCommand(context, entry.incidentId, entry.id,
                   entry.pinned ? Tr::tr("Unpin “%1”").arg(entrySnippet(entry.text))
                                : Tr::tr("Pin “%1”").arg(entrySnippet(entry.text)),
                   parent)
    , m_pin(!entry.pinned)
{
}

void PinCommand::redo()
{
    EntryFields from;
    from.pinned = !m_pin;
    EntryFields to;
    to.pinned = m_pin;
    apply(from, to);
}

void PinCommand::undo()
{
    EntryFields from;
    from.pinned = m_pin;
    EntryFields to;
    to.pinned = !m_pin;
    apply(from, to);
}

// --- DeleteEntryCommand --------------------------------------------------------------------

DeleteEntryCommand::DeleteEntryCommand(TimelineCommandContext* context, const TimelineEntry& entry,
                                       QUndoCommand* parent)
    : EntryCommand(context, entry.incidentId, entry.id, Tr::tr("Delete “%1”").arg(entrySnippet(entry.text)), parent)
{
}

void DeleteEntryCommand::redo()
{
    EntryFields shown;
    shown.deleted = false;
    EntryFields deleted;
    deleted.deleted = true;
    apply(shown, deleted);
}

void DeleteEntryCommand::undo()
{
    EntryFields shown;
    shown.deleted = false;
    EntryFields deleted;
    deleted.deleted = true;
    apply(deleted, shown);
}

} // namespace warroom
