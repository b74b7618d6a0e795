#include "workspace.h"

#include "incidenttablemodel.h"
#include "timelinemodel.h"

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
    return std::make_unique<Workspace>(db.value(), clock);
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
{
}

Workspace::~Workspace()
{
    // The models refer to the repository; delete them first.
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
    emit incidentChanged(incidentId);
}

Result<void> Workspace::reload()
{
    if (auto loaded = m_incidents->reload(); !loaded)
        return loaded;
    return m_timeline->reload();
}

} // namespace warroom
