#pragma once
// The main window: assembles the panels, menus and status bar. No logic of its own
// beyond wiring; opening databases and importing live in Workspace and ImportFlow.

#include "core/clock.h"
#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;

namespace warroom {

class DashboardPanel;
class ImportFlow;
class IncidentView;
class UserPrompts;
class Workspace;

/// Dashboard and incident view side by side; File (Import…, Open Database…, Quit), View
/// (Refresh, Find), Help (About). The title and the status bar name the database.
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
    /// Selects "INC-12" in the dashboard and shows it. Error "not-found" when there is no
    /// such incident, "hidden" when the dashboard's filters hide it.
    Result<void> selectIncident(const QString& ref);

    DashboardPanel* dashboard() const { return m_dashboard; }
    IncidentView* incidentView() const { return m_incidentView; }
    QAction* importAction() const { return m_importAction; }
    QAction* openDatabaseAction() const { return m_openDatabaseAction; }

    /// Restores size, position and splitter from QSettings ("window/geometry", "window/splitter").
    void restoreLayout();

public slots:
    void importHistory();
    void openDatabase();
    void refresh();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateTitle();

    const Clock& m_clock;
    UserPrompts& m_prompts;
    std::unique_ptr<Workspace> m_workspace;
    QSplitter* m_splitter = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    IncidentView* m_incidentView = nullptr;
    ImportFlow* m_importFlow = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
};

} // namespace warroom
