#pragma once
// The role board of one incident: who holds which role since when, and which hand-offs wait.

#include "core/clock.h"
#include "core/incident.h"
#include "core/result.h"
#include "core/roles.h"
#include "core/severity.h"
#include "storage/incidentservice.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QUuid>

#include <optional>

namespace warroom {

/// One top-level row per role of the loaded incident, in allIncidentRoles() order (the seven
/// single-holder roles, then Subject-Matter Expert). The Subject-Matter Expert row has one
/// child row per current expert. Columns: role, holder label, since (local time and how
/// long), pending hand-off. Times in roles are UTC. Empty while no incident is loaded.
///
/// Writes go through IncidentService with actor() as the author; after a successful write
/// the model reloads itself and emits changed() so the owner can notify the Workspace.
/// People dropped (PeopleModel::personMimeType()) onto a vacant role or onto the experts are
/// assigned; dropped onto a role someone else holds they ask for a hand-off instead
/// (handOffRequested()), since handing off needs a brief.
class RoleBoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, HolderColumn, SinceColumn, HandOffColumn, ColumnCount };
    Q_ENUM(Column)

    /// Roles answered for every column unless noted.
    enum Role {
        IncidentRoleRole = Qt::UserRole + 1, ///< int, an IncidentRole value (children: SubjectMatterExpert)
        RoleKeyRole,                         ///< QString "commander" (roleKey)
        IsExpertEntryRole,                   ///< bool: a child row (one subject-matter expert)
        HolderRole,                          ///< QString handle of this row's holder; empty when vacant
                                             ///< and on the Subject-Matter Expert row
        HoldersRole,                         ///< QStringList handles of every current holder of the role
        AssignmentIdRole,                    ///< QUuid of this row's current span; null when none
        SinceRole,                           ///< QDateTime UTC the span began; invalid when none
        IsVacantRole,                        ///< bool: nobody holds the role
        PendingHandOffIdRole,                ///< QUuid of the waiting hand-off; null when none
        PendingToRole,                       ///< QString handle of its incoming holder; empty when none
    };
    Q_ENUM(Role)

    /// `service` and `clock` must outlive the model.
    RoleBoardModel(IncidentService& service, const Clock& clock, QObject* parent = nullptr);

    /// Handle of the person acting: the author of every write.
    QString actor() const { return m_actor; }
    void setActor(const QString& handle) { m_actor = handle; }

    /// Shows the roles of `incidentId` (null clears). Switching between two incidents keeps
    /// the eight rows (dataChanged, so a view keeps its current role). On error the model
    /// is cleared and the service's Error is returned ("not-found", "sql").
    Result<void> load(const QUuid& incidentId);
    /// Reads the loaded incident again; nothing when none is loaded.
    Result<void> reload();
    void clear();

    QUuid incidentId() const { return m_incidentId; }
    /// The loaded incident as of the last load()/reload().
    const std::optional<Incident>& incident() const { return m_incident; }

    /// Top-level index of `role` in `column`; invalid while nothing is loaded.
    QModelIndex indexForRole(IncidentRole role, int column = RoleColumn) const;
    /// The role of a top-level or child index.
    IncidentRole roleAt(const QModelIndex& index) const;
    /// The current holder's span of a single-holder role.
    std::optional<RoleAssignment> currentHolder(IncidentRole role) const;
    /// The current subject-matter experts, as their child rows are ordered (by start).
    const QList<RoleAssignment>& experts() const { return m_experts; }
    /// The hand-off of `role` waiting for acceptance, if any.
    std::optional<HandOff> pendingHandOff(IncidentRole role) const;
    /// Every waiting hand-off, in role order.
    QList<HandOff> pendingHandOffs() const;
    /// How many single-holder roles have a holder.
    int staffedCount() const;
    /// "Alice Example (@alice)" from the directory as of the last load, else "@alice".
    QString labelFor(const QString& handle) const;

    /// Gives `role` to `handle` (IncidentService::assignRole). Assigning a single-holder role
    /// someone else holds is a direct hand-off without a brief; use requestHandOff() to
    /// hand off with one.
    Result<RoleAssignment> assign(IncidentRole role, const QString& handle);
    /// Ends the current span of the row at `index` (an expert, or a single-holder role's
    /// holder). Error "invalid" for the Incident Commander: command is handed off, not left.
    Result<void> release(const QModelIndex& index);
    /// Asks `toHandle` to take over `role` with `brief`; the request goes on the timeline.
    Result<HandOff> requestHandOff(IncidentRole role, const QString& toHandle, const HandOffBrief& brief);
    /// Accepts the waiting hand-off of `role` on behalf of its incoming holder; the
    /// acceptance entry names actor(). Error "not-found" when none waits.
    Result<RoleAssignment> acceptHandOff(IncidentRole role);
    /// Withdraws the waiting hand-off of `role`. Error "not-found" when none waits.
    Result<void> withdrawHandOff(IncidentRole role);
    /// A brief to start from: the unfinished action items (one a line: text, owner, due time
    /// in UTC) and when the next stakeholder update is due (core nextUpdateDue under
    /// `scale`; null when the incident is not open or its severity has no cadence).
    Result<HandOffBrief> draftBrief(const SeverityScale& scale) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    /// True for one person dropped on a role row or an expert row of a loaded incident.
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    /// Assigns the dropped person (vacant role, experts) or emits handOffRequested() (a role
    /// someone else holds). A refused assignment emits dropFailed() and returns false.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    /// Something of `incidentId` was written through this model; the model has reloaded.
    void changed(const QUuid& incidentId);
    /// A person was dropped on `role`, which someone else holds: hand it off with a brief.
    void handOffRequested(warroom::IncidentRole role, const QString& toHandle);
    /// A drop could not be carried out; `message` is for people.
    void dropFailed(const QString& message);

private:
    struct Snapshot {
        std::optional<Incident> incident;
        QMap<IncidentRole, RoleAssignment> holders;   ///< single-holder roles
        QList<RoleAssignment> experts;
        QMap<IncidentRole, HandOff> pending;
        QHash<QString, Person> people;
    };
    Result<Snapshot> read(const QUuid& incidentId) const;
    void apply(const QUuid& incidentId, Snapshot snapshot);
    void applyExperts(QList<RoleAssignment> experts);
    void written();
    int expertsRow() const;
    bool isExpertEntry(const QModelIndex& index) const;
    std::optional<IncidentRole> dropTarget(int row, const QModelIndex& parent) const;
    QString sinceText(const QDateTime& since) const;
    QVariant topLevelData(IncidentRole role, int column, int dataRole) const;
    QVariant expertData(const RoleAssignment& expert, int column, int dataRole) const;
    QString holderToolTip(const RoleAssignment& span) const;

    IncidentService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QUuid m_incidentId;
    std::optional<Incident> m_incident;
    QList<IncidentRole> m_roles;                      ///< allIncidentRoles(), one per top-level row
    QMap<IncidentRole, RoleAssignment> m_holders;
    QList<RoleAssignment> m_experts;
    QMap<IncidentRole, HandOff> m_pending;
    QHash<QString, Person> m_people;
    QDateTime m_now;                                  ///< the clock at the last load
};

} // namespace warroom
