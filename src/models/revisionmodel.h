#pragma once
// The revision history of one timeline entry: who changed what, when.

#include "core/timelineentry.h"
#include "core/timelineinput.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace warroom {

/// What changed from `before` to `after`, for people: "Written", "Text edited",
/// "Kind: Note → Decision", "Time: 14:05 → 13:58 UTC", "Pinned", "Deleted", "Restored", ...
/// joined by "; ". `before` null: the first revision ("Written"). Times shown in `zone`.
QString describeRevisionChange(const EntryRevision* before, const EntryRevision& after, const QTimeZone& zone);

/// HTML of a word-level diff from `before` to `after`: removed words struck through in red,
/// added words in green, the rest plain (all of it HTML-escaped).
QString wordDiffHtml(const QString& before, const QString& after);

/// One row per revision, oldest first: revision number, editor, time (in the chosen zone,
/// with its abbreviation) and what changed against the previous revision.
class RevisionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RevisionColumn, EditorColumn, EditedAtColumn, ChangeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RevisionRole = Qt::UserRole + 1, ///< int, 1 = as first written
        EditedAtRole,                    ///< QDateTime UTC
        TextBeforeRole,                  ///< QString, the text of the previous revision (empty for the first)
        TextAfterRole,                   ///< QString, the text of this revision
        DiffHtmlRole,                    ///< QString, wordDiffHtml() of before → after, with other changes
        DeletedRole,                     ///< bool, the entry was deleted in this revision
    };
    Q_ENUM(Role)

    explicit RevisionModel(QObject* parent = nullptr);

    /// Shows `revisions` of `entry` (from IncidentService::revisions). An entry never edited
    /// has none stored; then its single row is the entry as written (author, recordedAt).
    void setRevisions(const TimelineEntry& entry, const QList<EntryRevision>& revisions);
    /// Zone of the EditedAtColumn text (default UTC).
    void setTimeZone(const QTimeZone& zone);
    const QList<EntryRevision>& revisions() const { return m_revisions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EntryRevision> m_revisions;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace warroom
