#include "roleboardpanel.h"
#include "ui_roleboardpanel.h"

#include "entrykindicons.h"
#include "handoffdialog.h"
#include "logging.h"
#include "userprompts.h"

#include "models/incidenttablemodel.h"
#include "models/peoplemodel.h"
#include "models/roleboardmodel.h"
#include "models/rolehistorymodel.h"
#include "models/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace warroom {

namespace {

using Board = RoleBoardModel;

/// People in the list: the name in bold over "@handle · team" in a quieter colour.
class PersonDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QString handle = index.data(PeopleModel::HandleRole).toString();
        const QModelIndex row = index.siblingAtColumn(PeopleModel::NameColumn);
        const QString name = row.data().toString();
        const QString team = index.siblingAtColumn(PeopleModel::TeamColumn).data().toString();
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(8, 4, -8, -4);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QFontMetrics metrics(opt.font);

        painter->save();
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QString first = name.isEmpty() ? QLatin1Char('@') + handle : name;
        painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(first, Qt::ElideRight, r.width()));
        QStringList second;
        if (!name.isEmpty())
            second << QLatin1Char('@') + handle;
        if (!team.isEmpty())
            second << team;
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(r.left(), r.top() + boldMetrics.height() + 1, r.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        Q_UNUSED(index)
        QFont bold = option.font;
        bold.setBold(true);
        return {160, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 9};
    }
};

/// Role rows with some air: the board is read at a glance, often on a shared screen.
class RoleRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height()) + 8);
        return size;
    }
};

QString incidentText(const Incident& incident)
{
    return QStringLiteral("%1 · %2").arg(incident.ref(), incident.title);
}

} // namespace

RoleBoardPanel::RoleBoardPanel(UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::RoleBoardPanel>()), m_prompts(prompts),
      m_peopleProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    QFont heading = m_ui->incidentLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setBold(true);
    m_ui->incidentLabel->setFont(heading);
    QFont caption = m_ui->historyCaption->font();
    caption.setBold(true);
    m_ui->historyCaption->setFont(caption);
    for (QLabel* quiet : {m_ui->staffedLabel, m_ui->placeholderLabel, m_ui->peopleHint})
        quiet->setForegroundRole(QPalette::PlaceholderText);
    m_ui->pendingIcon->setPixmap(entryKindIcon(EntryKind::HandOff).pixmap(QSize(20, 20), devicePixelRatioF()));
    QFont roleFont = m_ui->selectedRoleLabel->font();
    roleFont.setBold(true);
    m_ui->selectedRoleLabel->setFont(roleFont);
    m_ui->pendingFrame->setStyleSheet(QStringLiteral(
        "#pendingFrame { background: #fff1c7; border: 1px solid #e2b93b; border-radius: 4px; }"
        "#pendingLabel { color: #5c4000; }"));

    QTreeView* tree = m_ui->roleTree;
    tree->setAcceptDrops(true);
    tree->viewport()->setAcceptDrops(true);
    tree->setDragDropMode(QAbstractItemView::DropOnly);
    tree->setDragDropOverwriteMode(true);   // a drop lands on a role, never between two
    tree->setDropIndicatorShown(true);
    tree->setDefaultDropAction(Qt::CopyAction);
    tree->viewport()->installEventFilter(this);
    tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tree->header()->setMinimumSectionSize(60);
    tree->setItemDelegate(new RoleRowDelegate(tree));
    // Room for the eight roles and two experts without scrolling.
    tree->setMinimumHeight((fontMetrics().height() + 12) * 10 + tree->header()->sizeHint().height() + 2 * tree->frameWidth() + 4);

    m_peopleProxy->setFilterRole(PeopleModel::SearchTextRole);
    m_peopleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_peopleProxy->setSortRole(PeopleModel::LabelRole);
    m_peopleProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_peopleProxy->setDynamicSortFilter(true);
    QListView* list = m_ui->peopleList;
    list->setModel(m_peopleProxy);
    list->setItemDelegate(new PersonDelegate(list));
    list->setDragEnabled(true);
    list->setDragDropMode(QAbstractItemView::DragOnly);
    list->setDefaultDropAction(Qt::CopyAction);

    m_ui->boardSplitter->setStretchFactor(0, 5);
    m_ui->boardSplitter->setStretchFactor(1, 2);
    m_ui->boardSplitter->setStretchFactor(2, 4);
    m_ui->boardSplitter->setSizes({700, 260, 540});

    connect(m_ui->assignButton, &QPushButton::clicked, this, &RoleBoardPanel::assignSelected);
    connect(m_ui->handOffButton, &QPushButton::clicked, this, &RoleBoardPanel::handOffSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RoleBoardPanel::removeSelected);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &RoleBoardPanel::acceptPending);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &RoleBoardPanel::withdrawPending);
    connect(m_ui->personCombo, &QComboBox::currentTextChanged, this, &RoleBoardPanel::updateActions);
    connect(m_ui->personCombo->lineEdit(), &QLineEdit::returnPressed, this, &RoleBoardPanel::assignSelected);
    connect(m_ui->peopleFilter, &QLineEdit::textChanged, m_peopleProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(list, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        m_ui->personCombo->setCurrentHandle(index.data(PeopleModel::HandleRole).toString());
    });
    connect(list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_roles && !m_roles->incidentId().isNull())
            assignPerson(selectedRole(), index.data(PeopleModel::HandleRole).toString());
    });
    connect(m_ui->editPeopleButton, &QPushButton::clicked, this, [this] {
        if (m_peopleAction)
            m_peopleAction->trigger();
    });
    m_ui->editPeopleButton->setEnabled(false);

    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
    updateHeader();
    updatePending();
    updateActions();
}

