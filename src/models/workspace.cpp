#include "workspace.h"

#include "incidenttablemodel.h"
#include "logging.h"
#include "offlinewrites.h"
#include "timelinemodel.h"

#include "storage/outboxstore.h"

#include <QFileInfo>

namespace warroom {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& urlText, const Clock& clock)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error();
    return open(url.value(), clock);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseUrl& url, const Clock& clock)
{
    auto db = Database::openAndMigrate(url);
    if (!db)
        return db.error();   // the caller reports it
    auto workspace = std::make_unique<Workspace>(db.value(), clock);
    if (url.kind == DatabaseUrl::Kind::Postgresql) {
        if (auto outbox = workspace->writes()->enableOutbox(OutboxStore::defaultPath(url)); !outbox)
            qCWarning(lcModels) << "no offline outbox:" << outbox.error().message;
    }
    return workspace;
}

Workspace::Workspace(std::shared_ptr<Database> database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_repository(m_database)
    , m_clock(clock)
    , m_service(m_database, clock)
    , m_actor(qEnvironmentVariable("USER", QStringLiteral("me")))
    , m_incidents(new IncidentTableModel(m_repository, m_clock, SeverityScale::defaultScale(), this))
    , m_timeline(new TimelineModel(m_repository, this))
    , m_writes(new OfflineWrites(*this, this))
{
    if (auto access = detectAccessLevel(*m_database))
        m_access = access.value();
    else
        qCWarning(lcModels) << "cannot tell what this connection may write:" << access.error().message;
}

Workspace::~Workspace()
{
    // The models refer to the repository; delete them first.
    delete m_writes;
    delete m_timeline;
    delete m_incidents;
}

QString Workspace::displayName() const
{
    const DatabaseUrl& u = url();
    if (u.kind == DatabaseUrl::Kind::Sqlite)
        return u.path == QLatin1String(":memory:") ? tr("in-memory database") : QFileInfo(u.path).fileName();
    return u.host.isEmpty() ? u.database : QStringLiteral("%1@%2").arg(u.database, u.host);
}

void Workspace::notifyIncidentChanged(const QUuid& incidentId)
{
    if (m_writes->isOffline()) {
        // Nothing else can be read now; the change feed brings everything once back.
        if (!m_timeline->incidentId().isNull() && (incidentId.isNull() || incidentId == m_timeline->incidentId()))
            (void)m_timeline->reload();
        return;
    }
    emit incidentChanged(incidentId);
}

void Workspace::notifyEntriesChanged(const QUuid& incidentId, const QList<QUuid>& entryIds)
{
    if (incidentId.isNull() || m_writes->isOffline()) {
        notifyIncidentChanged(incidentId);
        return;
    }
    emit entriesChanged(incidentId, entryIds);
}

Result<void> Workspace::reload()
{
    if (auto loaded = m_incidents->reload(); !loaded)
        return loaded;
    return m_timeline->reload();
}

} // namespace warroom
