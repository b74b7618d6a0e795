// The warroomd binary itself: --help and --version, refusing to start without an intake
// token or with a bad address or config, serving with a token from its config file, and a
// clean exit on SIGTERM and SIGINT.
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestWarroomd : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString output;
    };

    Run run(const QStringList& arguments, const QString& token = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WARROOM_INTAKE_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("WARROOM_INTAKE_TOKEN"), token);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(WARROOMD_PATH), arguments);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }

    QString database() const { return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("d.db")); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--database", "--listen", "--config", "--version"})
            QVERIFY2(help.output.contains(QLatin1String(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.output.contains(QStringLiteral(WARROOM_VERSION)));
    }

    void refusesToStart_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = database();
        QTest::newRow("no database") << QStringList{} << QStringLiteral("t") << 2 << QStringLiteral("--database");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--listen"),
                                                   QStringLiteral("somewhere")}
                                    << QStringLiteral("t") << 2 << QStringLiteral("not an address");
        QTest::newRow("no token") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0")}
                                  << QString() << 1 << QStringLiteral("No intake token");
        QTest::newRow("missing config") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--config"),
                                                       m_dir.filePath(QStringLiteral("none.conf"))}
                                        << QStringLiteral("t") << 1 << QStringLiteral("does not exist");
        QTest::newRow("bad database") << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x/y"),
                                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                      << QStringLiteral("t") << 1 << QString();
    }
    void refusesToStart()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(arguments, token);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.output.contains(message), qPrintable(r.output));
        QVERIFY(!r.output.contains(QStringLiteral("listening on")));
    }

    void servesAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void servesAndStopsCleanly()
    {
        QFETCH(int, signalNumber);
        QFile config(m_dir.filePath(QStringLiteral("warroomd.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[tokens]\ngeneric=from-the-config\n");
        config.close();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WARROOM_INTAKE_TOKEN"));
        p.setProcessEnvironment(env);
        QString log;
        connect(&p, &QProcess::readyReadStandardError, this,
                [&] { log += QString::fromUtf8(p.readAllStandardError()); });
        p.start(QStringLiteral(WARROOMD_PATH),
                {QStringLiteral("--database"), database(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--config"), config.fileName()});
        QVERIFY(p.waitForStarted());
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QTRY_VERIFY2_WITH_TIMEOUT(listening.match(log).hasMatch() || p.state() != QProcess::Running, qPrintable(log),
                                  15000);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(listening.match(log).captured(1));

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/alerts/generic")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer from-the-config");
        QNetworkReply* reply =
            nam.post(request, R"({"group": "g", "alerts": [{"name": "QueueBacklog", "severity": "minor"}]})");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QCOMPARE(::kill(pid_t(p.processId()), signalNumber), 0);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QTRY_VERIFY2(log.contains(QStringLiteral("stopped")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestWarroomd)
#include "tst_warroomd.moc"