RoleBoardPanel::~RoleBoardPanel()
{
    delete m_handOffDialog;
}

void RoleBoardPanel::setPeopleAction(QAction* action)
{
    m_peopleAction = action;
    m_ui->editPeopleButton->setEnabled(action && action->isEnabled());
    if (action) {
        m_ui->editPeopleButton->setToolTip(action->toolTip());
        // Off while the action is (no workspace, or a connection that may not edit people).
        connect(action, &QAction::enabledChanged, m_ui->editPeopleButton, &QPushButton::setEnabled);
    }
}

// --- Workspace and models ------------------------------------------------------------------

void RoleBoardPanel::setWorkspace(Workspace* workspace)
{
    delete m_handOffDialog;
    for (const auto& c : std::as_const(m_workspaceConnections))
        disconnect(c);
    m_workspaceConnections.clear();
    RoleBoardModel* oldRoles = m_roles;
    PeopleModel* oldPeople = m_people;
    RoleHistoryModel* oldHistory = m_history;
    m_roles = nullptr;
    m_people = nullptr;
    m_history = nullptr;
    m_workspace = workspace;
    m_shown = QUuid();
    if (m_workspace)
        buildModels();

    m_ui->roleTree->setModel(m_roles);
    m_peopleProxy->setSourceModel(m_people);
    m_ui->personCombo->setPeopleModel(m_people);
    m_ui->historyTable->setModel(m_history);
    if (m_roles) {
        QHeaderView* header = m_ui->roleTree->header();
        header->setStretchLastSection(true);
        header->setSectionResizeMode(Board::RoleColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(Board::HolderColumn, QHeaderView::Interactive);
        header->resizeSection(Board::HolderColumn, 230);
        header->setSectionResizeMode(Board::SinceColumn, QHeaderView::ResizeToContents);
        connect(m_ui->roleTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
            updatePending();
            updateActions();
        });
    }
    if (m_history) {
        QHeaderView* header = m_ui->historyTable->horizontalHeader();
        header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(RoleHistoryModel::HolderColumn, QHeaderView::Stretch);
        header->setStretchLastSection(false);
        m_ui->historyTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    delete oldRoles;
    delete oldPeople;
    delete oldHistory;
    m_peopleProxy->sort(0);
    loadShown();
}

void RoleBoardPanel::buildModels()
{
    IncidentService& service = m_workspace->service();
    m_roles = new RoleBoardModel(service, m_workspace->clock(), this);
    m_roles->setActor(m_workspace->actor());
    m_people = new PeopleModel(service, this);
    m_history = new RoleHistoryModel(service, m_workspace->clock(), this);

    connect(m_roles, &RoleBoardModel::changed, this, &RoleBoardPanel::onRolesChanged);
    connect(m_roles, &RoleBoardModel::handOffRequested, this, &RoleBoardPanel::openHandOff);
    connect(m_roles, &RoleBoardModel::dropFailed, this,
            [this](const QString& message) { showError(tr("Cannot Assign Role"), message); });
    auto refresh = [this] {
        m_ui->roleTree->expandAll();
        updateHeader();
        updatePending();
        updateActions();
    };
    connect(m_roles, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_roles, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_roles, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_roles, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] { m_ui->historyTable->scrollToBottom(); });

    m_workspaceConnections << connect(m_workspace, &Workspace::incidentChanged, this,
                                      &RoleBoardPanel::onIncidentChanged);
    if (IncidentTableModel* incidents = m_workspace->incidents()) {
        // The incident table was read again (Refresh, an import, another client): so are the roles.
        m_workspaceConnections << connect(incidents, &QAbstractItemModel::modelReset, this, &RoleBoardPanel::reload);
    }
    if (auto loaded = m_people->reload(); !loaded)
        qCWarning(lcUi) << "cannot read the people directory:" << loaded.error().message;
}

