#include "timelineeditor.h"
#include "ui_timelineeditor.h"

#include "entryeditdialog.h"
#include "entrykindicons.h"
#include "logging.h"
#include "revisiondialog.h"
#include "timelinedelegate.h"
#include "userprompts.h"

#include "core/timeformat.h"
#include "core/timelineinput.h"
#include "models/timelinecommands.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

namespace warroom {

namespace {

const QString kUtcKey = QStringLiteral("timeline/utc");
constexpr int kFollowSlack = 4; // pixels from the bottom that still count as "at the newest entry"
const QColor kErrorColor(0xb4, 0x23, 0x18);

} // namespace

TimelineEditor::TimelineEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::TimelineEditor>())
    , m_proxy(new TimelineFilterProxy(this))
{
    m_ui->setupUi(this);

    m_delegate = new TimelineDelegate(m_ui->timelineView);
    m_ui->timelineView->setItemDelegate(m_delegate);
    m_ui->timelineView->setUniformItemSizes(false);
    m_ui->timelineView->setModel(m_proxy);

    for (EntryKind k : allEntryKinds())
        m_ui->kindCombo->addItem(entryKindIcon(k), entryKindDisplayName(k), int(k));
    m_ui->kindFilter->addItem(tr("All kinds"));
    for (EntryKind k : allEntryKinds())
        m_ui->kindFilter->addItem(entryKindIcon(k), entryKindDisplayName(k), int(k));
    m_ui->authorFilter->addItem(tr("Everyone"), QString());

    QPalette errorPalette = m_ui->entryError->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_ui->entryError->setPalette(errorPalette);
    m_ui->entryError->hide();
    m_ui->entryHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->filterSummary->setForegroundRole(QPalette::PlaceholderText);
    m_ui->filterStatus->hide();
    m_ui->timeEdit->setMaxLength(8);
    // Compact indicators, so the entry line gets the width.
    m_ui->kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->kindCombo->setMinimumContentsLength(9);
    m_ui->kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->kindFilter->setMinimumContentsLength(9);
    QFont hintFont = m_ui->entryHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ui->entryHint->setFont(hintFont);

    // The "N new entries" marker floats over the bottom of the list.
    m_marker = new QPushButton(m_ui->timelineView);
    m_marker->setObjectName(QStringLiteral("newEntriesMarker"));
    m_marker->setCursor(Qt::PointingHandCursor);
    m_marker->setFocusPolicy(Qt::NoFocus);
    m_marker->setToolTip(tr("Jump to the newest entry"));
    m_marker->setStyleSheet(QStringLiteral(
        "QPushButton#newEntriesMarker { background-color: palette(highlight); color: palette(highlighted-text);"
        " border: none; border-radius: 10px; padding: 3px 14px; font-weight: bold; }"));
    m_marker->hide();
    connect(m_marker, &QPushButton::clicked, this, &TimelineEditor::jumpToNewest);

    // In place of the entry line when the connection may not write (a viewer).
    m_readOnlyNotice = new QLabel(tr("Read-only: you are connected as a viewer."), this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNotice->setMargin(8);
    m_readOnlyNotice->setToolTip(tr("Your database role may read the war room but not write to it."));
    m_readOnlyNotice->hide();
    m_ui->editorLayout->addWidget(m_readOnlyNotice);

    createActions();

    // Writing.
    connect(m_ui->entryLine, &QLineEdit::returnPressed, this, &TimelineEditor::commitEntry);
    connect(m_ui->timeEdit, &QLineEdit::returnPressed, this, &TimelineEditor::commitEntry);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, &TimelineEditor::commitEntry);
    connect(m_ui->entryLine, &QLineEdit::textEdited, this, &TimelineEditor::onEntryEdited);
    connect(m_ui->timeEdit, &QLineEdit::textEdited, this, [this] {
        clearError();
        updateHint();
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateHint();
        m_ui->entryLine->setFocus();
    });

    // Reading.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &TimelineEditor::applyFilters);
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, &TimelineEditor::applyFilters);
    connect(m_ui->authorFilter, &QComboBox::currentIndexChanged, this, &TimelineEditor::applyFilters);
    connect(m_ui->pinnedFilter, &QToolButton::toggled, this, &TimelineEditor::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        m_ui->kindFilter->setCurrentIndex(0);
        m_ui->authorFilter->setCurrentIndex(0);
        m_ui->pinnedFilter->setChecked(false);
    });
    connect(m_ui->utcToggle, &QToolButton::toggled, this, [this](bool utc) {
        QSettings().setValue(kUtcKey, utc);
        m_delegate->setTimeZone(displayZone());
        m_ui->timelineView->doItemsLayout(); // the date column may change width
        updateZoneToggle();
        updateHint();
        emit displayZoneChanged(displayZone());
    });
    connect(m_ui->timelineView, &QListView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_ui->timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TimelineEditor::updateActions);

    // Following the newest entry.
    QScrollBar* bar = m_ui->timelineView->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TimelineEditor::onScrolled);
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_following)
            bar->setValue(max);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_refiltering) {
            switchDraft();
            m_following = true;
            m_newEntries = 0;
            updateMarker();
            QTimer::singleShot(0, m_ui->timelineView, &QListView::scrollToBottom);
        }
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateFilterStatus();
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateFilterStatus();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TimelineEditor::updateActions);

    m_ui->entryLine->installEventFilter(this);
    m_ui->timelineView->installEventFilter(this);
    setFocusProxy(m_ui->entryLine);

    {
        const QSignalBlocker block(m_ui->utcToggle);
        m_ui->utcToggle->setChecked(QSettings().value(kUtcKey, false).toBool());
    }
    m_delegate->setTimeZone(displayZone());
    updateZoneToggle();
    updateHint();
    updateActions();
}

