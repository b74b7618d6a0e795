#include "outbox.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::Outbox)
};

const QString kAddEntry = QStringLiteral("add-entry");
const QString kEditEntry = QStringLiteral("edit-entry");
const QString kAddActionItem = QStringLiteral("add-action-item");

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid uuidFrom(const QJsonValue& v)
{
    return QUuid::fromString(v.toString());
}

QJsonObject changeToJson(const EntryChange& c)
{
    QJsonObject o;
    if (c.text)
        o.insert(QStringLiteral("text"), *c.text);
    if (c.kind)
        o.insert(QStringLiteral("kind"), entryKindKey(*c.kind));
    if (c.occurredAt)
        o.insert(QStringLiteral("occurred_at"), timeText(*c.occurredAt));
    if (c.pinned)
        o.insert(QStringLiteral("pinned"), *c.pinned);
    if (c.isPublic)
        o.insert(QStringLiteral("public"), *c.isPublic);
    if (c.deleted)
        o.insert(QStringLiteral("deleted"), *c.deleted);
    return o;
}

EntryChange changeFromJson(const QJsonObject& o)
{
    EntryChange c;
    if (o.contains(QStringLiteral("text")))
        c.text = o.value(QStringLiteral("text")).toString();
    if (o.contains(QStringLiteral("kind")))
        c.kind = parseEntryKindKey(o.value(QStringLiteral("kind")).toString()).value_or(EntryKind::Note);
    if (o.contains(QStringLiteral("occurred_at")))
        c.occurredAt = timeFrom(o.value(QStringLiteral("occurred_at")));
    if (o.contains(QStringLiteral("pinned")))
        c.pinned = o.value(QStringLiteral("pinned")).toBool();
    if (o.contains(QStringLiteral("public")))
        c.isPublic = o.value(QStringLiteral("public")).toBool();
    if (o.contains(QStringLiteral("deleted")))
        c.deleted = o.value(QStringLiteral("deleted")).toBool();
    return c;
}

bool matches(const EntryChange& c, const TimelineEntry& e)
{
    return (!c.text || c.text->trimmed() == e.text) && (!c.kind || *c.kind == e.kind) &&
           (!c.occurredAt || c.occurredAt->toMSecsSinceEpoch() == e.occurredAt.toMSecsSinceEpoch()) &&
           (!c.pinned || *c.pinned == e.pinned) && (!c.isPublic || *c.isPublic == e.isPublic) &&
           (!c.deleted || *c.deleted == e.deleted);
}

void applyTo(const EntryChange& c, TimelineEntry& e)
{
    if (c.text)
        e.text = c.text->trimmed();
    if (c.kind)
        e.kind = *c.kind;
    if (c.occurredAt)
        e.occurredAt = c.occurredAt->toUTC();
    if (c.pinned)
        e.pinned = *c.pinned;
    if (c.isPublic)
        e.isPublic = *c.isPublic;
    if (c.deleted)
        e.deleted = *c.deleted;
}

TimelineEntry entryFromArgs(const QJsonObject& a, const QString& actor, const QDateTime& queuedAt)
{
    TimelineEntry e;
    e.id = uuidFrom(a.value(QStringLiteral("id")));
    e.incidentId = uuidFrom(a.value(QStringLiteral("incident")));
    e.kind = parseEntryKindKey(a.value(QStringLiteral("kind")).toString()).value_or(EntryKind::Note);
    e.text = a.value(QStringLiteral("text")).toString();
    e.occurredAt = timeFrom(a.value(QStringLiteral("occurred_at")));
    e.recordedAt = queuedAt;
    e.author = actor;
    e.pinned = a.value(QStringLiteral("pinned")).toBool();
    e.isPublic = a.value(QStringLiteral("public")).toBool();
    return e;
}

} // namespace

bool isConnectionLoss(const Error& error, const Database& db)
{
    return error.code == QLatin1String("disconnected") || !db.isOpen();
}

