#pragma once
// The result of parsing an incident history file: domain objects ready to be stored.

#include "core/incident.h"
#include "core/result.h"
#include "core/timelineentry.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace warroom {

/// One incident and its timeline as read from a source. `incident.number` is 0: the
/// database assigns it when the incident is stored. Ids are UUIDv5 derived from the
/// source and source id, so parsing the same file twice yields the same ids.
struct ImportedIncident {
    Incident incident;
    QList<TimelineEntry> timeline;   ///< sorted by occurredAt (ties keep source order)
};

/// A parsed history. `warnings` name data that is odd but real and was kept, each naming
/// the file and incident like errors do (e.g. "gcp-incidents.json: incident 115
/// (\"rjF86FbooET3FDpMV9w1\"): declared 20m before impact started").
struct ImportBatch {
    QString format;                  ///< "gcp" or "statuspage"
    QString sourceLabel;             ///< author used for imported entries ("Google Cloud Service Health")
    QList<ImportedIncident> incidents;
    QStringList warnings;

    qsizetype timelineEntryCount() const;
};

enum class ImportFormat { Auto, Gcp, Statuspage };

/// "auto", "gcp", "statuspage"; nullopt for anything else.
std::optional<ImportFormat> parseImportFormat(const QString& name);

/// Upper bound on an import file's size, in bytes (256 MiB); larger files are refused.
inline constexpr qint64 kMaxImportFileBytes = 256LL * 1024 * 1024;

/// Parses a history in the given format (Auto sniffs: a JSON array is GCP, an object with
/// "incidents" is Statuspage; see detectImportFormat). `fileName` is only used in messages.
/// On error (error code "parse") the message names the file and what is wrong, e.g.
/// "gcp-incidents.json: incident 12 (\"abc\"): \"begin\" is not an ISO 8601 time".
Result<ImportBatch> parseHistory(const QByteArray& data, const QString& fileName, ImportFormat format);

/// Reads and parses a file; refuses files over kMaxImportFileBytes. Error codes "io", "parse".
Result<ImportBatch> parseHistoryFile(const QString& path, ImportFormat format);

/// Parsers for the two formats; called by parseHistory.
Result<ImportBatch> parseGcpHistory(const QByteArray& data, const QString& fileName);
Result<ImportBatch> parseStatuspageHistory(const QByteArray& data, const QString& fileName);

/// The namespace for UUIDv5 ids of imported rows.
QUuid importNamespaceUuid();

// ---------------------------------------------------------------------------------------
// Details of the above, for callers that need them (tests, storage de-duplication).

/// Bounds on what one import may hold. The defaults are the production limits; tests pass
/// smaller ones. Counts are of JSON array elements, lengths of UTF-16 code units.
struct ImportLimits {
    qint64 maxFileBytes = kMaxImportFileBytes;   ///< io error in parseHistoryFile, parse error otherwise
    qsizetype maxIncidents = 1'000'000;          ///< incidents in one file
    qsizetype maxUpdatesPerIncident = 100'000;   ///< updates in one incident
    qsizetype maxTitleChars = 10'000;            ///< incident title
    qsizetype maxTextChars = 1'000'000;          ///< one update's text
};

/// As above, with explicit limits. Parse messages name the file by `fileName` (for a path:
/// its file name); io messages ("io": cannot open or read, too large) by the path.
Result<ImportBatch> parseHistory(const QByteArray& data, const QString& fileName, ImportFormat format,
                                 const ImportLimits& limits);
Result<ImportBatch> parseHistoryFile(const QString& path, ImportFormat format, const ImportLimits& limits);

/// Format detection as done by Auto: a JSON array whose first element has "incident_updates"
/// or "created_at" is Statuspage, any other array is GCP; an object with "incidents", "page",
/// "incident" or "scheduled_maintenances" is Statuspage. nullopt for anything else.
std::optional<ImportFormat> detectImportFormat(const QJsonDocument& document);

/// The parsers over an already parsed document. The Statuspage parser accepts
/// {"page": {...}, "incidents": [...]} (the v2 incidents.json; summary.json too, whose
/// "scheduled_maintenances" are then ignored), {"page", "scheduled_maintenances": [...]}
/// (scheduled-maintenances.json), {"incident": {...}} (webhook payloads) and a bare array of
/// incidents. Without a page id, an incident's own "page_id" names the source.
/// Defaults, each with a warning: a GCP severity other than high/medium/low is SEV3; a
/// Statuspage impact other than critical/major/minor/none is SEV4; an unknown Statuspage
/// status is Resolved when resolved_at is set, else Investigating.
Result<ImportBatch> parseGcpDocument(const QJsonDocument& document, const QString& fileName,
                                     const ImportLimits& limits = {});
