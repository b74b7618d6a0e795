#pragma once
// The role board: who holds which role of the shown incident, the people to assign from,
// waiting hand-offs and the role history.

#include "handoffdialog.h"

#include "core/roles.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class RoleBoardPanel;
}

namespace warroom {

class PeopleModel;
class RoleBoardModel;
class RoleHistoryModel;
class UserPrompts;
class Workspace;

/// Shows the roles of the incident given to showIncident() (RoleBoardModel in a tree: one
/// row per role, the experts under theirs), the people directory as a list to drag from
/// onto a role, and the role history. Assign (person picked in a combo with a completer)
/// fills a vacant role or adds an expert; on a role someone else holds it, like a drop
/// there and Hand Off…, opens the HandOffDialog pre-filled with the open action items and
/// the next stakeholder update due. A waiting hand-off shows a bar with Accept (on the
/// incoming holder's behalf; the entry names the actor) and Withdraw. Remove ends an
/// expert's span or leaves a role other than commander vacant.
///
/// Every write goes through the models with Workspace::actor() and is followed by
/// Workspace::notifyIncidentChanged(); the panel follows Workspace::incidentChanged()
/// and the incident table's reloads. Failures are shown through UserPrompts.
class RoleBoardPanel : public QWidget {
    Q_OBJECT
public:
    /// `prompts` must outlive the panel.
    explicit RoleBoardPanel(UserPrompts& prompts, QWidget* parent = nullptr);
    ~RoleBoardPanel() override;

    /// The workspace to read and write (not owned; nullptr detaches). Builds new models
    /// over it and shows the placeholder until showIncident().
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }
    /// The action the People… button triggers (not owned).
    void setPeopleAction(QAction* action);

    /// The incident shown; null when the placeholder is.
    QUuid incidentId() const;
    RoleBoardModel* roleModel() const { return m_roles; }
    PeopleModel* peopleModel() const { return m_people; }
    RoleHistoryModel* historyModel() const { return m_history; }
    /// The hand-off brief being written, or nullptr.
    HandOffDialog* handOffDialog() const { return m_handOffDialog; }

public slots:
    /// Shows the roles of that incident; a null or unknown id shows the placeholder.
    void showIncident(const QUuid& id);
    /// Reads the roles, people and history again.
    void reload();
    /// Gives the selected role to the person in the combo (or opens the hand-off brief).
    void assignSelected();
    /// Opens the hand-off brief for the selected role.
    void handOffSelected();
    /// Opens the hand-off brief for `role` to `toHandle` (empty: chosen in the dialog).
    void openHandOff(warroom::IncidentRole role, const QString& toHandle);
    /// Accepts the hand-off shown in the bar on the incoming holder's behalf.
    void acceptPending();
    /// Withdraws the hand-off shown in the bar.
    void withdrawPending();
    /// Ends the selected expert's span or the selected role's holder's.
    void removeSelected();

protected:
    /// Sets the actor before a drop onto the roles writes.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncActor();
    void buildModels();
    void onIncidentChanged(const QUuid& id);
    void onRolesChanged(const QUuid& id);
    void loadShown();
    QModelIndex selectedIndex() const;
    IncidentRole selectedRole() const;
    void selectRole(IncidentRole role);
    void updateHeader();
    void updatePending();
    void updateActions();
    void assignPerson(IncidentRole role, const QString& handle);
    void showError(const QString& title, const QString& message);

    std::unique_ptr<::Ui::RoleBoardPanel> m_ui;
    UserPrompts& m_prompts;
    Workspace* m_workspace = nullptr;
    RoleBoardModel* m_roles = nullptr;
    PeopleModel* m_people = nullptr;
    RoleHistoryModel* m_history = nullptr;
    QSortFilterProxyModel* m_peopleProxy = nullptr;
    QAction* m_peopleAction = nullptr;
    QUuid m_shown;                                ///< the incident asked for
    std::optional<IncidentRole> m_pendingRole;    ///< the hand-off in the bar
    QPointer<HandOffDialog> m_handOffDialog;
    QList<QMetaObject::Connection> m_workspaceConnections;
    bool m_notifying = false;                     ///< our own write is being announced
};

} // namespace warroom