QUuid RoleBoardPanel::incidentId() const
{
    return m_roles ? m_roles->incidentId() : QUuid();
}

void RoleBoardPanel::showIncident(const QUuid& id)
{
    if (id == m_shown && incidentId() == id)
        return;
    m_shown = id;
    loadShown();
}

void RoleBoardPanel::reload()
{
    if (m_people) {
        if (auto loaded = m_people->reload(); !loaded)
            qCWarning(lcUi) << "cannot read the people directory:" << loaded.error().message;
    }
    loadShown();
}

void RoleBoardPanel::loadShown()
{
    if (!m_roles || m_shown.isNull()) {
        if (m_roles)
            m_roles->clear();
        if (m_history)
            m_history->clear();
        m_ui->placeholderLabel->setText(m_workspace ? tr("Select an incident to see and assign its roles.")
                                                    : tr("Open a database to see roles."));
        m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
        updateHeader();
        updatePending();
        updateActions();
        return;
    }
    syncActor();
    if (auto loaded = m_roles->load(m_shown); !loaded) {
        // An imported incident may be gone after a reload: show nothing rather than stale roles.
        qCInfo(lcUi) << "no roles to show for" << m_shown << ":" << loaded.error().message;
        m_history->clear();
        m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
        updateHeader();
        return;
    }
    if (auto loaded = m_history->load(m_shown); !loaded)
        qCWarning(lcUi) << "cannot read the role history:" << loaded.error().message;
    m_ui->pages->setCurrentWidget(m_ui->boardPage);
    m_ui->roleTree->expandAll();
    if (!m_ui->roleTree->currentIndex().isValid())
        selectRole(IncidentRole::Commander);
    updateHeader();
    updatePending();
    updateActions();
}

void RoleBoardPanel::onIncidentChanged(const QUuid& id)
{
    if (!m_roles)
        return;
    if (m_notifying) {
        // Our own write: the roles reloaded themselves; the history follows.
        if (auto loaded = m_history->reload(); !loaded)
            qCWarning(lcUi) << "cannot read the role history:" << loaded.error().message;
        return;
    }
    if (id.isNull()) {
        reload();
    } else if (id == m_shown) {
        loadShown();
    }
}

void RoleBoardPanel::onRolesChanged(const QUuid& id)
{
    if (!m_workspace)
        return;
    const QScopedValueRollback<bool> guard(m_notifying, true);
    m_workspace->notifyIncidentChanged(id);
}

void RoleBoardPanel::syncActor()
{
    if (m_roles && m_workspace)
        m_roles->setActor(m_workspace->actor());
}

bool RoleBoardPanel::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() == QEvent::DragMove || event->type() == QEvent::Drop) && watched == m_ui->roleTree->viewport()
        && m_roles && m_workspace && !canWriteIncidents(m_workspace->access())) {
        // A scribe may staff every role but the commander's (that changes the incident).
        const QModelIndex at = m_ui->roleTree->indexAt(static_cast<QDropEvent*>(event)->position().toPoint());
        if (at.isValid() && m_roles->roleAt(at) == IncidentRole::Commander) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::Drop && watched == m_ui->roleTree->viewport())
        syncActor();
    return QWidget::eventFilter(watched, event);
}

// --- Selection and state -------------------------------------------------------------------

QModelIndex RoleBoardPanel::selectedIndex() const
{
    return m_roles ? m_ui->roleTree->currentIndex() : QModelIndex();
}

IncidentRole RoleBoardPanel::selectedRole() const
{
    const QModelIndex index = selectedIndex();
    return index.isValid() ? m_roles->roleAt(index) : IncidentRole::Commander;
}

void RoleBoardPanel::selectRole(IncidentRole role)
{
    if (!m_roles)
        return;
    const QModelIndex index = m_roles->indexForRole(role);
    if (index.isValid())
        m_ui->roleTree->setCurrentIndex(index);
}

