#include "postmortem.h"

#include "severity.h"
#include "timeformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::Postmortem)
};

QString utcMinute(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}
} // namespace

QList<PostmortemStatus> allPostmortemStatuses()
{
    return {PostmortemStatus::Draft, PostmortemStatus::InReview, PostmortemStatus::Published};
}

QString postmortemStatusKey(PostmortemStatus status)
{
    switch (status) {
    case PostmortemStatus::Draft: return QStringLiteral("draft");
    case PostmortemStatus::InReview: return QStringLiteral("in_review");
    case PostmortemStatus::Published: return QStringLiteral("published");
    }
    return {};
}

std::optional<PostmortemStatus> parsePostmortemStatusKey(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (PostmortemStatus s : allPostmortemStatuses()) {
        if (postmortemStatusKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString postmortemStatusDisplayName(PostmortemStatus status)
{
    switch (status) {
    case PostmortemStatus::Draft: return Tr::tr("Draft");
    case PostmortemStatus::InReview: return Tr::tr("In review");
    case PostmortemStatus::Published: return Tr::tr("Published");
    }
    return {};
}

bool canMovePostmortem(PostmortemStatus from, PostmortemStatus to)
{
    switch (from) {
    case PostmortemStatus::Draft: return to == PostmortemStatus::InReview;
    case PostmortemStatus::InReview: return to == PostmortemStatus::Draft || to == PostmortemStatus::Published;
    case PostmortemStatus::Published: return to == PostmortemStatus::InReview;
    }
    return false;
}

QList<PostmortemStatus> allowedPostmortemMoves(PostmortemStatus from)
{
    QList<PostmortemStatus> out;
    for (PostmortemStatus s : allPostmortemStatuses()) {
        if (canMovePostmortem(from, s))
            out << s;
    }
    return out;
}

QList<PostmortemField> allPostmortemFields()
{
    return {PostmortemField::Summary,   PostmortemField::Impact,   PostmortemField::Detection,
            PostmortemField::RootCauses, PostmortemField::ContributingFactors, PostmortemField::WentWell,
            PostmortemField::WentBadly, PostmortemField::WhereLucky, PostmortemField::Lessons};
}

QString postmortemFieldKey(PostmortemField field)
{
    switch (field) {
    case PostmortemField::Summary: return QStringLiteral("summary");
    case PostmortemField::Impact: return QStringLiteral("impact");
    case PostmortemField::Detection: return QStringLiteral("detection");
    case PostmortemField::RootCauses: return QStringLiteral("root_causes");
    case PostmortemField::ContributingFactors: return QStringLiteral("contributing_factors");
    case PostmortemField::WentWell: return QStringLiteral("went_well");
    case PostmortemField::WentBadly: return QStringLiteral("went_badly");
    case PostmortemField::WhereLucky: return QStringLiteral("lucky");
    case PostmortemField::Lessons: return QStringLiteral("lessons");
    }
    return {};
}

std::optional<PostmortemField> parsePostmortemFieldKey(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (PostmortemField f : allPostmortemFields()) {
        if (postmortemFieldKey(f) == k)
            return f;
    }
    return std::nullopt;
}

QString postmortemFieldDisplayName(PostmortemField field)
{
    switch (field) {
    case PostmortemField::Summary: return Tr::tr("Summary");
    case PostmortemField::Impact: return Tr::tr("Impact");
    case PostmortemField::Detection: return Tr::tr("Detection");
    case PostmortemField::RootCauses: return Tr::tr("Root causes");
    case PostmortemField::ContributingFactors: return Tr::tr("Contributing factors");
    case PostmortemField::WentWell: return Tr::tr("What went well");
    case PostmortemField::WentBadly: return Tr::tr("What went badly");
    case PostmortemField::WhereLucky: return Tr::tr("Where we were lucky");
    case PostmortemField::Lessons: return Tr::tr("Lessons learned");
    }
    return {};
}

QList<ChecklistItem> allChecklistItems()
{
    return {ChecklistItem::KeyDataCollected, ChecklistItem::ImpactComplete, ChecklistItem::RootCauseDeep,
            ChecklistItem::ActionItemsPrioritised, ChecklistItem::SharedWithStakeholders};
}

QString checklistItemKey(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::KeyDataCollected: return QStringLiteral("key_data");
    case ChecklistItem::ImpactComplete: return QStringLiteral("impact");
    case ChecklistItem::RootCauseDeep: return QStringLiteral("root_cause");
    case ChecklistItem::ActionItemsPrioritised: return QStringLiteral("action_items");
    case ChecklistItem::SharedWithStakeholders: return QStringLiteral("shared");
    }
    return {};
}

std::optional<ChecklistItem> parseChecklistItemKey(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (ChecklistItem i : allChecklistItems()) {
        if (checklistItemKey(i) == k)
            return i;
    }
    return std::nullopt;
}

QString checklistItemDisplayName(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::KeyDataCollected: return Tr::tr("Key data collected (timeline, metrics, graphs)");
    case ChecklistItem::ImpactComplete: return Tr::tr("Impact complete (who, how many, how long)");
    case ChecklistItem::RootCauseDeep: return Tr::tr("Root cause analysed deeply enough");
    case ChecklistItem::ActionItemsPrioritised: return Tr::tr("Action items have owners and priorities");
    case ChecklistItem::SharedWithStakeholders: return Tr::tr("Shared with stakeholders");
    }
    return {};
}

QString Postmortem::text(PostmortemField field) const
{
    switch (field) {
    case PostmortemField::Summary: return summary;
    case PostmortemField::Impact: return impact;
    case PostmortemField::Detection: return detection;
    case PostmortemField::RootCauses: return rootCauses;
    case PostmortemField::ContributingFactors: return contributingFactors;
    case PostmortemField::WentWell: return wentWell;
    case PostmortemField::WentBadly: return wentBadly;
    case PostmortemField::WhereLucky: return whereLucky;
    case PostmortemField::Lessons: return lessons;
    }
    return {};
}

void Postmortem::setText(PostmortemField field, const QString& value)
{
    switch (field) {
    case PostmortemField::Summary: summary = value; break;
    case PostmortemField::Impact: impact = value; break;
    case PostmortemField::Detection: detection = value; break;
    case PostmortemField::RootCauses: rootCauses = value; break;
    case PostmortemField::ContributingFactors: contributingFactors = value; break;
    case PostmortemField::WentWell: wentWell = value; break;
    case PostmortemField::WentBadly: wentBadly = value; break;
    case PostmortemField::WhereLucky: whereLucky = value; break;
    case PostmortemField::Lessons: lessons = value; break;
    }
}

void Postmortem::setChecked(ChecklistItem item, bool on)
{
    QList<ChecklistItem> next;
    for (ChecklistItem i : allChecklistItems()) {
        if (i == item ? on : checked.contains(i))
            next << i;
    }
    checked = next;
}

bool Postmortem::isEmpty() const
{
    for (PostmortemField f : allPostmortemFields()) {
        if (!text(f).trimmed().isEmpty())
            return false;
    }
    return fiveWhys.isEmpty() && timeline.isEmpty() && roles.isEmpty() && actionItemIds.isEmpty();
}

QList<PostmortemDuration> postmortemDurations(const Incident& incident)
{
    return {
        {DurationMetric::Ttd, Tr::tr("Time to detect (TTD)"), durationSeconds(incident, DurationMetric::Ttd)},
        {DurationMetric::Tta, Tr::tr("Time to acknowledge (TTA)"), durationSeconds(incident, DurationMetric::Tta)},
        {DurationMetric::Ttm, Tr::tr("Time to mitigate (TTM)"), durationSeconds(incident, DurationMetric::Ttm)},
        {DurationMetric::Ttr, Tr::tr("Time to resolve (TTR)"), durationSeconds(incident, DurationMetric::Ttr)},
    };
}

Postmortem prefillPostmortem(const Incident& incident, const QList<TimelineEntry>& entries,
                             const QList<RoleAssignment>& roleHistory, const QList<ActionItem>& actionItems,
                             const QDateTime& nowUtc, const QString& actor, const QUuid& id)
{
    Postmortem pm;
    pm.id = id.isNull() ? QUuid::createUuid() : id;
    pm.incidentId = incident.id;
    pm.status = PostmortemStatus::Draft;
    pm.summary = incident.summary.trimmed().isEmpty() ? incident.title : incident.summary.trimmed();

    const SeverityScale scale;
    QStringList impact;
    impact << Tr::tr("Severity: %1.").arg(scale.label(incident.severity));
    if (!incident.services.isEmpty())
        impact << Tr::tr("Affected services: %1.").arg(incident.services.join(QStringLiteral(", ")));
    if (incident.startedAt.isValid()) {
        const auto ttr = durationSeconds(incident, DurationMetric::Ttr);
        if (ttr) {
            impact << Tr::tr("Impact from %1 to %2 (%3).")
                          .arg(utcMinute(incident.startedAt), utcMinute(incident.resolvedAt), formatDuration(*ttr));
        } else {
            impact << Tr::tr("Impact from %1, not resolved yet.").arg(utcMinute(incident.startedAt));
        }
    }
    impact << Tr::tr("Who was affected and how: ");
    pm.impact = impact.join(QLatin1Char('\n'));

    QStringList detection;
    if (incident.detectedAt.isValid()) {
        const auto ttd = durationSeconds(incident, DurationMetric::Ttd);
        detection << (ttd ? Tr::tr("Detected at %1, %2 after impact began.").arg(utcMinute(incident.detectedAt),
                                                                                  formatDuration(*ttd))
                          : Tr::tr("Detected at %1.").arg(utcMinute(incident.detectedAt)));
    }
    if (const auto tta = durationSeconds(incident, DurationMetric::Tta))
        detection << Tr::tr("Acknowledged %1 after detection.").arg(formatDuration(*tta));
    detection << Tr::tr("How it was noticed: ");
    pm.detection = detection.join(QLatin1Char('\n'));

    QList<TimelineEntry> pinned;
    for (const TimelineEntry& e : entries) {
        if (e.pinned && !e.deleted && e.incidentId == incident.id)
            pinned << e;
    }
    std::stable_sort(pinned.begin(), pinned.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.recordedAt < b.recordedAt;
    });
    for (const TimelineEntry& e : std::as_const(pinned))
        pm.timeline << NarrativeItem{e.occurredAt.toUTC(), e.author, e.kind, e.text};

    pm.roles = roleHistory;
    for (const ActionItem& item : actionItems) {
        if (item.incidentId == incident.id && item.state != ActionState::Cancelled)
            pm.actionItemIds << item.id;
    }
    pm.createdAt = nowUtc;
    pm.createdBy = actor;
    pm.updatedAt = nowUtc;
    pm.updatedBy = actor;
    return pm;
}

Result<Postmortem> movePostmortem(const Postmortem& postmortem, PostmortemStatus to, const QDateTime& nowUtc)
{
    if (!canMovePostmortem(postmortem.status, to)) {
        return Result<Postmortem>::failure(QStringLiteral("illegal-transition"),
                                           Tr::tr("A postmortem cannot move from %1 to %2.")
                                               .arg(postmortemStatusDisplayName(postmortem.status),
                                                    postmortemStatusDisplayName(to)));
    }
    Postmortem moved = postmortem;
    moved.status = to;
    if (to == PostmortemStatus::Published)
        moved.publishedAt = nowUtc;
    return moved;
}

} // namespace warroom
