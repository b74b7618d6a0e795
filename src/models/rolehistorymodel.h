#pragma once
// Every span of every role of one incident: who held it, from when, to when, how long.

#include "core/clock.h"
#include "core/result.h"
#include "core/roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace warroom {

class IncidentService;

/// IncidentService::roleHistory() of one incident as a table, oldest span first (start,
/// then role). Columns: role, holder label, from, to ("now" while it lasts), duration (an
/// open span's runs to the clock at the last load). Times in roles are UTC, DisplayRole
/// shows local time ("HH:mm" on the day of the last load, else "d MMM HH:mm"); spans that
/// ended are grey (ForegroundRole). Empty until load().
class RoleHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, HolderColumn, FromColumn, ToColumn, DurationColumn, ColumnCount };
    Q_ENUM(Column)

    /// Roles answered for every column.
    enum Role {
        IncidentRoleRole = Qt::UserRole + 1, ///< int, an IncidentRole value
        HolderRole,                          ///< QString handle
        FromRole,                            ///< QDateTime UTC
        ToRole,                              ///< QDateTime UTC; invalid while the span lasts
        DurationSecondsRole,                 ///< qint64 seconds
        AssignedByRole,                      ///< QString handle of who assigned it
        IsCurrentRole,                       ///< bool: the span lasts
    };
    Q_ENUM(Role)

    /// `service` and `clock` must outlive the model.
    RoleHistoryModel(IncidentService& service, const Clock& clock, QObject* parent = nullptr);

    /// Loads the spans of `incidentId` (one model reset); null clears. On error the model
    /// is cleared and the service's Error ("sql") is returned.
    Result<void> load(const QUuid& incidentId);
    /// Loads the current incident again; nothing when none is loaded.
    Result<void> reload();
    void clear();

    QUuid incidentId() const { return m_incidentId; }
    /// The span in `row` (0 <= row < rowCount()).
    const RoleAssignment& spanAt(int row) const { return m_spans.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qint64 durationOf(const RoleAssignment& span) const;
    QString localTime(const QDateTime& utc) const;

    IncidentService& m_service;
    const Clock& m_clock;
    QUuid m_incidentId;
    QList<RoleAssignment> m_spans;
    QHash<QString, QString> m_labels;   ///< handle -> Person::label()
    QDateTime m_now;
};

} // namespace warroom
