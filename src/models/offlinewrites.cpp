#include "offlinewrites.h"

#include "logging.h"
#include "timelinemodel.h"
#include "workspace.h"

#include "sync/outbox.h"

#include <algorithm>

namespace warroom {

namespace {

constexpr int kMinRetryMs = 1000;
constexpr int kMaxRetryMs = 15000;

} // namespace

OfflineWrites::OfflineWrites(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_reachable)
            (void)reconnect();
        else
            scheduleRetry(); // the change feed says the server is away; it will tell us
    });
}

OfflineWrites::~OfflineWrites() = default;

Result<void> OfflineWrites::enableOutbox(const QString& path)
{
    auto outbox = Outbox::openFirstFree(path);
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox.value());
    connect(m_outbox.get(), &Outbox::pendingCountChanged, this, [this](int count) {
        emit pendingCountChanged(count);
        emit statusChanged();
    });
    connect(m_outbox.get(), &Outbox::failed, this, &OfflineWrites::failed);
    Outbox* box = m_outbox.get();
    m_workspace.timeline()->setOverlay(
        [box](const QUuid& incidentId, QList<TimelineEntry> stored, QSet<QUuid>* pending) {
            return box->overlay(incidentId, std::move(stored), pending);
        });
    if (m_outbox->pendingCount() > 0) {
        emit statusChanged();
        scheduleRetry(); // left from an earlier run: send it soon
    }
    return {};
}

int OfflineWrites::pendingCount() const
{
    return m_outbox ? m_outbox->pendingCount() : 0;
}

QString OfflineWrites::statusText() const
{
    const int pending = pendingCount();
    if (m_offline) {
        const QString since = m_offlineSince.toLocalTime().toString(QStringLiteral("HH:mm"));
        if (!m_outbox)
            return tr("Offline since %1 — reconnecting…").arg(since);
        if (pending == 1)
            return tr("Offline since %1 — 1 change pending").arg(since);
        return tr("Offline since %1 — %2 changes pending").arg(since).arg(pending);
    }
    if (pending == 1)
        return tr("1 change waiting to be sent");
    if (pending > 1)
        return tr("%1 changes waiting to be sent").arg(pending);
    return {};
}

bool OfflineWrites::queues() const
{
    return m_outbox && (m_offline || m_outbox->pendingCount() > 0);
}

bool OfflineWrites::takeOver(const Error& error)
{
    if (!m_outbox || !isConnectionLoss(error, *m_workspace.database()))
        return false;
    qCInfo(lcModels) << "write found the server gone; queueing:" << error.message;
    setOffline(true);
    scheduleRetry();
    return true;
}

Result<TimelineEntry> OfflineWrites::addEntry(const QUuid& incidentId, EntryKind kind, const QString& text,
                                              const QDateTime& occurredAt, bool pinned, bool isPublic)
{
    const QUuid id = QUuid::createUuid();
    const QString actor = m_workspace.actor();
    if (!queues()) {
        auto added = m_workspace.service().addEntry(incidentId, kind, text, actor, occurredAt, pinned, isPublic, id);
        if (added || !takeOver(added.error()))
            return added;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<TimelineEntry>::failure(QStringLiteral("invalid"), tr("The entry has no text."));
    TimelineEntry e;
    e.id = id;
    e.incidentId = incidentId;
    e.kind = kind;
    e.text = trimmed;
    e.author = actor;
    e.recordedAt = m_workspace.clock().nowUtc();
    // Dated when typed, not when it reaches the server.
    e.occurredAt = occurredAt.isValid() ? occurredAt.toUTC() : e.recordedAt;
    e.pinned = pinned;
    e.isPublic = isPublic || kind == EntryKind::StakeholderUpdate;
    if (auto queued = m_outbox->queueAddEntry(e, actor); !queued)
        return queued.error();
    refreshShownTimeline();
    return e;
}

Result<TimelineEntry> OfflineWrites::queueEntryChange(const QUuid& incidentId, const QUuid& entryId,
                                                      const EntryChange& expected, const EntryChange& target)
{
    if (!m_outbox)
        return Result<TimelineEntry>::failure(QStringLiteral("disconnected"),
                                              tr("Offline: this change needs the server."));
    if (auto queued = m_outbox->queueEditEntry(incidentId, entryId, expected, target, m_workspace.actor()); !queued)
        return queued.error();
    refreshShownTimeline();
    TimelineEntry e;
    if (auto shown = m_workspace.timeline()->entry(entryId))
        e = *shown;
    e.id = entryId;
    e.incidentId = incidentId;
    if (target.deleted)
        e.deleted = *target.deleted;
    return e;
}

Result<ActionItem> OfflineWrites::addActionItem(ActionItem item)
{
    if (item.id.isNull())
        item.id = QUuid::createUuid();
    const QString actor = m_workspace.actor();
    if (!queues()) {
        auto added = m_workspace.service().addActionItem(item, actor);
        if (added || !takeOver(added.error()))
            return added;
    }
    item.text = item.text.trimmed();
    if (item.text.isEmpty())
        return Result<ActionItem>::failure(QStringLiteral("invalid"), tr("An action item needs a text."));
    item.createdAt = m_workspace.clock().nowUtc();
    item.createdBy = actor;
    item.version = 1;
    if (auto queued = m_outbox->queueAddActionItem(item, actor); !queued)
        return queued.error();
    return item;
}

void OfflineWrites::setServerReachable(bool reachable)
{
    m_reachable = reachable;
    if (!reachable) {
        setOffline(true);
        return;
    }
    if (m_offline || pendingCount() > 0)
        (void)reconnect();
}

Result<int> OfflineWrites::reconnect()
{
    if (m_replaying || (!m_offline && pendingCount() == 0))
        return 0;
    m_replaying = true;
    m_retry.stop();
    if (m_offline) {
        // The old session is gone (or may be): QPSQL does not notice by itself.
        if (auto reopened = m_workspace.database()->reopen(); !reopened) {
            qCInfo(lcModels) << "still offline:" << reopened.error().message;
            m_replaying = false;
            scheduleRetry();
            return reopened.error();
        }
    }
    int replayed = 0;
    if (m_outbox) {
        auto done = m_outbox->replay(m_workspace.service());
        if (!done) {
            m_replaying = false;
            setOffline(true);
            scheduleRetry();
            return done.error();
        }
        replayed = done.value();
    }
    m_replaying = false;
    m_backoffMs = 0;
    setOffline(false);
    refreshShownTimeline();
    return replayed;
}

void OfflineWrites::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    m_offlineSince = offline ? m_workspace.clock().nowUtc() : QDateTime();
    qCInfo(lcModels) << (offline ? "offline: writes are queued" : "online again");
    emit offlineChanged(offline);
    emit statusChanged();
}

void OfflineWrites::scheduleRetry()
{
    m_backoffMs = m_backoffMs == 0 ? kMinRetryMs : std::min(m_backoffMs * 2, kMaxRetryMs);
    m_retry.start(m_backoffMs);
}

void OfflineWrites::refreshShownTimeline()
{
    TimelineModel* timeline = m_workspace.timeline();
    if (timeline->incidentId().isNull())
        return;
    if (auto loaded = timeline->reload(); !loaded)
        qCInfo(lcModels) << "timeline not reloaded:" << loaded.error().message;
}

} // namespace warroom
