#pragma once
// One icon per timeline entry kind, from resources/icons/.

#include "core/timelineentry.h"

#include <QIcon>

namespace warroom {

/// The icon of `kind` (":/icons/<kind key>.svg", e.g. ":/icons/stakeholder_update.svg").
QIcon entryKindIcon(EntryKind kind);
/// The application icon (":/icons/warroom.svg").
QIcon applicationIcon();

} // namespace warroom
