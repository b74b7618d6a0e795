#pragma once
// The side-by-side view of an edit conflict: yours, theirs, and a merged version to edit.

#include "core/conflict.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace warroom {

/// Shows a Conflict: for each field its label, "Yours" and "Theirs (by @who, at hh:mm)" side
/// by side (read-only; fields whose values differ highlighted) and a "Merged" editor
/// pre-filled with ConflictField::mergeProposal(). Buttons Keep Mine ("keepMineButton"),
/// Take Theirs ("takeTheirsButton"), Merge ("mergeButton") and Cancel accept or reject it
/// with resolution() set; the caller writes it. Editors are named "mine_<key>",
/// "theirs_<key>" and "merged_<key>" (QLineEdit for one line, QPlainTextEdit for several).
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const Conflict& conflict, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    const Conflict& conflict() const { return m_conflict; }
    /// The choice made (Cancel until a button was pressed, or when rejected) and the values
    /// to write by field key (for Merge, what the Merged editors hold).
    ConflictResolution resolution() const { return m_resolution; }
    /// What the Merged editor of `key` holds now; empty for an unknown key.
    QString mergedValue(const QString& key) const;
    /// Replaces the Merged editor's text of `key`.
    void setMergedValue(const QString& key, const QString& value);
    /// Settles the conflict as if the matching button was pressed (accepts; Cancel rejects).
    void choose(ConflictChoice choice);

private:
    QWidget* addValue(const QString& name, const QString& value, bool multiLine, bool readOnly, bool highlighted,
                      int row, int column);

    std::unique_ptr<::Ui::ConflictDialog> m_ui;
    Conflict m_conflict;
    ConflictResolution m_resolution;
    QHash<QString, QWidget*> m_merged;
};

} // namespace warroom
