// The role board in the real MainWindow over a temp SQLite database, offscreen: assigning by
// picking and by dropping, the hand-off brief, accepting and withdrawing, experts, the role
// history, and the people directory with its CSV import. Dialogs of the UserPrompts seam are
// answered by FakePrompts; the hand-off brief and the directory are driven as real widgets.

#include "ui/dashboardpanel.h"
#include "ui/handoffdialog.h"
#include "ui/mainwindow.h"
#include "ui/peoplecombobox.h"
#include "ui/peopledialog.h"
#include "ui/roleboardpanel.h"
#include "ui/userprompts.h"

#include "models/incidenttablemodel.h"
#include "models/peoplemodel.h"
#include "models/roleboardmodel.h"
#include "models/rolehistorymodel.h"
#include "models/workspace.h"

#include "core/timeformat.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace warroom;

namespace {

using Board = RoleBoardModel;
using History = RoleHistoryModel;

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

/// Answers every dialog without showing one and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList fileAnswers;   ///< answers to openFileName, in order; empty = cancel
    QStringList errors;
    QStringList infos;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override
    {
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString& message) override { infos << message; }
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

template <typename T>
T* child(QObject* parent, const char* name)
{
    T* object = parent->findChild<T*>(QString::fromLatin1(name));
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return object;
}

} // namespace

class TestRoleBoard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dockFollowsSelectedIncident();
    void assignCommanderByPicking();
    void dropPersonOntoScribe();
    void dropOntoHeldRoleOpensHandOff();
    void handOffCommandWithBriefAndAccept();
    void handOffDialogRefusesBadInput();
    void withdrawHandOff();
    void expertsAddedAndRemoved();
    void peopleCsvImport();
    void peopleDirectoryEditing();

private:
    void openWindow();
    RoleBoardPanel* board() const { return m_window->roleBoard(); }
    Board* roles() const { return board()->roleModel(); }
    Workspace* workspace() const { return m_window->workspace(); }
    /// Clicks the row of `role` in the role tree.
    void clickRole(IncidentRole role);
    /// Picks `text` in the person combo by typing it.
    void typePerson(const QString& text);
    QStringList timelineTexts(const QUuid& incidentId) const;
    QString writeFile(const QString& name, const QByteArray& content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_declared;   ///< INC-1, declared by alice: she is commander
    QUuid m_imported;   ///< INC-2, inserted without roles
};

void TestRoleBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_roleboard"));
}

void TestRoleBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_prompts = std::make_unique<FakePrompts>();
    openWindow();
}

void TestRoleBoard::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestRoleBoard::openWindow()
{
    auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("roles.db"))), *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    ws->setActor(QStringLiteral("alice"));
    IncidentService& service = ws->service();
    const QList<Person> people{
        {{}, QStringLiteral("alice"), QStringLiteral("Alice Archer"), QStringLiteral("SRE"), QStringLiteral("+1 555 0100"), 1},
        {{}, QStringLiteral("bob"), QStringLiteral("Bob Brown"), QStringLiteral("Payments"), QString(), 1},
        {{}, QStringLiteral("carol"), QStringLiteral("Carol Chen"), QStringLiteral("Database"), QString(), 1},
        {{}, QStringLiteral("dave"), QStringLiteral("Dave Diaz"), QStringLiteral("Networking"), QString(), 1},
    };
    for (const Person& p : people)
        QVERIFY(service.savePerson(p).ok());
    DeclareRequest request;
    request.title = QStringLiteral("Checkout errors");
    request.severity = 1;
    auto declared = service.declare(request, QStringLiteral("alice"));
    QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
    m_declared = declared->id;
    ActionItem rollback;
    rollback.incidentId = m_declared;
    rollback.text = QStringLiteral("Roll back release 4711");
    rollback.owner = QStringLiteral("bob");
    QVERIFY(service.addActionItem(rollback, QStringLiteral("alice")).ok());
    ActionItem done;
    done.incidentId = m_declared;
    done.text = QStringLiteral("Page the database team");
    done.state = ActionState::Done;
    QVERIFY(service.addActionItem(done, QStringLiteral("alice")).ok());
    Incident imported;
    imported.title = QStringLiteral("Search slow");
    imported.severity = 3;
    imported.status = IncidentStatus::Investigating;
    imported.startedAt = utc("2022-07-02T11:00:00Z");
    auto stored = ws->repository().insertIncident(imported);
    QVERIFY(stored.ok());
    m_imported = stored->id;

    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(ws));
    m_window->workspace()->setActor(QStringLiteral("alice"));   // after the window applied the saved identity
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resizeDocks({m_window->rolesDock()}, {380}, Qt::Vertical);
    QVERIFY(m_window->reload().ok());
}

