#include "postmortemrepository.h"
#include "incidentservice.h"
#include "logging.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::PostmortemRepository)
};

const QString kColumns = QStringLiteral(
    "id, incident_id, status, summary, impact, detection, root_causes, contributing_factors, went_well, went_badly, "
    "lucky, lessons, five_whys, narrative, roles, action_item_ids, checklist, created_at, created_by, updated_at, "
    "updated_by, published_at, version");

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QString whysToDb(const QStringList& whys)
{
    return compact(QJsonArray::fromStringList(whys));
}

QString narrativeToDb(const QList<NarrativeItem>& items)
{
    QJsonArray array;
    for (const NarrativeItem& n : items) {
        array.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(n.at)},
                                 {QStringLiteral("author"), n.author},
                                 {QStringLiteral("kind"), entryKindKey(n.kind)},
                                 {QStringLiteral("text"), n.text}});
    }
    return compact(array);
}

QString rolesToDb(const QList<RoleAssignment>& roles)
{
    QJsonArray array;
    for (const RoleAssignment& r : roles) {
        array.append(QJsonObject{{QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("role"), roleKey(r.role)},
                                 {QStringLiteral("holder"), r.holder},
                                 {QStringLiteral("started_at"), toIsoUtc(r.startedAt)},
                                 {QStringLiteral("ended_at"), toIsoUtc(r.endedAt)},
                                 {QStringLiteral("assigned_by"), r.assignedBy}});
    }
    return compact(array);
}

QString idsToDb(const QList<QUuid>& ids)
{
    QJsonArray array;
    for (const QUuid& id : ids)
        array.append(id.toString(QUuid::WithoutBraces));
    return compact(array);
}

QString checklistToDb(const QList<ChecklistItem>& items)
{
    QJsonArray array;
    for (ChecklistItem i : items)
        array.append(checklistItemKey(i));
    return compact(array);
}

/// The storage values of the content columns, in kColumns order from summary to checklist.
QVariantList contentValues(const Postmortem& pm)
{
    QVariantList values;
    for (PostmortemField f : allPostmortemFields())
        values << QVariant(pm.text(f).isNull() ? QString(QLatin1String("")) : pm.text(f));
    values << whysToDb(pm.fiveWhys) << narrativeToDb(pm.timeline) << rolesToDb(pm.roles) << idsToDb(pm.actionItemIds)
           << checklistToDb(pm.checked);
    return values;
}

Error conflictError(int stored, int expected)
{
    return Error{QStringLiteral("conflict"),
                 Tr::tr("The postmortem was changed by someone else (version %1, you edited version %2). "
                        "Reload it and apply your change again.")
                     .arg(stored)
                     .arg(expected)};
}

} // namespace

PostmortemRepository::PostmortemRepository(std::shared_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

Postmortem PostmortemRepository::fromQuery(const QSqlQuery& q) const
{
    Postmortem pm;
    pm.id = Database::uuidFromDb(q.value(0));
    pm.incidentId = Database::uuidFromDb(q.value(1));
    pm.status = parsePostmortemStatusKey(q.value(2).toString()).value_or(PostmortemStatus::Draft);
    int column = 3;
    for (PostmortemField f : allPostmortemFields())
        pm.setText(f, q.value(column++).toString());
    for (const QJsonValue& v : parseArray(q.value(12)))
        pm.fiveWhys << v.toString();
    for (const QJsonValue& v : parseArray(q.value(13))) {
        const QJsonObject o = v.toObject();
        pm.timeline << NarrativeItem{parseIsoUtc(o.value(QLatin1String("at")).toString()),
                                     o.value(QLatin1String("author")).toString(),
                                     parseEntryKindKey(o.value(QLatin1String("kind")).toString()).value_or(EntryKind::Note),
                                     o.value(QLatin1String("text")).toString()};
    }
    for (const QJsonValue& v : parseArray(q.value(14))) {
        const QJsonObject o = v.toObject();
        RoleAssignment r;
        r.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
        r.incidentId = pm.incidentId;
        r.role = parseRoleKey(o.value(QLatin1String("role")).toString()).value_or(IncidentRole::SubjectMatterExpert);
        r.holder = o.value(QLatin1String("holder")).toString();
        r.startedAt = parseIsoUtc(o.value(QLatin1String("started_at")).toString());
        r.endedAt = parseIsoUtc(o.value(QLatin1String("ended_at")).toString());
        r.assignedBy = o.value(QLatin1String("assigned_by")).toString();
        pm.roles << r;
    }
    for (const QJsonValue& v : parseArray(q.value(15))) {
        const QUuid id = QUuid::fromString(v.toString());
        if (!id.isNull())
            pm.actionItemIds << id;
    }
    for (const QJsonValue& v : parseArray(q.value(16))) {
        if (const auto item = parseChecklistItemKey(v.toString()))
            pm.setChecked(*item, true);
    }
    pm.createdAt = m_db->timeFromDb(q.value(17));
    pm.createdBy = q.value(18).toString();
    pm.updatedAt = m_db->timeFromDb(q.value(19));
    pm.updatedBy = q.value(20).toString();
    pm.publishedAt = m_db->timeFromDb(q.value(21));
    pm.version = q.value(22).toInt();
    return pm;
}

Result<Postmortem> PostmortemRepository::selectOne(const QString& where, const QVariant& value) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM postmortems WHERE %2 = ?").arg(kColumns, where), {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<Postmortem>::failure(QStringLiteral("not-found"), Tr::tr("There is no postmortem yet."));
    return fromQuery(q.value());
}

Result<Postmortem> PostmortemRepository::findForIncident(const QUuid& incidentId) const
{
    return selectOne(QStringLiteral("incident_id"), m_db->uuidToDb(incidentId));
}

