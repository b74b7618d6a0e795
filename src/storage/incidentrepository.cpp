#include "incidentrepository.h"
#include "changelog.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace warroom {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::IncidentRepository)
};

const QString kIncidentColumns = QStringLiteral(
    "id, number, title, summary, severity, status, commander, started_at, detected_at, declared_at, "
    "acknowledged_at, identified_at, mitigated_at, resolved_at, closed_at, source, source_id, version");

/// NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

IncidentRepository::IncidentRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Incident IncidentRepository::incidentFromQuery(const QSqlQuery& q) const
{
    Incident i;
    i.id = Database::uuidFromDb(q.value(0));
    i.number = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.summary = q.value(3).toString();
    i.severity = q.value(4).toInt();
    i.status = parseStatusKey(q.value(5).toString()).value_or(IncidentStatus::Investigating);
    i.commander = q.value(6).toString();
    i.startedAt = m_db->timeFromDb(q.value(7));
    i.detectedAt = m_db->timeFromDb(q.value(8));
    i.declaredAt = m_db->timeFromDb(q.value(9));
    i.acknowledgedAt = m_db->timeFromDb(q.value(10));
    i.identifiedAt = m_db->timeFromDb(q.value(11));
    i.mitigatedAt = m_db->timeFromDb(q.value(12));
    i.resolvedAt = m_db->timeFromDb(q.value(13));
    i.closedAt = m_db->timeFromDb(q.value(14));
    i.source = q.value(15).toString();
    i.sourceId = q.value(16).toString();
    i.version = q.value(17).toInt();
    return i;
}

Result<QList<Incident>> IncidentRepository::selectIncidents(const QString& where, const QVariantList& values) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM incidents %2 ORDER BY number").arg(kIncidentColumns, where),
                       values);
    if (!q)
        return q.error();
    // Names repeat across incidents (a few commanders and services, one source): each
    // distinct text is kept once and shared, which at 100k incidents saves megabytes.
    QSet<QString> names;
    const auto intern = [&names](QString& text) {
        if (text.isEmpty())
            return;
        if (const auto it = names.constFind(text); it != names.cend())
            text = *it;
        else
            names.insert(text);
    };
    QList<Incident> incidents;
    QHash<QUuid, qsizetype> indexById;
    while (q.value().next()) {
        incidents.append(incidentFromQuery(q.value()));
        Incident& added = incidents.last();
        intern(added.commander);
        intern(added.source);
        indexById.insert(added.id, incidents.size() - 1);
    }
    if (incidents.isEmpty())
        return incidents;

    // Services for all selected incidents in one pass: for a few incidents (one looked up
    // by id or number) only theirs, through the primary key; for many, the whole table once.
    QString serviceFilter;
    QVariantList serviceValues;
    constexpr qsizetype kFewIncidents = 64;
    if (incidents.size() <= kFewIncidents) {
        QStringList marks;
        for (const Incident& incident : std::as_const(incidents)) {
            marks << QStringLiteral("?");
            serviceValues << m_db->uuidToDb(incident.id);
        }
        serviceFilter = QStringLiteral("WHERE isv.incident_id IN (%1) ").arg(marks.join(QLatin1Char(',')));
    }
    auto s = m_db->run(QStringLiteral("SELECT isv.incident_id, s.name FROM incident_services isv "
                                      "JOIN services s ON s.id = isv.service_id %1"
                                      "ORDER BY isv.incident_id, isv.position")
                           .arg(serviceFilter),
                       serviceValues);
    if (!s)
        return s.error();
    while (s.value().next()) {
        const auto it = indexById.constFind(Database::uuidFromDb(s.value().value(0)));
        if (it != indexById.cend()) {
            QString name = s.value().value(1).toString();
            intern(name);
            incidents[*it].services.append(name);
        }
    }
    return incidents;
}