void TestRoleBoard::clickRole(IncidentRole role)
{
    QTreeView* tree = child<QTreeView>(m_window.get(), "roleTree");
    const QModelIndex index = roles()->indexForRole(role, Board::HolderColumn);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QCOMPARE(roles()->roleAt(tree->currentIndex()), role);
}

void TestRoleBoard::typePerson(const QString& text)
{
    auto* combo = child<PeopleComboBox>(m_window.get(), "personCombo");
    QVERIFY(combo);
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
}

QStringList TestRoleBoard::timelineTexts(const QUuid& incidentId) const
{
    QStringList texts;
    const auto entries = workspace()->repository().timeline(incidentId);
    for (const TimelineEntry& e : entries.value())
        texts << e.text;
    return texts;
}

QString TestRoleBoard::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestRoleBoard::dockFollowsSelectedIncident()
{
    QDockWidget* dock = m_window->rolesDock();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Roles"));
    // The board shows the dashboard's current incident, and a placeholder without one.
    QCOMPARE(board()->incidentId(), m_window->dashboard()->currentIncidentId());
    board()->showIncident(QUuid());
    QVERIFY(child<QLabel>(dock, "placeholderLabel")->isVisible());
    QVERIFY(!child<QPushButton>(dock, "assignButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dock, "handOffButton")->isEnabled());
    QVERIFY(!child<QFrame>(dock, "pendingFrame")->isVisible());

    QVERIFY(m_window->selectIncident(QStringLiteral("INC-2")).ok());
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    QCOMPARE(board()->incidentId(), m_declared);
    QVERIFY(child<QTreeView>(dock, "roleTree")->isVisible());
    QCOMPARE(child<QLabel>(dock, "incidentLabel")->text(), QStringLiteral("Roles of INC-1 · Checkout errors"));
    QCOMPARE(child<QLabel>(dock, "staffedLabel")->text(), QStringLiteral("1 of 7 roles staffed · 0 subject-matter experts"));
    QCOMPARE(roles()->indexForRole(IncidentRole::Commander, Board::HolderColumn).data().toString(),
             QStringLiteral("Alice Archer (@alice)"));
    QCOMPARE(child<QTableView>(dock, "historyTable")->model()->rowCount(), 1);
    QCOMPARE(child<QListView>(dock, "peopleList")->model()->rowCount(), 4);

    QVERIFY(m_window->selectIncident(QStringLiteral("INC-2")).ok());
    QCOMPARE(board()->incidentId(), m_imported);
    QCOMPARE(child<QLabel>(dock, "staffedLabel")->text(), QStringLiteral("0 of 7 roles staffed · 0 subject-matter experts"));
    QCOMPARE(child<QTableView>(dock, "historyTable")->model()->rowCount(), 0);

    // View ▸ Roles (Ctrl+Shift+B) hides and shows the dock.
    QAction* toggle = child<QAction>(m_window.get(), "actionRoles");
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(child<QAction>(m_window.get(), "actionPeople")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

void TestRoleBoard::assignCommanderByPicking()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-2")).ok());
    clickRole(IncidentRole::Commander);
    auto* assign = child<QPushButton>(m_window.get(), "assignButton");
    QVERIFY(!assign->isEnabled());   // nobody picked yet
    typePerson(QStringLiteral("brown"));   // part of a name is enough when it names one person
    QVERIFY(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    QCOMPARE(roles()->indexForRole(IncidentRole::Commander, Board::HolderColumn).data().toString(),
             QStringLiteral("Bob Brown (@bob)"));
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->assignedBy, QStringLiteral("alice"));
    QVERIFY(timelineTexts(m_imported).contains(QStringLiteral("@bob is Incident Commander (assigned by @alice).")));
    // The dashboard hears of it: the incident's commander column follows.
    const IncidentTableModel* incidents = workspace()->incidents();
    QTRY_COMPARE(incidents->incident(m_imported)->commander, QStringLiteral("bob"));
    QCOMPARE(child<QTableView>(m_window.get(), "historyTable")->model()->rowCount(), 1);
    QVERIFY(child<PeopleComboBox>(m_window.get(), "personCombo")->currentText().isEmpty());

    // A name that is nobody's is refused through the prompts.
    clickRole(IncidentRole::Planning);
    typePerson(QStringLiteral("nobody at all"));
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("nobody at all")));
    QVERIFY(roles()->indexForRole(IncidentRole::Planning).data(Board::IsVacantRole).toBool());

    // Clicking a person in the list picks them; double-clicking assigns the selected role.
    QListView* list = child<QListView>(m_window.get(), "peopleList");
    QModelIndex carol;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(PeopleModel::HandleRole).toString() == QLatin1String("carol"))
            carol = list->model()->index(r, 0);
    }
    QVERIFY(carol.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(carol).center());
    QCOMPARE(child<PeopleComboBox>(m_window.get(), "personCombo")->currentHandle(), QStringLiteral("carol"));
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(carol).center());
    QCOMPARE(roles()->currentHolder(IncidentRole::Planning)->holder, QStringLiteral("carol"));
}

