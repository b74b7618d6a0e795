#include "livesync.h"

#include "logging.h"
#include "workspace.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "sync/changefeed.h"

#include <QPointer>
#include <QThread>

namespace warroom {

LiveSync::LiveSync(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(30);
    connect(&m_flush, &QTimer::timeout, this, &LiveSync::flush);
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
            QMetaObject::invokeMethod(self, [self] { emit self->started(); }, Qt::QueuedConnection);
        }
    });
}

void LiveSync::onChange(const Change& change)
{
    ++m_applied;
    if (change.incidentId.isNull())
        m_pendingAll = true;
    else
        m_pending.insert(change.incidentId);
    if (!m_flush.isActive())
        m_flush.start();
}

void LiveSync::onConnectedChanged(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_offlineSince = connected ? QDateTime() : QDateTime::currentDateTimeUtc();
    qCInfo(lcModels) << (connected ? "live updates connected" : "live updates lost the database");
    emit connectedChanged(connected);
}

void LiveSync::flush()
{
    const QSet<QUuid> ids = std::exchange(m_pending, {});
    for (const QUuid& id : ids)
        m_workspace.notifyIncidentChanged(id);
    if (std::exchange(m_pendingAll, false))
        m_workspace.notifyIncidentChanged(QUuid());
}

} // namespace warroom
