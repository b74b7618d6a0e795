#pragma once
// Inline editors for the action item tables: owner, priority and state as combo boxes, the
// due date as a date-time field ("No due date" at its minimum), the text as a line.

#include <QStringList>
#include <QStyledItemDelegate>
#include <QTimeZone>

namespace warroom {

/// Delegate for views over an ActionItemModel (or a proxy of it). Picking an entry in a
/// combo box commits it at once, so a state change is one click.
class ActionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ActionItemDelegate(QObject* parent = nullptr);

    /// Handles offered as owners (besides "Unassigned").
    void setPeople(const QStringList& handles) { m_people = handles; }
    /// Zone of the due date editor: UTC or the system's.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    /// Draws the priority colour as a small dot instead of a square.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_people;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

/// The earliest date-time a due-date editor offers; showing it means "no due date".
QDateTime noDueDateValue();

} // namespace warroom
