#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QTimeZone>
#include <QAtomicInt>

#include <utility>

namespace warroom {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::Database)
};

QString dialectDir(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
}

/// Migration files "NNNN_name.sql", sorted by number.
QList<QPair<int, QString>> migrationFiles(Dialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<QPair<int, QString>> out;
    const QDir dir(dialectDir(dialect));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            out.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return out;
}

Error sqlError(const QString& what, const QSqlError& error)
{
    const QString text = error.text().trimmed();
    // SQLite reports constraint failures as code 19 (and extended 2067/787/1555); PostgreSQL as class 23.
    const QString native = error.nativeErrorCode();
    const bool constraint = native == QLatin1String("19") || native == QLatin1String("2067")
        || native == QLatin1String("1555") || native == QLatin1String("787") || native.startsWith(QLatin1String("23"));
    // PostgreSQL class 08 (connection exception) and 57P (the server shut down or terminated us).
    const bool gone = native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P"));
    return Error{constraint ? QStringLiteral("conflict") : gone ? QStringLiteral("disconnected") : QStringLiteral("sql"),
                 QStringLiteral("%1: %2").arg(what, text.isEmpty() ? Tr::tr("unknown database error") : text)};
}

/// A field the driver quotes safely: its formatValue() leaves types it does not know
/// unquoted (value.toString()), so anything but numbers, booleans, text, bytes, dates and
/// times goes as text (a QUuid without braces).
QSqlField literalField(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime: {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        return field;
    }
    default: {
        QSqlField field(QString(), QMetaType::fromType<QString>());
        if (value.isNull())
            field.clear();
        else if (value.metaType() == QMetaType::fromType<QUuid>())
            field.setValue(value.toUuid().toString(QUuid::WithoutBraces));
        else
            field.setValue(value.toString());
        return field;
    }
    }
}

