#include "escalationrepository.h"

#include "incidentrepository.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSet>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::EscalationRepository)
};

const QString kPolicyColumns =
    QStringLiteral("id, name, repeat_count, repeat_interval_s, min_severity, service, is_default, version");
const QString kPageColumns = QStringLiteral(
    "p.id, p.incident_id, i.number, p.policy_id, p.policy_name, p.step_index, p.round, p.target_kind, p.target, "
    "p.recipient, p.due_at, p.sent_at, p.delivery, p.delivery_detail, p.version");

/// Text for a NOT NULL column: a null QString would bind as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

QString pageDeliveryKey(PageDelivery delivery)
{
    switch (delivery) {
    case PageDelivery::Recorded: return QStringLiteral("recorded");
    case PageDelivery::Pending: return QStringLiteral("pending");
    case PageDelivery::Delivered: return QStringLiteral("delivered");
    case PageDelivery::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<PageDelivery> parsePageDeliveryKey(const QString& key)
{
    for (PageDelivery d :
         {PageDelivery::Recorded, PageDelivery::Pending, PageDelivery::Delivered, PageDelivery::Failed}) {
        if (pageDeliveryKey(d) == key)
            return d;
    }
    return std::nullopt;
}

EscalationRepository::EscalationRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

// --- Policies ------------------------------------------------------------------------------

Result<QList<EscalationPolicy>> EscalationRepository::selectPolicies(const QString& where,
                                                                     const QVariantList& values) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM escalation_policies %2 ORDER BY name").arg(kPolicyColumns, where),
                       values);
    if (!q)
        return q.error();
    QList<EscalationPolicy> out;
    QHash<QUuid, qsizetype> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        EscalationPolicy p;
        p.id = Database::uuidFromDb(r.value(0));
        p.name = r.value(1).toString();
        p.repeatCount = r.value(2).toInt();
        p.repeatIntervalSeconds = r.value(3).toLongLong();
        p.minSeverity = r.value(4).toInt();
        p.service = r.value(5).toString();
        p.isDefault = r.value(6).toBool();
        p.version = r.value(7).toInt();
        index.insert(p.id, out.size());
        out << p;
    }
    if (out.isEmpty())
        return out;
    auto steps = m_db->run(QStringLiteral("SELECT policy_id, delay_s, target_kind, target FROM escalation_steps "
                                          "ORDER BY policy_id, position"));
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery& r = steps.value();
        const auto at = index.constFind(Database::uuidFromDb(r.value(0)));
        if (at == index.constEnd())
            continue;
        EscalationStep step;
        step.delaySeconds = r.value(1).toLongLong();
        step.kind = parseEscalationTargetKey(r.value(2).toString()).value_or(EscalationTargetKind::Person);
        step.target = r.value(3).toString();
        out[*at].steps << step;
    }
    return out;
}

Result<QList<EscalationPolicy>> EscalationRepository::policies() const
{
    return selectPolicies({}, {});
}

