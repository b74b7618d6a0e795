#include "importbatch.h"

#include "core/timeformat.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

constexpr qint64 kReadChunkBytes = 1024 * 1024;

Error parseError(QString message)
{
    return Error{u"parse"_s, std::move(message)};
}

/// A value quoted for a message, cut short so a huge field does not flood the message.
QString quoted(const QString& text)
{
    constexpr qsizetype kMaxQuoted = 60;
    if (text.size() <= kMaxQuoted)
        return u'"' + text + u'"';
    return u'"' + text.left(kMaxQuoted) + u"...\""_s;
}

} // namespace

qsizetype ImportBatch::timelineEntryCount() const
{
    qsizetype count = 0;
    for (const ImportedIncident& imported : incidents)
        count += imported.timeline.size();
    return count;
}

std::optional<ImportFormat> parseImportFormat(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == "auto"_L1)
        return ImportFormat::Auto;
    if (key == "gcp"_L1)
        return ImportFormat::Gcp;
    if (key == "statuspage"_L1)
        return ImportFormat::Statuspage;
    return std::nullopt;
}

QUuid importNamespaceUuid()
{
    // Chosen once at random; never change it, or re-imports would no longer match.
    return QUuid(0x7a364579, 0x2021, 0x4a6a, 0xbb, 0xa0, 0x16, 0x7b, 0x5c, 0x82, 0xf6, 0x5f);
}

QUuid importedIncidentId(const QString& source, const QString& sourceId)
{
    return QUuid::createUuidV5(importNamespaceUuid(), source + u'/' + sourceId);
}

QUuid importedEntryId(const QString& source, const QString& sourceId, const QString& entrySourceId)
{
    return QUuid::createUuidV5(importNamespaceUuid(), source + u'/' + sourceId + u'/' + entrySourceId);
}

std::optional<ImportFormat> detectImportFormat(const QJsonDocument& document)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        // GCP incidents have "created" and "updates"; Statuspage ones "created_at" and "incident_updates".
        const QJsonObject first = array.isEmpty() ? QJsonObject() : array.first().toObject();
        if (first.contains("incident_updates"_L1) || first.contains("created_at"_L1))
            return ImportFormat::Statuspage;
        return ImportFormat::Gcp;
    }
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains("incidents"_L1) || object.contains("page"_L1) || object.contains("incident"_L1)
            || object.contains("scheduled_maintenances"_L1))
            return ImportFormat::Statuspage;
    }
    return std::nullopt;
}

Result<ImportBatch> parseHistory(const QByteArray& data, const QString& fileName, ImportFormat format)
{
    return parseHistory(data, fileName, format, ImportLimits{});
}

Result<ImportBatch> parseHistory(const QByteArray& data, const QString& fileName, ImportFormat format,
                                 const ImportLimits& limits)
{
    Result<QJsonDocument> document = importdetail::parseJson(data, fileName, limits);
    if (!document)
        return document.error();

    if (format == ImportFormat::Auto) {
        const std::optional<ImportFormat> detected = detectImportFormat(*document);
        if (!detected) {
            QStringList keys = document->object().keys();
            const qsizetype total = keys.size();
            keys = keys.mid(0, 8);
            for (QString& key : keys)
                key = quoted(key);
            QString found = total == 0
                                ? u"an empty object"_s
                                : u"an object with keys "_s + keys.join(u", "_s) + (total > 8 ? u", ..."_s : QString());
            return parseError(QStringLiteral("%1: not a known incident history: expected a JSON array (Google Cloud "
                                             "status history) or an object with \"incidents\" (Statuspage "
                                             "incidents.json), found %2")
                                  .arg(fileName, found));
        }
        format = *detected;
    }

    switch (format) {
    case ImportFormat::Gcp:
        return parseGcpDocument(*document, fileName, limits);
    case ImportFormat::Statuspage:
    case ImportFormat::Auto:
        break;
    }
    return parseStatuspageDocument(*document, fileName, limits);
}

Result<ImportBatch> parseHistoryFile(const QString& path, ImportFormat format)
{
    return parseHistoryFile(path, format, ImportLimits{});
}

