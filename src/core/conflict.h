#pragma once
// Edit conflicts: someone else saved the same row between the moment a user loaded it and
// the moment the user saved. A Conflict holds, per field, what the user saw (base), what the
// user wants (mine) and what is stored now (theirs), and decides what each choice writes.
// See docs/sync.md ("Conflicts").

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace warroom {

/// One field of a conflicting edit, as plain text (times, states and owners are compared in
/// their stable text form).
struct ConflictField {
    QString key;            ///< stable name ("title", "summary", "text", ...)
    QString label;          ///< translated name for people ("Title")
    QString base;           ///< the value the user started from
    QString mine;           ///< the value the user wants
    QString theirs;         ///< the value stored now
    bool multiLine = false; ///< free text over several lines (summary, postmortem section)
    /// For a field that is not free text (a state, a priority, a due date): stored value ->
    /// what people read. Such a field is chosen, not merged: its merge proposal is keepMine().
    QHash<QString, QString> labels;

    bool isFreeText() const { return labels.isEmpty(); }
    /// `value` as people read it (its label, or the value itself).
    QString display(const QString& value) const { return labels.value(value, value); }

    bool changedByMe() const { return mine != base; }
    bool changedByThem() const { return theirs != base; }
    /// Mine and theirs show different values (highlighted side by side).
    bool differs() const { return mine != theirs; }
    /// Both sides changed the field, to different values: somebody has to decide.
    bool collides() const { return changedByMe() && changedByThem() && differs(); }
    /// What "keep mine" writes: my value where I changed the field, theirs elsewhere (their
    /// change to a field I did not touch is not undone).
    QString keepMine() const { return changedByMe() ? mine : theirs; }
    /// What "merge" proposes (editable by the user): see mergeText().
    QString mergeProposal() const;
};

/// A three-way merge proposal of a text field. The side that changed wins when only one did;
/// equal changes are taken once. When both changed it: if one value contains the other, the
/// longer; otherwise, for multi-line text, theirs followed by the lines of mine that are in
/// neither theirs nor base (what I added or reworded); for a single line, "theirs / mine".
QString mergeText(const QString& base, const QString& mine, const QString& theirs, bool multiLine);

/// How the user settled a conflict.
enum class ConflictChoice {
    Cancel,     ///< nothing written; the stored state stays (the user's text is still shown to them)
    KeepMine,   ///< write ConflictField::keepMine() on the new version
    TakeTheirs, ///< write nothing: the stored values stand
    Merge,      ///< write the merged values the user edited, on the new version
};

/// A conflicting edit of one row: who changed it meanwhile, and every field the user edited.
struct Conflict {
    QString subject;     ///< what was edited, for people ("INC-12 details", "Action item “…”")
    QString theirAuthor; ///< handle of whoever saved the stored version; empty if unknown
    QDateTime theirTime; ///< when they saved it (UTC); null if unknown
    QList<ConflictField> fields;

    /// True when at least one field collides; otherwise mine can be re-applied without asking.
    bool needsDecision() const;
    /// Indexes of the fields whose mine and theirs differ.
    QList<int> differingFields() const;
    /// The value of `key` for `choice` (Merge uses the proposals); `key` must be a field.
    QString resolvedValue(const QString& key, ConflictChoice choice) const;
    /// key -> value for `choice` (empty for Cancel).
    QHash<QString, QString> resolvedValues(ConflictChoice choice) const;
    /// The field named `key`, or nullptr.
    const ConflictField* field(const QString& key) const;
};

/// The user's answer: the choice and, for Merge (and KeepMine/TakeTheirs), the values to
/// write by field key. For TakeTheirs the values equal the stored ones.
struct ConflictResolution {
    ConflictChoice choice = ConflictChoice::Cancel;
    QHash<QString, QString> values;

    bool writes() const { return choice == ConflictChoice::KeepMine || choice == ConflictChoice::Merge; }
};

} // namespace warroom
