#pragma once
// One incident's action items: the list, inline editing, and a line to add one.

#include <QPointer>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <memory>

class QTableView;
class QTimer;
class QUndoStack;

namespace Ui {
class ActionItemsPanel;
}

namespace warroom {

class ActionItemDelegate;
class ActionItemModel;
class TimelineCommandContext;
class UserPrompts;
class Workspace;
struct Conflict;

/// The action items of the incident given to setIncident(): text, owner, priority, due
/// date and state ("actionItemsView"; overdue rows red, re-checked every 30 seconds).
/// Owner, priority, due date and state are edited inline; text too (F2). The add line
/// ("actionTextEdit", owner, priority, due; Enter or "addActionButton") adds one. Every
/// change is an undoable command on the stack given to setWorkspace(); refused ones show in
/// "actionError". /action timeline entries appear here by themselves.
class ActionItemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActionItemsPanel(QWidget* parent = nullptr);
    ~ActionItemsPanel() override;

    /// Where items are read and written (not owned; nullptr: nothing shown) and the undo
    /// stack (not owned; nullptr: a stack of the panel's own).
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    /// Shows that incident's items; a null id shows none.
    void setIncident(const QUuid& incidentId);
    /// Where a conflicting edit is settled (UserPrompts::resolveConflict; not owned; nullptr:
    /// the refusal only shows inline): the fields the user changed, theirs beside them; Keep
    /// Mine or Merge pushes a new edit of the item as stored now.
    void setPrompts(UserPrompts* prompts) { m_prompts = prompts; }
    /// Zone of the due dates shown and entered.
    void setTimeZone(const QTimeZone& zone);

    ActionItemModel* model() const { return m_model.get(); }
    QTableView* view() const;

public slots:
    /// Adds the item described by the add line.
    void addItem();

signals:
    /// Open and overdue counts changed (e.g. for a tab title).
    void countsChanged(int open, int overdue);

private:
    void updateSummary();
    void refreshPeople();
    void showError(const QString& message);
    QUndoStack* undoStack() const;
    void resolveConflict(const QUuid& itemId, const Conflict& conflict);

    std::unique_ptr<::Ui::ActionItemsPanel> m_ui;
    std::unique_ptr<ActionItemModel> m_model;
    ActionItemDelegate* m_delegate = nullptr;
    QPointer<Workspace> m_workspace;
    QPointer<QUndoStack> m_stack;
    QUndoStack* m_ownStack = nullptr;
    TimelineCommandContext* m_context = nullptr;
    QTimer* m_tick = nullptr;
    QUuid m_incidentId;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_pushFailed = false;
    UserPrompts* m_prompts = nullptr;
};

} // namespace warroom
