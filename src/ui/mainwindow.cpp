#include "mainwindow.h"

#include "dashboardpanel.h"
#include "importflow.h"
#include "incidentview.h"
#include "logging.h"
#include "userprompts.h"

#include "models/incidenttablemodel.h"
#include "models/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace warroom {

namespace {

const QString kLastDatabaseKey = QStringLiteral("database/last");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");

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
    setCentralWidget(m_splitter);

    m_importFlow = new ImportFlow(m_prompts, this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    m_dashboard->setImportAction(m_importAction);
    connect(m_dashboard, &DashboardPanel::incidentSelected, m_incidentView, &IncidentView::showIncident);
    connect(m_importFlow, &ImportFlow::runningChanged, this, [this](bool running) {
        m_importAction->setEnabled(!running && m_workspace != nullptr);
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
    m_dashboard->setIncidentModel(nullptr);
    m_incidentView->setModels(nullptr, nullptr);
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
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setStatusTip(tr("Read the incidents from the database again"));
    QAction* find = view->addAction(tr("&Filter Incidents"), m_dashboard, &DashboardPanel::focusFilter);
    find->setObjectName(QStringLiteral("actionFilter"));
    find->setShortcut(QKeySequence::Find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Warroom"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Point the panels at the new models before the old ones are deleted.
    m_dashboard->setIncidentModel(workspace ? workspace->incidents() : nullptr);
    m_incidentView->setModels(workspace ? workspace->incidents() : nullptr,
                              workspace ? workspace->timeline() : nullptr);
    m_workspace = std::move(workspace);
    m_importAction->setEnabled(m_workspace != nullptr && !m_importFlow->isRunning());
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Warroom"));
        m_databaseLabel->setText(tr("No database"));
        return;
    }
    setWindowTitle(tr("Warroom — %1").arg(m_workspace->displayName()));
    m_databaseLabel->setText(m_workspace->url().toString());
}

Result<void> MainWindow::reload()
{
    if (!m_workspace)
        return {};
    return m_workspace->reload();
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
    QSettings().setValue(kLastDatabaseKey, m_workspace->url().toString());
    qCInfo(lcUi) << "opened" << m_workspace->url().toString();
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
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    event->accept();
}

} // namespace warroom
