#include "entrykindicons.h"

namespace warroom {

QIcon entryKindIcon(EntryKind kind)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(entryKindKey(kind)));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/warroom.svg"));
}

} // namespace warroom
