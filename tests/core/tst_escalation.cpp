// The escalation planner: who is due when, at the exact boundaries, across repeats, and
// nothing once someone acknowledges. Time comes from a FixedClock moved by hand.
#include "core/clock.h"
#include "core/escalation.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

namespace {

const QDateTime kT0(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());

EscalationStep step(qint64 minutes, EscalationTargetKind kind, const QString& target)
{
    return EscalationStep{minutes * 60, kind, target};
}

EscalationPolicy threeSteps()
{
    EscalationPolicy p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("Payments on-call");
    p.steps = {step(5, EscalationTargetKind::Person, QStringLiteral("alice")),
               step(15, EscalationTargetKind::RoleHolder, QStringLiteral("commander")),
               step(30, EscalationTargetKind::Webhook, QStringLiteral("https://hooks.example.com/x"))};
    return p;
}

Incident triggered()
{
    Incident i;
    i.id = QUuid::createUuid();
    i.number = 7;
    i.severity = 2;
    i.status = IncidentStatus::Triggered;
    i.services = {QStringLiteral("Payments")};
    i.startedAt = kT0.addSecs(-120);
    i.detectedAt = kT0;
    return i;
}

QList<int> steps(const EscalationPlan& plan)
{
    QList<int> out;
    for (const DuePage& p : plan.due)
        out << p.key.stepIndex;
    return out;
}

} // namespace

class TestEscalation : public QObject {
    Q_OBJECT

private slots:
    void nothingBeforeTheFirstDelay()
    {
        FixedClock clock(kT0.addSecs(5 * 60 - 1));
        const auto plan = planEscalation(threeSteps(), triggered(), {}, false, clock.nowUtc());
        QVERIFY(plan.due.isEmpty());
        QCOMPARE(plan.nextDueAt, kT0.addSecs(5 * 60));
        QVERIFY(!plan.cancel);
    }

    void dueExactlyAtTheBoundary()
    {
        FixedClock clock(kT0.addSecs(5 * 60));
        const auto plan = planEscalation(threeSteps(), triggered(), {}, false, clock.nowUtc());
        QCOMPARE(steps(plan), QList<int>{0});
        QCOMPARE(plan.due.first().dueAt, kT0.addSecs(300));
        QCOMPARE(plan.due.first().step.target, QStringLiteral("alice"));
        QCOMPARE(plan.due.first().key.round, 0);
        QCOMPARE(plan.nextDueAt, kT0.addSecs(15 * 60));
    }

    void walksTheStepsInOrder()
    {
        const EscalationPolicy p = threeSteps();
        const Incident i = triggered();
        FixedClock clock(kT0);
        QSet<PageKey> sent;
        QList<int> order;
        for (int minute = 0; minute <= 60; ++minute) {
            clock.set(kT0.addSecs(minute * 60));
            const auto plan = planEscalation(p, i, sent, false, clock.nowUtc());
            for (const DuePage& d : plan.due) {
                QCOMPARE(d.dueAt, clock.nowUtc()); // evaluated every minute: due at once
                sent.insert(d.key);
                order << d.key.stepIndex;
            }
        }
        QCOMPARE(order, (QList<int>{0, 1, 2}));
        QVERIFY(!planEscalation(p, i, sent, false, kT0.addSecs(3600)).nextDueAt.isValid());
    }

    void alreadySentIsNotDueAgain()
    {
        const auto plan = planEscalation(threeSteps(), triggered(), {PageKey{0, 0}}, false, kT0.addSecs(10 * 60));
        QVERIFY(plan.due.isEmpty());
        QCOMPARE(plan.nextDueAt, kT0.addSecs(15 * 60));
    }

    void catchUpSendsEveryDueStepOnce()
    {
        // A daemon that was down for 20 minutes pages alice and the commander, not twice.
        const auto plan = planEscalation(threeSteps(), triggered(), {}, false, kT0.addSecs(20 * 60));
        QCOMPARE(steps(plan), (QList<int>{0, 1}));
        QCOMPARE(plan.nextDueAt, kT0.addSecs(30 * 60));
    }

    void acknowledgedCancelsEverythingPending()
    {
        Incident i = triggered();
        i.status = IncidentStatus::Acknowledged;
        i.acknowledgedAt = kT0.addSecs(7 * 60);
        const QSet<PageKey> sent{PageKey{0, 0}};
        const auto plan = planEscalation(threeSteps(), i, sent, false, kT0.addSecs(45 * 60));
        QVERIFY(plan.due.isEmpty());
        QVERIFY(!plan.nextDueAt.isValid());
        QVERIFY(plan.cancel);
        QCOMPARE(plan.cancelledCount, 2);
        // Once the stop is recorded there is nothing more to do.
        const auto after = planEscalation(threeSteps(), i, sent, true, kT0.addSecs(45 * 60));
        QVERIFY(!after.cancel);
        QVERIFY(after.due.isEmpty());
    }

