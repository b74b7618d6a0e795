#pragma once
// The per-severity stakeholder-update cadence as the user configured it (QSettings).

#include "core/cadence.h"
#include "core/severity.h"

#include <QColor>

class QSettings;

namespace warroom {

/// QSettings key of a level's cadence in minutes: "cadence/SEV1".
QString cadenceSettingsKey(SeverityLevel level);

/// The default scale with each level's cadence replaced by "cadence/SEV<n>" (whole minutes,
/// 0 = no cadence) where that key is set to a non-negative number; other levels keep their
/// defaults (SEV1 30 min, SEV2 60 min, SEV3 4 h, SEV4 none).
SeverityScale loadSeverityScale(const QSettings& settings);
/// Writes every level's cadence of `scale` as "cadence/SEV<n>" minutes (rounded down).
void saveSeverityScale(QSettings& settings, const SeverityScale& scale);
/// `scale` with the cadence of `level` set to `minutes` (0 = none); other levels unchanged.
SeverityScale withCadenceMinutes(const SeverityScale& scale, SeverityLevel level, int minutes);

/// Background of a countdown in `state`: none for Ok, amber for Soon, red for Overdue.
QColor countdownColor(CountdownState state);
/// Text colour on countdownColor(state): near-black on amber, white on red; invalid for Ok.
QColor countdownTextColor(CountdownState state);

} // namespace warroom
