#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>
#include <QAtomicInt>

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
    return Error{constraint ? QStringLiteral("conflict") : QStringLiteral("sql"),
                 QStringLiteral("%1: %2").arg(what, text.isEmpty() ? Tr::tr("unknown database error") : text)};
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
        if (!opts.contains(QStringLiteral("connect_timeout")))
            opts.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        for (auto it = opts.cbegin(); it != opts.cend(); ++it)
            options << it.key() + QLatin1Char('=') + it.value();
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    if (!db.open()) {
        return R::failure(QStringLiteral("open"),
                          Tr::tr("Cannot open %1: %2").arg(url.toString(), db.lastError().text().trimmed()));
    }
    if (dialect == Dialect::Sqlite) {
        if (auto configured = self->configureSqlite(); !configured)
            return configured.error();
    }
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
    if (!query.exec())
        return sqlError(Tr::tr("\"%1\" failed").arg(query.lastQuery().simplified().left(120)), query.lastError());
    return {};
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& values) const
{
    auto query = prepare(sql);
    if (!query)
        return query;
    for (const QVariant& v : values)
        query.value().addBindValue(v);
    if (auto r = exec(query.value()); !r)
        return r.error();
    return query;
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
    m_active = conn.transaction();
    if (!m_active) {
        m_error = sqlError(Tr::tr("Cannot begin a transaction"), conn.lastError());
        return;
    }
    state.m_transactionDepth = 1;
    state.m_rollbackOnly = false;
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
}

} // namespace warroom
