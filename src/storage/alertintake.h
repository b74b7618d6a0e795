#pragma once
// Alert intake: applies one parsed webhook delivery (an alert group's current state) to the
// war room. One delivery is one transaction; on any error nothing is written.

#include "incidentservice.h"

#include "core/clock.h"
#include "interchange/alertmapping.h"
#include "interchange/alertpayload.h"

#include <memory>

namespace warroom {

/// What applying one delivery did.
struct AlertIntakeOutcome {
    QUuid incidentId;              ///< null when the delivery was ignored
    QString incidentRef;           ///< "INC-12"
    bool incidentOpened = false;   ///< this delivery opened the incident
    bool ignored = false;          ///< only resolved alerts for a group with no open incident
    int alertsNew = 0;             ///< alerts seen for the first time
    int alertsResolved = 0;        ///< alerts that went from firing to resolved
    int alertsRefired = 0;         ///< resolved alerts firing again
    bool severityRaised = false;   ///< a more severe firing alert raised the incident's severity
    bool groupResolved = false;    ///< this delivery resolved the last firing alert
    bool incidentResolved = false; ///< ... and auto-resolve moved the incident to Resolved
};

/// One alert as stored for an incident (for views and tests). Times UTC.
struct StoredAlert {
    QString source;
    QString groupKey;
    QString fingerprint;
    QString name;
    AlertState state = AlertState::Firing;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
};

/// Turns alert groups into incidents. A group (source + group key) opens one incident, status
/// Triggered, detected_at and started_at at the earliest startsAt (never in the future),
/// severity, services and title from `mapping`, no commander. Later deliveries for the group
/// add "alert" timeline entries to that incident (a new alert, an alert resolving, an alert
/// firing again; a repeat of a known state adds nothing), never a second incident, while the
/// incident is open. A firing alert that maps to a more severe level raises the incident's
/// severity (a reclassification entry); severity is never lowered by alerts. When every alert of the group has
/// resolved, an entry says so, and the incident is resolved if `mapping.autoResolve`. Once the incident is resolved or
/// closed, the group is closed and its next firing delivery opens a new incident. A delivery holding only resolved
/// alerts for a group without an open incident is ignored (nothing written). The writes are recorded in the change log
/// with the source name ("alertmanager") as actor. Error codes: storage's ("sql", "conflict", "disconnected") and
/// "invalid".
class AlertIntake {
public:
    AlertIntake(std::shared_ptr<Database> db, const Clock& clock, AlertMapping mapping = AlertMapping::defaults());

    const AlertMapping& mapping() const { return m_mapping; }
    const std::shared_ptr<Database>& database() const { return m_db; }

    Result<AlertIntakeOutcome> apply(const AlertGroupDelivery& delivery);

    /// Every alert recorded for an incident, by first sighting.
    Result<QList<StoredAlert>> alertsOfIncident(const QUuid& incidentId) const;

private:
    struct GroupRow {
        QUuid id;
        QUuid incidentId;
        QDateTime resolvedAt;
    };
    struct AlertRow {
        QUuid id;
        AlertState state = AlertState::Firing;
        int version = 1;
    };
    Result<std::optional<GroupRow>> openGroup(const QString& source, const QString& groupKey) const;
    Result<Incident> openIncident(const AlertGroupDelivery& delivery, const QDateTime& now);
    Result<std::optional<AlertRow>> findAlert(const QUuid& groupId, const QString& fingerprint) const;
    Result<void> writeAlertEntry(const QUuid& incidentId, const QString& text, const QString& author,
                                 const QDateTime& occurredAt, const QDateTime& now);

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    AlertMapping m_mapping;
    IncidentService m_service;
};

} // namespace warroom