Result<EscalationPolicy> EscalationRepository::findPolicy(const QString& idOrName) const
{
    const QUuid id(idOrName.trimmed());
    auto found = id.isNull() ? selectPolicies(QStringLiteral("WHERE name = ?"), {idOrName.trimmed()})
                             : selectPolicies(QStringLiteral("WHERE id = ?"), {m_db->uuidToDb(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Result<EscalationPolicy>::failure(QStringLiteral("not-found"),
                                                 Tr::tr("There is no escalation policy \"%1\".").arg(idOrName));
    return found->first();
}

Result<void> EscalationRepository::writeSteps(const EscalationPolicy& policy)
{
    if (auto d =
            m_db->run(QStringLiteral("DELETE FROM escalation_steps WHERE policy_id = ?"), {m_db->uuidToDb(policy.id)});
        !d)
        return d.error();
    for (int i = 0; i < policy.steps.size(); ++i) {
        const EscalationStep& s = policy.steps.at(i);
        if (auto r = m_db->run(
                QStringLiteral("INSERT INTO escalation_steps (policy_id, position, delay_s, target_kind, "
                               "target) VALUES (?, ?, ?, ?, ?)"),
                {m_db->uuidToDb(policy.id), i, s.delaySeconds, escalationTargetKey(s.kind), text(s.target.trimmed())});
            !r)
            return r.error();
    }
    return {};
}

Result<void> EscalationRepository::clearOtherDefaults(const QUuid& keep)
{
    auto r = m_db->run(QStringLiteral("UPDATE escalation_policies SET is_default = ?, version = version + 1 "
                                      "WHERE is_default = ? AND id <> ?"),
                       {false, true, m_db->uuidToDb(keep)});
    if (!r)
        return r.error();
    return {};
}

Result<EscalationPolicy> EscalationRepository::createPolicy(EscalationPolicy policy)
{
    policy.name = policy.name.trimmed();
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    if (policy.id.isNull())
        policy.id = QUuid::createUuid();
    policy.version = 1;
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (policy.isDefault) {
        if (auto c = clearOtherDefaults(policy.id); !c)
            return c.error();
    }
    auto r = m_db->run(
        QStringLiteral("INSERT INTO escalation_policies (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kPolicyColumns),
        {m_db->uuidToDb(policy.id), policy.name, policy.repeatCount, policy.repeatIntervalSeconds, policy.minSeverity,
         text(policy.service.trimmed()), policy.isDefault, policy.version});
    if (!r) {
        if (r.error().code == QLatin1String("conflict"))
            return Result<EscalationPolicy>::failure(
                QStringLiteral("conflict"),
                Tr::tr("An escalation policy named \"%1\" exists already.").arg(policy.name));
        return r.error();
    }
    if (auto s = writeSteps(policy); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return policy;
}

Result<EscalationPolicy> EscalationRepository::updatePolicy(const EscalationPolicy& policy, int expectedVersion)
{
    EscalationPolicy stored = policy;
    stored.name = stored.name.trimmed();
    if (auto valid = stored.validate(); !valid)
        return valid.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (stored.isDefault) {
        if (auto c = clearOtherDefaults(stored.id); !c)
            return c.error();
    }
    auto r =
        m_db->run(QStringLiteral("UPDATE escalation_policies SET name = ?, repeat_count = ?, repeat_interval_s = ?, "
                                 "min_severity = ?, service = ?, is_default = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"),
                  {stored.name, stored.repeatCount, stored.repeatIntervalSeconds, stored.minSeverity,
                   text(stored.service.trimmed()), stored.isDefault, m_db->uuidToDb(stored.id), expectedVersion});
    if (!r) {
        if (r.error().code == QLatin1String("conflict"))
            return Result<EscalationPolicy>::failure(
                QStringLiteral("conflict"),
                Tr::tr("An escalation policy named \"%1\" exists already.").arg(stored.name));
        return r.error();
    }
    if (r.value().numRowsAffected() != 1) {
        auto current = findPolicy(stored.id.toString(QUuid::WithoutBraces));
        if (!current)
            return current.error();
        return Result<EscalationPolicy>::failure(
            QStringLiteral("conflict"),
            Tr::tr("Escalation policy \"%1\" was changed by someone else (version %2, you edited version %3).")
                .arg(current->name)
                .arg(current->version)
                .arg(expectedVersion));
    }
    if (auto s = writeSteps(stored); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    stored.version = expectedVersion + 1;
    return stored;
}

Result<void> EscalationRepository::removePolicy(const QUuid& id, std::optional<int> expectedVersion)
{
    auto r = expectedVersion
                 ? m_db->run(QStringLiteral("DELETE FROM escalation_policies WHERE id = ? AND version = ?"),
                             {m_db->uuidToDb(id), *expectedVersion})
                 : m_db->run(QStringLiteral("DELETE FROM escalation_policies WHERE id = ?"), {m_db->uuidToDb(id)});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1) {
        auto current = findPolicy(id.toString(QUuid::WithoutBraces));
        if (!current)
            return current.error();
        return Result<void>::failure(
            QStringLiteral("conflict"),
            Tr::tr("Escalation policy \"%1\" was changed by someone else.").arg(current->name));
    }
    return {};
}

// --- Pages ---------------------------------------------------------------------------------

Result<QList<Incident>> EscalationRepository::incidentsToEvaluate() const
{
    IncidentRepository incidents(m_db);
    auto open = incidents.listIncidents(true);
    if (!open)
        return open.error();
    QList<Incident> out;
    QSet<QUuid> seen;
    for (const Incident& i : open.value()) {
        if (needsEscalation(i)) {
            out << i;
            seen.insert(i.id);
        }
    }
    auto unstopped =
        m_db->run(QStringLiteral("SELECT DISTINCT p.incident_id FROM escalation_pages p WHERE NOT EXISTS "
                                 "(SELECT 1 FROM escalation_stops s WHERE s.incident_id = p.incident_id)"));
    if (!unstopped)
        return unstopped.error();
    QList<QUuid> more;
    while (unstopped.value().next()) {
        const QUuid id = Database::uuidFromDb(unstopped.value().value(0));
        if (!seen.contains(id))
            more << id;
    }
    for (const QUuid& id : std::as_const(more)) {
        auto i = incidents.findById(id);
        if (!i)
            return i.error();
        out << i.value();
    }
    return out;
}

Result<QList<PageRecord>> EscalationRepository::selectPages(const QString& where, const QVariantList& values) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM escalation_pages p JOIN incidents i ON i.id = p.incident_id "
                                      "%2 ORDER BY p.sent_at, p.round, p.step_index")
                           .arg(kPageColumns, where),
                       values);
    if (!q)
        return q.error();
    QList<PageRecord> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PageRecord p;
        p.id = Database::uuidFromDb(r.value(0));
        p.incidentId = Database::uuidFromDb(r.value(1));
        p.incidentNumber = r.value(2).toLongLong();
        p.policyId = Database::uuidFromDb(r.value(3));
        p.policyName = r.value(4).toString();
        p.stepIndex = r.value(5).toInt();
        p.round = r.value(6).toInt();
        p.kind = parseEscalationTargetKey(r.value(7).toString()).value_or(EscalationTargetKind::Person);
        p.target = r.value(8).toString();
        p.recipient = r.value(9).toString();
        p.dueAt = m_db->timeFromDb(r.value(10));
        p.sentAt = m_db->timeFromDb(r.value(11));
        p.delivery = parsePageDeliveryKey(r.value(12).toString()).value_or(PageDelivery::Recorded);
        p.deliveryDetail = r.value(13).toString();
        p.version = r.value(14).toInt();
        out << p;
    }
    return out;
}

Result<QList<PageRecord>> EscalationRepository::pages(const QUuid& incidentId) const
{
    return selectPages(QStringLiteral("WHERE p.incident_id = ?"), {m_db->uuidToDb(incidentId)});
}

Result<QList<PageRecord>> EscalationRepository::pagesTo(const QString& recipient, const QDateTime& afterUtc) const
{
    if (recipient.isEmpty())
        return selectPages(QStringLiteral("WHERE p.sent_at > ?"), {m_db->timeToDb(afterUtc)});
    return selectPages(QStringLiteral("WHERE p.recipient = ? AND p.sent_at > ?"),
                       {text(recipient), m_db->timeToDb(afterUtc)});
}

Result<bool> EscalationRepository::isStopped(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM escalation_stops WHERE incident_id = ?"),
                       {m_db->uuidToDb(incidentId)});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toInt() > 0;
}