TimelineEditor::~TimelineEditor()
{
    if (m_revisionDialog)
        delete m_revisionDialog.data();
}

void TimelineEditor::createActions()
{
    auto makeAction = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                             Qt::ShortcutContext context) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(context);
        return action;
    };

    const QList<EntryKind> kinds = allEntryKinds();
    for (int i = 0; i < int(kinds.size()); ++i) {
        const EntryKind k = kinds[i];
        QAction* action =
            makeAction(tr("Next Entry: %1").arg(entryKindDisplayName(k)), QStringLiteral("actionKind%1").arg(i + 1),
                       QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, k] {
            setKind(k);
            m_ui->entryLine->setFocus();
        });
        addAction(action);
        m_kindActions << action;
    }

    m_editAction = makeAction(tr("&Edit Entry…"), QStringLiteral("actionEditEntry"), QKeySequence(Qt::Key_F2),
                              Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &TimelineEditor::editCurrent);
    m_pinAction = makeAction(tr("&Pin Entry"), QStringLiteral("actionPinEntry"), QKeySequence(Qt::CTRL | Qt::Key_P),
                             Qt::WidgetWithChildrenShortcut);
    connect(m_pinAction, &QAction::triggered, this, &TimelineEditor::togglePinCurrent);
    m_historyAction = makeAction(tr("&History…"), QStringLiteral("actionEntryHistory"),
                                 QKeySequence(Qt::CTRL | Qt::Key_H), Qt::WidgetWithChildrenShortcut);
    connect(m_historyAction, &QAction::triggered, this, &TimelineEditor::showRevisions);
    // Delete only from the list: in the entry line it deletes characters.
    m_deleteAction = makeAction(tr("&Delete Entry"), QStringLiteral("actionDeleteEntry"),
                                QKeySequence(QKeySequence::Delete), Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &TimelineEditor::deleteCurrent);

    for (QAction* a : {m_editAction, m_pinAction, m_historyAction})
        addAction(a);
    // The list's context menu.
    QListView* view = m_ui->timelineView;
    view->addAction(m_editAction);
    view->addAction(m_pinAction);
    view->addAction(m_historyAction);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    view->addAction(separator);
    view->addAction(m_deleteAction);
}

QList<QAction*> TimelineEditor::entryActions() const
{
    QList<QAction*> actions{m_editAction, m_pinAction, m_historyAction, m_deleteAction};
    actions << m_kindActions;
    return actions;
}

