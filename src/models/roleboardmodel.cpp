#include "roleboardmodel.h"

#include "logging.h"
#include "peoplemodel.h"

#include "core/cadence.h"
#include "core/timeformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace warroom {

namespace {

constexpr quintptr kTopLevel = 0;
constexpr quintptr kExpertEntry = 1;

const QColor kVacantText(0x8a, 0x8a, 0x8a);
const QColor kPendingBackground(0xff, 0xf1, 0xc7);
const QColor kPendingText(0x5c, 0x40, 0x00);

QString utcClock(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

RoleBoardModel::RoleBoardModel(IncidentService& service, const Clock& clock, QObject* parent)
    : QAbstractItemModel(parent), m_service(service), m_clock(clock), m_roles(allIncidentRoles())
{
}

// --- Loading -------------------------------------------------------------------------------

Result<RoleBoardModel::Snapshot> RoleBoardModel::read(const QUuid& incidentId) const
{
    Snapshot s;
    auto incident = m_service.repository().findById(incidentId);
    if (!incident)
        return incident.error();
    s.incident = incident.value();
    auto current = m_service.currentRoles(incidentId);
    if (!current)
        return current.error();
    for (const RoleAssignment& a : current.value()) {
        if (isSingleHolderRole(a.role))
            s.holders.insert(a.role, a);
        else
            s.experts << a;
    }
    auto handOffs = m_service.handOffs(incidentId);
    if (!handOffs)
        return handOffs.error();
    for (const HandOff& h : handOffs.value()) {
        if (h.isPending())
            s.pending.insert(h.role, h);
    }
    auto people = m_service.people();
    if (!people)
        return people.error();
    for (const Person& p : people.value())
        s.people.insert(p.handle, p);
    return s;
}

Result<void> RoleBoardModel::load(const QUuid& incidentId)
{
    if (incidentId.isNull()) {
        clear();
        return {};
    }
    auto snapshot = read(incidentId);
    if (!snapshot) {
        qCWarning(lcModels) << "cannot load the roles of" << incidentId << ":" << snapshot.error().message;
        clear();
        return snapshot.error();
    }
    apply(incidentId, std::move(snapshot).value());
    return {};
}

Result<void> RoleBoardModel::reload()
{
    if (m_incidentId.isNull())
        return {};
    return load(m_incidentId);
}

void RoleBoardModel::clear()
{
    if (m_incidentId.isNull())
        return;
    beginResetModel();
    m_incidentId = QUuid();
    m_incident.reset();
    m_holders.clear();
    m_experts.clear();
    m_pending.clear();
    m_people.clear();
    endResetModel();
}

void RoleBoardModel::apply(const QUuid& incidentId, Snapshot snapshot)
{
    const bool wasLoaded = !m_incidentId.isNull();
    if (!wasLoaded)
        beginResetModel();
    m_incidentId = incidentId;
    m_incident = std::move(snapshot.incident);
    m_holders = std::move(snapshot.holders);
    m_pending = std::move(snapshot.pending);
    m_people = std::move(snapshot.people);
    m_now = m_clock.nowUtc();
    if (!wasLoaded) {
        m_experts = std::move(snapshot.experts);
        endResetModel();
        return;
    }
    // The eight rows stay; only the experts come and go.
    applyExperts(std::move(snapshot.experts));
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (!m_experts.isEmpty()) {
        const QModelIndex experts = index(expertsRow(), 0);
        emit dataChanged(index(0, 0, experts), index(int(m_experts.size()) - 1, ColumnCount - 1, experts));
    }
}

void RoleBoardModel::applyExperts(QList<RoleAssignment> experts)
{
    const QModelIndex parentIndex = index(expertsRow(), 0);
    QSet<QUuid> kept;
    for (const RoleAssignment& e : experts)
        kept.insert(e.id);
    for (int i = int(m_experts.size()) - 1; i >= 0; --i) {
        if (!kept.contains(m_experts[i].id)) {
            beginRemoveRows(parentIndex, i, i);
            m_experts.removeAt(i);
            endRemoveRows();
        }
    }
    for (int j = 0; j < int(experts.size()); ++j) {
        if (j < int(m_experts.size()) && m_experts[j].id == experts[j].id) {
            m_experts[j] = experts[j];
            continue;
        }
        int k = -1;
        for (int i = j + 1; i < int(m_experts.size()); ++i) {
            if (m_experts[i].id == experts[j].id)
                k = i;
        }
        if (k > j) {
            beginMoveRows(parentIndex, k, k, parentIndex, j);
            m_experts.move(k, j);
            endMoveRows();
            m_experts[j] = experts[j];
            continue;
        }
        beginInsertRows(parentIndex, j, j);
        m_experts.insert(j, experts[j]);
        endInsertRows();
    }
}

// --- Lookups -------------------------------------------------------------------------------

int RoleBoardModel::expertsRow() const
{
    return int(m_roles.indexOf(IncidentRole::SubjectMatterExpert));
}

bool RoleBoardModel::isExpertEntry(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kExpertEntry;
}

QModelIndex RoleBoardModel::indexForRole(IncidentRole role, int column) const
{
    if (m_incidentId.isNull())
        return {};
    return index(int(m_roles.indexOf(role)), column);
}

IncidentRole RoleBoardModel::roleAt(const QModelIndex& index) const
{
    if (!index.isValid() || isExpertEntry(index))
        return IncidentRole::SubjectMatterExpert;
    return m_roles.value(index.row(), IncidentRole::SubjectMatterExpert);
}

std::optional<RoleAssignment> RoleBoardModel::currentHolder(IncidentRole role) const
{
    if (const auto it = m_holders.constFind(role); it != m_holders.cend())
        return *it;
    return std::nullopt;
}

std::optional<HandOff> RoleBoardModel::pendingHandOff(IncidentRole role) const
{
    if (const auto it = m_pending.constFind(role); it != m_pending.cend())
        return *it;
    return std::nullopt;
}

QList<HandOff> RoleBoardModel::pendingHandOffs() const
{
    return m_pending.values();
}

int RoleBoardModel::staffedCount() const
{
    return int(m_holders.size());
}

QString RoleBoardModel::labelFor(const QString& handle) const
{
    if (const auto it = m_people.constFind(handle); it != m_people.cend())
        return it->label();
    return QLatin1Char('@') + handle;
}

// --- Writes --------------------------------------------------------------------------------

void RoleBoardModel::written()
{
    const QUuid id = m_incidentId;
    if (auto loaded = reload(); !loaded)
        qCWarning(lcModels) << "cannot reload the roles after a change:" << loaded.error().message;
    emit changed(id);
}

Result<RoleAssignment> RoleBoardModel::assign(IncidentRole role, const QString& handle)
{
    if (m_incidentId.isNull())
        return Result<RoleAssignment>::failure(QStringLiteral("not-found"), tr("No incident is shown."));
    auto span = m_service.assignRole(m_incidentId, role, handle, m_actor);
    if (span)
        written();
    return span;
}

Result<void> RoleBoardModel::release(const QModelIndex& index)
{
    if (m_incidentId.isNull() || !index.isValid() || !checkIndex(index))
        return Result<void>::failure(QStringLiteral("not-found"), tr("No role is selected."));
    QUuid assignmentId;
    if (isExpertEntry(index)) {
        assignmentId = m_experts.at(index.row()).id;
    } else {
        const IncidentRole role = roleAt(index);
        if (role == IncidentRole::Commander) {
            return Result<void>::failure(QStringLiteral("invalid"),
                                         tr("An incident always has a commander: hand command off instead."));
        }
        if (role == IncidentRole::SubjectMatterExpert) {
            return Result<void>::failure(QStringLiteral("invalid"),
                                         tr("Select the subject-matter expert to remove."));
        }
        const auto holder = currentHolder(role);
        if (!holder) {
            return Result<void>::failure(QStringLiteral("invalid"),
                                         tr("Nobody holds %1.").arg(roleDisplayName(role)));
        }
        assignmentId = holder->id;
    }
    auto ended = m_service.endRole(assignmentId, m_actor);
    if (ended)
        written();
    return ended;
}

Result<HandOff> RoleBoardModel::requestHandOff(IncidentRole role, const QString& toHandle, const HandOffBrief& brief)
{
    if (m_incidentId.isNull())
        return Result<HandOff>::failure(QStringLiteral("not-found"), tr("No incident is shown."));
    auto handOff = m_service.requestHandOff(m_incidentId, role, toHandle, brief, m_actor);
    if (handOff)
        written();
    return handOff;
}

Result<RoleAssignment> RoleBoardModel::acceptHandOff(IncidentRole role)
{
    const auto pending = pendingHandOff(role);
    if (!pending) {
        return Result<RoleAssignment>::failure(QStringLiteral("not-found"),
                                               tr("No hand-off of %1 is waiting.").arg(roleDisplayName(role)));
    }
    auto span = m_service.acceptHandOff(pending->id, m_actor);
    // Refused or not, the board may be stale (someone else accepted or withdrew it first).
    written();
    return span;
}

Result<void> RoleBoardModel::withdrawHandOff(IncidentRole role)
{
    const auto pending = pendingHandOff(role);
    if (!pending) {
        return Result<void>::failure(QStringLiteral("not-found"),
                                     tr("No hand-off of %1 is waiting.").arg(roleDisplayName(role)));
    }
    auto cancelled = m_service.cancelHandOff(pending->id, m_actor);
    written();
    return cancelled;
}

Result<HandOffBrief> RoleBoardModel::draftBrief(const SeverityScale& scale) const
{
    if (m_incidentId.isNull())
        return Result<HandOffBrief>::failure(QStringLiteral("not-found"), tr("No incident is shown."));
    auto incident = m_service.repository().findById(m_incidentId);
    if (!incident)
        return incident.error();
    auto items = m_service.actionItems(m_incidentId);
    if (!items)
        return items.error();
    auto lastUpdate = m_service.lastStakeholderUpdateAt(m_incidentId);
    if (!lastUpdate)
        return lastUpdate.error();

    HandOffBrief brief;
    QStringList lines;
    for (const ActionItem& item : items.value()) {
        if (item.isFinished())
            continue;
        QStringList details;
        details << (item.owner.isEmpty() ? tr("unassigned") : QLatin1Char('@') + item.owner);
        if (item.state == ActionState::InProgress)
            details << actionStateDisplayName(item.state).toLower();
        if (item.dueAt.isValid())
            details << tr("due %1").arg(utcClock(item.dueAt));
        lines << QStringLiteral("- %1 (%2)").arg(item.text, details.join(QStringLiteral(", ")));
    }
    brief.openActionItems = lines.join(QLatin1Char('\n'));
    brief.nextUpdateDue = nextUpdateDue(incident.value(), lastUpdate.value(), scale).value_or(QDateTime());
    return brief;
}

// --- Model ---------------------------------------------------------------------------------

QModelIndex RoleBoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.model() == this && parent.internalId() == kTopLevel && parent.row() == expertsRow()
        && parent.column() == 0 && row < int(m_experts.size()))
        return createIndex(row, column, kExpertEntry);
    return {};
}

