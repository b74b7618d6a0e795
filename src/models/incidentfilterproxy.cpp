#include "incidentfilterproxy.h"

#include "incidenttablemodel.h"

#include <QRegularExpression>

namespace warroom {

namespace {

using Model = IncidentTableModel;

quint32 statusBit(IncidentStatus status)
{
    return quint32(1) << int(status);
}

} // namespace

IncidentFilterProxy::IncidentFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setDynamicSortFilter(true);
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);   // war-room order, see lessThan
}

QList<IncidentStatus> IncidentFilterProxy::statusFilter() const
{
    QList<IncidentStatus> out;
    for (IncidentStatus s : allIncidentStatuses()) {
        if (m_statusMask & statusBit(s))
            out.append(s);
    }
    return out;
}

int IncidentFilterProxy::hiddenCount() const
{
    return sourceModel() ? sourceModel()->rowCount() - rowCount() : 0;
}

void IncidentFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping and emits one layoutChanged; invalidateFilter() would
    // emit a rowsRemoved/rowsInserted pair per contiguous range, and the view's header does
    // work proportional to all rows for each of them (seconds at 100k incidents).
    invalidate();
    emit filtersChanged();
}

void IncidentFilterProxy::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_words = text.toCaseFolded().split(space, Qt::SkipEmptyParts);
    refilter();
}

void IncidentFilterProxy::setSeverityFilter(const QSet<SeverityLevel>& levels)
{
    if (levels == m_severities)
        return;
    m_severities = levels;
    refilter();
}

void IncidentFilterProxy::setStatusFilter(const QList<IncidentStatus>& statuses)
{
    quint32 mask = 0;
    for (IncidentStatus s : statuses)
        mask |= statusBit(s);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

void IncidentFilterProxy::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    refilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_table) {   // fast path: the row's values directly, no QVariant per test
        const Incident& incident = m_table->incidentAt(sourceRow);
        if (m_openOnly && !incident.isOpen())
            return false;
        if (m_statusMask != 0 && !(m_statusMask & statusBit(incident.status)))
            return false;
        if (!m_severities.isEmpty() && !m_severities.contains(incident.severity))
            return false;
        const QString& haystack = m_table->searchTextAt(sourceRow);
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && !index.data(Model::IsOpenRole).toBool())
        return false;
    if (m_statusMask != 0 && !(m_statusMask & statusBit(IncidentStatus(index.data(Model::StatusRole).toInt()))))
        return false;
    if (!m_severities.isEmpty() && !m_severities.contains(index.data(Model::SeverityLevelRole).toInt()))
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(Model::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

void IncidentFilterProxy::sort(int column, Qt::SortOrder order)
{
    const bool wasDefault = m_defaultOrder;
    m_defaultOrder = column < 0;
    const int sortColumn = m_defaultOrder ? 0 : column;
    const Qt::SortOrder sortOrder = m_defaultOrder ? Qt::AscendingOrder : order;
    const bool same = this->sortColumn() == sortColumn && this->sortOrder() == sortOrder;
    QSortFilterProxyModel::sort(sortColumn, sortOrder);
    // The base class ignores a sort by the column and order it already has; the comparison
    // changes when switching between the war-room order and column 0, so sort again.
    if (same && wasDefault != m_defaultOrder)
        invalidate();
}

bool IncidentFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_defaultOrder)
        return defaultLessThan(left.row(), right.row());

    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    return l.toLongLong() < r.toLongLong();
}

IncidentFilterProxy::OrderKey IncidentFilterProxy::orderKey(int sourceRow) const
{
    OrderKey key;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    key.open = index.data(Model::IsOpenRole).toBool();
    key.severity = index.data(Model::SeverityLevelRole).toInt();
    const QDateTime start = index.data(Model::StartedAtRole).toDateTime();
    key.hasStart = start.isValid();
    key.startMs = key.hasStart ? start.toMSecsSinceEpoch() : 0;
    key.number = index.data(Model::NumberRole).toLongLong();
    return key;
}

bool IncidentFilterProxy::defaultLessThan(int leftRow, int rightRow) const
{
    if (m_table)   // fast path: the model keeps every row's place in this order
        return m_table->warRoomRank(leftRow) < m_table->warRoomRank(rightRow);
    return IncidentTableModel::warRoomLess(orderKey(leftRow), orderKey(rightRow));
}

void IncidentFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_table = qobject_cast<IncidentTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace warroom
