// Settings kept in QSettings, round-tripped through an INI file in a temporary directory:
// identity, severity names and cadences, the start-up database and recent connections,
// theme and notifications.
#include "models/cadencesettings.h"
#include "models/identitysettings.h"
#include "models/preferences.h"
#include "storage/defaults.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace warroom;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void severityNamesAndCadencesRoundTrip();
    void defaultNamesAreNotStored();
    void databaseStartupOrder();
    void recentDatabasesMostRecentFirstWithoutPasswords();
    void themeRoundTrip_data();
    void themeRoundTrip();
    void notificationsRoundTrip();
    void identityRoundTrip();

private:
    /// A fresh QSettings over the same INI file, as a later start of the app would read it.
    std::unique_ptr<QSettings> reopen() const { return std::make_unique<QSettings>(m_file, QSettings::IniFormat); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("warroom.conf"));
}

void TestPreferences::severityNamesAndCadencesRoundTrip()
{
    SeverityScale scale = SeverityScale::defaultScale();
    scale = withSeverityName(scale, 1, QStringLiteral("  Outage  "));
    scale = withSeverityName(scale, 3, QStringLiteral("Degraded   service"));
    scale = withCadenceMinutes(scale, 1, 15);
    scale = withCadenceMinutes(scale, 4, 240);
    {
        QSettings out(m_file, QSettings::IniFormat);
        saveSeverityScale(out, scale);
    }
    const SeverityScale loaded = loadSeverityScale(*reopen());
    QCOMPARE(loaded.name(1), QStringLiteral("Outage"));
    QCOMPARE(loaded.label(1), QStringLiteral("SEV1 Outage"));
    QCOMPARE(loaded.name(2), QStringLiteral("Major"));
    QCOMPARE(loaded.name(3), QStringLiteral("Degraded service"));
    QCOMPARE(loaded.updateCadenceSeconds(1), 15 * 60);
    QCOMPARE(loaded.updateCadenceSeconds(2), 60 * 60);
    QCOMPARE(loaded.updateCadenceSeconds(4), 240 * 60);

    // A blank name falls back to the default one.
    QCOMPARE(withSeverityName(loaded, 1, QStringLiteral("   ")).name(1), QStringLiteral("Critical"));
}

void TestPreferences::defaultNamesAreNotStored()
{
    // Default names stay unstored, so they follow the language of the next start.
    {
        QSettings out(m_file, QSettings::IniFormat);
        out.setValue(severityNameSettingsKey(2), QStringLiteral("Serious"));
        saveSeverityScale(out, SeverityScale::defaultScale());
    }
    const auto settings = reopen();
    QVERIFY(!settings->contains(severityNameSettingsKey(1)));
    QVERIFY(!settings->contains(severityNameSettingsKey(2)));
    QCOMPARE(settings->value(cadenceSettingsKey(3)).toInt(), 4 * 60);
    QCOMPARE(loadSeverityScale(*settings).name(2), QStringLiteral("Major"));
}

void TestPreferences::databaseStartupOrder()
{
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(startupDatabaseUrl(settings), defaultDatabaseUrlString());

    rememberDatabase(settings, QStringLiteral("sqlite:/tmp/last.db"));
    QCOMPARE(startupDatabaseUrl(settings), QStringLiteral("sqlite:/tmp/last.db"));

    setDefaultDatabaseSetting(settings, QStringLiteral(" postgresql://ic@db.example.com/warroom "));
    settings.sync();
    QCOMPARE(startupDatabaseUrl(*reopen()), QStringLiteral("postgresql://ic@db.example.com/warroom"));
    // Opening another database does not change the chosen default.
    rememberDatabase(settings, QStringLiteral("sqlite:/tmp/other.db"));
    QCOMPARE(startupDatabaseUrl(settings), QStringLiteral("postgresql://ic@db.example.com/warroom"));

    setDefaultDatabaseSetting(settings, QString());
    QVERIFY(defaultDatabaseSetting(settings).isEmpty());
    QCOMPARE(startupDatabaseUrl(settings), QStringLiteral("sqlite:/tmp/other.db"));
}