Outbox::Outbox(std::unique_ptr<OutboxStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

Outbox::~Outbox()
{
    // An empty queue leaves no file behind (the data directory holds queues, not history).
    if (!m_store || !m_pending.isEmpty())
        return;
    auto failed = m_store->failedRecords();
    if (!failed || !failed->isEmpty())
        return;
    const QString path = m_store->path();
    m_store.reset();   // closes the file first
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString& path, QObject* parent)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a crashed copy's lock is taken over (its process is gone)
    if (!lock->tryLock(0)) {
        return Result<std::unique_ptr<Outbox>>::failure(
            QStringLiteral("busy"), Tr::tr("The outbox %1 is in use by another running Warroom.").arg(path));
    }
    auto store = OutboxStore::open(path);
    if (!store)
        return store.error();
    auto records = store.value()->pending();
    if (!records)
        return records.error();
    std::unique_ptr<Outbox> outbox(new Outbox(std::move(store.value()), parent));
    outbox->m_lock = std::move(lock);
    for (const OutboxRecord& r : records.value()) {
        Op op;
        op.seq = r.seq;
        op.kind = r.kind;
        op.args = QJsonDocument::fromJson(r.arguments).object();
        op.actor = r.actor;
        op.queuedAt = r.queuedAt;
        outbox->m_pending << op;
    }
    if (!outbox->m_pending.isEmpty())
        qCInfo(lcSync) << "outbox" << path << "holds" << outbox->m_pending.size() << "queued changes";
    return outbox;
}

Result<std::unique_ptr<Outbox>> Outbox::openFirstFree(const QString& basePath, QObject* parent)
{
    QString stem = basePath;
    if (stem.endsWith(QLatin1String(".db")))
        stem.chop(3);
    for (int n = 1;; ++n) {
        const QString path = n == 1 ? basePath : QStringLiteral("%1-%2.db").arg(stem).arg(n);
        auto outbox = open(path, parent);
        if (outbox || outbox.error().code != QLatin1String("busy") || n == 9)
            return outbox;
    }
}

QString Outbox::path() const
{
    return m_store->path();
}

Result<QList<OutboxRecord>> Outbox::failedRecords() const
{
    return m_store->failedRecords();
}

Result<void> Outbox::append(const QString& kind, const QJsonObject& args, const QString& actor)
{
    Op op;
    op.kind = kind;
    op.args = args;
    op.actor = actor;
    op.queuedAt = QDateTime::currentDateTimeUtc();
    auto seq = m_store->append(kind, QJsonDocument(args).toJson(QJsonDocument::Compact), actor, op.queuedAt);
    if (!seq)
        return seq.error();
    op.seq = seq.value();
    m_pending << op;
    emit pendingCountChanged(pendingCount());
    return {};
}

Result<void> Outbox::queueAddEntry(const TimelineEntry& entry, const QString& actor)
{
    QJsonObject a;
    a.insert(QStringLiteral("incident"), uuidText(entry.incidentId));
    a.insert(QStringLiteral("id"), uuidText(entry.id));
    a.insert(QStringLiteral("kind"), entryKindKey(entry.kind));
    a.insert(QStringLiteral("text"), entry.text);
    a.insert(QStringLiteral("occurred_at"), timeText(entry.occurredAt));
    a.insert(QStringLiteral("pinned"), entry.pinned);
    a.insert(QStringLiteral("public"), entry.isPublic);
    return append(kAddEntry, a, actor);
}

Result<void> Outbox::queueEditEntry(const QUuid& incidentId, const QUuid& entryId, const EntryChange& expected,
                                    const EntryChange& target, const QString& actor)
{
    QJsonObject a;
    a.insert(QStringLiteral("incident"), uuidText(incidentId));
    a.insert(QStringLiteral("id"), uuidText(entryId));
    a.insert(QStringLiteral("expected"), changeToJson(expected));
    a.insert(QStringLiteral("target"), changeToJson(target));
    return append(kEditEntry, a, actor);
}

Result<void> Outbox::queueAddActionItem(const ActionItem& item, const QString& actor)
{
    QJsonObject a;
    a.insert(QStringLiteral("incident"), uuidText(item.incidentId));
    a.insert(QStringLiteral("id"), uuidText(item.id));
    a.insert(QStringLiteral("text"), item.text);
    a.insert(QStringLiteral("owner"), item.owner);
    a.insert(QStringLiteral("priority"), actionPriorityKey(item.priority));
    a.insert(QStringLiteral("due_at"), timeText(item.dueAt));
    a.insert(QStringLiteral("state"), actionStateKey(item.state));
    if (!item.sourceEntryId.isNull())
        a.insert(QStringLiteral("source_entry"), uuidText(item.sourceEntryId));
    return append(kAddActionItem, a, actor);
}