Result<QList<Incident>> IncidentRepository::listIncidents(IncidentSet which) const
{
    const QString open = QStringLiteral("status IN ('triggered', 'acknowledged', 'investigating', 'identified', "
                                        "'mitigated')");
    switch (which) {
    case IncidentSet::Open: return selectIncidents(QStringLiteral("WHERE ") + open, {});
    case IncidentSet::NotOpen: return selectIncidents(QStringLiteral("WHERE NOT ") + open, {});
    case IncidentSet::All: break;
    }
    return selectIncidents({}, {});
}

Result<QHash<QUuid, int>> IncidentRepository::timelineEntryCounts() const
{
    auto q = m_db->run(QStringLiteral("SELECT incident_id, COUNT(*) FROM timeline_entries WHERE deleted = ? "
                                      "GROUP BY incident_id"),
                       {false});
    if (!q)
        return q.error();
    QHash<QUuid, int> counts;
    while (q.value().next())
        counts.insert(Database::uuidFromDb(q.value().value(0)), q.value().value(1).toInt());
    return counts;
}

Result<QHash<QUuid, IncidentRepository::TimelineSummary>> IncidentRepository::timelineSummaries(bool openOnly) const
{
    const QString openFilter =
        openOnly ? QStringLiteral("AND incident_id IN (SELECT id FROM incidents WHERE status IN ('triggered', "
                                  "'acknowledged', 'investigating', 'identified', 'mitigated')) ")
                 : QString();
    auto q = m_db->run(QStringLiteral("SELECT incident_id, COUNT(*), "
                                      "MAX(CASE WHEN kind = ? AND is_public = ? THEN occurred_at END) "
                                      "FROM timeline_entries WHERE deleted = ? %1GROUP BY incident_id")
                           .arg(openFilter),
                       {entryKindKey(EntryKind::StakeholderUpdate), true, false});
    if (!q)
        return q.error();
    QHash<QUuid, TimelineSummary> out;
    while (q.value().next()) {
        out.insert(Database::uuidFromDb(q.value().value(0)),
                   TimelineSummary{q.value().value(1).toInt(), m_db->timeFromDb(q.value().value(2))});
    }
    return out;
}

Result<int> IncidentRepository::timelineEntryCount(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM timeline_entries WHERE incident_id = ? AND deleted = ?"),
                       {m_db->uuidToDb(incidentId), false});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<IncidentRepository::TimelineSummary> IncidentRepository::timelineSummary(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT COUNT(*), MAX(CASE WHEN kind = ? AND is_public = ? THEN occurred_at END) "
                                      "FROM timeline_entries WHERE incident_id = ? AND deleted = ?"),
                       {entryKindKey(EntryKind::StakeholderUpdate), true, m_db->uuidToDb(incidentId), false});
    if (!q)
        return q.error();
    if (!q.value().next())
        return TimelineSummary{};
    return TimelineSummary{q.value().value(0).toInt(), m_db->timeFromDb(q.value().value(1))};
}

Result<qint64> IncidentRepository::incidentCount() const
{
    auto q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM incidents"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<Incident> IncidentRepository::findByRef(const QString& ref) const
{
    const qint64 number = parseIncidentRef(ref);
    if (number <= 0) {
        return Result<Incident>::failure(QStringLiteral("not-found"),
                                         Tr::tr("\"%1\" is not an incident reference (expected INC-123).").arg(ref));
    }
    auto found = selectIncidents(QStringLiteral("WHERE number = ?"), {number});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Result<Incident>::failure(QStringLiteral("not-found"), Tr::tr("There is no incident INC-%1.").arg(number));
    return found.value().first();
}

Result<Incident> IncidentRepository::findById(const QUuid& id) const
{
    auto found = selectIncidents(QStringLiteral("WHERE id = ?"), {m_db->uuidToDb(id)});
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        return Result<Incident>::failure(QStringLiteral("not-found"),
                                         Tr::tr("There is no incident with id %1.").arg(id.toString(QUuid::WithoutBraces)));
    }
    return found.value().first();
}

