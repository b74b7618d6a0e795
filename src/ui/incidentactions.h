#pragma once
// The war-room actions on incidents: declare, lifecycle status, reclassify, correct times,
// stakeholder updates, and the settings they depend on (identity, update cadence).

#include "core/incident.h"
#include "core/result.h"
#include "core/severity.h"
#include "models/preferences.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>

class QAction;
class QActionGroup;
class QDialog;
class QMenu;
class QToolBar;
class QWidget;

namespace warroom {

class UserPrompts;
class Workspace;

/// Owns the QActions of the Incident menu and toolbar and runs them through
/// Workspace::service() as Workspace::actor(), then Workspace::notifyIncidentChanged().
///
/// Status actions (Acknowledge, Investigating, Identified, Mitigated, Resolved, Postmortem,
/// Closed) are enabled exactly when Lifecycle::canTransition() allows the move for the current
/// incident, Reopen when Lifecycle::canReopen() does; the others need a current incident
/// (Declare only a workspace). Each write passes the version of the incident as shown, so a
/// change someone else made first is refused ("conflict"): the incident is reloaded and the
/// user told so through UserPrompts; nothing is written. Dialogs are window-modal and opened
/// with QDialog::open() (tests find them by object name and answer them).
///
/// Settings (QSettings): "identity/name", "identity/handle" (the actor) and "cadence/SEV<n>"
/// (minutes; the SeverityScale given to the incident model).
class IncidentActions : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs and the menu; `prompts` must outlive this object.
    IncidentActions(UserPrompts& prompts, QWidget* window);
    ~IncidentActions() override;

    /// The workspace to act on (not owned; nullptr for none). Applies the settings to it (actor,
    /// severity scale of its incident model), closes dialogs opened for the previous one and
    /// clears the current incident.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }
    /// The incident the actions apply to; null when none.
    QUuid currentIncidentId() const { return m_current; }

    /// Statuses with an action, in lifecycle order (Acknowledged .. Closed).
    static QList<IncidentStatus> statusActionTargets();

    QAction* declareAction() const { return m_declare; }
    /// The action moving the current incident to `status`; nullptr for Triggered.
    QAction* statusAction(IncidentStatus status) const { return m_statusActions.value(status); }
    QAction* reopenAction() const { return m_reopen; }
    /// The Reclassify submenu's action.
    QAction* reclassifyAction() const;
    /// The Reclassify ▸ `level` action; nullptr for a level not on the scale.
    QAction* reclassifyToAction(SeverityLevel level) const { return m_reclassifyTo.value(level); }
    QAction* correctTimesAction() const { return m_correctTimes; }
    /// Edit Details…: title and summary of the current incident ("actionEditDetails").
    QAction* editDetailsAction() const { return m_editDetails; }
    QAction* stakeholderUpdateAction() const { return m_stakeholderUpdate; }
    QAction* settingsAction() const { return m_settings; }

    /// The "&Incident" menu with every action but Settings.
    QMenu* incidentMenu() const { return m_menu; }
    /// Adds Declare, the status actions, Reclassify, Correct Times and Post Update to `toolBar`.
    void addToToolBar(QToolBar* toolBar) const;

public slots:
    /// Makes `id` the incident the actions apply to (null: none) and updates what is enabled.
    void setCurrentIncident(const QUuid& id);
    /// Opens the Declare Incident dialog; on OK declares and emits incidentDeclared().
    void declareIncident();
    /// Moves the current incident to `status`.
    void changeStatus(warroom::IncidentStatus status);
    void reopenIncident();
    /// Changes the current incident's severity; the timeline says "SEV3 → SEV1".
    void reclassify(warroom::SeverityLevel level);
    /// Opens the Correct Times dialog for the current incident.
    void correctTimes();
    /// Opens the Edit Details dialog for the current incident.
    void editDetails();
    /// Saves `title` and `summary` over `seen` (the incident as the user edited it). When
    /// someone else saved it meanwhile, the user settles it in the conflict dialog
    /// (UserPrompts::resolveConflict); when they changed only other fields, the user's change
    /// is re-applied on the new version without asking. True when something was saved.
    bool saveDetails(const warroom::Incident& seen, const QString& title, const QString& summary);
    /// Opens the stakeholder-update dialog for the current incident.
    void postStakeholderUpdate();
    /// Opens Settings; on OK stores and applies them.
    void editSettings();

signals:
    /// A new incident was declared (the models have already reloaded).
    void incidentDeclared(const QUuid& id);
    /// The handle everything is written as changed (settings applied, workspace set).
    void actorChanged(const QString& handle);
    /// Settings were applied: which notifications to give now.
    void notificationSettingsChanged(const warroom::NotificationSettings& notifications);

private:
    void createActions();
    void connectModel();
    void updateActions();
    std::optional<Incident> currentIncident() const;
    /// Reports a failed write of `incidentId`; reloads it first so the user sees what is stored.
    void reportFailure(const QUuid& incidentId, const Error& error, const QString& title);
    /// Reloads after a write, or reports its failure. True on success.
    bool finishWrite(const QUuid& incidentId, const Result<Incident>& result, const QString& failureTitle);
    void applySettings();
    void trackDialog(QDialog* dialog);

    UserPrompts& m_prompts;
    QWidget* m_window;
    Workspace* m_workspace = nullptr;
    QUuid m_current;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QPointer<QDialog>> m_dialogs;

    QMenu* m_menu = nullptr;
    QMenu* m_reclassifyMenu = nullptr;
    QAction* m_declare = nullptr;
    QMap<IncidentStatus, QAction*> m_statusActions;
    QAction* m_reopen = nullptr;
    QActionGroup* m_reclassifyGroup = nullptr;
    QMap<SeverityLevel, QAction*> m_reclassifyTo;
    QAction* m_correctTimes = nullptr;
    QAction* m_editDetails = nullptr;
    QAction* m_stakeholderUpdate = nullptr;
    QAction* m_settings = nullptr;
};

} // namespace warroom