Result<Postmortem> PostmortemRepository::findById(const QUuid& id) const
{
    return selectOne(QStringLiteral("id"), m_db->uuidToDb(id));
}

Result<Postmortem> PostmortemRepository::create(Postmortem pm, const QString& actor)
{
    if (pm.incidentId.isNull())
        return Result<Postmortem>::failure(QStringLiteral("invalid"), Tr::tr("A postmortem belongs to an incident."));
    if (pm.id.isNull())
        pm.id = QUuid::createUuid();
    const QDateTime now = m_clock.nowUtc();
    if (!pm.createdAt.isValid())
        pm.createdAt = now;
    if (pm.createdBy.isEmpty())
        pm.createdBy = actor;
    pm.updatedAt = now;
    pm.updatedBy = actor;
    pm.version = 1;

    ActorScope actorGuard(*m_db, actor);
    if (!actorGuard)
        return actorGuard.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto existing = findForIncident(pm.incidentId); existing) {
        return Result<Postmortem>::failure(QStringLiteral("conflict"),
                                           Tr::tr("This incident already has a postmortem."));
    } else if (existing.error().code != QLatin1String("not-found")) {
        return existing.error();
    }
    QVariantList values{m_db->uuidToDb(pm.id), m_db->uuidToDb(pm.incidentId), postmortemStatusKey(pm.status)};
    values << contentValues(pm);
    values << m_db->timeToDb(pm.createdAt) << pm.createdBy << m_db->timeToDb(pm.updatedAt) << pm.updatedBy
           << m_db->timeToDb(pm.publishedAt) << pm.version;
    auto r = m_db->run(QStringLiteral("INSERT INTO postmortems (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kColumns),
                       values);
    if (!r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return pm;
}

Result<Postmortem> PostmortemRepository::createFromIncident(const QUuid& incidentId, const QString& actor)
{
    IncidentService service(m_db, m_clock);
    const auto incident = service.repository().findById(incidentId);
    if (!incident)
        return incident.error();
    const auto entries = service.repository().timeline(incidentId);
    if (!entries)
        return entries.error();
    const auto roles = service.roleHistory(incidentId);
    if (!roles)
        return roles.error();
    const auto items = service.actionItems(incidentId);
    if (!items)
        return items.error();
    return create(prefillPostmortem(incident.value(), entries.value(), roles.value(), items.value(), m_clock.nowUtc(),
                                    actor),
                  actor);
}

Result<Postmortem> PostmortemRepository::save(const Postmortem& pm, int expectedVersion, const QString& actor)
{
    ActorScope actorGuard(*m_db, actor);
    if (!actorGuard)
        return actorGuard.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    const auto before = findById(pm.id);
    if (!before)
        return before.error();
    if (before->status == PostmortemStatus::Published) {
        return Result<Postmortem>::failure(QStringLiteral("read-only"),
                                           Tr::tr("The postmortem is published; revise it (back to In review) "
                                                  "before changing it."));
    }
    const QDateTime now = m_clock.nowUtc();
    QVariantList values = contentValues(pm);
    values << m_db->timeToDb(now) << actor << m_db->uuidToDb(pm.id) << expectedVersion;
    auto r = m_db->run(QStringLiteral("UPDATE postmortems SET summary = ?, impact = ?, detection = ?, root_causes = ?, "
                                      "contributing_factors = ?, went_well = ?, went_badly = ?, lucky = ?, lessons = ?, "
                                      "five_whys = ?, narrative = ?, roles = ?, action_item_ids = ?, checklist = ?, "
                                      "updated_at = ?, updated_by = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       values);
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return conflictError(before->version, expectedVersion);
    if (auto c = tx.commit(); !c)
        return c.error();
    Postmortem stored = pm;
    stored.incidentId = before->incidentId;
    stored.status = before->status;
    stored.createdAt = before->createdAt;
    stored.createdBy = before->createdBy;
    stored.publishedAt = before->publishedAt;
    stored.updatedAt = now;
    stored.updatedBy = actor;
    stored.version = expectedVersion + 1;
    return stored;
}

Result<Postmortem> PostmortemRepository::changeStatus(const QUuid& id, PostmortemStatus to, int expectedVersion,
                                                      const QString& actor)
{
    ActorScope actorGuard(*m_db, actor);
    if (!actorGuard)
        return actorGuard.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    const auto before = findById(id);
    if (!before)
        return before.error();
    if (before->version != expectedVersion)
        return conflictError(before->version, expectedVersion);
    const QDateTime now = m_clock.nowUtc();
    auto moved = movePostmortem(before.value(), to, now);
    if (!moved)
        return moved.error();
    auto r = m_db->run(QStringLiteral("UPDATE postmortems SET status = ?, published_at = ?, updated_at = ?, "
                                      "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {postmortemStatusKey(to), m_db->timeToDb(moved->publishedAt), m_db->timeToDb(now), actor,
                        m_db->uuidToDb(id), expectedVersion});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return conflictError(before->version, expectedVersion);
    IncidentService service(m_db, m_clock);
    const QString text = to == PostmortemStatus::Published
        ? Tr::tr("Postmortem published.")
        : Tr::tr("Postmortem: %1 → %2.").arg(postmortemStatusDisplayName(before->status),
                                              postmortemStatusDisplayName(to));
    if (auto e = service.addEntry(before->incidentId, EntryKind::StatusChange, text, actor, now); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    Postmortem stored = moved.value();
    stored.updatedAt = now;
    stored.updatedBy = actor;
    stored.version = expectedVersion + 1;
    return stored;
}

} // namespace warroom
