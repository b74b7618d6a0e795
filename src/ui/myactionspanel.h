#pragma once
// "My action items": the actor's action items across every incident.

#include <QPointer>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QUndoStack;

namespace Ui {
class MyActionsPanel;
}

namespace warroom {

class ActionItemDelegate;
class MyActionItemsModel;
class TimelineCommandContext;
class Workspace;

/// The workspace actor's open action items across incidents ("myActionItemsView", with the
/// incident, overdue ones red; "showFinishedCheck" adds done and cancelled ones). State,
/// priority and due date are edited inline (F2, or a click on the selected cell) as
/// undoable commands. Double-clicking a row, or Enter, asks to show its incident
/// (incidentActivated).
/// Reloads on every workspace change and on reload().
class MyActionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MyActionsPanel(QWidget* parent = nullptr);
    ~MyActionsPanel() override;

    /// Where items are read and written (not owned; nullptr: nothing shown) and the undo
    /// stack (not owned; nullptr: a stack of the panel's own).
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void setTimeZone(const QTimeZone& zone);

    MyActionItemsModel* model() const { return m_model.get(); }
    QTableView* view() const;

public slots:
    /// Reads the items again (after the actor changed, say).
    void reload();

signals:
    /// The user asked to see this incident.
    void incidentActivated(const QUuid& incidentId);

private:
    void updateSummary();
    void showError(const QString& message);

    std::unique_ptr<::Ui::MyActionsPanel> m_ui;
    std::unique_ptr<MyActionItemsModel> m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    ActionItemDelegate* m_delegate = nullptr;
    QPointer<Workspace> m_workspace;
    QUndoStack* m_ownStack = nullptr;
    TimelineCommandContext* m_context = nullptr;
    QTimer* m_tick = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace warroom
