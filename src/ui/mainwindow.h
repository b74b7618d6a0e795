#pragma once
// The main window: assembles the panels, menus and status bar. No logic of its own
// beyond wiring; opening databases and importing live in Workspace and ImportFlow.

#include <functional>
#include "core/clock.h"
#include "core/result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace warroom {

class LiveSync;
class PresenceModel;

class CadenceNotifier;
class PageNotifier;
class DashboardPanel;
class ImportFlow;
class IncidentActions;
class IncidentView;
class MetricsModel;
class MetricsPanel;
class MyActionsPanel;
class RoleBoardPanel;
class UserPrompts;
class CredentialStore;
struct DatabaseUrl;
class Workspace;
class AlertIntakeController;

/// Dashboard and incident view side by side; File (Import…, Open Database…, Quit), Edit
/// (Settings…), View (Refresh, Find, Metrics), Incident and its toolbar (IncidentActions), Help
/// (About). The title and the status bar name the database; the status bar also shows who
/// you are and stakeholder-update reminders (CadenceNotifier). Every
/// Workspace::incidentChanged() reloads the models. A second tab holds the Metrics panel.
/// The Roles dock (RoleBoardPanel) follows the selected incident; View ▸ People… opens the
/// people directory (PeopleDialog). Edit ▸ Undo/Redo run the window's QUndoStack (timeline
/// and action-item edits); View ▸ My Action Items (Ctrl+Shift+T) shows MyActionsPanel in a dock.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `clock` and `prompts` must outlive the window.
    MainWindow(const Clock& clock, UserPrompts& prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows `workspace` (owned from now on) instead of the current one. Does not load:
    /// call reload(). nullptr leaves the window without a database.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const { return m_workspace.get(); }

    /// Reads the incidents (and the shown timeline) again. Error "sql" from storage.
    Result<void> reload();
    /// Like reload(), but the incidents are read on a worker thread (IncidentTableModel::
    /// reloadAsync()) so the window stays responsive; `done` runs on this thread once they are
    /// shown (or with the error, the rows unchanged).
    void reloadAsync(std::function<void(Result<void>)> done);
    /// Follows writes made elsewhere (other clients of the shared database, warroomctl or
    /// warroomd on the same file) live, for this and every later workspace (LiveSync); the
    /// status bar says when the database is out of reach.
    void startLiveUpdates();
    LiveSync* liveSync() const { return m_liveSync.get(); }
    /// Who else has the shown incident open; started with live updates on PostgreSQL, else nullptr.
    PresenceModel* presence() const { return m_presence.get(); }
    /// Selects "INC-12" in the dashboard and shows it. Error "not-found" when there is no
    /// such incident, "hidden" when the dashboard's filters hide it.
    Result<void> selectIncident(const QString& ref);

    DashboardPanel* dashboard() const { return m_dashboard; }
    IncidentView* incidentView() const { return m_incidentView; }
    /// The Metrics tab (charts over metricsModel()).
    MetricsPanel* metricsPanel() const { return m_metricsPanel; }
    /// The metrics of the current workspace; nullptr without one. reload() invalidates it;
    /// the Metrics panel reads it again when shown.
    MetricsModel* metricsModel() const { return m_metrics.get(); }
    /// View ▸ Metrics (Ctrl+M): checked while the Metrics tab is shown.
    QAction* metricsAction() const { return m_metricsAction; }
    /// Declare, status changes, reclassify, time corrections, stakeholder updates, settings.
    IncidentActions* incidentActions() const { return m_incidentActions; }
    /// Desktop notifications when a stakeholder update comes due.
    CadenceNotifier* cadenceNotifier() const { return m_cadenceNotifier; }
    PageNotifier* pageNotifier() const { return m_pageNotifier; }
    /// The role board of the selected incident, in the "Roles" dock (View ▸ Roles, Ctrl+Shift+B).
    RoleBoardPanel* roleBoard() const { return m_roleBoard; }
    QDockWidget* rolesDock() const { return m_rolesDock; }
    /// View ▸ People… (Ctrl+Shift+P): the people directory.
    QAction* peopleAction() const { return m_peopleAction; }
    /// The window's undo stack: timeline and action-item commands, each carrying its incident.
    QUndoStack* undoStack() const { return m_undoStack; }
    /// The "My Action Items" dock's panel, and View ▸ My Action Items (Ctrl+Shift+T).
    MyActionsPanel* myActionsPanel() const { return m_myActionsPanel; }
    QDockWidget* myActionsDock() const { return m_myActionsDock; }
    QAction* myActionsAction() const { return m_myActionsAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* openDatabaseAction() const { return m_openDatabaseAction; }
    /// File ▸ Connect to Shared Database… (Ctrl+Shift+O): the ConnectDialog.
    QAction* connectAction() const { return m_connectAction; }
    /// The keyring the connect dialog keeps database passwords in.
    CredentialStore* credentialStore() const { return m_credentials; }

    /// Restores size, position, splitter and docks from QSettings ("window/geometry",
    /// "window/splitter", "window/state").
    void restoreLayout();

public slots:
    void importHistory();
    void openDatabase();
    /// Shows the ConnectDialog (not modal: it returns at once); once it connected, the window
    /// switches to that database and remembers it among the recent ones (without password).
    void connectToDatabase();
    /// Opens `url` (password included) and shows it instead of the current database. Errors
    /// as Workspace::open(); the current database stays.
    Result<void> switchDatabase(const DatabaseUrl& url);
    void refresh();
    /// After a write to `incidentId` (here or, with live updates, elsewhere): refreshes that
    /// incident's dashboard row and the shown timeline, and marks the metrics stale. A null id
    /// (the people directory changed) needs nothing from the window itself.
    void onIncidentChanged(const QUuid& incidentId);
    /// Timeline entries of `incidentId` changed elsewhere and nothing else of it
    /// (Workspace::entriesChanged): updates the dashboard row's entry summary and just those
    /// rows of the shown timeline, and marks the metrics stale.
    void onEntriesChanged(const QUuid& incidentId, const QList<QUuid>& entryIds);
    void showAbout();
    /// Opens (or raises) the people directory of the current workspace.
    void showPeople();
    /// Shows the Metrics tab, or the Incidents tab for false.
    void setMetricsShown(bool shown);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    /// Enables what the workspace's access level (Workspace::access()) allows of the window's
    /// own actions and shows it in the status bar ("accessLabel").
    void applyAccess();
    void onTabChanged();
    void updateTitle();

    const Clock& m_clock;
    UserPrompts& m_prompts;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LiveSync> m_liveSync;   ///< after m_workspace: destroyed before it
    std::unique_ptr<PresenceModel> m_presence;
    bool m_liveUpdates = false;             ///< startLiveUpdates() was called
    QSplitter* m_splitter = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    IncidentView* m_incidentView = nullptr;
    ImportFlow* m_importFlow = nullptr;
    IncidentActions* m_incidentActions = nullptr;
    CadenceNotifier* m_cadenceNotifier = nullptr;
    PageNotifier* m_pageNotifier = nullptr;
    AlertIntakeController* m_alertIntake = nullptr;
    QLabel* m_actorLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_accessLabel = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectAction = nullptr;
    CredentialStore* m_credentials = nullptr;
    QDockWidget* m_rolesDock = nullptr;
    RoleBoardPanel* m_roleBoard = nullptr;
    QAction* m_peopleAction = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QDockWidget* m_myActionsDock = nullptr;
    MyActionsPanel* m_myActionsPanel = nullptr;
    QAction* m_myActionsAction = nullptr;
    QTabWidget* m_tabs = nullptr;
    MetricsPanel* m_metricsPanel = nullptr;
    QAction* m_metricsAction = nullptr;
    QList<QPointer<QDockWidget>> m_docksHiddenForMetrics;   ///< shown again with the Incidents tab
    std::unique_ptr<MetricsModel> m_metrics;   ///< over m_workspace's repository; declared after it, so destroyed first
};

} // namespace warroom
