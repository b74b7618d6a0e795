// Presence between clients of one PostgreSQL database (WARROOM_TEST_PG_URL; scripts/test.sh
// starts a private server): who has an incident open, who is typing, who left or vanished.
// Ephemeral: nothing is written to any table. Each case works in a database of its own
// (notifications do not cross databases).
#include "testdatabases.h"

#include "core/clock.h"
#include "models/presencemodel.h"
#include "storage/incidentservice.h"
#include "storage/notificationchannel.h"
#include "sync/presence.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

namespace {

constexpr int kTimeoutMs = 10'000;

/// A peer as another client sees it: handle and typing, or nothing.
QString seen(const PresenceClient& observer, const QUuid& clientId)
{
    for (const PresencePeer& p : observer.peers()) {
        if (p.clientId == clientId)
            return p.handle + (p.typing ? QStringLiteral(" typing") : QString());
    }
    return {};
}

} // namespace

class TestPresence : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    SystemClock m_clock;

    static void requirePostgresql()
    {
        if (test::TestDatabases::pgUrl().isEmpty())
            QSKIP(test::TestDatabases::skipReason());
    }

    static int count(Database& db, const QString& table)
    {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    static PresenceClient::Options fast()
    {
        PresenceClient::Options o;
        o.announceMs = 60'000;   // the cases below must not depend on the repetition...
        o.expiryMs = 120'000;
        o.typingMs = 600;
        return o;
    }

private slots:
    void cleanup() { m_dbs.dropAll(); }

    void payloadRoundTrip()
    {
        PresenceMessage m{QUuid::createUuid(), QStringLiteral("ana"), QUuid::createUuid(), PresenceState::Typing};
        const QString payload = m.toPayload();
        QVERIFY(payload.toUtf8().size() < 300);
        QVERIFY(!payload.contains(QLatin1Char('\n')));
        const auto back = PresenceMessage::fromPayload(payload);
        QVERIFY(back);
        QCOMPARE(back->clientId, m.clientId);
        QCOMPARE(back->handle, m.handle);
        QCOMPARE(back->incidentId, m.incidentId);
        QCOMPARE(back->state, PresenceState::Typing);
        // A long handle is cut, so the payload stays far below PostgreSQL's 8000 bytes.
        m.handle = QString(5000, QChar(0x00e9));
        QVERIFY(m.toPayload().toUtf8().size() < 1000);
        QCOMPARE(PresenceMessage::fromPayload(m.toPayload())->handle.size(), PresenceMessage::kMaxHandleLength);
        for (const char* bad : {"", "42", "{}", "{\"v\":2,\"c\":\"x\"}",
                                "{\"v\":1,\"c\":\"a8098c1a-f86e-11da-bd1a-00112444be1e\","
                                "\"i\":\"a8098c1a-f86e-11da-bd1a-00112444be1e\",\"h\":\"x\",\"s\":\"dancing\"}"})
            QVERIFY2(!PresenceMessage::fromPayload(QString::fromLatin1(bad)), bad);
    }

    void sqliteHasNoPresence()
    {
        const DatabaseUrl url = m_dbs.newUrl(QStringLiteral("sqlite"));
        PresenceClient client(url, QStringLiteral("ana"));
        auto started = client.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, QStringLiteral("unsupported"));
        PresenceModel model(url, QStringLiteral("ana"));
        model.start();
        QVERIFY(!model.isActive());
        model.setIncident(QUuid::createUuid());
        QCOMPARE(model.rowCount(), 0);
    }

    void openTypeLeave()
    {
        requirePostgresql();
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(db);
        IncidentService service(db, m_clock);
        DeclareRequest request;
        request.title = QStringLiteral("Checkout returns 502");
        auto incident = service.declare(request, QStringLiteral("ana"));
        QVERIFY(incident.ok());
        const QUuid x = incident->id;
        const int changesBefore = count(*db, QStringLiteral("changes"));
        const int entriesBefore = count(*db, QStringLiteral("timeline_entries"));

        PresenceClient a(db->url(), QStringLiteral("ana"), fast());
        PresenceClient b(db->url(), QStringLiteral("bo"), fast());
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        b.setIncident(x);

        // A opens X: B sees A (and A sees B, who answered the newcomer).
        a.setIncident(x);
        QTRY_COMPARE_WITH_TIMEOUT(seen(b, a.clientId()), QStringLiteral("ana"), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(seen(a, b.clientId()), QStringLiteral("bo"), kTimeoutMs);
        QCOMPARE(b.peers().first().incidentId, x);

        // A types: B sees it, and it ends typingMs after the last keystroke.
        QElapsedTimer typingShown;
        a.setTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(seen(b, a.clientId()), QStringLiteral("ana typing"), kTimeoutMs);
        typingShown.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen(b, a.clientId()), QStringLiteral("ana"), kTimeoutMs);
        QVERIFY2(typingShown.elapsed() >= 300, qPrintable(QString::number(typingShown.elapsed())));
        // Sending the line stops "typing" at once.
        b.setTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(seen(a, b.clientId()), QStringLiteral("bo typing"), kTimeoutMs);
        b.setTyping(false);
        QTRY_COMPARE_WITH_TIMEOUT(seen(a, b.clientId()), QStringLiteral("bo"), 400);

        // A shows another incident: B still knows A, on the other incident.
        const QUuid y = QUuid::createUuid();
        a.setIncident(y);
        QTRY_VERIFY_WITH_TIMEOUT(!b.peers().isEmpty() && b.peers().first().incidentId == y, kTimeoutMs);
        // A closes the incident view: gone.
        a.setIncident({});
        QTRY_VERIFY_WITH_TIMEOUT(b.peers().isEmpty(), kTimeoutMs);
        // A opens X again and quits: "left".
        a.setIncident(x);
        QTRY_COMPARE_WITH_TIMEOUT(seen(b, a.clientId()), QStringLiteral("ana"), kTimeoutMs);
        a.stop();
        QTRY_VERIFY_WITH_TIMEOUT(b.peers().isEmpty(), kTimeoutMs);

        // Ephemeral: nothing was written.
        QCOMPARE(count(*db, QStringLiteral("changes")), changesBefore);
        QCOMPARE(count(*db, QStringLiteral("timeline_entries")), entriesBefore);
    }

    void silentClientExpires()
    {
        requirePostgresql();
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(db);
        PresenceClient::Options options;
        options.announceMs = 100;
        options.expiryMs = 800;
        options.typingMs = 300;
        const QUuid x = QUuid::createUuid();
        PresenceClient a(db->url(), QStringLiteral("ana"), options);
        PresenceClient b(db->url(), QStringLiteral("bo"), options);
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        a.setIncident(x);
        QTRY_COMPARE_WITH_TIMEOUT(seen(b, a.clientId()), QStringLiteral("ana"), kTimeoutMs);
        // Announcing keeps A there well past the expiry...
        QSignalSpy changes(&b, &PresenceClient::peersChanged);
        QVERIFY(!changes.wait(3 * options.expiryMs));   // no change for three expiry periods
        QCOMPARE(seen(b, a.clientId()), QStringLiteral("ana"));
        // ... until it stops without a word (as a crashed client does): B forgets it.
        QElapsedTimer silent;
        silent.start();
        a.stop(false);
        QTRY_VERIFY_WITH_TIMEOUT(b.peers().isEmpty(), kTimeoutMs);
        QVERIFY2(silent.elapsed() >= options.expiryMs - options.announceMs - 50, qPrintable(QString::number(silent.elapsed())));
    }

    void newcomerSeesEveryoneAtOnce()
    {
        requirePostgresql();
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(db);
        const QUuid x = QUuid::createUuid();
        PresenceClient a(db->url(), QStringLiteral("ana"), fast());   // announces once a minute
        QVERIFY(a.start().ok());
        a.setIncident(x);
        PresenceClient c(db->url(), QStringLiteral("cy"), fast());
        QVERIFY(c.start().ok());
        QElapsedTimer t;
        t.start();
        c.setIncident(x);
        QTRY_COMPARE_WITH_TIMEOUT(seen(c, a.clientId()), QStringLiteral("ana"), kTimeoutMs);
        QVERIFY2(t.elapsed() < 5'000, qPrintable(QString::number(t.elapsed())));
    }

    void modelShowsTheShownIncident()
    {
        requirePostgresql();
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(db);
        const QUuid x = QUuid::createUuid();
        const QUuid y = QUuid::createUuid();
        PresenceModel mine(db->url(), QStringLiteral("bo"), fast());
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mine.start();
        QVERIFY(mine.isActive());
        mine.setIncident(x);
        // Ana with two windows on X (one row), Cy on Y (not shown).
        PresenceClient ana1(db->url(), QStringLiteral("ana"), fast());
        PresenceClient ana2(db->url(), QStringLiteral("ana"), fast());
        PresenceClient cy(db->url(), QStringLiteral("cy"), fast());
        for (PresenceClient* c : {&ana1, &ana2, &cy})
            QVERIFY(c->start().ok());
        ana1.setIncident(x);
        ana2.setIncident(x);
        cy.setIncident(y);
        QTRY_COMPARE_WITH_TIMEOUT(mine.handles(), QStringList{QStringLiteral("ana")}, kTimeoutMs);
        ana2.setTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(mine.typingHandles(), QStringList{QStringLiteral("ana")}, kTimeoutMs);
        QCOMPARE(mine.index(0).data(PresenceModel::TypingRole).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(mine.typingHandles(), QStringList(), kTimeoutMs);
        // Switching to Y shows Cy.
        mine.setIncident(y);
        QTRY_COMPARE_WITH_TIMEOUT(mine.handles(), QStringList{QStringLiteral("cy")}, kTimeoutMs);
        cy.stop();
        QTRY_COMPARE_WITH_TIMEOUT(mine.rowCount(), 0, kTimeoutMs);
    }

    void channelRefusesLargePayloads()
    {
        requirePostgresql();
        auto db = m_dbs.newDatabase(QStringLiteral("postgresql"));
        QVERIFY(db);
        NotificationChannel channel(db, QString::fromLatin1(kPresenceChannel));
        QVERIFY(channel.listen().ok());
        QSignalSpy received(&channel, &NotificationChannel::received);
        QVERIFY(channel.send(QStringLiteral("hello")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kTimeoutMs);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("hello"));
        QCOMPARE(received.first().at(1).toBool(), true);   // sent by this connection
        auto big = channel.send(QString(NotificationChannel::kMaxPayloadBytes + 1, QLatin1Char('x')));
        QVERIFY(!big);
        QCOMPARE(big.error().code, QStringLiteral("too-large"));
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
