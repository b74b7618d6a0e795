#pragma once
// Leader election among warroomd processes sharing one database: only the holder of the
// lock evaluates escalations, so two daemons never page for the same moment.

#include "database.h"

#include "core/result.h"

#include <memory>

namespace warroom {

/// Key of the session-level advisory lock the escalation leader holds (the bytes of
/// "wr-escal"). Distinct from kChangeLogLockKey.
inline constexpr qint64 kEscalationLeaderLockKey = 0x77722d657363616c;

/// PostgreSQL: a session-level pg_try_advisory_lock on a dedicated connection of its own.
/// The server releases it when that session ends (the process dies, the network goes), so
/// a standby that keeps calling tryAcquire() takes over. SQLite: one process per file, so
/// this process is always the leader. Not thread-safe; use from one thread.
class LeaderLock {
public:
    /// Opens nothing yet; the first tryAcquire() connects.
    explicit LeaderLock(DatabaseUrl url, qint64 key = kEscalationLeaderLockKey);
    ~LeaderLock();
    LeaderLock(const LeaderLock&) = delete;
    LeaderLock& operator=(const LeaderLock&) = delete;

    /// Becomes the leader if nobody is, or confirms this process still is (its session is
    /// alive). A lost session means lost leadership: it reconnects and tries again.
    /// True when this process leads now. Errors: "open", "sql", "disconnected".
    Result<bool> tryAcquire();
    bool isLeader() const { return m_leader; }
    /// Gives the lock up (and closes the connection) so another process can lead.
    void release();
    /// PostgreSQL: the server process id of the lock's session (pg_backend_pid()), 0 on
    /// SQLite or when not connected. For diagnostics and tests.
    int sessionPid() const;

private:
    Result<void> connect();

    DatabaseUrl m_url;
    qint64 m_key;
    std::shared_ptr<Database> m_db;
    bool m_leader = false;
};

} // namespace warroom
