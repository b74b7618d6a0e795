#pragma once
// OfflineWrites: a workspace keeps working while the shared database cannot be reached.

#include "core/actionitem.h"
#include "core/result.h"
#include "core/timelineentry.h"
#include "storage/incidentservice.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace warroom {

class Outbox;
class Workspace;

/// The writes of one Workspace that survive a lost server: timeline entries (also stakeholder
/// updates), edits of entries (revisions) and new action items. With an outbox (enableOutbox(),
/// done by Workspace::open for PostgreSQL) such a write goes to the server while it answers;
/// once a write finds the connection lost, or the change feed reports it lost
/// (setServerReachable(false), from LiveSync), the workspace is offline: those writes are
/// queued in the outbox (sync/Outbox, a local file that survives a restart) and shown at once
/// in the timeline, marked pending. Other writes fail with the database's "disconnected" error.
///
/// It reconnects when the change feed is back (setServerReachable(true)) and otherwise retries
/// with backoff (1 s doubling to 15 s): it reopens the workspace's connection (QPSQL gives no
/// signal for a lost one), replays the queue in order (each operation removed once committed;
/// client-generated UUIDs make a repeated replay harmless) and is online again. While anything
/// is queued, new writes queue behind it, so the order is kept. Lives on the GUI thread.
class OfflineWrites : public QObject {
    Q_OBJECT
public:
    explicit OfflineWrites(Workspace& workspace, QObject* parent = nullptr);
    ~OfflineWrites() override;

    /// Opens (or creates) the outbox file at `path` (Outbox::openFirstFree: the next free one
    /// when another running copy holds it) and queues offline writes there from now on; what
    /// an earlier run left queued is shown and replayed soon. Errors of Outbox::open.
    Result<void> enableOutbox(const QString& path);
    Outbox* outbox() const { return m_outbox.get(); }

    /// The server is believed unreachable (writes queue); see the class comment.
    bool isOffline() const { return m_offline; }
    /// UTC time the server was lost; null while online.
    QDateTime offlineSince() const { return m_offlineSince; }
    /// Writes waiting in the outbox.
    int pendingCount() const;
    /// For the status bar: "Offline since 14:02 — 3 changes pending" (local time), "3 changes
    /// waiting to be sent" while online with a queue, empty otherwise.
    QString statusText() const;

    /// IncidentService::addEntry as the workspace's actor, with a client-generated id; queued
    /// when offline (the returned entry is the pending one). Errors: the service's; "invalid"
    /// for an empty text also offline; the outbox file's.
    Result<TimelineEntry> addEntry(const QUuid& incidentId, EntryKind kind, const QString& text,
                                   const QDateTime& occurredAt = {}, bool pinned = false, bool isPublic = false);
    /// Queues an edit of entry `entryId` of `incidentId` (offline only: see queues()). Returns the
    /// entry as it will look (from the shown timeline), marked pending there.
    Result<TimelineEntry> queueEntryChange(const QUuid& incidentId, const QUuid& entryId, const EntryChange& expected,
                                           const EntryChange& target);
    /// IncidentService::addActionItem as the workspace's actor (a null id gets a new one); queued
    /// when offline.
    Result<ActionItem> addActionItem(ActionItem item);

    /// True when writes that can be queued must be (offline, or older ones still queued).
    bool queues() const;
    /// Call with the error of a write made online: true when it shows the connection lost and
    /// an outbox takes such writes (the workspace is now offline; queue the write).
    bool takeOver(const Error& error);

    /// From the change feed (LiveSync): the server went away (false) or is back (true).
    void setServerReachable(bool reachable);
    /// Reopens the connection (when offline) and replays the queue. Returns the number of
    /// operations replayed; "open" or "disconnected" when the server is still away (a retry is
    /// scheduled).
    Result<int> reconnect();

signals:
    void offlineChanged(bool offline);
    void pendingCountChanged(int count);
    /// statusText() changed.
    void statusChanged();
    /// The server refused a queued write of `incidentId` at replay (`code` e.g. "conflict");
    /// it is kept in the outbox file, marked failed, and not retried.
    void failed(const QUuid& incidentId, const QString& code, const QString& message);

private:
    void setOffline(bool offline);
    void scheduleRetry();
    void refreshShownTimeline();

    Workspace& m_workspace;
    std::unique_ptr<Outbox> m_outbox;
    bool m_offline = false;
    bool m_reachable = true;
    bool m_replaying = false;
    QDateTime m_offlineSince;
    QTimer m_retry;
    int m_backoffMs = 0;
};

} // namespace warroom