QModelIndex RoleBoardModel::parent(const QModelIndex& child) const
{
    if (isExpertEntry(child))
        return createIndex(expertsRow(), 0, kTopLevel);
    return {};
}

int RoleBoardModel::rowCount(const QModelIndex& parent) const
{
    if (m_incidentId.isNull())
        return 0;
    if (!parent.isValid())
        return int(m_roles.size());
    if (parent.internalId() == kTopLevel && parent.row() == expertsRow() && parent.column() == 0)
        return int(m_experts.size());
    return 0;
}

int RoleBoardModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QString RoleBoardModel::sinceText(const QDateTime& since) const
{
    if (!since.isValid())
        return {};
    const QDateTime local = since.toLocalTime();
    const bool today = local.date() == m_now.toLocalTime().date();
    const QString clock = local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm"));
    return tr("%1 · %2").arg(clock, formatDuration(std::max<qint64>(0, since.secsTo(m_now))));
}

QString RoleBoardModel::holderToolTip(const RoleAssignment& span) const
{
    QStringList lines{labelFor(span.holder)};
    if (const auto it = m_people.constFind(span.holder); it != m_people.cend()) {
        if (!it->team.isEmpty())
            lines << tr("Team: %1").arg(it->team);
        if (!it->contact.isEmpty())
            lines << tr("Contact: %1").arg(it->contact);
    }
    lines << tr("Since %1, assigned by @%2").arg(utcClock(span.startedAt), span.assignedBy);
    return lines.join(QLatin1Char('\n'));
}

