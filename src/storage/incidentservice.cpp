#include "incidentservice.h"
#include "logging.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QSet>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::IncidentService)
};

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("invalid"), message};
}

const QString kAssignmentColumns =
    QStringLiteral("id, incident_id, role, holder, started_at, ended_at, assigned_by, version");
const QString kActionColumns = QStringLiteral(
    "id, incident_id, text, owner, priority, due_at, state, created_at, created_by, source_entry_id, version");
const QString kHandOffColumns = QStringLiteral(
    "id, incident_id, role, from_holder, to_holder, objectives, open_action_items, next_update_due, notes, "
    "requested_at, requested_by, accepted_at, cancelled_at, version");

} // namespace

template <typename T, typename Mapper>
Result<QList<T>> IncidentService::mapRows(Result<QSqlQuery>& query, Mapper mapper)
{
    if (!query)
        return query.error();
    QList<T> out;
    while (query.value().next())
        out << mapper(query.value());
    return out;
}

IncidentService::IncidentService(std::shared_ptr<Database> db, const Clock& clock)
    : m_db(db), m_repo(std::move(db)), m_clock(clock)
{
}

// --- Incidents ---------------------------------------------------------------------------

Result<Incident> IncidentService::declare(const DeclareRequest& request, const QString& actor)
{
    const QString title = request.title.simplified();
    if (title.isEmpty())
        return invalid(Tr::tr("An incident needs a title."));
    if (request.severity < 1)
        return invalid(Tr::tr("Severity must be SEV1 or lower."));
    const QDateTime now = m_clock.nowUtc();
    if (request.startedAt.isValid() && request.startedAt > now)
        return invalid(Tr::tr("The impact start cannot be in the future."));

    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    // The declarer becomes incident commander, so they must be in the people directory.
    if (auto known = findPerson(actor); !known) {
        if (known.error().code != QLatin1String("unknown-person"))
            return known.error();
        Person me;
        me.handle = actor;
        if (auto saved = savePerson(me); !saved)
            return saved.error();
    }
    Incident incident;
    incident.id = QUuid::createUuid();
    incident.title = title;
    incident.summary = request.summary.trimmed();
    incident.severity = request.severity;
    incident.status = IncidentStatus::Investigating;
    incident.services = request.services;
    incident.commander = actor;
    incident.startedAt = request.startedAt.isValid() ? request.startedAt.toUTC() : now;
    incident.detectedAt = now;
    incident.declaredAt = now;
    incident.acknowledgedAt = now;   // the declarer is already working on it
    auto stored = m_repo.insertIncident(incident);
    if (!stored)
        return stored;
    const SeverityScale scale;
    if (auto e = writeEntry(stored->id, EntryKind::StatusChange,
                            Tr::tr("Declared %1 at %2; status Investigating.")
                                .arg(stored->ref(), scale.label(stored->severity)),
                            actor, now, false, false);
        !e)
        return e.error();
    if (auto span = startSpan(stored->id, IncidentRole::Commander, actor, actor, now); !span)
        return span.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<Incident> IncidentService::loadForChange(const QUuid& incidentId, std::optional<int> expectedVersion)
{
    auto incident = m_repo.findById(incidentId);
    if (!incident)
        return incident;
    if (expectedVersion && *expectedVersion != incident->version) {
        return Result<Incident>::failure(
            QStringLiteral("conflict"),
            Tr::tr("%1 was changed by someone else (version %2, you saw version %3). Look at it again and retry.")
                .arg(incident->ref())
                .arg(incident->version)
                .arg(*expectedVersion));
    }
    return incident;
}

Result<Incident> IncidentService::changeStatus(const QUuid& incidentId, IncidentStatus to, const QString& actor,
                                               std::optional<int> expectedVersion)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = loadForChange(incidentId, expectedVersion);
    if (!current)
        return current;
    const QDateTime now = m_clock.nowUtc();
    auto next = Lifecycle::transition(current.value(), to, now);
    if (!next)
        return next;
    auto stored = m_repo.updateIncident(next.value(), current->version);
    if (!stored)
        return stored;
    if (auto e = writeEntry(incidentId, EntryKind::StatusChange,
                            Tr::tr("Status %1 → %2.").arg(statusDisplayName(current->status), statusDisplayName(to)),
                            actor, now, false, false);
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<Incident> IncidentService::reopen(const QUuid& incidentId, const QString& actor,
                                         std::optional<int> expectedVersion)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = loadForChange(incidentId, expectedVersion);
    if (!current)
        return current;
    auto next = Lifecycle::reopen(current.value());
    if (!next)
        return next;
    auto stored = m_repo.updateIncident(next.value(), current->version);
    if (!stored)
        return stored;
    if (auto e = writeEntry(incidentId, EntryKind::StatusChange,
                            Tr::tr("Reopened: status %1 → %2.")
                                .arg(statusDisplayName(current->status), statusDisplayName(next->status)),
                            actor, m_clock.nowUtc(), false, false);
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<Incident> IncidentService::reclassify(const QUuid& incidentId, SeverityLevel severity, const QString& actor,
                                             std::optional<int> expectedVersion)
{
    if (severity < 1)
        return invalid(Tr::tr("Severity must be SEV1 or lower."));
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = loadForChange(incidentId, expectedVersion);
    if (!current)
        return current;
    if (current->severity == severity)
        return invalid(Tr::tr("%1 already is %2.").arg(current->ref(), severityCode(severity)));
    Incident next = current.value();
    next.severity = severity;
    auto stored = m_repo.updateIncident(next, current->version);
    if (!stored)
        return stored;
    if (auto e = writeEntry(incidentId, EntryKind::StatusChange,
                            Tr::tr("Severity %1 → %2.").arg(severityCode(current->severity), severityCode(severity)),
                            actor, m_clock.nowUtc(), false, false);
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<Incident> IncidentService::correctTime(const QUuid& incidentId, LifecycleField field, const QDateTime& timeUtc,
                                              const QString& actor, std::optional<int> expectedVersion)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = loadForChange(incidentId, expectedVersion);
    if (!current)
        return current;
    const QDateTime before = lifecycleTime(current.value(), field);
    auto next = Lifecycle::correctTime(current.value(), field, timeUtc, m_clock.nowUtc());
    if (!next)
        return next;
    auto stored = m_repo.updateIncident(next.value(), current->version);
    if (!stored)
        return stored;
    if (auto e = writeEntry(incidentId, EntryKind::StatusChange,
                            Tr::tr("Corrected %1: %2 → %3.")
                                .arg(lifecycleFieldKey(field),
                                     before.isValid() ? toIsoUtc(before) : QStringLiteral("—"), toIsoUtc(timeUtc)),
                            actor, m_clock.nowUtc(), false, false);
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<Incident> IncidentService::editDetails(const QUuid& incidentId, int expectedVersion, const QString& title,
                                              const QString& summary, const QString& actor)
{
    const QString newTitle = title.simplified();
    const QString newSummary = summary.trimmed();
    if (newTitle.isEmpty())
        return invalid(Tr::tr("An incident needs a title."));
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = loadForChange(incidentId, expectedVersion);
    if (!current)
        return current;
    if (current->title == newTitle && current->summary == newSummary)
        return current;
    Incident next = current.value();
    next.title = newTitle;
    next.summary = newSummary;
    auto stored = m_repo.updateIncident(next, current->version);
    if (!stored)
        return stored;
    QStringList lines;
    if (current->title != newTitle)
        lines << Tr::tr("Title “%1” → “%2”.").arg(current->title, newTitle);
    if (current->summary != newSummary) {
        lines << (newSummary.isEmpty() ? Tr::tr("Summary removed.")
                                       : Tr::tr("Summary changed to: %1").arg(newSummary));
    }
    if (auto e = writeEntry(incidentId, EntryKind::StatusChange, lines.join(QLatin1Char('\n')), actor,
                            m_clock.nowUtc(), false, false);
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

// --- Timeline ----------------------------------------------------------------------------

Result<TimelineEntry> IncidentService::writeEntry(const QUuid& incidentId, EntryKind kind, const QString& entryText,
                                                  const QString& actor, const QDateTime& occurredAt, bool pinned,
                                                  bool isPublic, const QUuid& entryId)
{
    TimelineEntry e;
    e.id = entryId.isNull() ? QUuid::createUuid() : entryId;
    e.incidentId = incidentId;
    e.kind = kind;
    e.text = entryText;
    e.author = actor;
    e.recordedAt = m_clock.nowUtc();
    e.occurredAt = occurredAt.isValid() ? occurredAt.toUTC() : e.recordedAt;
    e.pinned = pinned;
    e.isPublic = isPublic;
    if (auto r = m_repo.insertTimelineEntry(e); !r)
        return r.error();
    return e;
}

Result<TimelineEntry> IncidentService::addEntry(const QUuid& incidentId, EntryKind kind, const QString& entryText,
                                                const QString& actor, const QDateTime& occurredAt, bool pinned,
                                                bool isPublic, const QUuid& entryId)
{
    const QString trimmed = entryText.trimmed();
    if (trimmed.isEmpty())
        return invalid(Tr::tr("The entry has no text."));
    if (occurredAt.isValid() && occurredAt > m_clock.nowUtc().addSecs(60))
        return invalid(Tr::tr("An entry cannot be dated in the future."));
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto incident = m_repo.findById(incidentId); !incident)
        return incident.error();
    if (!entryId.isNull()) {
        // Written before (an offline write replayed after its commit went unconfirmed)?
        if (auto existing = m_repo.findTimelineEntry(entryId); existing) {
            if (existing->incidentId != incidentId)
                return invalid(Tr::tr("The entry id %1 belongs to another incident.")
                                   .arg(entryId.toString(QUuid::WithoutBraces)));
            return existing;
        } else if (existing.error().code != QLatin1String("not-found")) {
            return existing.error();
        }
    }
    auto entry = writeEntry(incidentId, kind, trimmed, actor, occurredAt, pinned,
                            isPublic || kind == EntryKind::StakeholderUpdate, entryId);
    if (!entry)
        return entry;
    if (kind == EntryKind::Action) {
        ActionItem item;
        item.incidentId = incidentId;
        item.text = trimmed;
        item.sourceEntryId = entry->id;
        if (auto added = addActionItem(item, actor); !added)
            return added.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return entry;
}

Result<void> IncidentService::writeRevision(const TimelineEntry& state, int revision, const QString& editor,
                                            const QDateTime& at)
{
    auto r = m_db->run(QStringLiteral("INSERT INTO timeline_revisions (entry_id, revision, editor, edited_at, kind, text, "
                                      "occurred_at, pinned, is_public, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m_db->uuidToDb(state.id), revision, editor, m_db->timeToDb(at), entryKindKey(state.kind),
                        text(state.text), m_db->timeToDb(state.occurredAt), state.pinned, state.isPublic, state.deleted});
    if (!r)
        return r.error();
    return {};
}

Result<TimelineEntry> IncidentService::editEntry(const QUuid& entryId, int expectedVersion, const EntryChange& change,
                                                 const QString& actor)
{
    if (change.text && change.text->trimmed().isEmpty())
        return invalid(Tr::tr("The entry has no text; delete it instead."));
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = m_repo.findTimelineEntry(entryId);
    if (!current)
        return current;
    TimelineEntry next = current.value();
    if (change.text)
        next.text = change.text->trimmed();
    if (change.kind)
        next.kind = *change.kind;
    if (change.occurredAt)
        next.occurredAt = change.occurredAt->toUTC();
    if (change.pinned)
        next.pinned = *change.pinned;
    if (change.isPublic)
        next.isPublic = *change.isPublic;
    if (change.deleted)
        next.deleted = *change.deleted;
    auto stored = m_repo.updateTimelineEntry(next, expectedVersion);
    if (!stored)
        return stored;

    auto last = m_db->run(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM timeline_revisions WHERE entry_id = ?"),
                          {m_db->uuidToDb(entryId)});
    if (!last)
        return last.error();
    int revision = last.value().next() ? last.value().value(0).toInt() : 0;
    const QDateTime now = m_clock.nowUtc();
    if (revision == 0) {
        // The first edit also keeps the entry as first written.
        if (auto r = writeRevision(current.value(), ++revision, current->author, current->recordedAt); !r)
            return r.error();
    }
    if (auto r = writeRevision(stored.value(), ++revision, actor, now); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

Result<QList<EntryRevision>> IncidentService::revisions(const QUuid& entryId) const
{
    auto q = m_db->run(QStringLiteral("SELECT entry_id, revision, editor, edited_at, kind, text, occurred_at, pinned, "
                                      "is_public, deleted FROM timeline_revisions WHERE entry_id = ? ORDER BY revision"),
                       {m_db->uuidToDb(entryId)});
    if (!q)
        return q.error();
    QList<EntryRevision> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        EntryRevision rev;
        rev.entryId = Database::uuidFromDb(r.value(0));
        rev.revision = r.value(1).toInt();
        rev.editor = r.value(2).toString();
        rev.editedAt = m_db->timeFromDb(r.value(3));
        rev.kind = parseEntryKindKey(r.value(4).toString()).value_or(EntryKind::Note);
        rev.text = r.value(5).toString();
        rev.occurredAt = m_db->timeFromDb(r.value(6));
        rev.pinned = r.value(7).toBool();
        rev.isPublic = r.value(8).toBool();
        rev.deleted = r.value(9).toBool();
        out << rev;
    }
    return out;
}

Result<QHash<QUuid, QList<EntryRevision>>> IncidentService::revisionsOfIncident(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT DISTINCT r.entry_id FROM timeline_revisions r JOIN timeline_entries e "
                                      "ON e.id = r.entry_id WHERE e.incident_id = ?"),
                       {m_db->uuidToDb(incidentId)});
    if (!q)
        return q.error();
    QList<QUuid> ids;
    while (q.value().next())
        ids << Database::uuidFromDb(q.value().value(0));
    QHash<QUuid, QList<EntryRevision>> out;
    for (const QUuid& id : ids) {
        auto revs = revisions(id);
        if (!revs)
            return revs.error();
        out.insert(id, revs.value());
    }
    return out;
}

Result<TimelineEntry> IncidentService::postStakeholderUpdate(const QUuid& incidentId, const QString& updateText,
                                                             const QString& actor)
{
    return addEntry(incidentId, EntryKind::StakeholderUpdate, updateText, actor, {}, false, true);
}

Result<QDateTime> IncidentService::lastStakeholderUpdateAt(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT MAX(occurred_at) FROM timeline_entries WHERE incident_id = ? AND kind = ? "
                                      "AND is_public = ? AND deleted = ?"),
                       {m_db->uuidToDb(incidentId), entryKindKey(EntryKind::StakeholderUpdate), true, false});
    if (!q)
        return q.error();
    return q.value().next() ? m_db->timeFromDb(q.value().value(0)) : QDateTime();
}

Result<QHash<QUuid, QDateTime>> IncidentService::lastStakeholderUpdates() const
{
    auto q = m_db->run(QStringLiteral("SELECT incident_id, MAX(occurred_at) FROM timeline_entries WHERE kind = ? AND "
                                      "is_public = ? AND deleted = ? GROUP BY incident_id"),
                       {entryKindKey(EntryKind::StakeholderUpdate), true, false});
    if (!q)
        return q.error();
    QHash<QUuid, QDateTime> out;
    while (q.value().next())
        out.insert(Database::uuidFromDb(q.value().value(0)), m_db->timeFromDb(q.value().value(1)));
    return out;
}

// --- People ------------------------------------------------------------------------------

Result<QList<Person>> IncidentService::people() const
{
    auto q = m_db->run(QStringLiteral("SELECT id, handle, name, team, contact, version FROM people ORDER BY handle"));
    if (!q)
        return q.error();
    QList<Person> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << Person{Database::uuidFromDb(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                      r.value(3).toString(), r.value(4).toString(), r.value(5).toInt()};
    }
    return out;
}

Result<Person> IncidentService::findPerson(const QString& handle) const
{
    auto q = m_db->run(QStringLiteral("SELECT id, handle, name, team, contact, version FROM people WHERE handle = ?"),
                       {handle});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Result<Person>::failure(QStringLiteral("unknown-person"),
                                       Tr::tr("Nobody with the handle @%1 is in the people directory.").arg(handle));
    }
    const QSqlQuery& r = q.value();
    return Person{Database::uuidFromDb(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                  r.value(3).toString(),          r.value(4).toString(), r.value(5).toInt()};
}

Result<void> IncidentService::requireKnownPerson(const QString& handle) const
{
    auto p = findPerson(handle);
    if (!p)
        return p.error();
    return {};
}

Result<Person> IncidentService::savePerson(Person person)
{
    person.handle = person.handle.trimmed();
    if (person.handle.startsWith(QLatin1Char('@')))
        person.handle = person.handle.mid(1);
    if (!isValidHandle(person.handle))
        return invalid(Tr::tr("\"%1\" is not a handle: use 1–64 letters, digits, '.', '_' or '-'.").arg(person.handle));
    auto existing = findPerson(person.handle);
    if (existing) {
        auto r = m_db->run(QStringLiteral("UPDATE people SET name = ?, team = ?, contact = ?, version = version + 1 "
                                          "WHERE handle = ?"),
                           {text(person.name.trimmed()), text(person.team.trimmed()), text(person.contact.trimmed()),
                            person.handle});
        if (!r)
            return r.error();
        person.id = existing->id;
        person.version = existing->version + 1;
        return person;
    }
    if (existing.error().code != QLatin1String("unknown-person"))
        return existing.error();
    person.id = QUuid::createUuid();
    person.version = 1;
    auto r = m_db->run(QStringLiteral("INSERT INTO people (id, handle, name, team, contact) VALUES (?, ?, ?, ?, ?)"),
                       {m_db->uuidToDb(person.id), person.handle, text(person.name.trimmed()),
                        text(person.team.trimmed()), text(person.contact.trimmed())});
    if (!r)
        return r.error();
    return person;
}

Result<void> IncidentService::removePerson(const QString& handle)
{
    auto r = m_db->run(QStringLiteral("DELETE FROM people WHERE handle = ?"), {handle});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 0) {
        return Result<void>::failure(QStringLiteral("unknown-person"),
                                     Tr::tr("Nobody with the handle @%1 is in the people directory.").arg(handle));
    }
    return {};
}

namespace {

/// Splits RFC 4180 CSV into rows of fields; `rowLines` gets the line each row starts on (a
/// quoted field may span lines). Error text names the line of an unterminated quote.
Result<QList<QStringList>> parseCsv(const QString& textIn, QList<int>& rowLines)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < textIn.size(); ++i) {
        const QChar c = textIn.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < textIn.size() && textIn.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < textIn.size() && textIn.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            rowLines << rowLine;
            row.clear();
            field.clear();
            fieldStarted = false;
            rowLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Result<QList<QStringList>>::failure(
            QStringLiteral("invalid"), Tr::tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
        rowLines << rowLine;
    }
    return rows;
}

} // namespace

Result<int> IncidentService::importPeopleCsv(const QByteArray& csv)
{
    QList<int> lines;
    auto rows = parseCsv(QString::fromUtf8(csv), lines);
    if (!rows)
        return rows.error();
    QList<QStringList>& all = rows.value();
    while (!all.isEmpty() && all.last().join(QString()).trimmed().isEmpty()) {
        all.removeLast();
        lines.removeLast();
    }
    if (all.isEmpty())
        return invalid(Tr::tr("The file is empty; the first line must name the columns (handle,name,team,contact)."));
    QStringList header = all.takeFirst();
    lines.removeFirst();
    for (QString& h : header)
        h = h.trimmed().toLower();
    const qsizetype handleCol = header.indexOf(QStringLiteral("handle"));
    if (handleCol < 0)
        return invalid(Tr::tr("Line 1: no \"handle\" column (the first line must name the columns)."));
    const qsizetype nameCol = header.indexOf(QStringLiteral("name"));
    const qsizetype teamCol = header.indexOf(QStringLiteral("team"));
    const qsizetype contactCol = header.indexOf(QStringLiteral("contact"));

    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    int count = 0;
    QSet<QString> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QStringList& fields = all[i];
        const int line = lines.at(i);
        if (fields.join(QString()).trimmed().isEmpty())
            continue;
        if (fields.size() != header.size()) {
            return invalid(Tr::tr("Line %1: %2 fields, but the header names %3.")
                               .arg(line)
                               .arg(fields.size())
                               .arg(header.size()));
        }
        Person p;
        p.handle = fields[handleCol].trimmed();
        p.name = nameCol >= 0 ? fields[nameCol] : QString();
        p.team = teamCol >= 0 ? fields[teamCol] : QString();
        p.contact = contactCol >= 0 ? fields[contactCol] : QString();
        if (seen.contains(p.handle))
            return invalid(Tr::tr("Line %1: @%2 appears twice.").arg(line).arg(p.handle));
        seen.insert(p.handle);
        auto saved = savePerson(p);
        if (!saved)
            return Error{saved.error().code, Tr::tr("Line %1: %2").arg(line).arg(saved.error().message)};
        ++count;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return count;
}

// --- Roles -------------------------------------------------------------------------------

RoleAssignment IncidentService::assignmentFromQuery(const QSqlQuery& r) const
{
    RoleAssignment a;
    a.id = Database::uuidFromDb(r.value(0));
    a.incidentId = Database::uuidFromDb(r.value(1));
    a.role = parseRoleKey(r.value(2).toString()).value_or(IncidentRole::SubjectMatterExpert);
    a.holder = r.value(3).toString();
    a.startedAt = m_db->timeFromDb(r.value(4));
    a.endedAt = m_db->timeFromDb(r.value(5));
    a.assignedBy = r.value(6).toString();
    a.version = r.value(7).toInt();
    return a;
}

Result<RoleAssignment> IncidentService::startSpan(const QUuid& incidentId, IncidentRole role, const QString& holder,
                                                  const QString& actor, const QDateTime& at)
{
    RoleAssignment a;
    a.id = QUuid::createUuid();
    a.incidentId = incidentId;
    a.role = role;
    a.holder = holder;
    a.startedAt = at;
    a.assignedBy = actor;
    auto r = m_db->run(QStringLiteral("INSERT INTO role_assignments (id, incident_id, role, holder, started_at, "
                                      "assigned_by) VALUES (?, ?, ?, ?, ?, ?)"),
                       {m_db->uuidToDb(a.id), m_db->uuidToDb(incidentId), roleKey(role), holder, m_db->timeToDb(at),
                        actor});
    if (!r)
        return r.error();
    return a;
}

Result<Incident> IncidentService::setCommander(const QUuid& incidentId, const QString& holder)
{
    auto incident = m_repo.findById(incidentId);
    if (!incident)
        return incident;
    Incident next = incident.value();
    next.commander = holder;
    return m_repo.updateIncident(next, incident->version);
}

Result<RoleAssignment> IncidentService::assignRole(const QUuid& incidentId, IncidentRole role, const QString& holder,
                                                   const QString& actor, const HandOffBrief& brief)
{
    if (auto known = requireKnownPerson(holder); !known)
        return known.error();
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto incident = m_repo.findById(incidentId);
    if (!incident)
        return incident.error();
    auto current = currentRoles(incidentId);
    if (!current)
        return current.error();
    const QDateTime now = m_clock.nowUtc();
    QString previous;
    for (const RoleAssignment& a : current.value()) {
        if (a.role != role)
            continue;
        if (a.holder == holder) {
            return invalid(Tr::tr("@%1 already is %2 of %3.").arg(holder, roleDisplayName(role), incident->ref()));
        }
        if (isSingleHolderRole(role)) {
            previous = a.holder;
            if (auto end = m_db->run(QStringLiteral("UPDATE role_assignments SET ended_at = ?, version = version + 1 "
                                                    "WHERE id = ?"),
                                     {m_db->timeToDb(now), m_db->uuidToDb(a.id)});
                !end)
                return end.error();
        }
    }
    // A direct assignment settles any hand-off of that role still waiting for acceptance.
    if (isSingleHolderRole(role)) {
        if (auto withdrawn = m_db->run(QStringLiteral("UPDATE hand_offs SET cancelled_at = ?, version = version + 1 "
                                                      "WHERE incident_id = ? AND role = ? AND accepted_at IS NULL "
                                                      "AND cancelled_at IS NULL"),
                                       {m_db->timeToDb(now), m_db->uuidToDb(incidentId), roleKey(role)});
            !withdrawn)
            return withdrawn.error();
    }
    auto span = startSpan(incidentId, role, holder, actor, now);
    if (!span)
        return span;
    QString entryText;
    EntryKind kind = EntryKind::Note;
    if (previous.isEmpty()) {
        entryText = Tr::tr("@%1 is %2 (assigned by @%3).").arg(holder, roleDisplayName(role), actor);
    } else {
        kind = EntryKind::HandOff;
        entryText = Tr::tr("Hand-off: %1 passes from @%2 to @%3.").arg(roleDisplayName(role), previous, holder);
        if (!brief.isEmpty())
            entryText += QLatin1Char('\n') + brief.toText();
    }
    if (auto e = writeEntry(incidentId, kind, entryText, actor, now, false, false); !e)
        return e.error();
    if (role == IncidentRole::Commander) {
        if (auto c = setCommander(incidentId, holder); !c)
            return c.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return span;
}

Result<void> IncidentService::endRole(const QUuid& assignmentId, const QString& actor)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM role_assignments WHERE id = ?").arg(kAssignmentColumns),
                       {m_db->uuidToDb(assignmentId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<void>::failure(QStringLiteral("not-found"), Tr::tr("That role assignment does not exist."));
    const RoleAssignment a = assignmentFromQuery(q.value());
    if (!a.isCurrent())
        return invalid(Tr::tr("@%1 no longer holds %2.").arg(a.holder, roleDisplayName(a.role)));
    const QDateTime now = m_clock.nowUtc();
    if (auto end = m_db->run(QStringLiteral("UPDATE role_assignments SET ended_at = ?, version = version + 1 WHERE id = ?"),
                             {m_db->timeToDb(now), m_db->uuidToDb(assignmentId)});
        !end)
        return end.error();
    if (auto e = writeEntry(a.incidentId, EntryKind::Note,
                            Tr::tr("@%1 is no longer %2.").arg(a.holder, roleDisplayName(a.role)), actor, now, false,
                            false);
        !e)
        return e.error();
    if (a.role == IncidentRole::Commander) {
        if (auto c = setCommander(a.incidentId, QString()); !c)
            return c.error();
    }
    return tx.commit();
}

Result<QList<RoleAssignment>> IncidentService::roleHistory(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM role_assignments WHERE incident_id = ? ORDER BY started_at, role")
                           .arg(kAssignmentColumns),
                       {m_db->uuidToDb(incidentId)});
    return mapRows<RoleAssignment>(q, [this](const QSqlQuery& r) { return assignmentFromQuery(r); });
}

Result<QList<RoleAssignment>> IncidentService::currentRoles(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM role_assignments WHERE incident_id = ? AND ended_at IS NULL "
                                      "ORDER BY started_at")
                           .arg(kAssignmentColumns),
                       {m_db->uuidToDb(incidentId)});
    return mapRows<RoleAssignment>(q, [this](const QSqlQuery& r) { return assignmentFromQuery(r); });
}

HandOff IncidentService::handOffFromQuery(const QSqlQuery& r) const
{
    HandOff h;
    h.id = Database::uuidFromDb(r.value(0));
    h.incidentId = Database::uuidFromDb(r.value(1));
    h.role = parseRoleKey(r.value(2).toString()).value_or(IncidentRole::Commander);
    h.fromHolder = r.value(3).toString();
    h.toHolder = r.value(4).toString();
    h.brief.objectives = r.value(5).toString();
    h.brief.openActionItems = r.value(6).toString();
    h.brief.nextUpdateDue = m_db->timeFromDb(r.value(7));
    h.brief.notes = r.value(8).toString();
    h.requestedAt = m_db->timeFromDb(r.value(9));
    h.requestedBy = r.value(10).toString();
    h.acceptedAt = m_db->timeFromDb(r.value(11));
    h.cancelledAt = m_db->timeFromDb(r.value(12));
    h.version = r.value(13).toInt();
    return h;
}

Result<HandOff> IncidentService::requestHandOff(const QUuid& incidentId, IncidentRole role, const QString& toHolder,
                                                const HandOffBrief& brief, const QString& actor)
{
    if (!isSingleHolderRole(role))
        return invalid(Tr::tr("Subject-matter experts are added, not handed off."));
    if (auto known = requireKnownPerson(toHolder); !known)
        return known.error();
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = currentRoles(incidentId);
    if (!current)
        return current.error();
    QString holder;
    for (const RoleAssignment& a : current.value()) {
        if (a.role == role)
            holder = a.holder;
    }
    if (holder.isEmpty())
        return invalid(Tr::tr("Nobody holds %1; assign it instead.").arg(roleDisplayName(role)));
    if (holder == toHolder)
        return invalid(Tr::tr("@%1 already holds %2.").arg(toHolder, roleDisplayName(role)));
    auto existing = handOffs(incidentId);
    if (!existing)
        return existing.error();
    for (const HandOff& h : existing.value()) {
        if (h.isPending() && h.role == role) {
            return invalid(Tr::tr("A hand-off of %1 to @%2 is already waiting for acceptance.")
                               .arg(roleDisplayName(role), h.toHolder));
        }
    }
    HandOff h;
    h.id = QUuid::createUuid();
    h.incidentId = incidentId;
    h.role = role;
    h.fromHolder = holder;
    h.toHolder = toHolder;
    h.brief = brief;
    h.requestedAt = m_clock.nowUtc();
    h.requestedBy = actor;
    auto r = m_db->run(QStringLiteral("INSERT INTO hand_offs (id, incident_id, role, from_holder, to_holder, objectives, "
                                      "open_action_items, next_update_due, notes, requested_at, requested_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m_db->uuidToDb(h.id), m_db->uuidToDb(incidentId), roleKey(role), holder, toHolder,
                        text(brief.objectives), text(brief.openActionItems), m_db->timeToDb(brief.nextUpdateDue),
                        text(brief.notes), m_db->timeToDb(h.requestedAt), actor});
    if (!r)
        return r.error();
    QString entryText = Tr::tr("Hand-off requested: %1 from @%2 to @%3.").arg(roleDisplayName(role), holder, toHolder);
    if (!brief.isEmpty())
        entryText += QLatin1Char('\n') + brief.toText();
    if (auto e = writeEntry(incidentId, EntryKind::HandOff, entryText, actor, h.requestedAt, false, false); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return h;
}

Result<HandOff> IncidentService::pendingHandOff(const QUuid& handOffId) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM hand_offs WHERE id = ?").arg(kHandOffColumns),
                       {m_db->uuidToDb(handOffId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<HandOff>::failure(QStringLiteral("not-found"), Tr::tr("That hand-off does not exist."));
    const HandOff h = handOffFromQuery(q.value());
    if (!h.isPending())
        return invalid(Tr::tr("That hand-off is no longer waiting for acceptance."));
    return h;
}

Result<RoleAssignment> IncidentService::acceptHandOff(const QUuid& handOffId, const QString& actor)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto pending = pendingHandOff(handOffId);
    if (!pending)
        return pending.error();
    const HandOff h = pending.value();
    const QDateTime now = m_clock.nowUtc();
    auto current = currentRoles(h.incidentId);
    if (!current)
        return current.error();
    for (const RoleAssignment& a : current.value()) {
        if (a.role == h.role) {
            if (auto end = m_db->run(QStringLiteral("UPDATE role_assignments SET ended_at = ?, version = version + 1 "
                                                    "WHERE id = ?"),
                                     {m_db->timeToDb(now), m_db->uuidToDb(a.id)});
                !end)
                return end.error();
        }
    }
    auto span = startSpan(h.incidentId, h.role, h.toHolder, h.requestedBy, now);
    if (!span)
        return span;
    auto u = m_db->run(QStringLiteral("UPDATE hand_offs SET accepted_at = ?, version = version + 1 WHERE id = ? "
                                      "AND version = ?"),
                       {m_db->timeToDb(now), m_db->uuidToDb(h.id), h.version});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1) {
        return Result<RoleAssignment>::failure(QStringLiteral("conflict"),
                                               Tr::tr("Someone else answered that hand-off first."));
    }
    if (auto e = writeEntry(h.incidentId, EntryKind::HandOff,
                            Tr::tr("Hand-off accepted: @%1 is now %2 (was @%3).")
                                .arg(h.toHolder, roleDisplayName(h.role), h.fromHolder),
                            actor, now, false, false);
        !e)
        return e.error();
    if (h.role == IncidentRole::Commander) {
        if (auto c = setCommander(h.incidentId, h.toHolder); !c)
            return c.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return span;
}

Result<void> IncidentService::cancelHandOff(const QUuid& handOffId, const QString& actor)
{
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto pending = pendingHandOff(handOffId);
    if (!pending)
        return pending.error();
    const HandOff h = pending.value();
    const QDateTime now = m_clock.nowUtc();
    if (auto u = m_db->run(QStringLiteral("UPDATE hand_offs SET cancelled_at = ?, version = version + 1 WHERE id = ?"),
                           {m_db->timeToDb(now), m_db->uuidToDb(h.id)});
        !u)
        return u.error();
    if (auto e = writeEntry(h.incidentId, EntryKind::HandOff,
                            Tr::tr("Hand-off of %1 to @%2 withdrawn.").arg(roleDisplayName(h.role), h.toHolder), actor,
                            now, false, false);
        !e)
        return e.error();
    return tx.commit();
}

Result<QList<HandOff>> IncidentService::handOffs(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM hand_offs WHERE incident_id = ? ORDER BY requested_at")
                           .arg(kHandOffColumns),
                       {m_db->uuidToDb(incidentId)});
    return mapRows<HandOff>(q, [this](const QSqlQuery& r) { return handOffFromQuery(r); });
}

// --- Action items ------------------------------------------------------------------------

ActionItem IncidentService::actionItemFromQuery(const QSqlQuery& r) const
{
    ActionItem a;
    a.id = Database::uuidFromDb(r.value(0));
    a.incidentId = Database::uuidFromDb(r.value(1));
    a.text = r.value(2).toString();
    a.owner = r.value(3).toString();
    a.priority = parseActionPriorityKey(r.value(4).toString()).value_or(ActionPriority::Medium);
    a.dueAt = m_db->timeFromDb(r.value(5));
    a.state = parseActionStateKey(r.value(6).toString()).value_or(ActionState::Open);
    a.createdAt = m_db->timeFromDb(r.value(7));
    a.createdBy = r.value(8).toString();
    a.sourceEntryId = Database::uuidFromDb(r.value(9));
    a.version = r.value(10).toInt();
    return a;
}

Result<ActionItem> IncidentService::addActionItem(ActionItem item, const QString& actor)
{
    item.text = item.text.trimmed();
    if (item.text.isEmpty())
        return invalid(Tr::tr("An action item needs a text."));
    if (!item.owner.isEmpty()) {
        if (auto known = requireKnownPerson(item.owner); !known)
            return known.error();
    }
    item.id = item.id.isNull() ? QUuid::createUuid() : item.id;
    item.createdAt = m_clock.nowUtc();
    item.createdBy = actor;
    item.version = 1;
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    // A caller-chosen id already stored (a replayed offline write): done.
    auto existing = m_db->run(QStringLiteral("SELECT %1 FROM action_items WHERE id = ?").arg(kActionColumns),
                              {m_db->uuidToDb(item.id)});
    if (!existing)
        return existing.error();
    if (existing.value().next())
        return actionItemFromQuery(existing.value());
    auto r = m_db->run(QStringLiteral("INSERT INTO action_items (id, incident_id, text, owner, priority, due_at, state, "
                                      "created_at, created_by, source_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m_db->uuidToDb(item.id), m_db->uuidToDb(item.incidentId), item.text, nullableText(item.owner),
                        actionPriorityKey(item.priority), m_db->timeToDb(item.dueAt), actionStateKey(item.state),
                        m_db->timeToDb(item.createdAt), actor, m_db->uuidToDb(item.sourceEntryId)});
    if (!r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return item;
}

Result<ActionItem> IncidentService::updateActionItem(const ActionItem& item, int expectedVersion, const QString& actor)
{
    if (item.text.trimmed().isEmpty())
        return invalid(Tr::tr("An action item needs a text."));
    if (!item.owner.isEmpty()) {
        if (auto known = requireKnownPerson(item.owner); !known)
            return known.error();
    }
    ActorScope actorScope(*m_db, actor);
    if (!actorScope)
        return actorScope.error();
    SqlTransaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = m_db->run(QStringLiteral("SELECT %1 FROM action_items WHERE id = ?").arg(kActionColumns),
                            {m_db->uuidToDb(item.id)});
    if (!before)
        return before.error();
    if (!before.value().next())
        return Result<ActionItem>::failure(QStringLiteral("not-found"), Tr::tr("That action item does not exist."));
    const ActionItem old = actionItemFromQuery(before.value());
    auto r = m_db->run(QStringLiteral("UPDATE action_items SET text = ?, owner = ?, priority = ?, due_at = ?, state = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       {item.text.trimmed(), nullableText(item.owner), actionPriorityKey(item.priority),
                        m_db->timeToDb(item.dueAt), actionStateKey(item.state), m_db->uuidToDb(item.id),
                        expectedVersion});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1) {
        return Result<ActionItem>::failure(
            QStringLiteral("conflict"),
            Tr::tr("The action item was changed by someone else (version %1, you edited version %2).")
                .arg(old.version)
                .arg(expectedVersion));
    }
    if (old.state != item.state) {
        if (auto e = writeEntry(old.incidentId, EntryKind::Note,
                                Tr::tr("Action item \"%1\": %2 → %3.")
                                    .arg(item.text.trimmed(), actionStateDisplayName(old.state),
                                         actionStateDisplayName(item.state)),
                                actor, m_clock.nowUtc(), false, false);
            !e)
            return e.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    ActionItem stored = item;
    stored.text = item.text.trimmed();
    stored.version = expectedVersion + 1;
    stored.createdAt = old.createdAt;
    stored.createdBy = old.createdBy;
    stored.sourceEntryId = old.sourceEntryId;
    return stored;
}

Result<QList<ActionItem>> IncidentService::actionItems(const QUuid& incidentId) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM action_items WHERE incident_id = ? ORDER BY created_at")
                           .arg(kActionColumns),
                       {m_db->uuidToDb(incidentId)});
    return mapRows<ActionItem>(q, [this](const QSqlQuery& r) { return actionItemFromQuery(r); });
}

Result<QList<ActionItem>> IncidentService::actionItemsOwnedBy(const QString& owner) const
{
    auto q = m_db->run(QStringLiteral("SELECT %1 FROM action_items WHERE owner = ? ORDER BY "
                                      "CASE WHEN state IN ('open', 'in_progress') THEN 0 ELSE 1 END, "
                                      "CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, created_at")
                           .arg(kActionColumns),
                       {owner});
    return mapRows<ActionItem>(q, [this](const QSqlQuery& r) { return actionItemFromQuery(r); });
}

} // namespace warroom
