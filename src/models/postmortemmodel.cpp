#include "postmortemmodel.h"

#include "logging.h"
#include "workspace.h"

#include "core/timeformat.h"
#include "storage/postmortemrepository.h"

#include <QUndoStack>

namespace warroom {

namespace {

QStringList checklistKeys(const QList<ChecklistItem>& items)
{
    QStringList keys;
    for (ChecklistItem i : items)
        keys << checklistItemKey(i);
    return keys;
}

/// A valid index of `model` (quietly false for the invalid ones views and testers pass).
bool isRow(const QAbstractItemModel* model, const QModelIndex& index)
{
    return index.isValid() && index.model() == model && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

QString partName(const PostmortemPart& part)
{
    switch (part.kind) {
    case PostmortemPart::Kind::Text: return postmortemFieldDisplayName(part.field);
    case PostmortemPart::Kind::Whys: return PostmortemModel::tr("five whys");
    case PostmortemPart::Kind::Checklist: return PostmortemModel::tr("review checklist");
    case PostmortemPart::Kind::Timeline: return PostmortemModel::tr("timeline");
    }
    return {};
}

} // namespace

// --- PostmortemPart ------------------------------------------------------------------------

QVariant PostmortemPart::valueIn(const Postmortem& pm) const
{
    switch (kind) {
    case Kind::Text: return pm.text(field);
    case Kind::Whys: return pm.fiveWhys;
    case Kind::Checklist: return checklistKeys(pm.checked);
    case Kind::Timeline: {
        QVariantList items;
        for (const NarrativeItem& n : pm.timeline) {
            items << QVariantMap{{QStringLiteral("at"), toIsoUtc(n.at)},
                                 {QStringLiteral("author"), n.author},
                                 {QStringLiteral("kind"), entryKindKey(n.kind)},
                                 {QStringLiteral("text"), n.text}};
        }
        return items;
    }
    }
    return {};
}

void PostmortemPart::setIn(Postmortem& pm, const QVariant& value) const
{
    switch (kind) {
    case Kind::Text: pm.setText(field, value.toString()); break;
    case Kind::Whys: pm.fiveWhys = value.toStringList(); break;
    case Kind::Checklist: {
        pm.checked.clear();
        for (const QString& key : value.toStringList()) {
            if (const auto item = parseChecklistItemKey(key))
                pm.setChecked(*item, true);
        }
        break;
    }
    case Kind::Timeline: {
        pm.timeline.clear();
        for (const QVariant& v : value.toList()) {
            const QVariantMap m = v.toMap();
            pm.timeline << NarrativeItem{parseIsoUtc(m.value(QStringLiteral("at")).toString()),
                                         m.value(QStringLiteral("author")).toString(),
                                         parseEntryKindKey(m.value(QStringLiteral("kind")).toString()).value_or(EntryKind::Note),
                                         m.value(QStringLiteral("text")).toString()};
        }
        break;
    }
    }
}

// --- PostmortemWhysModel -------------------------------------------------------------------

PostmortemWhysModel::PostmortemWhysModel(PostmortemModel* document) : QAbstractListModel(document), m_document(document)
{
}

int PostmortemWhysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_whys.size());
}

QVariant PostmortemWhysModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(this, index))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_whys.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("Why %1 of %2").arg(index.row() + 1).arg(m_whys.size());
    return {};
}

bool PostmortemWhysModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isRow(this, index))
        return false;
    QStringList next = m_whys;
    next[index.row()] = value.toString().simplified();
    if (next == m_whys)
        return false;
    m_document->edit(PostmortemPart{PostmortemPart::Kind::Whys, {}}, next);
    return true;
}