QVariant RoleBoardModel::topLevelData(IncidentRole role, int column, int dataRole) const
{
    const bool single = isSingleHolderRole(role);
    const auto holder = currentHolder(role);
    const auto pending = pendingHandOff(role);
    const bool vacant = single ? !holder.has_value() : m_experts.isEmpty();
    switch (dataRole) {
    case Qt::DisplayRole:
        switch (column) {
        case RoleColumn: return roleDisplayName(role);
        case HolderColumn:
            if (!single)
                return m_experts.isEmpty()       ? tr("None yet — drop people here")
                       : m_experts.size() == 1 ? tr("1 expert")
                                               : tr("%1 experts").arg(m_experts.size());
            return holder ? labelFor(holder->holder) : tr("Vacant");
        case SinceColumn: return holder ? sinceText(holder->startedAt) : QString();
        case HandOffColumn:
            if (!pending)
                return QString();
            return tr("→ %1, waiting %2")
                .arg(labelFor(pending->toHolder), formatDuration(std::max<qint64>(0, pending->requestedAt.secsTo(m_now))));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == HandOffColumn && pending) {
            const QString brief = pending->brief.toText();
            return tr("Hand-off to %1 requested by @%2 at %3.%4")
                .arg(labelFor(pending->toHolder), pending->requestedBy, utcClock(pending->requestedAt),
                     brief.isEmpty() ? QString() : QStringLiteral("\n\n") + brief);
        }
        if (column == HolderColumn && holder)
            return holderToolTip(*holder);
        return {};
    case Qt::FontRole:
        if (column == RoleColumn || (column == HolderColumn && vacant)) {
            QFont f;
            f.setBold(column == RoleColumn);
            f.setItalic(column == HolderColumn);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (pending)
            return QBrush(kPendingText);
        if (column == HolderColumn && vacant)
            return QBrush(kVacantText);
        return {};
    case Qt::BackgroundRole:
        return pending ? QVariant(QBrush(kPendingBackground)) : QVariant();
    case IncidentRoleRole: return int(role);
    case RoleKeyRole: return roleKey(role);
    case IsExpertEntryRole: return false;
    case HolderRole: return holder ? holder->holder : QString();
    case HoldersRole: {
        QStringList handles;
        if (holder)
            handles << holder->holder;
        if (!single) {
            for (const RoleAssignment& e : m_experts)
                handles << e.holder;
        }
        return handles;
    }
    case AssignmentIdRole: return holder ? holder->id : QUuid();
    case SinceRole: return holder ? holder->startedAt : QDateTime();
    case IsVacantRole: return vacant;
    case PendingHandOffIdRole: return pending ? pending->id : QUuid();
    case PendingToRole: return pending ? pending->toHolder : QString();
    }
    return {};
}

QVariant RoleBoardModel::expertData(const RoleAssignment& expert, int column, int dataRole) const
{
    switch (dataRole) {
    case Qt::DisplayRole:
        switch (column) {
        case HolderColumn: return labelFor(expert.holder);
        case SinceColumn: return sinceText(expert.startedAt);
        }
        return QString();
    case Qt::ToolTipRole: return column == HolderColumn ? QVariant(holderToolTip(expert)) : QVariant();
    case IncidentRoleRole: return int(IncidentRole::SubjectMatterExpert);
    case RoleKeyRole: return roleKey(IncidentRole::SubjectMatterExpert);
    case IsExpertEntryRole: return true;
    case HolderRole: return expert.holder;
    case HoldersRole: return QStringList{expert.holder};
    case AssignmentIdRole: return expert.id;
    case SinceRole: return expert.startedAt;
    case IsVacantRole: return false;
    case PendingHandOffIdRole: return QUuid();
    case PendingToRole: return QString();
    }
    return {};
}

QVariant RoleBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (isExpertEntry(index))
        return expertData(m_experts.at(index.row()), index.column(), role);
    return topLevelData(m_roles.at(index.row()), index.column(), role);
}

