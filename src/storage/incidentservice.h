#pragma once
// The war-room operations: each one checks the rules in core, writes its change and the
// matching timeline entry in ONE transaction, and returns the stored result.

#include "incidentrepository.h"

#include "core/actionitem.h"
#include "core/clock.h"
#include "core/lifecycle.h"
#include "core/roles.h"
#include "core/timelineinput.h"

#include <optional>

namespace warroom {

/// What a new incident starts with. `startedAt` null means "now" (impact start may be backdated).
struct DeclareRequest {
    QString title;
    SeverityLevel severity = 2;
    QStringList services;
    QString summary;
    QDateTime startedAt;
};

/// Changes to a timeline entry; unset fields stay as they are.
struct EntryChange {
    std::optional<QString> text;
    std::optional<EntryKind> kind;
    std::optional<QDateTime> occurredAt;
    std::optional<bool> pinned;
    std::optional<bool> isPublic;
    std::optional<bool> deleted;
};

/// A requested hand-off of a role, waiting for the incoming holder to accept it.
struct HandOff {
    QUuid id;
    QUuid incidentId;
    IncidentRole role = IncidentRole::Commander;
    QString fromHolder;
    QString toHolder;
    HandOffBrief brief;
    QDateTime requestedAt;
    QString requestedBy;
    QDateTime acceptedAt;       ///< null while pending
    QDateTime cancelledAt;      ///< null unless withdrawn
    int version = 1;

    bool isPending() const { return !acceptedAt.isValid() && !cancelledAt.isValid(); }
};

/// Every write an incident commander or scribe makes. `actor` is the handle of the person
/// acting (the author of the timeline entries written, and the actor the change log records
/// for every row the operation writes; see Database::setActor). Error codes, besides storage's:
/// "illegal-transition", "bad-time", "not-reached", "invalid" (bad input, with the reason),
/// "unknown-person", "not-found", "conflict" (someone changed it first; nothing written).
class IncidentService {
public:
    IncidentService(std::shared_ptr<Database> db, const Clock& clock);

    IncidentRepository& repository() { return m_repo; }
    const std::shared_ptr<Database>& database() const { return m_db; }

    // --- Incidents -----------------------------------------------------------------------
    /// Declares an incident: status Investigating, detected/declared now, the declarer is
    /// incident commander (added to the people directory if new). Writes a status-change
    /// entry and the commander's role span.
    Result<Incident> declare(const DeclareRequest& request, const QString& actor);
    /// Moves the incident through the lifecycle state machine; writes a status-change entry.
    Result<Incident> changeStatus(const QUuid& incidentId, IncidentStatus to, const QString& actor,
                                  std::optional<int> expectedVersion = std::nullopt);
    Result<Incident> reopen(const QUuid& incidentId, const QString& actor,
                            std::optional<int> expectedVersion = std::nullopt);
    /// Changes severity; the entry says "SEV3 → SEV1".
    Result<Incident> reclassify(const QUuid& incidentId, SeverityLevel severity, const QString& actor,
                                std::optional<int> expectedVersion = std::nullopt);
    /// Corrects one lifecycle time; the entry records old and new values.
    Result<Incident> correctTime(const QUuid& incidentId, LifecycleField field, const QDateTime& timeUtc,
                                 const QString& actor, std::optional<int> expectedVersion = std::nullopt);
    /// Sets title and summary of the incident as of `expectedVersion` (the version the user
    /// edited); the entry records the new title and summary. Nothing is written when neither
    /// changed. Errors "conflict" (changed meanwhile; nothing written), "invalid" (empty title).
    Result<Incident> editDetails(const QUuid& incidentId, int expectedVersion, const QString& title,
                                 const QString& summary, const QString& actor);

    // --- Timeline ------------------------------------------------------------------------
    /// Adds an entry; `occurredAt` null means now. A `/action` entry also creates an open
    /// action item with the same text. `entryId` null picks a new id; a caller-chosen id makes
    /// the call idempotent: when that entry already exists in this incident (a replayed
    /// offline write), it is returned and nothing is written.
    Result<TimelineEntry> addEntry(const QUuid& incidentId, EntryKind kind, const QString& text, const QString& actor,
                                   const QDateTime& occurredAt = {}, bool pinned = false, bool isPublic = false,
                                   const QUuid& entryId = {});
    /// Applies `change` to the entry as of `expectedVersion`, keeping the previous state as a
    /// revision (who, when, what). Deleting is `change.deleted = true` (soft).
    Result<TimelineEntry> editEntry(const QUuid& entryId, int expectedVersion, const EntryChange& change,
                                    const QString& actor);
    /// Every stored state of an entry, oldest first; empty for an entry never edited.
    Result<QList<EntryRevision>> revisions(const QUuid& entryId) const;
    /// Revisions of every entry of an incident, by entry id.
    Result<QHash<QUuid, QList<EntryRevision>>> revisionsOfIncident(const QUuid& incidentId) const;
    /// A public stakeholder update.
    Result<TimelineEntry> postStakeholderUpdate(const QUuid& incidentId, const QString& text, const QString& actor);
    /// Time of the last public stakeholder update (null if none).
    Result<QDateTime> lastStakeholderUpdateAt(const QUuid& incidentId) const;
    /// Last public stakeholder update per incident id (incidents without one are absent).
    Result<QHash<QUuid, QDateTime>> lastStakeholderUpdates() const;

