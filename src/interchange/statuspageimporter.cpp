// Atlassian Statuspage histories: the public v2 incidents.json ({"page": ..., "incidents": [...]}),
// scheduled-maintenances.json, a single {"incident": ...} (as in webhooks) and a bare array.

#include "importbatch.h"

#include "core/timeformat.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

constexpr SeverityLevel kDefaultStatuspageSeverity = 4;

/// What the page object says about the source.
struct PageInfo {
    QString id;
    QString name;
};

/// critical/major/minor/none -> SEV1..SEV4; nullopt for "maintenance" and anything unknown.
std::optional<SeverityLevel> statuspageSeverity(const QString& impact)
{
    const QString key = impact.trimmed().toLower();
    if (key == "critical"_L1)
        return 1;
    if (key == "major"_L1)
        return 2;
    if (key == "minor"_L1)
        return 3;
    if (key == "none"_L1)
        return 4;
    return std::nullopt;
}

/// The incident status for a Statuspage status; `maintenance` is set for the statuses of
/// scheduled maintenances, which have no exact equivalent.
std::optional<IncidentStatus> statuspageStatus(const QString& status, bool* maintenance)
{
    *maintenance = false;
    const QString key = status.trimmed().toLower();
    if (key == "investigating"_L1)
        return IncidentStatus::Investigating;
    if (key == "identified"_L1)
        return IncidentStatus::Identified;
    if (key == "monitoring"_L1)
        return IncidentStatus::Mitigated;
    if (key == "resolved"_L1)
        return IncidentStatus::Resolved;
    if (key == "postmortem"_L1)
        return IncidentStatus::Postmortem;
    *maintenance = true;
    if (key == "scheduled"_L1 || key == "in_progress"_L1)
        return IncidentStatus::Investigating;
    if (key == "verifying"_L1)
        return IncidentStatus::Mitigated;
    if (key == "completed"_L1)
        return IncidentStatus::Resolved;
    *maintenance = false;
    return std::nullopt;
}