Qt::ItemFlags PostmortemWhysModel::flags(const QModelIndex& index) const
{
    if (!isRow(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void PostmortemWhysModel::reset(const QStringList& whys)
{
    if (whys == m_whys)
        return;
    if (whys.size() == m_whys.size()) {
        // Same rows, new texts (an edit, a move, another client's change): keep views' editors.
        m_whys = whys;
        emit dataChanged(index(0), index(int(m_whys.size()) - 1), {Qt::DisplayRole, Qt::EditRole});
        return;
    }
    beginResetModel();
    m_whys = whys;
    endResetModel();
}

// --- PostmortemChecklistModel --------------------------------------------------------------

PostmortemChecklistModel::PostmortemChecklistModel(PostmortemModel* document)
    : QAbstractListModel(document), m_document(document)
{
}

int PostmortemChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allChecklistItems().size());
}

QVariant PostmortemChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(this, index))
        return {};
    const ChecklistItem item = allChecklistItems().at(index.row());
    if (role == Qt::DisplayRole)
        return checklistItemDisplayName(item);
    if (role == Qt::CheckStateRole)
        return m_checked.contains(item) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole)
        return checklistItemKey(item);
    return {};
}

bool PostmortemChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_enabled
        || !isRow(this, index))
        return false;
    Postmortem scratch;
    scratch.checked = m_checked;
    scratch.setChecked(allChecklistItems().at(index.row()), value.toInt() == Qt::Checked);
    if (scratch.checked == m_checked)
        return false;
    m_document->edit(PostmortemPart{PostmortemPart::Kind::Checklist, {}}, checklistKeys(scratch.checked));
    return true;
}

Qt::ItemFlags PostmortemChecklistModel::flags(const QModelIndex& index) const
{
    if (!isRow(this, index))
        return Qt::NoItemFlags;
    return m_enabled ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable;
}

void PostmortemChecklistModel::reset(const QList<ChecklistItem>& checked)
{
    m_checked = checked;
    m_enabled = m_document->exists();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

// --- PostmortemActionsModel ----------------------------------------------------------------

int PostmortemActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PostmortemActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostmortemActionsModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(this, index))
        return {};
    const ActionItem& a = m_items.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TextColumn: return a.text;
    case OwnerColumn: return a.owner.isEmpty() ? tr("unassigned") : QStringLiteral("@") + a.owner;
    case PriorityColumn: return actionPriorityDisplayName(a.priority);
    case DueColumn: return a.dueAt.isValid() ? a.dueAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case StateColumn: return actionStateDisplayName(a.state);
    default: return {};
    }
}

QVariant PostmortemActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case PriorityColumn: return tr("Priority");
    case DueColumn: return tr("Due (UTC)");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void PostmortemActionsModel::reset(const QList<ActionItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

// --- PostmortemModel -----------------------------------------------------------------------

PostmortemModel::PostmortemModel(Workspace* workspace, QUndoStack* undoStack, QObject* parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_whys(new PostmortemWhysModel(this))
    , m_checklist(new PostmortemChecklistModel(this))
    , m_actions(new PostmortemActionsModel(this))
{
    if (workspace) {
        connect(workspace, &Workspace::incidentChanged, this, [this](const QUuid& id) {
            if (m_incidentId.isNull() || (!id.isNull() && id != m_incidentId))
                return;
            if (auto loaded = reload(); !loaded)
                qCWarning(lcModels) << "cannot reload the postmortem:" << loaded.error().message;
        });
    }
}

PostmortemModel::~PostmortemModel() = default;

Result<void> PostmortemModel::setIncident(const QUuid& incidentId)
{
    m_incidentId = incidentId;
    return reload();
}

Result<void> PostmortemModel::reload()
{
    if (m_incidentId.isNull() || !m_workspace) {
        m_incident = {};
        m_actionItems.clear();
        show(Postmortem{}, false);
        return {};
    }
    auto fail = [this](const Error& e) {
        emit failed(e.code, e.message);
        return Result<void>(e);
    };
    const auto incident = m_workspace->repository().findById(m_incidentId);
    if (!incident)
        return fail(incident.error());
    const auto items = m_workspace->service().actionItems(m_incidentId);
    if (!items)
        return fail(items.error());
    m_incident = incident.value();
    m_actionItems = items.value();
    PostmortemRepository repo(m_workspace->database(), m_workspace->clock());
    const auto pm = repo.findForIncident(m_incidentId);
    if (!pm && pm.error().code != QLatin1String("not-found"))
        return fail(pm.error());
    show(pm ? pm.value() : Postmortem{}, pm.ok());
    return {};
}

void PostmortemModel::show(const Postmortem& pm, bool exists)
{
    const bool existenceChanged = exists != m_exists;
    m_exists = exists;
    m_postmortem = pm;
    if (existenceChanged) {
        beginResetModel();
        endResetModel();
    } else if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::EditRole, Qt::DisplayRole});
    }
    m_whys->reset(pm.fiveWhys);
    m_checklist->reset(pm.checked);
    QList<ActionItem> items;
    for (const QUuid& id : pm.actionItemIds) {
        for (const ActionItem& a : std::as_const(m_actionItems)) {
            if (a.id == id)
                items << a;
        }
    }
    m_actions->reset(items);
    emit postmortemChanged();
}

