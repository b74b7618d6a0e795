#pragma once
// An open database connection (SQLite or PostgreSQL) with its dialect, migrations and
// the conversions between domain values and column values.

#include "databaseurl.h"

#include "core/result.h"

#include <QDateTime>
#include <QHash>
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
    /// (PostgreSQL prepares on the server, which accepts only SELECT, INSERT, UPDATE, DELETE
    /// and VALUES: run DDL through run() without values.)
    Result<QSqlQuery> prepare(const QString& sql) const;
    /// Executes a prepared statement; Error "sql" with the driver's text, "conflict" for a
    /// unique/foreign-key violation, or "disconnected" when the connection is gone.
    Result<void> exec(QSqlQuery& query) const;
    /// Binds `values` to the `?` placeholders and executes. SQLite prepares the statement;
    /// PostgreSQL gets the text with the values as literals quoted by the driver (the same
    /// quoting QPSQL uses for its EXECUTE): one round trip instead of PREPARE, EXECUTE and
    /// DEALLOCATE, and no server-side statement to go stale on reconnect or to fail to free
    /// in an aborted transaction. DDL, DO blocks and SET work.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;
    /// A statement prepared once on this connection and kept for reuse (bulk inserts), keyed
    /// by its text: bind every value, then exec(). Users share it, so read any result at
    /// once. reopen() drops the cache (the server forgot the statements).
    Result<QSqlQuery*> cachedQuery(const QString& sql);

    /// The connection is up. PostgreSQL notices a lost server only on the next statement, or
    /// at once on a connection that listens for notifications.
    bool isOpen() const;
    /// Closes and opens the connection again (same URL, name and driver). Any transaction is
    /// gone, notification subscriptions must be renewed, and statements prepared before are
    /// invalid: generation() changes so holders of cached statements prepare them again.
    /// Error "open".
    Result<void> reopen();
    /// Counts reopen()s.
    quint64 generation() const { return m_generation; }

    /// Who is acting (a person's handle): the change log records it as `actor` for every
    /// change written in transactions on this connection from now on (PostgreSQL: the
    /// transaction-local setting warroom.actor, falling back to the login role; SQLite: the
    /// one-row table change_actor). Applied at once inside an active transaction, else by
    /// the next SqlTransaction. Empty means nobody in particular.
    Result<void> setActor(const QString& actor);
    QString actor() const { return m_actor; }

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
    Result<void> configurePostgresql();
    Result<void> applyMigration(int version, const QString& fileName);
    /// PostgreSQL: `sql` with each `?` outside quotes and comments replaced by the literal of
    /// the next value. Error "sql" when the counts differ.
    Result<QString> inlineValues(const QString& sql, const QVariantList& values) const;
    /// Writes m_actor where the change-log triggers read it (inside a transaction).
    Result<void> applyActor();
    /// Clears the SQLite actor row before the outermost commit, if applyActor() wrote it.
    Result<void> clearAppliedActor();

    friend class SqlTransaction;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;       ///< SqlTransaction nesting on this connection
    bool m_rollbackOnly = false;      ///< an inner transaction failed: the outer one must not commit
    quint64 m_generation = 0;         ///< reopen() count
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;   ///< cachedQuery()
    QString m_actor;                  ///< see setActor()
    bool m_sqliteActorWritten = false; ///< change_actor holds m_actor in the open transaction
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

/// Makes `actor` the one the change log records for the writes of one operation (see
/// Database::setActor), and restores the previous actor when the scope ends. Check it like a
/// Result: false (with error()) when the actor could not be set.
class ActorScope {
public:
    ActorScope(Database& db, const QString& actor);
    ~ActorScope();
    ActorScope(const ActorScope&) = delete;
    ActorScope& operator=(const ActorScope&) = delete;

    explicit operator bool() const { return m_result.ok(); }
    const Error& error() const { return m_result.error(); }

private:
    Database& m_db;
    QString m_previous;
    Result<void> m_result;
};

} // namespace warroom
