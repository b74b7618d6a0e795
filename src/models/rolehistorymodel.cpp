#include "rolehistorymodel.h"

#include "logging.h"

#include "core/timeformat.h"
#include "storage/incidentservice.h"

#include <QBrush>
#include <QColor>

namespace warroom {

RoleHistoryModel::RoleHistoryModel(IncidentService& service, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_clock(clock)
{
}

Result<void> RoleHistoryModel::load(const QUuid& incidentId)
{
    if (incidentId.isNull()) {
        clear();
        return {};
    }
    auto spans = m_service.roleHistory(incidentId);
    if (!spans) {
        qCWarning(lcModels) << "cannot load the role history of" << incidentId << ":" << spans.error().message;
        clear();
        return spans.error();
    }
    auto people = m_service.people();
    if (!people) {
        clear();
        return people.error();
    }
    beginResetModel();
    m_incidentId = incidentId;
    m_spans = std::move(spans.value());
    m_labels.clear();
    for (const Person& p : people.value())
        m_labels.insert(p.handle, p.label());
    m_now = m_clock.nowUtc();
    endResetModel();
    return {};
}

Result<void> RoleHistoryModel::reload()
{
    if (m_incidentId.isNull())
        return {};
    return load(m_incidentId);
}

void RoleHistoryModel::clear()
{
    if (m_incidentId.isNull() && m_spans.isEmpty())
        return;
    beginResetModel();
    m_incidentId = QUuid();
    m_spans.clear();
    m_labels.clear();
    endResetModel();
}

int RoleHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spans.size());
}

int RoleHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RoleHistoryModel::durationOf(const RoleAssignment& span) const
{
    const QDateTime end = span.endedAt.isValid() ? span.endedAt : m_now;
    return std::max<qint64>(0, span.startedAt.secsTo(end));
}

QString RoleHistoryModel::localTime(const QDateTime& utc) const
{
    const QDateTime local = utc.toLocalTime();
    const bool today = local.date() == m_now.toLocalTime().date();
    return local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm"));
}

QVariant RoleHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleAssignment& s = m_spans[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn: return roleDisplayName(s.role);
        case HolderColumn: return m_labels.value(s.holder, QLatin1Char('@') + s.holder);
        case FromColumn: return localTime(s.startedAt);
        case ToColumn: return s.isCurrent() ? tr("now") : localTime(s.endedAt);
        case DurationColumn: return formatDuration(durationOf(s));
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: @%2 from %3 to %4 UTC, assigned by @%5")
            .arg(roleDisplayName(s.role), s.holder, toIsoUtc(s.startedAt),
                 s.isCurrent() ? tr("now") : toIsoUtc(s.endedAt), s.assignedBy);
    case Qt::ForegroundRole:
        // Spans that ended step back; the current holders read as the board does.
        return s.isCurrent() ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x8a, 0x8a)));
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IncidentRoleRole: return int(s.role);
    case HolderRole: return s.holder;
    case FromRole: return s.startedAt;
    case ToRole: return s.endedAt;
    case DurationSecondsRole: return durationOf(s);
    case AssignedByRole: return s.assignedBy;
    case IsCurrentRole: return s.isCurrent();
    }
    return {};
}

QVariant RoleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn: return tr("Role");
    case HolderColumn: return tr("Holder");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case DurationColumn: return tr("Held for");
    }
    return {};
}

QHash<int, QByteArray> RoleHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncidentRoleRole, "incidentRole");
    names.insert(HolderRole, "holder");
    names.insert(FromRole, "from");
    names.insert(ToRole, "to");
    names.insert(DurationSecondsRole, "durationSeconds");
    names.insert(AssignedByRole, "assignedBy");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}

} // namespace warroom