RevisionDialog* TimelineEditor::revisionDialog() const
{
    return m_revisionDialog.data();
}

QListView* TimelineEditor::view() const
{
    return m_ui->timelineView;
}

QUndoStack* TimelineEditor::undoStack() const
{
    return m_stack ? m_stack.data() : m_ownStack;
}

void TimelineEditor::setModel(TimelineModel* model)
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_modelConnections << connect(model, &TimelineModel::authorsChanged, this, &TimelineEditor::populateAuthors);
        // "Showing 3 of 40" counts entries the filters hide, too.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            m_modelConnections << connect(model, signal, this, &TimelineEditor::updateFilterStatus);
        model->setService(m_workspace ? &m_workspace->service() : nullptr);
    }
    populateAuthors();
    updateFilterStatus();
    updateActions();
}

void TimelineEditor::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    disconnect(m_workspaceConnection);
    disconnect(m_entriesConnection);
    delete m_context; // its commands left on a stack now do nothing
    m_context = nullptr;
    m_workspace = workspace;
    m_stack = undoStack;
    if (!undoStack && !m_ownStack)
        m_ownStack = new QUndoStack(this);
    if (workspace) {
        m_context = new TimelineCommandContext(workspace, this);
        connect(m_context, &TimelineCommandContext::failed, this, &TimelineEditor::onCommandFailed);
        connect(m_context, &TimelineCommandContext::conflicted, this,
                [this](const QUuid&, const QUuid& entryId, const Conflict& conflict) {
                    // Out of the undo stack's push or undo before a modal dialog runs.
                    QMetaObject::invokeMethod(
                        this, [this, entryId, conflict] { resolveConflict(entryId, conflict); },
                        Qt::QueuedConnection);
                });
        m_workspaceConnection = connect(workspace, &Workspace::incidentChanged, this, [this](const QUuid& id) {
            if (!m_model || m_model->incidentId().isNull() || (!id.isNull() && id != m_model->incidentId()))
                return;
            if (auto loaded = m_model->reload(); !loaded)
                showError(tr("Cannot load the timeline: %1").arg(loaded.error().message));
            if (m_revisionDialog && m_revisionDialog->isVisible() && m_workspace) {
                if (auto entry = m_workspace->repository().findTimelineEntry(m_revisionDialog->entryId())) {
                    if (auto revisions = m_workspace->service().revisions(entry->id))
                        m_revisionDialog->setRevisions(entry.value(), revisions.value(), displayZone());
                }
            }
        });
        m_entriesConnection = connect(
            workspace, &Workspace::entriesChanged, this, [this](const QUuid& id, const QList<QUuid>& entryIds) {
                if (!m_model || !m_workspace || m_model->incidentId() != id)
                    return;
                // The workspace's own timeline is brought up to date by the window showing it.
                if (m_model != m_workspace->timeline()) {
                    if (auto applied = m_model->applyChangedEntries(entryIds); !applied)
                        showError(tr("Cannot load the timeline: %1").arg(applied.error().message));
                }
                if (m_revisionDialog && m_revisionDialog->isVisible()
                    && entryIds.contains(m_revisionDialog->entryId())) {
                    if (auto entry = m_workspace->repository().findTimelineEntry(m_revisionDialog->entryId())) {
                        if (auto revisions = m_workspace->service().revisions(entry->id))
                            m_revisionDialog->setRevisions(entry.value(), revisions.value(), displayZone());
                    }
                }
            });
    }
    if (m_model)
        m_model->setService(workspace ? &workspace->service() : nullptr);
    updateZoneToggle();
    updateActions();
}

// --- Writing -------------------------------------------------------------------------------

bool TimelineEditor::canWrite() const
{
    return m_workspace && m_context && m_model && !m_model->incidentId().isNull()
        && canWriteWarRoom(m_workspace->access());
}

EntryKind TimelineEditor::kind() const
{
    return EntryKind(m_ui->kindCombo->currentData().toInt());
}

