// Postmortem status moves, sections, checklist and the pre-fill from an incident's record.
#include "core/postmortem.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;
using P = PostmortemStatus;

Q_DECLARE_METATYPE(warroom::PostmortemStatus)

class TestPostmortem : public QObject {
    Q_OBJECT

private:
    static QDateTime at(int h, int m) { return QDateTime(QDate(2026, 3, 5), QTime(h, m), QTimeZone::utc()); }

    static Incident resolvedIncident()
    {
        Incident i;
        i.id = QUuid::createUuid();
        i.number = 42;
        i.title = QStringLiteral("Checkout errors");
        i.summary = QStringLiteral("Payments failed for EU customers.");
        i.severity = 1;
        i.status = IncidentStatus::Resolved;
        i.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
        i.commander = QStringLiteral("alice");
        i.startedAt = at(10, 0);
        i.detectedAt = at(10, 12);
        i.declaredAt = at(10, 12);
        i.acknowledgedAt = at(10, 15);
        i.mitigatedAt = at(11, 0);
        i.resolvedAt = at(12, 30);
        return i;
    }

    static TimelineEntry entry(const Incident& i, QDateTime when, const QString& text, bool pinned, bool deleted = false)
    {
        TimelineEntry e;
        e.id = QUuid::createUuid();
        e.incidentId = i.id;
        e.occurredAt = when;
        e.recordedAt = when;
        e.author = QStringLiteral("bob");
        e.kind = EntryKind::Decision;
        e.text = text;
        e.pinned = pinned;
        e.deleted = deleted;
        return e;
    }

private slots:
    void statusMoves_data()
    {
        QTest::addColumn<P>("from");
        QTest::addColumn<P>("to");
        QTest::addColumn<bool>("legal");
        const QList<QPair<P, QList<P>>> legal{
            {P::Draft, {P::InReview}},
            {P::InReview, {P::Draft, P::Published}},
            {P::Published, {P::InReview}},
        };
        for (const auto& [from, targets] : legal) {
            for (P to : allPostmortemStatuses()) {
                const QByteArray name = (postmortemStatusKey(from) + QStringLiteral("->") + postmortemStatusKey(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << targets.contains(to);
            }
        }
    }

    void statusMoves()
    {
        QFETCH(P, from);
        QFETCH(P, to);
        QFETCH(bool, legal);
        QCOMPARE(canMovePostmortem(from, to), legal);
        QCOMPARE(allowedPostmortemMoves(from).contains(to), legal);
        Postmortem pm;
        pm.status = from;
        const auto moved = movePostmortem(pm, to, at(13, 0));
        QCOMPARE(moved.ok(), legal);
        if (legal) {
            QCOMPARE(moved->status, to);
            QCOMPARE(moved->publishedAt.isValid(), to == P::Published);
        } else {
            QCOMPARE(moved.error().code, QStringLiteral("illegal-transition"));
        }
    }

    void keysRoundTrip()
    {
        for (P s : allPostmortemStatuses())
            QCOMPARE(parsePostmortemStatusKey(postmortemStatusKey(s)), s);
        QCOMPARE(parsePostmortemStatusKey(QStringLiteral("in-review")), P::InReview);
        QVERIFY(!parsePostmortemStatusKey(QStringLiteral("final")));
        for (PostmortemField f : allPostmortemFields()) {
            QCOMPARE(parsePostmortemFieldKey(postmortemFieldKey(f)), f);
            QVERIFY(!postmortemFieldDisplayName(f).isEmpty());
        }
        QCOMPARE(parsePostmortemFieldKey(QStringLiteral("root-causes")), PostmortemField::RootCauses);
        for (ChecklistItem c : allChecklistItems())
            QCOMPARE(parseChecklistItemKey(checklistItemKey(c)), c);
    }

    void sectionsAndChecklist()
    {
        Postmortem pm;
        QVERIFY(pm.isEmpty());
        for (PostmortemField f : allPostmortemFields()) {
            pm.setText(f, postmortemFieldKey(f) + QStringLiteral(" text"));
            QCOMPARE(pm.text(f), postmortemFieldKey(f) + QStringLiteral(" text"));
        }
        QVERIFY(!pm.isEmpty());
        pm.setChecked(ChecklistItem::SharedWithStakeholders, true);
        pm.setChecked(ChecklistItem::KeyDataCollected, true);
        pm.setChecked(ChecklistItem::KeyDataCollected, true);
        QCOMPARE(pm.checked, (QList<ChecklistItem>{ChecklistItem::KeyDataCollected, ChecklistItem::SharedWithStakeholders}));
        pm.setChecked(ChecklistItem::KeyDataCollected, false);
        QCOMPARE(pm.checked, QList<ChecklistItem>{ChecklistItem::SharedWithStakeholders});
        QVERIFY(pm.isChecked(ChecklistItem::SharedWithStakeholders));
    }

    void durationsUseMetricsDefinitions()
    {
        const Incident i = resolvedIncident();
        const auto d = postmortemDurations(i);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d[0].metric, DurationMetric::Ttd);
        QCOMPARE(*d[0].seconds, 12 * 60);
        QCOMPARE(*d[1].seconds, 3 * 60);
        QCOMPARE(*d[2].seconds, 60 * 60);
        QCOMPARE(*d[3].seconds, 150 * 60);
        Incident open = i;
        open.resolvedAt = {};
        QVERIFY(!postmortemDurations(open)[3].seconds);
    }

    void prefill()
    {
        const Incident i = resolvedIncident();
        Incident other = resolvedIncident();
        const QList<TimelineEntry> entries{
            entry(i, at(11, 0), QStringLiteral("Rolled back release 7.3"), true),
            entry(i, at(10, 20), QStringLiteral("Payments provider is failing"), true),
            entry(i, at(10, 25), QStringLiteral("unpinned chatter"), false),
            entry(i, at(10, 30), QStringLiteral("deleted pin"), true, true),
            entry(other, at(10, 40), QStringLiteral("another incident"), true),
        };
        RoleAssignment ic;
        ic.id = QUuid::createUuid();
        ic.incidentId = i.id;
        ic.role = IncidentRole::Commander;
        ic.holder = QStringLiteral("alice");
        ic.startedAt = at(10, 12);
        ActionItem keep;
        keep.id = QUuid::createUuid();
        keep.incidentId = i.id;
        keep.text = QStringLiteral("Add a canary");
        ActionItem cancelled = keep;
        cancelled.id = QUuid::createUuid();
        cancelled.state = ActionState::Cancelled;

        const QUuid id = QUuid::createUuid();
        const Postmortem pm = prefillPostmortem(i, entries, {ic}, {keep, cancelled}, at(14, 0), QStringLiteral("carol"), id);
        QCOMPARE(pm.id, id);
        QCOMPARE(pm.incidentId, i.id);
        QCOMPARE(pm.status, P::Draft);
        QCOMPARE(pm.summary, i.summary);
        QVERIFY2(pm.impact.contains(QStringLiteral("SEV1")), qPrintable(pm.impact));
        QVERIFY(pm.impact.contains(QStringLiteral("checkout, payments")));
        QVERIFY2(pm.impact.contains(QStringLiteral("2026-03-05 10:00 UTC to 2026-03-05 12:30 UTC (2h 30m)")),
                 qPrintable(pm.impact));
        QVERIFY2(pm.detection.contains(QStringLiteral("12m after impact began")), qPrintable(pm.detection));
        QVERIFY(pm.detection.contains(QStringLiteral("Acknowledged 3m after detection")));
        QCOMPARE(pm.timeline.size(), 2);
        QCOMPARE(pm.timeline[0].text, QStringLiteral("Payments provider is failing"));
        QCOMPARE(pm.timeline[0].at, at(10, 20));
        QCOMPARE(pm.timeline[0].kind, EntryKind::Decision);
        QCOMPARE(pm.timeline[1].text, QStringLiteral("Rolled back release 7.3"));
        QCOMPARE(pm.roles.size(), 1);
        QCOMPARE(pm.roles[0].holder, QStringLiteral("alice"));
        QCOMPARE(pm.actionItemIds, QList<QUuid>{keep.id});
        QVERIFY(pm.fiveWhys.isEmpty());
        QCOMPARE(pm.createdBy, QStringLiteral("carol"));
        QCOMPARE(pm.createdAt, at(14, 0));

        Incident untitled = i;
        untitled.summary.clear();
        QCOMPARE(prefillPostmortem(untitled, {}, {}, {}, at(14, 0), QStringLiteral("carol")).summary, i.title);
        QVERIFY(!prefillPostmortem(untitled, {}, {}, {}, at(14, 0), QStringLiteral("carol")).id.isNull());
    }
};

QTEST_GUILESS_MAIN(TestPostmortem)
#include "tst_postmortem.moc"
