#include "actionitemmodel.h"

#include "actionitemcommands.h"
#include "entrylistsync.h"
#include "logging.h"
#include "workspace.h"

#include "core/timeformat.h"

#include <QColor>
#include <QFont>

#include <limits>

namespace warroom {

namespace {

const QColor kOverdueBackground(0xfd, 0xe2, 0xe1);
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kFinishedText(0x86, 0x8e, 0x96);

QColor priorityColor(ActionPriority p)
{
    switch (p) {
    case ActionPriority::High: return QColor(0xd9, 0x2d, 0x20);
    case ActionPriority::Medium: return QColor(0xe0, 0x8e, 0x0b);
    case ActionPriority::Low: return QColor(0x98, 0xa2, 0xb3);
    }
    return {};
}

bool sameItem(const ActionItem& a, const ActionItem& b)
{
    return a.version == b.version && a.text == b.text && a.owner == b.owner && a.priority == b.priority &&
           a.dueAt == b.dueAt && a.state == b.state && a.incidentId == b.incidentId;
}

} // namespace

ActionItemModel::ActionItemModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::incidentChanged, this, [this](const QUuid& id) {
        if (concerns(id)) {
            if (auto loaded = reload(); !loaded)
                qCWarning(lcModels) << "cannot reload action items:" << loaded.error().message;
        }
    });
}

ActionItemModel::~ActionItemModel() = default;

bool ActionItemModel::concerns(const QUuid& incidentId) const
{
    return !m_incidentId.isNull() && (incidentId.isNull() || incidentId == m_incidentId);
}

Result<QList<ActionItem>> ActionItemModel::fetch()
{
    if (m_incidentId.isNull())
        return QList<ActionItem>();
    return m_workspace.service().actionItems(m_incidentId);
}

QString ActionItemModel::incidentRef(const QUuid&) const
{
    return {};
}

bool ActionItemModel::isOverdue(const ActionItem& item) const
{
    return item.isOverdue(m_workspace.clock().nowUtc());
}

Result<void> ActionItemModel::setIncident(const QUuid& incidentId)
{
    m_incidentId = incidentId;
    auto items = fetch();
    beginResetModel();
    m_items = items ? items.value() : QList<ActionItem>();
    m_overdue.clear();
    for (const ActionItem& item : std::as_const(m_items)) {
        if (isOverdue(item))
            m_overdue.insert(item.id);
    }
    endResetModel();
    emit countsChanged();
    if (!items)
        return items.error();
    return {};
}

Result<void> ActionItemModel::reload()
{
    auto items = fetch();
    if (!items)
        return items.error();
    setItems(std::move(items.value()));
    return {};
}

void ActionItemModel::setItems(QList<ActionItem> items)
{
    QSet<QUuid> overdue;
    for (const ActionItem& item : std::as_const(items)) {
        if (isOverdue(item))
            overdue.insert(item.id);
    }
    const QSet<QUuid> wasOverdue = std::exchange(m_overdue, overdue);
    RowSyncHooks hooks;
    hooks.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    hooks.endRemove = [this] { endRemoveRows(); };
    hooks.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    hooks.endInsert = [this] { endInsertRows(); };
    hooks.beginMove = [this](int from, int to) { beginMoveRows({}, from, from, {}, to); };
    hooks.endMove = [this] { endMoveRows(); };
    hooks.changed = [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); };
    syncRows(
        m_items, items, [](const ActionItem& i) { return i.id; },
        [&](const ActionItem& a, const ActionItem& b) {
            return sameItem(a, b) && wasOverdue.contains(a.id) == m_overdue.contains(b.id);
        },
        hooks);
    emit countsChanged();
}

void ActionItemModel::tick()
{
    bool changed = false;
    for (int row = 0; row < int(m_items.size()); ++row) {
        const ActionItem& item = m_items[row];
        const bool overdue = isOverdue(item);
        if (overdue == m_overdue.contains(item.id))
            continue;
        if (overdue)
            m_overdue.insert(item.id);
        else
            m_overdue.remove(item.id);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        changed = true;
    }
    if (changed)
        emit countsChanged();
}

void ActionItemModel::setUndoStack(QUndoStack* stack, TimelineCommandContext* context)
{
    m_stack = stack;
    m_context = context;
}

void ActionItemModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

int ActionItemModel::rowForId(const QUuid& itemId) const
{
    for (int row = 0; row < int(m_items.size()); ++row) {
        if (m_items[row].id == itemId)
            return row;
    }
    return -1;
}

int ActionItemModel::openCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const ActionItem& i) { return !i.isFinished(); }));
}

int ActionItemModel::overdueCount() const
{
    return int(m_overdue.size());
}

int ActionItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownColumns();
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem& item = m_items[index.row()];
    const bool overdue = m_overdue.contains(item.id);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn: return item.text;
        case OwnerColumn: return item.owner.isEmpty() ? tr("Unassigned") : item.owner;
        case PriorityColumn: return actionPriorityDisplayName(item.priority);
        case DueColumn:
            return item.dueAt.isValid() ? item.dueAt.toTimeZone(m_zone).toString(QStringLiteral("d MMM HH:mm t"))
                                        : QString();
        case StateColumn: return actionStateDisplayName(item.state);
        case IncidentColumn: return incidentRef(item.incidentId);
        default: return {};
        }
    case Qt::EditRole:
        switch (column) {
        case TextColumn: return item.text;
        case OwnerColumn: return item.owner;
        case PriorityColumn: return int(item.priority);
        case DueColumn: return item.dueAt;
        case StateColumn: return int(item.state);
        case IncidentColumn: return incidentRef(item.incidentId);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == DueColumn && item.dueAt.isValid()) {
            const qint64 left = m_workspace.clock().nowUtc().secsTo(item.dueAt);
            const QString at = item.dueAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
            if (overdue)
                return tr("Overdue by %1 (due %2)").arg(formatDuration(-left), at);
            if (!item.isFinished())
                return tr("Due in %1 (%2)").arg(formatDuration(left), at);
            return at;
        }
        if (column == TextColumn)
            return tr("Created by %1, %2")
                .arg(item.createdBy, item.createdAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")));
        return {};
    case Qt::DecorationRole: return column == PriorityColumn ? QVariant(priorityColor(item.priority)) : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return kOverdueText;
        if (item.isFinished())
            return kFinishedText;
        if (column == OwnerColumn && item.owner.isEmpty())
            return kFinishedText;
        return {};
    case Qt::BackgroundRole: return overdue ? QVariant(kOverdueBackground) : QVariant();
    case Qt::FontRole:
        if ((overdue && column == DueColumn) || (item.state == ActionState::Cancelled && column == TextColumn)) {
            QFont font;
            font.setBold(overdue);
            font.setStrikeOut(!overdue);
            return font;
        }
        return {};
    case ItemIdRole: return item.id;
    case IncidentIdRole: return item.incidentId;
    case IncidentRefRole: return incidentRef(item.incidentId);
    case OverdueRole: return overdue;
    case FinishedRole: return item.isFinished();
    case SortRole:
        switch (column) {
        case TextColumn: return item.text.toLower();
        case OwnerColumn: return item.owner.toLower();
        case PriorityColumn: return int(item.priority);
        case DueColumn:
            return item.dueAt.isValid() ? item.dueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case StateColumn: return int(item.state);
        case IncidentColumn: return incidentRef(item.incidentId);
        default: return {};
        }
    default: return {};
    }
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Action item");
    case OwnerColumn: return tr("Owner");
    case PriorityColumn: return tr("Priority");
    case DueColumn: return tr("Due");
    case StateColumn: return tr("State");
    case IncidentColumn: return tr("Incident");
    default: return {};
    }
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_stack && m_context && index.column() != IncidentColumn
        && canWriteWarRoom(m_workspace.access()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_stack || !m_context
        || !canWriteWarRoom(m_workspace.access()))
        return false;
    const ActionItem& item = m_items[index.row()];
    ActionItemFields change;
    switch (index.column()) {
    case TextColumn:
        if (value.toString().trimmed().isEmpty() || value.toString().trimmed() == item.text)
            return false;
        change.text = value.toString().trimmed();
        break;
    case OwnerColumn:
        if (value.toString() == item.owner)
            return false;
        change.owner = value.toString();
        break;
    case PriorityColumn:
        if (ActionPriority(value.toInt()) == item.priority)
            return false;
        change.priority = ActionPriority(value.toInt());
        break;
    case DueColumn: {
        const QDateTime due = value.toDateTime().isValid() ? value.toDateTime().toUTC() : QDateTime();
        if (due == item.dueAt)
            return false;
        change.dueAt = due;
        break;
    }
    case StateColumn:
        if (ActionState(value.toInt()) == item.state)
            return false;
        change.state = ActionState(value.toInt());
        break;
    default: return false;
    }
    m_stack->push(new EditActionItemCommand(m_context, item, change));
    return true;
}

// --- MyActionItemsModel --------------------------------------------------------------------

MyActionItemsModel::MyActionItemsModel(Workspace& workspace, QObject* parent)
    : ActionItemModel(workspace, parent)
{
}

bool MyActionItemsModel::concerns(const QUuid&) const
{
    return true; // an item of any incident may have been given to us
}

Result<QList<ActionItem>> MyActionItemsModel::fetch()
{
    m_owner = workspace().actor();
    auto items = workspace().service().actionItemsOwnedBy(m_owner);
    if (!items)
        return items;
    for (const ActionItem& item : items.value()) {
        if (m_refs.contains(item.incidentId))
            continue;
        auto incident = workspace().repository().findById(item.incidentId);
        m_refs.insert(item.incidentId, incident ? incident->ref() : QString());
    }
    return items;
}

QString MyActionItemsModel::incidentRef(const QUuid& incidentId) const
{
    return m_refs.value(incidentId);
}

} // namespace warroom
