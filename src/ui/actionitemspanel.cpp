#include "actionitemspanel.h"
#include "ui_actionitemspanel.h"

#include "actionitemdelegate.h"
#include "userprompts.h"

#include "models/actionitemcommands.h"
#include "models/actionitemmodel.h"
#include "models/editconflicts.h"
#include "models/workspace.h"

#include <QHeaderView>
#include <QTimer>
#include <QUndoStack>

namespace warroom {

namespace {

constexpr int kTickMs = 30'000;
const QColor kErrorColor(0xb4, 0x23, 0x18);

} // namespace

ActionItemsPanel::ActionItemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ActionItemsPanel>())
    , m_delegate(new ActionItemDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->actionItemsView->setItemDelegate(m_delegate);
    for (ActionPriority p : {ActionPriority::High, ActionPriority::Medium, ActionPriority::Low})
        m_ui->actionPriorityCombo->addItem(actionPriorityDisplayName(p), int(p));
    m_ui->actionPriorityCombo->setCurrentIndex(1);
    m_ui->actionOwnerCombo->addItem(tr("Unassigned"), QString());
    m_ui->actionDueEdit->setMinimumDateTime(noDueDateValue());
    m_ui->actionDueEdit->setSpecialValueText(tr("No due date"));
    m_ui->actionDueEdit->setDateTime(noDueDateValue());
    QPalette errorPalette = m_ui->actionError->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_ui->actionError->setPalette(errorPalette);
    m_ui->actionError->hide();
    m_ui->actionSummary->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->addActionButton, &QPushButton::clicked, this, &ActionItemsPanel::addItem);
    connect(m_ui->actionTextEdit, &QLineEdit::returnPressed, this, &ActionItemsPanel::addItem);
    connect(m_ui->actionTextEdit, &QLineEdit::textEdited, this, [this] { showError({}); });

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->tick();
    });
    setEnabled(false);
}

ActionItemsPanel::~ActionItemsPanel()
{
    m_ui->actionItemsView->setModel(nullptr);
}

QTableView* ActionItemsPanel::view() const
{
    return m_ui->actionItemsView;
}

QUndoStack* ActionItemsPanel::undoStack() const
{
    return m_stack ? m_stack.data() : m_ownStack;
}

void ActionItemsPanel::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_ui->actionItemsView->setModel(nullptr);
    m_model.reset();
    delete m_context;
    m_context = nullptr;
    m_workspace = workspace;
    m_stack = undoStack;
    if (!undoStack && !m_ownStack)
        m_ownStack = new QUndoStack(this);
    m_tick->stop();
    if (!workspace) {
        setEnabled(false);
        return;
    }
    m_context = new TimelineCommandContext(workspace, this);
    connect(m_context, &TimelineCommandContext::failed, this,
            [this](const QUuid&, const QString&, const QString& message) {
                m_pushFailed = true;
                showError(message);
            });
    connect(m_context, &TimelineCommandContext::conflicted, this,
            [this](const QUuid&, const QUuid& itemId, const Conflict& conflict) {
                // Out of the undo stack's push or undo before a modal dialog runs.
                QMetaObject::invokeMethod(
                    this, [this, itemId, conflict] { resolveConflict(itemId, conflict); }, Qt::QueuedConnection);
            });
    m_model = std::make_unique<ActionItemModel>(*workspace);
    m_model->setUndoStack(this->undoStack(), m_context);
    m_model->setTimeZone(m_zone);
    connect(m_model.get(), &ActionItemModel::countsChanged, this, &ActionItemsPanel::updateSummary);
    m_ui->actionItemsView->setModel(m_model.get());
    QHeaderView* header = m_ui->actionItemsView->horizontalHeader();
    header->setSectionResizeMode(ActionItemModel::TextColumn, QHeaderView::Stretch);
    for (int c : {ActionItemModel::OwnerColumn, ActionItemModel::PriorityColumn, ActionItemModel::DueColumn,
                  ActionItemModel::StateColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tick->start();
    setIncident(m_incidentId);
}

void ActionItemsPanel::resolveConflict(const QUuid& itemId, const Conflict& conflict)
{
    if (!m_prompts || !m_workspace || !m_context)
        return;
    const ConflictResolution resolution = m_prompts->resolveConflict(window(), conflict);
    if (!resolution.writes() || !m_workspace || !m_context)
        return;
    auto current = findActionItem(*m_workspace, m_incidentId, itemId);
    if (!current) {
        showError(current.error().message);
        return;
    }
    const ActionItemFields change = actionItemFieldsFrom(resolution.values);
    if (change.isEmpty() || change.matches(current.value()))
        return;
    m_pushFailed = false;
    undoStack()->push(new EditActionItemCommand(m_context, current.value(), change));
    if (!m_pushFailed)
        showError({});
}

void ActionItemsPanel::setIncident(const QUuid& incidentId)
{
    m_incidentId = incidentId;
    showError({});
    setEnabled(m_model && !incidentId.isNull());
    // A viewer reads the items; the model refuses edits (Workspace::access()).
    m_ui->addFrame->setVisible(!m_workspace || canWriteWarRoom(m_workspace->access()));
    if (!m_model)
        return;
    // The same incident again (the dashboard re-selects it after reloads): keep rows and editors.
    if (auto loaded = m_model->incidentId() == incidentId ? m_model->reload() : m_model->setIncident(incidentId);
        !loaded)
        showError(tr("Cannot read the action items: %1").arg(loaded.error().message));
    refreshPeople();
    updateSummary();
}

void ActionItemsPanel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_delegate->setTimeZone(zone);
    m_ui->actionDueEdit->setTimeSpec(zone == QTimeZone::utc() ? Qt::UTC : Qt::LocalTime);
    if (m_model)
        m_model->setTimeZone(zone);
}

