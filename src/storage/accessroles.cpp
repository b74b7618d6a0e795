#include "accessroles.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace warroom {

namespace {
/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AccessRoles)
};

/// Every data table; not `changes` (written by the triggers' owner only) nor `schema_version`.
const QStringList kDataTables{
    QStringLiteral("services"),         QStringLiteral("incidents"),    QStringLiteral("incident_services"),
    QStringLiteral("timeline_entries"), QStringLiteral("timeline_revisions"), QStringLiteral("people"),
    QStringLiteral("role_assignments"), QStringLiteral("hand_offs"),    QStringLiteral("action_items"),
    QStringLiteral("postmortems"),
    QStringLiteral("escalation_policies"), QStringLiteral("escalation_steps"), QStringLiteral("escalation_pages"),
    QStringLiteral("escalation_stops"),
    QStringLiteral("alert_groups"), QStringLiteral("alert_group_alerts"),
};
/// What a scribe writes: the timeline (with revisions), action items, roles, hand-offs and postmortems.
const QStringList kScribeTables{
    QStringLiteral("timeline_entries"), QStringLiteral("timeline_revisions"), QStringLiteral("action_items"),
    QStringLiteral("role_assignments"), QStringLiteral("hand_offs"),    QStringLiteral("postmortems"),
};
} // namespace

QString accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Viewer: return QStringLiteral("viewer");
    case AccessLevel::Scribe: return QStringLiteral("scribe");
    case AccessLevel::Commander: return QStringLiteral("commander");
    }
    return {};
}

Result<AccessLevel> detectAccessLevel(const Database& db)
{
    if (db.dialect() != Dialect::Postgresql)
        return AccessLevel::Commander;
    // Unqualified names resolve through the search_path, like the application's own statements.
    auto q = db.run(QStringLiteral("SELECT has_table_privilege('incidents', 'UPDATE') "
                                   "AND has_table_privilege('incidents', 'DELETE'), "
                                   "has_table_privilege('timeline_entries', 'INSERT')"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<AccessLevel>::failure(QStringLiteral("sql"), Tr::tr("Cannot read the privileges of this connection."));
    const AccessLevel level = q.value().value(0).toBool() ? AccessLevel::Commander
        : q.value().value(1).toBool()                     ? AccessLevel::Scribe
                                                          : AccessLevel::Viewer;
    qCInfo(lcStorage) << "access of" << db.url().toString() << "is" << accessLevelName(level);
    return level;
}

Result<void> createAccessRoles(const Database& db)
{
    if (db.dialect() != Dialect::Postgresql) {
        return Result<void>::failure(QStringLiteral("unsupported"),
                                     Tr::tr("Database roles need PostgreSQL; a SQLite file has no users."));
    }
    auto schemaQuery = db.run(QStringLiteral("SELECT current_schema()"));
    if (!schemaQuery)
        return schemaQuery.error();
    if (!schemaQuery.value().next() || schemaQuery.value().value(0).isNull())
        return Result<void>::failure(QStringLiteral("sql"), Tr::tr("The connection has no current schema."));
    QSqlDriver* driver = db.connection().driver();
    const QString schema = driver->escapeIdentifier(schemaQuery.value().value(0).toString(), QSqlDriver::TableName);
    const QString roles = AccessRoles::all().join(QStringLiteral(", "));
    auto qualified = [&](const QStringList& tables) {
        QStringList out;
        for (const QString& t : tables)
            out << schema + QLatin1Char('.') + t;
        return out.join(QStringLiteral(", "));
    };

    SqlTransaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QStringList statements;
    for (const QString& role : AccessRoles::all()) {
        // Roles are shared by every database of the server: another database (or a concurrent
        // run) may have created it already.
        statements << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; "
                                     "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                          .arg(role);
    }
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, roles)
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, roles)
               << QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM %2").arg(schema, roles)
               << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, roles)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, roles)
               << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                      .arg(qualified(kDataTables), AccessRoles::commander())
               << QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(qualified(kScribeTables), AccessRoles::scribe());
    for (const QString& statement : std::as_const(statements)) {
        if (auto r = db.run(statement); !r)
            return Result<void>::failure(r.error().code, Tr::tr("Cannot set up the database roles: %1").arg(r.error().message));
    }
    if (auto c = tx.commit(); !c)
        return c;
    qCInfo(lcStorage) << "granted" << roles << "on schema" << schema << "of" << db.url().toString();
    return {};
}

} // namespace warroom
