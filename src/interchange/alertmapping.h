#pragma once
// How an alert group becomes an incident: severity from a label through a configurable
// mapping, affected services from a label, the title from the "summary" annotation.

#include "alertpayload.h"

#include "core/severity.h"

#include <QHash>
#include <QStringList>

namespace warroom {

/// The mapping rules of the alert intake. Pure; the daemon reads them from its config file.
struct AlertMapping {
    /// Label value (lower case) -> severity level. Default: critical -> SEV1; major, error,
    /// high -> SEV2; warning, minor -> SEV3 (anything else falls back to `fallbackSeverity`).
    QHash<QString, SeverityLevel> severityByValue;
    SeverityLevel fallbackSeverity = 4; ///< for "info", unknown values and no label
    QString severityLabel = QStringLiteral("severity");
    QString serviceLabel = QStringLiteral("service");
    /// When every alert of a group has resolved, also resolve the incident.
    bool autoResolve = false;

    static AlertMapping defaults();

    /// Severity for one label value (case-insensitive, trimmed).
    SeverityLevel severityForValue(const QString& value) const;
    /// The most severe level among the delivery's alerts (common labels count for each).
    SeverityLevel severityOf(const AlertGroupDelivery& delivery) const;
    /// Distinct values of the service label over the alerts (and common labels), sorted.
    /// A value may list several services separated by commas.
    QStringList servicesOf(const AlertGroupDelivery& delivery) const;
    /// The common "summary" annotation, else the first alert's, else the alert name(s),
    /// else the group key; at most 200 characters.
    QString titleOf(const AlertGroupDelivery& delivery) const;
};

} // namespace warroom
