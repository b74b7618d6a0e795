#pragma once
// An open database connection (SQLite or PostgreSQL) with its dialect, migrations and
// the conversions between domain values and column values.

#include "databaseurl.h"

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace warroom {

enum class Dialect { Sqlite, Postgresql };

/// One named QSqlDatabase connection, owned: the connection is removed when this object
/// is destroyed. Use one Database per thread (Qt Sql connections are per thread).
/// Never shows UI; every failure comes back as an Error.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (SQLite: creates, in WAL mode with foreign keys on and a 5 s busy timeout).
    /// `connectionName` must be unique per live connection; empty picks a fresh one.
    /// Error codes: "bad-url", "driver" (Qt Sql driver missing), "open".
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, const QString& connectionName = {});
    /// open() then migrate(): the usual way in.
    static Result<std::shared_ptr<Database>> openAndMigrate(const DatabaseUrl& url, const QString& connectionName = {});

    Dialect dialect() const { return m_dialect; }
    const DatabaseUrl& url() const { return m_url; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    /// The schema version this build of Warroom writes (the highest migration it ships).
    static int latestSchemaVersion(Dialect dialect);
    /// The schema version stored in the database (0 for a new, empty database).
    Result<int> schemaVersion() const;
    /// Applies every pending migration from resources/sql/<dialect>/, each in its own
    /// transaction. Error "schema-too-new" when the database was written by a newer
    /// Warroom; "migration" when a migration fails (that migration is rolled back).
    Result<void> migrate();

    /// A prepared statement on this connection. Error "sql" naming the statement's problem.
    Result<QSqlQuery> prepare(const QString& sql) const;
    /// Executes a prepared statement; Error "sql" with the driver's text, or "conflict"
    /// for a unique/foreign-key violation.
    Result<void> exec(QSqlQuery& query) const;
    /// Prepares, binds `values` positionally and executes.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;

    /// Column value for a UTC time: SQLite INTEGER milliseconds since the Unix epoch,
    /// PostgreSQL timestamptz. Null for an invalid time.
    QVariant timeToDb(const QDateTime& time) const;
    QDateTime timeFromDb(const QVariant& value) const;
    /// UUIDs are stored as text without braces on SQLite and as uuid on PostgreSQL.
    QVariant uuidToDb(const QUuid& id) const;
    static QUuid uuidFromDb(const QVariant& value);

    /// Splits a migration script into statements: at ';' ending a line, except inside
    /// CREATE TRIGGER ... END; and $$-quoted bodies.
    static QStringList splitSqlScript(const QString& script);

private:
    Database(DatabaseUrl url, Dialect dialect, QString connectionName);
    Result<void> configureSqlite();
    Result<void> applyMigration(int version, const QString& fileName);

    friend class SqlTransaction;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;       ///< SqlTransaction nesting on this connection
    bool m_rollbackOnly = false;      ///< an inner transaction failed: the outer one must not commit
};

/// RAII transaction guard: begins in the constructor, rolls back in the destructor unless
/// commit() succeeded (after Mixxx's SqlTransaction). A guard created while another is
/// active on the same Database joins it: its commit() does nothing, and if it ends without
/// commit() the outer transaction can no longer commit (its commit() fails and rolls back).
class SqlTransaction {
public:
    explicit SqlTransaction(const Database& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// False if BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    const Database& m_db;
    bool m_active = false;
    bool m_nested = false;
    Error m_error;
};

} // namespace warroom