void TestRoleBoard::dropPersonOntoScribe()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    QListView* list = child<QListView>(m_window.get(), "peopleList");
    QTreeView* tree = child<QTreeView>(m_window.get(), "roleTree");
    QVERIFY(list->dragEnabled());
    QVERIFY(tree->acceptDrops());

    // What the list drags: the person mime type carrying the handle.
    QModelIndex dave;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(PeopleModel::HandleRole).toString() == QLatin1String("dave"))
            dave = list->model()->index(r, 0);
    }
    std::unique_ptr<QMimeData> dragged(list->model()->mimeData({dave}));
    QVERIFY(dragged);
    QCOMPARE(dragged->data(QStringLiteral("application/x-warroom-person")), QByteArray("dave"));

    // The drop, delivered to the role tree as the window system would (enter, move, drop).
    const QModelIndex scribe = roles()->indexForRole(IncidentRole::Scribe, Board::HolderColumn);
    tree->scrollTo(scribe);
    const QPoint at = tree->visualRect(scribe).center();
    QDragEnterEvent enter(at, Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QCOMPARE(roles()->currentHolder(IncidentRole::Scribe)->holder, QStringLiteral("dave"));
    QCOMPARE(scribe.data().toString(), QStringLiteral("Dave Diaz (@dave)"));
    QVERIFY(timelineTexts(m_declared).contains(QStringLiteral("@dave is Scribe (assigned by @alice).")));

    // The model-level drop (what the view calls) onto the Operations Lead row.
    auto carol = std::make_unique<QMimeData>();
    carol->setData(PeopleModel::personMimeType(), "carol");
    QVERIFY(roles()->dropMimeData(carol.get(), Qt::CopyAction, -1, -1, roles()->indexForRole(IncidentRole::Operations)));
    QCOMPARE(roles()->currentHolder(IncidentRole::Operations)->holder, QStringLiteral("carol"));
    QCOMPARE(child<QLabel>(m_window.get(), "staffedLabel")->text(),
             QStringLiteral("3 of 7 roles staffed · 0 subject-matter experts"));
}

