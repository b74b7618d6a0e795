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

/// What a connection may write, as the app shows it (the database enforces the same through
/// GRANTs; see AccessRoles). Ordered: each level may do everything the one before may.
enum class AccessLevel {
    Viewer,      ///< reads everything, writes nothing
    Scribe,      ///< also writes the war room: timeline, action items, roles and hand-offs
                 ///< (not the commander's), postmortems, stakeholder updates
    Commander,   ///< also declares, changes and deletes incidents, edits people, escalation
                 ///< policies and alert intake; a SQLite file always gives this
};

/// Timeline entries, action items, role assignments, hand-offs, postmortems, stakeholder updates.
inline bool canWriteWarRoom(AccessLevel level) { return level >= AccessLevel::Scribe; }
/// Declare, status, severity, times, commander, deletes; people, escalation, imports.
inline bool canWriteIncidents(AccessLevel level) { return level >= AccessLevel::Commander; }
/// "viewer", "scribe", "commander" (for logs and JSON; not translated).
QString accessLevelName(AccessLevel level);

/// What the connection's login role may write, read from its privileges on the current
/// schema's tables (has_table_privilege, so membership of warroom_commander, warroom_scribe
/// or warroom_viewer counts, and so does owning the tables or being a superuser): UPDATE and
/// DELETE on incidents is Commander, INSERT on timeline_entries is Scribe, else Viewer.
/// SQLite: Commander (a file has no users). Error "sql" or "disconnected".
Result<AccessLevel> detectAccessLevel(const Database& db);

/// Creates the three group roles if missing (NOLOGIN) and sets their privileges on every
/// table of the current schema: first revoked, then granted as documented on AccessRoles,
/// so running it again (after a schema upgrade) leaves exactly those. Needs a role that
/// may create roles and owns the tables (the one that ran the migrations). One transaction.
/// Error "unsupported" on SQLite, "sql" otherwise (e.g. permission denied).
Result<void> createAccessRoles(const Database& db);

} // namespace warroom
