#include "escalationengine.h"

#include "logging.h"

#include "core/roles.h"
#include "core/timeformat.h"
#include "storage/changelog.h"
#include "storage/incidentservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::EscalationEngine)
};

QString isoUtc(const QDateTime& t)
{
    return toIsoUtc(t);
}

/// "5 min" / "90 s": how long after the round's start a step fires.
QString delayText(qint64 seconds)
{
    return seconds % 60 == 0 ? Tr::tr("%1 min").arg(seconds / 60) : Tr::tr("%1 s").arg(seconds);
}

QString stepLabel(const EscalationPolicy& policy, const DuePage& due)
{
    return due.key.round == 0 ? Tr::tr("Escalation \"%1\" step %2").arg(policy.name).arg(due.key.stepIndex + 1)
                              : Tr::tr("Escalation \"%1\" step %2 (repeat %3)")
                                    .arg(policy.name)
                                    .arg(due.key.stepIndex + 1)
                                    .arg(due.key.round);
}

} // namespace

EscalationEngine::EscalationEngine(std::shared_ptr<Database> db, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_repo(db)
    , m_lock(db->url())
    , m_sender(m_options.webhook)
{
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto r = evaluateNow(); !r)
            qCWarning(lcServer).noquote() << "escalation pass failed:" << r.error().message;
    });
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        if (auto r = evaluateNow(); !r)
            qCWarning(lcServer).noquote() << "escalation pass failed:" << r.error().message;
    });
    connect(&m_sender, &WebhookSender::finished, this, &EscalationEngine::onDeliveryFinished);
}

EscalationEngine::~EscalationEngine() = default;

void EscalationEngine::start()
{
    m_timer.start();
    if (auto r = evaluateNow(); !r)
        qCWarning(lcServer).noquote() << "escalation pass failed:" << r.error().message;
}

void EscalationEngine::stop()
{
    m_timer.stop();
    m_soon.stop();
    m_notifier.reset();
    m_listenDb.reset();
    m_lock.release();
}

void EscalationEngine::ensureListening()
{
    if (m_db->dialect() != Dialect::Postgresql || !m_timer.isActive())
        return;
    if (m_listenDb && m_listenDb->isOpen() && m_notifier)
        return;
    if (!m_listenDb) {
        auto db = Database::open(m_db->url());
        if (!db) {
            qCWarning(lcServer).noquote() << "cannot open the escalation listener:" << db.error().message;
            return;
        }
        m_listenDb = db.value();
        m_notifier = std::make_unique<ChangeNotifier>(m_listenDb);
        connect(m_notifier.get(), &ChangeNotifier::notified, this, [this] {
            constexpr int kSettleMs = 250; // one pass for a burst of changes
            if (!m_soon.isActive() || m_soon.remainingTime() > kSettleMs)
                m_soon.start(kSettleMs);
        });
    } else if (auto reopened = m_listenDb->reopen(); !reopened) {
        return;
    }
    if (auto listening = m_notifier->listen(); !listening)
        qCWarning(lcServer).noquote() << "cannot listen for changes:" << listening.error().message;
}

Result<int> EscalationEngine::evaluateNow()
{
    auto leading = m_lock.tryAcquire();
    const bool leader = leading.ok() && leading.value();
    if (leader != m_wasLeader) {
        m_wasLeader = leader;
        qCInfo(lcServer) << (leader ? "leading escalation" : "standing by for escalation");
        emit leadershipChanged(leader);
    }
    if (!leading)
        return leading.error();
    if (!leader) {
        m_notifier.reset();
        m_listenDb.reset();
        return 0;
    }
    ensureListening();

    auto policies = m_repo.policies();
    if (!policies)
        return policies.error();
    auto incidents = m_repo.incidentsToEvaluate();
    if (!incidents)
        return incidents.error();
    const QDateTime now = m_clock.nowUtc();
    QDateTime nextDue;
    int recorded = 0;
    std::optional<Error> firstError;
    for (const Incident& incident : incidents.value()) {
        // One incident's failure does not hold up the others' pages.
        auto n = evaluateIncident(incident, policies.value(), now, nextDue);
        if (n) {
            recorded += n.value();
        } else {
            qCWarning(lcServer).noquote() << "escalation of" << incident.ref() << "failed:" << n.error().message;
            if (!firstError)
                firstError = n.error();
        }
    }
    scheduleNext(nextDue, now);
    if (firstError)
        return *firstError;
    return recorded;
}

