// What a connection may write, as the app reads it from the database (detectAccessLevel):
// a SQLite file gives full access; on PostgreSQL a login role in warroom_viewer, warroom_scribe
// or warroom_commander gets that level, and the owner of the tables is a commander.
#include "testdatabases.h"

#include "storage/accessroles.h"

#include <QTest>

Q_DECLARE_METATYPE(warroom::AccessLevel)

using namespace warroom;

class TestAccessLevel : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { m_dbs.dropAll(); }

    void sqliteIsFullAccess()
    {
        auto db = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        auto level = detectAccessLevel(*db);
        QVERIFY(level.ok());
        QCOMPARE(level.value(), AccessLevel::Commander);
    }

    void postgresqlGroups_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<AccessLevel>("expected");
        QTest::newRow("viewer") << AccessRoles::viewer() << AccessLevel::Viewer;
        QTest::newRow("scribe") << AccessRoles::scribe() << AccessLevel::Scribe;
        QTest::newRow("commander") << AccessRoles::commander() << AccessLevel::Commander;
        QTest::newRow("no group") << QString() << AccessLevel::Viewer;
        QTest::newRow("owner") << QStringLiteral("owner") << AccessLevel::Commander;
    }

    void postgresqlGroups()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        QFETCH(QString, group);
        QFETCH(AccessLevel, expected);
        auto owner = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(owner);
        QVERIFY(createAccessRoles(*owner).ok());
        std::shared_ptr<Database> db = owner;
        if (group != QLatin1String("owner")) {
            // A login role in the group, as people connect ("no group": only pg_monitor, a predefined
            // role with no privileges on these tables).
            const QString login = m_dbs.newLoginRole(group.isEmpty() ? QStringLiteral("pg_monitor") : group);
            QVERIFY(!login.isEmpty());
            DatabaseUrl url = owner->url();
            url.user = login;
            auto opened = Database::open(url);
            QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
            db = opened.value();
        }
        auto level = detectAccessLevel(*db);
        QVERIFY2(level.ok(), qPrintable(level.errorText()));
        QCOMPARE(accessLevelName(level.value()), accessLevelName(expected));
        QCOMPARE(canWriteWarRoom(level.value()), expected != AccessLevel::Viewer);
        QCOMPARE(canWriteIncidents(level.value()), expected == AccessLevel::Commander);
    }

private:
    test::TestDatabases m_dbs;
};


QTEST_GUILESS_MAIN(TestAccessLevel)
#include "tst_accesslevel.moc"
