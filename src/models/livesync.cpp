#include "livesync.h"

#include "logging.h"
#include "offlinewrites.h"
#include "timelinemodel.h"
#include "workspace.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "sync/changefeed.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

namespace warroom {

LiveSync::LiveSync(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &LiveSync::flush);
    m_silenceCheck.setInterval(500);
    connect(&m_silenceCheck, &QTimer::timeout, this, &LiveSync::checkSilence);
}

LiveSync::~LiveSync()
{
    if (!m_thread)
        return;
    // stop() closes the feed's connection on its own thread; then the thread ends and the
    // feed is deleted there (finished -> deleteLater).
    QMetaObject::invokeMethod(m_feed, &ChangeFeed::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LiveSync::start()
{
    const DatabaseUrl url = m_workspace.url();
    if (m_thread || (url.kind == DatabaseUrl::Kind::Sqlite && url.path == QLatin1String(":memory:")))
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("warroom-live"));
    m_feed = new ChangeFeed(url);
    m_feed->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    // Queued: the feed emits on its thread, this object handles on the GUI thread.
    connect(m_feed, &ChangeFeed::changeApplied, this, &LiveSync::onChange, Qt::QueuedConnection);
    connect(m_feed, &ChangeFeed::connectedChanged, this, &LiveSync::onConnectedChanged, Qt::QueuedConnection);
    connect(m_feed, &ChangeFeed::alive, this, &LiveSync::onAlive, Qt::QueuedConnection);
    m_thread->start();
    QPointer<LiveSync> self(this);
    ChangeFeed* feed = m_feed;
    QMetaObject::invokeMethod(m_feed, [self, feed] {
        if (auto started = feed->start(); !started) {
            const QString message = started.error().message;
            qCWarning(lcModels) << "live updates not started:" << message;
            QMetaObject::invokeMethod(
                self, [self, message] { emit self->failed(message); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                self,
                [self] {
                    self->m_sinceAlive.start();
                    self->m_silenceCheck.start();
                    emit self->started();
                },
                Qt::QueuedConnection);
        }
    });
}

void LiveSync::onChange(const Change& change)
{
    ++m_applied;
    if (change.incidentId.isNull()) {
        m_pendingAll = true;
    } else if (change.table == QLatin1String("timeline_entries") && change.op != QLatin1String("delete")
               && !m_pending.contains(change.incidentId)) {
        QList<QUuid>& ids = m_pendingEntries[change.incidentId];
        if (!ids.contains(change.rowId))
            ids << change.rowId;
        if (ids.size() > TimelineModel::maxAppliedEntries()) {
            m_pendingEntries.remove(change.incidentId);
            m_pending.insert(change.incidentId);   // a burst: one whole refresh is cheaper
        }
    } else {
        m_pendingEntries.remove(change.incidentId);
        m_pending.insert(change.incidentId);
    }
    if (m_flush.isActive())
        return;
    // Idle: pass it on at once (after the changes already queued with it). Busy: wait until
    // the interval since the last refresh is over, collecting what else arrives.
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_coalesceMs;
    m_flush.start(int(std::max<qint64>(0, m_coalesceMs - since)));
}

void LiveSync::onAlive()
{
    m_sinceAlive.start();
    if (std::exchange(m_silent, false))
        onConnectedChanged(true);   // the server answers again
}

void LiveSync::checkSilence()
{
    if (!m_connected || !m_sinceAlive.isValid() || m_sinceAlive.elapsed() < m_silenceLimitMs)
        return;
    qCWarning(lcModels) << "no answer from the database for" << m_sinceAlive.elapsed() << "ms";
    onConnectedChanged(false);
    m_silent = true;   // after: a loss the feed reports itself clears it
}

void LiveSync::onConnectedChanged(bool connected)
{
    if (!connected)
        m_silent = false;   // the feed knows now; it reconnects by itself
    else
        m_sinceAlive.start();
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_offlineSince = connected ? QDateTime() : QDateTime::currentDateTimeUtc();
    qCInfo(lcModels) << (connected ? "live updates connected" : "live updates lost the database");
    // Writes queue while the server is away and are replayed once it is back.
    m_workspace.writes()->setServerReachable(connected);
    emit connectedChanged(connected);
}

void LiveSync::flush()
{
    m_sinceFlush.start();
    const QSet<QUuid> ids = std::exchange(m_pending, {});
    const QHash<QUuid, QList<QUuid>> entries = std::exchange(m_pendingEntries, {});
    for (const QUuid& id : ids)
        m_workspace.notifyIncidentChanged(id);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        m_workspace.notifyEntriesChanged(it.key(), it.value());
    if (std::exchange(m_pendingAll, false))
        m_workspace.notifyIncidentChanged(QUuid());
}

} // namespace warroom
