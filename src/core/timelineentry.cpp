#include "timelineentry.h"

#include <QCoreApplication>
#include <QList>

namespace warroom {

QList<EntryKind> allEntryKinds()
{
    return {EntryKind::Note,    EntryKind::Decision, EntryKind::Action, EntryKind::StatusChange,
            EntryKind::StakeholderUpdate, EntryKind::Alert, EntryKind::HandOff};
}

QString entryKindKey(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note: return QStringLiteral("note");
    case EntryKind::Decision: return QStringLiteral("decision");
    case EntryKind::Action: return QStringLiteral("action");
    case EntryKind::StatusChange: return QStringLiteral("status_change");
    case EntryKind::StakeholderUpdate: return QStringLiteral("stakeholder_update");
    case EntryKind::Alert: return QStringLiteral("alert");
    case EntryKind::HandOff: return QStringLiteral("hand_off");
    }
    return {};
}

std::optional<EntryKind> parseEntryKindKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (EntryKind kind : allEntryKinds()) {
        if (entryKindKey(kind) == k)
            return kind;
    }
    return std::nullopt;
}

QString entryKindDisplayName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note: return QCoreApplication::translate("warroom::EntryKind", "Note");
    case EntryKind::Decision: return QCoreApplication::translate("warroom::EntryKind", "Decision");
    case EntryKind::Action: return QCoreApplication::translate("warroom::EntryKind", "Action");
    case EntryKind::StatusChange: return QCoreApplication::translate("warroom::EntryKind", "Status change");
    case EntryKind::StakeholderUpdate: return QCoreApplication::translate("warroom::EntryKind", "Stakeholder update");
    case EntryKind::Alert: return QCoreApplication::translate("warroom::EntryKind", "Alert");
    case EntryKind::HandOff: return QCoreApplication::translate("warroom::EntryKind", "Hand-off");
    }
    return {};
}

} // namespace warroom