/// A libpq connection keyword's value as QPSQL passes it on: single-quoted (with \\ and \'
/// escaped) when it holds a space, a quote or a backslash, so a file path with spaces works.
QString libpqValue(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// What to do about a failed TLS check, after libpq's own words; empty for other failures.
QString tlsHint(const QString& driverText, const DatabaseUrl& url)
{
    if (driverText.contains(QLatin1String("certificate verify failed"))) {
        const QString ca = url.options.value(QStringLiteral("sslrootcert"));
        return ca.isEmpty()
            ? Tr::tr("The server's certificate is not signed by a trusted CA: name the CA file with sslrootcert.")
            : Tr::tr("The server's certificate is not signed by the CA in sslrootcert (%1).").arg(ca);
    }
    if (driverText.contains(QLatin1String("does not match host name"))) {
        return Tr::tr("The server's certificate is issued for another name than %1: connect by the name in the "
                      "certificate.")
            .arg(url.host);
    }
    return {};
}

/// The error of a failed open() or reopen() of `url`.
Error openError(const DatabaseUrl& url, const QString& driverText)
{
    QString message = Tr::tr("Cannot open %1: %2").arg(url.toString(), driverText.trimmed());
    if (const QString hint = tlsHint(driverText, url); !hint.isEmpty())
        message += QLatin1Char('\n') + hint;
    return Error{QStringLiteral("open"), message};
}

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("warroom-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database(DatabaseUrl url, Dialect dialect, QString connectionName)
    : m_url(std::move(url)), m_dialect(dialect), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& connectionName)
{
    using R = Result<std::shared_ptr<Database>>;
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    const Dialect dialect = url.kind == DatabaseUrl::Kind::Sqlite ? Dialect::Sqlite : Dialect::Postgresql;
    const QString driver = dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return R::failure(QStringLiteral("driver"),
                          Tr::tr("The Qt Sql driver %1 is not installed (Debian package %2).")
                              .arg(driver, dialect == Dialect::Sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                                      : QStringLiteral("libqt6sql6-psql")));
    }
    if (QSqlDatabase::contains(name))
        return R::failure(QStringLiteral("open"), Tr::tr("A database connection named %1 is already open.").arg(name));

    std::shared_ptr<Database> self(new Database(url, dialect, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (dialect == Dialect::Sqlite) {
        if (url.path != QLatin1String(":memory:")) {
            const QFileInfo info(url.path);
            if (!QDir().mkpath(info.absolutePath())) {
                return R::failure(QStringLiteral("open"),
                                  Tr::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
            }
        }
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        QStringList options;
        QMap<QString, QString> opts = url.options;
        // Without a timeout libpq's connect blocks for as long as the network lets it.
        if (!opts.contains(QStringLiteral("connect_timeout")))
            opts.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        if (!opts.contains(QStringLiteral("application_name")))
            opts.insert(QStringLiteral("application_name"), QStringLiteral("warroom"));
        // TCP keepalives: a silently lost server (a cut network sends no reset) ends a waiting
        // statement after about 11 s instead of hours.
        for (const auto& [key, value] : {std::pair{"keepalives_idle", "5"}, std::pair{"keepalives_interval", "2"},
                                         std::pair{"keepalives_count", "3"}}) {
            if (!opts.contains(QLatin1String(key)))
                opts.insert(QLatin1String(key), QLatin1String(value));
        }
        for (auto it = opts.cbegin(); it != opts.cend(); ++it)
            options << it.key() + QLatin1Char('=') + libpqValue(it.value());
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    if (!db.open())
        return openError(url, db.lastError().text());
    if (auto configured = dialect == Dialect::Sqlite ? self->configureSqlite() : self->configurePostgresql(); !configured)
        return configured.error();
    qCDebug(lcStorage) << "opened" << url.toString() << "as" << name;
    return self;
}

Result<std::shared_ptr<Database>> Database::openAndMigrate(const DatabaseUrl& url, const QString& connectionName)
{
    auto db = open(url, connectionName);
    if (!db)
        return db;
    if (auto migrated = db.value()->migrate(); !migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::configurePostgresql()
{
    // NOTICEs ("relation already exists, skipping") would go to stderr through libpq.
    if (auto r = run(QStringLiteral("SET client_min_messages = warning")); !r)
        return r.error();
    return {};
}

Result<void> Database::configureSqlite()
{
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString& pragma : pragmas) {
        if (auto r = run(pragma); !r)
            return r.error();
    }
    if (m_url.path != QLatin1String(":memory:")) {
        auto mode = run(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode.value().next() && mode.value().value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return Result<void>::failure(QStringLiteral("open"),
                                         Tr::tr("SQLite refused write-ahead logging for %1.").arg(m_url.path));
        }
    }
    return {};
}

int Database::latestSchemaVersion(Dialect dialect)
{
    const auto files = migrationFiles(dialect);
    return files.isEmpty() ? 0 : files.last().first;
}

Result<int> Database::schemaVersion() const
{
    const QString probe = m_dialect == Dialect::Sqlite
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name = 'schema_version'");
    auto exists = run(probe);
    if (!exists)
        return exists.error();
    if (!exists.value().next() || exists.value().value(0).toInt() == 0)
        return 0;
    auto version = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().next() ? version.value().value(0).toInt() : 0;
}

Result<void> Database::migrate()
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    const int latest = latestSchemaVersion(m_dialect);
    if (current.value() > latest) {
        return Result<void>::failure(
            QStringLiteral("schema-too-new"),
            Tr::tr("The database %1 has schema version %2, newer than this Warroom supports (%3). "
               "Upgrade Warroom to open it; nothing was changed.")
                .arg(m_url.toString())
                .arg(current.value())
                .arg(latest));
    }
    for (const auto& [version, fileName] : migrationFiles(m_dialect)) {
        if (version <= current.value())
            continue;
        if (auto applied = applyMigration(version, fileName); !applied)
            return applied;
        qCInfo(lcStorage) << "migrated" << m_url.toString() << "to schema version" << version;
    }
    return {};
}

Result<void> Database::applyMigration(int version, const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<void>::failure(QStringLiteral("migration"), Tr::tr("Cannot read migration %1.").arg(fileName));
    }
    const QString script = QString::fromUtf8(file.readAll());
    // Migrations are nobody's change; an older schema may not have where the actor goes yet.
    struct NoActor {
        Database& db;
        QString saved;
        explicit NoActor(Database& d) : db(d), saved(std::exchange(d.m_actor, QString())) {}
        ~NoActor() { db.m_actor = saved; }
    } noActor(*this);
    SqlTransaction tx(*this);
    if (!tx.isActive())
        return tx.error();
    for (const QString& statement : splitSqlScript(script)) {
        auto r = run(statement);
        if (!r) {
            return Result<void>::failure(
                QStringLiteral("migration"),
                Tr::tr("Migration %1 failed and was rolled back: %2").arg(QFileInfo(fileName).fileName(), r.error().message));
        }
    }
    if (auto r = run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !r)
        return r.error();
    if (auto r = run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version}); !r)
        return r.error();
    return tx.commit();
}

QStringList Database::splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollar = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && !line.contains(QLatin1String("EXECUTE"), Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (!line.endsWith(QLatin1Char(';')) || inDollar)
            continue;
        if (inTrigger) {
            if (line.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0)
                continue;
            inTrigger = false;
        }
        current = current.trimmed();
        current.chop(1);
        statements << current;
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(Tr::tr("Cannot prepare \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    return query;
}

Result<void> Database::exec(QSqlQuery& query) const
{
    if (!query.exec()) {
        Error e = sqlError(Tr::tr("\"%1\" failed").arg(query.lastQuery().simplified().left(120)), query.lastError());
        if (!isOpen())
            e.code = QStringLiteral("disconnected");
        return e;
    }
    return {};
}

Result<QString> Database::inlineValues(const QString& sql, const QVariantList& values) const
{
    // Statements here use plain '...' literals (no E'...' escapes), "..." identifiers, -- and
    // /* */ comments and $$ bodies: a '?' inside any of them is text, not a placeholder.
    QSqlDriver* driver = connection().driver();
    QString out;
    out.reserve(sql.size() + 32 * values.size());
    qsizetype next = 0;
    qsizetype placeholders = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A quoted literal or identifier; a doubled quote stays inside.
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('$') && i + 1 < n && sql.at(i + 1) == QLatin1Char('$')) {
            const qsizetype end = sql.indexOf(QLatin1String("$$"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('?')) {
            if (++placeholders > values.size())
                continue;
            out += driver->formatValue(literalField(values.at(next++)));
        } else {
            out += c;
        }
    }
    if (placeholders != values.size()) {
        return Result<QString>::failure(
            QStringLiteral("sql"),
            Tr::tr("\"%1\" has a different number of placeholders than the %2 values given.")
                .arg(sql.simplified().left(120))
                .arg(values.size()));
    }
    return out;
}

Result<QSqlQuery*> Database::cachedQuery(const QString& sql)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it->get();
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    auto stored = std::make_shared<QSqlQuery>(std::move(prepared.value()));
    m_statements.insert(sql, stored);
    return stored.get();
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& values) const
{
    if (m_dialect == Dialect::Postgresql) {
        // QPSQL would PREPARE (which refuses DDL, DO and SET), EXECUTE and DEALLOCATE; the
        // values go in as literals quoted by the driver instead (see the header).
        auto text = values.isEmpty() ? Result<QString>(sql) : inlineValues(sql, values);
        if (!text)
            return text.error();
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(text.value())) {
            Error e = sqlError(Tr::tr("\"%1\" failed").arg(sql.simplified().left(120)), query.lastError());
            if (!isOpen())
                e.code = QStringLiteral("disconnected");
            return e;
        }
        return query;
    }
    auto query = prepare(sql);
    if (!query)
        return query;
    for (const QVariant& v : values)
        query.value().addBindValue(v);
    if (auto r = exec(query.value()); !r)
        return r.error();
    return query;
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

Result<void> Database::reopen()
{
    QSqlDatabase db = connection();
    // Cached statements are freed now if the connection still works, else while it is
    // closed: then their DEALLOCATE goes nowhere (QPSQL warns) instead of into a new session.
    if (m_transactionDepth == 0 && db.isOpen())
        m_statements.clear();
    db.close();
    m_statements.clear();
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    m_sqliteActorWritten = false;
    ++m_generation;
    if (!db.open())
        return openError(m_url, db.lastError().text());
    qCDebug(lcStorage) << "reopened" << m_url.toString() << "as" << m_connectionName;
    return m_dialect == Dialect::Sqlite ? configureSqlite() : configurePostgresql();
}

Result<void> Database::setActor(const QString& actor)
{
    if (actor == m_actor)
        return {};
    m_actor = actor;
    if (m_transactionDepth > 0)
        return applyActor();
    return {};
}

Result<void> Database::applyActor()
{
    if (m_dialect == Dialect::Postgresql) {
        // Transaction-local: it ends with the transaction. The value is a literal quoted by the
        // driver, so this is one round trip instead of PREPARE, EXECUTE and DEALLOCATE.
        QSqlField field(QStringLiteral("actor"), QMetaType::fromType<QString>());
        field.setValue(m_actor);
        const QString literal = connection().driver()->formatValue(field);
        if (auto r = run(QStringLiteral("SELECT set_config('warroom.actor', %1, true)").arg(literal)); !r)
            return r.error();
        return {};
    }
    if (m_actor.isEmpty() && !m_sqliteActorWritten)
        return {};
    if (auto r = run(QStringLiteral("UPDATE change_actor SET actor = ?"), {m_actor.isNull() ? QString(QLatin1String("")) : m_actor}); !r)
        return r.error();
    m_sqliteActorWritten = true;
    return {};
}

Result<void> Database::clearAppliedActor()
{
    if (m_dialect != Dialect::Sqlite || !m_sqliteActorWritten)
        return {};
    if (auto r = run(QStringLiteral("UPDATE change_actor SET actor = ''")); !r)
        return r.error();
    m_sqliteActorWritten = false;
    return {};
}

QVariant Database::timeToDb(const QDateTime& time) const
{
    if (!time.isValid())
        return m_dialect == Dialect::Sqlite ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(QMetaType::fromType<QDateTime>());
    if (m_dialect == Dialect::Sqlite)
        return QVariant::fromValue<qlonglong>(time.toMSecsSinceEpoch());
    return time.toUTC();
}

QDateTime Database::timeFromDb(const QVariant& value) const
{
    if (value.isNull())
        return {};
    if (m_dialect == Dialect::Sqlite)
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    return value.toDateTime().toUTC();
}

QVariant Database::uuidToDb(const QUuid& id) const
{
    if (id.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return id.toString(QUuid::WithoutBraces);
}

QUuid Database::uuidFromDb(const QVariant& value)
{
    return QUuid::fromString(value.toString());
}

ActorScope::ActorScope(Database& db, const QString& actor)
    : m_db(db), m_previous(db.actor()), m_result(db.setActor(actor))
{
}

ActorScope::~ActorScope()
{
    if (auto restored = m_db.setActor(m_previous); !restored)
        qCDebug(lcStorage) << "cannot restore the actor:" << restored.error().message;
}

SqlTransaction::SqlTransaction(const Database& db) : m_db(db)
{
    auto& state = const_cast<Database&>(db);
    if (state.m_transactionDepth > 0) {
        m_nested = true;
        m_active = true;
        ++state.m_transactionDepth;
        return;
    }
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen()) {
        // The server went away (or a reconnect failed): say so, not "unknown database error".
        m_error = Error{QStringLiteral("disconnected"),
                        Tr::tr("Offline: this change needs the database server, which cannot be reached now. "
                               "Nothing was changed.")};
        return;
    }
    m_active = conn.transaction();
    if (!m_active) {
        m_error = sqlError(Tr::tr("Cannot begin a transaction"), conn.lastError());
        if (!conn.isOpen())
            m_error.code = QStringLiteral("disconnected");
        return;
    }
    state.m_transactionDepth = 1;
    state.m_rollbackOnly = false;
    state.m_sqliteActorWritten = false;
    if (!state.m_actor.isEmpty()) {
        if (auto applied = state.applyActor(); !applied) {
            m_error = applied.error();
            rollback();
        }
    }
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

Result<void> SqlTransaction::commit()
{
    if (!m_active)
        return Result<void>::failure(QStringLiteral("sql"), Tr::tr("No transaction is active."));
    auto& state = const_cast<Database&>(m_db);
    if (m_nested) {
        --state.m_transactionDepth;
        m_active = false;
        return {};
    }
    if (state.m_rollbackOnly) {
        rollback();
        return Result<void>::failure(QStringLiteral("sql"),
                                     Tr::tr("A nested step failed; the whole transaction was rolled back."));
    }
    if (auto cleared = state.clearAppliedActor(); !cleared) {
        rollback();
        return cleared.error();
    }
    QSqlDatabase conn = m_db.connection();
    if (!conn.commit()) {
        Error e = sqlError(Tr::tr("Cannot commit"), conn.lastError());
        rollback();
        return e;
    }
    state.m_transactionDepth = 0;
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    auto& state = const_cast<Database&>(m_db);
    m_active = false;
    if (m_nested) {
        --state.m_transactionDepth;
        state.m_rollbackOnly = true;
        return;
    }
    QSqlDatabase conn = m_db.connection();
    if (!conn.rollback())
        qCWarning(lcStorage) << "rollback failed:" << conn.lastError().text();
    state.m_transactionDepth = 0;
    state.m_rollbackOnly = false;
    state.m_sqliteActorWritten = false;
}

} // namespace warroom
