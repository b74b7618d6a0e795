// Escalation through real warroomd processes: an alert posted to the intake becomes a
// Triggered incident, the daemon pages a webhook receiver (a QHttpServer in this test) until
// someone acknowledges over HTTP, and the stop goes on the timeline. With WARROOM_TEST_PG_URL,
// two daemons share one PostgreSQL database: only the leader pages, and when it is killed
// (SIGKILL) the other takes over and sends the next step, with nothing sent twice. Each
// daemon evaluates every 15 s, so the waits here are bounded by that period.
#include "../storage/testdatabases.h"

#include "storage/escalationrepository.h"
#include "storage/incidentrepository.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

namespace {

const QByteArray kToken = "escalation-integration-token";

/// A running warroomd and what it logged.
struct Daemon {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString log;
    quint16 port = 0;
};

} // namespace

class TestEscalationDaemon : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    QNetworkAccessManager m_nam;
    QHttpServer m_receiver;
    quint16 m_receiverPort = 0;
    QHash<QString, int> m_hits;

    /// Starts warroomd on a free port (told through its log); fails the test otherwise.
    void startDaemon(Daemon& d, const DatabaseUrl& url)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WARROOM_INTAKE_TOKEN"), QString::fromLatin1(kToken));
        d.process->setProcessEnvironment(env);
        QProcess* p = d.process.get();
        connect(p, &QProcess::readyReadStandardError, this,
                [&d, p] { d.log += QString::fromUtf8(p->readAllStandardError()); });
        p->start(QStringLiteral(WARROOMD_PATH), {QStringLiteral("--database"), url.toString(true),
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT(listening.match(d.log).hasMatch() || p->state() != QProcess::Running, 15000);
        QVERIFY2(p->state() == QProcess::Running, qPrintable(d.log));
        d.port = quint16(listening.match(d.log).captured(1).toUInt());
    }

    /// POSTs `body` with the token; returns the status (0 on a network failure).
    int post(const QString& url, const QByteArray& body)
    {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + kToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    int fireAlert(const Daemon& d)
    {
        return post(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts/generic").arg(d.port),
                    R"({"group": "checkout", "alerts": [{"name": "CheckoutDown", "severity": "critical",
                        "service": "checkout", "summary": "Checkout answers 503"}]})");
    }

    std::shared_ptr<Database> setUp(const DatabaseUrl& url)
    {
        auto db = Database::openAndMigrate(url);
        if (!db)
            return {};
        EscalationPolicy p;
        p.name = QStringLiteral("Checkout");
        p.isDefault = true;
        p.steps = {EscalationStep{0, EscalationTargetKind::Webhook,
                                  QStringLiteral("http://127.0.0.1:%1/first").arg(m_receiverPort)},
                   EscalationStep{30, EscalationTargetKind::Webhook,
                                  QStringLiteral("slack+http://127.0.0.1:%1/second").arg(m_receiverPort)}};
        if (auto created = EscalationRepository(db.value()).createPolicy(p); !created) {
            qWarning("%s", qPrintable(created.error().message));
            return {};
        }
        return db.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dbs.isValid());
        QVERIFY(QFile::exists(QStringLiteral(WARROOMD_PATH)));
        for (const QString& path : {QStringLiteral("first"), QStringLiteral("second")}) {
            m_receiver.route(QStringLiteral("/%1").arg(path), [this, path](const QHttpServerRequest&) {
                ++m_hits[path];
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
            });
        }
        m_receiverPort = m_receiver.listen(QHostAddress::LocalHost);
        QVERIFY(m_receiverPort > 0);
    }

    void init() { m_hits.clear(); }
    void cleanup() { m_dbs.dropAll(); }

    void pagesUntilAcknowledged()
    {
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("sqlite"));
        auto db = setUp(url);
        QVERIFY(db);
        Daemon d;
        startDaemon(d, url);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fireAlert(d), 200);
        const Incident incident = IncidentRepository(db).findByRef(QStringLiteral("INC-1")).value();
        QCOMPARE(incident.status, IncidentStatus::Triggered);

        QTRY_COMPARE_WITH_TIMEOUT(m_hits.value(QStringLiteral("first")), 1, 30000);
        QCOMPARE(
            post(QStringLiteral("http://127.0.0.1:%1/api/v1/incidents/INC-1/ack").arg(d.port), R"({"by": "alice"})"),
            200);
        QCOMPARE(IncidentRepository(db).findById(incident.id)->status, IncidentStatus::Acknowledged);
        QVERIFY(EscalationRepository(db).isStopped(incident.id).value());
        const auto timeline = IncidentRepository(db).timeline(incident.id);
        QStringList texts;
        for (const TimelineEntry& e : timeline.value())
            texts << e.text;
        QCOMPARE(texts.filter(QStringLiteral("notified webhook 127.0.0.1")).size(), 1);
        QCOMPARE(texts.filter(QStringLiteral("1 pending notification(s) cancelled")).size(), 1);
        QCOMPARE(EscalationRepository(db).pages(incident.id)->size(), 1);
        QCOMPARE(m_hits.value(QStringLiteral("second")), 0);

        d.process->terminate();
        QVERIFY(d.process->waitForFinished(15000));
        QVERIFY2(d.log.contains(QStringLiteral("leading escalation")), qPrintable(d.log));
    }

    void standbyDaemonTakesOver()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP("needs WARROOM_TEST_PG_URL");
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("postgresql"));
        QVERIFY(!url.database.isEmpty());
        auto db = setUp(url);
        QVERIFY(db);
        Daemon a;
        Daemon b;
        startDaemon(a, url);
        if (QTest::currentTestFailed())
            return;
        startDaemon(b, url);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(a.log.contains(QStringLiteral("leading escalation")), qPrintable(a.log));
        QVERIFY2(!b.log.contains(QStringLiteral("leading escalation")), qPrintable(b.log));
        QCOMPARE(fireAlert(b), 200); // any daemon takes alerts; only the leader pages

        QTRY_COMPARE_WITH_TIMEOUT(m_hits.value(QStringLiteral("first")), 1, 30000);
        a.process->kill();
        QVERIFY(a.process->waitForFinished(15000));
        // b leads on its next pass and sends the 30 s step, once; the first is not sent again.
        QTRY_COMPARE_WITH_TIMEOUT(m_hits.value(QStringLiteral("second")), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(b.log.contains(QStringLiteral("leading escalation")), 5000);
        QCOMPARE(m_hits.value(QStringLiteral("first")), 1);
        const Incident incident = IncidentRepository(db).findByRef(QStringLiteral("INC-1")).value();
        const auto pages = EscalationRepository(db).pages(incident.id);
        QCOMPARE(pages->size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(EscalationRepository(db).pages(incident.id)->last().delivery, PageDelivery::Delivered,
                                  10000);

        b.process->terminate();
        QVERIFY(b.process->waitForFinished(15000));
    }
};

QTEST_GUILESS_MAIN(TestEscalationDaemon)
#include "tst_escalationdaemon.moc"
