#include "changefeed.h"
#include "logging.h"

#include <algorithm>

namespace warroom {

ChangeFeed::ChangeFeed(DatabaseUrl url, QObject* parent) : ChangeFeed(std::move(url), Options{}, parent) {}

ChangeFeed::ChangeFeed(DatabaseUrl url, Options options, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_options(std::move(options))
{
    // Children, so that moveToThread() takes the timers along (a feed may live in a worker).
    m_heartbeat.setParent(this);
    m_watchdog.setParent(this);
    m_retry.setParent(this);
    if (m_url.kind == DatabaseUrl::Kind::Postgresql) {
        // Named for pg_stat_activity; TCP keepalives so that a silently dead peer (a cut
        // network sends no reset) ends the connection in about 11 s instead of hours.
        const QList<QPair<QString, QString>> defaults{
            {QStringLiteral("application_name"), QStringLiteral("warroom-listener")},
            {QStringLiteral("keepalives_idle"), QStringLiteral("5")},
            {QStringLiteral("keepalives_interval"), QStringLiteral("2")},
            {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        };
        for (const auto& [key, value] : defaults) {
            if (!m_url.options.contains(key))
                m_url.options.insert(key, value);
        }
    }
    m_heartbeat.callOnTimeout(this, &ChangeFeed::catchUp);
    m_watchdog.callOnTimeout(this, &ChangeFeed::checkConnection);
    m_retry.setSingleShot(true);
    m_retry.callOnTimeout(this, &ChangeFeed::reconnect);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Result<void> ChangeFeed::start(qint64 afterSeq)
{
    stop();
    auto db = Database::open(m_url);
    if (!db)
        return db.error();
    m_db = db.value();
    m_log = std::make_unique<ChangeLog>(m_db);
    m_notifier = std::make_unique<ChangeNotifier>(m_db);
    connect(m_notifier.get(), &ChangeNotifier::notified, this, &ChangeFeed::onNotified);
    if (m_notifier->isSupported()) {
        if (auto listening = m_notifier->listen(); !listening) {
            stop();
            return listening;
        }
    }
    if (afterSeq < 0) {
        auto latest = m_log->latestSeq();
        if (!latest) {
            stop();
            return latest.error();
        }
        m_lastSeq = latest.value();
    } else {
        m_lastSeq = afterSeq;
    }
    m_connected = true;
    m_reportedConnected = true;
    m_heartbeat.start(m_notifier->isSupported() ? m_options.heartbeatMs : m_options.pollMs);
    m_watchdog.start(m_options.watchdogMs);
    qCInfo(lcSync) << "following" << m_url.toString() << "after seq" << m_lastSeq;
    onNotified(0);   // replays what is already there (afterSeq >= 0), from the event loop
    return {};
}

void ChangeFeed::stop()
{
    m_heartbeat.stop();
    m_watchdog.stop();
    m_retry.stop();
    m_notifier.reset();
    m_log.reset();
    m_db.reset();
    m_connected = false;
    m_reportedConnected = false;
}

void ChangeFeed::onNotified(qint64 seq)
{
    // Notifications only say "there is more"; everything past lastSeq is read in one go.
    if (seq > 0 && seq <= m_lastSeq)
        return;
    if (m_catchUpQueued)
        return;
    m_catchUpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_catchUpQueued = false;
            catchUp();
        },
        Qt::QueuedConnection);
}

void ChangeFeed::catchUp()
{
    if (!m_db || !m_connected)
        return;
    if (m_inCatchUp) {
        // A slot ran an event loop while we were emitting: read again when it returns.
        m_catchUpAgain = true;
        return;
    }
    m_inCatchUp = true;
    for (;;) {
        m_catchUpAgain = false;
        auto batch = m_log->since(m_lastSeq, m_options.batchSize, m_options.incidentId);
        if (!batch) {
            m_inCatchUp = false;
            connectionLost(batch.error().message);
            return;
        }
        if (!m_lastBeat.isValid() || m_lastBeat.elapsed() >= 1000) {
            m_lastBeat.start();
            emit alive();
        }
        for (Change& change : batch.value()) {
            if (change.incidentNumber > 0)
                m_incidentNumbers.insert(change.incidentId, change.incidentNumber);
            else if (!change.incidentId.isNull())
                change.incidentNumber = m_incidentNumbers.value(change.incidentId);
            m_lastSeq = change.seq;
            emit changeApplied(change);
            if (!m_db)   // a slot stopped the feed
                break;
        }
        if (!m_db || (batch.value().size() < m_options.batchSize && !m_catchUpAgain))
            break;
    }
    m_inCatchUp = false;
}

void ChangeFeed::checkConnection()
{
    if (m_db && m_connected && !m_db->isOpen())
        connectionLost(QStringLiteral("the connection is closed"));
}

void ChangeFeed::connectionLost(const QString& why)
{
    if (!m_db || !m_connected)
        return;
    qCWarning(lcSync) << "lost" << m_url.toString() << "after seq" << m_lastSeq << "-" << why;
    m_connected = false;
    m_heartbeat.stop();
    m_backoffMs = m_options.minBackoffMs;
    m_retry.start(m_backoffMs);
    if (m_reportedConnected) {
        m_reportedConnected = false;
        emit connectedChanged(false);
    }
}

void ChangeFeed::reconnect()
{
    if (!m_db || m_connected)
        return;
    auto reopened = m_db->reopen();
    if (reopened && m_notifier->isSupported())
        reopened = m_notifier->listen();   // QPSQL forgot the subscription with the old connection
    if (!reopened) {
        m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
        qCInfo(lcSync) << "reconnect failed, next try in" << m_backoffMs << "ms:" << reopened.error().message;
        m_retry.start(m_backoffMs);
        return;
    }
    qCInfo(lcSync) << "reconnected to" << m_url.toString() << "; catching up after seq" << m_lastSeq;
    m_connected = true;
    m_heartbeat.start(m_notifier->isSupported() ? m_options.heartbeatMs : m_options.pollMs);
    catchUp();
    if (m_connected && !m_reportedConnected) {
        m_reportedConnected = true;
        emit connectedChanged(true);
    }
}

} // namespace warroom
