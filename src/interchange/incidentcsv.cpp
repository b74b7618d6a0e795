#include "incidentcsv.h"

#include "core/timeformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

QString row(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(u',') + u"\r\n"_s;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

QString csvField(const QString& value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                             || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray incidentsCsv(const QList<PublishedIncident>& incidents)
{
    QString text = row({u"ref"_s, u"id"_s, u"title"_s, u"summary"_s, u"severity"_s, u"status"_s, u"services"_s,
                        u"commander"_s, u"started_at"_s, u"detected_at"_s, u"declared_at"_s, u"acknowledged_at"_s,
                        u"identified_at"_s, u"mitigated_at"_s, u"resolved_at"_s, u"closed_at"_s, u"source"_s,
                        u"source_id"_s, u"timeline_entries"_s});
    for (const PublishedIncident& p : incidents) {
        const Incident& i = p.incident;
        text += row({i.ref(), i.id.toString(QUuid::WithoutBraces), i.title, i.summary, severityCode(i.severity),
                     statusKey(i.status), i.services.join(u"; "_s), i.commander, toIsoUtc(i.startedAt),
                     toIsoUtc(i.detectedAt), toIsoUtc(i.declaredAt), toIsoUtc(i.acknowledgedAt),
                     toIsoUtc(i.identifiedAt), toIsoUtc(i.mitigatedAt), toIsoUtc(i.resolvedAt), toIsoUtc(i.closedAt),
                     i.source, i.sourceId, QString::number(p.updates.size())});
    }
    return text.toUtf8();
}

QByteArray timelineCsv(const QList<PublishedIncident>& incidents)
{
    QString text = row({u"incident_ref"_s, u"incident_id"_s, u"entry_id"_s, u"occurred_at"_s, u"recorded_at"_s,
                        u"author"_s, u"kind"_s, u"public"_s, u"pinned"_s, u"text"_s});
    for (const PublishedIncident& p : incidents) {
        QList<TimelineEntry> entries = p.updates;
        std::stable_sort(entries.begin(), entries.end(),
                         [](const TimelineEntry& a, const TimelineEntry& b) { return a.occurredAt < b.occurredAt; });
        for (const TimelineEntry& e : entries) {
            text += row({p.incident.ref(), p.incident.id.toString(QUuid::WithoutBraces),
                         e.id.toString(QUuid::WithoutBraces), toIsoUtc(e.occurredAt), toIsoUtc(e.recordedAt), e.author,
                         entryKindKey(e.kind), boolText(e.isPublic), boolText(e.pinned), e.text});
        }
    }
    return text.toUtf8();
}

} // namespace warroom