Result<void> PostmortemModel::createFromIncident()
{
    if (!m_workspace || m_incidentId.isNull())
        return Result<void>::failure(QStringLiteral("invalid"), tr("No incident is shown."));
    PostmortemRepository repo(m_workspace->database(), m_workspace->clock());
    const auto created = repo.createFromIncident(m_incidentId, m_workspace->actor());
    if (!created) {
        emit failed(created.error().code, created.error().message);
        return created.error();
    }
    m_workspace->notifyIncidentChanged(m_incidentId);
    return reload();
}

void PostmortemModel::syncTimelineFromIncident()
{
    if (!m_workspace || !m_exists)
        return;
    const auto entries = m_workspace->repository().timeline(m_incidentId);
    if (!entries) {
        emit failed(entries.error().code, entries.error().message);
        return;
    }
    Postmortem pinned;
    pinned.timeline = prefillPostmortem(m_incident, entries.value(), {}, {}, m_workspace->clock().nowUtc(), {}).timeline;
    const PostmortemPart part{PostmortemPart::Kind::Timeline, {}};
    edit(part, part.valueIn(pinned));
}

Result<void> PostmortemModel::changeStatus(PostmortemStatus to)
{
    if (!m_workspace || !m_exists)
        return Result<void>::failure(QStringLiteral("invalid"), tr("There is no postmortem yet."));
    PostmortemRepository repo(m_workspace->database(), m_workspace->clock());
    const auto moved = repo.changeStatus(m_postmortem.id, to, m_postmortem.version, m_workspace->actor());
    if (!moved) {
        emit failed(moved.error().code, moved.error().message);
        return moved.error();
    }
    m_workspace->notifyIncidentChanged(m_incidentId);
    return reload();
}

void PostmortemModel::edit(const PostmortemPart& part, const QVariant& value)
{
    if (!m_exists)
        return;
    const QVariant before = part.valueIn(m_postmortem);
    if (before == value)
        return;
    auto* command = new PostmortemEditCommand(this, part, before, value);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

Result<void> PostmortemModel::write(const PostmortemPart& part, const QVariant& expected, const QVariant& value)
{
    if (!m_workspace)
        return Result<void>::failure(QStringLiteral("invalid"), tr("The database is closed."));
    PostmortemRepository repo(m_workspace->database(), m_workspace->clock());
    const auto stored = repo.findForIncident(m_incidentId);
    if (!stored)
        return stored.error();
    if (part.valueIn(stored.value()) != expected) {
        return Result<void>::failure(QStringLiteral("conflict"),
                                     tr("Someone else changed the %1 of this postmortem meanwhile; it now shows "
                                        "their version.")
                                         .arg(partName(part)));
    }
    Postmortem next = stored.value();
    part.setIn(next, value);
    const auto saved = repo.save(next, stored->version, m_workspace->actor());
    if (!saved)
        return saved.error();
    m_workspace->notifyIncidentChanged(m_incidentId);
    return {};
}

int PostmortemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allPostmortemFields().size());
}

