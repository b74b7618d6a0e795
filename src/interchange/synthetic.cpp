#include "synthetic.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace warroom {

namespace {

/// Platform-independent draws over mt19937_64 (the standard distributions are not).
class Draw {
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}
    /// Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int between(int lo, int hi) { return lo + int(uniform() * double(hi - lo + 1)); }
    double normal()
    {
        // Box–Muller.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Log-normal with the given median (seconds) and shape sigma.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    std::mt19937_64 m_engine;
};

const char* const kServices[] = {
    "API Gateway",     "Authentication",   "Billing",          "Checkout",        "Search",
    "Notifications",   "Payments",         "Object Storage",   "Block Storage",   "Primary Database",
    "Read Replicas",   "Message Queue",    "CDN",              "DNS",             "Load Balancing",
    "Kubernetes",      "CI Pipelines",     "Container Registry", "Logging",       "Metrics",
    "Tracing",         "Web App",          "Mobile API",       "Email Delivery",  "SMS Delivery",
    "Webhooks",        "Data Warehouse",   "Reporting",        "Identity Admin",  "Support Portal",
};

const char* const kSymptoms[] = {
    "Elevated error rates", "Increased latency", "Partial outage", "Degraded performance",
    "Intermittent timeouts", "Failed requests",  "Delayed processing", "Connectivity issues",
};

const char* const kNotes[] = {
    "Paged the on-call engineer for %1.",
    "Error budget burn alert fired for %1.",
    "Customer reports confirm impact on %1.",
    "Rolled back the most recent deploy of %1.",
    "Scaled out %1 by 50%.",
    "Failed over %1 to the secondary region.",
    "Root cause hypothesis: connection pool exhaustion in %1.",
    "Dashboards show recovery for %1; monitoring.",
    "Opened a ticket with the upstream provider of %1.",
    "Disabled the feature flag implicated in %1.",
};

const EntryKind kKinds[] = {EntryKind::Note,   EntryKind::Note,  EntryKind::Decision,
                            EntryKind::Action, EntryKind::Alert, EntryKind::StakeholderUpdate};

} // namespace

QStringList syntheticServiceNames()
{
    QStringList names;
    for (const char* s : kServices)
        names << QString::fromLatin1(s);
    return names;
}

