#pragma once
// Alert webhook payloads (Prometheus Alertmanager, Grafana alerting, Warroom's generic JSON)
// parsed into one neutral shape. Pure functions over the raw request body: no I/O, no
// database, safe to fuzz. Format descriptions: docs/warroomd.md.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace warroom {

/// Whether an alert (or a whole group) is still firing.
enum class AlertState { Firing, Resolved };

/// "firing" / "resolved".
QString alertStateKey(AlertState state);

/// One alert of a delivery. Times are UTC; a null time means "not given" (the Go zero time
/// "0001-01-01T00:00:00Z" Alertmanager sends for an unknown end counts as not given).
struct Alert {
    QString fingerprint; ///< stable identity within its group (derived from the labels if absent)
    AlertState state = AlertState::Firing;
    QString name; ///< the "alertname" label (generic: "name")
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QString url; ///< link back to the source (generatorURL), may be empty
};

/// One webhook delivery: the current state of one alert group.
struct AlertGroupDelivery {
    QString source;   ///< "alertmanager", "grafana" or "generic"
    QString groupKey; ///< identifies the group across deliveries
    AlertState state = AlertState::Firing;
    QString receiver;
    QMap<QString, QString> groupLabels;
    QMap<QString, QString> commonLabels;
    QMap<QString, QString> commonAnnotations;
    QString externalUrl;
    QList<Alert> alerts; ///< never empty after a successful parse

    /// Earliest valid startsAt of the alerts; null if none has one.
    QDateTime earliestStart() const;
    bool allResolved() const;
};

/// Most alerts one delivery may carry; more is refused as malformed.
constexpr int kMaxAlertsPerDelivery = 1000;

/// Prometheus Alertmanager webhook, payload version "4": {"version","groupKey","status",
/// "receiver","groupLabels","commonLabels","commonAnnotations","externalURL","alerts":[
/// {"status","labels","annotations","startsAt","endsAt","generatorURL","fingerprint"}]}.
/// Error code "parse"; the message names the offending field path ("alerts[2].startsAt").
Result<AlertGroupDelivery> parseAlertmanagerPayload(const QByteArray& body);

/// Grafana alerting webhook (an Alertmanager-shaped body with "orgId", "title", "state",
/// "message" and per-alert "values"/"valueString"). The group key is "groupKey", or the
/// receiver and group labels when absent. Error code "parse" as above.
Result<AlertGroupDelivery> parseGrafanaPayload(const QByteArray& body);

/// Warroom's generic JSON (docs/warroomd.md): {"group","alerts":[{"name","id","status",
/// "severity","service","summary","labels","annotations","startsAt","endsAt","url"}]}.
/// Only "group" and each alert's "name" are required. Error code "parse" as above.
Result<AlertGroupDelivery> parseGenericAlertPayload(const QByteArray& body);

/// RFC 3339 time ("2024-05-01T10:00:00.123456789+02:00") as UTC, fraction cut to
/// milliseconds. A null QDateTime for the Go zero time; nullopt when not RFC 3339.
std::optional<QDateTime> parseRfc3339(const QString& text);

} // namespace warroom
