#pragma once
// CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled; UTF-8) of incidents and of their timeline entries.

#include "statuspagewriter.h"

#include <QByteArray>

namespace warroom {

/// Header and one row per incident: ref, id, title, summary, severity (SEVn), status (key),
/// services (joined by "; "), commander, started_at, detected_at, declared_at,
/// acknowledged_at, identified_at, mitigated_at, resolved_at, closed_at (ISO 8601 UTC,
/// empty when unknown), source, source_id, timeline_entries (count in the export).
QByteArray incidentsCsv(const QList<PublishedIncident>& incidents);

/// Header and one row per entry, incidents in the given order, entries by occurred_at:
/// incident_ref, incident_id, entry_id, occurred_at, recorded_at, author, kind (key), public
/// (true/false), pinned (true/false), text.
QByteArray timelineCsv(const QList<PublishedIncident>& incidents);

/// One CSV field, quoted when needed.
QString csvField(const QString& value);

} // namespace warroom
