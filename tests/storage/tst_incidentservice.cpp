// The war-room operations on SQLite and on a real PostgreSQL server (rows "sqlite" and
// "postgresql"; see testdatabases.h): every write with its timeline entry, in one transaction.
#include "testdatabases.h"

#include "storage/changelog.h"
#include "storage/incidentservice.h"
#include "core/timeformat.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestIncidentService : public QObject {
    Q_OBJECT

private:
    test::TestDatabases m_dbs;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc())};

    std::unique_ptr<IncidentService> freshService()
    {
        auto db = m_dbs.newDatabase();
        if (!db)
            qFatal("cannot open a test database (%s)", qPrintable(test::TestDatabases::backend()));
        return std::make_unique<IncidentService>(db, m_clock);
    }

    static int count(IncidentService& s, const QString& table)
    {
        auto q = s.database()->run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    Incident declare(IncidentService& s, const QString& actor = QStringLiteral("alice"))
    {
        DeclareRequest r;
        r.title = QStringLiteral("Checkout returns 502");
        r.severity = 2;
        r.services = {QStringLiteral("Checkout")};
        r.startedAt = m_clock.nowUtc().addSecs(-600);
        auto i = s.declare(r, actor);
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        return i.value();
    }

private slots:
    void initTestCase_data() { test::TestDatabases::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dbs.isValid()); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void declareMakesDeclarerCommander()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        QCOMPARE(i.ref(), QStringLiteral("INC-1"));
        QCOMPARE(i.status, IncidentStatus::Investigating);
        QCOMPARE(i.commander, QStringLiteral("alice"));
        QCOMPARE(i.declaredAt, m_clock.nowUtc());
        QCOMPARE(i.detectedAt, m_clock.nowUtc());
        QCOMPARE(i.startedAt, m_clock.nowUtc().addSecs(-600));
        const auto roles = s->currentRoles(i.id);
        QCOMPARE(roles->size(), 1);
        QCOMPARE(roles->first().role, IncidentRole::Commander);
        QCOMPARE(roles->first().holder, QStringLiteral("alice"));
        QVERIFY(s->findPerson(QStringLiteral("alice")).ok());
        const auto timeline = s->repository().timeline(i.id);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->first().kind, EntryKind::StatusChange);
        QCOMPARE(timeline->first().author, QStringLiteral("alice"));

        DeclareRequest bad;
        bad.title = QStringLiteral("   ");
        QCOMPARE(s->declare(bad, QStringLiteral("alice")).error().code, QStringLiteral("invalid"));
        bad.title = QStringLiteral("Future");
        bad.startedAt = m_clock.nowUtc().addSecs(3600);
        QCOMPARE(s->declare(bad, QStringLiteral("alice")).error().code, QStringLiteral("invalid"));
        QCOMPARE(count(*s, QStringLiteral("incidents")), 1);
    }

    void statusChangesStampAndRecord()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        m_clock.advance(300);
        auto mitigated = s->changeStatus(i.id, IncidentStatus::Mitigated, QStringLiteral("bob"));
        QVERIFY2(mitigated.ok(), qPrintable(mitigated.errorText()));
        QCOMPARE(mitigated->mitigatedAt, m_clock.nowUtc());
        QCOMPARE(mitigated->version, i.version + 1);
        auto illegal = s->changeStatus(i.id, IncidentStatus::Closed, QStringLiteral("bob"));
        QCOMPARE(illegal.error().code, QStringLiteral("illegal-transition"));
        auto stale = s->changeStatus(i.id, IncidentStatus::Resolved, QStringLiteral("bob"), i.version);
        QCOMPARE(stale.error().code, QStringLiteral("conflict"));
        auto resolved = s->changeStatus(i.id, IncidentStatus::Resolved, QStringLiteral("bob"), mitigated->version);
        QVERIFY(resolved.ok());
        auto reopened = s->reopen(i.id, QStringLiteral("bob"));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->status, IncidentStatus::Investigating);
        QVERIFY(!reopened->resolvedAt.isValid());
        const auto timeline = s->repository().timeline(i.id).value();
        QStringList texts;
        for (const TimelineEntry& e : timeline)
            texts << e.text;
        QVERIFY(texts.contains(QStringLiteral("Status Investigating → Mitigated.")));
        QVERIFY(texts.contains(QStringLiteral("Status Mitigated → Resolved.")));
        QVERIFY(texts.contains(QStringLiteral("Reopened: status Resolved → Investigating.")));
        QCOMPARE(timeline.size(), 4);   // declare + 3 changes; the failed ones wrote nothing
    }

    void reclassifyAndCorrect()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        m_clock.advance(10);
        auto sev1 = s->reclassify(i.id, 1, QStringLiteral("alice"));
        QVERIFY(sev1.ok());
        QCOMPARE(sev1->severity, 1);
        QCOMPARE(s->reclassify(i.id, 1, QStringLiteral("alice")).error().code, QStringLiteral("invalid"));
        const QDateTime wrongStart = i.startedAt;
        const QDateTime earlier = m_clock.nowUtc().addSecs(-3600);
        m_clock.advance(10);
        auto corrected = s->correctTime(i.id, LifecycleField::Started, earlier, QStringLiteral("alice"));
        QVERIFY(corrected.ok());
        QCOMPARE(corrected->startedAt, earlier);
        QCOMPARE(s->correctTime(i.id, LifecycleField::Resolved, earlier, QStringLiteral("alice")).error().code,
                 QStringLiteral("not-reached"));
        QCOMPARE(s->correctTime(i.id, LifecycleField::Started, m_clock.nowUtc().addSecs(60), QStringLiteral("alice"))
                     .error()
                     .code,
                 QStringLiteral("bad-time"));
        const auto timeline = s->repository().timeline(i.id).value();
        QCOMPARE(timeline.at(1).text, QStringLiteral("Severity SEV2 → SEV1."));
        QCOMPARE(timeline.at(2).text, QStringLiteral("Corrected started_at: %1 → %2.")
                                          .arg(toIsoUtc(wrongStart), toIsoUtc(earlier)));
    }

    void editsKeepRevisions()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        auto entry = s->addEntry(i.id, EntryKind::Note, QStringLiteral("DB failover started"), QStringLiteral("sam"),
                                 m_clock.nowUtc().addSecs(-120));
        QVERIFY(entry.ok());
        QCOMPARE(entry->occurredAt, m_clock.nowUtc().addSecs(-120));
        QCOMPARE(entry->recordedAt, m_clock.nowUtc());
        QVERIFY(s->revisions(entry->id)->isEmpty());
        m_clock.advance(60);
        EntryChange change;
        change.text = QStringLiteral("DB failover started (us-east-1)");
        auto edited = s->editEntry(entry->id, entry->version, change, QStringLiteral("ivy"));
        QVERIFY2(edited.ok(), qPrintable(edited.errorText()));
        QCOMPARE(edited->version, 2);
        EntryChange del;
        del.deleted = true;
        QCOMPARE(s->editEntry(entry->id, entry->version, del, QStringLiteral("ivy")).error().code,
                 QStringLiteral("conflict"));
        auto deleted = s->editEntry(entry->id, edited->version, del, QStringLiteral("ivy"));
        QVERIFY(deleted.ok());
        const auto revs = s->revisions(entry->id).value();
        QCOMPARE(revs.size(), 3);
        QCOMPARE(revs[0].text, QStringLiteral("DB failover started"));
        QCOMPARE(revs[0].editor, QStringLiteral("sam"));
        QCOMPARE(revs[1].text, QStringLiteral("DB failover started (us-east-1)"));
        QCOMPARE(revs[1].editor, QStringLiteral("ivy"));
        QCOMPARE(revs[1].editedAt, m_clock.nowUtc());
        QVERIFY(!revs[1].deleted);
        QVERIFY(revs[2].deleted);
        QCOMPARE(s->repository().timeline(i.id)->size(), 1);          // soft-deleted entry hidden
        QCOMPARE(s->repository().timeline(i.id, true)->size(), 2);    // but kept
        QCOMPARE(s->revisionsOfIncident(i.id)->value(entry->id).size(), 3);
    }

    void actionEntryCreatesActionItem()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        auto entry = s->addEntry(i.id, EntryKind::Action, QStringLiteral("Add a canary for checkout"),
                                 QStringLiteral("alice"));
        QVERIFY(entry.ok());
        auto items = s->actionItems(i.id).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].text, QStringLiteral("Add a canary for checkout"));
        QCOMPARE(items[0].sourceEntryId, entry->id);
        QCOMPARE(items[0].state, ActionState::Open);

        Person bob;
        bob.handle = QStringLiteral("bob");
        QVERIFY(s->savePerson(bob).ok());
        ActionItem item = items[0];
        item.owner = QStringLiteral("bob");
        item.dueAt = m_clock.nowUtc().addSecs(-60);
        auto updated = s->updateActionItem(item, item.version, QStringLiteral("alice"));
        QVERIFY2(updated.ok(), qPrintable(updated.errorText()));
        QVERIFY(updated->isOverdue(m_clock.nowUtc()));
        item = updated.value();
        item.state = ActionState::Done;
        m_clock.advance(10);
        QVERIFY(s->updateActionItem(item, item.version, QStringLiteral("bob")).ok());
        QCOMPARE(s->updateActionItem(item, item.version, QStringLiteral("bob")).error().code, QStringLiteral("conflict"));
        QCOMPARE(s->actionItemsOwnedBy(QStringLiteral("bob"))->size(), 1);
        item.owner = QStringLiteral("nobody");
        QCOMPARE(s->addActionItem(item, QStringLiteral("alice")).error().code, QStringLiteral("unknown-person"));
        const auto timeline = s->repository().timeline(i.id).value();
        QCOMPARE(timeline.last().text, QStringLiteral("Action item \"Add a canary for checkout\": Open → Done."));
    }

    void rolesAndHandOffs()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        for (const char* h : {"bob", "carol", "dan"}) {
            Person p;
            p.handle = QString::fromLatin1(h);
            QVERIFY(s->savePerson(p).ok());
        }
        QCOMPARE(s->assignRole(i.id, IncidentRole::Scribe, QStringLiteral("zed"), QStringLiteral("alice")).error().code,
                 QStringLiteral("unknown-person"));
        QVERIFY(s->assignRole(i.id, IncidentRole::Scribe, QStringLiteral("bob"), QStringLiteral("alice")).ok());
        QVERIFY(s->assignRole(i.id, IncidentRole::SubjectMatterExpert, QStringLiteral("carol"), QStringLiteral("alice")).ok());
        QVERIFY(s->assignRole(i.id, IncidentRole::SubjectMatterExpert, QStringLiteral("dan"), QStringLiteral("alice")).ok());
        QCOMPARE(s->currentRoles(i.id)->size(), 4);

        m_clock.advance(600);
        HandOffBrief brief;
        brief.objectives = QStringLiteral("Finish the failover");
        brief.nextUpdateDue = m_clock.nowUtc().addSecs(900);
        auto handOff = s->requestHandOff(i.id, IncidentRole::Commander, QStringLiteral("carol"), brief,
                                         QStringLiteral("alice"));
        QVERIFY2(handOff.ok(), qPrintable(handOff.errorText()));
        QVERIFY(handOff->isPending());
        QCOMPARE(s->requestHandOff(i.id, IncidentRole::Commander, QStringLiteral("dan"), brief, QStringLiteral("alice"))
                     .error()
                     .code,
                 QStringLiteral("invalid"));   // one pending hand-off per role
        QCOMPARE(s->repository().findById(i.id)->commander, QStringLiteral("alice"));   // not yet
        m_clock.advance(30);
        auto accepted = s->acceptHandOff(handOff->id, QStringLiteral("carol"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.errorText()));
        QCOMPARE(s->repository().findById(i.id)->commander, QStringLiteral("carol"));
        QCOMPARE(s->acceptHandOff(handOff->id, QStringLiteral("carol")).error().code, QStringLiteral("invalid"));

        const auto history = s->roleHistory(i.id).value();
        QList<RoleAssignment> commanders;
        for (const RoleAssignment& a : history) {
            if (a.role == IncidentRole::Commander)
                commanders << a;
        }
        QCOMPARE(commanders.size(), 2);
        QCOMPARE(commanders[0].holder, QStringLiteral("alice"));
        QCOMPARE(commanders[0].endedAt, m_clock.nowUtc());
        QCOMPARE(commanders[1].holder, QStringLiteral("carol"));
        QVERIFY(commanders[1].isCurrent());

        const auto timeline = s->repository().timeline(i.id).value();
        QVERIFY(timeline.at(timeline.size() - 2).text.contains(QStringLiteral("Objectives: Finish the failover")));
        QCOMPARE(timeline.last().kind, EntryKind::HandOff);
        QCOMPARE(timeline.last().text, QStringLiteral("Hand-off accepted: @carol is now Incident Commander (was @alice)."));

        // A direct hand-off through assignRole (the command line's path) with a brief.
        brief = {};
        brief.notes = QStringLiteral("Over to you");
        m_clock.advance(10);
        QVERIFY(s->assignRole(i.id, IncidentRole::Commander, QStringLiteral("dan"), QStringLiteral("carol"), brief).ok());
        QCOMPARE(s->repository().findById(i.id)->commander, QStringLiteral("dan"));
        QVERIFY(s->repository().timeline(i.id)->last().text.endsWith(QStringLiteral("Notes: Over to you")));
    }

    void peopleCsvIsOneTransaction()
    {
        auto s = freshService();
        const QByteArray good = "handle,name,team,contact\r\nbob,\"Bob, Jr.\",SRE,+1 555\r\ncarol,Carol,DB,\"chat: \"\"c\"\"\"\r\n";
        QCOMPARE(s->importPeopleCsv(good).value(), 2);
        QCOMPARE(s->findPerson(QStringLiteral("bob"))->name, QStringLiteral("Bob, Jr."));
        QCOMPARE(s->findPerson(QStringLiteral("carol"))->contact, QStringLiteral("chat: \"c\""));
        const QByteArray bad = "handle,name\ndan,Dan\nerin\n";
        const auto r = s->importPeopleCsv(bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("Line 3")), qPrintable(r.error().message));
        QVERIFY(!s->findPerson(QStringLiteral("dan")).ok());
        QCOMPARE(s->importPeopleCsv("name\nx\n").error().code, QStringLiteral("invalid"));
        QCOMPARE(s->importPeopleCsv("handle\nnot a handle\n").error().code, QStringLiteral("invalid"));
        QCOMPARE(count(*s, QStringLiteral("people")), 2);
    }

    void nestedFailureRollsBackEverything()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        const int entriesBefore = count(*s, QStringLiteral("timeline_entries"));
        {
            SqlTransaction outer(*s->database());
            QVERIFY(s->addEntry(i.id, EntryKind::Note, QStringLiteral("inside"), QStringLiteral("alice")).ok());
            // A failing nested operation poisons the outer transaction.
            QVERIFY(!s->changeStatus(i.id, IncidentStatus::Closed, QStringLiteral("alice")).ok());
            const auto committed = outer.commit();
            QVERIFY(!committed.ok());
        }
        QCOMPARE(count(*s, QStringLiteral("timeline_entries")), entriesBefore);
    }

    void stakeholderUpdates()
    {
        auto s = freshService();
        const Incident i = declare(*s);
        QVERIFY(!s->lastStakeholderUpdateAt(i.id).value().isValid());
        m_clock.advance(120);
        auto posted = s->postStakeholderUpdate(i.id, QStringLiteral("We are investigating."), QStringLiteral("cl"));
        QVERIFY(posted.ok());
        QVERIFY(posted->isPublic);
        QCOMPARE(posted->kind, EntryKind::StakeholderUpdate);
        QCOMPARE(s->lastStakeholderUpdateAt(i.id).value(), m_clock.nowUtc());
        QCOMPARE(s->lastStakeholderUpdates()->value(i.id), m_clock.nowUtc());
    }

    void changesRecordTheActor()
    {
        auto s = freshService();
        const qint64 before = ChangeLog(s->database()).latestSeq().value();
        const Incident i = declare(*s, QStringLiteral("alice"));
        auto entry = s->addEntry(i.id, EntryKind::Action, QStringLiteral("Page the DB team"), QStringLiteral("sam"));
        QVERIFY2(entry.ok(), qPrintable(entry.errorText()));
        const auto log = ChangeLog(s->database()).since(before, 1000).value();
        // declare: person, incident, status entry, commander span; addEntry: entry and action item.
        QStringList tables;
        for (const Change& c : log)
            tables << c.table + QLatin1Char(':') + c.actor;
        QCOMPARE(tables, (QStringList{QStringLiteral("people:alice"), QStringLiteral("incidents:alice"),
                                      QStringLiteral("timeline_entries:alice"), QStringLiteral("role_assignments:alice"),
                                      QStringLiteral("timeline_entries:sam"), QStringLiteral("action_items:sam")}));
        QCOMPARE(log.at(4).rowId, entry->id);
        QCOMPARE(log.at(4).incidentRef(), i.ref());
        QVERIFY(s->database()->actor().isEmpty());   // restored after each operation

        // Inside a caller's transaction the operation's actor applies to its writes only.
        {
            SqlTransaction outer(*s->database());
            QVERIFY(s->database()->setActor(QStringLiteral("ivy")).ok());
            QVERIFY(s->addEntry(i.id, EntryKind::Note, QStringLiteral("by sam"), QStringLiteral("sam")).ok());
            QCOMPARE(s->database()->actor(), QStringLiteral("ivy"));
            Person p;
            p.handle = QStringLiteral("zoe");
            QVERIFY(s->savePerson(p).ok());   // no actor of its own: the transaction's
            QVERIFY(outer.commit().ok());
        }
        QVERIFY(s->database()->setActor(QString()).ok());
        const auto more = ChangeLog(s->database()).since(log.last().seq, 1000).value();
        QCOMPARE(more.size(), 2);
        QCOMPARE(more.at(0).actor, QStringLiteral("sam"));
        QCOMPARE(more.at(1).table, QStringLiteral("people"));
        QCOMPARE(more.at(1).actor, QStringLiteral("ivy"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
