#pragma once
// Where the embedded database lives by default, shared by warroom and warroomctl.

#include <QString>

namespace warroom {

/// The default SQLite file: $XDG_DATA_HOME/warroom/warroom.db (usually
/// ~/.local/share/warroom/warroom.db).
QString defaultSqlitePath();
/// "sqlite:" + defaultSqlitePath().
QString defaultDatabaseUrlString();

} // namespace warroom