void TimelineEditor::setKind(EntryKind k)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(k)));
}

void TimelineEditor::onEntryEdited(const QString& text)
{
    clearError();
    // "/decision " (prefix and a space) at the start sets the kind and leaves the line.
    if (text.startsWith(QLatin1Char('/'))) {
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        if (space > 1) {
            const QString word = text.left(space).toLower();
            for (EntryKind k : allEntryKinds()) {
                if (entryKindPrefix(k) == word) {
                    setKind(k);
                    m_ui->entryLine->setText(text.mid(space + 1));
                    break;
                }
            }
        }
    }
    updateHint();
    emit entryTyped(!m_ui->entryLine->text().isEmpty());
}

void TimelineEditor::updateHint()
{
    const QTimeZone zone = displayZone();
    const QDateTime now = m_workspace ? m_workspace->clock().nowUtc() : QDateTime::currentDateTimeUtc();
    const QString zoneName = now.toTimeZone(zone).toString(QStringLiteral("t"));
    QString line = m_ui->entryLine->text();
    const QString time = m_ui->timeEdit->text().trimmed();
    if (!line.trimmed().startsWith(QLatin1Char('@')) && !time.isEmpty())
        line = QStringLiteral("@%1 %2").arg(time, line);
    if (line.trimmed().startsWith(QLatin1Char('@'))) {
        auto parsed = parseTimelineInput(line.trimmed() + QStringLiteral(" ."), kind(), now, zone);
        if (parsed && parsed->occurredAt.isValid()) {
            const QDateTime at = parsed->occurredAt.toTimeZone(zone);
            m_ui->entryHint->setText(
                tr("%1, backdated to %2 (%3 ago)")
                    .arg(entryKindDisplayName(kind()),
                         at.toString(at.date() == now.toTimeZone(zone).date() ? QStringLiteral("HH:mm t")
                                                                              : QStringLiteral("yyyy-MM-dd HH:mm t")),
                         formatDuration(parsed->occurredAt.secsTo(now))));
            return;
        }
    }
    m_ui->entryHint->setText(tr("Enter adds %1 · /decision /action /update or Ctrl+1…7 · @14:05 backdates (%2) · "
                                "Ctrl+P pin")
                                 .arg(kindInSentence(kind()), zoneName));
}

QString TimelineEditor::kindInSentence(EntryKind kind)
{
    // Whole phrases, so each language gets its article and capitalisation right.
    switch (kind) {
    case EntryKind::Note: return tr("a note");
    case EntryKind::Decision: return tr("a decision");
    case EntryKind::Action: return tr("an action");
    case EntryKind::StatusChange: return tr("a status change");
    case EntryKind::StakeholderUpdate: return tr("a stakeholder update");
    case EntryKind::Alert: return tr("an alert");
    case EntryKind::HandOff: return tr("a hand-off");
    }
    return entryKindDisplayName(kind);
}

void TimelineEditor::showError(const QString& message)
{
    m_ui->entryError->setText(message);
    m_ui->entryError->setVisible(!message.isEmpty());
}

void TimelineEditor::clearError()
{
    if (m_ui->entryError->isVisible())
        showError({});
}

void TimelineEditor::commitEntry()
{
    if (!canWrite()) {
        showError(tr("Select an incident to write to its timeline."));
        return;
    }
    const QDateTime now = m_workspace->clock().nowUtc();
    const QTimeZone zone = displayZone();
    auto parsed = parseTimelineInput(m_ui->entryLine->text(), kind(), now, zone);
    if (!parsed) {
        showError(parsed.error().message);
        m_ui->entryLine->setFocus();
        return;
    }
    TimelineInput input = parsed.value();
    const QString time = m_ui->timeEdit->text().trimmed();
    if (!input.occurredAt.isValid() && !time.isEmpty()) {
        auto timed = parseTimelineInput(QStringLiteral("@%1 .").arg(time), input.kind, now, zone);
        if (!timed) {
            showError(timed.error().message);
            m_ui->timeEdit->setFocus();
            return;
        }
        input.occurredAt = timed->occurredAt;
    }

    auto* command = new AddEntryCommand(m_context, m_model->incidentId(), input);
    m_pushFailed = false;
    undoStack()->push(command); // writes, notifies, and the model reloads
    if (m_pushFailed) {
        m_ui->entryLine->setFocus();
        return; // the error is shown; the line keeps the text
    }
    const QUuid id = command->entry().id;
    m_ui->entryLine->setText(QString()); // unlike clear(), leaves no typing to undo
    emit entryTyped(false);
    m_ui->timeEdit->setText(QString());
    setKind(EntryKind::Note);
    clearError();
    updateHint();
    if (!selectEntry(id) && m_proxy->isFiltering())
        showError(tr("Added; the filters hide it (Show All)."));
    m_ui->entryLine->setFocus();
}