Result<void> EscalationRepository::writeEntry(const QUuid& incidentId, const QString& text, const QString& actor,
                                              const QDateTime& atUtc)
{
    TimelineEntry e;
    e.id = QUuid::createUuid();
    e.incidentId = incidentId;
    e.kind = EntryKind::Alert;
    e.text = text;
    e.author = actor;
    e.occurredAt = atUtc.toUTC();
    e.recordedAt = e.occurredAt;
    IncidentRepository incidents(m_db);
    return incidents.insertTimelineEntry(e);
}

Result<std::optional<PageRecord>> EscalationRepository::recordPage(PageRecord page, const QString& entryText,
                                                                   const QString& actor)
{
    if (page.id.isNull())
        page.id = QUuid::createUuid();
    page.version = 1;
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    // ON CONFLICT DO NOTHING rather than a failing insert: on PostgreSQL a failed statement
    // would abort the whole transaction.
    auto r = m_db->run(
        QStringLiteral("INSERT INTO escalation_pages (id, incident_id, policy_id, policy_name, step_index, round, "
                       "target_kind, target, recipient, due_at, sent_at, delivery, delivery_detail, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (incident_id, step_index, round) DO NOTHING"),
        {m_db->uuidToDb(page.id), m_db->uuidToDb(page.incidentId), m_db->uuidToDb(page.policyId), text(page.policyName),
         page.stepIndex, page.round, escalationTargetKey(page.kind), text(page.target), text(page.recipient),
         m_db->timeToDb(page.dueAt), m_db->timeToDb(page.sentAt), pageDeliveryKey(page.delivery),
         text(page.deliveryDetail), page.version});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return std::optional<PageRecord>();
    if (auto e = writeEntry(page.incidentId, entryText, actor, page.sentAt); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return std::optional<PageRecord>(page);
}

Result<void> EscalationRepository::setDelivery(const QUuid& pageId, PageDelivery delivery, const QString& detail,
                                               const QString& entryText, const QString& actor, const QDateTime& atUtc)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = m_db->run(QStringLiteral("UPDATE escalation_pages SET delivery = ?, delivery_detail = ?, "
                                      "version = version + 1 WHERE id = ?"),
                       {pageDeliveryKey(delivery), text(detail), m_db->uuidToDb(pageId)});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return Result<void>::failure(QStringLiteral("not-found"), Tr::tr("The page no longer exists."));
    if (!entryText.isEmpty()) {
        auto incident = m_db->run(QStringLiteral("SELECT incident_id FROM escalation_pages WHERE id = ?"),
                                  {m_db->uuidToDb(pageId)});
        if (!incident)
            return incident.error();
        if (!incident.value().next())
            return Result<void>::failure(QStringLiteral("not-found"), Tr::tr("The page no longer exists."));
        if (auto e = writeEntry(Database::uuidFromDb(incident.value().value(0)), entryText, actor, atUtc); !e)
            return e;
    }
    return tx.commit();
}

Result<bool> EscalationRepository::recordStop(const QUuid& incidentId, const QDateTime& atUtc, int cancelledCount,
                                              const QString& entryText, const QString& actor)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = m_db->run(
        QStringLiteral("INSERT INTO escalation_stops (id, incident_id, stopped_at, cancelled_count, "
                       "version) VALUES (?, ?, ?, ?, 1) ON CONFLICT (incident_id) DO NOTHING"),
        {m_db->uuidToDb(QUuid::createUuid()), m_db->uuidToDb(incidentId), m_db->timeToDb(atUtc), cancelledCount});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return false;
    if (auto e = writeEntry(incidentId, entryText, actor, atUtc); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return true;
}

} // namespace warroom
