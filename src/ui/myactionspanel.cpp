#include "myactionspanel.h"
#include "ui_myactionspanel.h"

#include "actionitemdelegate.h"

#include "models/actionitemmodel.h"
#include "models/timelinecommands.h"
#include "models/workspace.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUndoStack>

namespace warroom {

namespace {

constexpr int kTickMs = 30'000;
const QColor kErrorColor(0xb4, 0x23, 0x18);

} // namespace

MyActionsPanel::MyActionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::MyActionsPanel>())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_delegate(new ActionItemDelegate(this))
{
    m_ui->setupUi(this);
    // Unfinished only, unless asked.
    m_proxy->setFilterRole(ActionItemModel::FinishedRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterFixedString(QStringLiteral("false"));
    m_ui->myActionItemsView->setModel(m_proxy);
    m_ui->myActionItemsView->setItemDelegate(m_delegate);
    connect(m_ui->showFinishedCheck, &QCheckBox::toggled, this, [this](bool all) {
        m_proxy->setFilterFixedString(all ? QString() : QStringLiteral("false"));
        updateSummary();
    });
    // Double-click or Enter.
    connect(m_ui->myActionItemsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit incidentActivated(index.data(ActionItemModel::IncidentIdRole).toUuid());
    });
    QPalette errorPalette = m_ui->myActionsError->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_ui->myActionsError->setPalette(errorPalette);
    m_ui->myActionsError->hide();
    m_ui->myActionsSummary->setForegroundRole(QPalette::PlaceholderText);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->tick();
    });
    updateSummary();
}

MyActionsPanel::~MyActionsPanel()
{
    m_proxy->setSourceModel(nullptr);
}

QTableView* MyActionsPanel::view() const
{
    return m_ui->myActionItemsView;
}

void MyActionsPanel::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    delete m_context;
    m_context = nullptr;
    m_workspace = workspace;
    m_tick->stop();
    if (!workspace) {
        updateSummary();
        return;
    }
    if (!undoStack && !m_ownStack)
        m_ownStack = new QUndoStack(this);
    m_context = new TimelineCommandContext(workspace, this);
    connect(m_context, &TimelineCommandContext::failed, this,
            [this](const QUuid&, const QString&, const QString& message) { showError(message); });
    m_model = std::make_unique<MyActionItemsModel>(*workspace);
    m_model->setUndoStack(undoStack ? undoStack : m_ownStack, m_context);
    m_model->setTimeZone(m_zone);
    connect(m_model.get(), &ActionItemModel::countsChanged, this, &MyActionsPanel::updateSummary);
    m_proxy->setSourceModel(m_model.get());
    QHeaderView* header = m_ui->myActionItemsView->horizontalHeader();
    header->moveSection(header->visualIndex(ActionItemModel::IncidentColumn), 0);
    header->setSectionHidden(ActionItemModel::OwnerColumn, true); // always you
    header->setSectionResizeMode(ActionItemModel::TextColumn, QHeaderView::Stretch);
    for (int c : {ActionItemModel::IncidentColumn, ActionItemModel::PriorityColumn, ActionItemModel::DueColumn,
                  ActionItemModel::StateColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tick->start();
    reload();
}

void MyActionsPanel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_delegate->setTimeZone(zone);
    if (m_model)
        m_model->setTimeZone(zone);
}

void MyActionsPanel::reload()
{
    showError({});
    if (!m_model)
        return;
    if (auto loaded = m_model->reload(); !loaded)
        showError(tr("Cannot read your action items: %1").arg(loaded.error().message));
    updateSummary();
}

void MyActionsPanel::updateSummary()
{
    if (!m_model) {
        m_ui->myActionsSummary->setText(tr("No database is open."));
        return;
    }
    const int open = m_model->openCount();
    const int overdue = m_model->overdueCount();
    const QString who = m_model->owner();
    if (open == 0)
        m_ui->myActionsSummary->setText(tr("@%1 has no open action items.").arg(who));
    else if (overdue > 0)
        m_ui->myActionsSummary->setText(tr("@%1: %2 open, %3 overdue.").arg(who).arg(open).arg(overdue));
    else
        m_ui->myActionsSummary->setText(tr("@%1: %2 open.").arg(who).arg(open));
}

void MyActionsPanel::showError(const QString& message)
{
    m_ui->myActionsError->setText(message);
    m_ui->myActionsError->setVisible(!message.isEmpty());
}

} // namespace warroom
