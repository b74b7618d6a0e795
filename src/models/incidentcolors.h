#pragma once
// Colours that carry meaning (severity, status), shared by the models and the widgets so a
// SEV1 looks the same in the table, the chip and any later chart.

#include "core/incident.h"
#include "core/severity.h"

#include <QColor>

namespace warroom {

/// Fill colour of a severity chip: SEV1 red, SEV2 orange, SEV3 amber, SEV4 blue-grey, any
/// further level a light grey. Saturated enough to read on light and dark palettes.
QColor severityColor(SeverityLevel level);
/// Text colour to draw on severityColor(level): white or near-black, whichever contrasts.
QColor severityTextColor(SeverityLevel level);
/// Colour of a status marker: red while the incident needs people (Triggered..Identified),
/// amber while Mitigated (monitoring), green when Resolved, grey for Postmortem and Closed.
QColor statusColor(IncidentStatus status);

} // namespace warroom
