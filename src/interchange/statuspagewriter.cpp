#include "statuspagewriter.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::StatusPage)
};

/// Namespace of component ids (UUIDv5 of the service name).
const QUuid kComponentNamespace(u"5b0f3c1e-7d54-4f4e-9a53-2f1f0f6a8c21"_s);

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue(QJsonValue::Null);
}

/// When the incident was made known: declared, else detected, else started.
QDateTime createdTime(const Incident& incident)
{
    if (incident.declaredAt.isValid())
        return incident.declaredAt;
    if (incident.detectedAt.isValid())
        return incident.detectedAt;
    return incident.startedAt;
}

/// [start, end) of the incident's impact; end is `now` while it is open. Invalid start: none.
std::pair<QDateTime, QDateTime> impactWindow(const Incident& incident, const QDateTime& now)
{
    const QDateTime start = incident.startedAt.isValid() ? incident.startedAt : createdTime(incident);
    QDateTime end = incident.resolvedAt;
    if (!end.isValid())
        end = incident.isOpen() ? now : (incident.closedAt.isValid() ? incident.closedAt : start);
    return {start, std::max(start, end)};
}

/// Seconds covered by the union of [start, end) intervals (in ms), clipped to [from, to).
qint64 unionSeconds(std::vector<std::pair<qint64, qint64>> windows, qint64 from, qint64 to)
{
    std::sort(windows.begin(), windows.end());
    qint64 total = 0;
    qint64 reached = from;
    for (auto [start, end] : windows) {
        start = std::max(start, reached);
        end = std::min(end, to);
        if (end > start) {
            total += end - start;
            reached = end;
        }
    }
    return total / 1000;
}

QJsonObject pageJson(const StatusPageSnapshot& snapshot)
{
    return QJsonObject{
        {u"id"_s, snapshot.page.id},
        {u"name"_s, snapshot.page.name},
        {u"url"_s, snapshot.page.url},
        {u"time_zone"_s, u"Etc/UTC"_s},
        {u"updated_at"_s, timeValue(snapshot.now)},
    };
}

QJsonObject componentJson(const QString& service, int position, ComponentState state,
                          const StatusPageSnapshot& snapshot)
{
    return QJsonObject{
        {u"id"_s, statuspageComponentId(service)},
        {u"name"_s, service},
        {u"status"_s, componentStateKey(state)},
        {u"created_at"_s, QJsonValue(QJsonValue::Null)},
        {u"updated_at"_s, timeValue(snapshot.now)},
        {u"position"_s, position},
        {u"description"_s, QJsonValue(QJsonValue::Null)},
        {u"showcase"_s, true},
        {u"start_date"_s, QJsonValue(QJsonValue::Null)},
        {u"group_id"_s, QJsonValue(QJsonValue::Null)},
        {u"page_id"_s, snapshot.page.id},
        {u"group"_s, false},
        {u"only_show_if_degraded"_s, false},
    };
}

/// Incidents newest first by creation time, ties by title then id, so output is stable.
QList<const PublishedIncident*> newestFirst(const QList<PublishedIncident>& incidents, bool openOnly)
{
    QList<const PublishedIncident*> sorted;
    for (const PublishedIncident& p : incidents) {
        if (!openOnly || p.incident.isOpen())
            sorted << &p;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const PublishedIncident* a, const PublishedIncident* b) {
        const QDateTime ca = createdTime(a->incident);
        const QDateTime cb = createdTime(b->incident);
        if (ca != cb)
            return ca > cb;
        return a->incident.id.toString() < b->incident.id.toString();
    });
    return sorted;
}

QJsonDocument incidentsDocument(const StatusPageSnapshot& snapshot, bool openOnly, qsizetype limit)
{
    QJsonArray array;
    for (const PublishedIncident* p : newestFirst(snapshot.incidents, openOnly)) {
        if (limit >= 0 && array.size() >= limit)
            break;
        array.append(statuspageIncidentJson(*p, snapshot));
    }
    return QJsonDocument(QJsonObject{{u"page"_s, pageJson(snapshot)}, {u"incidents"_s, array}});
}

} // namespace

QString componentStateKey(ComponentState state)
{
    switch (state) {
    case ComponentState::Operational:
        return u"operational"_s;
    case ComponentState::DegradedPerformance:
        return u"degraded_performance"_s;
    case ComponentState::PartialOutage:
        return u"partial_outage"_s;
    case ComponentState::MajorOutage:
        return u"major_outage"_s;
    }
    return u"operational"_s;
}

QString componentStateDisplayName(ComponentState state)
{
    switch (state) {
    case ComponentState::Operational:
        return Tr::tr("Operational");
    case ComponentState::DegradedPerformance:
        return Tr::tr("Degraded performance");
    case ComponentState::PartialOutage:
        return Tr::tr("Partial outage");
    case ComponentState::MajorOutage:
        return Tr::tr("Major outage");
    }
    return Tr::tr("Operational");
}

ComponentState componentStateForSeverity(SeverityLevel severity)
{
    if (severity <= 1)
        return ComponentState::MajorOutage;
    if (severity == 2)
        return ComponentState::PartialOutage;
    return ComponentState::DegradedPerformance;
}

