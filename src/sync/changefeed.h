#pragma once
// ChangeFeed: follows the change log of a database over a dedicated connection, so a client
// sees every other client's writes live and in order, and loses none across missed
// notifications or reconnects. See docs/sync.md.

#include "storage/changelog.h"
#include "storage/databaseurl.h"

#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace warroom {

/// Applies the change log past the last sequence number it applied, in order: when the
/// server notifies (PostgreSQL LISTEN on warroom_changes), on a heartbeat (a safety net
/// against lost notifications, and the only trigger on SQLite) and after every reconnect.
///
/// It owns its connection (opened by start(), in the thread the feed lives in). A watchdog
/// notices a dead connection (QPSQL gives no signal: isOpen() turns false, or a read fails),
/// then reopens with exponential backoff, listens again and catches up. Reopening blocks for
/// up to the URL's connect_timeout (3 s by default), so a GUI should run the feed in a
/// worker thread.
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    struct Options {
        int heartbeatMs = 5000;        ///< read the log this often even without notifications (PostgreSQL)
        int pollMs = 500;              ///< the same where there are no notifications (SQLite)
        int watchdogMs = 500;          ///< check the connection this often
        int minBackoffMs = 250;        ///< first retry after a lost connection, doubling ...
        int maxBackoffMs = 1000;       ///< ... up to this (so a returning server is seen within about 1 s)
        int batchSize = 1000;          ///< changes read per query while catching up
        QUuid incidentId;              ///< only this incident's changes, unless null
    };

    explicit ChangeFeed(DatabaseUrl url, QObject* parent = nullptr);
    ChangeFeed(DatabaseUrl url, Options options, QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// Opens the listener connection and starts following. `afterSeq` < 0 starts at the end
    /// of the log (only changes from now on); 0 replays it all. Error codes from
    /// Database::open ("open", "bad-url", "driver") or "sql"; after a successful start,
    /// connection trouble is handled internally and reported by connectedChanged().
    Result<void> start(qint64 afterSeq = -1);
    void stop();
    bool isRunning() const { return m_db != nullptr; }
    bool isConnected() const { return m_connected; }
    /// The last sequence number applied (emitted).
    qint64 lastSeq() const { return m_lastSeq; }
    /// Reads the log now (also what notifications and the heartbeat do).
    void catchUp();

signals:
    /// One change, in sequence order, each exactly once.
    void changeApplied(const warroom::Change& change);
    /// The connection was lost (false) or is back and caught up (true).
    void connectedChanged(bool connected);
    /// A read of the log just succeeded (at most once a second; the heartbeat makes one every
    /// heartbeatMs). A watcher on another thread counts these beats: when they stop while
    /// connected, the server is frozen or the link is silently dead, and this feed's thread
    /// is stuck in a read that only TCP keepalives (or never) will end. See LiveSync.
    void alive();

private:
    void onNotified(qint64 seq);
    void checkConnection();
    void connectionLost(const QString& why);
    void reconnect();
    QString connectionName() const;

    DatabaseUrl m_url;
    Options m_options;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<ChangeNotifier> m_notifier;
    QTimer m_heartbeat;
    QTimer m_watchdog;
    QTimer m_retry;
    QElapsedTimer m_lastBeat;   ///< since alive() was last emitted
    qint64 m_lastSeq = 0;
    int m_backoffMs = 0;
    bool m_connected = false;          ///< the connection is believed to work
    bool m_reportedConnected = false;  ///< what connectedChanged() last said (start() counts as true)
    bool m_catchUpQueued = false;
    bool m_inCatchUp = false;
    bool m_catchUpAgain = false;
    QHash<QUuid, qint64> m_incidentNumbers;   ///< remembered, for changes of deleted incidents
};

} // namespace warroom
