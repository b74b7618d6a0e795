#pragma once
// The metrics report the Metrics panel shows: a MetricsEngine over the workspace's incidents
// and the current filters (window, severity, service).

#include "core/clock.h"
#include "core/metrics.h"
#include "core/result.h"
#include "core/severity.h"

#include <QObject>
#include <QStringList>

namespace warroom {

class IncidentRepository;

/// Holds a MetricsEngine built from every incident of a repository and the report of the
/// current MetricsQuery. Every setter that changes the query recomputes at once (the engine
/// reports on 100k incidents in a few milliseconds) and emits reportChanged(); setting a
/// value equal to the current one does nothing.
///
/// Reading the incidents is the expensive part (about a second for 100k from SQLite), so a
/// view that is not shown can defer it: invalidate() only marks the data stale, and
/// ensureLoaded() reads it when the report is needed. A new model is stale.
///
/// The window is [from, to) in UTC; an invalid `from` means the earliest started_at, an
/// invalid `to` means "now", read from the injected Clock at every recompute (MetricsQuery
/// semantics, see docs/metrics.md). Durations in the report are seconds.
class MetricsModel : public QObject {
    Q_OBJECT
public:
    /// `repository` and `clock` must outlive the model. Empty until reload().
    MetricsModel(IncidentRepository& repository, const Clock& clock,
                 SeverityScale scale = SeverityScale::defaultScale(), QObject* parent = nullptr);

    /// Reads every incident again (IncidentRepository::listIncidents), rebuilds the engine
    /// and recomputes. On error ("sql") the current engine and report are kept.
    Result<void> reload();
    /// The incidents changed in the database: the next ensureLoaded() reads them again.
    /// Emits invalidated(); the report stays as it is until then.
    void invalidate();
    /// reload() if the model is stale; otherwise nothing.
    Result<void> ensureLoaded();
    /// True until the first reload() and after invalidate().
    bool isStale() const { return m_stale; }
    /// Inserts or replaces one incident (keyed by id) and recomputes; for live changes.
    void upsertIncident(const Incident& incident);
    /// Removes one incident and recomputes; nothing happens for an unknown id.
    void removeIncident(const QUuid& id);

    /// The report of query() over the incidents held.
    const MetricsReport& report() const { return m_report; }
    /// The query of the last recompute; `now` is the clock's time then.
    const MetricsQuery& query() const { return m_query; }
    const SeverityScale& severityScale() const { return m_scale; }
    /// Incidents held (all of them, whatever the filters).
    qsizetype incidentCount() const { return m_engine.size(); }
    /// Every service named by an incident, sorted case-insensitively.
    QStringList serviceNames() const;
    /// Earliest started_at of all incidents, UTC; invalid when there are none.
    QDateTime earliestStart() const { return m_engine.earliestStart(); }

    /// Window start (inclusive, UTC); invalid = earliest started_at.
    QDateTime from() const { return m_query.from; }
    /// Window end (exclusive, UTC); invalid = now.
    QDateTime to() const { return m_query.to; }
    /// Severity level filter; 0 = every level.
    SeverityLevel severity() const { return m_query.severity; }
    /// Service filter; empty = every service.
    QString service() const { return m_query.service; }

public slots:
    /// Both ends at once (one recompute). Times are converted to UTC.
    void setWindow(const QDateTime& from, const QDateTime& to);
    void setFrom(const QDateTime& from);
    void setTo(const QDateTime& to);
    void setSeverity(int level);
    void setService(const QString& service);
    /// Back to the whole history, every severity, every service.
    void clearFilters();
    /// Recomputes with the clock's current time (open incidents' impact and a default `to`
    /// move with it).
    void recompute();

signals:
    /// report() (and possibly serviceNames()) changed.
    void reportChanged();
    /// invalidate() was called: a shown view should call ensureLoaded().
    void invalidated();

private:
    IncidentRepository& m_repository;
    const Clock& m_clock;
    SeverityScale m_scale;
    MetricsEngine m_engine;
    MetricsQuery m_query;
    MetricsReport m_report;
    bool m_stale = true;
};

} // namespace warroom
