#pragma once
// A realistic synthetic incident history for demos, load tests and benchmarks.

#include "importbatch.h"

namespace warroom {

/// Parameters of a synthetic history. The same parameters always give the same history.
struct SyntheticHistoryOptions {
    int incidents = 1000;
    quint64 seed = 1;
    QDateTime end = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);   ///< last possible impact start, UTC
    int minTimelineEntries = 5;
    int maxTimelineEntries = 20;
};

/// Generates `incidents` incidents spread over the time before `end` (about 6 a week, denser
/// so that a large history spans at most three years) over
/// 30 services, with a severity mix like public status pages (SEV1 8 %, SEV2 27 %, SEV3 45 %,
/// SEV4 20 %), long-tailed (log-normal) detection, acknowledgement, mitigation and resolution
/// times, and 5 to 20 timeline entries each. The newest few (at least 2, one per 2,000) started
/// in the three hours before `end` and are still open. Source "synthetic",
/// source ids "<seed>-<n>", so generating again with the same seed adds nothing.
/// Deterministic across platforms: uses its own distributions over std::mt19937_64.
ImportBatch generateSyntheticHistory(const SyntheticHistoryOptions& options);

/// The 30 service names used by the generator.
QStringList syntheticServiceNames();

} // namespace warroom
