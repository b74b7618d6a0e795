#pragma once
// Incidents, their services and timelines in the database.

#include "database.h"

#include "core/incident.h"
#include "core/result.h"
#include "core/timelineentry.h"
#include "interchange/importbatch.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace warroom {

/// What one import did. `warnings` are the parser's plus any found while storing.
struct ImportSummary {
    int incidentsAdded = 0;
    int incidentsSkipped = 0;        ///< already present (same source and source id)
    int timelineEntriesAdded = 0;
    QStringList warnings;
};

/// Called during long operations with (done, total) item counts.
using ProgressCallback = std::function<void(qsizetype done, qsizetype total)>;

/// Reads and writes incidents. Every call returns a Result; nothing here shows UI.
/// Error codes: "sql" (database failure), "not-found", "conflict" (a uniqueness or
/// version clash).
class IncidentRepository {
public:
    explicit IncidentRepository(std::shared_ptr<Database> db);

    const std::shared_ptr<Database>& database() const { return m_db; }

    /// Which incidents listIncidents() returns: all, the open ones (Triggered..Mitigated), or the others.
    enum class IncidentSet { All, Open, NotOpen };
    /// Those incidents with their services, ordered by number.
    Result<QList<Incident>> listIncidents(IncidentSet which = IncidentSet::All) const;
    /// `openOnly` keeps Triggered..Mitigated.
    Result<QList<Incident>> listIncidents(bool openOnly) const
    {
        return listIncidents(openOnly ? IncidentSet::Open : IncidentSet::All);
    }
    /// Number of (not deleted) timeline entries per incident id; incidents with none are absent.
    Result<QHash<QUuid, int>> timelineEntryCounts() const;
    /// What the dashboard shows of an incident's timeline: entries (not deleted) and the time
    /// of the last public stakeholder update (UTC; null if none).
    struct TimelineSummary {
        int entries = 0;
        QDateTime lastPublicUpdateAt;
    };
    /// timelineEntryCounts() and IncidentService::lastStakeholderUpdates() in one pass over the
    /// entries; incidents without entries are absent. `openOnly`: of open incidents only
    /// (through the entries' incident index, without reading the others' entries).
    Result<QHash<QUuid, TimelineSummary>> timelineSummaries(bool openOnly = false) const;
    /// Entries (not deleted) of one incident; 0 for an unknown id.
    Result<int> timelineEntryCount(const QUuid& incidentId) const;
    /// timelineSummaries() of one incident in one query (zero entries and a null time when it
    /// has none or is unknown).
    Result<TimelineSummary> timelineSummary(const QUuid& incidentId) const;
    Result<qint64> incidentCount() const;

    /// "INC-12" or "12". Error "not-found" naming the reference.
    Result<Incident> findByRef(const QString& ref) const;
    Result<Incident> findById(const QUuid& id) const;

    /// The incident's timeline ordered by occurred_at then recorded_at; soft-deleted
    /// entries only with `includeDeleted`.
    Result<QList<TimelineEntry>> timeline(const QUuid& incidentId, bool includeDeleted = false) const;
    /// Those of `entryIds` that are entries of `incidentId`, deleted ones included, in no
    /// particular order (ids not found are left out); one query for the batch.
    Result<QList<TimelineEntry>> timelineEntries(const QUuid& incidentId, const QList<QUuid>& entryIds) const;

    /// Stores a new incident (and its services). A null id gets a fresh UUID; number 0
    /// gets the next free number. Returns the stored incident.
    Result<Incident> insertIncident(Incident incident);
    Result<void> insertTimelineEntry(const TimelineEntry& entry);

    /// Writes `incident` (every field and its services) if the stored row still has
    /// `expectedVersion`; the stored version becomes expectedVersion + 1 and the incident as
    /// stored is returned. Error "conflict" when someone else changed it first (nothing is
    /// written), "not-found" when it is gone.
    Result<Incident> updateIncident(const Incident& incident, int expectedVersion);

    /// One timeline entry (deleted ones too). Error "not-found".
    Result<TimelineEntry> findTimelineEntry(const QUuid& id) const;
    /// Writes kind, text, occurred_at, pinned, public and deleted of `entry` if its stored
    /// version is still `expectedVersion`; returns it with the new version. Error "conflict".
    Result<TimelineEntry> updateTimelineEntry(const TimelineEntry& entry, int expectedVersion);
    /// Distinct service names, sorted (for completers).
    Result<QStringList> serviceNames() const;

    /// Stores a parsed history in ONE transaction: incidents already present (same source
    /// and source id) are skipped, and only their missing timeline entries are added. On
    /// any error nothing is written.
    Result<ImportSummary> importBatch(const ImportBatch& batch, const ProgressCallback& progress = {});

private:
    Result<Incident> insertIncidentNoTx(Incident incident, qint64& nextNumber);
    Result<void> insertTimelineEntryNoTx(const TimelineEntry& entry);
    Result<QUuid> serviceIdForName(const QString& name);
    Result<qint64> nextIncidentNumber() const;
    Result<QList<Incident>> selectIncidents(const QString& where, const QVariantList& values) const;
    Incident incidentFromQuery(const QSqlQuery& q) const;
    TimelineEntry entryFromQuery(const QSqlQuery& q) const;
    Result<void> linkServices(const Incident& incident);

    /// A statement prepared once per connection and reused (bulk imports insert millions of
    /// rows); see Database::cachedQuery().
    Result<QSqlQuery*> cached(const QString& sql);
    /// PostgreSQL: waits for the change-log writer lock, so that a new incident number is
    /// computed after every concurrent writer committed. A no-op on SQLite.
    Result<void> lockWriters();

    std::shared_ptr<Database> m_db;
    QHash<QString, QUuid> m_serviceIds;   ///< name -> id, only during importBatch()
    bool m_cacheServiceIds = false;
};

} // namespace warroom
