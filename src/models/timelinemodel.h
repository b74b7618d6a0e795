#pragma once
// One incident's timeline (the running incident document) as a list.

#include "core/result.h"
#include "core/timelineentry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace warroom {

class IncidentRepository;
class IncidentService;

/// The (not deleted) timeline entries of one incident, oldest first (occurredAt, then
/// recordedAt). Times in roles are UTC. Empty until load(). Loading another incident resets
/// the model; reloading the same one changes only the rows that changed (inserted, removed,
/// moved, dataChanged), so views keep their scroll position and selection.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< QUuid
        OccurredAtRole,                 ///< QDateTime UTC
        RecordedAtRole,                 ///< QDateTime UTC
        KindRole,                       ///< int, an EntryKind value
        KindNameRole,                   ///< QString, translated ("Stakeholder update")
        AuthorRole,                     ///< QString
        TextRole,                       ///< QString (also DisplayRole)
        PinnedRole,                     ///< bool
        PublicRole,                     ///< bool, shown on the public status page
        VersionRole,                    ///< int, the row version (each edit adds one)
        EditedRole,                     ///< bool, text, kind or time changed since written (needs setService())
        PendingRole,                    ///< bool, written offline and not yet on the server (see setOverlay())
    };
    Q_ENUM(Role)

    /// `repository` must outlive the model.
    explicit TimelineModel(IncidentRepository& repository, QObject* parent = nullptr);

    /// Where EditedRole comes from (the revisions); nullptr: EditedRole is always false.
    /// Must outlive the model or be unset first. Takes effect at the next load.
    void setService(const IncidentService* service);

    /// Turns the stored entries of an incident into what is shown, adding and changing the
    /// ones written offline (sync/Outbox::overlay) and naming them in the set (PendingRole).
    using Overlay = std::function<QList<TimelineEntry>(const QUuid& incidentId, QList<TimelineEntry> stored,
                                                       QSet<QUuid>* pending)>;
    /// With an overlay, a reload that cannot read the database (the server is away) keeps the
    /// entries last read instead of clearing, so the document stays in view and entries
    /// written meanwhile appear, pending. Takes effect at the next load.
    void setOverlay(Overlay overlay);

    /// Loads the timeline of `incidentId`: another incident than the shown one resets the
    /// model; the same one updates changed rows only. A null id clears. On error the model
    /// is cleared and the repository's Error ("sql") is returned.
    Result<void> load(const QUuid& incidentId);
    /// Loads the current incident again; nothing when none is loaded.
    Result<void> reload();
    /// Entries `entryIds` of the shown incident were inserted or changed (a soft delete is a
    /// change) elsewhere: reads just those (one query) and inserts, moves, changes or removes
    /// their rows in place, so the result is the same as reload() at a cost that does not grow
    /// with the timeline. Ids of other incidents are ignored. Falls back to reload() for a
    /// batch of more than maxAppliedEntries() ids, while entries written offline are shown or
    /// queued for this incident (setOverlay()), and when the read fails. Errors as reload().
    Result<void> applyChangedEntries(const QList<QUuid>& entryIds);
    /// The largest batch applyChangedEntries() applies row by row.
    static constexpr int maxAppliedEntries() { return 64; }
    void clear();

    /// The incident whose timeline is shown; null when none.
    QUuid incidentId() const { return m_incidentId; }
    /// The entry in `row` (0 <= row < rowCount()).
    const TimelineEntry& entryAt(int row) const { return m_entries.at(row); }
    /// Row of the entry with that id; -1 when it is not shown.
    int rowForId(const QUuid& entryId) const;
    /// The shown entry with that id, if any.
    std::optional<TimelineEntry> entry(const QUuid& entryId) const;
    /// Every author of a shown entry, sorted case-insensitively.
    QStringList authors() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The set of authors() changed (after a load that brought a new author or lost one).
    void authorsChanged();

private:
    /// Ids of the entries in `entries` whose text, kind or time was edited.
    QSet<QUuid> editedEntries(const QList<TimelineEntry>& entries);
    void setEntries(QList<TimelineEntry> entries, QSet<QUuid> edited, QSet<QUuid> pending);
    /// Puts the stored state of one entry in its row (or takes it out when deleted or gone).
    /// Returns true when a row was removed.
    bool applyEntry(const QUuid& id, const TimelineEntry* stored, bool edited);

    IncidentRepository& m_repository;
    const IncidentService* m_service = nullptr;
    QUuid m_incidentId;
    QList<TimelineEntry> m_entries;
    QSet<QUuid> m_edited;
    QSet<QUuid> m_pending;            ///< shown entries written offline, not yet on the server
    QList<TimelineEntry> m_stored;    ///< as last read from the database (with an overlay)
    Overlay m_overlay;
    QHash<QUuid, std::pair<int, bool>> m_editedCache; ///< entry id -> (version, edited) last computed
    QStringList m_authors;
};

} // namespace warroom