QList<TimelineEntry> Outbox::overlay(const QUuid& incidentId, QList<TimelineEntry> stored,
                                     QSet<QUuid>* pendingIds) const
{
    const QString incident = uuidText(incidentId);
    for (const Op& op : m_pending) {
        if (op.args.value(QStringLiteral("incident")).toString() != incident)
            continue;
        if (op.kind == kAddEntry) {
            TimelineEntry e = entryFromArgs(op.args, op.actor, op.queuedAt);
            bool known = false;
            for (const TimelineEntry& s : std::as_const(stored))
                known = known || s.id == e.id;
            if (!known)
                stored << e;
            if (pendingIds)
                pendingIds->insert(e.id);
        } else if (op.kind == kEditEntry) {
            const QUuid id = uuidFrom(op.args.value(QStringLiteral("id")));
            const EntryChange target = changeFromJson(op.args.value(QStringLiteral("target")).toObject());
            for (TimelineEntry& s : stored) {
                if (s.id == id) {
                    applyTo(target, s);
                    if (pendingIds)
                        pendingIds->insert(id);
                }
            }
        }
    }
    stored.removeIf([](const TimelineEntry& e) { return e.deleted; });
    return stored;
}

Result<void> Outbox::apply(const Op& op, IncidentService& service) const
{
    const QJsonObject& a = op.args;
    const QUuid incidentId = uuidFrom(a.value(QStringLiteral("incident")));
    if (op.kind == kAddEntry) {
        const TimelineEntry e = entryFromArgs(a, op.actor, op.queuedAt);
        auto added = service.addEntry(incidentId, e.kind, e.text, op.actor, e.occurredAt, e.pinned, e.isPublic, e.id);
        if (!added)
            return added.error();
        return {};
    }
    if (op.kind == kEditEntry) {
        const QUuid entryId = uuidFrom(a.value(QStringLiteral("id")));
        const EntryChange expected = changeFromJson(a.value(QStringLiteral("expected")).toObject());
        const EntryChange target = changeFromJson(a.value(QStringLiteral("target")).toObject());
        auto current = service.repository().findTimelineEntry(entryId);
        if (!current)
            return current.error();
        if (matches(target, current.value()))
            return {}; // already applied (a replay whose first commit went unconfirmed)
        if (!matches(expected, current.value())) {
            return Result<void>::failure(
                QStringLiteral("conflict"),
                Tr::tr("The entry “%1” was changed by someone else while you were offline; your change to it "
                       "was not applied.")
                    .arg(current->text.simplified().left(40)));
        }
        auto edited = service.editEntry(entryId, current->version, target, op.actor);
        if (!edited)
            return edited.error();
        return {};
    }
    if (op.kind == kAddActionItem) {
        ActionItem item;
        item.id = uuidFrom(a.value(QStringLiteral("id")));
        item.incidentId = incidentId;
        item.text = a.value(QStringLiteral("text")).toString();
        item.owner = a.value(QStringLiteral("owner")).toString();
        item.priority = parseActionPriorityKey(a.value(QStringLiteral("priority")).toString()).value_or(item.priority);
        item.dueAt = timeFrom(a.value(QStringLiteral("due_at")));
        item.state = parseActionStateKey(a.value(QStringLiteral("state")).toString()).value_or(item.state);
        item.sourceEntryId = uuidFrom(a.value(QStringLiteral("source_entry")));
        auto added = service.addActionItem(item, op.actor);
        if (!added)
            return added.error();
        return {};
    }
    return Result<void>::failure(QStringLiteral("invalid"),
                                 Tr::tr("The outbox holds an operation this version does not know (%1).").arg(op.kind));
}

Result<int> Outbox::replay(IncidentService& service)
{
    int done = 0;
    while (!m_pending.isEmpty()) {
        const Op op = m_pending.first();
        if (auto applied = apply(op, service); !applied) {
            if (isConnectionLoss(applied.error(), *service.database())) {
                qCInfo(lcSync) << "replay stopped after" << done << "changes:" << applied.error().message;
                return Result<int>::failure(QStringLiteral("disconnected"), applied.error().message);
            }
            qCWarning(lcSync) << "queued" << op.kind << op.seq << "refused:" << applied.error().message;
            if (auto marked = m_store->markFailed(op.seq, applied.error().message); !marked)
                return marked.error();
            m_pending.removeFirst();
            emit failed(uuidFrom(op.args.value(QStringLiteral("incident"))), applied.error().code,
                        applied.error().message);
        } else {
            // Committed on the server: only now does it leave the file.
            if (auto removed = m_store->remove(op.seq); !removed)
                return removed.error();
            m_pending.removeFirst();
        }
        ++done;
        emit pendingCountChanged(pendingCount());
    }
    if (done > 0)
        qCInfo(lcSync) << "replayed" << done << "queued changes";
    return done;
}

} // namespace warroom