void TestRoleBoard::dropOntoHeldRoleOpensHandOff()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    auto bob = std::make_unique<QMimeData>();
    bob->setData(PeopleModel::personMimeType(), "bob");
    QVERIFY(roles()->dropMimeData(bob.get(), Qt::CopyAction, -1, -1, roles()->indexForRole(IncidentRole::Commander)));
    QTRY_VERIFY(board()->handOffDialog() && board()->handOffDialog()->isVisible());
    HandOffDialog* dialog = board()->handOffDialog();
    QCOMPARE(dialog->role(), IncidentRole::Commander);
    QCOMPARE(dialog->incomingHandle(), QStringLiteral("bob"));
    QCOMPARE(child<PeopleComboBox>(dialog, "toCombo")->currentText(), QStringLiteral("Bob Brown (@bob)"));
    // Nothing is written until the brief is sent.
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->holder, QStringLiteral("alice"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!board()->handOffDialog());
    QVERIFY(!roles()->pendingHandOff(IncidentRole::Commander));
}

void TestRoleBoard::handOffCommandWithBriefAndAccept()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    clickRole(IncidentRole::Commander);
    auto* handOff = child<QPushButton>(m_window.get(), "handOffButton");
    QVERIFY(handOff->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), "removeButton")->isEnabled());   // command is handed off, not left
    QVERIFY(!child<QFrame>(m_window.get(), "pendingFrame")->isVisible());
    typePerson(QStringLiteral("@bob"));
    QTest::mouseClick(handOff, Qt::LeftButton);
    QTRY_VERIFY(board()->handOffDialog() && board()->handOffDialog()->isVisible());
    HandOffDialog* dialog = board()->handOffDialog();
    QCOMPARE(dialog->incomingHandle(), QStringLiteral("bob"));

    // Pre-filled: the unfinished action items, and the next update due (SEV1: declared + 30 min).
    auto* items = child<QPlainTextEdit>(dialog, "actionItemsEdit");
    QCOMPARE(items->toPlainText(), QStringLiteral("- Roll back release 4711 (@bob)"));
    QVERIFY(child<QCheckBox>(dialog, "nextUpdateCheck")->isChecked());
    QCOMPARE(child<QDateTimeEdit>(dialog, "nextUpdateEdit")->dateTime().toUTC(), utc("2022-07-02T12:30:00Z"));
    QCOMPARE(child<QLabel>(dialog, "nextUpdateHint")->text(), QStringLiteral("in 30:00"));

    QTest::keyClicks(child<QPlainTextEdit>(dialog, "objectivesEdit"), QStringLiteral("Keep checkout on the old build"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Vendor ticket 81723 is open"));
    QTest::mouseClick(child<QPushButton>(dialog, "requestButton"), Qt::LeftButton);
    QTRY_VERIFY(!board()->handOffDialog());
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    // Waiting: alice is still commander; the board shows the hand-off with Accept and Withdraw.
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->holder, QStringLiteral("alice"));
    QFrame* pending = child<QFrame>(m_window.get(), "pendingFrame");
    QVERIFY(pending->isVisible());
    QVERIFY(child<QLabel>(pending, "pendingLabel")->text().contains(QStringLiteral("Incident Commander from Alice Archer (@alice) to Bob Brown (@bob)")));
    auto* accept = child<QPushButton>(pending, "acceptButton");
    QCOMPARE(accept->text(), QStringLiteral("Accept for @bob"));
    QVERIFY(roles()->indexForRole(IncidentRole::Commander, Board::HandOffColumn).data().toString()
                .startsWith(QStringLiteral("→ Bob Brown (@bob)")));
    QVERIFY(!handOff->isEnabled());   // one hand-off at a time
    QVERIFY(child<QLabel>(m_window.get(), "staffedLabel")->text().endsWith(QStringLiteral("1 hand-off waiting")));

    m_clock->set(utc("2022-07-02T12:10:00Z"));
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->holder, QStringLiteral("bob"));
    QVERIFY(!pending->isVisible());
    QTRY_COMPARE(workspace()->incidents()->incident(m_declared)->commander, QStringLiteral("bob"));

    // The timeline has the request with its brief and the acceptance, written by the actor.
    const auto entries = workspace()->repository().timeline(m_declared).value();
    const auto request = std::find_if(entries.cbegin(), entries.cend(), [](const TimelineEntry& e) {
        return e.text.startsWith(QStringLiteral("Hand-off requested: Incident Commander from @alice to @bob."));
    });
    QVERIFY(request != entries.cend());
    QCOMPARE(request->kind, EntryKind::HandOff);
    QVERIFY(request->text.contains(QStringLiteral("Objectives: Keep checkout on the old build")));
    QVERIFY(request->text.contains(QStringLiteral("Open action items: - Roll back release 4711 (@bob)")));
    QVERIFY(request->text.contains(QStringLiteral("Next stakeholder update due: 2022-07-02T12:30:00.000Z")));
    QVERIFY(request->text.contains(QStringLiteral("Notes: Vendor ticket 81723 is open")));
    const auto acceptance = std::find_if(entries.cbegin(), entries.cend(), [](const TimelineEntry& e) {
        return e.text == QStringLiteral("Hand-off accepted: @bob is now Incident Commander (was @alice).");
    });
    QVERIFY(acceptance != entries.cend());
    QCOMPARE(acceptance->kind, EntryKind::HandOff);
    QCOMPARE(acceptance->author, QStringLiteral("alice"));
    QCOMPARE(acceptance->occurredAt, utc("2022-07-02T12:10:00Z"));

    // The history shows two commander spans: alice 12:00–12:10, bob from 12:10 on.
    QTableView* historyTable = child<QTableView>(m_window.get(), "historyTable");
    QAbstractItemModel* history = historyTable->model();
    QList<int> commanderRows;
    for (int r = 0; r < history->rowCount(); ++r) {
        if (history->index(r, 0).data(History::IncidentRoleRole).toInt() == int(IncidentRole::Commander))
            commanderRows << r;
    }
    QCOMPARE(commanderRows.size(), 2);
    const QModelIndex first = history->index(commanderRows[0], 0);
    const QModelIndex second = history->index(commanderRows[1], 0);
    QCOMPARE(first.data(History::HolderRole).toString(), QStringLiteral("alice"));
    QCOMPARE(first.data(History::FromRole).toDateTime(), utc("2022-07-02T12:00:00Z"));
    QCOMPARE(first.data(History::ToRole).toDateTime(), utc("2022-07-02T12:10:00Z"));
    QCOMPARE(history->index(commanderRows[0], History::DurationColumn).data().toString(), QStringLiteral("10m"));
    QCOMPARE(second.data(History::HolderRole).toString(), QStringLiteral("bob"));
    QCOMPARE(second.data(History::FromRole).toDateTime(), utc("2022-07-02T12:10:00Z"));
    QVERIFY(!second.data(History::ToRole).toDateTime().isValid());
    QCOMPARE(history->index(commanderRows[1], History::ToColumn).data().toString(), QStringLiteral("now"));
}

