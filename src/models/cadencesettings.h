#pragma once
// The per-severity stakeholder-update cadence as the user configured it (QSettings).

#include "core/cadence.h"
#include "core/severity.h"

#include <QColor>

class QSettings;

namespace warroom {

/// QSettings key of a level's cadence in minutes: "cadence/SEV1".
QString cadenceSettingsKey(SeverityLevel level);

/// QSettings key of a level's name: "severityName/SEV1".
QString severityNameSettingsKey(SeverityLevel level);

/// The default scale with each level's cadence replaced by "cadence/SEV<n>" (whole minutes,
/// 0 = no cadence) where that key is set to a non-negative number, and its name by
/// "severityName/SEV<n>" where that is set and not blank; other levels keep their defaults
/// (SEV1 Critical 30 min, SEV2 Major 60 min, SEV3 Minor 4 h, SEV4 Informational none, the
/// names in the current language).
SeverityScale loadSeverityScale(const QSettings& settings);
/// Writes every level's cadence of `scale` as "cadence/SEV<n>" minutes (rounded down), and
/// its name as "severityName/SEV<n>" when it differs from the default name (otherwise the key
/// is removed, so the default name follows the language).
void saveSeverityScale(QSettings& settings, const SeverityScale& scale);
/// `scale` with the name of `level` set to `name` (simplified; blank = the default name).
SeverityScale withSeverityName(const SeverityScale& scale, SeverityLevel level, const QString& name);
/// `scale` with the cadence of `level` set to `minutes` (0 = none); other levels unchanged.
SeverityScale withCadenceMinutes(const SeverityScale& scale, SeverityLevel level, int minutes);

/// Background of a countdown in `state`: none for Ok, amber for Soon, red for Overdue.
QColor countdownColor(CountdownState state);
/// Text colour on countdownColor(state): near-black on amber, white on red; invalid for Ok.
QColor countdownTextColor(CountdownState state);

} // namespace warroom
