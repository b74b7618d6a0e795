#pragma once
// Escalation policies and the planner that decides who is paged when, while nobody has
// acknowledged an incident. Pure: no clock, no database; the caller passes "now".

#include "incident.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace warroom {

/// Who a step notifies.
enum class EscalationTargetKind {
    Person,     ///< a person by handle ("alice")
    RoleHolder, ///< whoever holds an incident role when the step fires (role key, "commander")
    Webhook,    ///< an outbound HTTP(S) URL that receives a POST
};

QList<EscalationTargetKind> allEscalationTargetKinds();
/// Stable key used in the database and on the command line: "person", "role", "webhook".
QString escalationTargetKey(EscalationTargetKind kind);
std::optional<EscalationTargetKind> parseEscalationTargetKey(const QString& key);
/// Translated name for people ("Role holder").
QString escalationTargetDisplayName(EscalationTargetKind kind);

/// The body a webhook step posts: Slack-compatible {"text": ...}, or Generic JSON describing
/// the incident and the step (docs/escalation.md).
enum class WebhookFormat { Generic, Slack };
/// A webhook target is a URL, optionally prefixed "slack+" ("slack+https://chat.example.com/hooks/x");
/// a URL on hooks.slack.com is Slack too. Everything else gets the generic body.
WebhookFormat webhookFormat(const QString& target);
/// The URL to POST to (the target without a "slack+" prefix).
QUrl webhookUrl(const QString& target);

/// One step: "if not acknowledged `delaySeconds` after the round began, notify the target".
/// Delays count from the start of the round (the incident's trigger time for the first
/// round), so they never decrease from one step to the next.
struct EscalationStep {
    qint64 delaySeconds = 0;
    EscalationTargetKind kind = EscalationTargetKind::Person;
    QString target; ///< handle, role key or URL, by `kind`

    /// "5:person:alice" — the form warroomctl reads and prints (delay in whole minutes when
    /// it divides, else "90s").
    QString toSpec() const;
    bool operator==(const EscalationStep&) const = default;
};

/// Parses "5:person:alice", "15:role:commander", "30:webhook:https://…" or "90s:person:bob":
/// the delay is minutes, or seconds with an "s" suffix. Error "invalid" with the reason.
Result<EscalationStep> parseEscalationStepSpec(const QString& spec);

/// An ordered list of steps, run once and then `repeatCount` more times while nobody
/// acknowledges. Round r starts `r × (last step's delay + repeatIntervalSeconds)` after the
/// trigger time. A policy applies to an incident of severity at or above `minSeverity`
/// (1 is the most severe; 0 means every severity) and, when `service` is not empty, only
/// to incidents affecting that service. The default policy applies when no other does.
struct EscalationPolicy {
    QUuid id;
    QString name;
    QList<EscalationStep> steps;
    int repeatCount = 0;              ///< extra rounds after the first
    qint64 repeatIntervalSeconds = 0; ///< pause after the last step before the next round
    SeverityLevel minSeverity = 0;    ///< 0 = any severity
    QString service;                  ///< empty = any service
    bool isDefault = false;
    int version = 1;

    /// Seconds from one round's start to the next's.
    qint64 roundLengthSeconds() const;
    bool appliesTo(const Incident& incident) const;
    /// Errors "invalid" naming the problem: no name, no steps, a negative or decreasing
    /// delay, an empty target, an unknown role key, a webhook that is not http(s), a
    /// negative repeat, or repeats with a zero-length round.
    Result<void> validate() const;
};

/// The policy that governs `incident`: the matching non-default policy that is most specific
/// (one naming a service before one that does not, then the highest minimum severity, then
/// by name), else the default policy; nullopt if none applies.
std::optional<EscalationPolicy> selectEscalationPolicy(const QList<EscalationPolicy>& policies,
                                                       const Incident& incident);

/// Identifies one notification of an incident: step index and round (0 = first round).
struct PageKey {
    int stepIndex = 0;
    int round = 0;
    bool operator==(const PageKey&) const = default;
};
inline size_t qHash(const PageKey& key, size_t seed = 0)
{
    return ::qHash(qint64(key.stepIndex) << 32 | quint32(key.round), seed);
}

/// A notification the planner says is due.
struct DuePage {
    PageKey key;
    EscalationStep step;
    QDateTime dueAt; ///< when it became due (UTC)
};

/// What the planner decided for one incident at one moment.
struct EscalationPlan {
    QList<DuePage> due;  ///< to send now, in step order
    QDateTime nextDueAt; ///< the next future notification (UTC), null if none
    /// The incident was acknowledged (or is no longer open) after at least one page and the
    /// stop has not been recorded yet: the caller writes the cancellation.
    bool cancel = false;
    int cancelledCount = 0; ///< notifications that will no longer be sent (when cancel)
};

/// When escalation of `incident` began: detected_at, else declared_at, else started_at.
QDateTime escalationStart(const Incident& incident);
/// True while the incident needs paging: open and not acknowledged.
bool needsEscalation(const Incident& incident);

/// The planner. `sent` holds the notifications already recorded for this incident under
/// `policy`; `cancellationRecorded` says whether the stop was already written.
/// A step is due at start + round × roundLength + delay, at exactly that second and after.
/// If several rounds of one step became due while nobody evaluated (a daemon was down), only
/// the latest is sent: the skipped ones are not paged late.
EscalationPlan planEscalation(const EscalationPolicy& policy, const Incident& incident, const QSet<PageKey>& sent,
                              bool cancellationRecorded, const QDateTime& nowUtc);

} // namespace warroom
