#include "timelineinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace warroom {

QString entryKindPrefix(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note: return QStringLiteral("/note");
    case EntryKind::Decision: return QStringLiteral("/decision");
    case EntryKind::Action: return QStringLiteral("/action");
    case EntryKind::StatusChange: return QStringLiteral("/status");
    case EntryKind::StakeholderUpdate: return QStringLiteral("/update");
    case EntryKind::Alert: return QStringLiteral("/alert");
    case EntryKind::HandOff: return QStringLiteral("/handoff");
    }
    return {};
}

Result<TimelineInput> parseTimelineInput(const QString& line, EntryKind defaultKind, const QDateTime& nowUtc,
                                         const QTimeZone& zone)
{
    using R = Result<TimelineInput>;
    TimelineInput input;
    input.kind = defaultKind;
    QString rest = line.trimmed();

    if (rest.startsWith(QLatin1Char('/'))) {
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const QString word = (space < 0 ? rest : rest.left(space)).toLower();
        for (EntryKind kind : allEntryKinds()) {
            if (entryKindPrefix(kind) == word) {
                input.kind = kind;
                rest = space < 0 ? QString() : rest.mid(space + 1).trimmed();
                break;
            }
        }
    }

    if (rest.startsWith(QLatin1Char('@'))) {
        static const QRegularExpression timePattern(QStringLiteral("^@(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+|$)"));
        const auto match = timePattern.match(rest);
        const QString token = rest.section(QLatin1Char(' '), 0, 0);
        if (!match.hasMatch()) {
            return R::failure(QStringLiteral("bad-time"),
                              QCoreApplication::translate("warroom::TimelineInput",
                                                          "\"%1\" is not a time; write @HH:MM, e.g. @14:05.")
                                  .arg(token));
        }
        const QTime wall(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).isEmpty() ? 0 : match.captured(3).toInt());
        if (!wall.isValid()) {
            return R::failure(QStringLiteral("bad-time"),
                              QCoreApplication::translate("warroom::TimelineInput", "\"%1\" is not a time of day.")
                                  .arg(token));
        }
        // The latest day on which this wall time exists in `zone` and is not after now. A
        // wall time in a daylight-saving gap (02:30 on the spring-forward day in Berlin) does
        // not exist that day: Qt moves it past the gap, so such a day is skipped.
        const QDate today = nowUtc.toTimeZone(zone).date();
        for (int daysBack = 0; daysBack <= 2 && !input.occurredAt.isValid(); ++daysBack) {
            const QDateTime candidate(today.addDays(-daysBack), wall, zone);
            if (candidate.isValid() && candidate.time() == wall && candidate <= nowUtc)
                input.occurredAt = candidate.toUTC();
        }
        if (!input.occurredAt.isValid()) {
            return R::failure(QStringLiteral("bad-time"),
                              QCoreApplication::translate("warroom::TimelineInput",
                                                          "\"%1\" does not exist in this time zone (clocks changed).")
                                  .arg(token));
        }
        rest = rest.mid(match.capturedLength()).trimmed();
    }

    if (rest.isEmpty()) {
        return R::failure(QStringLiteral("empty"),
                          QCoreApplication::translate("warroom::TimelineInput", "The entry has no text."));
    }
    input.text = rest;
    return input;
}

} // namespace warroom
