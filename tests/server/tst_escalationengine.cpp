// The escalation engine against a real database, a real local HTTP server standing in for
// the webhook receivers, and the acknowledgement route over real HTTP. Time is a FixedClock
// moved by hand; each pass is driven with evaluateNow(). With WARROOM_TEST_PG_URL set, two
// engines on two connections show that only the leader pages and that a standby takes over.
#include "server/ackroute.h"
#include "server/escalationengine.h"
#include "storage/escalationrepository.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include "../storage/testdatabases.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace warroom;

namespace {

const QDateTime kT0(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
const QByteArray kToken = QByteArrayLiteral("ack-secret");

/// A local receiver: counts POSTs per path and answers each path's scripted statuses (the
/// last one repeats).
class Receiver {
public:
    Receiver()
    {
        for (const QString& path : {QStringLiteral("slack"), QStringLiteral("generic"), QStringLiteral("down")}) {
            m_server.route(QStringLiteral("/%1").arg(path), [this, path](const QHttpServerRequest& request) {
                const int n = hits[path]++;
                bodies[path] = request.body();
                const QList<int> script = statuses.value(path, {200});
                return QHttpServerResponse(
                    QHttpServerResponse::StatusCode(script.at(std::min<qsizetype>(n, script.size() - 1))));
            });
        }
        port = m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString& path) const { return QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(path); }
    QHttpServer& server() { return m_server; }

    QHash<QString, int> hits;
    QHash<QString, QByteArray> bodies;
    QHash<QString, QList<int>> statuses;
    quint16 port = 0;

private:
    QHttpServer m_server;
};

EscalationEngine::Options fastOptions()
{
    EscalationEngine::Options o;
    o.webhook.firstRetryDelayMs = 10;
    o.webhook.maxAttempts = 3;
    o.webhook.timeoutMs = 5000;
    return o;
}

} // namespace

class TestEscalationEngine : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    FixedClock m_clock{kT0};

    Incident insertTriggered(const std::shared_ptr<Database>& db)
    {
        Incident i;
        i.title = QStringLiteral("Checkout latency p99 above 2s");
        i.severity = 2;
        i.status = IncidentStatus::Triggered;
        i.services = {QStringLiteral("Checkout")};
        i.startedAt = kT0;
        i.detectedAt = kT0;
        auto stored = IncidentRepository(db).insertIncident(i);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        return stored.value();
    }

    static EscalationPolicy policy(QList<EscalationStep> steps, int repeat = 0)
    {
        EscalationPolicy p;
        p.name = QStringLiteral("Checkout on-call");
        p.steps = std::move(steps);
        p.repeatCount = repeat;
        p.repeatIntervalSeconds = 60;
        p.isDefault = true;
        return p;
    }

    static QStringList timelineTexts(const std::shared_ptr<Database>& db, const QUuid& incidentId)
    {
        QStringList out;
        const auto entries = IncidentRepository(db).timeline(incidentId);
        for (const TimelineEntry& e : entries.value())
            out << e.text;
        return out;
    }

