#include "publicstatus.h"

#include <QHash>

namespace warroom {

namespace {

const QString kOpenStatuses =
    QStringLiteral("('triggered', 'acknowledged', 'investigating', 'identified', 'mitigated')");

/// The WHERE conditions on `incidents i` for a query, with their values appended.
QString incidentConditions(const Database& db, const PublishedHistoryQuery& query, QVariantList& values)
{
    QStringList conditions;
    if (query.publicOnly) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM timeline_entries pe WHERE pe.incident_id = i.id "
                                     "AND pe.is_public = ? AND pe.deleted = ?)");
        values << true << false;
    }
    if (query.since.isValid()) {
        conditions << QStringLiteral("(i.status IN %1 OR COALESCE(i.resolved_at, i.closed_at) >= ?)").arg(kOpenStatuses);
        values << db.timeToDb(query.since);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

PublicStatusReader::PublicStatusReader(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<QList<PublishedIncident>> PublicStatusReader::incidents(const PublishedHistoryQuery& query) const
{
    const Database& db = *m_db;
    QVariantList values;
    const QString where = incidentConditions(db, query, values);
    auto q = db.run(QStringLiteral("SELECT i.id, i.number, i.title, i.summary, i.severity, i.status, i.commander, "
                                   "i.started_at, i.detected_at, i.declared_at, i.acknowledged_at, i.identified_at, "
                                   "i.mitigated_at, i.resolved_at, i.closed_at, i.source, i.source_id, i.version "
                                   "FROM incidents i%1 ORDER BY i.number")
                        .arg(where),
                    values);
    if (!q)
        return q.error();
    QList<PublishedIncident> published;
    QHash<QUuid, qsizetype> indexById;
    QSqlQuery& r = q.value();
    while (r.next()) {
        Incident i;
        i.id = Database::uuidFromDb(r.value(0));
        i.number = r.value(1).toLongLong();
        i.title = r.value(2).toString();
        i.summary = r.value(3).toString();
        i.severity = r.value(4).toInt();
        i.status = parseStatusKey(r.value(5).toString()).value_or(IncidentStatus::Investigating);
        i.commander = r.value(6).toString();
        i.startedAt = db.timeFromDb(r.value(7));
        i.detectedAt = db.timeFromDb(r.value(8));
        i.declaredAt = db.timeFromDb(r.value(9));
        i.acknowledgedAt = db.timeFromDb(r.value(10));
        i.identifiedAt = db.timeFromDb(r.value(11));
        i.mitigatedAt = db.timeFromDb(r.value(12));
        i.resolvedAt = db.timeFromDb(r.value(13));
        i.closedAt = db.timeFromDb(r.value(14));
        i.source = r.value(15).toString();
        i.sourceId = r.value(16).toString();
        i.version = r.value(17).toInt();
        indexById.insert(i.id, published.size());
        published.append(PublishedIncident{std::move(i), {}});
    }
    if (published.isEmpty())
        return published;

    // Services of the selected incidents, in their stored order.
    QVariantList serviceValues;
    const QString serviceWhere = incidentConditions(db, query, serviceValues);
    auto s = db.run(QStringLiteral("SELECT isv.incident_id, s.name FROM incident_services isv "
                                   "JOIN services s ON s.id = isv.service_id "
                                   "JOIN incidents i ON i.id = isv.incident_id%1 "
                                   "ORDER BY isv.incident_id, isv.position")
                        .arg(serviceWhere),
                    serviceValues);
    if (!s)
        return s.error();
    while (s.value().next()) {
        const auto it = indexById.constFind(Database::uuidFromDb(s.value().value(0)));
        if (it != indexById.cend())
            published[*it].incident.services.append(s.value().value(1).toString());
    }

    // Entries of the selected incidents.
    QVariantList entryValues;
    QString entryWhere = incidentConditions(db, query, entryValues);
    entryWhere += (entryWhere.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("e.deleted = ?");
    entryValues << false;
    if (query.publicOnly) {
        entryWhere += QStringLiteral(" AND e.is_public = ?");
        entryValues << true;
    }
    auto e = db.run(QStringLiteral("SELECT e.id, e.incident_id, e.occurred_at, e.recorded_at, e.author, e.kind, e.text, "
                                   "e.pinned, e.is_public, e.deleted, e.source_id, e.version "
                                   "FROM timeline_entries e JOIN incidents i ON i.id = e.incident_id%1 "
                                   "ORDER BY e.occurred_at, e.recorded_at, e.id")
                        .arg(entryWhere),
                    entryValues);
    if (!e)
        return e.error();
    QSqlQuery& er = e.value();
    while (er.next()) {
        TimelineEntry entry;
        entry.id = Database::uuidFromDb(er.value(0));
        entry.incidentId = Database::uuidFromDb(er.value(1));
        entry.occurredAt = db.timeFromDb(er.value(2));
        entry.recordedAt = db.timeFromDb(er.value(3));
        entry.author = er.value(4).toString();
        entry.kind = parseEntryKindKey(er.value(5).toString()).value_or(EntryKind::Note);
        entry.text = er.value(6).toString();
        entry.pinned = er.value(7).toBool();
        entry.isPublic = er.value(8).toBool();
        entry.deleted = er.value(9).toBool();
        entry.sourceId = er.value(10).toString();
        entry.version = er.value(11).toInt();
        const auto it = indexById.constFind(entry.incidentId);
        if (it != indexById.cend())
            published[*it].updates.append(std::move(entry));
    }
    return published;
}

Result<QStringList> PublicStatusReader::services() const
{
    auto q = m_db->run(QStringLiteral("SELECT name FROM services ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<StatusPageSnapshot> PublicStatusReader::snapshot(const StatusPageInfo& page, const QDateTime& now,
                                                        int historyDays) const
{
    StatusPageSnapshot snapshot;
    snapshot.page = page;
    snapshot.now = now.toUTC();
    snapshot.historyDays = std::max(1, historyDays);
    const QDate firstDay = snapshot.now.date().addDays(-(snapshot.historyDays - 1));
    PublishedHistoryQuery query;
    query.publicOnly = true;
    query.since = QDateTime(firstDay, QTime(0, 0), Qt::UTC);
    auto incidents = this->incidents(query);
    if (!incidents)
        return incidents.error();
    auto names = services();
    if (!names)
        return names.error();
    // The query already keeps public entries only; publicIncidents() states the rule once more.
    snapshot.incidents = publicIncidents(incidents.value());
    snapshot.services = names.value();
    return snapshot;
}

} // namespace warroom