void TestRoleBoard::handOffDialogRefusesBadInput()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    clickRole(IncidentRole::Commander);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "handOffButton"), Qt::LeftButton);
    QTRY_VERIFY(board()->handOffDialog() && board()->handOffDialog()->isVisible());
    HandOffDialog* dialog = board()->handOffDialog();
    auto* request = child<QPushButton>(dialog, "requestButton");
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(!error->isVisible());

    QTest::mouseClick(request, Qt::LeftButton);   // nobody chosen
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Choose who takes over."));
    auto* to = child<PeopleComboBox>(dialog, "toCombo");
    QTest::keyClicks(to->lineEdit(), QStringLiteral("zed"));
    QTest::mouseClick(request, Qt::LeftButton);
    QVERIFY(error->text().contains(QStringLiteral("\"zed\" does not name one person")));
    // The current holder is not offered.
    QCOMPARE(to->findData(QStringLiteral("alice")), -1);
    QVERIFY(to->findData(QStringLiteral("bob")) >= 0);
    QVERIFY(dialog->isVisible());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!board()->handOffDialog());
    QVERIFY(roles()->pendingHandOffs().isEmpty());
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestRoleBoard::withdrawHandOff()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    QVERIFY(roles()->assign(IncidentRole::Communications, QStringLiteral("carol")).ok());
    clickRole(IncidentRole::Communications);
    typePerson(QStringLiteral("Dave Diaz (@dave)"));
    // Assign on a role someone else holds asks for the brief.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "assignButton"), Qt::LeftButton);
    QTRY_VERIFY(board()->handOffDialog() && board()->handOffDialog()->isVisible());
    HandOffDialog* dialog = board()->handOffDialog();
    QCOMPARE(dialog->incomingHandle(), QStringLiteral("dave"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "objectivesEdit"), QStringLiteral("Next update at 12:30"));
    QTest::mouseClick(child<QPushButton>(dialog, "requestButton"), Qt::LeftButton);
    QTRY_VERIFY(!board()->handOffDialog());

    QFrame* pending = child<QFrame>(m_window.get(), "pendingFrame");
    // The bar shows a waiting hand-off even while another role is selected.
    clickRole(IncidentRole::Scribe);
    QVERIFY(pending->isVisible());
    QCOMPARE(child<QPushButton>(pending, "acceptButton")->text(), QStringLiteral("Accept for @dave"));
    QTest::mouseClick(child<QPushButton>(pending, "withdrawButton"), Qt::LeftButton);
    QVERIFY(!pending->isVisible());
    QCOMPARE(roles()->currentHolder(IncidentRole::Communications)->holder, QStringLiteral("carol"));
    QVERIFY(timelineTexts(m_declared).contains(QStringLiteral("Hand-off of Communications Lead to @dave withdrawn.")));
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestRoleBoard::expertsAddedAndRemoved()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    clickRole(IncidentRole::SubjectMatterExpert);
    auto* remove = child<QPushButton>(m_window.get(), "removeButton");
    QVERIFY(!remove->isEnabled());   // which expert?
    typePerson(QStringLiteral("carol"));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "assignButton"), Qt::LeftButton);
    typePerson(QStringLiteral("dave"));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "assignButton"), Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    const QModelIndex experts = roles()->indexForRole(IncidentRole::SubjectMatterExpert);
    QCOMPARE(roles()->rowCount(experts), 2);
    QCOMPARE(roles()->index(experts.row(), Board::HolderColumn).data().toString(), QStringLiteral("2 experts"));

    // The experts are listed under their row; select carol's and remove her.
    QTreeView* tree = child<QTreeView>(m_window.get(), "roleTree");
    QVERIFY(tree->isExpanded(experts));
    const QModelIndex carol = roles()->index(0, Board::HolderColumn, experts);
    QCOMPARE(carol.data().toString(), QStringLiteral("Carol Chen (@carol)"));
    tree->scrollTo(carol);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(carol).center());
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(roles()->rowCount(experts), 1);
    QCOMPARE(roles()->experts().first().holder, QStringLiteral("dave"));
    QVERIFY(timelineTexts(m_declared).contains(QStringLiteral("@carol is no longer Subject-Matter Expert.")));
    QCOMPARE(child<QLabel>(m_window.get(), "staffedLabel")->text(), QStringLiteral("1 of 7 roles staffed · 1 subject-matter expert"));
}

