// A real Prometheus Alertmanager (Debian's prometheus-alertmanager) posting webhooks to a real
// warroomd: the test starts both on loopback (free ports, temporary storage), fires alerts
// with amtool, waits until one incident with the right severity and alert entries exists,
// expires the alerts, waits for their resolution, and stops both with SIGTERM. Rows "sqlite"
// and "postgresql" (with WARROOM_TEST_PG_URL). Skips only when Alertmanager is not installed.
#include "../storage/testdatabases.h"

#include "core/incident.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace warroom;

namespace {

const QByteArray kToken = "alertmanager-integration-token";

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestAlertmanager : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    QString m_alertmanager;
    QString m_amtool;
    QNetworkAccessManager m_nam;

    static QString rfc3339(const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); }

    /// Runs amtool to completion; returns its exit code (-1 on a crash or timeout).
    int amtool(const QStringList& arguments, QString* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_amtool, arguments);
        if (!p.waitForFinished(15000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    bool httpOk(const QUrl& url)
    {
        QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(2000);
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    static qint64 scalar(Database& db, const QString& sql)
    {
        auto q = db.run(sql);
        const qint64 value = q && q.value().next() ? q.value().value(0).toLongLong() : -1;
        if (q)
            q.value().finish();
        return value;
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }

    void initTestCase()
    {
        QVERIFY(m_dbs.isValid());
        m_alertmanager = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
        m_amtool = QStandardPaths::findExecutable(QStringLiteral("amtool"));
        if (m_alertmanager.isEmpty() || m_amtool.isEmpty())
            QSKIP("Prometheus Alertmanager is not installed (Debian package prometheus-alertmanager; scripts/deps.sh "
                  "test)");
        QVERIFY(QFile::exists(QStringLiteral(WARROOMD_PATH)));
    }

    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void alertsBecomeOneIncident()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());

        // warroomd on a free port, told through its log.
        QProcess warroomd;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WARROOM_INTAKE_TOKEN"), QString::fromLatin1(kToken));
        warroomd.setProcessEnvironment(env);
        QString daemonLog;
        connect(&warroomd, &QProcess::readyReadStandardError, this,
                [&] { daemonLog += QString::fromUtf8(warroomd.readAllStandardError()); });
        warroomd.start(QStringLiteral(WARROOMD_PATH), {QStringLiteral("--database"), url.toString(true),
                                                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(warroomd.waitForStarted(10000), qPrintable(warroomd.errorString()));
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QTRY_VERIFY2_WITH_TIMEOUT(listening.match(daemonLog).hasMatch() || warroomd.state() != QProcess::Running,
                                  qPrintable(daemonLog), 15000);
        QVERIFY2(warroomd.state() == QProcess::Running, qPrintable(daemonLog));
        const quint16 daemonPort = quint16(listening.match(daemonLog).captured(1).toUInt());

        // Alertmanager on loopback with a webhook receiver pointing at warroomd.
        QTemporaryDir amDir;
        QVERIFY(amDir.isValid());
        const quint16 amPort = freePort();
        QVERIFY(amPort != 0);
        QFile config(amDir.filePath(QStringLiteral("alertmanager.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("route:\n"
                                    "  receiver: warroom\n"
                                    "  group_by: ['alertname']\n"
                                    "  group_wait: 1s\n"
                                    "  group_interval: 1s\n"
                                    "  repeat_interval: 1h\n"
                                    "receivers:\n"
                                    "  - name: warroom\n"
                                    "    webhook_configs:\n"
                                    "      - url: 'http://127.0.0.1:%1/api/v1/alerts/alertmanager'\n"
                                    "        send_resolved: true\n"
                                    "        http_config:\n"
                                    "          authorization:\n"
                                    "            type: Bearer\n"
                                    "            credentials: '%2'\n")
                         .arg(daemonPort)
                         .arg(QString::fromLatin1(kToken))
                         .toUtf8());
        config.close();
        QProcess alertmanager;
        alertmanager.setProcessChannelMode(QProcess::MergedChannels);
        QString amLog;
        connect(&alertmanager, &QProcess::readyRead, this, [&] { amLog += QString::fromUtf8(alertmanager.readAll()); });
        alertmanager.start(m_alertmanager,
                           {QStringLiteral("--config.file=%1").arg(config.fileName()),
                            QStringLiteral("--storage.path=%1").arg(amDir.filePath(QStringLiteral("data"))),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(amPort),
                            QStringLiteral("--cluster.listen-address=")});
        QVERIFY2(alertmanager.waitForStarted(10000), qPrintable(alertmanager.errorString()));
        const QString amUrl = QStringLiteral("http://127.0.0.1:%1").arg(amPort);
        QTRY_VERIFY2_WITH_TIMEOUT(httpOk(QUrl(amUrl + QStringLiteral("/-/ready"))) ||
                                      alertmanager.state() != QProcess::Running,
                                  qPrintable(amLog), 20000);
        QVERIFY2(alertmanager.state() == QProcess::Running, qPrintable(amLog));

        auto dbResult = Database::open(url);
        QVERIFY2(dbResult, qPrintable(dbResult.errorText()));
        Database& db = *dbResult.value();
        const QString alertEntries = QStringLiteral("SELECT COUNT(*) FROM timeline_entries WHERE kind = 'alert'");

        // One alert fires: one incident, SEV1 from "critical", one alert entry.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QStringList common = {QStringLiteral("--alertmanager.url=%1").arg(amUrl),
                                    QStringLiteral("--start=%1").arg(rfc3339(start))};
        QString out;
        QCOMPARE(amtool(QStringList{QStringLiteral("alert"), QStringLiteral("add"),
                                    QStringLiteral("alertname=DiskFull"), QStringLiteral("severity=critical"),
                                    QStringLiteral("service=storage"), QStringLiteral("instance=db-1"),
                                    QStringLiteral("--annotation=summary=Disk full on the database hosts")} +
                            common,
                        &out),
                 0);
        QTRY_VERIFY2_WITH_TIMEOUT(scalar(db, alertEntries) == 1, qPrintable(daemonLog + amLog), 20000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
        {
            auto q = db.run(QStringLiteral("SELECT severity, status, title FROM incidents"));
            QVERIFY(q && q.value().next());
            QCOMPARE(q.value().value(0).toInt(), 1);
            QCOMPARE(q.value().value(1).toString(), statusKey(IncidentStatus::Triggered));
            QCOMPARE(q.value().value(2).toString(), QStringLiteral("Disk full on the database hosts"));
            q.value().finish(); // an open SQLite read would keep this connection on an old snapshot
        }
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM incident_services s JOIN services v ON v.id = s.service_id "
                                      "WHERE v.name = 'storage'")),
            1);

        // A second alert of the same group: a second entry, still one incident.
        QCOMPARE(amtool(QStringList{QStringLiteral("alert"), QStringLiteral("add"),
                                    QStringLiteral("alertname=DiskFull"), QStringLiteral("severity=warning"),
                                    QStringLiteral("service=storage"), QStringLiteral("instance=db-2"),
                                    QStringLiteral("--annotation=summary=Disk full on the database hosts")} +
                            common,
                        &out),
                 0);
        QTRY_VERIFY2_WITH_TIMEOUT(scalar(db, alertEntries) == 2, qPrintable(daemonLog + amLog), 20000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM alert_group_alerts WHERE state = 'firing'")), 2);

        // Expire both: their resolution is recorded, then the group's.
        const QStringList expire = {
            QStringLiteral("--alertmanager.url=%1").arg(amUrl), QStringLiteral("--start=%1").arg(rfc3339(start)),
            QStringLiteral("--end=%1").arg(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-1)))};
        for (const QString& instance : {QStringLiteral("db-1"), QStringLiteral("db-2")}) {
            const QString severity =
                instance == QLatin1String("db-1") ? QStringLiteral("critical") : QStringLiteral("warning");
            QCOMPARE(
                amtool(QStringList{QStringLiteral("alert"), QStringLiteral("add"), QStringLiteral("alertname=DiskFull"),
                                   QStringLiteral("severity=%1").arg(severity), QStringLiteral("service=storage"),
                                   QStringLiteral("instance=%1").arg(instance),
                                   QStringLiteral("--annotation=summary=Disk full on the database hosts")} +
                           expire,
                       &out),
                0);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM alert_group_alerts WHERE state = 'resolved'")) == 2,
            qPrintable(daemonLog + amLog), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM timeline_entries WHERE kind = 'alert' "
                                      "AND text LIKE 'Every alert of this group has resolved%'")) == 1,
            qPrintable(daemonLog), 10000);
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT COUNT(*) FROM timeline_entries WHERE kind = 'alert' AND text LIKE 'Resolved:%'")),
            2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
        // Without auto-resolve the incident stays for people to resolve.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE status = 'triggered'")), 1);

        // Both stop cleanly on SIGTERM.
        alertmanager.terminate();
        QVERIFY(alertmanager.waitForFinished(10000));
        warroomd.terminate();
        QVERIFY(warroomd.waitForFinished(10000));
        QCOMPARE(warroomd.exitStatus(), QProcess::NormalExit);
        QCOMPARE(warroomd.exitCode(), 0);
        QVERIFY2(daemonLog.contains(QStringLiteral("stopped")), qPrintable(daemonLog));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
