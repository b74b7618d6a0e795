// RoleBoardModel, PeopleModel and RoleHistoryModel over a temp-file SQLite database with an
// IncidentService on a FixedClock, each under QAbstractItemModelTester.

#include "models/peoplemodel.h"
#include "models/roleboardmodel.h"
#include "models/rolehistorymodel.h"

#include "core/cadence.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/incidentservice.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

namespace {

using Board = RoleBoardModel;
using History = RoleHistoryModel;

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

std::unique_ptr<QMimeData> personMime(const QString& handles)
{
    auto data = std::make_unique<QMimeData>();
    data->setData(PeopleModel::personMimeType(), handles.toUtf8());
    return data;
}

QStringList timelineTexts(IncidentService& service, const QUuid& incidentId)
{
    QStringList texts;
    const auto entries = service.repository().timeline(incidentId);
    for (const TimelineEntry& e : entries.value())
        texts << e.text;
    return texts;
}

} // namespace

class TestRoleBoardModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void peopleColumnsAndEditing();
    void peopleAddRemoveAndResolve();
    void peopleCsvImportIsAllOrNothing();
    void peopleDragCarriesHandles();

    void boardRowsPerRole();
    void boardAssignAndExperts();
    void boardReleaseRules();
    void boardDropAssignsOrAsksForHandOff();
    void boardSwitchingIncidentsKeepsRows();

    void handOffAcceptedGivesTwoSpans();
    void handOffWithdrawn();
    void draftBriefFromActionItemsAndCadence();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<IncidentService> m_service;
    QUuid m_incident;
};

void TestRoleBoardModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("roles.db"))));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    m_db = db.value();
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_service = std::make_unique<IncidentService>(m_db, *m_clock);
    const QList<Person> people{
        {{}, QStringLiteral("alice"), QStringLiteral("Alice Archer"), QStringLiteral("SRE"), QStringLiteral("+1 555 0100"), 1},
        {{}, QStringLiteral("bob"), QStringLiteral("Bob Brown"), QStringLiteral("Payments"), QStringLiteral("#payments"), 1},
        {{}, QStringLiteral("carol"), QStringLiteral("Carol Chen"), QStringLiteral("Database"), QString(), 1},
        {{}, QStringLiteral("dave"), QString(), QStringLiteral("Networking"), QString(), 1},
    };
    for (const Person& p : people)
        QVERIFY2(m_service->savePerson(p).ok(), qPrintable(p.handle));
    DeclareRequest request;
    request.title = QStringLiteral("Checkout errors");
    request.severity = 1;
    auto declared = m_service->declare(request, QStringLiteral("alice"));
    QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
    m_incident = declared->id;
}

void TestRoleBoardModels::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

// --- PeopleModel ---------------------------------------------------------------------------

void TestRoleBoardModels::peopleColumnsAndEditing()
{
    PeopleModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
    QCOMPARE(model.headerData(PeopleModel::TeamColumn, Qt::Horizontal).toString(), QStringLiteral("Team"));
    QCOMPARE(model.index(0, PeopleModel::HandleColumn).data().toString(), QStringLiteral("@alice"));
    QCOMPARE(model.index(0, PeopleModel::HandleColumn).data(Qt::EditRole).toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Alice Archer"));
    QCOMPARE(model.index(1, 0).data(PeopleModel::LabelRole).toString(), QStringLiteral("Bob Brown (@bob)"));
    QCOMPARE(model.index(3, 0).data(PeopleModel::LabelRole).toString(), QStringLiteral("@dave"));
    QVERIFY(model.index(1, 0).data(PeopleModel::SearchTextRole).toString().contains(QStringLiteral("payments")));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("+1 555 0100")));

    // The handle is the key: not editable. Name, team and contact are, and are stored.
    QVERIFY(!(model.flags(model.index(0, PeopleModel::HandleColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, PeopleModel::HandleColumn), QStringLiteral("alicia")));
    QVERIFY(model.flags(model.index(3, PeopleModel::NameColumn)) & Qt::ItemIsEditable);
    QSignalSpy changed(&model, &PeopleModel::peopleChanged);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(3, PeopleModel::NameColumn), QStringLiteral("  Dave Diaz ")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(model.index(3, 0).data(PeopleModel::LabelRole).toString(), QStringLiteral("Dave Diaz (@dave)"));
    QCOMPARE(m_service->findPerson(QStringLiteral("dave"))->name, QStringLiteral("Dave Diaz"));
    QVERIFY(model.setData(model.index(3, PeopleModel::ContactColumn), QStringLiteral("dave@example.com")));
    QCOMPARE(m_service->findPerson(QStringLiteral("dave"))->contact, QStringLiteral("dave@example.com"));
    // Setting the same value writes nothing.
    QVERIFY(model.setData(model.index(3, PeopleModel::ContactColumn), QStringLiteral("dave@example.com")));
    QCOMPARE(changed.count(), 2);
}

