// File ▸ Connect to Shared Database…: the connect dialog driven by object name, offscreen.
// The URL it builds, the recent connections (never with a password), the password asked
// through UserPrompts where no keyring runs (a private server that wants a password), and the
// main window switching to the shared database of WARROOM_TEST_PG_URL.

#include "../storage/testdatabases.h"

#include "core/clock.h"
#include "models/credentialstore.h"
#include "models/preferences.h"
#include "models/workspace.h"
#include "storage/connectionprobe.h"
#include "ui/apptranslations.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"
#include "ui/workspaceopener.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace warroom;
using namespace warroom::test;

namespace {

/// The PNG at `path` is a real picture of `widget`: its size, and more than a blank fill.
bool rendered(const QString& path, const QWidget* widget)
{
    const QImage image(path);
    if (image.isNull() || image.size() != widget->size() * widget->devicePixelRatio())
        return false;
    QSet<QRgb> colors;
    for (int y = 0; y < image.height() && colors.size() <= 16; y += 7)
        for (int x = 0; x < image.width() && colors.size() <= 16; x += 5)
            colors.insert(image.pixel(x, y));
    return colors.size() > 16;
}

const QString kPgScript = QStringLiteral(WARROOM_SOURCE_DIR "/scripts/pg.sh");
const QString kPassword = QStringLiteral("c0rrect horse");

/// Answers password questions from a list and records what was asked.
class ScriptedPrompts final : public UserPrompts {
public:
    QStringList passwordLabels;
    QList<std::optional<QString>> passwordAnswers;
    QStringList errors;
    QString fileAnswer;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return fileAnswer; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
    std::optional<QString> password(QWidget*, const QString&, const QString& label) override
    {
        passwordLabels << label;
        return passwordAnswers.isEmpty() ? std::nullopt : passwordAnswers.takeFirst();
    }
};

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void setText(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseData(QWidget* dialog, const char* name, const QString& data)
{
    auto* combo = child<QComboBox>(dialog, name);
    combo->setCurrentIndex(combo->findData(data));
}

/// Fills the shared-database fields of `dialog` for `url`, typing `password` (may be empty).
void fillShared(QWidget* dialog, const DatabaseUrl& url, const QString& password, const QString& sslMode)
{
    child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(1);
    setText(dialog, "hostEdit", url.host);
    child<QSpinBox>(dialog, "portSpin")->setValue(url.port);
    setText(dialog, "databaseEdit", url.database);
    setText(dialog, "userEdit", url.user);
    setText(dialog, "passwordEdit", password);
    chooseData(dialog, "sslModeCombo", sslMode);
}

QString statusText(QWidget* dialog)
{
    return child<QLabel>(dialog, "connectionStatusLabel")->text();
}

} // namespace

class TestConnectDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void buildsUrlWithoutPassword();
    void embeddedFile();
    void recentConnectionsFillTheFields();
    void passwordAskedWithoutKeyring();
    void wrongPasswordKeepsDialogOpen();
    void testConnectionRunsOffTheGuiThread();
    void startupAsksForPassword();
    void windowSwitchesToSharedDatabase();
    void screenshot();

private:
    /// The settings file's whole text.
    QString settingsText() const;
    /// Starts the private server that wants kPassword; its URL (without password) in m_passwordUrl.
    void startPasswordServer();

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;
    std::unique_ptr<CredentialStore> m_credentials;
    TestDatabases m_dbs;
    QString m_clusterDir;
    QProcessEnvironment m_pgEnv;
    DatabaseUrl m_passwordUrl;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomConnectTest"));
    QCoreApplication::setApplicationName(QStringLiteral("warroom"));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("Warroom test"));
}

void TestConnectDialog::init()
{
    QSettings().clear();
    m_prompts = ScriptedPrompts();
}

void TestConnectDialog::cleanup()
{
    m_dbs.dropAll();
}