void RoleBoardPanel::updateHeader()
{
    const std::optional<Incident> incident =
        m_roles && !m_roles->incidentId().isNull() ? m_roles->incident() : std::nullopt;
    if (!incident) {
        m_ui->incidentLabel->setText(tr("Roles"));
        m_ui->staffedLabel->clear();
        return;
    }
    m_ui->incidentLabel->setText(tr("Roles of %1").arg(incidentText(*incident)));
    const int single = int(allIncidentRoles().size()) - 1;
    const int experts = int(m_roles->experts().size());
    QString staffed = tr("%1 of %2 roles staffed").arg(m_roles->staffedCount()).arg(single);
    staffed += QStringLiteral(" · ")
        + (experts == 1 ? tr("1 subject-matter expert") : tr("%1 subject-matter experts").arg(experts));
    const int pending = int(m_roles->pendingHandOffs().size());
    if (pending > 0)
        staffed += QStringLiteral(" · ") + (pending == 1 ? tr("1 hand-off waiting") : tr("%1 hand-offs waiting").arg(pending));
    m_ui->staffedLabel->setText(staffed);
}

void RoleBoardPanel::updatePending()
{
    m_pendingRole.reset();
    std::optional<HandOff> shown;
    if (m_roles && !m_roles->incidentId().isNull()) {
        shown = m_roles->pendingHandOff(selectedRole());
        if (!shown) {
            const QList<HandOff> all = m_roles->pendingHandOffs();
            if (!all.isEmpty())
                shown = all.first();
        }
    }
    m_ui->pendingFrame->setVisible(shown.has_value());
    if (!shown)
        return;
    m_pendingRole = shown->role;
    m_ui->pendingLabel->setText(tr("Hand-off waiting: %1 from %2 to %3, requested %4 by @%5.")
                                    .arg(roleDisplayName(shown->role), m_roles->labelFor(shown->fromHolder),
                                         m_roles->labelFor(shown->toHolder),
                                         shown->requestedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                                         shown->requestedBy));
    m_ui->pendingLabel->setToolTip(shown->brief.toText());
    m_ui->acceptButton->setText(tr("Accept for @%1").arg(shown->toHolder));
    const QString actor = m_workspace ? m_workspace->actor() : QString();
    m_ui->acceptButton->setToolTip(
        tr("@%1 takes over %2 now; the timeline records @%3 as accepting")
            .arg(shown->toHolder, roleDisplayName(shown->role), actor));
}

void RoleBoardPanel::updateActions()
{
    const bool loaded = m_roles && !m_roles->incidentId().isNull();
    const QModelIndex index = selectedIndex();
    const bool selected = loaded && index.isValid();
    const IncidentRole role = selectedRole();
    const bool expertEntry = selected && index.data(Board::IsExpertEntryRole).toBool();
    const auto holder = selected ? m_roles->currentHolder(role) : std::nullopt;
    const bool pending = selected && m_roles->pendingHandOff(role).has_value();
    const bool single = isSingleHolderRole(role);
    // Workspace::access(): a viewer changes no role; a scribe all but the commander's (that
    // sets the incident's commander).
    const bool writable = m_workspace && canWriteWarRoom(m_workspace->access());
    const bool mayChange = writable && (role != IncidentRole::Commander || canWriteIncidents(m_workspace->access()));
    m_ui->roleTree->viewport()->setAcceptDrops(writable);
    m_ui->peopleList->setDragEnabled(writable);
    m_ui->acceptButton->setEnabled(writable);
    m_ui->withdrawButton->setEnabled(writable);

    m_ui->selectedRoleLabel->setText(selected ? tr("%1:").arg(roleDisplayName(role)) : QString());
    m_ui->personCombo->setEnabled(loaded);
    m_ui->peopleList->setEnabled(loaded);
    m_ui->peopleFilter->setEnabled(loaded);
    m_ui->assignButton->setEnabled(mayChange && selected && !m_ui->personCombo->currentText().trimmed().isEmpty());
    m_ui->assignButton->setToolTip(!selected ? QString()
                                   : !single ? tr("Add the person as a subject-matter expert")
                                   : holder  ? tr("Hand %1 to the person, with a brief").arg(roleDisplayName(role))
                                             : tr("Make the person %1").arg(roleDisplayName(role)));
    m_ui->handOffButton->setEnabled(mayChange && selected && single && holder.has_value() && !pending);
    const bool removable = expertEntry || (single && role != IncidentRole::Commander && holder.has_value());
    m_ui->removeButton->setEnabled(mayChange && selected && removable);
    if (expertEntry) {
        m_ui->removeButton->setToolTip(tr("Remove %1 as subject-matter expert")
                                           .arg(m_roles->labelFor(index.data(Board::HolderRole).toString())));
    } else if (single && role == IncidentRole::Commander) {
        m_ui->removeButton->setToolTip(tr("An incident always has a commander: hand command off instead"));
    } else {
        m_ui->removeButton->setToolTip(selected && !single ? tr("Select an expert to remove")
                                                           : tr("Leave %1 vacant").arg(roleDisplayName(role)));
    }
}

