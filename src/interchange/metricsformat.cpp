#include "metricsformat.h"

#include "jsonformat.h"

#include <QJsonArray>

namespace warroom {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject severityCounts(const QMap<int, int>& counts, const SeverityScale& scale)
{
    QJsonObject o;
    for (const SeverityDefinition& d : scale.levels())
        o.insert(severityCode(d.level), counts.value(d.level));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!scale.contains(it.key()))
            o.insert(severityCode(it.key()), it.value());
    }
    return o;
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString csvNumber(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 17) : QString();
}

QStringList statsFields(const DurationStats& s)
{
    return {QString::number(s.n), QString::number(s.noData), csvNumber(s.mean), csvNumber(s.median), csvNumber(s.p90)};
}

} // namespace

QJsonObject durationStatsToJson(const DurationStats& s)
{
    return QJsonObject{
        {QStringLiteral("n"), s.n},
        {QStringLiteral("no_data"), s.noData},
        {QStringLiteral("negative"), s.negative},
        {QStringLiteral("mean_s"), number(s.mean)},
        {QStringLiteral("median_s"), number(s.median)},
        {QStringLiteral("p90_s"), number(s.p90)},
    };
}

QJsonObject metricsReportToJson(const MetricsReport& r, const SeverityScale& scale)
{
    QJsonObject services;
    for (auto it = r.byService.cbegin(); it != r.byService.cend(); ++it) {
        const ServiceMetrics& s = it.value();
        services.insert(it.key(), QJsonObject{
                                      {QStringLiteral("incidents"), s.incidents},
                                      {QStringLiteral("ttr"), durationStatsToJson(s.ttr)},
                                      {QStringLiteral("mtbf_s"), number(s.mtbfSeconds)},
                                      {QStringLiteral("availability"), s.availability},
                                      {QStringLiteral("downtime_s"), s.downtimeSeconds},
                                  });
    }
    QJsonArray months;
    for (const MetricsBucket& b : r.byMonth) {
        months.append(QJsonObject{
            {QStringLiteral("month"), b.label},
            {QStringLiteral("incidents"), b.incidents},
            {QStringLiteral("by_severity"), severityCounts(b.bySeverity, scale)},
            {QStringLiteral("tta"), durationStatsToJson(b.tta)},
            {QStringLiteral("ttm"), durationStatsToJson(b.ttm)},
            {QStringLiteral("ttr"), durationStatsToJson(b.ttr)},
        });
    }
    const QJsonObject definitions{
        {QStringLiteral("ttd"), durationMetricFormula(DurationMetric::Ttd)},
        {QStringLiteral("tta"), durationMetricFormula(DurationMetric::Tta)},
        {QStringLiteral("ttm"), durationMetricFormula(DurationMetric::Ttm)},
        {QStringLiteral("ttr"), durationMetricFormula(DurationMetric::Ttr)},
        {QStringLiteral("window"), QStringLiteral("incidents whose started_at lies in [from, to)")},
        {QStringLiteral("percentiles"), QStringLiteral("linear interpolation between closest ranks (type 7)")},
        {QStringLiteral("mtbf_s"),
         QStringLiteral("mean gap between consecutive merged impact windows [started_at, resolved_at) of a service")},
        {QStringLiteral("availability"),
         QStringLiteral("1 - union of SEV1/SEV2 impact windows clipped to [from, to) / (to - from)")},
    };
    return QJsonObject{
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("from"), timeToJson(r.from)}, {QStringLiteral("to"), timeToJson(r.to)}}},
        {QStringLiteral("incidents"), r.incidents},
        {QStringLiteral("by_severity"), severityCounts(r.bySeverity, scale)},
        {QStringLiteral("ttd"), durationStatsToJson(r.ttd)},
        {QStringLiteral("tta"), durationStatsToJson(r.tta)},
        {QStringLiteral("ttm"), durationStatsToJson(r.ttm)},
        {QStringLiteral("ttr"), durationStatsToJson(r.ttr)},
        {QStringLiteral("by_service"), services},
        {QStringLiteral("by_month"), months},
        {QStringLiteral("definitions"), definitions},
    };
}

QByteArray metricsReportToCsv(const MetricsReport& r, const SeverityScale& scale)
{
    QStringList header{QStringLiteral("scope"), QStringLiteral("name"), QStringLiteral("incidents")};
    for (const SeverityDefinition& d : scale.levels())
        header << severityCode(d.level);
    for (const char* m : {"ttd", "tta", "ttm", "ttr"}) {
        for (const char* f : {"n", "no_data", "mean_s", "median_s", "p90_s"})
            header << QStringLiteral("%1_%2").arg(QLatin1String(m), QLatin1String(f));
    }
    header << QStringLiteral("mtbf_s") << QStringLiteral("availability");

    QStringList lines{header.join(QLatin1Char(','))};
    auto row = [&](const QString& scope, const QString& name, int incidents, const QMap<int, int>& bySeverity,
                   const DurationStats* ttd, const DurationStats* tta, const DurationStats* ttm,
                   const DurationStats* ttr, const QString& mtbf, const QString& availability) {
        QStringList fields{scope, csvField(name), QString::number(incidents)};
        for (const SeverityDefinition& d : scale.levels())
            fields << (bySeverity.isEmpty() && scope == QLatin1String("service") ? QString()
                                                                               : QString::number(bySeverity.value(d.level)));
        for (const DurationStats* s : {ttd, tta, ttm, ttr})
            fields << (s ? statsFields(*s) : QStringList{QString(), QString(), QString(), QString(), QString()});
        fields << mtbf << availability;
        lines << fields.join(QLatin1Char(','));
    };
    row(QStringLiteral("all"), QStringLiteral("all"), r.incidents, r.bySeverity, &r.ttd, &r.tta, &r.ttm, &r.ttr, {}, {});
    for (auto it = r.byService.cbegin(); it != r.byService.cend(); ++it) {
        const ServiceMetrics& s = it.value();
        row(QStringLiteral("service"), it.key(), s.incidents, {}, nullptr, nullptr, nullptr, &s.ttr,
            csvNumber(s.mtbfSeconds), QString::number(s.availability, 'g', 17));
    }
    for (const MetricsBucket& b : r.byMonth)
        row(QStringLiteral("month"), b.label, b.incidents, b.bySeverity, nullptr, &b.tta, &b.ttm, &b.ttr, {}, {});
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

} // namespace warroom
