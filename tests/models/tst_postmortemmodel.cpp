// PostmortemModel and its section, five-whys, checklist and action-item models over a
// temp-file SQLite Workspace on a FixedClock, each under QAbstractItemModelTester: pre-fill,
// undoable edits (merged typing), conflicts with a second client, status moves.
#include "models/postmortemmodel.h"
#include "models/workspace.h"

#include "storage/postmortemrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace warroom;

class TestPostmortemModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_ws;
    QUuid m_incident;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("pm%1.db").arg(++n)), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        m_ws = std::move(ws.value());
        m_ws->setActor(QStringLiteral("alice"));
        DeclareRequest r;
        r.title = QStringLiteral("Search is slow");
        r.severity = 2;
        r.startedAt = m_clock.nowUtc().addSecs(-3600);
        const auto i = m_ws->service().declare(r, QStringLiteral("alice"));
        QVERIFY(i.ok());
        m_incident = i->id;
        QVERIFY(m_ws->service().addEntry(m_incident, EntryKind::Decision, QStringLiteral("Scale out the index"),
                                         QStringLiteral("alice"), m_clock.nowUtc().addSecs(-600), true));
        ActionItem a;
        a.id = QUuid::createUuid();
        a.incidentId = m_incident;
        a.text = QStringLiteral("Load-test the index");
        a.owner = QStringLiteral("alice");
        QVERIFY(m_ws->service().addActionItem(a, QStringLiteral("alice")).ok());
        QVERIFY(m_ws->service().changeStatus(m_incident, IncidentStatus::Resolved, QStringLiteral("alice")).ok());
    }

    void cleanup() { m_ws.reset(); }

    void prefillAndModels()
    {
        QUndoStack undo;
        PostmortemModel model(m_ws.get(), &undo);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(model.whys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(model.checklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(model.actions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setIncident(m_incident).ok());
        QVERIFY(!model.exists());
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("x")));

        QSignalSpy changed(&model, &PostmortemModel::postmortemChanged);
        QVERIFY(model.createFromIncident().ok());
        QVERIFY(model.exists());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Summary"));
        QCOMPARE(model.index(0).data(Qt::EditRole).toString(), QStringLiteral("Search is slow"));
        QCOMPARE(model.index(3).data(PostmortemModel::FieldRole).toString(), QStringLiteral("root_causes"));
        QCOMPARE(model.postmortem().timeline.size(), 1);
        QCOMPARE(model.actions()->rowCount(), 1);
        QCOMPARE(model.actions()->index(0, PostmortemActionsModel::OwnerColumn).data().toString(), QStringLiteral("@alice"));
        QCOMPARE(model.checklist()->rowCount(), 5);
        QCOMPARE(model.checklist()->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void editsAreUndoableAndMerged()
    {
        QUndoStack undo;
        PostmortemModel model(m_ws.get(), &undo);
        QAbstractItemModelTester tester(model.whys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setIncident(m_incident).ok());
        QVERIFY(model.createFromIncident().ok());
        PostmortemRepository repo(m_ws->database(), m_clock);

        // Typing into one section: two edits, one undo step.
        QVERIFY(model.setData(model.index(3), QStringLiteral("Index shard")));
        QVERIFY(model.setData(model.index(3), QStringLiteral("Index shard was hot")));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(repo.findForIncident(m_incident)->rootCauses, QStringLiteral("Index shard was hot"));

        model.edit(PostmortemPart{PostmortemPart::Kind::Whys, {}}, QStringList{QStringLiteral("Why slow?"), QStringLiteral("Why hot?")});
        QCOMPARE(model.whys()->rowCount(), 2);
        QVERIFY(model.whys()->setData(model.whys()->index(1), QStringLiteral("Why was one shard hot?")));
        QCOMPARE(repo.findForIncident(m_incident)->fiveWhys.at(1), QStringLiteral("Why was one shard hot?"));
        QVERIFY(model.checklist()->setData(model.checklist()->index(2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(repo.findForIncident(m_incident)->checked, QList<ChecklistItem>{ChecklistItem::RootCauseDeep});
        QCOMPARE(undo.count(), 4);

        undo.undo();   // checklist
        undo.undo();   // why 2 text
        QCOMPARE(repo.findForIncident(m_incident)->fiveWhys.at(1), QStringLiteral("Why hot?"));
        QVERIFY(repo.findForIncident(m_incident)->checked.isEmpty());
        QCOMPARE(model.whys()->index(1).data().toString(), QStringLiteral("Why hot?"));
        undo.undo();
        undo.undo();
        QCOMPARE(repo.findForIncident(m_incident)->rootCauses, QString());
        undo.redo();
        QCOMPARE(model.index(3).data(Qt::EditRole).toString(), QStringLiteral("Index shard was hot"));
    }

    void timelineFollowsPins()
    {
        QUndoStack undo;
        PostmortemModel model(m_ws.get(), &undo);
        QVERIFY(model.setIncident(m_incident).ok());
        QVERIFY(model.createFromIncident().ok());
        QCOMPARE(model.postmortem().timeline.size(), 1);
        // Another entry is pinned after the pre-fill; the narrative takes it on request.
        QVERIFY(m_ws->service().addEntry(m_incident, EntryKind::Action, QStringLiteral("Rebuilt shard 3"),
                                         QStringLiteral("alice"), m_clock.nowUtc().addSecs(-300), true));
        model.syncTimelineFromIncident();
        PostmortemRepository repo(m_ws->database(), m_clock);
        const auto stored = repo.findForIncident(m_incident);
        QCOMPARE(stored->timeline.size(), 2);
        QCOMPARE(stored->timeline[1].text, QStringLiteral("Rebuilt shard 3"));
        QCOMPARE(stored->timeline[1].kind, EntryKind::Action);
        QCOMPARE(stored->timeline[1].at, m_clock.nowUtc().addSecs(-300));
        QCOMPARE(model.postmortem().timeline.size(), 2);
        undo.undo();
        QCOMPARE(repo.findForIncident(m_incident)->timeline.size(), 1);
        model.syncTimelineFromIncident();
        model.syncTimelineFromIncident();   // nothing new: no second step
        QCOMPARE(undo.count(), 1);
    }

    void conflictWithAnotherClient()
    {
        QUndoStack undo;
        PostmortemModel model(m_ws.get(), &undo);
        QVERIFY(model.setIncident(m_incident).ok());
        QVERIFY(model.createFromIncident().ok());
        // Another client (its own connection) changes the lessons.
        auto other = Database::open(m_ws->database()->url());
        QVERIFY(other.ok());
        PostmortemRepository theirs(other.value(), m_clock);
        Postmortem pm = theirs.findForIncident(m_incident).value();
        pm.lessons = QStringLiteral("Theirs");
        QVERIFY(theirs.save(pm, pm.version, QStringLiteral("bob")).ok());

        // Our edit of the same section, from the stale view, is refused and the view reloads.
        QSignalSpy failed(&model, &PostmortemModel::failed);
        QVERIFY(model.setData(model.index(8), QStringLiteral("Ours")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("conflict"));
        QCOMPARE(undo.count(), 0);
        QCOMPARE(model.index(8).data(Qt::EditRole).toString(), QStringLiteral("Theirs"));
        // A different section still saves (the check is per part).
        QVERIFY(model.setData(model.index(6), QStringLiteral("Paging was slow")));
        QCOMPARE(theirs.findForIncident(m_incident)->wentBadly, QStringLiteral("Paging was slow"));
        QCOMPARE(theirs.findForIncident(m_incident)->lessons, QStringLiteral("Theirs"));
    }

    void statusMoves()
    {
        PostmortemModel model(m_ws.get(), nullptr);
        QVERIFY(model.setIncident(m_incident).ok());
        QVERIFY(model.createFromIncident().ok());
        QCOMPARE(model.changeStatus(PostmortemStatus::Published).error().code, QStringLiteral("illegal-transition"));
        QVERIFY(model.changeStatus(PostmortemStatus::InReview).ok());
        QVERIFY(model.changeStatus(PostmortemStatus::Published).ok());
        QCOMPARE(model.postmortem().status, PostmortemStatus::Published);
        QVERIFY(model.postmortem().publishedAt.isValid());
    }
};

QTEST_MAIN(TestPostmortemModel)
#include "tst_postmortemmodel.moc"
