#pragma once
// One incident's timeline (the running incident document) as a list.

#include "core/result.h"
#include "core/timelineentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>

namespace warroom {

class IncidentRepository;

/// The (not deleted) timeline entries of one incident, oldest first (occurredAt, then
/// recordedAt). Times in roles are UTC. Empty until load().
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
    };
    Q_ENUM(Role)

    /// `repository` must outlive the model.
    explicit TimelineModel(IncidentRepository& repository, QObject* parent = nullptr);

    /// Loads the timeline of `incidentId` (one model reset). A null id clears. On error the
    /// model is cleared and the repository's Error ("sql") is returned.
    Result<void> load(const QUuid& incidentId);
    /// Loads the current incident again; nothing when none is loaded.
    Result<void> reload();
    void clear();

    /// The incident whose timeline is shown; null when none.
    QUuid incidentId() const { return m_incidentId; }
    /// The entry in `row` (0 <= row < rowCount()).
    const TimelineEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    IncidentRepository& m_repository;
    QUuid m_incidentId;
    QList<TimelineEntry> m_entries;
};

} // namespace warroom
