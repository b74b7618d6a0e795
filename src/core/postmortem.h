#pragma once
// The blameless postmortem of an incident: its document, review status, five whys, review
// checklist, and the pure pre-fill from the incident's record. See docs/postmortems.md.

#include "actionitem.h"
#include "incident.h"
#include "metrics.h"
#include "result.h"
#include "roles.h"
#include "timelineentry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace warroom {

/// Review status of a postmortem. Legal moves:
///   Draft     -> InReview
///   InReview  -> Draft, Published
///   Published -> InReview   (revising a published document sends it back to review)
enum class PostmortemStatus { Draft, InReview, Published };

QList<PostmortemStatus> allPostmortemStatuses();
/// "draft", "in_review", "published" (database and JSON).
QString postmortemStatusKey(PostmortemStatus status);
/// Accepts the keys and the command-line spelling "in-review".
std::optional<PostmortemStatus> parsePostmortemStatusKey(const QString& key);
/// Translated name ("In review").
QString postmortemStatusDisplayName(PostmortemStatus status);
bool canMovePostmortem(PostmortemStatus from, PostmortemStatus to);
/// Statuses reachable from `from`, in the order above.
QList<PostmortemStatus> allowedPostmortemMoves(PostmortemStatus from);

/// The free-text sections of the document, in document order.
enum class PostmortemField {
    Summary,
    Impact,
    Detection,
    RootCauses,
    ContributingFactors,
    WentWell,
    WentBadly,
    WhereLucky,
    Lessons,
};

QList<PostmortemField> allPostmortemFields();
/// "summary", "impact", "detection", "root_causes", "contributing_factors", "went_well",
/// "went_badly", "lucky", "lessons" (database columns, JSON, `warroomctl postmortem set`).
QString postmortemFieldKey(PostmortemField field);
/// Accepts the keys and the same with '-' for '_'.
std::optional<PostmortemField> parsePostmortemFieldKey(const QString& key);
/// Translated section heading ("Root causes").
QString postmortemFieldDisplayName(PostmortemField field);

/// The review checklist shown beside the document.
enum class ChecklistItem {
    KeyDataCollected,
    ImpactComplete,
    RootCauseDeep,
    ActionItemsPrioritised,
    SharedWithStakeholders,
};

QList<ChecklistItem> allChecklistItems();
/// "key_data", "impact", "root_cause", "action_items", "shared".
QString checklistItemKey(ChecklistItem item);
std::optional<ChecklistItem> parseChecklistItemKey(const QString& key);
/// Translated question ("Root cause analysed deeply enough").
QString checklistItemDisplayName(ChecklistItem item);

/// One line of the narrative timeline (taken from a pinned timeline entry, then editable).
/// `at` is UTC.
struct NarrativeItem {
    QDateTime at;
    QString author;
    EntryKind kind = EntryKind::Note;
    QString text;

    bool operator==(const NarrativeItem&) const = default;
};

/// A blameless postmortem, one per incident. Times UTC. Text sections are plain text:
/// paragraphs separated by blank lines, lines starting with "- " are list items.
struct Postmortem {
    QUuid id;
    QUuid incidentId;
    PostmortemStatus status = PostmortemStatus::Draft;

    QString summary;
    QString impact;
    QString detection;
    QString rootCauses;
    QString contributingFactors;
    QString wentWell;
    QString wentBadly;
    QString whereLucky;
    QString lessons;
    /// The five whys: an ordered chain, each answer the cause of the one before.
    QStringList fiveWhys;
    QList<NarrativeItem> timeline;
    /// Role history at the time of pre-fill (who held what, when).
    QList<RoleAssignment> roles;
    /// Linked action items of the incident, in document order.
    QList<QUuid> actionItemIds;
    /// Checklist items ticked, in checklist order.
    QList<ChecklistItem> checked;

    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime publishedAt;     ///< last publication, null if never published
    int version = 1;

    QString text(PostmortemField field) const;
    void setText(PostmortemField field, const QString& value);
    bool isChecked(ChecklistItem item) const { return checked.contains(item); }
    /// Ticks or clears `item`, keeping checklist order.
    void setChecked(ChecklistItem item, bool on);
    /// No section, why, timeline line or link has content yet (a fresh document).
    bool isEmpty() const;
};

/// A new draft postmortem of `incident` filled from its record:
/// - summary: the incident's summary (else its title);
/// - impact: severity, affected services and the impact window (started_at to resolved_at);
/// - detection: when and how it was detected, with TTD and TTA;
/// - timeline: the pinned, not deleted entries, by occurred_at;
/// - roles: the role history as given (oldest first);
/// - actionItemIds: every action item that is not cancelled.
/// Durations come from metrics.h (durationSeconds). Pure: ids come from the arguments,
/// `id` null means a fresh one is generated.
Postmortem prefillPostmortem(const Incident& incident, const QList<TimelineEntry>& entries,
                             const QList<RoleAssignment>& roleHistory, const QList<ActionItem>& actionItems,
                             const QDateTime& nowUtc, const QString& actor, const QUuid& id = {});

/// One row of the impact table: a duration metric and its value in seconds (nullopt = no data).
struct PostmortemDuration {
    DurationMetric metric;
    QString label;                 ///< "Time to detect (TTD)"
    std::optional<qint64> seconds;
};
/// TTD, TTA, TTM, TTR of `incident` as metrics.h defines them.
QList<PostmortemDuration> postmortemDurations(const Incident& incident);

/// The move as a Result: the postmortem with its new status (publishedAt stamped on
/// publishing). Error "illegal-transition" naming both statuses.
Result<Postmortem> movePostmortem(const Postmortem& postmortem, PostmortemStatus to, const QDateTime& nowUtc);

} // namespace warroom
