#pragma once
// Security in a shared PostgreSQL database: NOLOGIN group roles with GRANTs on the schema's
// tables. People log in with their own roles, each a member of one group. See docs/sync.md.

#include "database.h"

#include "core/result.h"

#include <QStringList>

namespace warroom {

/// Names of the group roles.
struct AccessRoles {
    /// Reads and writes every table (not the schema; the change log only through triggers).
    static QString commander() { return QStringLiteral("warroom_commander"); }
    /// Reads everything; adds and edits timeline entries (and their revisions), action items,
    /// role assignments, hand-offs and postmortems. Deletes nothing, changes no incident or person.
    static QString scribe() { return QStringLiteral("warroom_scribe"); }
    /// Reads everything, writes nothing.
    static QString viewer() { return QStringLiteral("warroom_viewer"); }
    static QStringList all() { return {commander(), scribe(), viewer()}; }
};

/// Creates the three group roles if missing (NOLOGIN) and sets their privileges on every
/// table of the current schema: first revoked, then granted as documented on AccessRoles,
/// so running it again (after a schema upgrade) leaves exactly those. Needs a role that
/// may create roles and owns the tables (the one that ran the migrations). One transaction.
/// Error "unsupported" on SQLite, "sql" otherwise (e.g. permission denied).
Result<void> createAccessRoles(const Database& db);

} // namespace warroom
