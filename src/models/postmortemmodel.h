#pragma once
// The postmortem of the incident being viewed, as item models for the editor: the sections,
// the five whys, the review checklist and the linked action items. Every edit is a
// QUndoCommand that writes through PostmortemRepository at once (so other clients see it
// live) and checks that the part it changes still holds what the user saw.

#include "core/actionitem.h"
#include "core/conflict.h"
#include "core/incident.h"
#include "core/postmortem.h"
#include "core/result.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

class QUndoStack;

namespace warroom {

class Workspace;
class PostmortemModel;

/// One editable part of a postmortem.
struct PostmortemPart {
    enum class Kind { Text, Whys, Checklist, Timeline };
    Kind kind = Kind::Text;
    PostmortemField field = PostmortemField::Summary;   ///< for Kind::Text

    /// The part's value in `pm`: QString (Text), QStringList (Whys; Checklist as keys),
    /// QVariantList of {at (ISO UTC), author, kind, text} maps (Timeline).
    QVariant valueIn(const Postmortem& pm) const;
    void setIn(Postmortem& pm, const QVariant& value) const;
    bool operator==(const PostmortemPart&) const = default;
};

/// The five whys, in order; editable, rows can be added, removed and moved (each an undoable edit).
class PostmortemWhysModel final : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PostmortemWhysModel(PostmortemModel* document);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    friend class PostmortemModel;
    void reset(const QStringList& whys);
    PostmortemModel* m_document;
    QStringList m_whys;
};

/// The review checklist: one checkable row per ChecklistItem.
class PostmortemChecklistModel final : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PostmortemChecklistModel(PostmortemModel* document);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    friend class PostmortemModel;
    void reset(const QList<ChecklistItem>& checked);
    PostmortemModel* m_document;
    QList<ChecklistItem> m_checked;
    bool m_enabled = false;
};

/// The incident's action items the postmortem links: text, owner, priority, due (UTC date), state.
class PostmortemActionsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, PriorityColumn, DueColumn, StateColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend class PostmortemModel;
    void reset(const QList<ActionItem>& items);
    QList<ActionItem> m_items;
};

/// The sections of the postmortem of one incident: one row per PostmortemField, in document
/// order (DisplayRole the heading, EditRole the text, FieldRole the field). Follows the
/// workspace: reloads when the incident changes (locally or from another client).
/// Without a postmortem (exists() false) every row is empty and not editable.
class PostmortemModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { FieldRole = Qt::UserRole + 1 };

    /// `workspace` and `undoStack` are not owned; edits are pushed on `undoStack`.
    PostmortemModel(Workspace* workspace, QUndoStack* undoStack, QObject* parent = nullptr);
    ~PostmortemModel() override;

    /// Shows the postmortem of `incidentId` (null: none). Error from storage, also reported by failed().
    Result<void> setIncident(const QUuid& incidentId);
    QUuid incidentId() const { return m_incidentId; }
    /// Reads the postmortem, incident and action items again.
    Result<void> reload();

    bool exists() const { return m_exists; }
    const Postmortem& postmortem() const { return m_postmortem; }
    const Incident& incident() const { return m_incident; }
    const QList<ActionItem>& actionItems() const { return m_actionItems; }

    /// Creates the postmortem pre-filled from the incident (PostmortemRepository::createFromIncident).
    Result<void> createFromIncident();
    /// Sets the narrative timeline to the incident's pinned entries as they are now (an
    /// undoable edit), e.g. after more entries were pinned since the pre-fill.
    void syncTimelineFromIncident();
    /// Moves the review status (not undoable: publishing is written on the timeline).
    Result<void> changeStatus(PostmortemStatus to);

    /// Pushes an undoable edit of `part` from what is shown to `value`; nothing when equal.
    void edit(const PostmortemPart& part, const QVariant& value);
    /// Writes `part` = `value` if the stored postmortem still has `expected` there (used by
    /// the commands). Error "conflict" otherwise, or the repository's.
    Result<void> write(const PostmortemPart& part, const QVariant& expected, const QVariant& value);

    PostmortemWhysModel* whys() const { return m_whys; }
    PostmortemChecklistModel* checklist() const { return m_checklist; }
    PostmortemActionsModel* actions() const { return m_actions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The document (or its existence, status or version) changed; views refresh.
    void postmortemChanged();
    /// An edit or load failed (`code` e.g. "conflict"); nothing was written.
    void failed(const QString& code, const QString& message);
    /// An edit of a text section met someone else's change of it: what the user started
    /// from, wanted and what is stored now (field key = postmortemFieldKey()), with who saved
    /// it when. Emitted just before failed("conflict", ...).
    void conflicted(const warroom::Conflict& conflict);

private:
    void show(const Postmortem& pm, bool exists);

    QPointer<Workspace> m_workspace;
    QPointer<QUndoStack> m_undoStack;
    QUuid m_incidentId;
    bool m_exists = false;
    Postmortem m_postmortem;
    Incident m_incident;
    QList<ActionItem> m_actionItems;
    PostmortemWhysModel* m_whys;
    PostmortemChecklistModel* m_checklist;
    PostmortemActionsModel* m_actions;
};

/// Sets one part of a postmortem; undo sets it back. Consecutive edits of the same text
/// section merge into one step, as typing does.
class PostmortemEditCommand final : public QUndoCommand {
public:
    PostmortemEditCommand(PostmortemModel* model, const PostmortemPart& part, QVariant before, QVariant after,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    /// Emits PostmortemModel::conflicted() when `error` is a conflict over a text section
    /// that someone else changed (base -> mine was the refused edit).
    void reportConflict(const Error& error, const QVariant& base, const QVariant& mine);

    QPointer<PostmortemModel> m_model;
    QUuid m_incidentId;
    PostmortemPart m_part;
    QVariant m_before;
    QVariant m_after;
};

} // namespace warroom