void TestRoleBoard::peopleCsvImport()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    QAction* peopleAction = child<QAction>(m_window.get(), "actionPeople");
    QVERIFY(peopleAction->isEnabled());
    peopleAction->trigger();
    auto* dialog = m_window->findChild<PeopleDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableView* table = child<QTableView>(dialog, "peopleTable");
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("4 people"));
    auto* import = child<QPushButton>(dialog, "importButton");

    // A bad file: line 3 has two fields where the header names three. Nobody is added.
    const QString bad = writeFile(QStringLiteral("bad.csv"), "handle,name,team\nerin,Erin Eve,SRE\nfrank,Frank Fox\n");
    m_prompts->fileAnswers << bad;
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.first().contains(QStringLiteral("Line 3")), qPrintable(m_prompts->errors.first()));
    QVERIFY(m_prompts->errors.first().contains(QStringLiteral("bad.csv")));
    QVERIFY(m_prompts->infos.isEmpty());
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("erin")).error().code, QStringLiteral("unknown-person"));

    // A good file adds and updates, and the role board's people list follows.
    const QString good = writeFile(QStringLiteral("people.csv"),
                                   "handle,name,team,contact\r\nerin,\"Eve, Erin\",SRE,+44 20 7946 0000\r\n"
                                   "frank,Frank Fox,Payments,#payments\r\nbob,Bob Brown,Payments,bob@example.com\r\n");
    m_prompts->fileAnswers << good;
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QCOMPARE(m_prompts->infos.size(), 1);
    QVERIFY2(m_prompts->infos.first().contains(QStringLiteral("3 people added or updated from people.csv")),
             qPrintable(m_prompts->infos.first()));
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("6 people"));
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("erin"))->name, QStringLiteral("Eve, Erin"));
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("bob"))->contact, QStringLiteral("bob@example.com"));
    QCOMPARE(child<QListView>(m_window.get(), "peopleList")->model()->rowCount(), 6);

    // Cancelling the file choice does nothing.
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size() + m_prompts->infos.size(), 2);

    // The action raises the open dialog rather than opening a second.
    peopleAction->trigger();
    QCOMPARE(m_window->findChildren<PeopleDialog*>().size(), 1);
    dialog->close();
    QTRY_VERIFY(m_window->findChildren<PeopleDialog*>().isEmpty());
}