void TestRoleBoardModels::peopleAddRemoveAndResolve()
{
    PeopleModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    Person erin;
    erin.handle = QStringLiteral("@bert");
    erin.name = QStringLiteral("Bert Blue");
    auto added = model.addPerson(erin);
    QVERIFY2(added.ok(), qPrintable(added.errorText()));
    QCOMPARE(added->handle, QStringLiteral("bert"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowForHandle(QStringLiteral("bert")), 1);   // handle order: alice, bert, bob, ...
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(m_service->findPerson(QStringLiteral("bert")).ok());

    auto duplicate = model.addPerson(erin);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("exists"));
    Person bad;
    bad.handle = QStringLiteral("no spaces please");
    auto invalid = model.addPerson(bad);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, QStringLiteral("invalid"));
    QCOMPARE(model.rowCount(), 5);

    QCOMPARE(model.resolveHandle(QStringLiteral("@carol")), QStringLiteral("carol"));
    QCOMPARE(model.resolveHandle(QStringLiteral("Bob Brown (@bob)")), QStringLiteral("bob"));
    QCOMPARE(model.resolveHandle(QStringLiteral("carol chen")), QStringLiteral("carol"));
    QCOMPARE(model.resolveHandle(QStringLiteral("archer")), QStringLiteral("alice"));
    QCOMPARE(model.resolveHandle(QStringLiteral("b")), QString());   // bert, bob: ambiguous
    QCOMPARE(model.resolveHandle(QStringLiteral("nobody")), QString());
    QCOMPARE(model.resolveHandle(QString()), QString());

    QVERIFY(model.removePerson(model.rowForHandle(QStringLiteral("bert"))).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(m_service->findPerson(QStringLiteral("bert")).error().code, QStringLiteral("unknown-person"));
    QVERIFY(!model.removePerson(17).ok());
}

