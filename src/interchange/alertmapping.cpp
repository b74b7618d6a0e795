#include "alertmapping.h"

#include <QSet>

#include <algorithm>

namespace warroom {

namespace {

constexpr qsizetype kMaxTitleLength = 200;

} // namespace

AlertMapping AlertMapping::defaults()
{
    AlertMapping mapping;
    mapping.severityByValue = {
        {QStringLiteral("critical"), 1}, {QStringLiteral("major"), 2},   {QStringLiteral("error"), 2},
        {QStringLiteral("high"), 2},     {QStringLiteral("warning"), 3}, {QStringLiteral("minor"), 3},
        {QStringLiteral("info"), 4},
    };
    return mapping;
}

SeverityLevel AlertMapping::severityForValue(const QString& value) const
{
    return severityByValue.value(value.trimmed().toLower(), fallbackSeverity);
}

SeverityLevel AlertMapping::severityOf(const AlertGroupDelivery& delivery) const
{
    SeverityLevel best = fallbackSeverity;
    bool found = false;
    auto consider = [&](const QMap<QString, QString>& labels) {
        const auto it = labels.constFind(severityLabel);
        if (it == labels.constEnd())
            return;
        const SeverityLevel level = severityForValue(it.value());
        if (!found || level < best)
            best = level;
        found = true;
    };
    consider(delivery.commonLabels);
    for (const Alert& alert : delivery.alerts)
        consider(alert.labels);
    return best;
}

QStringList AlertMapping::servicesOf(const AlertGroupDelivery& delivery) const
{
    QSet<QString> names;
    auto collect = [&](const QMap<QString, QString>& labels) {
        const auto it = labels.constFind(serviceLabel);
        if (it == labels.constEnd())
            return;
        for (const QString& part : it.value().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.simplified();
            if (!name.isEmpty())
                names.insert(name);
        }
    };
    collect(delivery.commonLabels);
    for (const Alert& alert : delivery.alerts)
        collect(alert.labels);
    QStringList out(names.begin(), names.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString AlertMapping::titleOf(const AlertGroupDelivery& delivery) const
{
    const QString summaryKey = QStringLiteral("summary");
    QString title = delivery.commonAnnotations.value(summaryKey).simplified();
    for (qsizetype i = 0; title.isEmpty() && i < delivery.alerts.size(); ++i)
        title = delivery.alerts.at(i).annotations.value(summaryKey).simplified();
    if (title.isEmpty()) {
        QStringList alertNames;
        for (const Alert& alert : delivery.alerts) {
            const QString name = alert.name.simplified();
            if (!name.isEmpty() && !alertNames.contains(name))
                alertNames << name;
        }
        title = alertNames.join(QStringLiteral(", "));
    }
    if (title.isEmpty())
        title = delivery.groupKey.simplified();
    if (title.size() > kMaxTitleLength)
        title = title.left(kMaxTitleLength - 1) + QChar(0x2026);
    return title;
}

} // namespace warroom
