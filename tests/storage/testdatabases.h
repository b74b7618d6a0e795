#pragma once
// Fresh, empty databases for data-driven storage tests: a backend column with the rows
// "sqlite" (a file in a temporary directory) and "postgresql" (a new database on the server
// named by WARROOM_TEST_PG_URL, created per test case and dropped in cleanup()).
//
//   void initTestCase_data() { TestDatabases::addBackendRows(); }
//   void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }  // QSKIP for PostgreSQL without a server
//   void cleanup() { m_dbs.dropAll(); }
//   auto url = m_dbs.newUrl();                            // for the current row's backend

#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace warroom::test {

class TestDatabases {
public:
    static QString pgUrl() { return qEnvironmentVariable("WARROOM_TEST_PG_URL"); }

    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    /// The current global row's backend (the test must have initTestCase_data(); not for
    /// initTestCase()).
    static QString backend()
    {
        return *static_cast<QString*>(QTest::qGlobalData("backend", qMetaTypeId<QString>()));
    }
    static bool isPostgresql() { return backend() == QLatin1String("postgresql"); }

    bool isValid() const { return m_dir.isValid(); }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    /// URL of a new empty database of the current row's backend (or of `backend`, "sqlite"
    /// or "postgresql"). An empty PostgreSQL URL when it cannot be created.
    DatabaseUrl newUrl() { return newUrl(backend()); }
    DatabaseUrl newUrl(const QString& backendName)
    {
        if (backendName != QLatin1String("postgresql"))
            return DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)));
        auto server = DatabaseUrl::parse(pgUrl());
        if (!server) {
            qWarning("WARROOM_TEST_PG_URL: %s", qPrintable(server.error().message));
            return {};
        }
        const QString name = QStringLiteral("warroom_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
        auto admin = adminConnection();
        if (!admin)
            return {};
        if (auto r = admin->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); !r)
            qWarning("%s", qPrintable(r.error().message));
        if (auto r = admin->run(QStringLiteral("CREATE DATABASE %1").arg(name)); !r) {
            qWarning("cannot create the test database: %s", qPrintable(r.error().message));
            return {};
        }
        m_pgDatabases << name;
        DatabaseUrl url = server.value();
        url.database = name;
        return url;
    }

    /// A superuser connection to the server's maintenance database (PostgreSQL rows only).
    std::shared_ptr<Database> adminConnection()
    {
        if (!m_admin || !m_admin->isOpen()) {
            m_admin.reset();
            auto server = DatabaseUrl::parse(pgUrl());
            if (!server)
                return {};
            auto db = Database::open(server.value());
            if (!db) {
                qWarning("cannot connect to the test server: %s", qPrintable(db.error().message));
                return {};
            }
            m_admin = db.value();
        }
        return m_admin;
    }

    /// Opens and migrates a new database of the current row's backend, or of `backend`
    /// (nullptr on failure).
    std::shared_ptr<Database> newDatabase() { return newDatabase(backend()); }
    std::shared_ptr<Database> newDatabase(const QString& backendName)
    {
        const DatabaseUrl url = newUrl(backendName);
        if (url.kind == DatabaseUrl::Kind::Postgresql && url.database.isEmpty())
            return {};
        auto db = Database::openAndMigrate(url);
        if (!db) {
            qWarning("cannot open the test database: %s", qPrintable(db.error().message));
            return {};
        }
        return db.value();
    }

    /// A new login role (no password: the test server trusts local connections) that is a
    /// member of `group`; dropped by dropAll() after the databases. Empty on failure.
    QString newLoginRole(const QString& group)
    {
        auto admin = adminConnection();
        if (!admin)
            return {};
        const QString name =
            QStringLiteral("warroom_test_%1_%2_login").arg(QCoreApplication::applicationPid()).arg(++m_counter);
        for (const QString& sql : {QStringLiteral("CREATE ROLE %1 LOGIN").arg(name),
                                   QStringLiteral("GRANT %1 TO %2").arg(group, name)}) {
            if (auto r = admin->run(sql); !r) {
                qWarning("%s", qPrintable(r.error().message));
                return {};
            }
        }
        m_pgRoles << name;
        return name;
    }

    /// For init(): skips PostgreSQL rows when no server is configured.
    static bool available() { return !isPostgresql() || !pgUrl().isEmpty(); }
    static const char* skipReason()
    {
        return "PostgreSQL rows need a server: WARROOM_TEST_PG_URL is not set (scripts/test.sh starts one; "
               "or export WARROOM_TEST_PG_URL=$(scripts/pg.sh start))";
    }

    /// Drops the PostgreSQL databases created since the last call (connections still open
    /// to them are terminated).
    void dropAll()
    {
        if (m_pgDatabases.isEmpty() && m_pgRoles.isEmpty())
            return;
        auto admin = adminConnection();
        for (const QString& name : std::as_const(m_pgDatabases)) {
            if (!admin)
                break;
            if (auto r = admin->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); !r)
                qWarning("cannot drop %s: %s", qPrintable(name), qPrintable(r.error().message));
        }
        for (const QString& role : std::as_const(m_pgRoles)) {
            if (!admin)
                break;
            if (auto r = admin->run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); !r)
                qWarning("cannot drop %s: %s", qPrintable(role), qPrintable(r.error().message));
        }
        m_pgDatabases.clear();
        m_pgRoles.clear();
    }

    ~TestDatabases()
    {
        dropAll();
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_pgDatabases;
    QStringList m_pgRoles;
    std::shared_ptr<Database> m_admin;
};

} // namespace warroom::test

/// In init(): QSKIP a PostgreSQL row when there is no server.
#define WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE()                                                                        \
    do {                                                                                                               \
        if (!warroom::test::TestDatabases::available())                                                                \
            QSKIP(warroom::test::TestDatabases::skipReason());                                                         \
    } while (false)
