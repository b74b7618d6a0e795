#include "mainwindow.h"
#include "alertintakecontroller.h"

#include "cadencenotifier.h"
#include "connectdialog.h"
#include "dashboardpanel.h"
#include "escalationpoliciesdialog.h"
#include "importflow.h"
#include "incidentactions.h"
#include "incidentview.h"
#include "logging.h"
#include "metricspanel.h"
#include "pagenotifier.h"
#include "myactionspanel.h"
#include "peopledialog.h"
#include "postmortempanel.h"
#include "roleboardpanel.h"
#include "actionitemspanel.h"
#include "timelineeditor.h"
#include "userprompts.h"

#include "models/incidenttablemodel.h"
#include "models/metricsmodel.h"
#include "models/credentialstore.h"
#include "models/preferences.h"
#include "models/livesync.h"
#include "models/offlinewrites.h"
#include "models/presencemodel.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace warroom {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kWindowStateKey = QStringLiteral("window/state");   // docks and toolbars

} // namespace

MainWindow::MainWindow(const Clock& clock, UserPrompts& prompts, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_prompts(prompts)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_dashboard = new DashboardPanel(m_splitter);
    m_dashboard->setObjectName(QStringLiteral("dashboardPanel"));
    m_incidentView = new IncidentView(m_splitter);
    m_incidentView->setObjectName(QStringLiteral("incidentView"));
    m_splitter->addWidget(m_dashboard);
    m_splitter->addWidget(m_incidentView);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({1000, 600});   // the list gets most of the room; restoreLayout() may override
    // Incidents and Metrics as tabs: the charts get the whole window (View ▸ Metrics, Ctrl+M).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Incidents"));
    m_metricsPanel = new MetricsPanel(m_prompts, m_tabs);
    m_metricsPanel->setObjectName(QStringLiteral("metricsPanel"));
    m_tabs->addTab(m_metricsPanel, tr("Metrics"));
    setCentralWidget(m_tabs);
    // The role board of the selected incident, below the incident list (View ▸ Roles).
    m_rolesDock = new QDockWidget(tr("Roles"), this);
    m_rolesDock->setObjectName(QStringLiteral("rolesDock"));
    m_roleBoard = new RoleBoardPanel(m_prompts, m_rolesDock);
    m_roleBoard->setObjectName(QStringLiteral("roleBoard"));
    m_rolesDock->setWidget(m_roleBoard);
    addDockWidget(Qt::BottomDockWidgetArea, m_rolesDock);
    // One undo stack per window; its commands carry their incident (timeline, action items).
    m_undoStack = new QUndoStack(this);
    // "My action items" across incidents, next to the roles (View ▸ My Action Items).
    m_myActionsDock = new QDockWidget(tr("My Action Items"), this);
    m_myActionsDock->setObjectName(QStringLiteral("myActionsDock"));
    m_myActionsPanel = new MyActionsPanel(m_myActionsDock);
    m_myActionsPanel->setObjectName(QStringLiteral("myActionsPanel"));
    m_myActionsDock->setWidget(m_myActionsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_myActionsDock);
    tabifyDockWidget(m_rolesDock, m_myActionsDock);
    m_myActionsDock->hide();

    m_importFlow = new ImportFlow(m_prompts, this);
    m_incidentActions = new IncidentActions(m_prompts, this);
    m_cadenceNotifier = new CadenceNotifier(this);
    m_pageNotifier = new PageNotifier(this);
    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_actorLabel->setToolTip(tr("You: the author of everything you write (Edit ▸ Settings)"));
    statusBar()->addPermanentWidget(m_actorLabel);
    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    m_accessLabel->hide();
    statusBar()->addPermanentWidget(m_accessLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    m_dashboard->setImportAction(m_importAction);
    m_dashboard->setDeclareAction(m_incidentActions->declareAction());
    connect(m_dashboard, &DashboardPanel::incidentSelected, m_incidentView, &IncidentView::showIncident);
    connect(m_dashboard, &DashboardPanel::incidentSelected, m_roleBoard, &RoleBoardPanel::showIncident);
    m_roleBoard->setPeopleAction(m_peopleAction);
    connect(m_dashboard, &DashboardPanel::incidentSelected, m_incidentActions, &IncidentActions::setCurrentIncident);
    connect(m_incidentActions, &IncidentActions::incidentDeclared, this,
            [this](const QUuid& id) { m_dashboard->selectIncident(id); });
    connect(m_incidentActions, &IncidentActions::actorChanged, this,
            [this](const QString& handle) { m_actorLabel->setText(QStringLiteral("@") + handle); });
    m_incidentView->setPostUpdateAction(m_incidentActions->stakeholderUpdateAction());
    connect(m_incidentActions, &IncidentActions::actorChanged, m_myActionsPanel, &MyActionsPanel::reload);
    connect(m_myActionsPanel, &MyActionsPanel::incidentActivated, this,
            [this](const QUuid& id) { m_dashboard->selectIncident(id); });
    m_myActionsPanel->setTimeZone(m_incidentView->timelineEditor()->displayZone());
    connect(m_incidentView->timelineEditor(), &TimelineEditor::displayZoneChanged, m_myActionsPanel,
            &MyActionsPanel::setTimeZone);
    connect(m_cadenceNotifier, &CadenceNotifier::notified, this,
            [this](const QString& title, const QString& message) {
                statusBar()->showMessage(tr("%1 — %2").arg(title, message), 60'000);
            });
    connect(m_incidentActions, &IncidentActions::notificationSettingsChanged, m_cadenceNotifier,
            &CadenceNotifier::setSettings);
    connect(m_incidentActions, &IncidentActions::notificationSettingsChanged, m_pageNotifier,
            &PageNotifier::setSettings);
    // The in-app alert intake (Settings ▸ Alert Intake) follows the settings whenever they are applied.
    m_alertIntake = new AlertIntakeController(m_clock, this);
    connect(m_incidentActions, &IncidentActions::notificationSettingsChanged, m_alertIntake,
            &AlertIntakeController::applySettings);
    connect(m_alertIntake, &AlertIntakeController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 30'000); });
    connect(m_pageNotifier, &PageNotifier::notified, this, [this](const QString& title, const QString& message) {
        statusBar()->showMessage(tr("%1 — %2").arg(title, message), 300'000);
    });
    connect(m_cadenceNotifier, &CadenceNotifier::incidentActivated, this,
            [this](const QUuid& id) { m_dashboard->selectIncident(id); });
    connect(m_importFlow, &ImportFlow::runningChanged, this, [this](bool running) {
        m_importAction->setEnabled(!running && m_workspace && canWriteIncidents(m_workspace->access()));
        m_openDatabaseAction->setEnabled(!running);
    });
    connect(m_importFlow, &ImportFlow::imported, this, [this] {
        if (auto loaded = reload(); !loaded)
            m_prompts.showError(this, tr("Cannot Show Incidents"), loaded.error().message);
    });
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The panels refer to the workspace's models: detach them before it goes.
    m_metricsPanel->setModel(nullptr);
    m_incidentActions->setWorkspace(nullptr);
    m_roleBoard->setWorkspace(nullptr);
    m_cadenceNotifier->setModel(nullptr);
    m_pageNotifier->setWorkspace(nullptr);
    m_alertIntake->setWorkspace(nullptr);
    m_dashboard->setIncidentModel(nullptr);
    m_incidentView->setModels(nullptr, nullptr);
    m_incidentView->setEditing(nullptr, nullptr);
    m_incidentView->setPresence(nullptr);
    m_myActionsPanel->setWorkspace(nullptr, nullptr);
    m_undoStack->clear();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importHistory);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a Google Cloud or Statuspage incident history (JSON)"));
    m_openDatabaseAction = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    m_openDatabaseAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Open or create a SQLite database file"));
    m_connectAction = file->addAction(tr("&Connect to Shared Database…"), this, &MainWindow::connectToDatabase);
    m_connectAction->setObjectName(QStringLiteral("actionConnectDatabase"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setStatusTip(tr("Connect to a shared PostgreSQL database, or open a SQLite file"));
    m_incidentView->postmortemPanel()->setPrompts(&m_prompts);
    // Conflicting edits of entries and action items are settled side by side.
    m_incidentView->timelineEditor()->setPrompts(&m_prompts);
    m_incidentView->actionItemsPanel()->setPrompts(&m_prompts);
    QAction* exportPostmortem = file->addAction(tr("&Export Postmortem…"), m_incidentView->postmortemPanel(),
                                                &PostmortemPanel::exportDocument);
    exportPostmortem->setObjectName(QStringLiteral("actionExportPostmortem"));
    exportPostmortem->setStatusTip(tr("Write the postmortem of the incident shown as PDF (A4 or Letter), Markdown or HTML"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_incidentActions->settingsAction());
    QAction* escalation = edit->addAction(tr("&Escalation Policies…"), this, [this] {
        if (!m_workspace)
            return;
        auto* dialog = new EscalationPoliciesDialog(m_workspace->database(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    escalation->setObjectName(QStringLiteral("actionEscalationPolicies"));
    escalation->setStatusTip(tr("Who is paged, and when, while nobody acknowledges an incident"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setStatusTip(tr("Read the incidents from the database again"));
    QAction* find = view->addAction(tr("&Filter Incidents"), m_dashboard, &DashboardPanel::focusFilter);
    find->setObjectName(QStringLiteral("actionFilter"));
    find->setShortcut(QKeySequence::Find);
    m_metricsAction = view->addAction(tr("&Metrics"));
    m_metricsAction->setObjectName(QStringLiteral("actionMetrics"));
    m_metricsAction->setCheckable(true);
    m_metricsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_metricsAction->setStatusTip(tr("Show the metric charts (MTTA, MTTM, MTTR, MTBF, availability)"));
    connect(m_metricsAction, &QAction::toggled, this, &MainWindow::setMetricsShown);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    view->addSeparator();
    QAction* roles = m_rolesDock->toggleViewAction();
    roles->setText(tr("R&oles"));
    roles->setObjectName(QStringLiteral("actionRoles"));
    roles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    roles->setStatusTip(tr("Show or hide the role board of the selected incident"));
    view->addAction(roles);
    m_myActionsAction = m_myActionsDock->toggleViewAction();
    m_myActionsAction->setText(tr("My &Action Items"));
    m_myActionsAction->setObjectName(QStringLiteral("actionMyActionItems"));
    m_myActionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_myActionsAction->setStatusTip(tr("Show or hide your action items across every incident"));
    connect(m_myActionsAction, &QAction::triggered, m_myActionsDock, [this](bool shown) {
        if (shown)
            m_myActionsDock->raise();
    });
    view->addAction(m_myActionsAction);
    m_peopleAction = view->addAction(tr("&People…"), this, &MainWindow::showPeople);
    m_peopleAction->setObjectName(QStringLiteral("actionPeople"));
    m_peopleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_peopleAction->setStatusTip(tr("Edit the people directory or import it from CSV"));
    m_peopleAction->setToolTip(tr("Edit the people directory or import it from CSV"));
    m_peopleAction->setEnabled(false);

    menuBar()->addMenu(m_incidentActions->incidentMenu());
    QToolBar* incidentBar = addToolBar(tr("Incident"));
    incidentBar->setObjectName(QStringLiteral("incidentToolBar"));
    incidentBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    incidentBar->setMovable(false);
    m_incidentActions->addToToolBar(incidentBar);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Warroom"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    const bool live = m_liveUpdates;
    m_liveSync.reset();   // it follows the old workspace
    m_incidentView->setPresence(nullptr);
    m_presence.reset();   // says "left" on the old database
    // Point the panels at the new models before the old ones are deleted.
    m_dashboard->setIncidentModel(workspace ? workspace->incidents() : nullptr);
    m_incidentView->setModels(workspace ? workspace->incidents() : nullptr,
                              workspace ? workspace->timeline() : nullptr);
    m_metricsPanel->setModel(nullptr);
    m_metrics = workspace ? std::make_unique<MetricsModel>(workspace->repository(), m_clock) : nullptr;
    m_metricsPanel->setModel(m_metrics.get());
    m_incidentActions->setWorkspace(workspace.get());
    m_roleBoard->setWorkspace(workspace.get());
    m_undoStack->clear();   // its commands belong to the old database
    m_incidentView->setEditing(workspace.get(), m_undoStack);
    m_myActionsPanel->setWorkspace(workspace.get(), m_undoStack);
    m_peopleAction->setEnabled(workspace != nullptr);
    m_cadenceNotifier->setModel(workspace ? workspace->incidents() : nullptr);
    m_pageNotifier->setWorkspace(workspace.get());
    m_alertIntake->setWorkspace(workspace.get());
    if (workspace) {
        // Every write through the workspace (here or in another panel) reloads what is shown.
        connect(workspace.get(), &Workspace::incidentChanged, this, &MainWindow::onIncidentChanged);
        connect(workspace.get(), &Workspace::entriesChanged, this, &MainWindow::onEntriesChanged);
        // Offline: the banner in the status bar; a queued change the server refused later.
        connect(workspace->writes(), &OfflineWrites::statusChanged, this, &MainWindow::updateTitle);
        connect(workspace->writes(), &OfflineWrites::failed, this,
                [this](const QUuid&, const QString&, const QString& message) {
                    m_prompts.showError(this, tr("Offline Change Not Applied"), message);
                });
    }
    m_workspace = std::move(workspace);
    applyAccess();
    updateTitle();
    if (live)
        startLiveUpdates();
}

void MainWindow::startLiveUpdates()
{
    m_liveUpdates = true;
    if (!m_workspace || m_liveSync)
        return;
    m_liveSync = std::make_unique<LiveSync>(*m_workspace);
    connect(m_liveSync.get(), &LiveSync::connectedChanged, this, [this](bool connected) {
        if (connected) {
            statusBar()->showMessage(tr("Connected again; caught up with the changes made meanwhile."), 10'000);
            updateTitle();
        } else {
            updateTitle();   // the offline banner (OfflineWrites::statusText)
        }
    });
    connect(m_liveSync.get(), &LiveSync::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Live updates are off: %1").arg(message), 60'000);
    });
    m_liveSync->start();
    // Who else has the shown incident open (PostgreSQL; a SQLite file has one user).
    if (m_workspace->url().kind == DatabaseUrl::Kind::Postgresql) {
        m_presence = std::make_unique<PresenceModel>(m_workspace->url(), m_workspace->actor());
        connect(m_incidentActions, &IncidentActions::actorChanged, m_presence.get(), &PresenceModel::setHandle);
        m_presence->start();
        m_incidentView->setPresence(m_presence.get());
    }
}

void MainWindow::applyAccess()
{
    // The panels and IncidentActions read Workspace::access() themselves; here what the window owns.
    const AccessLevel access = m_workspace ? m_workspace->access() : AccessLevel::Commander;
    const bool commander = m_workspace && canWriteIncidents(access);
    m_importAction->setEnabled(commander && !m_importFlow->isRunning());
    m_peopleAction->setEnabled(commander);
    if (auto* escalation = findChild<QAction*>(QStringLiteral("actionEscalationPolicies")))
        escalation->setEnabled(commander);
    m_accessLabel->setVisible(m_workspace && access != AccessLevel::Commander);
    m_accessLabel->setText(access == AccessLevel::Viewer ? tr("Viewer: read-only") : tr("Scribe"));
    m_accessLabel->setToolTip(access == AccessLevel::Viewer
                                  ? tr("Read-only: you are connected as a viewer.")
                                  : tr("You are connected as a scribe: timeline, action items, roles and postmortems, "
                                       "but no incident changes."));
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Warroom"));
        m_databaseLabel->setText(tr("No database"));
        return;
    }
    setWindowTitle(tr("Warroom — %1").arg(m_workspace->displayName()));
    const QString offline = m_workspace->writes()->statusText();
    m_databaseLabel->setText(offline.isEmpty() ? m_workspace->url().toString() : offline);
    m_databaseLabel->setToolTip(offline.isEmpty() ? QString() : m_workspace->url().toString());
    m_databaseLabel->setStyleSheet(offline.isEmpty() ? QString()
                                                     : QStringLiteral("QLabel { background: #f6c343; color: #1f1f1f; "
                                                                      "padding: 1px 8px; border-radius: 3px; }"));
}

Result<void> MainWindow::reload()
{
    if (!m_workspace)
        return {};
    if (auto loaded = m_workspace->reload(); !loaded)
        return loaded;
    m_metrics->invalidate();   // read again when the Metrics tab is shown (MetricsPanel)
    return {};
}

void MainWindow::onTabChanged()
{
    // The docks serve the incident work; the Metrics tab gets the whole window. The docks
    // hidden here come back with the Incidents tab.
    const bool metrics = m_tabs->currentWidget() == m_metricsPanel;
    m_metricsAction->setChecked(metrics);
    if (metrics) {
        for (QDockWidget* dock : findChildren<QDockWidget*>()) {
            if (!dock->isHidden() && !dock->isFloating()) {
                m_docksHiddenForMetrics << dock;
                dock->hide();
            }
        }
    } else {
        for (const QPointer<QDockWidget>& dock : std::as_const(m_docksHiddenForMetrics)) {
            if (dock)
                dock->show();
        }
        m_docksHiddenForMetrics.clear();
    }
}

void MainWindow::setMetricsShown(bool shown)
{
    m_tabs->setCurrentWidget(shown ? static_cast<QWidget*>(m_metricsPanel) : m_splitter);
}

Result<void> MainWindow::selectIncident(const QString& ref)
{
    IncidentTableModel* incidents = m_workspace ? m_workspace->incidents() : nullptr;
    const int row = incidents ? incidents->rowForRef(ref) : -1;
    if (row < 0)
        return Result<void>::failure(QStringLiteral("not-found"), tr("There is no incident %1.").arg(ref));
    if (!m_dashboard->selectIncident(incidents->incidentAt(row).id)) {
        return Result<void>::failure(QStringLiteral("hidden"),
                                     tr("%1 is hidden by the dashboard's filters.").arg(incidents->incidentAt(row).ref()));
    }
    return {};
}

void MainWindow::importHistory()
{
    if (m_workspace)
        m_importFlow->run(m_workspace->url());
}

void MainWindow::openDatabase()
{
    const QString path = m_prompts.openFileName(this, tr("Open Database"),
                                                tr("Warroom databases (*.db *.sqlite);;All files (*)"),
                                                UserPrompts::FileMode::ExistingOrNew);
    if (path.isEmpty())
        return;
    auto opened = Workspace::open(DatabaseUrl::sqliteFile(path), m_clock);
    if (!opened) {
        m_prompts.showError(this, tr("Cannot Open Database"), opened.error().message);
        return;
    }
    setWorkspace(std::move(opened).value());
    if (auto loaded = reload(); !loaded) {
        m_prompts.showError(this, tr("Cannot Show Incidents"), loaded.error().message);
        return;
    }
    {
        QSettings settings;
        rememberDatabase(settings, m_workspace->url().toString());
    }
    qCInfo(lcUi) << "opened" << m_workspace->url().toString();
}

void MainWindow::connectToDatabase()
{
    if (findChild<ConnectDialog*>())
        return;   // already shown
    if (!m_credentials)
        m_credentials = new CredentialStore(QStringLiteral("Warroom"), this);
    auto* dialog = new ConnectDialog(*m_credentials, m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_workspace)
        dialog->setUrl(m_workspace->url());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto switched = switchDatabase(dialog->connectUrl()); !switched)
            m_prompts.showError(this, tr("Cannot Open Database"), switched.error().message);
    });
    dialog->open();
}

Result<void> MainWindow::switchDatabase(const DatabaseUrl& url)
{
    auto opened = Workspace::open(url, m_clock);
    if (!opened)
        return opened.error();
    setWorkspace(std::move(opened).value());
    {
        QSettings settings;
        rememberDatabase(settings, url.toString());   // as chosen, never with the password
    }
    qCInfo(lcUi) << "connected to" << m_workspace->url().toString();
    reloadAsync([this](const Result<void>& loaded) {
        if (!loaded)
            m_prompts.showError(this, tr("Cannot Show Incidents"), loaded.error().message);
    });
    return {};
}

void MainWindow::reloadAsync(std::function<void(Result<void>)> done)
{
    if (!m_workspace) {
        done({});
        return;
    }
    IncidentTableModel* incidents = m_workspace->incidents();
    // One-shot: both connections go when either signal arrives.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto finish = [this, connections, done = std::move(done)](Result<void> result) {
        for (const auto& c : std::as_const(*connections))
            disconnect(c);
        if (result && m_workspace) {
            if (auto timeline = m_workspace->timeline()->reload(); !timeline)
                result = timeline;
            m_metrics->invalidate();
        }
        done(std::move(result));
    };
    *connections << connect(incidents, &IncidentTableModel::reloaded, this, [finish] { finish({}); });
    *connections << connect(incidents, &IncidentTableModel::reloadFailed, this, [finish](const QString& message) {
        finish(Result<void>::failure(QStringLiteral("sql"), message));
    });
    incidents->reloadAsync();
}

void MainWindow::onIncidentChanged(const QUuid& incidentId)
{
    if (!m_workspace)
        return;
    auto report = [this](const Result<void>& result) {
        if (!result)
            m_prompts.showError(this, tr("Cannot Show Incidents"), result.error().message);
    };
    if (incidentId.isNull()) {
        // The people directory: the dashboard shows handles, not names; nothing to re-read here
        // (the role board and the people dialog follow the signal themselves).
        return;
    }
    if (auto row = m_workspace->incidents()->refreshIncident(incidentId); !row) {
        report(row);
        return;
    }
    report(m_workspace->timeline()->reload());
    m_metrics->invalidate();
}

void MainWindow::onEntriesChanged(const QUuid& incidentId, const QList<QUuid>& entryIds)
{
    // Only timeline entries changed elsewhere: the dashboard row's entry summary and those rows.
    if (!m_workspace)
        return;
    Result<void> result = m_workspace->incidents()->refreshTimelineSummary(incidentId);
    if (result && m_workspace->timeline()->incidentId() == incidentId)
        result = m_workspace->timeline()->applyChangedEntries(entryIds);
    if (!result)
        m_prompts.showError(this, tr("Cannot Show Incidents"), result.error().message);
    m_metrics->invalidate();
}

void MainWindow::refresh()
{
    if (auto loaded = reload(); !loaded)
        m_prompts.showError(this, tr("Cannot Show Incidents"), loaded.error().message);
}

void MainWindow::showAbout()
{
    m_prompts.showAbout(
        this, tr("About Warroom"),
        tr("<h3>Warroom %1</h3>"
           "<p>A war room for incidents: every open incident at a glance, the live timeline, "
           "and the history to learn from.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray splitter = settings.value(kSplitterKey).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (const QByteArray state = settings.value(kWindowStateKey).toByteArray(); !state.isEmpty())
        restoreState(state);
}

void MainWindow::showPeople()
{
    if (m_workspace)
        PeopleDialog::showFor(*m_workspace, m_prompts, this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    setMetricsShown(false);   // the docks the Metrics tab hid come back before their state is saved
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kWindowStateKey, saveState());
    event->accept();
}

} // namespace warroom