void TestConnectDialog::cleanupTestCase()
{
    if (!m_clusterDir.isEmpty()) {
        QProcess stop;
        stop.setProcessEnvironment(m_pgEnv);
        stop.start(kPgScript, {QStringLiteral("stop")});
        QVERIFY(stop.waitForFinished(60'000));
        QCOMPARE(stop.exitCode(), 0);
    }
}

QString TestConnectDialog::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestConnectDialog::startPasswordServer()
{
    if (!m_clusterDir.isEmpty())
        return;
    if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")))
        QSKIP("PostgreSQL 15 is not installed (scripts/deps.sh test installs it)");
    // Directly in the temporary folder: the server's user (postgres, under root) must reach it.
    m_clusterDir = QDir::temp().filePath(
        QStringLiteral("warroom-connect-pg-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_pgEnv = QProcessEnvironment::systemEnvironment();
    m_pgEnv.insert(QStringLiteral("WARROOM_PG_DIR"), m_clusterDir);
    m_pgEnv.insert(QStringLiteral("WARROOM_PG_PASSWORD"), kPassword);
    QProcess start;
    start.setProcessEnvironment(m_pgEnv);
    start.start(kPgScript, {QStringLiteral("start")});
    QVERIFY(start.waitForFinished(60'000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    auto url = DatabaseUrl::parse(QString::fromUtf8(start.readAllStandardOutput()).trimmed());
    QVERIFY(url.ok());
    m_passwordUrl = url.value();
    QVERIFY(m_passwordUrl.password.isEmpty());
}

void TestConnectDialog::buildsUrlWithoutPassword()
{
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    DatabaseUrl target;
    target.kind = DatabaseUrl::Kind::Postgresql;
    target.host = QStringLiteral("db.example.com");
    target.port = 6543;
    target.database = QStringLiteral("warroom");
    target.user = QStringLiteral("alice");
    fillShared(&dialog, target, QStringLiteral("s3cret"), QStringLiteral("verify-full"));
    QVERIFY(child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
    setText(&dialog, "caFileEdit", QStringLiteral("/etc/warroom/ca.crt"));
    auto url = dialog.url();
    QVERIFY(url.ok());
    QCOMPARE(url.value().toString(), QStringLiteral("postgresql://alice@db.example.com:6543/warroom"
                                                    "?sslmode=verify-full&sslrootcert=/etc/warroom/ca.crt"));
    QVERIFY(url.value().password.isEmpty());
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);

    // Without certificate checks the CA file is neither editable nor passed on.
    chooseData(&dialog, "sslModeCombo", QStringLiteral("require"));
    QVERIFY(!child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
    QCOMPARE(dialog.url().value().toString(),
             QStringLiteral("postgresql://alice@db.example.com:6543/warroom?sslmode=require"));

    // A missing database name is refused, and Connect is off meanwhile.
    setText(&dialog, "databaseEdit", QString());
    QVERIFY(!dialog.url().ok());
    QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestConnectDialog::embeddedFile()
{
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    child<QComboBox>(&dialog, "kindCombo")->setCurrentIndex(0);
    QVERIFY(!child<QPushButton>(&dialog, "testConnectionButton")->isEnabled());
    m_prompts.fileAnswer = m_dir.filePath(QStringLiteral("mine.db"));
    QTest::mouseClick(child<QPushButton>(&dialog, "browseFileButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "fileEdit")->text(), m_prompts.fileAnswer);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.connectUrl().toString(), QStringLiteral("sqlite:") + m_prompts.fileAnswer);
}

void TestConnectDialog::recentConnectionsFillTheFields()
{
    {
        QSettings settings;
        rememberDatabase(settings, QStringLiteral("sqlite:/tmp/older.db"));
        // Even when a URL with a password is handed in, none is stored.
        rememberDatabase(settings, QStringLiteral("postgresql://bob:hunter2@db.example.com:5433/ops?sslmode=verify-ca"
                                                  "&sslrootcert=/etc/ca.pem&connect_timeout=5"));
    }
    {
        QSettings settings;   // Settings ▸ Database ▸ Open on start, typed with a password
        setDefaultDatabaseSetting(settings, QStringLiteral("postgresql://bob:hunter2@db.example.com/ops"));
    }
    QCOMPARE(defaultDatabaseSetting(QSettings()), QStringLiteral("postgresql://bob@db.example.com:5432/ops"));
    QVERIFY(!settingsText().contains(QLatin1String("hunter2")));
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    auto* recent = child<QListWidget>(&dialog, "recentConnectionList");
    QCOMPARE(recent->count(), 2);
    for (int i = 0; i < recent->count(); ++i) {
        QVERIFY(!recent->item(i)->text().contains(QLatin1String("hunter2")));
        QVERIFY(!recent->item(i)->toolTip().contains(QLatin1String("hunter2")));
    }
    QCOMPARE(recent->item(0)->text(), QStringLiteral("ops on db.example.com:5433 as bob"));
    QCOMPARE(recent->item(1)->text(), QStringLiteral("older.db (file)"));
    recent->setCurrentRow(0);
    QCOMPARE(child<QComboBox>(&dialog, "kindCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5433);
    QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), QStringLiteral("ops"));
    QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), QStringLiteral("bob"));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    QCOMPARE(child<QComboBox>(&dialog, "sslModeCombo")->currentData().toString(), QStringLiteral("verify-ca"));
    QCOMPARE(child<QLineEdit>(&dialog, "caFileEdit")->text(), QStringLiteral("/etc/ca.pem"));
    // An option the fields do not show is kept.
    QCOMPARE(dialog.url().value().options.value(QStringLiteral("connect_timeout")), QStringLiteral("5"));

    recent->setCurrentRow(1);
    QCOMPARE(child<QComboBox>(&dialog, "kindCombo")->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(&dialog, "fileEdit")->text(), QStringLiteral("/tmp/older.db"));

    QTest::mouseClick(child<QPushButton>(&dialog, "forgetConnectionButton"), Qt::LeftButton);
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recentDatabases(QSettings()).size(), 1);
}

void TestConnectDialog::passwordAskedWithoutKeyring()
{
    startPasswordServer();
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    fillShared(&dialog, m_passwordUrl, QString(), QStringLiteral("disable"));
    m_prompts.passwordAnswers = {kPassword};
    QSignalSpy finished(&dialog, &ConnectDialog::probeFinished);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The keyring was not there (no Secret Service in the test), so the password was asked once.
    QCOMPARE(m_prompts.passwordLabels.size(), 1);
    QVERIFY2(m_prompts.passwordLabels.first().contains(QLatin1String("postgres on 127.0.0.1")),
             qPrintable(m_prompts.passwordLabels.first()));
    QVERIFY(!m_credentials->isAvailable());
    QVERIFY(!child<QCheckBox>(&dialog, "rememberPasswordCheck")->isEnabled());
    QCOMPARE(dialog.connectUrl().password, kPassword);
    QVERIFY(!dialog.connectUrl().toString().contains(kPassword));

    // The URL opens (the window does this next), and is remembered without the password.
    SystemClock clock;
    auto workspace = Workspace::open(dialog.connectUrl(), clock);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorText()));
    {
        QSettings settings;
        rememberDatabase(settings, dialog.connectUrl().toString(/*withPassword=*/true));
    }
    QCOMPARE(recentDatabases(QSettings()).first(), dialog.connectUrl().toString());
    QVERIFY(!settingsText().contains(kPassword));
    QVERIFY(!settingsText().contains(QStringLiteral("c0rrect")));

    // Next time: asked again, since nothing was stored.
    ConnectDialog again(*m_credentials, m_prompts);
    again.show();
    auto* recent = child<QListWidget>(&again, "recentConnectionList");
    QCOMPARE(recent->count(), 1);
    recent->setCurrentRow(0);
    m_prompts.passwordAnswers = {kPassword};
    QSignalSpy testSpy(&again, &ConnectDialog::probeFinished);
    QTest::mouseClick(child<QPushButton>(&again, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(testSpy.size(), 1, 15'000);
    QVERIFY2(testSpy.at(0).at(0).toBool(), qPrintable(testSpy.at(0).at(1).toString()));
    QCOMPARE(m_prompts.passwordLabels.size(), 2);
    QVERIFY(statusText(&again).startsWith(QLatin1String("Connected: PostgreSQL 15")));
    QVERIFY(again.isVisible());   // a test does not close the dialog
}

void TestConnectDialog::wrongPasswordKeepsDialogOpen()
{
    startPasswordServer();
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    // Typed and wrong: reported, not asked again.
    fillShared(&dialog, m_passwordUrl, QStringLiteral("wrong"), QStringLiteral("disable"));
    QSignalSpy finished(&dialog, &ConnectDialog::probeFinished);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(statusText(&dialog).contains(QLatin1String("password authentication failed")), qPrintable(statusText(&dialog)));
    QVERIFY(!statusText(&dialog).contains(QLatin1String("wrong")));
    QVERIFY(m_prompts.passwordLabels.isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // Nothing typed and the question cancelled: not connected, and it says so.
    setText(&dialog, "passwordEdit", QString());
    m_prompts.passwordAnswers = {std::nullopt};
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15'000);
    QVERIFY(!finished.at(1).at(0).toBool());
    QCOMPARE(m_prompts.passwordLabels.size(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(recentDatabases(QSettings()).isEmpty());
}

void TestConnectDialog::testConnectionRunsOffTheGuiThread()
{
    if (TestDatabases::pgUrl().isEmpty())
        QSKIP(TestDatabases::skipReason());
    auto server = DatabaseUrl::parse(TestDatabases::pgUrl());
    QVERIFY(server.ok());
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.show();
    fillShared(&dialog, server.value(), QString(), QStringLiteral("prefer"));
    QSignalSpy finished(&dialog, &ConnectDialog::probeFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    // The click returned before the connection was made: the dialog is busy, its buttons off.
    QVERIFY(finished.isEmpty());
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QPushButton>(&dialog, "testConnectionButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QPushButton>(&dialog, "testConnectionButton")->isEnabled());
    QVERIFY(statusText(&dialog).contains(QLatin1String("not encrypted")));   // the suite's server has no TLS

    // A port where nothing listens: an error in the status line, the dialog still open.
    child<QSpinBox>(&dialog, "portSpin")->setValue(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15'000);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY2(statusText(&dialog).startsWith(QLatin1String("Cannot open postgresql://")), qPrintable(statusText(&dialog)));
}

void TestConnectDialog::startupAsksForPassword()
{
    // What the app does at start with the last database, a server that wants a password.
    startPasswordServer();
    SystemClock clock;
    auto silent = openWorkspaceWithPassword(m_passwordUrl, clock, *m_credentials, m_prompts, /*mayAsk=*/false);
    QVERIFY(!silent.ok());
    QVERIFY2(silent.error().message.contains(QLatin1String("no password supplied")), qPrintable(silent.errorText()));
    QVERIFY(m_prompts.passwordLabels.isEmpty());

    m_prompts.passwordAnswers = {std::nullopt};
    auto cancelled = openWorkspaceWithPassword(m_passwordUrl, clock, *m_credentials, m_prompts, true);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, QStringLiteral("password-needed"));

    m_prompts.passwordAnswers = {kPassword};
    auto opened = openWorkspaceWithPassword(m_passwordUrl, clock, *m_credentials, m_prompts, true);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    QCOMPARE(m_prompts.passwordLabels.size(), 2);
    QVERIFY(m_prompts.passwordLabels.last().contains(QLatin1String("(database postgres)")));
    QVERIFY(opened.value()->database()->isOpen());
}

void TestConnectDialog::windowSwitchesToSharedDatabase()
{
    if (TestDatabases::pgUrl().isEmpty())
        QSKIP(TestDatabases::skipReason());
    const DatabaseUrl shared = m_dbs.newUrl(QStringLiteral("postgresql"));
    QVERIFY(!shared.database.isEmpty());

    SystemClock clock;
    MainWindow window(clock, m_prompts);
    auto local = Workspace::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("local.db"))), clock);
    QVERIFY2(local.ok(), qPrintable(local.errorText()));
    window.setWorkspace(std::move(local).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.connectAction()->trigger();
    auto* dialog = window.findChild<ConnectDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // It starts from the database shown: the SQLite file.
    QCOMPARE(child<QComboBox>(dialog, "kindCombo")->currentIndex(), 0);
    // The suite's server trusts every login: the typed password is accepted (and never stored).
    fillShared(dialog, shared, QStringLiteral("typed-secret"), QStringLiteral("prefer"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->url().kind == DatabaseUrl::Kind::Postgresql, 15'000);
    QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    QCOMPARE(window.workspace()->url().database, shared.database);
    QCOMPARE(window.workspace()->database()->dialect(), Dialect::Postgresql);
    QCOMPARE(window.workspace()->database()->schemaVersion().value(), Database::latestSchemaVersion(Dialect::Postgresql));
    QVERIFY(window.windowTitle().contains(shared.database));
    QVERIFY(!window.windowTitle().contains(QLatin1String("typed-secret")));
    const QStringList recent = recentDatabases(QSettings());
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first(), QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=prefer")
                                 .arg(shared.user, shared.host)
                                 .arg(shared.port)
                                 .arg(shared.database));
    QVERIFY(!settingsText().contains(QLatin1String("typed-secret")));
    QTRY_VERIFY(!window.findChild<ConnectDialog*>());   // closed and deleted
    window.setWorkspace(nullptr);   // before m_dbs drops the database
}

void TestConnectDialog::screenshot()
{
    // Rendered and checked always; kept for people to look at when WARROOM_SCREENSHOT_DIR is set.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    {
        QSettings settings;
        rememberDatabase(settings, QStringLiteral("sqlite:/home/ida/incidents.db"));
        rememberDatabase(settings, QStringLiteral("postgresql://ida@db.example.com:5432/warroom?sslmode=verify-full"
                                                  "&sslrootcert=/etc/warroom/ca.crt"));
    }
    ConnectDialog dialog(*m_credentials, m_prompts);
    dialog.resize(760, 460);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QListWidget>(&dialog, "recentConnectionList")->setCurrentRow(0);
    setText(&dialog, "passwordEdit", QStringLiteral("secret"));
    const QString file = dir + QStringLiteral("/connect-dialog.png");
    QVERIFY2(dialog.grab().save(file), qPrintable(file));
    QVERIFY(rendered(file, &dialog));

    // With a failed test in the status line (nothing listens on port 1).
    setText(&dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&dialog, "portSpin")->setValue(1);
    QSignalSpy finished(&dialog, &ConnectDialog::probeFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    const QString failed = dir + QStringLiteral("/connect-dialog-failed.png");
    QVERIFY2(dialog.grab().save(failed), qPrintable(failed));
    QVERIFY(rendered(failed, &dialog));

    // In German, whose words are longer.
    AppTranslations german;
    german.install(QStringLiteral("de"));
    ConnectDialog translated(*m_credentials, m_prompts);
    translated.resize(760, 460);
    translated.show();
    QVERIFY(QTest::qWaitForWindowExposed(&translated));
    QCOMPARE(child<QPushButton>(&translated, "testConnectionButton")->text(), QStringLiteral("Verbindung te&sten"));
    child<QListWidget>(&translated, "recentConnectionList")->setCurrentRow(0);
    const QString de = dir + QStringLiteral("/connect-dialog-de.png");
    QVERIFY2(translated.grab().save(de), qPrintable(de));
    QVERIFY(rendered(de, &translated));
}

int main(int argc, char* argv[])
{
    // No keyring in this test, even on a desktop that has one: the session bus is out of reach.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/warroom-test-bus");
    QApplication app(argc, argv);
    TestConnectDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectdialog.moc"