    // --- People and roles ----------------------------------------------------------------
    Result<QList<Person>> people() const;
    Result<Person> findPerson(const QString& handle) const;
    /// Inserts or updates by handle. Error "invalid" for a bad handle.
    Result<Person> savePerson(Person person);
    Result<void> removePerson(const QString& handle);
    /// CSV with a header row naming columns handle,name,team,contact (any order; handle
    /// required), RFC 4180 quoting. One transaction: any bad row refuses the whole file with
    /// its line number. Returns how many people were added or updated.
    Result<int> importPeopleCsv(const QByteArray& csv);

    /// Gives `role` to `holder` now. For a single-holder role held by someone else this is a
    /// direct hand-off: the current span ends, the new one starts, and a hand-off entry (with
    /// `brief` if given) goes on the timeline. Assigning the commander also sets the
    /// incident's commander. Error "unknown-person" unless `holder` is in the directory.
    Result<RoleAssignment> assignRole(const QUuid& incidentId, IncidentRole role, const QString& holder,
                                      const QString& actor, const HandOffBrief& brief = {});
    /// Ends a current span (e.g. an SME leaves, or a role is left vacant).
    Result<void> endRole(const QUuid& assignmentId, const QString& actor);
    /// Every span of every role of the incident, oldest first.
    Result<QList<RoleAssignment>> roleHistory(const QUuid& incidentId) const;
    /// The current holders (open spans).
    Result<QList<RoleAssignment>> currentRoles(const QUuid& incidentId) const;

    /// Asks `toHolder` to take over `role` with `brief`; the request and the brief go on the
    /// timeline. The current holder keeps the role until the hand-off is accepted.
    Result<HandOff> requestHandOff(const QUuid& incidentId, IncidentRole role, const QString& toHolder,
                                   const HandOffBrief& brief, const QString& actor);
    /// The incoming holder accepts: spans switch and the acceptance goes on the timeline.
    Result<RoleAssignment> acceptHandOff(const QUuid& handOffId, const QString& actor);
    Result<void> cancelHandOff(const QUuid& handOffId, const QString& actor);
    Result<QList<HandOff>> handOffs(const QUuid& incidentId) const;

    // --- Action items --------------------------------------------------------------------
    /// Adds `item` (a null id picks a new one). Idempotent for a caller-chosen id: when an
    /// item with that id exists, it is returned and nothing is written.
    Result<ActionItem> addActionItem(ActionItem item, const QString& actor);
    /// Writes the item if it is still at `expectedVersion`; a state change goes on the timeline.
    Result<ActionItem> updateActionItem(const ActionItem& item, int expectedVersion, const QString& actor);
    Result<QList<ActionItem>> actionItems(const QUuid& incidentId) const;
    /// Every action item owned by `owner` across incidents (open ones first, then by due date).
    Result<QList<ActionItem>> actionItemsOwnedBy(const QString& owner) const;

private:
    Result<Incident> loadForChange(const QUuid& incidentId, std::optional<int> expectedVersion);
    Result<TimelineEntry> writeEntry(const QUuid& incidentId, EntryKind kind, const QString& text,
                                     const QString& actor, const QDateTime& occurredAt, bool pinned, bool isPublic,
                                     const QUuid& entryId = {});
    Result<void> writeRevision(const TimelineEntry& state, int revision, const QString& editor, const QDateTime& at);
    Result<RoleAssignment> startSpan(const QUuid& incidentId, IncidentRole role, const QString& holder,
                                     const QString& actor, const QDateTime& at);
    Result<void> requireKnownPerson(const QString& handle) const;
    Result<Incident> setCommander(const QUuid& incidentId, const QString& holder);
    RoleAssignment assignmentFromQuery(const QSqlQuery& q) const;
    ActionItem actionItemFromQuery(const QSqlQuery& q) const;
    HandOff handOffFromQuery(const QSqlQuery& q) const;
    /// The rows of an executed SELECT, each mapped to a T; the query's error otherwise.
    template <typename T, typename Mapper>
    static Result<QList<T>> mapRows(Result<QSqlQuery>& query, Mapper mapper);
    /// The hand-off if it is still waiting; "not-found" or "invalid" otherwise.
    Result<HandOff> pendingHandOff(const QUuid& handOffId) const;

    std::shared_ptr<Database> m_db;
    IncidentRepository m_repo;
    const Clock& m_clock;
};

} // namespace warroom
