#include "actionitem.h"

#include <QCoreApplication>
#include <QList>

namespace warroom {

QString actionPriorityKey(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::High: return QStringLiteral("high");
    case ActionPriority::Medium: return QStringLiteral("medium");
    case ActionPriority::Low: return QStringLiteral("low");
    }
    return {};
}

std::optional<ActionPriority> parseActionPriorityKey(const QString& key)
{
    for (ActionPriority p : {ActionPriority::High, ActionPriority::Medium, ActionPriority::Low}) {
        if (actionPriorityKey(p) == key.trimmed().toLower())
            return p;
    }
    return std::nullopt;
}

QString actionPriorityDisplayName(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::High: return QCoreApplication::translate("warroom::ActionItem", "High");
    case ActionPriority::Medium: return QCoreApplication::translate("warroom::ActionItem", "Medium");
    case ActionPriority::Low: return QCoreApplication::translate("warroom::ActionItem", "Low");
    }
    return {};
}

QString actionStateKey(ActionState state)
{
    switch (state) {
    case ActionState::Open: return QStringLiteral("open");
    case ActionState::InProgress: return QStringLiteral("in_progress");
    case ActionState::Done: return QStringLiteral("done");
    case ActionState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ActionState> parseActionStateKey(const QString& key)
{
    for (ActionState s : {ActionState::Open, ActionState::InProgress, ActionState::Done, ActionState::Cancelled}) {
        if (actionStateKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QString actionStateDisplayName(ActionState state)
{
    switch (state) {
    case ActionState::Open: return QCoreApplication::translate("warroom::ActionItem", "Open");
    case ActionState::InProgress: return QCoreApplication::translate("warroom::ActionItem", "In progress");
    case ActionState::Done: return QCoreApplication::translate("warroom::ActionItem", "Done");
    case ActionState::Cancelled: return QCoreApplication::translate("warroom::ActionItem", "Cancelled");
    }
    return {};
}

} // namespace warroom