Result<ImportBatch> parseStatuspageDocument(const QJsonDocument& document, const QString& fileName,
                                            const ImportLimits& limits = {});

/// UUIDv5 in importNamespaceUuid() of "<source>/<sourceId>", e.g. "gcp/TaA75H7XA1DQyM2ReK2f".
QUuid importedIncidentId(const QString& source, const QString& sourceId);
/// UUIDv5 in importNamespaceUuid() of "<source>/<sourceId>/<entrySourceId>".
QUuid importedEntryId(const QString& source, const QString& sourceId, const QString& entrySourceId);

namespace importdetail {
// Building blocks shared by the parsers of this library; other layers have no use for them.

/// Where an element sits, as used in messages: `file.json: incident 3 ("abc")`. Indexes are
/// 0-based positions in the JSON array (as jq counts); the id is left out when unknown.
QString elementLocation(const QString& prefix, const QString& element, qsizetype index, const QString& id);

/// Parses JSON text. Errors ("parse"): empty file, too large, invalid JSON (with the
/// QJsonParseError text, byte offset, line and column).
Result<QJsonDocument> parseJson(const QByteArray& data, const QString& fileName, const ImportLimits& limits);

/// Reads typed fields of one JSON object. The first problem is kept as a "parse" Error
/// whose message starts with `location`; later reads then return empty values.
/// Absent and null count as missing; a value of the wrong type is always an error.
class FieldReader {
public:
    FieldReader(QJsonObject object, QString location);

    const QJsonObject& object() const { return m_object; }
    const QString& location() const { return m_location; }
    void setLocation(QString location) { m_location = std::move(location); }

    /// A non-empty id string; on success the location becomes the element's location with
    /// that id (elementLocation(prefix, element, index, id)), so later messages name it.
    QString requiredId(QLatin1StringView key, const QString& prefix, const QString& element, qsizetype index);
    /// A string; missing is an error.
    QString requiredString(QLatin1StringView key);
    /// A string; missing gives a null QString.
    QString optionalString(QLatin1StringView key);
    /// An ISO 8601 time in UTC; missing or empty is an error.
    QDateTime requiredTime(QLatin1StringView key);
    /// An ISO 8601 time in UTC; missing or "" gives a null QDateTime.
    QDateTime optionalTime(QLatin1StringView key);
    /// An array; missing gives an empty array and `*present` false.
    QJsonArray optionalArray(QLatin1StringView key, bool* present = nullptr);
    /// An object; missing gives an empty object and `*present` false.
    QJsonObject optionalObject(QLatin1StringView key, bool* present = nullptr);
    /// Fails when `value` is longer than `maxChars`.
    void checkLength(QLatin1StringView key, const QString& value, qsizetype maxChars);
    /// Fails when the array holds more than `maxCount` elements.
    void checkCount(QLatin1StringView key, const QJsonArray& array, qsizetype maxCount);

    /// Records `<location>: "<key>" <problem>` unless an error is already recorded.
    void fail(QLatin1StringView key, const QString& problem);

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    /// The value at `key` if it has the wanted type (checked by `isWanted`); missing or null
    /// gives an undefined value, a wrong type an error naming `expected`.
    QJsonValue optionalValue(QLatin1StringView key, bool* present, bool (QJsonValue::*isWanted)() const,
                             const char* expected);

    QJsonObject m_object;
    QString m_location;
    std::optional<Error> m_error;
};

/// JSON type name for messages ("a number", "an array", "null").
QString jsonTypeName(const QJsonValue& value);

/// Finishes an incident whose fields and entries (occurredAt, recordedAt, text, sourceId)
/// are filled: derives every id from incident.source / sourceId, stable-sorts the
/// timeline by occurredAt, sets author, kind StakeholderUpdate, public, not pinned, and
/// appends the warnings common to all formats (declared before impact started, resolved
/// before started, no updates, duplicate entry source ids), each prefixed with `location`.
void finishImportedIncident(ImportedIncident& imported, const QString& author, const QString& location,
                            QStringList& warnings);

/// Appends a warning for each incident whose source id repeats an earlier one (same ids).
void warnDuplicateIncidents(const ImportBatch& batch, const QString& fileName, QStringList& warnings);

} // namespace importdetail

} // namespace warroom
