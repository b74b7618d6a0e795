// The intake routes over real HTTP (an in-process QHttpServer on loopback, driven by
// QNetworkAccessManager and raw sockets) under abuse: wrong or missing tokens, oversized
// bodies, wrong content types, broken and wrong-shaped JSON, 1,000 rapid requests. Each gets
// its status code and a JSON error body, the server stays up, and failures write nothing.
#include "server/alertintakeroutes.h"
#include "server/boundedtcpserver.h"
#include "server/httpsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

namespace {

constexpr qint64 kLimit = 16 * 1024;
const QByteArray kToken = "s3cret-token-for-tests";

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestIntakeHttp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AlertIntake> m_intake;
    std::unique_ptr<AlertIntakeRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;

    QUrl url(const QString& source) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts/%2").arg(m_port).arg(source));
    }

    static QByteArray alertmanagerBody()
    {
        QFile file(QStringLiteral(WARROOM_TEST_DATA_DIR "/alerts/alertmanager-firing.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the example payload");
        return file.readAll();
    }

    QNetworkReply* post(const QString& source, const QByteArray& body, const QByteArray& token = kToken,
                        const QByteArray& contentType = "application/json")
    {
        QNetworkRequest request(url(source));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return m_nam.post(request, body);
    }

    static Answer wait(QNetworkReply* reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                qWarning("no answer within 10 s");
        }
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

    int count(const QString& table)
    {
        auto q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    /// Row counts of every table a delivery writes.
    QList<int> snapshot()
    {
        return {count(QStringLiteral("incidents")), count(QStringLiteral("timeline_entries")),
                count(QStringLiteral("alert_groups")), count(QStringLiteral("alert_group_alerts")),
                count(QStringLiteral("changes"))};
    }

    /// Sends raw bytes on a new connection; returns what comes back until the server closes
    /// the connection or 5 s pass (the event loop keeps turning: the server is in this thread).
    QByteArray raw(const QByteArray& request)
    {
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000)) // the kernel accepts; no server code runs here
            return {};
        socket.write(request);
        closed.wait(5000);
        return answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("intake.db"))));
        QVERIFY2(db, qPrintable(db.errorText()));
        m_db = db.value();
        AlertIntakeConfig config;
        config.tokens.insert(QStringLiteral("alertmanager"), kToken);
        config.tokens.insert(QStringLiteral("generic"), "another-token");
        config.bodyLimitBytes = kLimit;
        m_intake = std::make_unique<AlertIntake>(m_db, m_clock, config.mapping);
        m_routes = std::make_unique<AlertIntakeRoutes>(*m_intake, config);
        m_server = std::make_unique<QHttpServer>();
        m_routes->registerRoutes(*m_server);
        m_port = listenBounded(*m_server, QHostAddress::LocalHost, 0, kLimit);
        QVERIFY(m_port != 0);
    }

    void constantTimeCompare()
    {
        QVERIFY(http::constantTimeEquals("abc", "abc"));
        QVERIFY(!http::constantTimeEquals("abc", "abd"));
        QVERIFY(!http::constantTimeEquals("abc", "abcd"));
        QVERIFY(!http::constantTimeEquals("", "abc"));
        QVERIFY(http::constantTimeEquals("", ""));
    }

    void listenAddresses()
    {
        auto v4 = http::parseListenAddress(QStringLiteral("127.0.0.1:8750"));
        QVERIFY(v4);
        QCOMPARE(v4->first, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(v4->second, 8750);
        auto v6 = http::parseListenAddress(QStringLiteral("[::1]:0"));
        QVERIFY(v6);
        QCOMPARE(v6->first, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(v6->second, 0);
        QCOMPARE(http::parseListenAddress(QStringLiteral("localhost:9000"))->first,
                 QHostAddress(QHostAddress::LocalHost));
        for (const char* bad : {"127.0.0.1", "127.0.0.1:99999", "example.org:80", ":8750", "127.0.0.1:80/x", ""})
            QVERIFY2(!http::parseListenAddress(QString::fromLatin1(bad)), bad);
    }

    void configFiles()
    {
        QFile ini(m_dir.filePath(QStringLiteral("warroomd.conf")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[intake]\nbody_limit=65536\nservice_label=team\nauto_resolve=true\n"
                  "[tokens]\nalertmanager=am-token\n"
                  "[severity]\np1=SEV1\np2=2\ndefault=SEV3\n");
        ini.close();
        auto config = AlertIntakeConfig::load(ini.fileName());
        QVERIFY2(config, qPrintable(config.errorText()));
        QCOMPARE(config->bodyLimitBytes, 65536);
        QCOMPARE(config->mapping.serviceLabel, QStringLiteral("team"));
        QVERIFY(config->mapping.autoResolve);
        QCOMPARE(config->tokens.value(QStringLiteral("alertmanager")), QByteArray("am-token"));
        QVERIFY(config->tokens.value(QStringLiteral("grafana")).isEmpty());
        QCOMPARE(config->mapping.severityForValue(QStringLiteral("P2")), 2);
        QCOMPARE(config->mapping.severityForValue(QStringLiteral("critical")), 3); // replaced, not merged
        // The shared token fills in the sources without one of their own.
        config.value().applySharedToken("shared");
        QCOMPARE(config->tokens.value(QStringLiteral("alertmanager")), QByteArray("am-token"));
        QCOMPARE(config->tokens.value(QStringLiteral("grafana")), QByteArray("shared"));

        QFile json(m_dir.filePath(QStringLiteral("warroomd.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"intake": {"auto_resolve": false, "severity_label": "priority"}, "tokens": {"generic": "g"}})");
        json.close();
        config = AlertIntakeConfig::load(json.fileName());
        QVERIFY2(config, qPrintable(config.errorText()));
        QCOMPARE(config->mapping.severityLabel, QStringLiteral("priority"));
        QVERIFY(!config->mapping.autoResolve);
        QCOMPARE(config->tokens.value(QStringLiteral("generic")), QByteArray("g"));
        QCOMPARE(config->mapping.severityForValue(QStringLiteral("critical")), 1); // defaults kept

        const QList<QPair<QByteArray, QString>> bad = {
            {"[tokens]\npagerduty=x\n", QStringLiteral("unknown source")},
            {"[severity]\ncritical=urgent\n", QStringLiteral("severity/critical")},
            {"[intake]\nbody_limit=12\n", QStringLiteral("intake/body_limit")},
            {"[intake]\nauto_resolve=maybe\n", QStringLiteral("intake/auto_resolve")},
            {"[intake]\nbodylimit=4096\n", QStringLiteral("unknown setting")},
        };
        for (const auto& [text, problem] : bad) {
            QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
            ini.write(text);
            ini.close();
            const auto refused = AlertIntakeConfig::load(ini.fileName());
            QVERIFY2(!refused, text.constData());
            QCOMPARE(refused.error().code, QStringLiteral("config"));
            QVERIFY2(refused.error().message.contains(problem), qPrintable(refused.error().message));
        }
        QVERIFY(!AlertIntakeConfig::load(m_dir.filePath(QStringLiteral("missing.conf"))));
    }

    void failuresAnswerAndWriteNothing()
    {
        const QList<int> before = snapshot();
        QCOMPARE(before.first(), 0);
        const QByteArray good = alertmanagerBody();

        Answer a = wait(post(QStringLiteral("alertmanager"), good, "wrong-token"));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        a = wait(post(QStringLiteral("alertmanager"), good, QByteArray()));
        QCOMPARE(a.status, 401);
        // The generic route's token does not open the Alertmanager route.
        a = wait(post(QStringLiteral("alertmanager"), good, "another-token"));
        QCOMPARE(a.status, 401);
        // A source without a token refuses everyone.
        a = wait(post(QStringLiteral("grafana"), good, kToken));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("source-disabled"));

        a = wait(post(QStringLiteral("alertmanager"), good, kToken, "text/plain"));
        QCOMPARE(a.status, 415);

        QByteArray big = good;
        big.insert(big.lastIndexOf('}'), ", \"padding\": \"" + QByteArray(kLimit, 'x') + "\"");
        a = wait(post(QStringLiteral("alertmanager"), big));
        QCOMPARE(a.status, 413);

        a = wait(post(QStringLiteral("alertmanager"), "{\"version\": \"4\", \"alerts\": [", kToken));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("parse"));
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Not valid JSON")),
                 a.body);

        QByteArray wrongShape = good;
        wrongShape.replace("\"2024-03-05T10:15:30.123456789Z\"", "12345");
        a = wait(post(QStringLiteral("alertmanager"), wrongShape));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("alerts[0].startsAt:")),
                 a.body);

        QNetworkRequest get(url(QStringLiteral("alertmanager")));
        a = wait(m_nam.get(get));
        QCOMPARE(a.status, 405);

        // A declared Content-Length over the limit is cut short before the body is read.
        const QByteArray huge =
            raw("POST /api/v1/alerts/alertmanager HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Authorization: Bearer " +
                kToken + "\r\nContent-Length: 4000000000\r\n\r\n{\"version\":");
        QVERIFY2(huge.startsWith("HTTP/1.1 413"), huge.isEmpty() ? "(nothing)" : huge.constData());

        // So is a body without a declared length that runs past the limit.
        const QByteArray chunk(kLimit + BoundedTcpServer::kHeaderAllowance, ' ');
        const QByteArray chunked =
            raw("POST /api/v1/alerts/alertmanager HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Authorization: Bearer " +
                kToken + "\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(chunk.size(), 16) + "\r\n" +
                chunk + "\r\n");
        QVERIFY2(chunked.startsWith("HTTP/1.1 413"), chunked.isEmpty() ? "(nothing)" : chunked.constData());

        QCOMPARE(snapshot(), before);

        // And a good delivery still goes through.
        a = wait(post(QStringLiteral("alertmanager"), good));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("incident")).toString(), QStringLiteral("INC-1"));
        QCOMPARE(a.json().value(QStringLiteral("opened")).toBool(), true);
        QCOMPARE(count(QStringLiteral("incidents")), 1);
    }

    void thousandRapidRequests()
    {
        const QByteArray good = alertmanagerBody();
        QByteArray big = good;
        big.insert(big.lastIndexOf('}'), ", \"padding\": \"" + QByteArray(kLimit, 'x') + "\"");
        const int incidentsBefore = count(QStringLiteral("incidents"));
        const int entriesBefore = count(QStringLiteral("timeline_entries"));

        constexpr int kRequests = 1000;
        QHash<int, int> expected; // request index -> status
        QHash<int, int> got;
        int finished = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRequests; ++i) {
            QNetworkReply* reply = nullptr;
            switch (i % 5) {
            case 0:
                reply = post(QStringLiteral("alertmanager"), good);
                expected[i] = 200;
                break;
            case 1:
                reply = post(QStringLiteral("alertmanager"), good, "nope");
                expected[i] = 401;
                break;
            case 2:
                reply = post(QStringLiteral("alertmanager"), "{broken", kToken);
                expected[i] = 400;
                break;
            case 3:
                reply = post(QStringLiteral("alertmanager"), good, kToken, "application/xml");
                expected[i] = 415;
                break;
            default:
                reply = post(QStringLiteral("alertmanager"), big);
                expected[i] = 413;
                break;
            }
            connect(reply, &QNetworkReply::finished, this, [reply, i, &got, &finished] {
                got[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ++finished;
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 60000);
        const qint64 elapsedMs = timer.elapsed();
        for (int i = 0; i < kRequests; ++i)
            QCOMPARE(got.value(i), expected.value(i));
        qInfo("%d requests in %lld ms (%.0f per second)", kRequests, elapsedMs,
              kRequests * 1000.0 / qMax<qint64>(elapsedMs, 1));

        // 200 repeats of the same group: still one incident, no new entries; the server is up.
        QCOMPARE(count(QStringLiteral("incidents")), incidentsBefore);
        QCOMPARE(count(QStringLiteral("timeline_entries")), entriesBefore);
        const Answer a = wait(post(QStringLiteral("alertmanager"), good));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("opened")).toBool(), false);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_routes.reset();
        m_intake.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestIntakeHttp)
#include "tst_intakehttp.moc"