    static int pageCount(const std::shared_ptr<Database>& db, const QUuid& incidentId)
    {
        return int(EscalationRepository(db).pages(incidentId)->size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { m_clock.set(kT0); }
    void cleanup() { m_dbs.dropAll(); }

    void escalatesUntilAcknowledged()
    {
        auto db = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        Receiver receiver;
        QVERIFY(receiver.port > 0);
        receiver.statuses[QStringLiteral("slack")] = {500, 200}; // one retry, then delivered

        EscalationRepository repo(db);
        auto created = repo.createPolicy(
            policy({EscalationStep{60, EscalationTargetKind::Person, QStringLiteral("alice")},
                    EscalationStep{120, EscalationTargetKind::RoleHolder, QStringLiteral("commander")},
                    EscalationStep{180, EscalationTargetKind::Webhook,
                                   QStringLiteral("slack+") + receiver.url(QStringLiteral("slack"))},
                    EscalationStep{180, EscalationTargetKind::Webhook, receiver.url(QStringLiteral("generic"))}},
                   2));
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        const Incident incident = insertTriggered(db);

        EscalationEngine engine(db, m_clock, fastOptions());
        QSignalSpy paged(&engine, &EscalationEngine::paged);
        QCOMPARE(engine.evaluateNow().value(), 0); // nothing due at the trigger
        QVERIFY(engine.isLeader());                // SQLite: this process leads

        m_clock.advance(59);
        QCOMPARE(engine.evaluateNow().value(), 0);
        m_clock.advance(1); // exactly one minute
        QCOMPARE(engine.evaluateNow().value(), 1);
        QCOMPARE(engine.evaluateNow().value(), 0); // not twice
        QCOMPARE(paged.size(), 1);
        QCOMPARE(paged.first().first().value<PageRecord>().recipient, QStringLiteral("alice"));
        QVERIFY(timelineTexts(db, incident.id).last().contains(QStringLiteral("paged @alice")));

        // The commander step pages whoever holds the role when it fires.
        IncidentService service(db, m_clock);
        Person bob;
        bob.handle = QStringLiteral("bob");
        QVERIFY(service.savePerson(bob).ok());
        QVERIFY(service.assignRole(incident.id, IncidentRole::Commander, QStringLiteral("bob"), QStringLiteral("alice"))
                    .ok());
        m_clock.advance(60);
        QCOMPARE(engine.evaluateNow().value(), 1);
        auto pages = repo.pages(incident.id);
        QCOMPARE(pages->last().recipient, QStringLiteral("bob"));
        QCOMPARE(pages->last().kind, EscalationTargetKind::RoleHolder);

        // Both webhooks at three minutes; the Slack one answers 500 first and is retried.
        m_clock.advance(60);
        QCOMPARE(engine.evaluateNow().value(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(engine.pendingDeliveries(), 0, 10000);
        QCOMPARE(receiver.hits.value(QStringLiteral("slack")), 2);
        QCOMPARE(receiver.hits.value(QStringLiteral("generic")), 1);
        const QJsonObject slack = QJsonDocument::fromJson(receiver.bodies.value(QStringLiteral("slack"))).object();
        QCOMPARE(slack.keys(), QStringList{QStringLiteral("text")});
        QVERIFY(slack.value(QStringLiteral("text")).toString().startsWith(incident.ref() + QStringLiteral(" SEV2")));
        const QJsonObject generic = QJsonDocument::fromJson(receiver.bodies.value(QStringLiteral("generic"))).object();
        QCOMPARE(generic.value(QStringLiteral("event")).toString(), QStringLiteral("escalation.page"));
        QCOMPARE(generic.value(QStringLiteral("incident")).toObject().value(QStringLiteral("ref")).toString(),
                 incident.ref());
        QCOMPARE(generic.value(QStringLiteral("step")).toInt(), 4);
        pages = repo.pages(incident.id);
        QCOMPARE(pages->size(), 4);
        for (const PageRecord& p : pages.value()) {
            if (p.kind == EscalationTargetKind::Webhook)
                QCOMPARE(p.delivery, PageDelivery::Delivered);
        }

        // Acknowledge over real HTTP: a wrong token is refused, the right one acknowledges.
        AckRoute ack(db, m_clock, kToken, [&engine] { (void)engine.evaluateNow(); });
        ack.registerRoutes(receiver.server());
        QNetworkAccessManager nam;
        auto post = [&](const QByteArray& token, const QByteArray& body) {
            QNetworkRequest request(QUrl(
                QStringLiteral("http://127.0.0.1:%1/api/v1/incidents/%2/ack").arg(receiver.port).arg(incident.ref())));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!done.wait(10000))
                return qMakePair(0, QJsonObject());
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QJsonDocument::fromJson(reply->readAll()).object());
        };
        m_clock.advance(30);
        QCOMPARE(post("wrong", {}).first, 401);
        QCOMPARE(pageCount(db, incident.id), 4);
        const auto answer = post(kToken, R"({"by": "carol"})");
        QCOMPARE(answer.first, 200);
        QCOMPARE(answer.second.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(answer.second.value(QStringLiteral("already")).toBool(), false);
        QCOMPARE(post(kToken, {}).second.value(QStringLiteral("already")).toBool(), true);

        // The route ran a pass: the stop is on the timeline, and nothing more is ever paged.
        QVERIFY(repo.isStopped(incident.id).value());
        const QStringList texts = timelineTexts(db, incident.id);
        const QStringList stops =
            texts.filter(QStringLiteral("Escalation stopped: %1 was acknowledged").arg(incident.ref()));
        QCOMPARE(stops.size(), 1);
        QVERIFY2(stops.first().contains(QStringLiteral("8 pending notification(s) cancelled")),
                 qPrintable(stops.first()));
        for (int i = 0; i < 20; ++i) {
            m_clock.advance(60);
            QCOMPARE(engine.evaluateNow().value(), 0);
        }
        QCOMPARE(pageCount(db, incident.id), 4);
        QCOMPARE(timelineTexts(db, incident.id).size(), texts.size());
        QCOMPARE(receiver.hits.value(QStringLiteral("slack")), 2);
    }

    void failedDeliveryGoesOnTheTimeline()
    {
        auto db = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        Receiver receiver;
        receiver.statuses[QStringLiteral("down")] = {503};
        EscalationRepository repo(db);
        QVERIFY(repo.createPolicy(policy({EscalationStep{0, EscalationTargetKind::Webhook,
                                                         receiver.url(QStringLiteral("down"))}}))
                    .ok());
        const Incident incident = insertTriggered(db);
        EscalationEngine engine(db, m_clock, fastOptions());
        QSignalSpy finished(&engine, &EscalationEngine::deliveryFinished);
        QCOMPARE(engine.evaluateNow().value(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(receiver.hits.value(QStringLiteral("down")), 3); // maxAttempts
        const auto pages = repo.pages(incident.id);
        QCOMPARE(pages->first().delivery, PageDelivery::Failed);
        QCOMPARE(pages->first().deliveryDetail, QStringLiteral("HTTP 503"));
        const QStringList texts = timelineTexts(db, incident.id);
        QCOMPARE(texts.size(), 2);
        const QStringList failures = texts.filter(QStringLiteral("failed after 3 attempt(s): HTTP 503"));
        QCOMPARE(failures.size(), 1);
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("/down"))); // the path stays off the timeline
    }

    void ackRouteRefusals()
    {
        auto db = m_dbs.newDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        const Incident incident = insertTriggered(db);
        AckRoute ack(db, m_clock, kToken);
        AckRoute disabled(db, m_clock, {});
        Receiver receiver;
        ack.registerRoutes(receiver.server());
        QNetworkAccessManager nam;
        auto call = [&](const QString& ref, const QByteArray& token, const QByteArray& body, bool get = false) {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/incidents/%2/ack").arg(receiver.port).arg(ref)));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(get ? nam.get(request) : nam.post(request, body));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(10000);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(call(incident.ref(), kToken, {}, true), 405);
        QCOMPARE(call(QStringLiteral("INC-999"), kToken, {}), 404);
        QCOMPARE(call(incident.ref(), kToken, "[1]"), 400);
        QCOMPARE(call(incident.ref(), kToken, R"({"by": "not a handle"})"), 400);
        QCOMPARE(call(incident.ref(), {}, {}), 401);
        QCOMPARE(IncidentRepository(db).findById(incident.id)->status, IncidentStatus::Triggered);
        QCOMPARE(call(incident.ref(), kToken, {}), 200);
        const Incident acked = IncidentRepository(db).findById(incident.id).value();
        QCOMPARE(acked.status, IncidentStatus::Acknowledged);
        QCOMPARE(acked.acknowledgedAt, m_clock.nowUtc());
        QCOMPARE(IncidentRepository(db).timeline(incident.id)->last().author, QStringLiteral("api"));
        Receiver other;
        disabled.registerRoutes(other.server());
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/incidents/%2/ack").arg(other.port).arg(incident.ref())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    }

    void leaderWakesOnChanges()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP("needs WARROOM_TEST_PG_URL");
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("postgresql"));
        QVERIFY(!url.database.isEmpty());
        auto db = Database::openAndMigrate(url);
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        QVERIFY(EscalationRepository(db.value())
                    .createPolicy(policy({EscalationStep{0, EscalationTargetKind::Person, QStringLiteral("alice")}}))
                    .ok());
        EscalationEngine::Options options = fastOptions();
        options.intervalMs = 10 * 60 * 1000; // the period alone would not page within the test
        EscalationEngine engine(db.value(), m_clock, options);
        QSignalSpy paged(&engine, &EscalationEngine::paged);
        engine.start();
        QVERIFY(engine.isLeader());
        QCOMPARE(paged.size(), 0);
        // A new Triggered incident written on another connection wakes the leader.
        auto other = Database::open(url);
        QVERIFY(other.ok());
        const Incident incident = insertTriggered(other.value());
        QTRY_COMPARE_WITH_TIMEOUT(paged.size(), 1, 10000);
        QCOMPARE(paged.first().first().value<PageRecord>().incidentId, incident.id);
        engine.stop();
    }

    void onlyTheLeaderPagesAndAStandbyTakesOver()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP("needs WARROOM_TEST_PG_URL");
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("postgresql"));
        QVERIFY(!url.database.isEmpty());
        auto dbA = Database::openAndMigrate(url);
        auto dbB = Database::openAndMigrate(url);
        QVERIFY2(dbA.ok() && dbB.ok(), qPrintable(dbA.errorText() + dbB.errorText()));
        QVERIFY(EscalationRepository(dbA.value())
                    .createPolicy(policy({EscalationStep{60, EscalationTargetKind::Person, QStringLiteral("alice")},
                                          EscalationStep{120, EscalationTargetKind::Person, QStringLiteral("bob")},
                                          EscalationStep{180, EscalationTargetKind::Person, QStringLiteral("carol")}}))
                    .ok());
        const Incident incident = insertTriggered(dbA.value());

        EscalationEngine a(dbA.value(), m_clock, fastOptions());
        EscalationEngine b(dbB.value(), m_clock, fastOptions());
        m_clock.advance(60);
        QCOMPARE(a.evaluateNow().value(), 1);
        QCOMPARE(b.evaluateNow().value(), 0);
        QVERIFY(a.isLeader());
        QVERIFY(!b.isLeader());
        m_clock.advance(60);
        QCOMPARE(b.evaluateNow().value(), 0); // the standby never pages
        QCOMPARE(a.evaluateNow().value(), 1);

        // The leader's session dies (as when its process or network goes): the standby takes
        // over on its next pass, and what the old leader sent is not sent again.
        const int pid = a.leaderLock().sessionPid();
        QVERIFY(pid > 0);
        auto admin = m_dbs.adminConnection();
        QVERIFY(admin && admin->run(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).ok());
        m_clock.advance(60);
        QTRY_VERIFY_WITH_TIMEOUT(b.evaluateNow().ok() && b.isLeader(), 10000);
        QCOMPARE(a.evaluateNow().value(), 0);
        QVERIFY(!a.isLeader());
        const auto pages = EscalationRepository(dbA.value()).pages(incident.id);
        QCOMPARE(pages->size(), 3);
        QStringList recipients;
        for (const PageRecord& p : pages.value())
            recipients << p.recipient;
        QCOMPARE(recipients, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        // Even with both evaluating the same moment, each page exists once.
        QCOMPARE(b.evaluateNow().value(), 0);
        QCOMPARE(a.evaluateNow().value(), 0);
        QCOMPARE(EscalationRepository(dbB.value()).pages(incident.id)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEscalationEngine)
#include "tst_escalationengine.moc"