TimelineEntry IncidentRepository::entryFromQuery(const QSqlQuery& r) const
{
    TimelineEntry e;
    e.id = Database::uuidFromDb(r.value(0));
    e.incidentId = Database::uuidFromDb(r.value(1));
    e.occurredAt = m_db->timeFromDb(r.value(2));
    e.recordedAt = m_db->timeFromDb(r.value(3));
    e.author = r.value(4).toString();
    e.kind = parseEntryKindKey(r.value(5).toString()).value_or(EntryKind::Note);
    e.text = r.value(6).toString();
    e.pinned = r.value(7).toBool();
    e.isPublic = r.value(8).toBool();
    e.deleted = r.value(9).toBool();
    e.sourceId = r.value(10).toString();
    e.version = r.value(11).toInt();
    return e;
}

Result<TimelineEntry> IncidentRepository::findTimelineEntry(const QUuid& id) const
{
    auto q = m_db->run(QStringLiteral("SELECT id, incident_id, occurred_at, recorded_at, author, kind, text, pinned, "
                                      "is_public, deleted, source_id, version FROM timeline_entries WHERE id = ?"),
                       {m_db->uuidToDb(id)});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Result<TimelineEntry>::failure(QStringLiteral("not-found"),
                                              Tr::tr("There is no timeline entry %1.").arg(id.toString(QUuid::WithoutBraces)));
    }
    return entryFromQuery(q.value());
}