void TestPreferences::recentDatabasesMostRecentFirstWithoutPasswords()
{
    {
        QSettings out(m_file, QSettings::IniFormat);
        for (int i = 0; i < kMaxRecentDatabases + 3; ++i)
            rememberDatabase(out, QStringLiteral("sqlite:/tmp/db%1.db").arg(i));
        rememberDatabase(out, QStringLiteral("sqlite:/tmp/db5.db")); // again: moves to the top
        rememberDatabase(out, QStringLiteral("postgresql://ic:s3cret@db.example.com:5433/warroom"));
    }
    const QStringList recent = recentDatabases(*reopen());
    QCOMPARE(recent.size(), kMaxRecentDatabases);
    QVERIFY2(!recent.first().contains(QLatin1String("s3cret")), qPrintable(recent.first()));
    QVERIFY2(recent.first().startsWith(QLatin1String("postgresql://ic@db.example.com:5433/warroom")),
             qPrintable(recent.first()));
    QCOMPARE(recent.at(1), QStringLiteral("sqlite:/tmp/db5.db"));
    QCOMPARE(recent.at(2), QStringLiteral("sqlite:/tmp/db10.db"));
    QCOMPARE(recent.count(QStringLiteral("sqlite:/tmp/db5.db")), 1);
    QVERIFY(!recent.contains(QStringLiteral("sqlite:/tmp/db0.db")));

    QSettings settings(m_file, QSettings::IniFormat);
    forgetDatabase(settings, QStringLiteral("sqlite:/tmp/db5.db"));
    QVERIFY(!recentDatabases(settings).contains(QStringLiteral("sqlite:/tmp/db5.db")));
    QCOMPARE(recentDatabases(settings).size(), kMaxRecentDatabases - 1);
}

void TestPreferences::themeRoundTrip_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QString>("key");
    QTest::newRow("system") << Theme::System << QStringLiteral("system");
    QTest::newRow("light") << Theme::Light << QStringLiteral("light");
    QTest::newRow("dark") << Theme::Dark << QStringLiteral("dark");
}

void TestPreferences::themeRoundTrip()
{
    QFETCH(Theme, theme);
    QFETCH(QString, key);
    QCOMPARE(loadTheme(*reopen()), Theme::System); // unset
    {
        QSettings out(m_file, QSettings::IniFormat);
        saveTheme(out, theme);
    }
    QCOMPARE(reopen()->value(QStringLiteral("appearance/theme")).toString(), key);
    QCOMPARE(loadTheme(*reopen()), theme);
    QCOMPARE(themeFromKey(key.toUpper()), theme);
    QCOMPARE(themeFromKey(QStringLiteral("purple")), Theme::System);
}

void TestPreferences::notificationsRoundTrip()
{
    const NotificationSettings defaults = loadNotificationSettings(*reopen());
    QVERIFY(defaults.stakeholderUpdateDue);
    QVERIFY(defaults.paged);
    QVERIFY(!defaults.sound);

    const NotificationSettings changed{false, true, true};
    {
        QSettings out(m_file, QSettings::IniFormat);
        saveNotificationSettings(out, changed);
    }
    QCOMPARE(loadNotificationSettings(*reopen()), changed);
}

void TestPreferences::identityRoundTrip()
{
    {
        QSettings out(m_file, QSettings::IniFormat);
        saveIdentity(out, Identity{QStringLiteral("Ida Commander"), QStringLiteral("@ida.ic")});
    }
    const Identity loaded = loadIdentity(*reopen());
    QCOMPARE(loaded.name, QStringLiteral("Ida Commander"));
    QCOMPARE(loaded.handle, QStringLiteral("ida.ic"));
    QVERIFY(loaded.isComplete());
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
