// The Google Cloud Service Health history (incidents.json of status.cloud.google.com).

#include "importbatch.h"

#include "core/timeformat.h"

#include <QHash>
#include <QJsonValue>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

constexpr SeverityLevel kDefaultGcpSeverity = 3;

/// One update as read, before it becomes a timeline entry.
struct GcpUpdate {
    QDateTime created;
    QDateTime when;
    QString text;
};

/// Stable ids for updates, which GCP does not give: the creation time in UTC, with "#2",
/// "#3", ... for further updates created at the same instant (in file order). New updates
/// only append, so the ids of existing ones survive a re-import of a newer snapshot.
QStringList gcpUpdateIds(const QList<GcpUpdate>& updates)
{
    QList<qsizetype> order(updates.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return updates.at(a).created < updates.at(b).created; });

    QStringList ids(updates.size());
    QHash<QString, int> seen;
    for (qsizetype index : order) {
        const QString base = toIsoUtc(updates.at(index).created);
        const int occurrence = ++seen[base];
        ids[index] = occurrence == 1 ? base : base + u'#' + QString::number(occurrence);
    }
    return ids;
}

std::optional<SeverityLevel> gcpSeverity(const QString& severity)
{
    const QString key = severity.trimmed().toLower();
    if (key == "high"_L1)
        return 1;
    if (key == "medium"_L1)
        return 2;
    if (key == "low"_L1)
        return 3;
    return std::nullopt;
}

/// Reads one incident; errors name `location` and the field.
Result<ImportedIncident> parseGcpIncident(const QJsonObject& object, const QString& fileName, qsizetype index,
                                          const ImportLimits& limits, QStringList& warnings)
{
    using importdetail::FieldReader;
    FieldReader reader(object, importdetail::elementLocation(fileName, u"incident"_s, index, {}));

    const QString id = reader.requiredId("id"_L1, fileName, u"incident"_s, index);
    if (!reader.ok())
        return reader.error();
    const QString location = reader.location();

    const QString title = reader.requiredString("external_desc"_L1);
    reader.checkLength("external_desc"_L1, title, limits.maxTitleChars);
    const QDateTime begin = reader.requiredTime("begin"_L1);
    const QDateTime created = reader.requiredTime("created"_L1);
    const QDateTime end = reader.optionalTime("end"_L1);
    const QString severityText = reader.optionalString("severity"_L1);
    const QJsonArray products = reader.optionalArray("affected_products"_L1);
    bool hasUpdates = false;
    const QJsonArray updates = reader.optionalArray("updates"_L1, &hasUpdates);
    reader.checkCount("updates"_L1, updates, limits.maxUpdatesPerIncident);
    if (!reader.ok())
        return reader.error();

    ImportedIncident imported;
    Incident& incident = imported.incident;
    incident.source = u"gcp"_s;
    incident.sourceId = id;
    incident.title = title;
    incident.startedAt = begin;
    incident.detectedAt = created;
    incident.declaredAt = created;
    incident.resolvedAt = end;
    incident.status = end.isValid() ? IncidentStatus::Resolved : IncidentStatus::Investigating;

    if (const std::optional<SeverityLevel> level = gcpSeverity(severityText)) {
        incident.severity = *level;
    } else {
        incident.severity = kDefaultGcpSeverity;
        warnings << (severityText.isNull()
                         ? QStringLiteral("%1: no severity, imported as %2")
                               .arg(location, severityCode(kDefaultGcpSeverity))
                         : QStringLiteral("%1: unknown severity \"%2\", imported as %3")
                               .arg(location, severityText, severityCode(kDefaultGcpSeverity)));
    }

    for (qsizetype p = 0; p < products.size(); ++p) {
        const QJsonValue value = products.at(p);
        if (!value.isObject()) {
            reader.fail("affected_products"_L1, QStringLiteral("element %1 is %2, expected an object")
                                                    .arg(p)
                                                    .arg(importdetail::jsonTypeName(value)));
            return reader.error();
        }
        FieldReader product(value.toObject(), QStringLiteral("%1: affected_products[%2]").arg(location).arg(p));
        const QString name = product.optionalString("title"_L1).trimmed();
        if (!product.ok())
            return product.error();
        if (!name.isEmpty() && !incident.services.contains(name))
            incident.services << name;
    }
    if (incident.services.isEmpty())
        warnings << QStringLiteral("%1: no affected products").arg(location);

    QList<GcpUpdate> read;
    read.reserve(updates.size());
    for (qsizetype u = 0; u < updates.size(); ++u) {
        const QJsonValue value = updates.at(u);
        if (!value.isObject()) {
            reader.fail("updates"_L1, QStringLiteral("element %1 is %2, expected an object")
                                          .arg(u)
                                          .arg(importdetail::jsonTypeName(value)));
            return reader.error();
        }
        FieldReader update(value.toObject(), QStringLiteral("%1: update %2").arg(location).arg(u));
        GcpUpdate item;
        item.created = update.requiredTime("created"_L1);
        item.when = update.optionalTime("when"_L1);
        item.text = update.optionalString("text"_L1);
        update.checkLength("text"_L1, item.text, limits.maxTextChars);
        if (!update.ok())
            return update.error();
        read << item;
    }

    const QStringList updateIds = gcpUpdateIds(read);
    imported.timeline.reserve(read.size());
    for (qsizetype u = 0; u < read.size(); ++u) {
        const GcpUpdate& item = read.at(u);
        TimelineEntry entry;
        entry.occurredAt = item.when.isValid() ? item.when : item.created;
        entry.recordedAt = item.created;
        entry.text = item.text;
        entry.sourceId = updateIds.at(u);
        imported.timeline << entry;
    }
    return imported;
}

} // namespace

Result<ImportBatch> parseGcpHistory(const QByteArray& data, const QString& fileName)
{
    const ImportLimits limits;
    Result<QJsonDocument> document = importdetail::parseJson(data, fileName, limits);
    if (!document)
        return document.error();
    return parseGcpDocument(*document, fileName, limits);
}

Result<ImportBatch> parseGcpDocument(const QJsonDocument& document, const QString& fileName,
                                     const ImportLimits& limits)
{
    if (!document.isArray()) {
        return Error{u"parse"_s, QStringLiteral("%1: expected a JSON array of incidents (Google Cloud status "
                                                "history), found %2")
                                     .arg(fileName, document.isObject() ? u"an object"_s : u"nothing"_s)};
    }
    const QJsonArray incidents = document.array();
    if (incidents.size() > limits.maxIncidents) {
        return Error{u"parse"_s, QStringLiteral("%1: %2 incidents, more than the limit of %3")
                                     .arg(fileName)
                                     .arg(incidents.size())
                                     .arg(limits.maxIncidents)};
    }

    ImportBatch batch;
    batch.format = u"gcp"_s;
    batch.sourceLabel = u"Google Cloud Service Health"_s;
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
        Result<ImportedIncident> imported = parseGcpIncident(value.toObject(), fileName, i, limits, warnings);
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
