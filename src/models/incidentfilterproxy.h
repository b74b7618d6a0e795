#pragma once
// Filtering and ordering of the incident table for the dashboard.

#include "core/incident.h"
#include "core/severity.h"
#include "incidenttablemodel.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace warroom {

class IncidentTableModel;

/// Filters and sorts an IncidentTableModel (or any model answering its roles).
///
/// Filters (all must pass): text, severities, statuses, open only. The text is split at
/// white space and every word must occur, case-insensitively, in the ref, title, services
/// or commander ("bigquery outage").
///
/// Order: sort(-1) (the initial state, and what a header whose sort indicator is cleared
/// asks for) gives the war-room order: open incidents first; then by severity, SEV1 first;
/// then open ones oldest start first (longest running on top) and resolved ones newest
/// start first (recent history on top); unknown starts last; then by number. Sorting by a
/// column compares the model's SortRole (real values: numbers, UTC times, seconds; text
/// case-insensitively); unknown values sort before known ones.
class IncidentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    /// Empty shows every severity.
    QSet<SeverityLevel> severityFilter() const { return m_severities; }
    /// Empty shows every status.
    QList<IncidentStatus> statusFilter() const;
    bool openOnly() const { return m_openOnly; }
    /// True while the war-room order (not a column) decides the order.
    bool isDefaultOrder() const { return m_defaultOrder; }

    /// Rows the filters hide; sourceModel()->rowCount() - rowCount().
    int hiddenCount() const;

    /// column < 0 selects the war-room order; otherwise sorts by that column's SortRole.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel* model) override;

public slots:
    void setFilterText(const QString& text);
    void setSeverityFilter(const QSet<warroom::SeverityLevel>& levels);
    void setStatusFilter(const QList<warroom::IncidentStatus>& statuses);
    void setOpenOnly(bool openOnly);

signals:
    /// Any of the filters above changed (after the rows were re-filtered).
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    using OrderKey = IncidentTableModel::OrderFields;
    OrderKey orderKey(int sourceRow) const;
    bool defaultLessThan(int leftRow, int rightRow) const;
    void refilter();

    QString m_filterText;
    QStringList m_words;      ///< case-folded
    QSet<SeverityLevel> m_severities;
    quint32 m_statusMask = 0; ///< bit per IncidentStatus; 0 = all
    bool m_openOnly = false;
    bool m_defaultOrder = true;
    const IncidentTableModel* m_table = nullptr;   ///< the source, when it is one (fast path)
};

} // namespace warroom