void EscalationEngine::scheduleNext(const QDateTime& nextDue, const QDateTime& now)
{
    if (!nextDue.isValid() || !m_timer.isActive())
        return;
    const qint64 ms = std::max<qint64>(0, now.msecsTo(nextDue));
    if (ms < m_timer.remainingTime())
        m_soon.start(int(ms));
}

Result<int> EscalationEngine::evaluateIncident(const Incident& incident, const QList<EscalationPolicy>& policies,
                                               const QDateTime& now, QDateTime& nextDue)
{
    auto pages = m_repo.pages(incident.id);
    if (!pages)
        return pages.error();
    QSet<PageKey> sent;
    for (const PageRecord& p : pages.value())
        sent.insert(p.key());

    // An escalation keeps the policy it started under, even if another would match now.
    std::optional<EscalationPolicy> policy;
    if (!pages->isEmpty()) {
        const QUuid started = pages->first().policyId;
        for (const EscalationPolicy& p : policies) {
            if (p.id == started)
                policy = p;
        }
    }
    if (!policy)
        policy = selectEscalationPolicy(policies, incident);
    if (!policy && pages->isEmpty())
        return 0;

    bool stopped = false;
    if (!pages->isEmpty()) {
        auto s = m_repo.isStopped(incident.id);
        if (!s)
            return s.error();
        stopped = s.value();
    }
    // The policy of a running escalation was removed: nothing more is due; only the stop.
    const EscalationPlan plan = policy ? planEscalation(*policy, incident, sent, stopped, now)
                                       : EscalationPlan{{}, {}, !needsEscalation(incident) && !stopped, 0};

    int recorded = 0;
    for (const DuePage& due : plan.due) {
        auto page = sendPage(incident, *policy, due, now);
        if (!page)
            return page.error();
        if (page->has_value()) {
            ++recorded;
            emit paged(page->value());
        }
    }
    if (plan.nextDueAt.isValid() && (!nextDue.isValid() || plan.nextDueAt < nextDue))
        nextDue = plan.nextDueAt;

    if (plan.cancel) {
        const QString why =
            incident.acknowledgedAt.isValid()
                ? Tr::tr("%1 was acknowledged at %2")
                      .arg(incident.ref(),
                           incident.acknowledgedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                : Tr::tr("%1 is %2").arg(incident.ref(), statusDisplayName(incident.status));
        const QString text =
            plan.cancelledCount == 0
                ? Tr::tr("Escalation stopped: %1; no notification was still pending.").arg(why)
                : Tr::tr("Escalation stopped: %1; %n pending notification(s) cancelled.", nullptr, plan.cancelledCount)
                      .arg(why);
        auto r = m_repo.recordStop(incident.id, now, plan.cancelledCount, text, m_options.actor);
        if (!r)
            return r.error();
        if (r.value())
            emit escalationStopped(incident.id);
    }
    return recorded;
}

Result<std::optional<PageRecord>> EscalationEngine::sendPage(const Incident& incident, const EscalationPolicy& policy,
                                                             const DuePage& due, const QDateTime& now)
{
    PageRecord page;
    page.incidentId = incident.id;
    page.incidentNumber = incident.number;
    page.policyId = policy.id;
    page.policyName = policy.name;
    page.stepIndex = due.key.stepIndex;
    page.round = due.key.round;
    page.kind = due.step.kind;
    page.target = due.step.target;
    page.dueAt = due.dueAt;
    page.sentAt = now;

    const QString label = stepLabel(policy, due);
    const QString after = delayText(due.step.delaySeconds);
    QString text;
    switch (due.step.kind) {
    case EscalationTargetKind::Person:
        page.recipient = due.step.target;
        text =
            Tr::tr("%1: paged @%2 (%3 not acknowledged after %4).").arg(label, page.recipient, incident.ref(), after);
        break;
    case EscalationTargetKind::RoleHolder: {
        const auto role = parseRoleKey(due.step.target);
        const QString roleName = role ? roleDisplayName(*role) : due.step.target;
        IncidentService service(m_db, m_clock);
        auto holders = service.currentRoles(incident.id);
        if (!holders)
            return holders.error();
        for (const RoleAssignment& a : holders.value()) {
            if (role && a.role == *role) {
                page.recipient = a.holder;
                break;
            }
        }
        text = page.recipient.isEmpty()
                   ? Tr::tr("%1: nobody holds %2, so nobody was paged (%3 not acknowledged after %4).")
                         .arg(label, roleName, incident.ref(), after)
                   : Tr::tr("%1: paged @%2 as %3 (%4 not acknowledged after %5).")
                         .arg(label, page.recipient, roleName, incident.ref(), after);
        break;
    }
    case EscalationTargetKind::Webhook:
        // Only the host: webhook paths often carry a secret.
        page.delivery = PageDelivery::Pending;
        text = Tr::tr("%1: notified webhook %2 (%3 not acknowledged after %4).")
                   .arg(label, webhookUrl(due.step.target).host(), incident.ref(), after);
        break;
    }

    auto recorded = m_repo.recordPage(page, text, m_options.actor);
    if (!recorded || !recorded->has_value())
        return recorded;
    if (page.kind == EscalationTargetKind::Webhook) {
        const QString message = Tr::tr("%1 %2 — %3, not acknowledged after %4.")
                                    .arg(incident.ref(), severityCode(incident.severity), incident.title, after);
        const quint64 id = m_sender.post(webhookUrl(page.target),
                                         webhookBody(webhookFormat(page.target), incident, recorded->value(), message));
        m_deliveries.insert(id, recorded->value());
    }
    qCInfo(lcServer).noquote() << "paged" << incident.ref() << "step" << page.stepIndex + 1 << "round" << page.round
                               << escalationTargetKey(page.kind)
                               << (page.recipient.isEmpty() ? QString() : page.recipient);
    return recorded;
}

void EscalationEngine::onDeliveryFinished(quint64 id, bool delivered, int attempts, const QString& detail)
{
    const PageRecord page = m_deliveries.take(id);
    if (page.id.isNull())
        return;
    const QDateTime now = m_clock.nowUtc();
    const QString host = webhookUrl(page.target).host();
    const QString text =
        delivered
            ? QString()
            : Tr::tr("Webhook delivery to %1 for escalation step %2 failed after %n attempt(s): %3.", nullptr, attempts)
                  .arg(host)
                  .arg(page.stepIndex + 1)
                  .arg(detail);
    if (auto r = m_repo.setDelivery(page.id, delivered ? PageDelivery::Delivered : PageDelivery::Failed, detail, text,
                                    m_options.actor, now);
        !r)
        qCWarning(lcServer).noquote() << "cannot record the webhook delivery:" << r.error().message;
    emit deliveryFinished(page.id, delivered);
}

QByteArray EscalationEngine::webhookBody(WebhookFormat format, const Incident& incident, const PageRecord& page,
                                         const QString& text)
{
    if (format == WebhookFormat::Slack)
        return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
    QJsonObject body{
        {QStringLiteral("event"), QStringLiteral("escalation.page")},
        {QStringLiteral("text"), text},
        {QStringLiteral("incident"),
         QJsonObject{
             {QStringLiteral("id"), incident.id.toString(QUuid::WithoutBraces)},
             {QStringLiteral("ref"), incident.ref()},
             {QStringLiteral("title"), incident.title},
             {QStringLiteral("severity"), severityCode(incident.severity)},
             {QStringLiteral("status"), statusKey(incident.status)},
             {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
             {QStringLiteral("triggered_at"), isoUtc(escalationStart(incident))},
         }},
        {QStringLiteral("policy"), page.policyName},
        {QStringLiteral("step"), page.stepIndex + 1},
        {QStringLiteral("round"), page.round},
        {QStringLiteral("due_at"), isoUtc(page.dueAt)},
        {QStringLiteral("sent_at"), isoUtc(page.sentAt)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace warroom
