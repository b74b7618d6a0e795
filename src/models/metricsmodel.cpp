#include "metricsmodel.h"

#include "logging.h"

#include "storage/incidentrepository.h"

#include <QElapsedTimer>

#include <algorithm>

namespace warroom {

namespace {

QDateTime toUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

MetricsModel::MetricsModel(IncidentRepository& repository, const Clock& clock, SeverityScale scale, QObject* parent)
    : QObject(parent), m_repository(repository), m_clock(clock), m_scale(std::move(scale))
{
    m_query.now = m_clock.nowUtc();
}

Result<void> MetricsModel::reload()
{
    QElapsedTimer timer;
    timer.start();
    auto incidents = m_repository.listIncidents();
    if (!incidents)
        return incidents.error();
    m_engine = MetricsEngine(incidents.value());
    m_stale = false;
    qCDebug(lcModels) << "metrics: read" << m_engine.size() << "incidents in" << timer.elapsed() << "ms";
    recompute();
    return {};
}

void MetricsModel::invalidate()
{
    m_stale = true;
    emit invalidated();
}

Result<void> MetricsModel::ensureLoaded()
{
    if (!m_stale)
        return {};
    return reload();
}

void MetricsModel::upsertIncident(const Incident& incident)
{
    m_engine.upsert(incident);
    recompute();
}

void MetricsModel::removeIncident(const QUuid& id)
{
    const qsizetype before = m_engine.size();
    m_engine.remove(id);
    if (m_engine.size() != before)
        recompute();
}

QStringList MetricsModel::serviceNames() const
{
    QStringList names = m_engine.serviceNames();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return names;
}

void MetricsModel::setWindow(const QDateTime& from, const QDateTime& to)
{
    const QDateTime f = toUtc(from);
    const QDateTime t = toUtc(to);
    if (f == m_query.from && t == m_query.to)   // two invalid times compare equal
        return;
    m_query.from = f;
    m_query.to = t;
    recompute();
}

void MetricsModel::setFrom(const QDateTime& from)
{
    setWindow(from, m_query.to);
}

void MetricsModel::setTo(const QDateTime& to)
{
    setWindow(m_query.from, to);
}

void MetricsModel::setSeverity(int level)
{
    level = std::max(level, 0);
    if (level == m_query.severity)
        return;
    m_query.severity = level;
    recompute();
}

void MetricsModel::setService(const QString& service)
{
    if (service == m_query.service)
        return;
    m_query.service = service;
    recompute();
}

void MetricsModel::clearFilters()
{
    if (!m_query.from.isValid() && !m_query.to.isValid() && m_query.severity == 0 && m_query.service.isEmpty())
        return;
    m_query.from = QDateTime();
    m_query.to = QDateTime();
    m_query.severity = 0;
    m_query.service.clear();
    recompute();
}

void MetricsModel::recompute()
{
    m_query.now = m_clock.nowUtc();
    m_report = m_engine.compute(m_query);
    emit reportChanged();
}

} // namespace warroom