QString statuspageImpact(SeverityLevel severity)
{
    if (severity <= 1)
        return u"critical"_s;
    if (severity == 2)
        return u"major"_s;
    if (severity == 3)
        return u"minor"_s;
    return u"none"_s;
}

QString statuspageStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Triggered:
    case IncidentStatus::Acknowledged:
    case IncidentStatus::Investigating:
        return u"investigating"_s;
    case IncidentStatus::Identified:
        return u"identified"_s;
    case IncidentStatus::Mitigated:
        return u"monitoring"_s;
    case IncidentStatus::Resolved:
    case IncidentStatus::Closed:
        return u"resolved"_s;
    case IncidentStatus::Postmortem:
        return u"postmortem"_s;
    }
    return u"investigating"_s;
}

QString statuspageUpdateStatus(const Incident& incident, const QDateTime& when)
{
    const auto reached = [&](const QDateTime& t) { return t.isValid() && when.isValid() && t <= when; };
    if (reached(incident.resolvedAt)) {
        // Updates after the resolution of an incident now in postmortem are the postmortem.
        return incident.status == IncidentStatus::Postmortem && when > incident.resolvedAt ? u"postmortem"_s
                                                                                          : u"resolved"_s;
    }
    if (reached(incident.mitigatedAt))
        return u"monitoring"_s;
    if (reached(incident.identifiedAt))
        return u"identified"_s;
    if (!incident.resolvedAt.isValid() && !incident.isOpen())
        return statuspageStatus(incident.status);
    return u"investigating"_s;
}

QList<PublishedIncident> publicIncidents(const QList<PublishedIncident>& incidents)
{
    QList<PublishedIncident> kept;
    for (const PublishedIncident& p : incidents) {
        PublishedIncident copy{p.incident, {}};
        for (const TimelineEntry& e : p.updates) {
            if (e.isPublic && !e.deleted)
                copy.updates << e;
        }
        if (!copy.updates.isEmpty())
            kept << std::move(copy);
    }
    return kept;
}

ComponentState currentComponentState(const QString& service, const QList<PublishedIncident>& incidents)
{
    ComponentState worst = ComponentState::Operational;
    for (const PublishedIncident& p : incidents) {
        if (p.incident.isOpen() && p.incident.services.contains(service))
            worst = std::max(worst, componentStateForSeverity(p.incident.severity));
    }
    return worst;
}

StatusIndicator statusIndicator(const StatusPageSnapshot& snapshot)
{
    ComponentState worst = ComponentState::Operational;
    bool anyOpen = false;
    for (const PublishedIncident& p : snapshot.incidents) {
        if (!p.incident.isOpen())
            continue;
        anyOpen = true;
        worst = std::max(worst, componentStateForSeverity(p.incident.severity));
    }
    if (!anyOpen)
        return {u"none"_s, Tr::tr("All Systems Operational")};
    switch (worst) {
    case ComponentState::MajorOutage:
        return {u"critical"_s, Tr::tr("Major System Outage")};
    case ComponentState::PartialOutage:
        return {u"major"_s, Tr::tr("Partial System Outage")};
    case ComponentState::DegradedPerformance:
    case ComponentState::Operational:
        break;
    }
    return {u"minor"_s, Tr::tr("Minor Service Outage")};
}

QString statuspageIncidentId(const Incident& incident)
{
    return incident.id.toString(QUuid::WithoutBraces);
}

QString statuspageComponentId(const QString& service)
{
    return QUuid::createUuidV5(kComponentNamespace, service).toString(QUuid::WithoutBraces);
}

QJsonObject statuspageIncidentJson(const PublishedIncident& published, const StatusPageSnapshot& snapshot)
{
    const Incident& incident = published.incident;
    const QString id = statuspageIncidentId(incident);

    QList<TimelineEntry> updates = published.updates;
    std::stable_sort(updates.begin(), updates.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return a.recordedAt > b.recordedAt;
    });

    QDateTime updatedAt = createdTime(incident);
    for (const QDateTime& t : {incident.mitigatedAt, incident.resolvedAt})
        updatedAt = t.isValid() && (!updatedAt.isValid() || t > updatedAt) ? t : updatedAt;

    QJsonArray updateArray;
    for (const TimelineEntry& e : updates) {
        const QDateTime recorded = e.recordedAt.isValid() ? e.recordedAt : e.occurredAt;
        if (recorded.isValid() && (!updatedAt.isValid() || recorded > updatedAt))
            updatedAt = recorded;
        updateArray.append(QJsonObject{
            {u"id"_s, e.id.toString(QUuid::WithoutBraces)},
            {u"status"_s, statuspageUpdateStatus(incident, e.occurredAt)},
            {u"body"_s, e.text},
            {u"incident_id"_s, id},
            {u"created_at"_s, timeValue(recorded)},
            {u"updated_at"_s, timeValue(recorded)},
            {u"display_at"_s, timeValue(e.occurredAt)},
            {u"affected_components"_s, QJsonValue(QJsonValue::Null)},
            {u"deliver_notifications"_s, false},
            {u"custom_tweet"_s, QJsonValue(QJsonValue::Null)},
            {u"tweet_id"_s, QJsonValue(QJsonValue::Null)},
        });
    }

    QJsonArray components;
    const ComponentState state =
        incident.isOpen() ? componentStateForSeverity(incident.severity) : ComponentState::Operational;
    for (qsizetype i = 0; i < incident.services.size(); ++i) {
        const QString& service = incident.services.at(i);
        const qsizetype position = snapshot.services.indexOf(service);
        components.append(componentJson(service, int(position >= 0 ? position + 1 : i + 1),
                                        std::max(state, currentComponentState(service, snapshot.incidents)),
                                        snapshot));
    }

    const QString shortlink = snapshot.page.url.isEmpty() ? QString() : snapshot.page.url + u"#incident-"_s + id;
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, incident.title},
        {u"status"_s, statuspageStatus(incident.status)},
        {u"impact"_s, statuspageImpact(incident.severity)},
        {u"created_at"_s, timeValue(createdTime(incident))},
        {u"updated_at"_s, timeValue(updatedAt)},
        {u"started_at"_s, timeValue(incident.startedAt)},
        {u"monitoring_at"_s, timeValue(incident.mitigatedAt)},
        {u"resolved_at"_s, timeValue(incident.resolvedAt)},
        {u"shortlink"_s, shortlink.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(shortlink)},
        {u"page_id"_s, snapshot.page.id},
        {u"incident_updates"_s, updateArray},
        {u"components"_s, components},
    };
}