    void acknowledgedBeforeAnyPageNeedsNoCancellation()
    {
        Incident i = triggered();
        i.acknowledgedAt = kT0.addSecs(60);
        i.status = IncidentStatus::Investigating;
        const auto plan = planEscalation(threeSteps(), i, {}, false, kT0.addSecs(45 * 60));
        QVERIFY(plan.due.isEmpty());
        QVERIFY(!plan.cancel);
    }

    void acknowledgedAtTheBoundaryWins()
    {
        // Acknowledged in the very second step 2 became due: nothing is paged.
        Incident i = triggered();
        i.status = IncidentStatus::Acknowledged;
        i.acknowledgedAt = kT0.addSecs(15 * 60);
        const auto plan = planEscalation(threeSteps(), i, {PageKey{0, 0}}, false, kT0.addSecs(15 * 60));
        QVERIFY(plan.due.isEmpty());
        QCOMPARE(plan.cancelledCount, 1); // step 3; step 2 was due at the ack itself
    }

    void resolvedWithoutAckStopsToo()
    {
        Incident i = triggered();
        i.status = IncidentStatus::Resolved;
        i.resolvedAt = kT0.addSecs(600);
        const auto plan = planEscalation(threeSteps(), i, {PageKey{0, 0}}, false, kT0.addSecs(10 * 60));
        QVERIFY(plan.due.isEmpty());
        QVERIFY(plan.cancel);
        QCOMPARE(plan.cancelledCount, 2);
    }

    void repeatRounds()
    {
        EscalationPolicy p = threeSteps();
        p.repeatCount = 2;
        p.repeatIntervalSeconds = 10 * 60; // rounds start at 0, 40, 80 minutes
        QCOMPARE(p.roundLengthSeconds(), 40 * 60);
        const Incident i = triggered();
        QSet<PageKey> sent;
        QList<QPair<int, int>> pages;
        for (int minute = 0; minute <= 200; ++minute) {
            const auto plan = planEscalation(p, i, sent, false, kT0.addSecs(minute * 60));
            for (const DuePage& d : plan.due) {
                sent.insert(d.key);
                pages << qMakePair(d.key.stepIndex, d.key.round);
                QCOMPARE(d.dueAt, kT0.addSecs(minute * 60));
            }
        }
        QCOMPARE(pages.size(), 9);
        QCOMPARE(pages.at(3), qMakePair(0, 1)); // alice again at minute 45
        QVERIFY(sent.contains(PageKey{0, 1}));
        QCOMPARE(
            planEscalation(p, i, {PageKey{0, 0}, PageKey{1, 0}, PageKey{2, 0}}, false, kT0.addSecs(44 * 60)).nextDueAt,
            kT0.addSecs(45 * 60));
        QVERIFY(!planEscalation(p, i, sent, false, kT0.addSecs(500 * 60)).nextDueAt.isValid());
    }

    void missedRoundsAreNotPagedLate()
    {
        EscalationPolicy p = threeSteps();
        p.repeatCount = 3;
        p.repeatIntervalSeconds = 0; // rounds every 30 minutes
        const auto plan = planEscalation(p, triggered(), {}, false, kT0.addSecs(65 * 60));
        QCOMPARE(plan.due.size(), 3);
        QCOMPARE(plan.due.at(0).key.round, 2); // alice at 65 (round 2), not rounds 0 and 1
        QCOMPARE(plan.due.at(1).key.round, 1); // commander at 45
        QCOMPARE(plan.due.at(2).key.round, 1); // webhook at 60
        QCOMPARE(plan.nextDueAt, kT0.addSecs(75 * 60));
    }

    void zeroDelayStepFiresAtTrigger()
    {
        EscalationPolicy p;
        p.name = QStringLiteral("Now");
        p.steps = {step(0, EscalationTargetKind::Person, QStringLiteral("bob"))};
        QVERIFY(p.validate().ok());
        QCOMPARE(steps(planEscalation(p, triggered(), {}, false, kT0)), QList<int>{0});
        QVERIFY(planEscalation(p, triggered(), {}, false, kT0.addSecs(-1)).due.isEmpty());
    }

    void startFallsBackToDeclaredThenStarted()
    {
        Incident i = triggered();
        i.detectedAt = {};
        i.declaredAt = kT0.addSecs(60);
        QCOMPARE(escalationStart(i), kT0.addSecs(60));
        i.declaredAt = {};
        QCOMPARE(escalationStart(i), kT0.addSecs(-120));
        i.startedAt = {};
        QVERIFY(planEscalation(threeSteps(), i, {}, false, kT0.addSecs(3600)).due.isEmpty());
    }