QVariant RoleBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn: return tr("Role");
    case HolderColumn: return tr("Holder");
    case SinceColumn: return tr("Since");
    case HandOffColumn: return tr("Hand-off");
    }
    return {};
}

Qt::ItemFlags RoleBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (isExpertEntry(index) || roleAt(index) != IncidentRole::SubjectMatterExpert || index.column() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> RoleBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IncidentRoleRole, "incidentRole");
    names.insert(RoleKeyRole, "roleKey");
    names.insert(IsExpertEntryRole, "isExpertEntry");
    names.insert(HolderRole, "holder");
    names.insert(HoldersRole, "holders");
    names.insert(AssignmentIdRole, "assignmentId");
    names.insert(SinceRole, "since");
    names.insert(IsVacantRole, "isVacant");
    names.insert(PendingHandOffIdRole, "pendingHandOffId");
    names.insert(PendingToRole, "pendingTo");
    return names;
}

// --- Drag and drop -------------------------------------------------------------------------

QStringList RoleBoardModel::mimeTypes() const
{
    return {PeopleModel::personMimeType()};
}

Qt::DropActions RoleBoardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

std::optional<IncidentRole> RoleBoardModel::dropTarget(int row, const QModelIndex& parent) const
{
    if (m_incidentId.isNull())
        return std::nullopt;
    if (parent.isValid()) {
        if (parent.model() != this)
            return std::nullopt;
        return roleAt(parent);
    }
    // Between rows: a drop on a top-level row as given by `row` (the view's "above item").
    if (row >= 0 && row < rowCount())
        return m_roles.at(row);
    return std::nullopt;
}

bool RoleBoardModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) const
{
    Q_UNUSED(column)
    if (action != Qt::CopyAction && action != Qt::MoveAction)
        return false;
    return PeopleModel::handlesFromMime(data).size() == 1 && dropTarget(row, parent).has_value();
}

bool RoleBoardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString handle = PeopleModel::handlesFromMime(data).constFirst();
    const IncidentRole role = *dropTarget(row, parent);
    if (isSingleHolderRole(role)) {
        if (const auto holder = currentHolder(role); holder && holder->holder != handle) {
            emit handOffRequested(role, handle);
            return true;
        }
    }
    auto span = assign(role, handle);
    if (!span) {
        emit dropFailed(span.error().message);
        return false;
    }
    return true;
}

} // namespace warroom