QJsonDocument statuspageIncidentsDocument(const StatusPageSnapshot& snapshot, qsizetype limit)
{
    return incidentsDocument(snapshot, false, limit);
}

QJsonDocument statuspageUnresolvedDocument(const StatusPageSnapshot& snapshot)
{
    return incidentsDocument(snapshot, true, -1);
}

QJsonDocument statuspageSummaryDocument(const StatusPageSnapshot& snapshot)
{
    QJsonArray components;
    for (qsizetype i = 0; i < snapshot.services.size(); ++i) {
        const QString& service = snapshot.services.at(i);
        components.append(
            componentJson(service, int(i + 1), currentComponentState(service, snapshot.incidents), snapshot));
    }
    QJsonObject summary = incidentsDocument(snapshot, true, -1).object();
    const StatusIndicator status = statusIndicator(snapshot);
    summary.insert(u"components"_s, components);
    summary.insert(u"scheduled_maintenances"_s, QJsonArray());
    summary.insert(u"status"_s,
                   QJsonObject{{u"indicator"_s, status.indicator}, {u"description"_s, status.description}});
    return QJsonDocument(summary);
}

QList<ServiceDay> serviceHistory(const QString& service, const StatusPageSnapshot& snapshot)
{
    const int days = std::max(1, snapshot.historyDays);
    const QDate today = snapshot.now.toUTC().date();
    QList<ServiceDay> history;
    history.reserve(days);
    for (int d = days - 1; d >= 0; --d)
        history.append(ServiceDay{today.addDays(-d), std::nullopt, 0, {}});

    const QDate first = history.first().date;
    for (ServiceDay& day : history) {
        const qint64 dayStart = QDateTime(day.date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 dayEnd = std::min(dayStart + 86'400'000LL, std::max(dayStart, snapshot.now.toMSecsSinceEpoch()));
        std::vector<std::pair<qint64, qint64>> windows;
        for (const PublishedIncident& p : snapshot.incidents) {
            if (!p.incident.services.contains(service))
                continue;
            const auto [start, end] = impactWindow(p.incident, snapshot.now);
            if (!start.isValid() || end.date() < first)
                continue;
            const qint64 s = start.toMSecsSinceEpoch();
            const qint64 e = end.toMSecsSinceEpoch();
            // An incident touches a day when its window overlaps it; an instant one, its own day.
            const bool touches = e > s ? (s < dayStart + 86'400'000LL && e > dayStart) : start.date() == day.date;
            if (!touches)
                continue;
            windows.emplace_back(s, e);
            day.titles << p.incident.title;
            day.worst = day.worst ? std::min(*day.worst, p.incident.severity) : p.incident.severity;
        }
        day.impactSeconds = unionSeconds(std::move(windows), dayStart, dayEnd);
    }
    return history;
}

double serviceAvailability(const QString& service, const StatusPageSnapshot& snapshot)
{
    const int days = std::max(1, snapshot.historyDays);
    const QDate first = snapshot.now.toUTC().date().addDays(-(days - 1));
    const qint64 from = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = snapshot.now.toMSecsSinceEpoch();
    if (to <= from)
        return 1.0;
    std::vector<std::pair<qint64, qint64>> windows;
    for (const PublishedIncident& p : snapshot.incidents) {
        if (p.incident.severity > 2 || !p.incident.services.contains(service))
            continue;
        const auto [start, end] = impactWindow(p.incident, snapshot.now);
        if (start.isValid())
            windows.emplace_back(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
    }
    const double down = double(unionSeconds(std::move(windows), from, to));
    return std::clamp(1.0 - down / (double(to - from) / 1000.0), 0.0, 1.0);
}

} // namespace warroom
