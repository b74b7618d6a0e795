#include "leaderlock.h"

#include "logging.h"

namespace warroom {

LeaderLock::LeaderLock(DatabaseUrl url, qint64 key)
    : m_url(std::move(url))
    , m_key(key)
{
}

LeaderLock::~LeaderLock()
{
    release();
}

Result<void> LeaderLock::connect()
{
    if (m_db)
        return m_db->reopen();
    auto db = Database::open(m_url);
    if (!db)
        return db.error();
    m_db = db.value();
    return {};
}

Result<bool> LeaderLock::tryAcquire()
{
    if (m_url.kind != DatabaseUrl::Kind::Postgresql) {
        m_leader = true;
        return true;
    }
    if (m_leader) {
        // Still alive? A session the server dropped has dropped the lock with it.
        if (auto alive = m_db->run(QStringLiteral("SELECT 1")); alive)
            return true;
        qCWarning(lcStorage) << "escalation leader lost its session; trying to lead again";
        m_leader = false;
    }
    if (!m_db || !m_db->isOpen()) {
        if (auto c = connect(); !c)
            return c.error();
    }
    auto q = m_db->run(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {m_key});
    if (!q) {
        // A dead session shows only on use: reconnect once and ask again.
        if (auto c = connect(); !c)
            return c.error();
        q = m_db->run(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {m_key});
        if (!q)
            return q.error();
    }
    m_leader = q.value().next() && q.value().value(0).toBool();
    if (m_leader)
        qCInfo(lcStorage) << "this process now leads escalation";
    return m_leader;
}

void LeaderLock::release()
{
    if (m_db && m_leader && m_url.kind == DatabaseUrl::Kind::Postgresql) {
        if (auto r = m_db->run(QStringLiteral("SELECT pg_advisory_unlock(?)"), {m_key}); !r)
            qCDebug(lcStorage) << "cannot release the leader lock:" << r.error().message;
    }
    m_leader = false;
    m_db.reset();
}

int LeaderLock::sessionPid() const
{
    if (!m_db || m_url.kind != DatabaseUrl::Kind::Postgresql)
        return 0;
    auto q = m_db->run(QStringLiteral("SELECT pg_backend_pid()"));
    return q && q.value().next() ? q.value().value(0).toInt() : 0;
}

} // namespace warroom
