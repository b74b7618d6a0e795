// Every legal and illegal status transition, and the timestamps each one stamps.
#include "core/lifecycle.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;
using S = IncidentStatus;

Q_DECLARE_METATYPE(warroom::IncidentStatus)

class TestLifecycle : public QObject {
    Q_OBJECT

private:
    static Incident incidentIn(S status)
    {
        Incident i;
        i.number = 7;
        i.status = status;
        i.startedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
        i.detectedAt = i.startedAt.addSecs(60);
        i.declaredAt = i.detectedAt;
        return i;
    }

private slots:
    void transitionMatrix_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("legal");

        // The full 8 x 8 table, written out so a change to the rules must change this table.
        const QList<QPair<S, QList<S>>> legal{
            {S::Triggered, {S::Acknowledged, S::Investigating, S::Identified, S::Mitigated, S::Resolved}},
            {S::Acknowledged, {S::Investigating, S::Identified, S::Mitigated, S::Resolved}},
            {S::Investigating, {S::Identified, S::Mitigated, S::Resolved}},
            {S::Identified, {S::Investigating, S::Mitigated, S::Resolved}},
            {S::Mitigated, {S::Investigating, S::Identified, S::Resolved}},
            {S::Resolved, {S::Postmortem, S::Closed}},
            {S::Postmortem, {S::Closed}},
            {S::Closed, {}},
        };
        int legalCount = 0;
        for (const auto& [from, targets] : legal) {
            for (S to : allIncidentStatuses()) {
                const bool ok = targets.contains(to);
                legalCount += ok ? 1 : 0;
                QTest::addRow("%s->%s", qPrintable(statusKey(from)), qPrintable(statusKey(to))) << from << to << ok;
            }
        }
        QCOMPARE(legalCount, 21);
    }

    void transitionMatrix()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, legal);
        QCOMPARE(Lifecycle::canTransition(from, to), legal);
        QCOMPARE(Lifecycle::allowedTargets(from).contains(to), legal);

        const Incident before = incidentIn(from);
        const QDateTime now = before.startedAt.addSecs(3600);
        const auto after = Lifecycle::transition(before, to, now);
        QCOMPARE(after.ok(), legal);
        if (legal) {
            QCOMPARE(after->status, to);
        } else {
            QCOMPARE(after.error().code, QStringLiteral("illegal-transition"));
            QVERIFY(after.error().message.contains(QStringLiteral("INC-7")));
        }
    }

    void stamps_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<QStringList>("stamped");

        QTest::newRow("ack") << S::Triggered << S::Acknowledged << QStringList{QStringLiteral("acknowledged")};
        QTest::newRow("triggered->investigating acknowledges")
            << S::Triggered << S::Investigating << QStringList{QStringLiteral("acknowledged")};
        QTest::newRow("triggered->resolved does not acknowledge")
            << S::Triggered << S::Resolved << QStringList{QStringLiteral("mitigated"), QStringLiteral("resolved")};
        QTest::newRow("identified") << S::Investigating << S::Identified << QStringList{QStringLiteral("identified")};
        QTest::newRow("mitigated") << S::Identified << S::Mitigated << QStringList{QStringLiteral("mitigated")};
        QTest::newRow("resolved stamps mitigation too")
            << S::Investigating << S::Resolved << QStringList{QStringLiteral("mitigated"), QStringLiteral("resolved")};
        QTest::newRow("postmortem stamps nothing") << S::Resolved << S::Postmortem << QStringList{};
        QTest::newRow("closed") << S::Postmortem << S::Closed << QStringList{QStringLiteral("closed")};
    }

    void stamps()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(QStringList, stamped);
        const Incident before = incidentIn(from);
        const QDateTime now = before.startedAt.addSecs(1800);
        const auto after = Lifecycle::transition(before, to, now);
        QVERIFY(after.ok());
        const QList<QPair<QString, QDateTime>> fields{
            {QStringLiteral("acknowledged"), after->acknowledgedAt}, {QStringLiteral("identified"), after->identifiedAt},
            {QStringLiteral("mitigated"), after->mitigatedAt},       {QStringLiteral("resolved"), after->resolvedAt},
            {QStringLiteral("closed"), after->closedAt},
        };
        for (const auto& [name, value] : fields) {
            if (stamped.contains(name))
                QCOMPARE(value, now);
            else
                QVERIFY2(!value.isValid(), qPrintable(name));
        }
        QCOMPARE(after->startedAt, before.startedAt);
        QCOMPARE(after->detectedAt, before.detectedAt);
    }

    void firstMitigationCounts()
    {
        Incident i = incidentIn(S::Identified);
        const QDateTime first = i.startedAt.addSecs(600);
        auto mitigated = Lifecycle::transition(i, S::Mitigated, first);
        QVERIFY(mitigated.ok());
        auto back = Lifecycle::transition(mitigated.value(), S::Investigating, first.addSecs(60));
        QVERIFY(back.ok());
        auto again = Lifecycle::transition(back.value(), S::Mitigated, first.addSecs(900));
        QVERIFY(again.ok());
        QCOMPARE(again->mitigatedAt, first);
    }

    void reopen_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<bool>("allowed");
        for (S s : allIncidentStatuses())
            QTest::addRow("%s", qPrintable(statusKey(s))) << s << !isOpenStatus(s);
    }

    void reopen()
    {
        QFETCH(S, from);
        QFETCH(bool, allowed);
        Incident i = incidentIn(from);
        i.mitigatedAt = i.startedAt.addSecs(100);
        i.resolvedAt = i.startedAt.addSecs(200);
        i.closedAt = i.startedAt.addSecs(300);
        QCOMPARE(Lifecycle::canReopen(from), allowed);
        const auto r = Lifecycle::reopen(i);
        QCOMPARE(r.ok(), allowed);
        if (allowed) {
            QCOMPARE(r->status, S::Investigating);
            QVERIFY(!r->resolvedAt.isValid());
            QVERIFY(!r->closedAt.isValid());
            QCOMPARE(r->mitigatedAt, i.mitigatedAt);
        } else {
            QCOMPARE(r.error().code, QStringLiteral("illegal-transition"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