QVariant PostmortemModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(this, index))
        return {};
    const PostmortemField field = allPostmortemFields().at(index.row());
    switch (role) {
    case Qt::DisplayRole: return postmortemFieldDisplayName(field);
    case Qt::EditRole: return m_postmortem.text(field);
    case Qt::ToolTipRole: return m_postmortem.text(field);
    case FieldRole: return postmortemFieldKey(field);
    default: return {};
    }
}

bool PostmortemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_exists
        || !isRow(this, index))
        return false;
    const PostmortemField field = allPostmortemFields().at(index.row());
    if (m_postmortem.text(field) == value.toString())
        return false;
    edit(PostmortemPart{PostmortemPart::Kind::Text, field}, value.toString());
    return true;
}

Qt::ItemFlags PostmortemModel::flags(const QModelIndex& index) const
{
    if (!isRow(this, index))
        return Qt::NoItemFlags;
    return m_exists ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::ItemIsSelectable;
}

QHash<int, QByteArray> PostmortemModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FieldRole, "field");
    return names;
}

// --- PostmortemEditCommand -----------------------------------------------------------------

PostmortemEditCommand::PostmortemEditCommand(PostmortemModel* model, const PostmortemPart& part, QVariant before,
                                             QVariant after, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_incidentId(model->incidentId())
    , m_part(part)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(PostmortemModel::tr("Edit %1").arg(partName(part)));
}

void PostmortemEditCommand::redo()
{
    if (!m_model || m_model->incidentId() != m_incidentId) {
        setObsolete(true);
        return;
    }
    if (auto r = m_model->write(m_part, m_before, m_after); !r) {
        setObsolete(true);
        if (auto reloaded = m_model->reload(); !reloaded)
            qCWarning(lcModels) << "cannot reload the postmortem:" << reloaded.error().message;
        reportConflict(r.error(), m_before, m_after);
        emit m_model->failed(r.error().code, r.error().message);
    }
}

void PostmortemEditCommand::undo()
{
    if (!m_model || m_model->incidentId() != m_incidentId) {
        setObsolete(true);
        return;
    }
    if (auto r = m_model->write(m_part, m_after, m_before); !r) {
        setObsolete(true);
        if (auto reloaded = m_model->reload(); !reloaded)
            qCWarning(lcModels) << "cannot reload the postmortem:" << reloaded.error().message;
        reportConflict(r.error(), m_after, m_before);
        emit m_model->failed(r.error().code, r.error().message);
    }
}

void PostmortemEditCommand::reportConflict(const Error& error, const QVariant& base, const QVariant& mine)
{
    if (error.code != QLatin1String("conflict") || m_part.kind != PostmortemPart::Kind::Text || !m_model
        || !m_model->exists())
        return;
    const Postmortem& stored = m_model->postmortem();
    ConflictField f;
    f.key = postmortemFieldKey(m_part.field);
    f.label = postmortemFieldDisplayName(m_part.field);
    f.multiLine = true;
    f.base = base.toString();
    f.mine = mine.toString();
    f.theirs = stored.text(m_part.field);
    if (!f.changedByThem())
        return;
    Conflict c;
    c.subject = PostmortemModel::tr("the %1 of the postmortem").arg(f.label);
    c.theirAuthor = stored.updatedBy;
    c.theirTime = stored.updatedAt;
    c.fields << f;
    emit m_model->conflicted(c);
}

int PostmortemEditCommand::id() const
{
    return 0x504d;   // "PM"
}

bool PostmortemEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const PostmortemEditCommand*>(other);
    if (!o || o->m_incidentId != m_incidentId || !(o->m_part == m_part) || m_part.kind != PostmortemPart::Kind::Text
        || o->m_before != m_after)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace warroom
