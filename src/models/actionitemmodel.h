#pragma once
// Action items as a table: one incident's (ActionItemModel) or one person's across
// incidents (MyActionItemsModel), editable through undoable commands.

#include "core/actionitem.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QUndoStack>
#include <QUuid>

namespace warroom {

class TimelineCommandContext;
class Workspace;

/// The action items of one incident, in the order they were created. Reloads itself on
/// Workspace::incidentChanged for its incident (changing only the rows that changed).
/// Overdue items (not finished, due before the workspace clock's now) carry OverdueRole and
/// a red background; finished ones are greyed. Due dates show as "2 Jul 13:00 UTC" in the
/// chosen zone; the tooltip says how long until (or since) they are due. Editable (text, owner, priority, due date,
/// state) once setUndoStack() was called: setData() pushes an EditActionItemCommand.
class ActionItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, PriorityColumn, DueColumn, StateColumn, IncidentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< QUuid
        IncidentIdRole,                ///< QUuid
        IncidentRefRole,               ///< QString "INC-12" (MyActionItemsModel only)
        OverdueRole,                   ///< bool
        FinishedRole,                  ///< bool, done or cancelled
        SortRole,                      ///< a value that sorts the column sensibly
    };
    Q_ENUM(Role)

    /// `workspace` must outlive the model.
    explicit ActionItemModel(Workspace& workspace, QObject* parent = nullptr);
    ~ActionItemModel() override;

    /// Shows the items of `incidentId` (a null id: none); one reset.
    Result<void> setIncident(const QUuid& incidentId);
    QUuid incidentId() const { return m_incidentId; }
    /// Reads the items again, changing only the rows that changed. Error "sql".
    Result<void> reload();

    /// Edits go on `stack` as commands reporting through `context` (both not owned;
    /// nullptr: read-only).
    void setUndoStack(QUndoStack* stack, TimelineCommandContext* context);
    /// Zone of the due dates shown (default: the system's).
    void setTimeZone(const QTimeZone& zone);

    const ActionItem& itemAt(int row) const { return m_items.at(row); }
    /// Row of that item; -1 when not shown.
    int rowForId(const QUuid& itemId) const;
    /// Items not done or cancelled.
    int openCount() const;
    /// Open items past their due date.
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// EditRole values: text and owner QString, priority and state int (the enum), due
    /// QDateTime (UTC; invalid for none).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

public slots:
    /// Re-evaluates what is overdue against the clock (call once a minute).
    void tick();

signals:
    /// openCount() or overdueCount() may have changed.
    void countsChanged();

protected:
    /// Items to show, in order; the default reads the incident's.
    virtual Result<QList<ActionItem>> fetch();
    /// Number of columns shown (the Incident column only across incidents).
    virtual int shownColumns() const { return IncidentColumn; }
    /// "INC-12" of an incident, for IncidentColumn.
    virtual QString incidentRef(const QUuid& incidentId) const;
    /// Whether a change of `incidentId` (null: anything) may concern the items shown.
    virtual bool concerns(const QUuid& incidentId) const;
    Workspace& workspace() const { return m_workspace; }

private:
    void setItems(QList<ActionItem> items);
    bool isOverdue(const ActionItem& item) const;

    Workspace& m_workspace;
    QUuid m_incidentId;
    QList<ActionItem> m_items;
    QSet<QUuid> m_overdue;
    QPointer<QUndoStack> m_stack;
    QPointer<TimelineCommandContext> m_context;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

/// The workspace actor's action items across every incident (IncidentService::
/// actionItemsOwnedBy: open ones first, then by due date), with an Incident column.
/// Reloads on any Workspace::incidentChanged and when the actor changes (reload()).
class MyActionItemsModel : public ActionItemModel {
    Q_OBJECT
public:
    explicit MyActionItemsModel(Workspace& workspace, QObject* parent = nullptr);

    /// The handle whose items are shown (the workspace actor at the last reload).
    QString owner() const { return m_owner; }

protected:
    Result<QList<ActionItem>> fetch() override;
    int shownColumns() const override { return ColumnCount; }
    QString incidentRef(const QUuid& incidentId) const override;
    bool concerns(const QUuid& incidentId) const override;

private:
    QString m_owner;
    QHash<QUuid, QString> m_refs; ///< incident id -> "INC-12"
};

} // namespace warroom