void ActionItemsPanel::refreshPeople()
{
    if (!m_workspace)
        return;
    auto people = m_workspace->service().people();
    if (!people)
        return;
    QStringList handles;
    for (const Person& p : people.value())
        handles << p.handle;
    m_delegate->setPeople(handles);
    const QString current = m_ui->actionOwnerCombo->currentData().toString();
    while (m_ui->actionOwnerCombo->count() > 1)
        m_ui->actionOwnerCombo->removeItem(1);
    for (const Person& p : people.value())
        m_ui->actionOwnerCombo->addItem(p.handle, p.handle);
    m_ui->actionOwnerCombo->setCurrentIndex(std::max(0, m_ui->actionOwnerCombo->findData(current)));
}

void ActionItemsPanel::addItem()
{
    if (!m_model || !m_context || m_incidentId.isNull())
        return;
    const QString text = m_ui->actionTextEdit->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Describe the action item first."));
        m_ui->actionTextEdit->setFocus();
        return;
    }
    ActionItem item;
    item.incidentId = m_incidentId;
    item.text = text;
    item.owner = m_ui->actionOwnerCombo->currentData().toString();
    item.priority = ActionPriority(m_ui->actionPriorityCombo->currentData().toInt());
    const QDateTime due = m_ui->actionDueEdit->dateTime();
    item.dueAt = due == m_ui->actionDueEdit->minimumDateTime() ? QDateTime() : due.toUTC();
    m_pushFailed = false;
    undoStack()->push(new AddActionItemCommand(m_context, item));
    if (m_pushFailed)
        return;
    m_ui->actionTextEdit->setText(QString());
    m_ui->actionDueEdit->setDateTime(noDueDateValue());
    showError({});
    m_ui->actionTextEdit->setFocus();
}

void ActionItemsPanel::updateSummary()
{
    const int open = m_model ? m_model->openCount() : 0;
    const int overdue = m_model ? m_model->overdueCount() : 0;
    const int total = m_model ? m_model->rowCount() : 0;
    if (total == 0)
        m_ui->actionSummary->setText(
            tr("No action items yet. Add one below, or write an /action entry in the timeline."));
    else if (overdue > 0)
        m_ui->actionSummary->setText(tr("%1 open, %2 overdue, %3 in all.").arg(open).arg(overdue).arg(total));
    else
        m_ui->actionSummary->setText(tr("%1 open, %2 in all.").arg(open).arg(total));
    emit countsChanged(open, overdue);
}

void ActionItemsPanel::showError(const QString& message)
{
    m_ui->actionError->setText(message);
    m_ui->actionError->setVisible(!message.isEmpty());
}

} // namespace warroom
