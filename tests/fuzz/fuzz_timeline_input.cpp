// Fuzzes the scribe's entry line parser (parseTimelineInput), in UTC and in a zone with
// daylight saving time, so backdating around midnight and DST gaps is covered.
#include "core/timelineinput.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString line = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QDateTime now = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc());
    static const QTimeZone berlin("Europe/Berlin");
    for (const QTimeZone& zone : {QTimeZone::utc(), berlin.isValid() ? berlin : QTimeZone::utc()}) {
        const auto parsed = warroom::parseTimelineInput(line, warroom::EntryKind::Note, now, zone);
        if (parsed && parsed->occurredAt.isValid() && parsed->occurredAt > now)
            __builtin_trap(); // a backdate is never in the future
    }
    return 0;
}