void TestRoleBoardModels::peopleCsvImportIsAllOrNothing()
{
    PeopleModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy changed(&model, &PeopleModel::peopleChanged);

    auto bad = model.importCsv("handle,name,team\nerin,Erin Eve,SRE\nfrank,Frank Fox\n");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("Line 3")), qPrintable(bad.error().message));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(m_service->findPerson(QStringLiteral("erin")).error().code, QStringLiteral("unknown-person"));
    QCOMPARE(changed.count(), 0);

    // Line numbers count the lines of the file, also past a quoted field that spans two.
    auto multiline = model.importCsv("handle,name,contact\nerin,Erin Eve,\"Desk 4\nBuilding B\"\nfrank,Frank Fox\n");
    QVERIFY(!multiline.ok());
    QVERIFY2(multiline.error().message.startsWith(QStringLiteral("Line 4:")), qPrintable(multiline.error().message));
    QCOMPARE(model.rowCount(), 4);

    auto good = model.importCsv("name,handle,contact\n\"Eve, Erin\",erin,+44 20 7946 0000\nFrank Fox,frank,\n"
                                "Bob Brown,bob,#payments-oncall\n");
    QVERIFY2(good.ok(), qPrintable(good.errorText()));
    QCOMPARE(good.value(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    const Person erin = model.personAt(model.rowForHandle(QStringLiteral("erin")));
    QCOMPARE(erin.name, QStringLiteral("Eve, Erin"));
    QCOMPARE(erin.contact, QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(model.person(QStringLiteral("bob"))->contact, QStringLiteral("#payments-oncall"));
}

void TestRoleBoardModels::peopleDragCarriesHandles()
{
    PeopleModel model(*m_service);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.mimeTypes(), QStringList{QStringLiteral("application/x-warroom-person")});
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(
        model.mimeData({model.index(2, 0), model.index(2, 1), model.index(0, 2)}));
    QVERIFY(data);
    QCOMPARE(PeopleModel::handlesFromMime(data.get()), (QStringList{QStringLiteral("carol"), QStringLiteral("alice")}));
    QCOMPARE(data->text(), QStringLiteral("@carol @alice"));
    QVERIFY(PeopleModel::handlesFromMime(nullptr).isEmpty());
}

// --- RoleBoardModel ------------------------------------------------------------------------

void TestRoleBoardModels::boardRowsPerRole()
{
    Board board(*m_service, *m_clock);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(board.rowCount(), 0);
    QVERIFY(!board.indexForRole(IncidentRole::Commander).isValid());
    m_clock->advance(25 * 60);
    QVERIFY(board.load(m_incident).ok());
    QCOMPARE(board.rowCount(), 8);
    QCOMPARE(board.columnCount(), int(Board::ColumnCount));
    QCOMPARE(board.incident()->title, QStringLiteral("Checkout errors"));
    const QList<IncidentRole> roles = allIncidentRoles();
    for (int row = 0; row < board.rowCount(); ++row) {
        const QModelIndex index = board.index(row, Board::RoleColumn);
        QCOMPARE(index.data().toString(), roleDisplayName(roles[row]));
        QCOMPARE(index.data(Board::IncidentRoleRole).toInt(), int(roles[row]));
        QCOMPARE(index.data(Board::RoleKeyRole).toString(), roleKey(roles[row]));
        QCOMPARE(board.roleAt(index), roles[row]);
        QCOMPARE(board.indexForRole(roles[row]), index);
    }
    // The declarer is commander; every other role is vacant.
    const QModelIndex commander = board.indexForRole(IncidentRole::Commander, Board::HolderColumn);
    QCOMPARE(commander.data().toString(), QStringLiteral("Alice Archer (@alice)"));
    QCOMPARE(commander.data(Board::HolderRole).toString(), QStringLiteral("alice"));
    QCOMPARE(commander.data(Board::SinceRole).toDateTime(), utc("2022-07-02T12:00:00Z"));
    QVERIFY(!commander.data(Board::IsVacantRole).toBool());
    QVERIFY(commander.data(Qt::ToolTipRole).toString().contains(QStringLiteral("+1 555 0100")));
    const QString since = board.indexForRole(IncidentRole::Commander, Board::SinceColumn).data().toString();
    QVERIFY2(since.endsWith(QStringLiteral("25m")), qPrintable(since));
    const QModelIndex scribe = board.indexForRole(IncidentRole::Scribe, Board::HolderColumn);
    QCOMPARE(scribe.data().toString(), QStringLiteral("Vacant"));
    QVERIFY(scribe.data(Board::IsVacantRole).toBool());
    QVERIFY(scribe.data(Board::AssignmentIdRole).toUuid().isNull());
    QCOMPARE(board.staffedCount(), 1);
    const QModelIndex experts = board.indexForRole(IncidentRole::SubjectMatterExpert);
    QCOMPARE(board.rowCount(experts), 0);
    QVERIFY(board.flags(experts) & Qt::ItemIsDropEnabled);
    QVERIFY(board.flags(commander) & Qt::ItemNeverHasChildren);

    board.clear();
    QCOMPARE(board.rowCount(), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot load the roles of")));
    auto unknown = board.load(QUuid::createUuid());
    QVERIFY(!unknown.ok());
    QCOMPARE(board.rowCount(), 0);
}

void TestRoleBoardModels::boardAssignAndExperts()
{
    Board board(*m_service, *m_clock);
    board.setActor(QStringLiteral("alice"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.load(m_incident).ok());
    QSignalSpy changed(&board, &Board::changed);
    QSignalSpy resets(&board, &QAbstractItemModel::modelReset);

    m_clock->advance(60);
    auto scribe = board.assign(IncidentRole::Scribe, QStringLiteral("bob"));
    QVERIFY2(scribe.ok(), qPrintable(scribe.errorText()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toUuid(), m_incident);
    QCOMPARE(board.indexForRole(IncidentRole::Scribe, Board::HolderColumn).data().toString(),
             QStringLiteral("Bob Brown (@bob)"));
    QCOMPARE(board.currentHolder(IncidentRole::Scribe)->assignedBy, QStringLiteral("alice"));
    QVERIFY(timelineTexts(*m_service, m_incident).contains(QStringLiteral("@bob is Scribe (assigned by @alice).")));

    // Experts are a list under their row.
    const QModelIndex experts = board.indexForRole(IncidentRole::SubjectMatterExpert);
    QSignalSpy inserted(&board, &QAbstractItemModel::rowsInserted);
    QVERIFY(board.assign(IncidentRole::SubjectMatterExpert, QStringLiteral("carol")).ok());
    m_clock->advance(60);
    QVERIFY(board.assign(IncidentRole::SubjectMatterExpert, QStringLiteral("dave")).ok());
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(0).value<QModelIndex>(), experts);
    QCOMPARE(board.rowCount(experts), 2);
    QCOMPARE(board.index(0, Board::HolderColumn, experts).data().toString(), QStringLiteral("Carol Chen (@carol)"));
    QCOMPARE(board.index(1, Board::HolderColumn, experts).data().toString(), QStringLiteral("@dave"));
    QVERIFY(board.index(1, 0, experts).data(Board::IsExpertEntryRole).toBool());
    QCOMPARE(board.roleAt(board.index(1, 0, experts)), IncidentRole::SubjectMatterExpert);
    QCOMPARE(board.index(0, 0, experts).parent(), experts);
    QCOMPARE(board.index(experts.row(), Board::HolderColumn).data().toString(), QStringLiteral("2 experts"));
    QCOMPARE(experts.data(Board::HoldersRole).toStringList(), (QStringList{QStringLiteral("carol"), QStringLiteral("dave")}));
    QCOMPARE(board.staffedCount(), 2);

    // The same person twice is refused by the service, and nothing changes.
    auto twice = board.assign(IncidentRole::SubjectMatterExpert, QStringLiteral("carol"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QStringLiteral("invalid"));
    auto stranger = board.assign(IncidentRole::Planning, QStringLiteral("zed"));
    QCOMPARE(stranger.error().code, QStringLiteral("unknown-person"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(resets.count(), 0);   // reloads keep the rows
}

void TestRoleBoardModels::boardReleaseRules()
{
    Board board(*m_service, *m_clock);
    board.setActor(QStringLiteral("alice"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.load(m_incident).ok());
    QVERIFY(board.assign(IncidentRole::SubjectMatterExpert, QStringLiteral("carol")).ok());
    QVERIFY(board.assign(IncidentRole::SubjectMatterExpert, QStringLiteral("dave")).ok());
    QVERIFY(board.assign(IncidentRole::Operations, QStringLiteral("bob")).ok());
    const QModelIndex experts = board.indexForRole(IncidentRole::SubjectMatterExpert);

    QSignalSpy removed(&board, &QAbstractItemModel::rowsRemoved);
    QVERIFY(board.release(board.index(0, 0, experts)).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(board.rowCount(experts), 1);
    QCOMPARE(board.index(0, 0, experts).data(Board::HolderRole).toString(), QStringLiteral("dave"));
    QVERIFY(timelineTexts(*m_service, m_incident).contains(QStringLiteral("@carol is no longer Subject-Matter Expert.")));

    QVERIFY(board.release(board.indexForRole(IncidentRole::Operations)).ok());
    QVERIFY(board.indexForRole(IncidentRole::Operations).data(Board::IsVacantRole).toBool());

    auto commander = board.release(board.indexForRole(IncidentRole::Commander));
    QVERIFY(!commander.ok());
    QCOMPARE(commander.error().code, QStringLiteral("invalid"));
    QVERIFY(!board.release(board.indexForRole(IncidentRole::Scribe)).ok());   // vacant
    QVERIFY(!board.release(experts).ok());                                     // which expert?
    QCOMPARE(board.currentHolder(IncidentRole::Commander)->holder, QStringLiteral("alice"));
}

void TestRoleBoardModels::boardDropAssignsOrAsksForHandOff()
{
    Board board(*m_service, *m_clock);
    board.setActor(QStringLiteral("alice"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(board.mimeTypes(), QStringList{PeopleModel::personMimeType()});
    auto carol = personMime(QStringLiteral("carol"));
    QVERIFY(!board.canDropMimeData(carol.get(), Qt::CopyAction, -1, -1, {}));   // nothing loaded
    QVERIFY(board.load(m_incident).ok());
    QSignalSpy handOff(&board, &Board::handOffRequested);
    QSignalSpy failed(&board, &Board::dropFailed);

    // Onto the vacant Scribe row: assigned.
    const QModelIndex scribe = board.indexForRole(IncidentRole::Scribe);
    QVERIFY(board.canDropMimeData(carol.get(), Qt::CopyAction, -1, -1, scribe));
    QVERIFY(board.dropMimeData(carol.get(), Qt::CopyAction, -1, -1, scribe));
    QCOMPARE(board.currentHolder(IncidentRole::Scribe)->holder, QStringLiteral("carol"));

    // Onto an expert row: another expert.
    auto dave = personMime(QStringLiteral("@dave"));
    QVERIFY(board.dropMimeData(dave.get(), Qt::CopyAction, -1, -1, board.indexForRole(IncidentRole::SubjectMatterExpert)));
    QCOMPARE(board.experts().size(), 1);

    // Onto the commander, held by alice: a hand-off is asked for; nothing is written yet.
    auto bob = personMime(QStringLiteral("bob"));
    QVERIFY(board.dropMimeData(bob.get(), Qt::CopyAction, -1, -1, board.indexForRole(IncidentRole::Commander, 1)));
    QCOMPARE(handOff.count(), 1);
    QCOMPARE(handOff.first().at(0).value<IncidentRole>(), IncidentRole::Commander);
    QCOMPARE(handOff.first().at(1).toString(), QStringLiteral("bob"));
    QCOMPARE(board.currentHolder(IncidentRole::Commander)->holder, QStringLiteral("alice"));
    QVERIFY(!board.pendingHandOff(IncidentRole::Commander));

    // Unknown people and several people at once are refused.
    auto zed = personMime(QStringLiteral("zed"));
    QVERIFY(!board.dropMimeData(zed.get(), Qt::CopyAction, -1, -1, board.indexForRole(IncidentRole::Planning)));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("@zed")));
    auto two = personMime(QStringLiteral("bob\ncarol"));
    QVERIFY(!board.canDropMimeData(two.get(), Qt::CopyAction, -1, -1, board.indexForRole(IncidentRole::Planning)));
    QVERIFY(!board.canDropMimeData(bob.get(), Qt::LinkAction, -1, -1, board.indexForRole(IncidentRole::Planning)));
    QVERIFY(!board.canDropMimeData(bob.get(), Qt::CopyAction, 99, -1, {}));
}

void TestRoleBoardModels::boardSwitchingIncidentsKeepsRows()
{
    DeclareRequest request;
    request.title = QStringLiteral("Search slow");
    request.severity = 3;
    auto other = m_service->declare(request, QStringLiteral("carol"));
    QVERIFY(other.ok());
    QVERIFY(m_service->assignRole(m_incident, IncidentRole::SubjectMatterExpert, QStringLiteral("bob"),
                                  QStringLiteral("alice")).ok());

    Board board(*m_service, *m_clock);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.load(m_incident).ok());
    QSignalSpy resets(&board, &QAbstractItemModel::modelReset);
    QVERIFY(board.load(other->id).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(board.rowCount(), 8);
    QCOMPARE(board.incidentId(), other->id);
    QCOMPARE(board.currentHolder(IncidentRole::Commander)->holder, QStringLiteral("carol"));
    QCOMPARE(board.rowCount(board.indexForRole(IncidentRole::SubjectMatterExpert)), 0);
    QVERIFY(board.load(m_incident).ok());
    QCOMPARE(board.rowCount(board.indexForRole(IncidentRole::SubjectMatterExpert)), 1);
    QVERIFY(board.load({}).ok());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(board.rowCount(), 0);
}

// --- Hand-offs and history -----------------------------------------------------------------

void TestRoleBoardModels::handOffAcceptedGivesTwoSpans()
{
    Board board(*m_service, *m_clock);
    board.setActor(QStringLiteral("alice"));
    History history(*m_service, *m_clock);
    QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.load(m_incident).ok());
    QVERIFY(history.load(m_incident).ok());
    QCOMPARE(history.rowCount(), 1);
    QCOMPARE(history.columnCount(), int(History::ColumnCount));
    QCOMPARE(history.index(0, History::ToColumn).data().toString(), QStringLiteral("now"));

    m_clock->set(utc("2022-07-02T12:30:00Z"));
    HandOffBrief brief;
    brief.objectives = QStringLiteral("Keep checkout on the old build");
    brief.notes = QStringLiteral("Vendor ticket 81723 is open");
    auto requested = board.requestHandOff(IncidentRole::Commander, QStringLiteral("bob"), brief);
    QVERIFY2(requested.ok(), qPrintable(requested.errorText()));
    const QModelIndex handOffCell = board.indexForRole(IncidentRole::Commander, Board::HandOffColumn);
    QCOMPARE(handOffCell.data(Board::PendingToRole).toString(), QStringLiteral("bob"));
    QCOMPARE(handOffCell.data(Board::PendingHandOffIdRole).toUuid(), requested->id);
    QVERIFY(handOffCell.data().toString().contains(QStringLiteral("Bob Brown (@bob)")));
    QVERIFY(handOffCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Keep checkout on the old build")));
    QVERIFY(handOffCell.data(Qt::BackgroundRole).isValid());
    QCOMPARE(board.pendingHandOffs().size(), 1);
    QCOMPARE(board.currentHolder(IncidentRole::Commander)->holder, QStringLiteral("alice"));   // until accepted

    m_clock->set(utc("2022-07-02T12:40:00Z"));
    auto accepted = board.acceptHandOff(IncidentRole::Commander);
    QVERIFY2(accepted.ok(), qPrintable(accepted.errorText()));
    QCOMPARE(board.currentHolder(IncidentRole::Commander)->holder, QStringLiteral("bob"));
    QVERIFY(!board.pendingHandOff(IncidentRole::Commander));
    QVERIFY(!board.indexForRole(IncidentRole::Commander, Board::HandOffColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_service->repository().findById(m_incident)->commander, QStringLiteral("bob"));
    QCOMPARE(board.acceptHandOff(IncidentRole::Commander).error().code, QStringLiteral("not-found"));

    const QStringList texts = timelineTexts(*m_service, m_incident);
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) {
        return t.startsWith(QStringLiteral("Hand-off requested: Incident Commander from @alice to @bob."))
            && t.contains(QStringLiteral("Objectives: Keep checkout on the old build"))
            && t.contains(QStringLiteral("Notes: Vendor ticket 81723 is open"));
    }));
    QVERIFY(texts.contains(QStringLiteral("Hand-off accepted: @bob is now Incident Commander (was @alice).")));

    QVERIFY(history.reload().ok());
    QCOMPARE(history.rowCount(), 2);
    QCOMPARE(history.index(0, History::RoleColumn).data().toString(), QStringLiteral("Incident Commander"));
    QCOMPARE(history.index(0, History::HolderColumn).data().toString(), QStringLiteral("Alice Archer (@alice)"));
    QCOMPARE(history.index(0, 0).data(History::FromRole).toDateTime(), utc("2022-07-02T12:00:00Z"));
    QCOMPARE(history.index(0, 0).data(History::ToRole).toDateTime(), utc("2022-07-02T12:40:00Z"));
    QCOMPARE(history.index(0, 0).data(History::DurationSecondsRole).toLongLong(), 40 * 60);
    QCOMPARE(history.index(0, History::DurationColumn).data().toString(), QStringLiteral("40m"));
    QVERIFY(!history.index(0, 0).data(History::IsCurrentRole).toBool());
    QCOMPARE(history.index(1, 0).data(History::HolderRole).toString(), QStringLiteral("bob"));
    QCOMPARE(history.index(1, 0).data(History::FromRole).toDateTime(), utc("2022-07-02T12:40:00Z"));
    QVERIFY(!history.index(1, 0).data(History::ToRole).toDateTime().isValid());
    QVERIFY(history.index(1, 0).data(History::IsCurrentRole).toBool());
    QCOMPARE(history.index(1, History::ToColumn).data().toString(), QStringLiteral("now"));
    QCOMPARE(history.index(1, 0).data(History::AssignedByRole).toString(), QStringLiteral("alice"));
    m_clock->set(utc("2022-07-02T13:00:00Z"));
    QVERIFY(history.reload().ok());
    QCOMPARE(history.index(1, 0).data(History::DurationSecondsRole).toLongLong(), 20 * 60);
    history.clear();
    QCOMPARE(history.rowCount(), 0);
}

void TestRoleBoardModels::handOffWithdrawn()
{
    Board board(*m_service, *m_clock);
    board.setActor(QStringLiteral("alice"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.load(m_incident).ok());
    QVERIFY(board.assign(IncidentRole::Communications, QStringLiteral("carol")).ok());
    QVERIFY(board.requestHandOff(IncidentRole::Communications, QStringLiteral("dave"), {}).ok());
    // A second request for the same role waits for the first.
    QCOMPARE(board.requestHandOff(IncidentRole::Communications, QStringLiteral("bob"), {}).error().code,
             QStringLiteral("invalid"));
    // Experts are added, never handed off.
    QCOMPARE(board.requestHandOff(IncidentRole::SubjectMatterExpert, QStringLiteral("bob"), {}).error().code,
             QStringLiteral("invalid"));
    QVERIFY(board.withdrawHandOff(IncidentRole::Communications).ok());
    QVERIFY(!board.pendingHandOff(IncidentRole::Communications));
    QCOMPARE(board.currentHolder(IncidentRole::Communications)->holder, QStringLiteral("carol"));
    QVERIFY(timelineTexts(*m_service, m_incident)
                .contains(QStringLiteral("Hand-off of Communications Lead to @dave withdrawn.")));
    QCOMPARE(board.withdrawHandOff(IncidentRole::Communications).error().code, QStringLiteral("not-found"));
}

void TestRoleBoardModels::draftBriefFromActionItemsAndCadence()
{
    Board board(*m_service, *m_clock);
    QVERIFY(!board.draftBrief(SeverityScale()).ok());   // nothing loaded
    QVERIFY(board.load(m_incident).ok());

    ActionItem rollback;
    rollback.incidentId = m_incident;
    rollback.text = QStringLiteral("Roll back release 4711");
    rollback.owner = QStringLiteral("bob");
    rollback.dueAt = utc("2022-07-02T12:45:00Z");
    QVERIFY(m_service->addActionItem(rollback, QStringLiteral("alice")).ok());
    ActionItem done;
    done.incidentId = m_incident;
    done.text = QStringLiteral("Page the database team");
    done.state = ActionState::Done;
    QVERIFY(m_service->addActionItem(done, QStringLiteral("alice")).ok());
    ActionItem unowned;
    unowned.incidentId = m_incident;
    unowned.text = QStringLiteral("Draft the customer notice");
    unowned.state = ActionState::InProgress;
    QVERIFY(m_service->addActionItem(unowned, QStringLiteral("alice")).ok());

    // SEV1 (30 min cadence), declared 12:00, no update yet: due 12:30.
    auto brief = board.draftBrief(SeverityScale());
    QVERIFY2(brief.ok(), qPrintable(brief.errorText()));
    QCOMPARE(brief->openActionItems,
             QStringLiteral("- Roll back release 4711 (@bob, due 2022-07-02 12:45 UTC)\n"
                            "- Draft the customer notice (unassigned, in progress)"));
    QCOMPARE(brief->nextUpdateDue, utc("2022-07-02T12:30:00Z"));
    QVERIFY(brief->objectives.isEmpty());

    m_clock->set(utc("2022-07-02T12:20:00Z"));
    QVERIFY(m_service->postStakeholderUpdate(m_incident, QStringLiteral("Investigating checkout errors."),
                                             QStringLiteral("alice")).ok());
    brief = board.draftBrief(SeverityScale());
    const Incident incident = m_service->repository().findById(m_incident).value();
    QCOMPARE(brief->nextUpdateDue, *nextUpdateDue(incident, utc("2022-07-02T12:20:00Z"), SeverityScale()));
    QCOMPARE(brief->nextUpdateDue, utc("2022-07-02T12:50:00Z"));
    // A scale without a cadence for SEV1: no due time.
    const SeverityScale quiet({{1, QStringLiteral("Critical"), 0}});
    QVERIFY(!board.draftBrief(quiet)->nextUpdateDue.isValid());
}

QTEST_MAIN(TestRoleBoardModels)
#include "tst_roleboardmodels.moc"
