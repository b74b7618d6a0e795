#pragma once
// The incident lifecycle state machine: which status changes are legal and which
// timestamp each one stamps.

#include "incident.h"
#include "result.h"

namespace warroom {

/// Legal transitions (a status never transitions to itself):
///   Triggered     -> Acknowledged, Investigating, Identified, Mitigated, Resolved
///   Acknowledged  -> Investigating, Identified, Mitigated, Resolved
///   Investigating -> Identified, Mitigated, Resolved
///   Identified    -> Investigating, Mitigated, Resolved
///   Mitigated     -> Investigating, Identified, Resolved
///   Resolved      -> Postmortem, Closed
///   Postmortem    -> Closed
/// Reopen (to Investigating) is a separate move from Resolved, Postmortem or Closed.
///
/// Stamping: entering a status stamps its timestamp only if it is still empty, so the
/// first acknowledgement / mitigation counts for TTA / TTM. Any move out of Triggered
/// except straight to Resolved also stamps acknowledged_at (someone is acting); Resolved also stamps mitigated_at.
/// Reopen clears resolved_at and closed_at.
class Lifecycle {
public:
    static bool canTransition(IncidentStatus from, IncidentStatus to);
    static bool canReopen(IncidentStatus from);
    /// Statuses reachable from `from` by a transition (not counting reopen), in lifecycle order.
    static QList<IncidentStatus> allowedTargets(IncidentStatus from);

    /// The incident after moving to `to` at `nowUtc`. Error code "illegal-transition" when
    /// the move is not legal; the input is never changed.
    static Result<Incident> transition(const Incident& incident, IncidentStatus to, const QDateTime& nowUtc);
    /// The incident reopened (status Investigating). Error "illegal-transition" if it is open.
    static Result<Incident> reopen(const Incident& incident);
};

} // namespace warroom
