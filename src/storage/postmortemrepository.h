#pragma once
// Postmortems in the database (schema 4): one per incident, saved as a whole with a version
// check, and status moves that go on the incident's timeline.

#include "database.h"

#include "core/clock.h"
#include "core/postmortem.h"
#include "core/result.h"

#include <memory>

namespace warroom {

/// Reads and writes postmortems. Every write is one transaction, records `actor` in the
/// change log (so other clients see it live) and stamps updated_at/updated_by.
/// Error codes, besides storage's ("sql", "disconnected"): "not-found", "conflict" (someone
/// saved first, or the incident already has a postmortem; nothing written),
/// "illegal-transition", "invalid", "read-only".
class PostmortemRepository {
public:
    PostmortemRepository(std::shared_ptr<Database> db, const Clock& clock);

    /// The postmortem of an incident. Error "not-found" when it has none yet.
    Result<Postmortem> findForIncident(const QUuid& incidentId) const;
    Result<Postmortem> findById(const QUuid& id) const;

    /// Stores a new postmortem as given (a null id gets a fresh UUID; status as given,
    /// normally Draft). Replaying the same id is harmless: "conflict" and nothing written.
    Result<Postmortem> create(Postmortem postmortem, const QString& actor);
    /// prefillPostmortem() from the incident's record (timeline, role history, action
    /// items), then create(). Error "conflict" when the incident already has one.
    Result<Postmortem> createFromIncident(const QUuid& incidentId, const QString& actor);
    /// Writes every section, the five whys, narrative timeline, roles, linked action items
    /// and checklist of `postmortem` if the stored version is still `expectedVersion`; the
    /// status is left alone (see changeStatus). Returns the stored postmortem (version + 1).
    /// Error "read-only" while it is Published (revise it first: back to In review).
    Result<Postmortem> save(const Postmortem& postmortem, int expectedVersion, const QString& actor);
    /// Moves the review status (core's canMovePostmortem decides), stamping published_at on
    /// publishing, and writes a status-change entry on the incident's timeline.
    Result<Postmortem> changeStatus(const QUuid& id, PostmortemStatus to, int expectedVersion, const QString& actor);

private:
    Postmortem fromQuery(const QSqlQuery& q) const;
    Result<Postmortem> selectOne(const QString& where, const QVariant& value) const;

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
};

} // namespace warroom