Result<ImportBatch> parseHistoryFile(const QString& path, ImportFormat format, const ImportLimits& limits)
{
    const auto tooLarge = [&](std::optional<qint64> size) {
        const QString limit = QStringLiteral("more than the import limit of %1 bytes").arg(limits.maxFileBytes);
        return Error{u"io"_s, size ? QStringLiteral("%1: the file is %2 bytes, %3").arg(path).arg(*size).arg(limit)
                                   : QStringLiteral("%1: the file holds %2").arg(path, limit)};
    };

    if (QFileInfo(path).isDir())
        return Error{u"io"_s, QStringLiteral("%1: is a directory, not a file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, QStringLiteral("%1: cannot open: %2").arg(path, file.errorString())};
    if (!file.isSequential() && file.size() > limits.maxFileBytes)
        return tooLarge(file.size());

    // Read in chunks, so a pipe or a file growing under us cannot exceed the limit either.
    QByteArray data;
    if (!file.isSequential())
        data.reserve(file.size());
    for (;;) {
        const QByteArray chunk = file.read(std::min(kReadChunkBytes, limits.maxFileBytes + 1 - data.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return Error{u"io"_s, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
            break;
        }
        data += chunk;
        if (data.size() > limits.maxFileBytes)
            return tooLarge(std::nullopt);
    }

    return parseHistory(data, QFileInfo(path).fileName(), format, limits);
}

namespace importdetail {

QString elementLocation(const QString& prefix, const QString& element, qsizetype index, const QString& id)
{
    QString location = QStringLiteral("%1: %2 %3").arg(prefix, element).arg(index);
    if (!id.isEmpty())
        location += u" ("_s + quoted(id) + u')';
    return location;
}

Result<QJsonDocument> parseJson(const QByteArray& data, const QString& fileName, const ImportLimits& limits)
{
    if (data.size() > limits.maxFileBytes) {
        return parseError(QStringLiteral("%1: the data is %2 bytes, more than the import limit of %3 bytes")
                              .arg(fileName)
                              .arg(data.size())
                              .arg(limits.maxFileBytes));
    }
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))   // a UTF-8 byte order mark, as some editors write
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return parseError(QStringLiteral("%1: the file is empty").arg(fileName));

    QJsonParseError jsonError;
    QJsonDocument document = QJsonDocument::fromJson(text, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(jsonError.offset, 0, text.size());
        const qsizetype line = text.first(offset).count('\n') + 1;
        const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return parseError(QStringLiteral("%1: not valid JSON: %2 at line %3, column %4 (byte offset %5)")
                              .arg(fileName, jsonError.errorString())
                              .arg(line)
                              .arg(offset - lineStart + 1)
                              .arg(jsonError.offset));
    }
    if (!document.isArray() && !document.isObject())
        return parseError(QStringLiteral("%1: not valid JSON: expected an array or an object").arg(fileName));
    return document;
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_s;
}

FieldReader::FieldReader(QJsonObject object, QString location)
    : m_object(std::move(object))
    , m_location(std::move(location))
{
}

void FieldReader::fail(QLatin1StringView key, const QString& problem)
{
    if (m_error)
        return;
    m_error = parseError(QStringLiteral("%1: \"%2\" %3").arg(m_location, key, problem));
}

QString FieldReader::requiredString(QLatin1StringView key)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(key, u"is missing"_s);
        return {};
    }
    if (!value.isString()) {
        fail(key, QStringLiteral("is %1, expected a string").arg(jsonTypeName(value)));
        return {};
    }
    return value.toString();
}

QString FieldReader::optionalString(QLatin1StringView key)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("is %1, expected a string").arg(jsonTypeName(value)));
        return {};
    }
    return value.toString();
}

QDateTime FieldReader::requiredTime(QLatin1StringView key)
{
    const QString text = requiredString(key);
    if (!ok())
        return {};
    if (text.trimmed().isEmpty()) {
        fail(key, u"is empty, expected an ISO 8601 time"_s);
        return {};
    }
    const QDateTime time = parseIsoUtc(text);
    if (!time.isValid())
        fail(key, u"is not an ISO 8601 time: "_s + quoted(text));
    return time;
}

QDateTime FieldReader::optionalTime(QLatin1StringView key)
{
    const QString text = optionalString(key);
    if (!ok() || text.trimmed().isEmpty())
        return {};
    const QDateTime time = parseIsoUtc(text);
    if (!time.isValid())
        fail(key, u"is not an ISO 8601 time: "_s + quoted(text));
    return time;
}

