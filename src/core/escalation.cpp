#include "escalation.h"

#include "roles.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace warroom {

namespace {

QString trEsc(const char* text)
{
    return QCoreApplication::translate("warroom::Escalation", text);
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("invalid"), message};
}

} // namespace

QList<EscalationTargetKind> allEscalationTargetKinds()
{
    return {EscalationTargetKind::Person, EscalationTargetKind::RoleHolder, EscalationTargetKind::Webhook};
}

QString escalationTargetKey(EscalationTargetKind kind)
{
    switch (kind) {
    case EscalationTargetKind::Person: return QStringLiteral("person");
    case EscalationTargetKind::RoleHolder: return QStringLiteral("role");
    case EscalationTargetKind::Webhook: return QStringLiteral("webhook");
    }
    return {};
}

std::optional<EscalationTargetKind> parseEscalationTargetKey(const QString& key)
{
    for (EscalationTargetKind kind : allEscalationTargetKinds()) {
        if (escalationTargetKey(kind).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString escalationTargetDisplayName(EscalationTargetKind kind)
{
    switch (kind) {
    case EscalationTargetKind::Person: return trEsc("Person");
    case EscalationTargetKind::RoleHolder: return trEsc("Role holder");
    case EscalationTargetKind::Webhook: return trEsc("Webhook");
    }
    return {};
}

WebhookFormat webhookFormat(const QString& target)
{
    const QString t = target.trimmed();
    if (t.startsWith(QLatin1String("slack+"), Qt::CaseInsensitive))
        return WebhookFormat::Slack;
    return QUrl(t).host().compare(QLatin1String("hooks.slack.com"), Qt::CaseInsensitive) == 0 ? WebhookFormat::Slack
                                                                                              : WebhookFormat::Generic;
}

QUrl webhookUrl(const QString& target)
{
    QString t = target.trimmed();
    if (t.startsWith(QLatin1String("slack+"), Qt::CaseInsensitive))
        t.remove(0, 6);
    return QUrl(t, QUrl::StrictMode);
}

QString EscalationStep::toSpec() const
{
    const QString delay =
        delaySeconds % 60 == 0 ? QString::number(delaySeconds / 60) : QStringLiteral("%1s").arg(delaySeconds);
    return QStringLiteral("%1:%2:%3").arg(delay, escalationTargetKey(kind), target);
}

Result<EscalationStep> parseEscalationStepSpec(const QString& spec)
{
    const qsizetype first = spec.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : spec.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0)
        return invalid(trEsc("A step is DELAY:KIND:TARGET, e.g. 5:person:alice; got \"%1\".").arg(spec));
    QString delayText = spec.left(first).trimmed();
    qint64 factor = 60;
    if (delayText.endsWith(QLatin1Char('s'), Qt::CaseInsensitive)) {
        delayText.chop(1);
        factor = 1;
    } else if (delayText.endsWith(QLatin1Char('m'), Qt::CaseInsensitive)) {
        delayText.chop(1);
    }
    bool ok = false;
    const qint64 delay = delayText.toLongLong(&ok);
    if (!ok || delay < 0)
        return invalid(
            trEsc("The delay of step \"%1\" is not a whole number of minutes (or seconds with \"s\").").arg(spec));
    const auto kind = parseEscalationTargetKey(spec.mid(first + 1, second - first - 1));
    if (!kind)
        return invalid(trEsc("The target kind of step \"%1\" is not person, role or webhook.").arg(spec));
    EscalationStep step;
    step.delaySeconds = delay * factor;
    step.kind = *kind;
    step.target = spec.mid(second + 1).trimmed();
    if (step.target.isEmpty())
        return invalid(trEsc("Step \"%1\" names no target.").arg(spec));
    return step;
}

qint64 EscalationPolicy::roundLengthSeconds() const
{
    return (steps.isEmpty() ? 0 : steps.last().delaySeconds) + repeatIntervalSeconds;
}

bool EscalationPolicy::appliesTo(const Incident& incident) const
{
    if (minSeverity > 0 && incident.severity > minSeverity)
        return false;
    if (!service.isEmpty() &&
        std::none_of(incident.services.cbegin(), incident.services.cend(),
                     [this](const QString& s) { return s.compare(service, Qt::CaseInsensitive) == 0; }))
        return false;
    return true;
}

Result<void> EscalationPolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(trEsc("An escalation policy needs a name."));
    if (steps.isEmpty())
        return invalid(trEsc("Escalation policy \"%1\" has no steps.").arg(name));
    qint64 previous = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const EscalationStep& step = steps.at(i);
        if (step.delaySeconds < 0)
            return invalid(trEsc("Step %1 has a negative delay.").arg(i + 1));
        if (step.delaySeconds < previous)
            return invalid(trEsc("Step %1 comes before step %2: delays count from the trigger time and "
                                 "cannot decrease.")
                               .arg(i + 1)
                               .arg(i));
        previous = step.delaySeconds;
        if (step.target.trimmed().isEmpty())
            return invalid(trEsc("Step %1 names no target.").arg(i + 1));
        if (step.kind == EscalationTargetKind::Person && !isValidHandle(step.target))
            return invalid(trEsc("Step %1: \"%2\" is not a valid handle.").arg(i + 1).arg(step.target));
        if (step.kind == EscalationTargetKind::RoleHolder && !parseRoleKey(step.target))
            return invalid(trEsc("Step %1: \"%2\" is not a role (commander, scribe, communications, operations, "
                                 "planning, customer-liaison, executive, sme).")
                               .arg(i + 1)
                               .arg(step.target));
        if (step.kind == EscalationTargetKind::Webhook) {
            const QUrl url = webhookUrl(step.target);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
                return invalid(trEsc("Step %1: \"%2\" is not an http or https URL.").arg(i + 1).arg(step.target));
        }
    }
    if (repeatCount < 0)
        return invalid(trEsc("The repeat count cannot be negative."));
    if (repeatIntervalSeconds < 0)
        return invalid(trEsc("The repeat interval cannot be negative."));
    if (repeatCount > 0 && roundLengthSeconds() <= 0)
        return invalid(trEsc("A repeating policy needs a last step after 0 minutes or a repeat interval."));
    if (minSeverity < 0)
        return invalid(trEsc("The minimum severity cannot be negative."));
    return {};
}

