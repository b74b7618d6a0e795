#pragma once
// LiveSync: a workspace's views follow writes made elsewhere, as they follow local ones.

#include "core/result.h"
#include "storage/databaseurl.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

class QThread;

namespace warroom {

class ChangeFeed;
struct Change;
class Workspace;

/// Follows the workspace database's change log (sync/ChangeFeed, on its own thread and its
/// own connection) and passes every change on as Workspace::notifyIncidentChanged(id), so
/// each panel refreshes what it shows of that incident exactly as after a local write: the
/// dashboard row, the timeline, the role board, action items, the postmortem. A change not
/// tied to an incident (the people directory) is passed on once as a null id. A change after
/// a quiet spell is passed on at once (on the next turn of the event loop); changes arriving
/// within `coalesceMs` (default 30 ms) of the last refresh are collected and passed on together
/// when that interval ends, so a single change costs no waiting and a burst of entries costs
/// at most one refresh per incident per interval.
///
/// When all that is collected for an incident is inserts and updates of timeline entries (at
/// most TimelineModel::maxAppliedEntries() of them), they are passed on as
/// Workspace::notifyEntriesChanged(id, entryIds) instead, so the views update those rows only.
///
/// Works on PostgreSQL (LISTEN/NOTIFY, heartbeat, reconnect and catch-up) and on a SQLite
/// file (polling), where another process — warroomctl, warroomd — may write to the same
/// file. An in-memory SQLite database has no other writers: start() does nothing for it.
/// The workspace must outlive this object.
class LiveSync : public QObject {
    Q_OBJECT
public:
    explicit LiveSync(Workspace& workspace, QObject* parent = nullptr);
    /// Stops the feed and waits for its thread.
    ~LiveSync() override;

    /// Starts following from the end of the log (changes from now on). The feed opens its
    /// connection on its thread; a failure there is reported by failed().
    void start();
    bool isRunning() const { return m_thread != nullptr; }
    /// False while the feed's connection is lost (it reconnects by itself and catches up).
    bool isConnected() const { return m_connected; }
    /// UTC time the connection was lost; null while connected.
    QDateTime offlineSince() const { return m_offlineSince; }
    /// Changes applied so far (for status displays and tests).
    qint64 appliedChanges() const { return m_applied; }
    /// Minimum time between two refreshes of the same burst, in milliseconds (0: none).
    void setCoalesceMs(int ms) { m_coalesceMs = ms; }
    /// The server counts as lost when the feed has not read the log for this long (default
    /// 10 s; the feed reads at least every 5 s). This covers a frozen server or a silently dead
    /// link, where the feed's own read hangs and its watchdog cannot run.
    void setSilenceLimitMs(int ms) { m_silenceLimitMs = ms; }

signals:
    /// The feed has opened its connection and follows the log from this moment on.
    void started();
    /// The connection to the database was lost (false) or is back and caught up (true).
    void connectedChanged(bool connected);
    /// The feed could not start; `message` is for people.
    void failed(const QString& message);

private:
    void onChange(const Change& change);
    void onConnectedChanged(bool connected);
    void onAlive();
    void checkSilence();
    void flush();

    Workspace& m_workspace;
    QThread* m_thread = nullptr;
    ChangeFeed* m_feed = nullptr;   ///< lives in m_thread
    QTimer m_flush;
    int m_coalesceMs = 30;
    QElapsedTimer m_sinceFlush;   ///< since the last refresh passed on (invalid: none yet)
    QTimer m_silenceCheck;
    QElapsedTimer m_sinceAlive;
    int m_silenceLimitMs = 10000;
    bool m_silent = false;   ///< lost because the beats stopped (the feed itself has not said so)
    QSet<QUuid> m_pending;                        ///< incidents to refresh whole
    QHash<QUuid, QList<QUuid>> m_pendingEntries;  ///< incidents with only entries changed: their ids
    bool m_pendingAll = false;
    bool m_connected = true;
    QDateTime m_offlineSince;
    qint64 m_applied = 0;
};

} // namespace warroom
