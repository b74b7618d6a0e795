#include "incidentcolors.h"

namespace warroom {

QColor severityColor(SeverityLevel level)
{
    switch (level) {
    case 1: return QColor(0xD3, 0x2F, 0x2F);   // red
    case 2: return QColor(0xF5, 0x7C, 0x00);   // orange
    case 3: return QColor(0xF9, 0xC0, 0x2D);   // amber
    case 4: return QColor(0x60, 0x7D, 0x8B);   // blue-grey
    default: return QColor(0xB0, 0xBE, 0xC5);  // light blue-grey
    }
}

QColor severityTextColor(SeverityLevel level)
{
    switch (level) {
    case 1:
    case 4: return QColor(Qt::white);
    default: return QColor(0x1C, 0x1B, 0x1A);
    }
}

QColor statusColor(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Triggered:
    case IncidentStatus::Acknowledged:
    case IncidentStatus::Investigating:
    case IncidentStatus::Identified: return QColor(0xE5, 0x39, 0x35);
    case IncidentStatus::Mitigated: return QColor(0xFB, 0x8C, 0x00);
    case IncidentStatus::Resolved: return QColor(0x43, 0xA0, 0x47);
    case IncidentStatus::Postmortem:
    case IncidentStatus::Closed: return QColor(0x9E, 0x9E, 0x9E);
    }
    return QColor(0x9E, 0x9E, 0x9E);
}

} // namespace warroom
