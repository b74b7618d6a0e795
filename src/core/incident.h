#pragma once
// The incident and its lifecycle status.

#include "severity.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace warroom {

/// Lifecycle status, in lifecycle order. Open statuses are Triggered..Mitigated.
enum class IncidentStatus {
    Triggered,
    Acknowledged,
    Investigating,
    Identified,
    Mitigated,
    Resolved,
    Postmortem,
    Closed,
};

/// Every status in lifecycle order.
QList<IncidentStatus> allIncidentStatuses();
/// Stable lower-case key used in the database, JSON and the command line ("mitigated").
QString statusKey(IncidentStatus status);
std::optional<IncidentStatus> parseStatusKey(const QString& key);
/// Translated name for people ("Mitigated").
QString statusDisplayName(IncidentStatus status);
/// True while the incident still needs people: Triggered to Mitigated.
bool isOpenStatus(IncidentStatus status);

/// An incident. Times are UTC; a null QDateTime means "not yet" / unknown.
struct Incident {
    QUuid id;                 ///< client-generated primary key
    qint64 number = 0;        ///< public number; ref() is "INC-<number>"
    QString title;
    QString summary;
    SeverityLevel severity = 3;
    IncidentStatus status = IncidentStatus::Triggered;
    QStringList services;     ///< affected service names
    QString commander;        ///< handle of the incident commander, empty if none

    QDateTime startedAt;      ///< impact began (may be backdated)
    QDateTime detectedAt;
    QDateTime declaredAt;
    QDateTime acknowledgedAt;
    QDateTime identifiedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;

    QString source;           ///< where it was imported from ("gcp", "statuspage:<page>"), empty if declared here
    QString sourceId;         ///< the id within that source
    int version = 1;          ///< optimistic-concurrency version of the row

    QString ref() const { return number > 0 ? QStringLiteral("INC-%1").arg(number) : QString(); }
    bool isOpen() const { return isOpenStatus(status); }
    /// Seconds from startedAt to resolvedAt, or to `nowUtc` while unresolved; nullopt without startedAt.
    std::optional<qint64> durationSeconds(const QDateTime& nowUtc) const;
};

/// Parses "INC-123" (case-insensitive) or "123"; 0 when not a reference.
qint64 parseIncidentRef(const QString& ref);

} // namespace warroom