// --- Writes --------------------------------------------------------------------------------

void RoleBoardPanel::showError(const QString& title, const QString& message)
{
    m_prompts.showError(this, title, message);
}

void RoleBoardPanel::assignSelected()
{
    if (!m_roles || m_roles->incidentId().isNull())
        return;
    const QString text = m_ui->personCombo->currentText().trimmed();
    const QString handle = m_ui->personCombo->currentHandle();
    if (handle.isEmpty()) {
        showError(tr("Cannot Assign Role"), text.isEmpty()
                                                ? tr("Type or pick the person to assign first.")
                                                : tr("\"%1\" does not name one person in the directory.").arg(text));
        return;
    }
    assignPerson(selectedRole(), handle);
}

void RoleBoardPanel::assignPerson(IncidentRole role, const QString& handle)
{
    if (!m_roles || handle.isEmpty())
        return;
    syncActor();
    if (isSingleHolderRole(role)) {
        if (const auto holder = m_roles->currentHolder(role); holder && holder->holder != handle) {
            openHandOff(role, handle);
            return;
        }
    }
    if (auto assigned = m_roles->assign(role, handle); !assigned) {
        showError(tr("Cannot Assign Role"), assigned.error().message);
        return;
    }
    m_ui->personCombo->setCurrentHandle(QString());
}

void RoleBoardPanel::handOffSelected()
{
    openHandOff(selectedRole(), m_ui->personCombo->currentHandle());
}

void RoleBoardPanel::openHandOff(IncidentRole role, const QString& toHandle)
{
    if (!m_roles || !m_workspace || m_roles->incidentId().isNull())
        return;
    syncActor();
    if (!isSingleHolderRole(role)) {
        showError(tr("Cannot Hand Off"), tr("Subject-matter experts are added and removed, not handed off."));
        return;
    }
    const auto holder = m_roles->currentHolder(role);
    if (!holder) {
        if (!toHandle.isEmpty())
            assignPerson(role, toHandle);
        else
            showError(tr("Cannot Hand Off"), tr("Nobody holds %1 yet: assign it instead.").arg(roleDisplayName(role)));
        return;
    }
    if (const auto pending = m_roles->pendingHandOff(role)) {
        showError(tr("Cannot Hand Off"),
                  tr("The hand-off of %1 to %2 is still waiting: accept or withdraw it first.")
                      .arg(roleDisplayName(role), m_roles->labelFor(pending->toHolder)));
        return;
    }
    auto draft = m_roles->draftBrief(m_workspace->incidents()->severityScale());
    if (!draft) {
        showError(tr("Cannot Hand Off"), draft.error().message);
        return;
    }
    delete m_handOffDialog;
    auto* dialog = new HandOffDialog(m_people, m_workspace->clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRole(role, incidentText(*m_roles->incident()), holder->holder, m_roles->labelFor(holder->holder));
    dialog->setBrief(draft.value());
    dialog->setIncoming(toHandle == holder->holder ? QString() : toHandle);
    dialog->setSubmitter([this, role](const QString& to, const HandOffBrief& brief) -> Result<void> {
        if (!m_roles)
            return Result<void>::failure(QStringLiteral("not-found"), tr("The database was closed."));
        syncActor();
        auto requested = m_roles->requestHandOff(role, to, brief);
        if (!requested)
            return requested.error();
        selectRole(role);
        m_ui->personCombo->setCurrentHandle(QString());
        return {};
    });
    m_handOffDialog = dialog;
    dialog->open();
}

void RoleBoardPanel::acceptPending()
{
    if (!m_roles || !m_pendingRole)
        return;
    syncActor();
    const IncidentRole role = *m_pendingRole;
    if (auto accepted = m_roles->acceptHandOff(role); !accepted)
        showError(tr("Cannot Accept Hand-Off"), accepted.error().message);
    else
        selectRole(role);
}

void RoleBoardPanel::withdrawPending()
{
    if (!m_roles || !m_pendingRole)
        return;
    syncActor();
    if (auto withdrawn = m_roles->withdrawHandOff(*m_pendingRole); !withdrawn)
        showError(tr("Cannot Withdraw Hand-Off"), withdrawn.error().message);
}

void RoleBoardPanel::removeSelected()
{
    if (!m_roles)
        return;
    syncActor();
    if (auto released = m_roles->release(selectedIndex()); !released)
        showError(tr("Cannot Remove"), released.error().message);
}

} // namespace warroom
