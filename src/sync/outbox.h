#pragma once
// Outbox: writes made while the shared database cannot be reached, kept in a local file and
// replayed in order once it is back. See docs/sync.md, "Offline outbox".

#include "storage/incidentservice.h"
#include "storage/outboxstore.h"

#include "core/actionitem.h"
#include "core/result.h"
#include "core/timelineentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <memory>

namespace warroom {

/// True when `error` means the connection to the server is gone (code "disconnected", or any
/// failure while `db` reports its connection closed), as opposed to a refusal by the server
/// (conflict, permission, invalid input) that retrying cannot fix.
bool isConnectionLoss(const Error& error, const Database& db);

/// The queue of one user's offline writes to one shared database (an OutboxStore file).
///
/// Queued operations, each carrying the client-generated UUIDs of what it creates, so that a
/// replay is idempotent (IncidentService returns the existing row instead of a duplicate):
/// - "add-entry": a timeline entry (any kind; stakeholder updates are public entries);
/// - "edit-entry": an entry's fields from `expected` to `target` (a revision, as an undoable
///   edit makes one); replayed only if the stored entry still shows `expected`, and counted as
///   done when it already shows `target`;
/// - "add-action-item": an action item.
///
/// replay() applies them in queue order, each in its own transaction through IncidentService,
/// and removes an operation from the file only after its transaction committed. A lost
/// connection stops the replay (the rest stays queued); any other refusal is reported by
/// failed() and kept in the file, marked failed, instead of being retried or dropped.
class Outbox : public QObject {
    Q_OBJECT
public:
    /// Opens the outbox file at `path` (see OutboxStore::open and defaultPath) and loads the
    /// operations still queued in it, e.g. by an earlier run of the app. The destructor
    /// deletes the file when nothing is left in it (neither queued nor failed). The file is locked
    /// (`path`.lock, QLockFile) for as long as this object lives: error "busy" when another
    /// running copy of the app holds it (openFirstFree() then takes the next one).
    static Result<std::unique_ptr<Outbox>> open(const QString& path, QObject* parent = nullptr);
    /// open() on `basePath`, or, when that is busy, on basePath with "-2", "-3", ... before
    /// ".db" (up to 9): two copies of the app on one database each get a queue of their own,
    /// and what a copy left queued is picked up by the next one to start.
    static Result<std::unique_ptr<Outbox>> openFirstFree(const QString& basePath, QObject* parent = nullptr);
    ~Outbox() override;

    QString path() const;
    /// Operations waiting for the server.
    int pendingCount() const { return int(m_pending.size()); }
    /// Operations the server refused (kept in the file, not replayed).
    Result<QList<OutboxRecord>> failedRecords() const;

    /// Queues a new timeline entry: `entry.id` (client-generated), incidentId, kind, text,
    /// occurredAt (UTC, set), pinned and isPublic are kept. Error from the file ("sql").
    Result<void> queueAddEntry(const TimelineEntry& entry, const QString& actor);
    /// Queues an edit of entry `entryId` of `incidentId`: the fields set in `expected` (what
    /// the user saw) become those set in `target`.
    Result<void> queueEditEntry(const QUuid& incidentId, const QUuid& entryId, const EntryChange& expected,
                                const EntryChange& target, const QString& actor);
    /// Queues a new action item (`item.id` client-generated).
    Result<void> queueAddActionItem(const ActionItem& item, const QString& actor);

    /// `stored` (one incident's entries as last read from the server) as the user should see
    /// it: with the queued edits applied (soft-deleted ones left out) and the queued new
    /// entries of `incidentId` added at the end. `pendingIds` (if given) receives the ids of
    /// entries added or changed by a queued operation.
    QList<TimelineEntry> overlay(const QUuid& incidentId, QList<TimelineEntry> stored,
                                 QSet<QUuid>* pendingIds = nullptr) const;

    /// Replays the queue in order through `service` (as each operation's actor). Returns how
    /// many operations left the queue (committed, or refused and reported). Error
    /// "disconnected" when the connection was lost on the way (what is left stays queued), or
    /// the outbox file's error.
    Result<int> replay(IncidentService& service);

signals:
    /// The number of queued operations changed.
    void pendingCountChanged(int count);
    /// The server refused a queued operation of `incidentId` (`code` e.g. "conflict",
    /// "invalid", "sql" for a permission error); it stays in the file, marked failed.
    void failed(const QUuid& incidentId, const QString& code, const QString& message);

private:
    struct Op {
        qint64 seq = 0;
        QString kind;
        QJsonObject args;
        QString actor;
        QDateTime queuedAt;
    };

    Outbox(std::unique_ptr<OutboxStore> store, QObject* parent);
    Result<void> append(const QString& kind, const QJsonObject& args, const QString& actor);
    Result<void> apply(const Op& op, IncidentService& service) const;

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<OutboxStore> m_store;
    QList<Op> m_pending; ///< what the file holds, not failed, in order
};

} // namespace warroom
