#pragma once
// An open database and what the panels read from it.

#include "core/clock.h"
#include "core/result.h"
#include "storage/accessroles.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include <QObject>

#include <memory>

namespace warroom {

class IncidentTableModel;
class OfflineWrites;
class TimelineModel;

/// One open database on the GUI thread, its repository and the models over it: the
/// incident table (for the dashboard) and the timeline of the incident being viewed.
/// Switching databases means building a new Workspace. The clock must outlive it.
class Workspace : public QObject {
    Q_OBJECT
public:
    /// Parses `urlText` ("sqlite:/path.db", "postgresql://...", or a bare file path),
    /// opens and migrates the database. Errors: "bad-url", "driver", "open",
    /// "schema-too-new", "migration", "sql", each with a message for people.
    static Result<std::unique_ptr<Workspace>> open(const QString& urlText, const Clock& clock);
    static Result<std::unique_ptr<Workspace>> open(const DatabaseUrl& url, const Clock& clock);

    /// Over an already open and migrated database.
    Workspace(std::shared_ptr<Database> database, const Clock& clock, QObject* parent = nullptr);
    ~Workspace() override;

    const DatabaseUrl& url() const { return m_database->url(); }
    /// Short name for titles: the file name for SQLite, "database@host" for PostgreSQL.
    QString displayName() const;

    const std::shared_ptr<Database>& database() const { return m_database; }
    IncidentRepository& repository() { return m_repository; }
    /// The war-room operations (declare, status, roles, timeline edits, action items).
    IncidentService& service() { return m_service; }

    /// What this connection may write (read from the database's GRANTs when the workspace was
    /// built; always Commander on SQLite). Panels and actions offer only what it allows; the
    /// database refuses the rest anyway. When it cannot be read, Commander (with a warning in
    /// the log), so the database decides.
    AccessLevel access() const { return m_access; }

    /// Handle of the person using this window: the author of everything written through it.
    QString actor() const { return m_actor; }
    void setActor(const QString& handle) { m_actor = handle; }

    /// Writes that go on while the server is away (timeline entries, their edits, action
    /// items), queued in an outbox and replayed on reconnect. Workspace::open() gives a
    /// PostgreSQL workspace an outbox in the user's data directory (OutboxStore::defaultPath).
    OfflineWrites* writes() const { return m_writes; }

    /// Call after writing through service(): every model over this database refreshes what
    /// it shows of that incident (a null id: of everything). Remote changes arrive the same way.
    /// While offline only the shown timeline reloads (from what was read last and the outbox).
    void notifyIncidentChanged(const QUuid& incidentId);
    /// A narrower notifyIncidentChanged() for changes made elsewhere (LiveSync): timeline
    /// entries `entryIds` of `incidentId` were inserted or updated (soft deletes included) and
    /// nothing else of it changed. Emits entriesChanged(), so the views update just those rows
    /// and the incident's entry summary instead of re-reading the incident and its timeline.
    /// While offline, as notifyIncidentChanged().
    void notifyEntriesChanged(const QUuid& incidentId, const QList<QUuid>& entryIds);
    IncidentTableModel* incidents() const { return m_incidents; }
    TimelineModel* timeline() const { return m_timeline; }
    const Clock& clock() const { return m_clock; }

    /// Reloads the incident table and the shown timeline. Error "sql" on failure.
    Result<void> reload();

signals:
    /// Something about `incidentId` (null: anything) changed in the database.
    void incidentChanged(const QUuid& incidentId);
    /// Only timeline entries `entryIds` of `incidentId` (never null) changed, and only
    /// elsewhere (see notifyEntriesChanged()). Whoever shows the workspace's timeline()
    /// applies them to it (TimelineModel::applyChangedEntries()).
    void entriesChanged(const QUuid& incidentId, const QList<QUuid>& entryIds);

private:
    std::shared_ptr<Database> m_database;
    IncidentRepository m_repository;
    const Clock& m_clock;
    IncidentService m_service;
    QString m_actor;
    AccessLevel m_access = AccessLevel::Commander;
    IncidentTableModel* m_incidents = nullptr;
    TimelineModel* m_timeline = nullptr;
    OfflineWrites* m_writes = nullptr;
};

} // namespace warroom
