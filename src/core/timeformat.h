#pragma once
// Formatting and parsing of times and durations for people and for JSON.

#include <QDateTime>
#include <QString>

namespace warroom {

/// "45s", "12m", "3h 05m", "2d 4h" for a duration in seconds; negative durations keep
/// their sign ("-20m"), since real data has them and hiding them would mislead.
QString formatDuration(qint64 seconds);

/// ISO 8601 in UTC with milliseconds and a "Z" ("2022-07-01T13:37:44.000Z"); empty for null.
QString toIsoUtc(const QDateTime& time);

/// Parses ISO 8601 with or without fraction and offset; returns it in UTC. Null when the
/// text is not a valid ISO 8601 date-time. A missing offset is taken as UTC.
QDateTime parseIsoUtc(const QString& text);

} // namespace warroom