Result<TimelineEntry> IncidentRepository::updateTimelineEntry(const TimelineEntry& e, int expectedVersion)
{
    auto q = m_db->run(QStringLiteral("UPDATE timeline_entries SET kind = ?, text = ?, occurred_at = ?, pinned = ?, "
                                      "is_public = ?, deleted = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {entryKindKey(e.kind), text(e.text), m_db->timeToDb(e.occurredAt), e.pinned, e.isPublic, e.deleted,
                        m_db->uuidToDb(e.id), expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        auto current = findTimelineEntry(e.id);
        if (!current)
            return current.error();
        return Result<TimelineEntry>::failure(
            QStringLiteral("conflict"),
            Tr::tr("The entry was changed by someone else (version %1, you edited version %2).")
                .arg(current->version)
                .arg(expectedVersion));
    }
    TimelineEntry stored = e;
    stored.version = expectedVersion + 1;
    return stored;
}

Result<QStringList> IncidentRepository::serviceNames() const
{
    auto q = m_db->run(QStringLiteral("SELECT name FROM services ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<Incident> IncidentRepository::updateIncident(const Incident& incident, int expectedVersion)
{
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    const QVariant nullText(QMetaType::fromType<QString>());
    auto q = m_db->run(
        QStringLiteral("UPDATE incidents SET title = ?, summary = ?, severity = ?, status = ?, commander = ?, "
                       "started_at = ?, detected_at = ?, declared_at = ?, acknowledged_at = ?, identified_at = ?, "
                       "mitigated_at = ?, resolved_at = ?, closed_at = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {text(incident.title), text(incident.summary), incident.severity, statusKey(incident.status),
         incident.commander.isEmpty() ? nullText : QVariant(incident.commander), m_db->timeToDb(incident.startedAt),
         m_db->timeToDb(incident.detectedAt), m_db->timeToDb(incident.declaredAt),
         m_db->timeToDb(incident.acknowledgedAt), m_db->timeToDb(incident.identifiedAt),
         m_db->timeToDb(incident.mitigatedAt), m_db->timeToDb(incident.resolvedAt), m_db->timeToDb(incident.closedAt),
         m_db->timeToDb(QDateTime::currentDateTimeUtc()), m_db->uuidToDb(incident.id), expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        auto current = findById(incident.id);
        if (!current)
            return current.error();
        return Result<Incident>::failure(
            QStringLiteral("conflict"),
            Tr::tr("%1 was changed by someone else (version %2, you edited version %3).")
                .arg(current->ref())
                .arg(current->version)
                .arg(expectedVersion));
    }
    if (auto unlink = m_db->run(QStringLiteral("DELETE FROM incident_services WHERE incident_id = ?"),
                                {m_db->uuidToDb(incident.id)});
        !unlink)
        return unlink.error();
    if (auto linked = linkServices(incident); !linked)
        return linked.error();
    if (auto c = tx.commit(); !c) {
        m_serviceIds.clear();
        return c.error();
    }
    Incident stored = incident;
    stored.version = expectedVersion + 1;
    return stored;
}

Result<QList<TimelineEntry>> IncidentRepository::timeline(const QUuid& incidentId, bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT id, incident_id, occurred_at, recorded_at, author, kind, text, pinned, "
                                 "is_public, deleted, source_id, version FROM timeline_entries WHERE incident_id = ?");
    QVariantList values{m_db->uuidToDb(incidentId)};
    if (!includeDeleted) {
        sql += QStringLiteral(" AND deleted = ?");
        values << false;
    }
    sql += QStringLiteral(" ORDER BY occurred_at, recorded_at, id");
    auto q = m_db->run(sql, values);
    if (!q)
        return q.error();
    QList<TimelineEntry> entries;
    while (q.value().next())
        entries.append(entryFromQuery(q.value()));
    return entries;
}

Result<QList<TimelineEntry>> IncidentRepository::timelineEntries(const QUuid& incidentId,
                                                                 const QList<QUuid>& entryIds) const
{
    if (entryIds.isEmpty())
        return QList<TimelineEntry>();
    QString sql = QStringLiteral("SELECT id, incident_id, occurred_at, recorded_at, author, kind, text, pinned, "
                                 "is_public, deleted, source_id, version FROM timeline_entries "
                                 "WHERE incident_id = ? AND id IN (");
    QVariantList values{m_db->uuidToDb(incidentId)};
    for (qsizetype i = 0; i < entryIds.size(); ++i) {
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        values << m_db->uuidToDb(entryIds[i]);
    }
    sql += QLatin1Char(')');
    auto q = m_db->run(sql, values);
    if (!q)
        return q.error();
    QList<TimelineEntry> entries;
    entries.reserve(entryIds.size());
    while (q.value().next())
        entries.append(entryFromQuery(q.value()));
    return entries;
}

Result<qint64> IncidentRepository::nextIncidentNumber() const
{
    auto q = m_db->run(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM incidents"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 1;
}

Result<QUuid> IncidentRepository::serviceIdForName(const QString& name)
{
    // Only a bulk import caches ids: elsewhere an outer transaction may still roll back.
    if (const auto it = m_serviceIds.constFind(name); it != m_serviceIds.cend())
        return *it;
    auto q = m_db->run(QStringLiteral("SELECT id FROM services WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (q.value().next()) {
        const QUuid id = Database::uuidFromDb(q.value().value(0));
        if (m_cacheServiceIds)
            m_serviceIds.insert(name, id);
        return id;
    }
    const QUuid id = QUuid::createUuid();
    if (auto ins = m_db->run(QStringLiteral("INSERT INTO services (id, name) VALUES (?, ?)"), {m_db->uuidToDb(id), name});
        !ins)
        return ins.error();
    if (m_cacheServiceIds)
        m_serviceIds.insert(name, id);
    return id;
}

Result<Incident> IncidentRepository::insertIncidentNoTx(Incident incident, qint64& nextNumber)
{
    if (incident.id.isNull())
        incident.id = QUuid::createUuid();
    if (incident.number <= 0)
        incident.number = nextNumber++;
    else
        nextNumber = std::max(nextNumber, incident.number + 1);
    incident.version = 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ins = cached(QStringLiteral("INSERT INTO incidents (id, number, title, summary, severity, status, commander, "
                                     "started_at, detected_at, declared_at, acknowledged_at, identified_at, mitigated_at, "
                                     "resolved_at, closed_at, source, source_id, created_at, updated_at, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    if (!ins)
        return ins.error();
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariantList values{
        m_db->uuidToDb(incident.id), incident.number, text(incident.title), text(incident.summary), incident.severity,
        statusKey(incident.status), incident.commander.isEmpty() ? nullText : QVariant(incident.commander),
        m_db->timeToDb(incident.startedAt), m_db->timeToDb(incident.detectedAt), m_db->timeToDb(incident.declaredAt),
        m_db->timeToDb(incident.acknowledgedAt), m_db->timeToDb(incident.identifiedAt),
        m_db->timeToDb(incident.mitigatedAt), m_db->timeToDb(incident.resolvedAt), m_db->timeToDb(incident.closedAt),
        incident.source.isEmpty() ? nullText : QVariant(incident.source),
        incident.sourceId.isEmpty() ? nullText : QVariant(incident.sourceId), m_db->timeToDb(now), m_db->timeToDb(now)};
    for (qsizetype k = 0; k < values.size(); ++k)
        ins.value()->bindValue(int(k), values[k]);
    if (auto r = m_db->exec(*ins.value()); !r)
        return r.error();
    if (auto linked = linkServices(incident); !linked)
        return linked.error();
    return incident;
}

Result<void> IncidentRepository::linkServices(const Incident& incident)
{
    QSet<QString> seen;
    int position = 0;
    for (const QString& name : std::as_const(incident.services)) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            continue;
        seen.insert(trimmed);
        auto serviceId = serviceIdForName(trimmed);
        if (!serviceId)
            return serviceId.error();
        auto link = cached(QStringLiteral("INSERT INTO incident_services (incident_id, service_id, "
                                                        "position) VALUES (?, ?, ?)"));
        if (!link)
            return link.error();
        link.value()->bindValue(0, m_db->uuidToDb(incident.id));
        link.value()->bindValue(1, m_db->uuidToDb(serviceId.value()));
        link.value()->bindValue(2, position++);
        if (auto r = m_db->exec(*link.value()); !r)
            return r.error();
    }
    return {};
}

Result<void> IncidentRepository::insertTimelineEntryNoTx(const TimelineEntry& e)
{
    auto ins = cached(QStringLiteral("INSERT INTO timeline_entries (id, incident_id, occurred_at, recorded_at, author, "
                                     "kind, text, pinned, is_public, deleted, source_id, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    if (!ins)
        return ins.error();
    QSqlQuery& q = *ins.value();
    q.bindValue(0, m_db->uuidToDb(e.id.isNull() ? QUuid::createUuid() : e.id));
    q.bindValue(1, m_db->uuidToDb(e.incidentId));
    q.bindValue(2, m_db->timeToDb(e.occurredAt));
    q.bindValue(3, m_db->timeToDb(e.recordedAt.isValid() ? e.recordedAt : e.occurredAt));
    q.bindValue(4, text(e.author));
    q.bindValue(5, entryKindKey(e.kind));
    q.bindValue(6, text(e.text));
    q.bindValue(7, e.pinned);
    q.bindValue(8, e.isPublic);
    q.bindValue(9, e.deleted);
    q.bindValue(10, e.sourceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.sourceId));
    return m_db->exec(q);
}

Result<QSqlQuery*> IncidentRepository::cached(const QString& sql)
{
    return m_db->cachedQuery(sql);
}

Result<void> IncidentRepository::lockWriters()
{
    if (m_db->dialect() != Dialect::Postgresql)
        return {};
    // The same transaction-scoped lock the change-log triggers take (0003_change_log.sql).
    if (auto r = m_db->run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kChangeLogLockKey)); !r)
        return r.error();
    return {};
}

Result<Incident> IncidentRepository::insertIncident(Incident incident)
{
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    // Two clients declaring at once would otherwise both take MAX(number) + 1.
    if (auto locked = lockWriters(); !locked)
        return locked.error();
    auto next = nextIncidentNumber();
    if (!next)
        return next.error();
    qint64 number = next.value();
    auto stored = insertIncidentNoTx(std::move(incident), number);
    if (!stored) {
        m_serviceIds.clear();
        return stored;
    }
    if (auto c = tx.commit(); !c) {
        m_serviceIds.clear();
        return c.error();
    }
    return stored;
}

Result<void> IncidentRepository::insertTimelineEntry(const TimelineEntry& entry)
{
    return insertTimelineEntryNoTx(entry);
}

Result<ImportSummary> IncidentRepository::importBatch(const ImportBatch& batch, const ProgressCallback& progress)
{
    ImportSummary summary;
    summary.warnings = batch.warnings;
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    // Service ids are cached for the length of this transaction only.
    m_cacheServiceIds = true;
    struct CacheScope {
        IncidentRepository* repo;
        ~CacheScope()
        {
            repo->m_cacheServiceIds = false;
            repo->m_serviceIds.clear();
        }
    } cacheScope{this};
    auto fail = [](const Error& e) { return Result<ImportSummary>(e); };

    if (auto locked = lockWriters(); !locked)
        return fail(locked.error());
    auto next = nextIncidentNumber();
    if (!next)
        return fail(next.error());
    qint64 number = next.value();
    const qsizetype total = batch.incidents.size();
    // New incidents get their numbers in order of impact start, so INC-1 is the oldest.
    QList<qsizetype> order(total);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&batch](qsizetype a, qsizetype b) {
        const Incident& x = batch.incidents[a].incident;
        const Incident& y = batch.incidents[b].incident;
        const QDateTime& xs = x.startedAt.isValid() ? x.startedAt : x.declaredAt;
        const QDateTime& ys = y.startedAt.isValid() ? y.startedAt : y.declaredAt;
        return xs < ys;
    });
    qsizetype done = 0;
    for (qsizetype index : order) {
        const ImportedIncident& item = batch.incidents[index];
        QUuid incidentId = item.incident.id;
        QSet<QString> existingEntrySources;
        auto existing = m_db->run(QStringLiteral("SELECT id FROM incidents WHERE source = ? AND source_id = ?"),
                                  {item.incident.source, item.incident.sourceId});
        if (!existing)
            return fail(existing.error());
        if (existing.value().next()) {
            ++summary.incidentsSkipped;
            incidentId = Database::uuidFromDb(existing.value().value(0));
            auto sources = m_db->run(QStringLiteral("SELECT source_id FROM timeline_entries WHERE incident_id = ? "
                                                    "AND source_id IS NOT NULL"),
                                     {m_db->uuidToDb(incidentId)});
            if (!sources)
                return fail(sources.error());
            while (sources.value().next())
                existingEntrySources.insert(sources.value().value(0).toString());
        } else {
            auto stored = insertIncidentNoTx(item.incident, number);
            if (!stored)
                return fail(stored.error());
            incidentId = stored.value().id;
            ++summary.incidentsAdded;
        }
        for (TimelineEntry entry : item.timeline) {
            // Skips updates stored before and an update id the file repeats (the parser warned).
            if (!entry.sourceId.isEmpty() && existingEntrySources.contains(entry.sourceId))
                continue;
            if (!entry.sourceId.isEmpty())
                existingEntrySources.insert(entry.sourceId);
            entry.incidentId = incidentId;
            if (auto ins = insertTimelineEntryNoTx(entry); !ins)
                return fail(ins.error());
            ++summary.timelineEntriesAdded;
        }
        ++done;
        if (progress && (done % 64 == 0 || done == total))
            progress(done, total);
    }
    if (auto c = tx.commit(); !c)
        return fail(c.error());
    qCInfo(lcStorage) << "imported" << summary.incidentsAdded << "incidents," << summary.timelineEntriesAdded
                      << "timeline entries;" << summary.incidentsSkipped << "already present";
    return summary;
}

} // namespace warroom
