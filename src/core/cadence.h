#pragma once
// Stakeholder-update cadence: when the next update is due and how urgent it is.

#include "incident.h"

#include <QDateTime>

#include <optional>

namespace warroom {

/// When the next stakeholder update of `incident` is due (UTC): the last public stakeholder
/// update (`lastUpdateAt`, null if none) — or, without one, declared_at (else started_at) —
/// plus the cadence of its severity in `scale`. Nullopt when the incident is not open or its
/// severity has no cadence.
std::optional<QDateTime> nextUpdateDue(const Incident& incident, const QDateTime& lastUpdateAt,
                                       const SeverityScale& scale);

/// How a countdown is shown: Ok, Soon (under 5 minutes left), Overdue (due time passed).
enum class CountdownState { Ok, Soon, Overdue };

/// Seconds before "soon" starts.
inline constexpr qint64 kUpdateSoonSeconds = 5 * 60;

CountdownState countdownState(const QDateTime& dueUtc, const QDateTime& nowUtc);

/// "in 12:05" style text for people: "12:05" (mm:ss) under an hour, "1h 05m" above, and
/// "overdue 3:10" once passed.
QString formatCountdown(const QDateTime& dueUtc, const QDateTime& nowUtc);

} // namespace warroom