ImportBatch generateSyntheticHistory(const SyntheticHistoryOptions& options)
{
    ImportBatch batch;
    batch.format = QStringLiteral("synthetic");
    batch.sourceLabel = QStringLiteral("Synthetic history");
    Draw draw(options.seed);
    const QStringList services = syntheticServiceNames();
    const QString people[] = {QStringLiteral("alice"), QStringLiteral("bob"),   QStringLiteral("chen"),
                              QStringLiteral("dana"),  QStringLiteral("emeka"), QStringLiteral("farah")};
    const qint64 endMs = options.end.toMSecsSinceEpoch();
    // About six incidents a week, denser for large histories so that they span at most three years.
    const double meanGapMs = std::min(7.0 * 86400000.0 / 6.0, 3.0 * 365.0 * 86400000.0 / std::max(options.incidents, 1));
    const int openAtEnd = std::max(2, options.incidents / 2000);

    batch.incidents.reserve(options.incidents);
    double cursor = double(endMs);
    for (int n = options.incidents; n >= 1; --n) {
        // The newest few started within the last three hours before `end` and are still open.
        const bool newest = n > options.incidents - openAtEnd;
        cursor -= newest ? draw.uniform() * 10'800'000.0 / openAtEnd : draw.exponential(meanGapMs);
        const qint64 startedMs = qint64(cursor);
        const double roll = draw.uniform();
        const int severity = roll < 0.08 ? 1 : roll < 0.35 ? 2 : roll < 0.80 ? 3 : 4;
        const double scale = severity == 1 ? 1.5 : severity == 2 ? 1.0 : severity == 3 ? 0.8 : 0.5;

        Incident i;
        i.source = QStringLiteral("synthetic");
        i.sourceId = QStringLiteral("%1-%2").arg(options.seed).arg(n);
        i.id = importedIncidentId(i.source, i.sourceId);
        i.severity = severity;
        const int serviceCount = draw.uniform() < 0.8 ? 1 : draw.between(2, 3);
        for (int s = 0; s < serviceCount; ++s) {
            const QString name = services[draw.between(0, int(services.size()) - 1)];
            if (!i.services.contains(name))
                i.services << name;
        }
        i.title = QStringLiteral("%1 in %2").arg(QString::fromLatin1(kSymptoms[draw.between(0, 7)]), i.services.first());
        i.commander = people[draw.between(0, 5)];

        const qint64 ttd = qint64(draw.logNormal(240'000, 1.0) * scale);
        const qint64 tta = qint64(draw.logNormal(180'000, 0.9));
        const qint64 ttr = qint64(draw.logNormal(5'400'000 * scale, 1.1)) + ttd + tta;
        const qint64 ttm = qint64(double(ttr - ttd - tta) * (0.4 + 0.5 * draw.uniform())) + ttd + tta;
        i.startedAt = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
        i.detectedAt = i.startedAt.addMSecs(ttd);
        i.declaredAt = i.detectedAt.addMSecs(qint64(draw.uniform() * 60'000));
        i.acknowledgedAt = i.detectedAt.addMSecs(tta);
        const qint64 nowMs = endMs;
        if (!newest && startedMs + ttr <= nowMs) {
            i.identifiedAt = i.acknowledgedAt.addMSecs((ttm - ttd - tta) / 2);
            i.mitigatedAt = i.startedAt.addMSecs(ttm);
            i.resolvedAt = i.startedAt.addMSecs(ttr);
            i.status = draw.uniform() < 0.7 ? IncidentStatus::Closed : IncidentStatus::Resolved;
            if (i.status == IncidentStatus::Closed)
                i.closedAt = i.resolvedAt.addSecs(qint64(draw.exponential(3 * 86400)));
        } else if (!newest && startedMs + ttm <= nowMs) {
            i.identifiedAt = i.acknowledgedAt.addMSecs((ttm - ttd - tta) / 2);
            i.mitigatedAt = i.startedAt.addMSecs(ttm);
            i.status = IncidentStatus::Mitigated;
        } else {
            i.status = startedMs + ttd + tta <= nowMs ? IncidentStatus::Investigating : IncidentStatus::Triggered;
            if (i.status == IncidentStatus::Triggered)
                i.acknowledgedAt = QDateTime();
        }

        ImportedIncident item;
        const int entries = draw.between(options.minTimelineEntries, options.maxTimelineEntries);
        const qint64 spanMs = std::max<qint64>(i.resolvedAt.isValid() ? i.resolvedAt.toMSecsSinceEpoch() - startedMs
                                                                      : nowMs - startedMs,
                                               60'000);
        QList<qint64> offsets;
        for (int e = 0; e < entries; ++e)
            offsets << qint64(draw.uniform() * double(spanMs));
        std::sort(offsets.begin(), offsets.end());
        for (int e = 0; e < entries; ++e) {
            TimelineEntry entry;
            entry.sourceId = QString::number(e);
            entry.id = importedEntryId(i.source, i.sourceId, entry.sourceId);
            entry.incidentId = i.id;
            entry.occurredAt = QDateTime::fromMSecsSinceEpoch(startedMs + offsets[e], Qt::UTC);
            entry.recordedAt = entry.occurredAt.addSecs(draw.between(0, 90));
            entry.kind = kKinds[draw.between(0, 5)];
            entry.author = entry.kind == EntryKind::Alert ? QStringLiteral("alertmanager") : people[draw.between(0, 5)];
            entry.text = QString::fromLatin1(kNotes[draw.between(0, 9)]).arg(i.services.first());
            entry.isPublic = entry.kind == EntryKind::StakeholderUpdate;
            entry.pinned = entry.kind == EntryKind::Decision && draw.uniform() < 0.5;
            item.timeline.append(entry);
        }
        item.incident = std::move(i);
        batch.incidents.append(std::move(item));
    }
    return batch;
}

} // namespace warroom