void TestRoleBoard::peopleDirectoryEditing()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("INC-1")).ok());
    QTest::mouseClick(child<QPushButton>(m_window.get(), "editPeopleButton"), Qt::LeftButton);
    auto* dialog = m_window->findChild<PeopleDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableView* table = child<QTableView>(dialog, "peopleTable");

    // Add through the form.
    auto* add = child<QPushButton>(dialog, "addButton");
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "handleEdit"), QStringLiteral("gina"));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Gina Gray"));
    QTest::keyClicks(child<QLineEdit>(dialog, "teamEdit"), QStringLiteral("Support"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("gina"))->team, QStringLiteral("Support"));
    QVERIFY(child<QLineEdit>(dialog, "handleEdit")->text().isEmpty());
    QCOMPARE(child<QListView>(m_window.get(), "peopleList")->model()->rowCount(), 5);
    // A taken handle is refused in the dialog.
    QTest::keyClicks(child<QLineEdit>(dialog, "handleEdit"), QStringLiteral("gina"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("already in the directory")));
    QCOMPARE(table->model()->rowCount(), 5);

    // Edit a name in place: the role board shows the new label.
    int aliceRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(PeopleModel::HandleRole).toString() == QLatin1String("alice"))
            aliceRow = r;
    }
    const QModelIndex name = table->model()->index(aliceRow, PeopleModel::NameColumn);
    table->setCurrentIndex(name);
    table->edit(name);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Alice A. Archer"));
    QTest::keyClick(editor, Qt::Key_Return);   // the delegate commits on a queued call
    QTRY_COMPARE(workspace()->service().findPerson(QStringLiteral("alice"))->name, QStringLiteral("Alice A. Archer"));
    QTRY_COMPARE(roles()->indexForRole(IncidentRole::Commander, Board::HolderColumn).data().toString(),
                 QStringLiteral("Alice A. Archer (@alice)"));

    // Remove the selected person.
    int ginaRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(PeopleModel::HandleRole).toString() == QLatin1String("gina"))
            ginaRow = r;
    }
    table->selectRow(ginaRow);
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("gina")).error().code, QStringLiteral("unknown-person"));
    QVERIFY(m_prompts->errors.isEmpty());
}

QTEST_MAIN(TestRoleBoard)
#include "tst_roleboard.moc"
