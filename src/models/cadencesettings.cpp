#include "cadencesettings.h"

#include <QSettings>

namespace warroom {

QString cadenceSettingsKey(SeverityLevel level)
{
    return QStringLiteral("cadence/") + severityCode(level);
}

QString severityNameSettingsKey(SeverityLevel level)
{
    return QStringLiteral("severityName/") + severityCode(level);
}

SeverityScale loadSeverityScale(const QSettings& settings)
{
    QList<SeverityDefinition> levels = SeverityScale::defaultScale().levels();
    for (SeverityDefinition& d : levels) {
        if (const QString name = settings.value(severityNameSettingsKey(d.level)).toString().simplified();
            !name.isEmpty())
            d.name = name;
        const QVariant value = settings.value(cadenceSettingsKey(d.level));
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (value.isValid() && ok && minutes >= 0)
            d.updateCadenceSeconds = qint64(minutes) * 60;
    }
    return SeverityScale(std::move(levels));
}

void saveSeverityScale(QSettings& settings, const SeverityScale& scale)
{
    const SeverityScale defaults = SeverityScale::defaultScale();
    for (const SeverityDefinition& d : scale.levels()) {
        settings.setValue(cadenceSettingsKey(d.level), int(d.updateCadenceSeconds / 60));
        const QString name = d.name.simplified();
        if (name.isEmpty() || name == defaults.name(d.level))
            settings.remove(severityNameSettingsKey(d.level));
        else
            settings.setValue(severityNameSettingsKey(d.level), name);
    }
}

SeverityScale withSeverityName(const SeverityScale& scale, SeverityLevel level, const QString& name)
{
    const QString simplified = name.simplified();
    QList<SeverityDefinition> levels = scale.levels();
    for (SeverityDefinition& d : levels) {
        if (d.level == level)
            d.name = simplified.isEmpty() ? SeverityScale::defaultScale().name(level) : simplified;
    }
    return SeverityScale(std::move(levels));
}

SeverityScale withCadenceMinutes(const SeverityScale& scale, SeverityLevel level, int minutes)
{
    QList<SeverityDefinition> levels = scale.levels();
    for (SeverityDefinition& d : levels) {
        if (d.level == level)
            d.updateCadenceSeconds = qint64(std::max(0, minutes)) * 60;
    }
    return SeverityScale(std::move(levels));
}

QColor countdownColor(CountdownState state)
{
    switch (state) {
    case CountdownState::Ok: return {};
    case CountdownState::Soon: return QColor(0xF9, 0xA8, 0x25);    // amber
    case CountdownState::Overdue: return QColor(0xD3, 0x2F, 0x2F); // red, as SEV1
    }
    return {};
}

QColor countdownTextColor(CountdownState state)
{
    switch (state) {
    case CountdownState::Ok: return {};
    case CountdownState::Soon: return QColor(0x1C, 0x1B, 0x1A);
    case CountdownState::Overdue: return QColor(Qt::white);
    }
    return {};
}

} // namespace warroom