// --- Editing the selected entry ------------------------------------------------------------

std::optional<TimelineEntry> TimelineEditor::currentEntry() const
{
    const QUuid id = currentEntryId();
    return id.isNull() || !m_model ? std::nullopt : m_model->entry(id);
}

QUuid TimelineEditor::currentEntryId() const
{
    return m_ui->timelineView->currentIndex().data(TimelineModel::EntryIdRole).toUuid();
}

bool TimelineEditor::selectEntry(const QUuid& entryId)
{
    const int row = m_model ? m_model->rowForId(entryId) : -1;
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_ui->timelineView->setCurrentIndex(index);
    m_ui->timelineView->scrollTo(index);
    return true;
}

void TimelineEditor::togglePinCurrent()
{
    const auto entry = currentEntry();
    if (!entry || !canWrite())
        return;
    undoStack()->push(new PinCommand(m_context, *entry));
}

void TimelineEditor::deleteCurrent()
{
    const auto entry = currentEntry();
    if (!entry || !canWrite())
        return;
    const int row = m_ui->timelineView->currentIndex().row();
    undoStack()->push(new DeleteEntryCommand(m_context, *entry));
    // Keep a row selected so Delete can be pressed again.
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        m_ui->timelineView->setCurrentIndex(m_proxy->index(std::min(row, rows - 1), 0));
}

void TimelineEditor::editCurrent()
{
    const auto entry = currentEntry();
    if (!entry || !canWrite())
        return;
    auto* dialog = new EntryEditDialog(*entry, displayZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const EntryFields change = dialog->change();
        if (!change.isEmpty() && m_context)
            undoStack()->push(new EditEntryCommand(m_context, dialog->entry(), change));
    });
    dialog->open();
}

void TimelineEditor::showRevisions()
{
    const auto entry = currentEntry();
    if (!entry || !m_workspace)
        return;
    auto revisions = m_workspace->service().revisions(entry->id);
    if (!revisions) {
        showError(tr("Cannot read the history: %1").arg(revisions.error().message));
        return;
    }
    if (!m_revisionDialog) {
        // A window of its own (not a child of this widget), closed with it.
        m_revisionDialog = new RevisionDialog(window());
    }
    m_revisionDialog->setRevisions(*entry, revisions.value(), displayZone());
    m_revisionDialog->show();
    m_revisionDialog->raise();
    m_revisionDialog->activateWindow();
}

void TimelineEditor::onCommandFailed(const QUuid&, const QString&, const QString& message)
{
    m_pushFailed = true;
    showError(message);
}

void TimelineEditor::resolveConflict(const QUuid& entryId, const Conflict& conflict)
{
    if (!m_prompts || !m_workspace || !m_context)
        return;
    const ConflictResolution resolution = m_prompts->resolveConflict(window(), conflict);
    if (!resolution.writes() || !m_workspace || !m_context)
        return;
    auto current = m_workspace->repository().findTimelineEntry(entryId);
    if (!current) {
        showError(current.error().message);
        return;
    }
    EntryFields change;
    change.text = resolution.values.value(QStringLiteral("text")).trimmed();
    if (change.text->isEmpty() || *change.text == current->text)
        return;
    m_pushFailed = false;
    undoStack()->push(new EditEntryCommand(m_context, current.value(), change));
    if (!m_pushFailed)
        clearError();
}

