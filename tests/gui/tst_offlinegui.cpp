// The window while the shared database is away: a private PostgreSQL server of the test's own
// (scripts/pg.sh) is stopped hard under a window showing an incident; the status bar says
// since when it is offline and how many changes wait, the scribe keeps typing (the entries
// show as pending), and once the server is back the entries are written, once each, and the
// banner goes. Offscreen; WARROOM_SCREENSHOT_DIR, when set, receives a PNG of the window.
#include "../storage/testdatabases.h"

#include "core/clock.h"
#include "models/livesync.h"
#include "models/offlinewrites.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"
#include "storage/incidentservice.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace warroom;

namespace {

constexpr int kTimeoutMs = 30'000;

class RecordingPrompts final : public UserPrompts {
public:
    QStringList errors;
    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

} // namespace

class TestOfflineGui : public QObject {
    Q_OBJECT

private:
    QString m_serverDir;

    QString pg(const QString& command)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WARROOM_PG_DIR"), m_serverDir);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WARROOM_PG_SCRIPT), {command});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            qWarning("pg.sh %s failed: %s", qPrintable(command), p.readAllStandardError().constData());
            return QStringLiteral("failed");
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanupTestCase()
    {
        if (!m_serverDir.isEmpty())
            pg(QStringLiteral("stop"));
    }

    void scribeKeepsWritingWhileTheServerIsAway()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
        m_serverDir =
            QDir::temp().filePath(QStringLiteral("warroom-offlinegui-pg-%1").arg(QCoreApplication::applicationPid()));
        const QString serverUrl = pg(QStringLiteral("start"));
        QVERIFY2(serverUrl.startsWith(QLatin1String("postgresql://")), qPrintable(serverUrl));
        auto url = DatabaseUrl::parse(serverUrl);
        QVERIFY(url);
        {
            // The test server runs with synchronous_commit off: a hard stop would lose commits
            // the window was told about. A real server keeps them; so does this database.
            auto admin = Database::open(url.value());
            QVERIFY(admin);
            QVERIFY(admin.value()->run(QStringLiteral("ALTER DATABASE postgres SET synchronous_commit = on")));
        }
        SystemClock clock;
        auto opened = Workspace::open(url.value(), clock);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        Workspace* ws = opened.value().get();
        QVERIFY(ws->writes()->outbox()); // PostgreSQL gets an outbox in the data directory
        ws->setActor(QStringLiteral("sam"));
        DeclareRequest request;
        request.title = QStringLiteral("Search results are empty");
        request.severity = 2;
        auto declared = ws->service().declare(request, QStringLiteral("sam"));
        QVERIFY2(declared, qPrintable(declared.errorText()));

        RecordingPrompts prompts;
        MainWindow window(clock, prompts);
        window.resize(1280, 800);
        window.setWorkspace(std::move(opened).value());
        window.startLiveUpdates();
        QSignalSpy started(window.liveSync(), &LiveSync::started);
        QVERIFY(started.wait(kTimeoutMs));
        QVERIFY(window.reload().ok());
        QVERIFY(window.selectIncident(declared->ref()).ok());
        window.show();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        auto* line = window.findChild<QLineEdit*>(QStringLiteral("entryLine"));
        QVERIFY(banner && line);
        QVERIFY(!banner->text().startsWith(QLatin1String("Offline")));

        QCOMPARE(pg(QStringLiteral("kill")), QString()); // pg_ctl stop -m immediate
        QTRY_VERIFY_WITH_TIMEOUT(ws->writes()->isOffline(), kTimeoutMs);
        QTRY_VERIFY(banner->text().startsWith(QLatin1String("Offline since ")));

        // The scribe types on.
        const QStringList lines{QStringLiteral("Index rebuild started"), QStringLiteral("Results back for EU")};
        for (const QString& text : lines) {
            QTest::keyClicks(line, text);
            QTest::keyClick(line, Qt::Key_Return);
            QCOMPARE(line->text(), QString()); // taken
        }
        QCOMPARE(ws->writes()->pendingCount(), 2);
        QCOMPARE(banner->text(),
                 QStringLiteral("Offline since %1 — 2 changes pending")
                     .arg(ws->writes()->offlineSince().toLocalTime().toString(QStringLiteral("HH:mm"))));
        TimelineModel* timeline = ws->timeline();
        QCOMPARE(timeline->rowCount(), 3); // the declaration and the two, shown at once
        for (int row = 1; row < 3; ++row)
            QVERIFY(timeline->index(row).data(TimelineModel::PendingRole).toBool());
        const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("offline-banner.png")));

        QCOMPARE(pg(QStringLiteral("restart")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!ws->writes()->isOffline() && ws->writes()->pendingCount() == 0, kTimeoutMs);
        QTRY_VERIFY(!banner->text().startsWith(QLatin1String("Offline")));
        QCOMPARE(banner->text(), url->toString());
        auto stored = ws->repository().timeline(declared->id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 3); // each once
        QTRY_VERIFY(!timeline->index(2).data(TimelineModel::PendingRole).toBool());
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        if (!dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("offline-banner-back.png")));
    }
};

QTEST_MAIN(TestOfflineGui)
#include "tst_offlinegui.moc"