    void stepSpecs()
    {
        auto s = parseEscalationStepSpec(QStringLiteral("15:role:commander"));
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
        QCOMPARE(s->delaySeconds, 900);
        QCOMPARE(s->kind, EscalationTargetKind::RoleHolder);
        QCOMPARE(s->toSpec(), QStringLiteral("15:role:commander"));
        s = parseEscalationStepSpec(QStringLiteral("30:webhook:https://hooks.example.com/a?b=c:d"));
        QVERIFY(s.ok());
        QCOMPARE(s->target, QStringLiteral("https://hooks.example.com/a?b=c:d"));
        s = parseEscalationStepSpec(QStringLiteral("90s:person:bob"));
        QCOMPARE(s->delaySeconds, 90);
        QCOMPARE(s->toSpec(), QStringLiteral("90s:person:bob"));
        QCOMPARE(parseEscalationStepSpec(QStringLiteral("x:person:bob")).error().code, QStringLiteral("invalid"));
        QVERIFY(!parseEscalationStepSpec(QStringLiteral("5:pager:bob")).ok());
        QVERIFY(!parseEscalationStepSpec(QStringLiteral("5:person:")).ok());
        QVERIFY(!parseEscalationStepSpec(QStringLiteral("5-person-bob")).ok());
        QVERIFY(!parseEscalationStepSpec(QStringLiteral("-5:person:bob")).ok());
        for (EscalationTargetKind k : allEscalationTargetKinds()) {
            QCOMPARE(parseEscalationTargetKey(escalationTargetKey(k)), k);
            QVERIFY(!escalationTargetDisplayName(k).isEmpty());
        }
    }

    void webhookFormats()
    {
        QCOMPARE(webhookFormat(QStringLiteral("https://hooks.slack.com/services/T/B/x")), WebhookFormat::Slack);
        QCOMPARE(webhookFormat(QStringLiteral("slack+https://chat.example.com/hooks/abc")), WebhookFormat::Slack);
        QCOMPARE(webhookUrl(QStringLiteral("slack+https://chat.example.com/hooks/abc")),
                 QUrl(QStringLiteral("https://chat.example.com/hooks/abc")));
        QCOMPARE(webhookFormat(QStringLiteral("https://ops.example.com/page")), WebhookFormat::Generic);
        EscalationPolicy p = threeSteps();
        p.steps[2].target = QStringLiteral("slack+http://127.0.0.1:9/hook");
        QVERIFY(p.validate().ok());
    }

    void validation()
    {
        QVERIFY(threeSteps().validate().ok());
        EscalationPolicy p = threeSteps();
        p.name.clear();
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        p.steps.clear();
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        std::swap(p.steps[0], p.steps[1]);
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        p.steps[1].target = QStringLiteral("boss");
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        p.steps[2].target = QStringLiteral("ftp://x/y");
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        p.steps[0].target = QStringLiteral("al ice");
        QVERIFY(!p.validate().ok());
        p = threeSteps();
        p.repeatCount = -1;
        QVERIFY(!p.validate().ok());
        EscalationPolicy zero;
        zero.name = QStringLiteral("Zero");
        zero.steps = {step(0, EscalationTargetKind::Person, QStringLiteral("bob"))};
        zero.repeatCount = 3;
        QCOMPARE(zero.validate().error().code, QStringLiteral("invalid"));
        zero.repeatIntervalSeconds = 60;
        QVERIFY(zero.validate().ok());
    }

    void policySelection()
    {
        EscalationPolicy fallback = threeSteps();
        fallback.name = QStringLiteral("Default");
        fallback.isDefault = true;
        EscalationPolicy sev1 = threeSteps();
        sev1.name = QStringLiteral("Critical");
        sev1.minSeverity = 1;
        EscalationPolicy sev2 = threeSteps();
        sev2.name = QStringLiteral("Major");
        sev2.minSeverity = 2;
        EscalationPolicy payments = threeSteps();
        payments.name = QStringLiteral("Payments");
        payments.service = QStringLiteral("payments");
        payments.minSeverity = 3;

        Incident i = triggered(); // SEV2, Payments
        const QList<EscalationPolicy> all{fallback, sev1, sev2, payments};
        QCOMPARE(selectEscalationPolicy(all, i)->name, QStringLiteral("Payments"));
        i.services = {QStringLiteral("Search")};
        QCOMPARE(selectEscalationPolicy(all, i)->name, QStringLiteral("Major"));
        i.severity = 1;
        QCOMPARE(selectEscalationPolicy(all, i)->name, QStringLiteral("Critical"));
        i.severity = 4;
        QCOMPARE(selectEscalationPolicy(all, i)->name, QStringLiteral("Default"));
        QVERIFY(!selectEscalationPolicy({sev1, sev2}, i).has_value());
        QVERIFY(!sev2.appliesTo(i));
        i.severity = 2;
        QVERIFY(sev2.appliesTo(i));
    }
};

QTEST_APPLESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
