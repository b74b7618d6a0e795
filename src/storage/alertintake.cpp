#include "alertintake.h"
#include "changelog.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AlertIntake)
};

QString sourceDisplayName(const QString& source)
{
    if (source == QLatin1String("alertmanager"))
        return Tr::tr("Alertmanager");
    if (source == QLatin1String("grafana"))
        return Tr::tr("Grafana");
    if (source == QLatin1String("generic"))
        return Tr::tr("the generic webhook");
    return source;
}

QString mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// "checkout, instance=a:9100, job=api": the labels that tell alerts of a group apart.
QString labelText(const Alert& alert, const AlertMapping& mapping)
{
    QStringList parts;
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
        if (it.key() == QLatin1String("alertname") || it.key() == mapping.severityLabel)
            continue;
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    }
    return parts.join(QStringLiteral(", "));
}

QString alertText(const Alert& alert, const AlertMapping& mapping, const QString& what)
{
    const QString name = alert.name.isEmpty() ? alert.fingerprint : alert.name;
    QString text = QStringLiteral("%1: %2").arg(what, name);
    QString detail = alert.annotations.value(QStringLiteral("summary")).simplified();
    if (detail.isEmpty())
        detail = alert.annotations.value(QStringLiteral("description")).simplified();
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail.left(500);
    const QString labels = labelText(alert, mapping);
    if (!labels.isEmpty())
        text += QStringLiteral(" (%1)").arg(labels.left(500));
    return text;
}

/// `time` if it is valid and not in the future, else `now`.
QDateTime notAfter(const QDateTime& time, const QDateTime& now)
{
    return time.isValid() && time <= now ? time.toUTC() : now;
}

} // namespace

AlertIntake::AlertIntake(std::shared_ptr<Database> db, const Clock& clock, AlertMapping mapping)
    : m_db(db)
    , m_clock(clock)
    , m_mapping(std::move(mapping))
    , m_service(std::move(db), clock)
{
}

Result<std::optional<AlertIntake::GroupRow>> AlertIntake::openGroup(const QString& source,
                                                                    const QString& groupKey) const
{
    auto q = m_db->run(QStringLiteral("SELECT id, incident_id, resolved_at FROM alert_groups "
                                      "WHERE source = ? AND group_key = ? AND closed_at IS NULL"),
                       {source, groupKey});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<GroupRow>();
    return std::optional<GroupRow>(
        GroupRow{Database::uuidFromDb(q->value(0)), Database::uuidFromDb(q->value(1)), m_db->timeFromDb(q->value(2))});
}

Result<std::optional<AlertIntake::AlertRow>> AlertIntake::findAlert(const QUuid& groupId,
                                                                    const QString& fingerprint) const
{
    auto q = m_db->run(QStringLiteral("SELECT id, state, version FROM alert_group_alerts "
                                      "WHERE alert_group_id = ? AND fingerprint = ?"),
                       {m_db->uuidToDb(groupId), fingerprint});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AlertRow>();
    AlertRow row;
    row.id = Database::uuidFromDb(q->value(0));
    row.state = q->value(1).toString() == QLatin1String("resolved") ? AlertState::Resolved : AlertState::Firing;
    row.version = q->value(2).toInt();
    return std::optional<AlertRow>(row);
}

Result<void> AlertIntake::writeAlertEntry(const QUuid& incidentId, const QString& text, const QString& author,
                                          const QDateTime& occurredAt, const QDateTime& now)
{
    TimelineEntry entry;
    entry.id = QUuid::createUuid();
    entry.incidentId = incidentId;
    entry.kind = EntryKind::Alert;
    entry.text = text;
    entry.author = author;
    entry.recordedAt = now;
    entry.occurredAt = notAfter(occurredAt, now);
    return m_service.repository().insertTimelineEntry(entry);
}

Result<Incident> AlertIntake::openIncident(const AlertGroupDelivery& delivery, const QDateTime& now)
{
    Incident incident;
    incident.id = QUuid::createUuid();
    incident.title = m_mapping.titleOf(delivery);
    incident.severity = m_mapping.severityOf(delivery);
    incident.status = IncidentStatus::Triggered;
    incident.services = m_mapping.servicesOf(delivery);
    const QDateTime detected = notAfter(delivery.earliestStart(), now);
    incident.startedAt = detected;
    incident.detectedAt = detected;
    incident.declaredAt = now;
    QString summary = delivery.commonAnnotations.value(QStringLiteral("description")).trimmed();
    if (summary.isEmpty() && !delivery.alerts.isEmpty())
        summary = delivery.alerts.first().annotations.value(QStringLiteral("description")).trimmed();
    incident.summary = summary.left(4000);
    auto stored = m_service.repository().insertIncident(incident);
    if (!stored)
        return stored;
    const SeverityScale scale;
    TimelineEntry entry;
    entry.id = QUuid::createUuid();
    entry.incidentId = stored->id;
    entry.kind = EntryKind::StatusChange;
    entry.text = Tr::tr("Opened %1 at %2 from alerts received through %3; status Triggered.")
                     .arg(stored->ref(), scale.label(stored->severity), sourceDisplayName(delivery.source));
    entry.author = delivery.source;
    entry.recordedAt = now;
    entry.occurredAt = now;
    if (auto e = m_service.repository().insertTimelineEntry(entry); !e)
        return e.error();
    return stored;
}

