#pragma once
// Wire formats of a metrics report: the JSON of `warroomctl metrics --json` and a CSV for
// spreadsheets. Durations in seconds, times ISO 8601 UTC, availability as a fraction.

#include "core/metrics.h"

#include <QJsonObject>

namespace warroom {

/// {"n","no_data","negative","mean_s","median_s","p90_s"}; the statistics are null when n is 0.
QJsonObject durationStatsToJson(const DurationStats& stats);

/// {"window":{"from","to"},"incidents","by_severity":{"SEV1":n,...},"ttd","tta","ttm","ttr",
///  "by_service":{"NAME":{"incidents","ttr","mtbf_s"|null,"availability","downtime_s"}},
///  "by_month":[{"month":"2022-01","incidents","by_severity","tta","ttm","ttr"}],
///  "definitions":{...formulas...}}. by_severity lists every level of the scale, zeros included.
QJsonObject metricsReportToJson(const MetricsReport& report, const SeverityScale& scale);

/// One row per scope: the whole window ("all"), each service, each month. Columns: scope, name,
/// incidents, SEV1..SEVn counts, then n/no_data/mean_s/median_s/p90_s for TTD, TTA, TTM, TTR,
/// then mtbf_s and availability (services only). RFC 4180 quoting, "\r\n" line ends.
QByteArray metricsReportToCsv(const MetricsReport& report, const SeverityScale& scale);

} // namespace warroom