/// The earlier of two times, a null one counting as "never".
QDateTime earliest(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

Result<ImportedIncident> parseStatuspageIncident(const QJsonObject& object, const QString& fileName,
                                                 qsizetype index, const PageInfo& page,
                                                 const ImportLimits& limits, QStringList& warnings)
{
    using importdetail::FieldReader;
    FieldReader reader(object, importdetail::elementLocation(fileName, u"incident"_s, index, {}));

    const QString id = reader.requiredId("id"_L1, fileName, u"incident"_s, index);
    if (!reader.ok())
        return reader.error();
    const QString location = reader.location();

    const QString name = reader.requiredString("name"_L1);
    reader.checkLength("name"_L1, name, limits.maxTitleChars);
    const QDateTime createdAt = reader.requiredTime("created_at"_L1);
    const QDateTime startedAt = reader.optionalTime("started_at"_L1);
    const QDateTime monitoringAt = reader.optionalTime("monitoring_at"_L1);
    const QDateTime resolvedAt = reader.optionalTime("resolved_at"_L1);
    const QString statusText = reader.optionalString("status"_L1);
    const QString impactText = reader.optionalString("impact"_L1);
    const QString incidentPageId = reader.optionalString("page_id"_L1);
    const QJsonArray components = reader.optionalArray("components"_L1);
    const QJsonArray updates = reader.optionalArray("incident_updates"_L1);
    reader.checkCount("incident_updates"_L1, updates, limits.maxUpdatesPerIncident);
    if (!reader.ok())
        return reader.error();

    ImportedIncident imported;
    Incident& incident = imported.incident;
    const QString pageId = !page.id.isEmpty() ? page.id : incidentPageId;
    incident.source = pageId.isEmpty() ? u"statuspage"_s : u"statuspage:"_s + pageId;
    incident.sourceId = id;
    incident.title = name;
    incident.startedAt = startedAt.isValid() ? startedAt : createdAt;
    incident.detectedAt = createdAt;
    incident.declaredAt = createdAt;
    incident.resolvedAt = resolvedAt;

    if (const std::optional<SeverityLevel> level = statuspageSeverity(impactText)) {
        incident.severity = *level;
    } else {
        incident.severity = kDefaultStatuspageSeverity;
        const QString code = severityCode(kDefaultStatuspageSeverity);
        if (impactText.isNull())
            warnings << QStringLiteral("%1: no impact, imported as %2").arg(location, code);
        else if (impactText.trimmed().toLower() == "maintenance"_L1)
            warnings << QStringLiteral("%1: impact \"maintenance\" imported as %2").arg(location, code);
        else
            warnings << QStringLiteral("%1: unknown impact \"%2\", imported as %3").arg(location, impactText, code);
    }

    for (qsizetype c = 0; c < components.size(); ++c) {
        const QJsonValue value = components.at(c);
        if (!value.isObject()) {
            reader.fail("components"_L1, QStringLiteral("element %1 is %2, expected an object")
                                             .arg(c)
                                             .arg(importdetail::jsonTypeName(value)));
            return reader.error();
        }
        FieldReader component(value.toObject(), QStringLiteral("%1: components[%2]").arg(location).arg(c));
        const QString componentName = component.optionalString("name"_L1).trimmed();
        if (!component.ok())
            return component.error();
        if (!componentName.isEmpty() && !incident.services.contains(componentName))
            incident.services << componentName;
    }
    if (incident.services.isEmpty())
        warnings << QStringLiteral("%1: no affected components").arg(location);

    QDateTime firstIdentified;
    QDateTime firstMonitoring;
    imported.timeline.reserve(updates.size());
    for (qsizetype u = 0; u < updates.size(); ++u) {
        const QJsonValue value = updates.at(u);
        if (!value.isObject()) {
            reader.fail("incident_updates"_L1, QStringLiteral("element %1 is %2, expected an object")
                                                   .arg(u)
                                                   .arg(importdetail::jsonTypeName(value)));
            return reader.error();
        }
        FieldReader update(value.toObject(), QStringLiteral("%1: update %2").arg(location).arg(u));
        const QString updateId = update.requiredId("id"_L1, location, u"update"_s, u);
        if (!update.ok())
            return update.error();

        const QDateTime created = update.requiredTime("created_at"_L1);
        const QDateTime displayAt = update.optionalTime("display_at"_L1);
        const QString body = update.optionalString("body"_L1);
        update.checkLength("body"_L1, body, limits.maxTextChars);
        const QString updateStatus = update.optionalString("status"_L1).trimmed().toLower();
        if (!update.ok())
            return update.error();

        TimelineEntry entry;
        entry.occurredAt = displayAt.isValid() ? displayAt : created;
        entry.recordedAt = created;
        entry.text = body;
        entry.sourceId = updateId;
        imported.timeline << entry;

        if (updateStatus == "identified"_L1)
            firstIdentified = earliest(firstIdentified, entry.occurredAt);
        else if (updateStatus == "monitoring"_L1)
            firstMonitoring = earliest(firstMonitoring, entry.occurredAt);
    }
    incident.identifiedAt = firstIdentified;
    incident.mitigatedAt = monitoringAt.isValid() ? monitoringAt : firstMonitoring;

    bool maintenance = false;
    if (const std::optional<IncidentStatus> status = statuspageStatus(statusText, &maintenance)) {
        incident.status = *status;
        if (maintenance) {
            warnings << QStringLiteral("%1: maintenance status \"%2\" imported as %3")
                            .arg(location, statusText, statusDisplayName(*status));
        }
    } else {
        incident.status = resolvedAt.isValid() ? IncidentStatus::Resolved : IncidentStatus::Investigating;
        warnings << (statusText.isNull() ? QStringLiteral("%1: no status, imported as %2")
                                               .arg(location, statusDisplayName(incident.status))
                                         : QStringLiteral("%1: unknown status \"%2\", imported as %3")
                                               .arg(location, statusText, statusDisplayName(incident.status)));
    }
    if (!isOpenStatus(incident.status) && !resolvedAt.isValid())
        warnings << QStringLiteral("%1: status \"%2\" without a resolved_at time").arg(location, statusText);
    return imported;
}

} // namespace

