#include "defaults.h"

#include <QDir>
#include <QStandardPaths>

namespace warroom {

QString defaultSqlitePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("warroom/warroom.db"));
}

QString defaultDatabaseUrlString()
{
    return QStringLiteral("sqlite:") + defaultSqlitePath();
}

} // namespace warroom