Result<AlertIntakeOutcome> AlertIntake::apply(const AlertGroupDelivery& delivery)
{
    if (delivery.source.isEmpty() || delivery.groupKey.isEmpty() || delivery.alerts.isEmpty())
        return Error{QStringLiteral("invalid"), Tr::tr("A delivery needs a source, a group key and alerts.")};
    const QDateTime now = m_clock.nowUtc();
    AlertIntakeOutcome outcome;

    ActorScope actor(*m_db, delivery.source);
    if (!actor)
        return actor.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (m_db->dialect() == Dialect::Postgresql) {
        // One delivery at a time across every intake: two deliveries of a new group must not
        // both open an incident. The same lock every change-log writer takes first (0003).
        if (auto r = m_db->run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kChangeLogLockKey)); !r)
            return r.error();
    }

    // The group's incident, if it is still open.
    auto group = openGroup(delivery.source, delivery.groupKey);
    if (!group)
        return group.error();
    Incident incident;
    if (group->has_value()) {
        auto found = m_service.repository().findById(group->value().incidentId);
        if (!found)
            return found.error();
        if (found->isOpen()) {
            incident = found.value();
        } else {
            if (auto r = m_db->run(QStringLiteral("UPDATE alert_groups SET closed_at = ?, version = version + 1 "
                                                  "WHERE id = ?"),
                                   {m_db->timeToDb(now), m_db->uuidToDb(group->value().id)});
                !r)
                return r.error();
            group.value().reset();
        }
    }

    QUuid groupId;
    QDateTime groupResolvedAt;
    if (!group->has_value()) {
        if (delivery.allResolved()) {
            outcome.ignored = true;
            if (auto c = tx.commit(); !c)
                return c.error();
            return outcome;
        }
        auto opened = openIncident(delivery, now);
        if (!opened)
            return opened.error();
        incident = opened.value();
        outcome.incidentOpened = true;
        groupId = QUuid::createUuid();
        if (auto r =
                m_db->run(QStringLiteral("INSERT INTO alert_groups (id, source, group_key, incident_id, opened_at, "
                                         "last_delivery_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {m_db->uuidToDb(groupId), delivery.source, delivery.groupKey, m_db->uuidToDb(incident.id),
                           m_db->timeToDb(now), m_db->timeToDb(now)});
            !r)
            return r.error();
    } else {
        groupId = group->value().id;
        groupResolvedAt = group->value().resolvedAt;
        if (auto r =
                m_db->run(QStringLiteral("UPDATE alert_groups SET last_delivery_at = ?, deliveries = deliveries + 1, "
                                         "version = version + 1 WHERE id = ?"),
                          {m_db->timeToDb(now), m_db->uuidToDb(groupId)});
            !r)
            return r.error();
    }
    outcome.incidentId = incident.id;
    outcome.incidentRef = incident.ref();

    // The last state of each alert in this delivery counts.
    QList<const Alert*> alerts;
    QHash<QString, qsizetype> byFingerprint;
    for (const Alert& alert : delivery.alerts) {
        if (auto it = byFingerprint.constFind(alert.fingerprint); it != byFingerprint.constEnd()) {
            alerts[it.value()] = &alert;
        } else {
            byFingerprint.insert(alert.fingerprint, alerts.size());
            alerts << &alert;
        }
    }

    for (const Alert* alert : std::as_const(alerts)) {
        const bool resolved = alert->state == AlertState::Resolved;
        auto existing = findAlert(groupId, alert->fingerprint);
        if (!existing)
            return existing.error();
        const QVariantList common = {alertStateKey(alert->state),
                                     mapToJson(alert->labels),
                                     mapToJson(alert->annotations),
                                     m_db->timeToDb(alert->startsAt),
                                     m_db->timeToDb(resolved ? alert->endsAt : QDateTime()),
                                     m_db->timeToDb(now)};
        QString entryText;
        QDateTime occurredAt;
        if (!existing->has_value()) {
            QVariantList values = {m_db->uuidToDb(QUuid::createUuid()), m_db->uuidToDb(groupId), alert->fingerprint,
                                   alert->name};
            values << common << m_db->timeToDb(now);
            if (auto r = m_db->run(QStringLiteral("INSERT INTO alert_group_alerts (id, alert_group_id, fingerprint, "
                                                  "name, state, labels, annotations, starts_at, ends_at, last_seen_at, "
                                                  "first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   values);
                !r)
                return r.error();
            ++outcome.alertsNew;
            entryText = alertText(*alert, m_mapping, resolved ? Tr::tr("Resolved") : Tr::tr("Firing"));
            occurredAt = resolved ? alert->endsAt : alert->startsAt;
        } else {
            QVariantList values = common;
            values << m_db->uuidToDb(existing->value().id);
            if (auto r =
                    m_db->run(QStringLiteral("UPDATE alert_group_alerts SET state = ?, labels = ?, annotations = ?, "
                                             "starts_at = ?, ends_at = ?, last_seen_at = ?, version = version + 1 "
                                             "WHERE id = ?"),
                              values);
                !r)
                return r.error();
            if (existing->value().state != alert->state) {
                if (resolved) {
                    ++outcome.alertsResolved;
                    entryText = alertText(*alert, m_mapping, Tr::tr("Resolved"));
                    occurredAt = alert->endsAt;
                } else {
                    ++outcome.alertsRefired;
                    entryText = alertText(*alert, m_mapping, Tr::tr("Firing again"));
                    occurredAt = alert->startsAt;
                }
            }
        }
        if (!entryText.isEmpty()) {
            if (auto e = writeAlertEntry(incident.id, entryText, delivery.source, occurredAt, now); !e)
                return e.error();
        }
    }

    // A more severe alert joining an open group raises the incident's severity (never lowers it:
    // people may have reclassified it).
    if (!outcome.incidentOpened) {
        AlertGroupDelivery firing = delivery;
        firing.commonLabels.clear();
        firing.alerts.removeIf([](const Alert& a) { return a.state != AlertState::Firing; });
        if (!firing.alerts.isEmpty()) {
            const SeverityLevel level = m_mapping.severityOf(firing);
            if (level < incident.severity) {
                auto raised = m_service.reclassify(incident.id, level, delivery.source);
                if (!raised)
                    return raised.error();
                incident = raised.value();
                outcome.severityRaised = true;
            }
        }
    }

    // Has every alert of the group resolved?
    auto counts = m_db->run(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN state = 'firing' THEN 1 ELSE 0 END) "
                                           "FROM alert_group_alerts WHERE alert_group_id = ?"),
                            {m_db->uuidToDb(groupId)});
    if (!counts)
        return counts.error();
    if (!counts.value().next())
        return Error{QStringLiteral("sql"), Tr::tr("Cannot count the alerts of a group.")};
    const qint64 total = counts->value(0).toLongLong();
    const qint64 firing = counts->value(1).toLongLong();
    if (firing == 0 && !groupResolvedAt.isValid()) {
        if (auto r =
                m_db->run(QStringLiteral("UPDATE alert_groups SET resolved_at = ?, version = version + 1 WHERE id = ?"),
                          {m_db->timeToDb(now), m_db->uuidToDb(groupId)});
            !r)
            return r.error();
        outcome.groupResolved = true;
        if (auto e =
                writeAlertEntry(incident.id, Tr::tr("Every alert of this group has resolved (%1 in all).").arg(total),
                                delivery.source, now, now);
            !e)
            return e.error();
        if (m_mapping.autoResolve && incident.isOpen()) {
            auto resolvedIncident = m_service.changeStatus(incident.id, IncidentStatus::Resolved, delivery.source);
            if (!resolvedIncident)
                return resolvedIncident.error();
            outcome.incidentResolved = true;
        }
    } else if (firing > 0 && groupResolvedAt.isValid()) {
        if (auto r = m_db->run(QStringLiteral("UPDATE alert_groups SET resolved_at = NULL, version = version + 1 "
                                              "WHERE id = ?"),
                               {m_db->uuidToDb(groupId)});
            !r)
            return r.error();
    }

    if (auto c = tx.commit(); !c)
        return c.error();
    qCDebug(lcStorage) << "alert delivery from" << delivery.source << "applied to" << outcome.incidentRef;
    return outcome;
}

Result<QList<StoredAlert>> AlertIntake::alertsOfIncident(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT g.source, g.group_key, a.fingerprint, a.name, a.state, a.starts_at, "
                                      "a.ends_at, a.first_seen_at, a.last_seen_at FROM alert_group_alerts a "
                                      "JOIN alert_groups g ON g.id = a.alert_group_id WHERE g.incident_id = ? "
                                      "ORDER BY a.first_seen_at, a.fingerprint"),
                       {m_db->uuidToDb(incidentId)});
    if (!q)
        return q.error();
    QList<StoredAlert> out;
    while (q.value().next()) {
        StoredAlert a;
        a.source = q->value(0).toString();
        a.groupKey = q->value(1).toString();
        a.fingerprint = q->value(2).toString();
        a.name = q->value(3).toString();
        a.state = q->value(4).toString() == QLatin1String("resolved") ? AlertState::Resolved : AlertState::Firing;
        a.startsAt = m_db->timeFromDb(q->value(5));
        a.endsAt = m_db->timeFromDb(q->value(6));
        a.firstSeenAt = m_db->timeFromDb(q->value(7));
        a.lastSeenAt = m_db->timeFromDb(q->value(8));
        out << a;
    }
    return out;
}

} // namespace warroom