Result<ImportBatch> parseStatuspageHistory(const QByteArray& data, const QString& fileName)
{
    const ImportLimits limits;
    Result<QJsonDocument> document = importdetail::parseJson(data, fileName, limits);
    if (!document)
        return document.error();
    return parseStatuspageDocument(*document, fileName, limits);
}

Result<ImportBatch> parseStatuspageDocument(const QJsonDocument& document, const QString& fileName,
                                            const ImportLimits& limits)
{
    using importdetail::FieldReader;

    PageInfo page;
    QJsonArray incidents;
    if (document.isArray()) {
        incidents = document.array();
    } else if (document.isObject()) {
        FieldReader top(document.object(), fileName);
        if (top.object().contains("incident"_L1) && !top.object().contains("incidents"_L1)) {
            bool present = false;
            const QJsonObject single = top.optionalObject("incident"_L1, &present);
            if (top.ok() && !present)
                top.fail("incident"_L1, u"is null, expected an object"_s);
            if (!top.ok())
                return top.error();
            incidents.append(single);
        } else if (!top.object().contains("incidents"_L1) && top.object().contains("scheduled_maintenances"_L1)) {
            // scheduled-maintenances.json: the same incident objects under another key.
            bool present = false;
            incidents = top.optionalArray("scheduled_maintenances"_L1, &present);
            if (top.ok() && !present)
                top.fail("scheduled_maintenances"_L1, u"is missing"_s);
        } else {
            bool present = false;
            incidents = top.optionalArray("incidents"_L1, &present);
            if (top.ok() && !present)
                top.fail("incidents"_L1, u"is missing"_s);
        }
        const QJsonObject pageObject = top.optionalObject("page"_L1);
        if (!top.ok())
            return top.error();
        FieldReader pageReader(pageObject, fileName + u": page"_s);
        page.id = pageReader.optionalString("id"_L1).trimmed();
        page.name = pageReader.optionalString("name"_L1).trimmed();
        if (!pageReader.ok())
            return pageReader.error();
    } else {
        return Error{u"parse"_s, QStringLiteral("%1: expected a Statuspage incidents.json object, found nothing")
                                     .arg(fileName)};
    }

    if (incidents.size() > limits.maxIncidents) {
        return Error{u"parse"_s, QStringLiteral("%1: %2 incidents, more than the limit of %3")
                                     .arg(fileName)
                                     .arg(incidents.size())
                                     .arg(limits.maxIncidents)};
    }

    ImportBatch batch;
    batch.format = u"statuspage"_s;
    batch.sourceLabel = page.name.isEmpty() ? u"Statuspage"_s : page.name;
    batch.incidents.reserve(incidents.size());
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const QJsonValue value = incidents.at(i);
        if (!value.isObject()) {
            return Error{u"parse"_s, QStringLiteral("%1: incident %2 is %3, expected an object")
                                         .arg(fileName)
                                         .arg(i)
                                         .arg(importdetail::jsonTypeName(value))};
        }
        QStringList warnings;
        Result<ImportedIncident> imported =
            parseStatuspageIncident(value.toObject(), fileName, i, page, limits, warnings);
        if (!imported)
            return imported.error();
        const QString location =
            importdetail::elementLocation(fileName, u"incident"_s, i, imported->incident.sourceId);
        importdetail::finishImportedIncident(imported.value(), batch.sourceLabel, location, warnings);
        batch.warnings << warnings;
        batch.incidents << std::move(imported).value();
    }
    importdetail::warnDuplicateIncidents(batch, fileName, batch.warnings);
    return batch;
}

} // namespace warroom