std::optional<EscalationPolicy> selectEscalationPolicy(const QList<EscalationPolicy>& policies,
                                                       const Incident& incident)
{
    const EscalationPolicy* best = nullptr;
    const EscalationPolicy* fallback = nullptr;
    // Most specific first: a service filter, then the strictest severity (a nonzero minimum
    // closer to SEV1 is narrower), then the name for a stable choice.
    auto narrower = [](const EscalationPolicy& a, const EscalationPolicy& b) {
        const bool aService = !a.service.isEmpty();
        const bool bService = !b.service.isEmpty();
        if (aService != bService)
            return aService;
        const int aSev = a.minSeverity > 0 ? a.minSeverity : 1 << 30;
        const int bSev = b.minSeverity > 0 ? b.minSeverity : 1 << 30;
        if (aSev != bSev)
            return aSev < bSev;
        return a.name < b.name;
    };
    for (const EscalationPolicy& p : policies) {
        if (p.isDefault) {
            if (!fallback)
                fallback = &p;
            continue;
        }
        if (p.appliesTo(incident) && (!best || narrower(p, *best)))
            best = &p;
    }
    if (best)
        return *best;
    if (fallback)
        return *fallback;
    return std::nullopt;
}

QDateTime escalationStart(const Incident& incident)
{
    if (incident.detectedAt.isValid())
        return incident.detectedAt;
    if (incident.declaredAt.isValid())
        return incident.declaredAt;
    return incident.startedAt;
}

bool needsEscalation(const Incident& incident)
{
    return incident.isOpen() && !incident.acknowledgedAt.isValid();
}

EscalationPlan planEscalation(const EscalationPolicy& policy, const Incident& incident, const QSet<PageKey>& sent,
                              bool cancellationRecorded, const QDateTime& nowUtc)
{
    EscalationPlan plan;
    const QDateTime start = escalationStart(incident);
    if (!start.isValid() || policy.steps.isEmpty())
        return plan;
    const qint64 roundLength = policy.roundLengthSeconds();
    const int rounds = 1 + (roundLength > 0 ? std::max(0, policy.repeatCount) : 0);
    auto dueAt = [&](int step, int round) {
        return start.addSecs(qint64(round) * roundLength + policy.steps.at(step).delaySeconds);
    };

    if (!needsEscalation(incident)) {
        if (sent.isEmpty() || cancellationRecorded)
            return plan;
        // What would still have come after the acknowledgement (or after now, when the
        // incident closed without one).
        const QDateTime stop = incident.acknowledgedAt.isValid() ? incident.acknowledgedAt : nowUtc;
        plan.cancel = true;
        for (int r = 0; r < rounds; ++r) {
            for (int s = 0; s < policy.steps.size(); ++s) {
                if (!sent.contains(PageKey{s, r}) && dueAt(s, r) > stop)
                    ++plan.cancelledCount;
            }
        }
        return plan;
    }

    for (int s = 0; s < policy.steps.size(); ++s) {
        // The latest round of this step that is due now, if any.
        int latestDue = -1;
        for (int r = 0; r < rounds; ++r) {
            const QDateTime at = dueAt(s, r);
            if (at <= nowUtc) {
                latestDue = r;
            } else {
                if (!plan.nextDueAt.isValid() || at < plan.nextDueAt)
                    plan.nextDueAt = at;
                break;
            }
        }
        if (latestDue >= 0 && !sent.contains(PageKey{s, latestDue}))
            plan.due << DuePage{PageKey{s, latestDue}, policy.steps.at(s), dueAt(s, latestDue)};
    }
    return plan;
}

} // namespace warroom
