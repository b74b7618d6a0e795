#pragma once
// The incident lifecycle state machine: which status changes are legal and which
// timestamp each one stamps.

#include "incident.h"
#include "result.h"

namespace warroom {

/// The lifecycle timestamps of an incident, in lifecycle order.
enum class LifecycleField { Started, Detected, Declared, Acknowledged, Identified, Mitigated, Resolved, Closed };

QList<LifecycleField> allLifecycleFields();
/// Column and JSON name: "started_at", "detected_at", ...
QString lifecycleFieldKey(LifecycleField field);
/// Accepts "started_at" and "started".
std::optional<LifecycleField> parseLifecycleFieldKey(const QString& key);
/// Translated label ("Impact started").
QString lifecycleFieldDisplayName(LifecycleField field);
QDateTime lifecycleTime(const Incident& incident, LifecycleField field);
void setLifecycleTime(Incident& incident, LifecycleField field, const QDateTime& timeUtc);

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

    /// The incident with one lifecycle time corrected (e.g. impact really started earlier than
    /// declared). Errors "bad-time": the time is invalid or after `nowUtc`; "not-reached": the
    /// field belongs to a stage the incident has not reached (only started_at and detected_at
    /// may be set when empty). Odd orders (detected before started) are allowed: real
    /// incidents have them, and metrics report them.
    static Result<Incident> correctTime(const Incident& incident, LifecycleField field, const QDateTime& timeUtc,
                                        const QDateTime& nowUtc);
};

} // namespace warroom
