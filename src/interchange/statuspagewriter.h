#pragma once
// Writers of the Statuspage v2 public API documents (incidents.json, incidents/unresolved.json,
// summary.json) from domain values, and the per-service day history the HTML page shows.
// Pure functions over values: no database, no network. The shapes follow the public
// Statuspage v2 API, so status widgets and parseStatuspageDocument() read them back.

#include "core/incident.h"
#include "core/timelineentry.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace warroom {

/// The page the documents describe (the Statuspage "page" object).
struct StatusPageInfo {
    QString id = QStringLiteral("warroom");   ///< page id; parseStatuspageDocument() makes it the source "statuspage:<id>"
    QString name = QStringLiteral("Service Status"); ///< page title, e.g. "Lumen Payments Status"
    QString url;                              ///< public address of the page (empty: unknown)
};

/// One incident as published, with the timeline entries published as its updates.
struct PublishedIncident {
    Incident incident;
    QList<TimelineEntry> updates;   ///< any order; writers sort them
};

/// What a status page shows at one moment.
struct StatusPageSnapshot {
    StatusPageInfo page;
    QDateTime now;                        ///< UTC; "updated_at" of the page, end of the history
    QStringList services;                 ///< components, in display order
    QList<PublishedIncident> incidents;   ///< open ones and those that touched the history window
    int historyDays = 90;                 ///< days of per-service history, today included
};

/// Statuspage component states, least to most severe.
enum class ComponentState { Operational, DegradedPerformance, PartialOutage, MajorOutage };

/// "operational", "degraded_performance", "partial_outage", "major_outage".
QString componentStateKey(ComponentState state);
/// Translated label for people ("Partial outage").
QString componentStateDisplayName(ComponentState state);
/// What an open incident of `severity` does to the components it affects: SEV1 major outage,
/// SEV2 partial outage, SEV3 and lower degraded performance.
ComponentState componentStateForSeverity(SeverityLevel severity);

/// Statuspage impact of a severity: SEV1 "critical", SEV2 "major", SEV3 "minor", lower "none"
/// (the inverse of the importer's mapping).
QString statuspageImpact(SeverityLevel severity);
/// Statuspage incident status: Triggered, Acknowledged and Investigating are "investigating",
/// Identified "identified", Mitigated "monitoring", Resolved and Closed "resolved",
/// Postmortem "postmortem".
QString statuspageStatus(IncidentStatus status);
/// The Statuspage status an update written at `when` carries: the stage the incident had
/// reached then, judged by its identified, mitigated and resolved times.
QString statuspageUpdateStatus(const Incident& incident, const QDateTime& when);

/// Keeps only entries that are public and not deleted, and only incidents left with at least
/// one such entry. This is what "public" means on the status page.
QList<PublishedIncident> publicIncidents(const QList<PublishedIncident>& incidents);

/// Current state of a service: the worst state any open incident affecting it implies.
ComponentState currentComponentState(const QString& service, const QList<PublishedIncident>& incidents);

/// The page-wide indicator: "none", "minor", "major" or "critical" for the worst current
/// component state (none, degraded, partial, major), with its description ("All Systems
/// Operational", "Minor Service Outage", "Partial System Outage", "Major System Outage").
struct StatusIndicator {
    QString indicator;
    QString description;
};
StatusIndicator statusIndicator(const StatusPageSnapshot& snapshot);

/// Stable Statuspage ids: an incident's and an entry's UUID without braces; a component's is
/// a UUIDv5 of its name.
QString statuspageIncidentId(const Incident& incident);
QString statuspageComponentId(const QString& service);

/// One incident object: id, name, status, impact, created_at (declared, else detected, else
/// started), started_at, monitoring_at (mitigated), resolved_at, updated_at, shortlink,
/// page_id, incident_updates (newest first: id, status, body, created_at = recorded,
/// display_at = occurred, ...) and components (the affected services).
QJsonObject statuspageIncidentJson(const PublishedIncident& published, const StatusPageSnapshot& snapshot);

/// Most incidents incidents.json lists (newest first), as Statuspage does.
inline constexpr qsizetype kStatuspageIncidentLimit = 50;

/// {"page", "incidents"}: incidents newest first (by created_at), at most `limit` (< 0: all).
QJsonDocument statuspageIncidentsDocument(const StatusPageSnapshot& snapshot,
                                          qsizetype limit = kStatuspageIncidentLimit);
/// {"page", "incidents"} holding only the open incidents.
QJsonDocument statuspageUnresolvedDocument(const StatusPageSnapshot& snapshot);
/// {"page", "components", "incidents" (open), "scheduled_maintenances" (always empty), "status"}.
QJsonDocument statuspageSummaryDocument(const StatusPageSnapshot& snapshot);

/// One day of a service's history.
struct ServiceDay {
    QDate date;                               ///< UTC day
    std::optional<SeverityLevel> worst;       ///< most severe incident touching the day; empty: none
    qint64 impactSeconds = 0;                 ///< union of impact windows inside the day
    QStringList titles;                       ///< titles of the incidents touching the day
};

/// A service's last `snapshot.historyDays` UTC days, oldest first, ending with the day of
/// `snapshot.now`. An incident's impact window is [started (else declared), resolved (else now)).
QList<ServiceDay> serviceHistory(const QString& service, const StatusPageSnapshot& snapshot);

/// Share of the history window (from the start of its first day to `now`) without SEV1 or
/// SEV2 impact on the service, in [0, 1] (the availability rule of the metrics).
double serviceAvailability(const QString& service, const StatusPageSnapshot& snapshot);

} // namespace warroom