QJsonValue FieldReader::optionalValue(QLatin1StringView key, bool* present, bool (QJsonValue::*isWanted)() const,
                                      const char* expected)
{
    if (present)
        *present = false;
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!(value.*isWanted)()) {
        fail(key, QStringLiteral("is %1, expected %2").arg(jsonTypeName(value), QLatin1String(expected)));
        return {};
    }
    if (present)
        *present = true;
    return value;
}

QJsonArray FieldReader::optionalArray(QLatin1StringView key, bool* present)
{
    return optionalValue(key, present, &QJsonValue::isArray, "an array").toArray();
}

QJsonObject FieldReader::optionalObject(QLatin1StringView key, bool* present)
{
    return optionalValue(key, present, &QJsonValue::isObject, "an object").toObject();
}

QString FieldReader::requiredId(QLatin1StringView key, const QString& prefix, const QString& element, qsizetype index)
{
    const QString id = requiredString(key);
    if (ok() && id.trimmed().isEmpty())
        fail(key, QStringLiteral("is empty"));
    if (ok())
        m_location = elementLocation(prefix, element, index, id);
    return id;
}

void FieldReader::checkLength(QLatin1StringView key, const QString& value, qsizetype maxChars)
{
    if (value.size() > maxChars)
        fail(key, QStringLiteral("is %1 characters long, more than the limit of %2").arg(value.size()).arg(maxChars));
}

void FieldReader::checkCount(QLatin1StringView key, const QJsonArray& array, qsizetype maxCount)
{
    if (array.size() > maxCount)
        fail(key, QStringLiteral("has %1 elements, more than the limit of %2").arg(array.size()).arg(maxCount));
}

void finishImportedIncident(ImportedIncident& imported, const QString& author, const QString& location,
                            QStringList& warnings)
{
    Incident& incident = imported.incident;
    incident.number = 0;
    incident.id = importedIncidentId(incident.source, incident.sourceId);

    QHash<QString, int> seenEntryIds;
    for (TimelineEntry& entry : imported.timeline) {
        entry.id = importedEntryId(incident.source, incident.sourceId, entry.sourceId);
        entry.incidentId = incident.id;
        entry.author = author;
        entry.kind = EntryKind::StakeholderUpdate;
        entry.isPublic = true;
        entry.pinned = false;
        if (++seenEntryIds[entry.sourceId] == 2) {
            warnings << QStringLiteral("%1: update id %2 appears more than once; the copies share one id")
                            .arg(location, quoted(entry.sourceId));
        }
    }
    std::stable_sort(imported.timeline.begin(), imported.timeline.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.occurredAt < b.occurredAt; });

    if (incident.startedAt.isValid()) {
        const QDateTime declared = incident.declaredAt.isValid() ? incident.declaredAt : incident.detectedAt;
        if (declared.isValid() && declared < incident.startedAt) {
            warnings << QStringLiteral("%1: declared %2 before impact started")
                            .arg(location, formatDuration(declared.secsTo(incident.startedAt)));
        }
        if (incident.resolvedAt.isValid() && incident.resolvedAt < incident.startedAt) {
            warnings << QStringLiteral("%1: resolved %2 before impact started")
                            .arg(location, formatDuration(incident.resolvedAt.secsTo(incident.startedAt)));
        }
    }
    if (imported.timeline.isEmpty())
        warnings << QStringLiteral("%1: no updates").arg(location);
}

void warnDuplicateIncidents(const ImportBatch& batch, const QString& fileName, QStringList& warnings)
{
    QHash<QString, qsizetype> firstIndex;
    for (qsizetype i = 0; i < batch.incidents.size(); ++i) {
        const Incident& incident = batch.incidents.at(i).incident;
        const QString key = incident.source + u'/' + incident.sourceId;
        const auto it = firstIndex.constFind(key);
        if (it == firstIndex.constEnd()) {
            firstIndex.insert(key, i);
            continue;
        }
        warnings << QStringLiteral("%1: repeats the id of incident %2; both get the same ids")
                        .arg(elementLocation(fileName, u"incident"_s, i, incident.sourceId))
                        .arg(*it);
    }
}

} // namespace importdetail

} // namespace warroom