void TimelineEditor::updateActions()
{
    const auto entry = currentEntry();
    const bool writable = canWrite();
    m_pinAction->setEnabled(entry && writable);
    m_pinAction->setText(entry && entry->pinned ? tr("Un&pin Entry") : tr("&Pin Entry"));
    m_editAction->setEnabled(entry && writable);
    m_deleteAction->setEnabled(entry && writable);
    m_historyAction->setEnabled(entry && m_workspace);
    m_ui->entryLine->setEnabled(writable);
    m_ui->addEntryButton->setEnabled(writable);
    m_ui->timeEdit->setEnabled(writable);
    m_ui->kindCombo->setEnabled(writable);
    const bool readOnly = m_workspace && !canWriteWarRoom(m_workspace->access());
    m_ui->entryFrame->setVisible(!readOnly);
    m_readOnlyNotice->setVisible(readOnly);
}

// --- Reading -------------------------------------------------------------------------------

bool TimelineEditor::showsUtc() const
{
    return m_ui->utcToggle->isChecked();
}

void TimelineEditor::setShowUtc(bool utc)
{
    m_ui->utcToggle->setChecked(utc);
}

QTimeZone TimelineEditor::displayZone() const
{
    return showsUtc() ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

void TimelineEditor::updateZoneToggle()
{
    const QDateTime now = m_workspace ? m_workspace->clock().nowUtc() : QDateTime::currentDateTimeUtc();
    const QString local = now.toLocalTime().toString(QStringLiteral("t"));
    if (showsUtc()) {
        m_ui->utcToggle->setText(tr("UTC"));
        m_ui->utcToggle->setToolTip(
            tr("Times are in UTC, and @HH:MM is read as UTC. Click for local time (%1).").arg(local));
    } else {
        m_ui->utcToggle->setText(tr("Local · %1").arg(local));
        m_ui->utcToggle->setToolTip(
            tr("Times are local (%1), and @HH:MM is read as local time. Click for UTC.").arg(local));
    }
}

void TimelineEditor::populateAuthors()
{
    const QString current = m_ui->authorFilter->currentData().toString();
    const QSignalBlocker block(m_ui->authorFilter);
    while (m_ui->authorFilter->count() > 1)
        m_ui->authorFilter->removeItem(1);
    QStringList authors = m_model ? m_model->authors() : QStringList();
    if (!current.isEmpty() && !authors.contains(current))
        authors << current; // keep the chosen filter even when their entries are gone
    for (const QString& a : std::as_const(authors))
        m_ui->authorFilter->addItem(a, a);
    m_ui->authorFilter->setCurrentIndex(std::max(0, m_ui->authorFilter->findData(current)));
}

void TimelineEditor::applyFilters()
{
    m_refiltering = true;
    const QVariant k = m_ui->kindFilter->currentData();
    m_proxy->setKindFilter(k.isValid() ? std::optional<EntryKind>(EntryKind(k.toInt())) : std::nullopt);
    m_proxy->setAuthorFilter(m_ui->authorFilter->currentData().toString());
    m_proxy->setPinnedOnly(m_ui->pinnedFilter->isChecked());
    m_proxy->setSearchText(m_ui->searchEdit->text());
    m_refiltering = false;
    m_delegate->setHighlightWords(m_proxy->searchWords());
    updateFilterStatus();
    const QModelIndex current = m_ui->timelineView->currentIndex();
    if (current.isValid())
        m_ui->timelineView->scrollTo(current);
    else
        m_ui->timelineView->scrollToBottom();
}

void TimelineEditor::updateFilterStatus()
{
    const bool filtering = m_proxy->isFiltering();
    m_ui->filterStatus->setVisible(filtering);
    if (!filtering)
        return;
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    m_ui->filterSummary->setText(shown == 0 ? tr("No entry of %1 matches the filters.").arg(total)
                                            : tr("Showing %1 of %2 entries.").arg(shown).arg(total));
}

// --- Following the newest entry ------------------------------------------------------------

void TimelineEditor::onRowsInserted(int first, int last)
{
    if (m_refiltering || m_following)
        return; // following: rangeChanged scrolls down
    const QString me = m_workspace ? m_workspace->actor() : QString();
    int others = 0;
    for (int row = first; row <= last; ++row) {
        if (m_proxy->index(row, 0).data(TimelineModel::AuthorRole).toString() != me)
            ++others;
    }
    if (others == 0)
        return;
    m_newEntries += others;
    updateMarker();
}

void TimelineEditor::onScrolled()
{
    const QScrollBar* bar = m_ui->timelineView->verticalScrollBar();
    m_following = bar->value() >= bar->maximum() - kFollowSlack;
    if (m_following && m_newEntries > 0) {
        m_newEntries = 0;
        updateMarker();
    }
}

void TimelineEditor::jumpToNewest()
{
    m_following = true;
    m_newEntries = 0;
    updateMarker();
    m_ui->timelineView->scrollToBottom();
}

void TimelineEditor::updateMarker()
{
    if (m_newEntries <= 0) {
        m_marker->hide();
        return;
    }
    m_marker->setText(m_newEntries == 1 ? tr("↓ 1 new entry") : tr("↓ %1 new entries").arg(m_newEntries));
    m_marker->adjustSize();
    placeMarker();
    m_marker->show();
    m_marker->raise();
}

void TimelineEditor::placeMarker()
{
    const QRect area = m_ui->timelineView->viewport()->geometry();
    const QSize size = m_marker->sizeHint();
    m_marker->setGeometry(area.left() + (area.width() - size.width()) / 2, area.bottom() - size.height() - 10,
                          size.width(), size.height());
}

void TimelineEditor::switchDraft()
{
    const QUuid shown = m_model ? m_model->incidentId() : QUuid();
    if (shown == m_draftIncident)
        return;
    // What was typed for one incident stays with it.
    if (!m_draftIncident.isNull() && !m_ui->entryLine->text().isEmpty())
        m_drafts.insert(m_draftIncident, m_ui->entryLine->text());
    m_draftIncident = shown;
    m_ui->entryLine->setText(m_drafts.take(shown));
    m_ui->timeEdit->setText(QString());
    setKind(EntryKind::Note);
    clearError();
    updateHint();
}

void TimelineEditor::focusEntryLine()
{
    m_ui->entryLine->setFocus();
}

bool TimelineEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->timelineView && event->type() == QEvent::Resize) {
        placeMarker();
        return false;
    }
    if (watched == m_ui->timelineView && event->type() == QEvent::KeyPress && m_ui->entryLine->isEnabled()) {
        // Typing while the list has focus goes on writing in the entry line.
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            m_ui->entryLine->setFocus();
            m_ui->entryLine->insert(key->text());
            onEntryEdited(m_ui->entryLine->text());
            return true;
        }
        return false;
    }
    if (watched != m_ui->entryLine || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);

    auto* key = static_cast<QKeyEvent*>(event);
    const bool undoKey = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
    // With nothing typed, Ctrl+Z undoes the last timeline edit instead of typing.
    if (undoKey && m_ui->entryLine->text().isEmpty()) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (key->matches(QKeySequence::Undo))
            undoStack()->undo();
        else
            undoStack()->redo();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;

    QListView* view = m_ui->timelineView;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        const int rows = m_proxy->rowCount();
        if (rows == 0)
            return true;
        const QModelIndex current = view->currentIndex();
        int row = current.isValid() ? current.row() + (key->key() == Qt::Key_Up ? -1 : 1) : rows - 1;
        row = std::clamp(row, 0, rows - 1);
        view->setCurrentIndex(m_proxy->index(row, 0));
        view->scrollTo(m_proxy->index(row, 0));
        return true;
    }
    case Qt::Key_PageUp: view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); return true;
    case Qt::Key_PageDown: view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); return true;
    case Qt::Key_Escape:
        if (m_ui->entryError->isVisible()) {
            clearError();
            return true;
        }
        if (kind() != EntryKind::Note) {
            setKind(EntryKind::Note);
            return true;
        }
        return false;
    default: return false;
    }
}

} // namespace warroom
