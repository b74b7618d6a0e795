// The whole story of one incident, end to end through the real MainWindow over an empty temp
// SQLite database, offscreen, on a FixedClock that moves on between steps: declare through the
// dialog, staff the role board and hand off command with a brief, write twenty timeline entries
// by keyboard (a decision, a backdated one, a pin), edit one and read its revisions, post a
// stakeholder update, mitigate and resolve. Widgets are found by object name; dialogs of the
// UserPrompts seam are answered by FakePrompts.

#include "ui/dashboardpanel.h"
#include "ui/declaredialog.h"
#include "ui/entryeditdialog.h"
#include "ui/handoffdialog.h"
#include "ui/incidentactions.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/peoplecombobox.h"
#include "ui/roleboardpanel.h"
#include "ui/stakeholderupdatedialog.h"
#include "ui/timelineeditor.h"
#include "ui/userprompts.h"

#include "models/identitysettings.h"
#include "models/incidenttablemodel.h"
#include "models/roleboardmodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"

#include "core/timeformat.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

using namespace warroom;

namespace {

using Board = RoleBoardModel;

const QString kMe = QStringLiteral("ida");
const QString kMyName = QStringLiteral("Ida Commander");

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

/// Answers every prompt without showing anything and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList errors;
    QStringList infos;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInfo(QWidget*, const QString&, const QString& message) override { infos << message; }
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

template <typename T> T* child(QObject* parent, const char* name)
{
    T* object = parent->findChild<T*>(QString::fromLatin1(name));
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return object;
}

/// Types `sections` ({"2022", "07", "02", "11", "35"}) into the sections of a date-time
/// edit, each over the section's current text.
void typeDateTime(QDateTimeEdit* edit, const QStringList& sections)
{
    edit->setFocus();
    for (int i = 0; i < int(sections.size()); ++i) {
        edit->setSelectedSection(edit->sectionAt(i));
        QTest::keyClicks(edit, sections[i]);
    }
}

/// The one visible dialog of type T in the window.
template <typename T> T* openDialog(QWidget* window)
{
    const QList<T*> dialogs = window->findChildren<T*>();
    for (T* d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

/// One entry as typed into the entry line, and what should be stored of it.
struct Typed {
    QString line;
    EntryKind kind;
    QString text;
};

} // namespace

class TestIncidentStory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void incidentFromDeclareToResolve();

private:
    Workspace* workspace() const { return m_window->workspace(); }
    RoleBoardPanel* board() const { return m_window->roleBoard(); }
    Board* roles() const { return board()->roleModel(); }
    TimelineEditor* editor() const { return m_window->incidentView()->timelineEditor(); }
    Incident stored() const;
    QList<TimelineEntry> timeline() const;
    /// Activates the main window (after a dialog) so window and widget shortcuts reach it.
    void activateMainWindow();
    void clickRole(IncidentRole role);
    void typePerson(const QString& text);
    QString errors() const { return m_prompts->errors.join(QLatin1Char('\n')); }

    // The steps of the story, in order; each leaves the clock where the next one expects it.
    void declare();
    void staffRolesAndHandOff();
    void writeTwentyEntries();
    void editOneEntry();
    void postStakeholderUpdate();
    void mitigateAndResolve();
    void everyEntryHasAuthorAndTime();

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_id;                 ///< the declared incident
    QList<QUuid> m_written;     ///< the twenty entries, in the order typed
    QUuid m_pinned;
    QUuid m_backdated;
    QUuid m_typo;
};

void TestIncidentStory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // QSettings of this process only: other builds may run tests at the same time.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_incidentstory"));
}

void TestIncidentStory::init()
{
    {
        QSettings settings;
        settings.clear();
        saveIdentity(settings, Identity{kMyName, kMe});
        settings.sync();
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_prompts = std::make_unique<FakePrompts>();

    auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("story.db"))), *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(opened).value());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resizeDocks({m_window->rolesDock()}, {380}, Qt::Vertical);
    QVERIFY(m_window->reload().ok());
    activateMainWindow();
    QCOMPARE(workspace()->actor(), kMe);
    QCOMPARE(m_window->dashboard()->incidentModel()->rowCount(), 0); // empty database
}

void TestIncidentStory::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
    QSettings().clear();
    m_id = {};
    m_written.clear();
    m_pinned = m_backdated = m_typo = {};
}

Incident TestIncidentStory::stored() const
{
    auto incident = m_window->workspace()->repository().findById(m_id);
    return incident.ok() ? incident.value() : Incident{};
}

QList<TimelineEntry> TestIncidentStory::timeline() const
{
    auto entries = m_window->workspace()->repository().timeline(m_id);
    return entries.ok() ? entries.value() : QList<TimelineEntry>{};
}

void TestIncidentStory::activateMainWindow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestIncidentStory::clickRole(IncidentRole role)
{
    QTreeView* tree = child<QTreeView>(m_window.get(), "roleTree");
    QVERIFY(tree);
    const QModelIndex index = roles()->indexForRole(role, Board::HolderColumn);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QCOMPARE(roles()->roleAt(tree->currentIndex()), role);
}

void TestIncidentStory::typePerson(const QString& text)
{
    auto* combo = child<PeopleComboBox>(m_window.get(), "personCombo");
    QVERIFY(combo);
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
}

void TestIncidentStory::incidentFromDeclareToResolve()
{
    declare();
    if (QTest::currentTestFailed())
        return;
    staffRolesAndHandOff();
    if (QTest::currentTestFailed())
        return;
    writeTwentyEntries();
    if (QTest::currentTestFailed())
        return;
    editOneEntry();
    if (QTest::currentTestFailed())
        return;
    postStakeholderUpdate();
    if (QTest::currentTestFailed())
        return;
    mitigateAndResolve();
    if (QTest::currentTestFailed())
        return;
    everyEntryHasAuthorAndTime();
}

// 1–2. Ctrl+N, title, SEV1, a service, impact began 25 minutes before; declared at 12:00:20.
void TestIncidentStory::declare()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    DeclareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<DeclareDialog>(m_window.get())) != nullptr);
    auto* declareButton = child<QPushButton>(dialog, "declareButton");
    QVERIFY(declareButton);
    QVERIFY(!declareButton->isEnabled());

    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Checkout fails for EU customers"));
    QVERIFY(declareButton->isEnabled());
    auto* severity = child<QComboBox>(dialog, "severityCombo");
    severity->setFocus();
    QTest::keyClicks(severity, QStringLiteral("SEV1"));
    QCOMPARE(severity->currentData().toInt(), 1);
    QTest::keyClicks(child<QLineEdit>(dialog, "servicesEdit"), QStringLiteral("checkout"));

    // The start field shows local time: type 11:35 UTC as the local wall clock shows it.
    const QDateTime impactStart = utc("2022-07-02T11:35:00Z");
    const QDateTime local = impactStart.toLocalTime();
    auto* started = child<QDateTimeEdit>(dialog, "startedEdit");
    typeDateTime(started, {local.toString(QStringLiteral("yyyy")), local.toString(QStringLiteral("MM")),
                           local.toString(QStringLiteral("dd")), local.toString(QStringLiteral("HH")),
                           local.toString(QStringLiteral("mm"))});
    QCOMPARE(started->dateTime().toUTC(), impactStart);
    QCOMPARE(child<QLabel>(dialog, "startedHint")->text(), QStringLiteral("25m before now"));

    m_clock->advance(20);
    QTest::mouseClick(declareButton, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QTRY_VERIFY(!openDialog<DeclareDialog>(m_window.get()));

    m_id = m_window->incidentView()->incidentId();
    QVERIFY(!m_id.isNull());
    QCOMPARE(m_window->dashboard()->incidentModel()->rowCount(), 1);
    QCOMPARE(m_window->dashboard()->currentIncidentId(), m_id);
    const Incident incident = stored();
    QCOMPARE(incident.title, QStringLiteral("Checkout fails for EU customers"));
    QCOMPARE(incident.severity, 1);
    QCOMPARE(incident.services, QStringList{QStringLiteral("checkout")});
    QCOMPARE(incident.status, IncidentStatus::Investigating);
    QCOMPARE(incident.commander, kMe);
    QCOMPARE(incident.startedAt, impactStart);
    QCOMPARE(incident.declaredAt, utc("2022-07-02T12:00:20Z"));
    QCOMPARE(child<QLabel>(m_window->incidentView(), "commanderLabel")->text(), kMe);
    QCOMPARE(board()->incidentId(), m_id);
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->holder, kMe);
}

// 3. Two people in the directory; sam becomes Scribe; command goes to bob with a brief.
void TestIncidentStory::staffRolesAndHandOff()
{
    activateMainWindow();
    const QList<Person> people{
        {{}, QStringLiteral("bob"), QStringLiteral("Bob Brown"), QStringLiteral("Payments"), QString(), 1},
        {{}, QStringLiteral("sam"), QStringLiteral("Sam Scribe"), QStringLiteral("SRE"), QString(), 1},
    };
    for (const Person& p : people) {
        auto saved = workspace()->service().savePerson(p);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    }
    workspace()->notifyIncidentChanged(QUuid()); // the directory changed: every view reads again
    QTRY_COMPARE(child<QListView>(m_window.get(), "peopleList")->model()->rowCount(), 3); // ida, bob, sam

    // Scribe: pick the role, type the person, Assign.
    m_clock->advance(60); // 12:01:20
    clickRole(IncidentRole::Scribe);
    typePerson(QStringLiteral("@sam"));
    auto* assign = child<QPushButton>(m_window.get(), "assignButton");
    QVERIFY(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QCOMPARE(roles()->currentHolder(IncidentRole::Scribe)->holder, QStringLiteral("sam"));
    QCOMPARE(roles()->indexForRole(IncidentRole::Scribe, Board::HolderColumn).data().toString(),
             QStringLiteral("Sam Scribe (@sam)"));

    // Hand-off of command to bob, with objectives in the brief.
    m_clock->advance(60); // 12:02:20
    clickRole(IncidentRole::Commander);
    typePerson(QStringLiteral("@bob"));
    auto* handOff = child<QPushButton>(m_window.get(), "handOffButton");
    QVERIFY(handOff->isEnabled());
    QTest::mouseClick(handOff, Qt::LeftButton);
    QTRY_VERIFY(board()->handOffDialog() && board()->handOffDialog()->isVisible());
    HandOffDialog* dialog = board()->handOffDialog();
    QCOMPARE(dialog->role(), IncidentRole::Commander);
    QCOMPARE(dialog->incomingHandle(), QStringLiteral("bob"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "objectivesEdit"),
                     QStringLiteral("Keep EU checkout on the old gateway"));
    QTest::mouseClick(child<QPushButton>(dialog, "requestButton"), Qt::LeftButton);
    QTRY_VERIFY(!board()->handOffDialog());
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QCOMPARE(stored().commander, kMe); // not before it is accepted

    QFrame* pending = child<QFrame>(m_window.get(), "pendingFrame");
    QVERIFY(pending->isVisible());
    auto* accept = child<QPushButton>(pending, "acceptButton");
    QCOMPARE(accept->text(), QStringLiteral("Accept for @bob"));
    m_clock->advance(60); // 12:03:20
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QVERIFY(!pending->isVisible());
    QCOMPARE(roles()->currentHolder(IncidentRole::Commander)->holder, QStringLiteral("bob"));
    QCOMPARE(stored().commander, QStringLiteral("bob"));
    QTRY_COMPARE(workspace()->incidents()->incident(m_id)->commander, QStringLiteral("bob"));
    QTRY_COMPARE(child<QLabel>(m_window->incidentView(), "commanderLabel")->text(), QStringLiteral("bob"));

    // The timeline: the scribe assignment, the request with its brief, the acceptance.
    const QList<TimelineEntry> entries = timeline();
    const auto find = [&entries](auto&& predicate) { return std::find_if(entries.cbegin(), entries.cend(), predicate); };
    QVERIFY(find([](const TimelineEntry& e) { return e.text == QStringLiteral("@sam is Scribe (assigned by @ida)."); })
            != entries.cend());
    const auto request = find([](const TimelineEntry& e) {
        return e.text.startsWith(QStringLiteral("Hand-off requested: Incident Commander from @ida to @bob."));
    });
    QVERIFY(request != entries.cend());
    QCOMPARE(request->kind, EntryKind::HandOff);
    QCOMPARE(request->author, kMe);
    QCOMPARE(request->occurredAt, utc("2022-07-02T12:02:20Z"));
    QVERIFY2(request->text.contains(QStringLiteral("Objectives: Keep EU checkout on the old gateway")),
             qPrintable(request->text));
    const auto acceptance = find([](const TimelineEntry& e) {
        return e.text == QStringLiteral("Hand-off accepted: @bob is now Incident Commander (was @ida).");
    });
    QVERIFY(acceptance != entries.cend());
    QCOMPARE(acceptance->kind, EntryKind::HandOff);
    QCOMPARE(acceptance->occurredAt, utc("2022-07-02T12:03:20Z"));
    QVERIFY(request < acceptance);
}

// 4. Twenty entries by keyboard, one minute apart, 12:04:20 to 12:23:20.
void TestIncidentStory::writeTwentyEntries()
{
    activateMainWindow();
    TimelineEditor* ed = editor();
    QVERIFY(ed);
    // Show times in UTC so that "@11:50" means 11:50 UTC whatever the machine's zone.
    QToolButton* utcToggle = child<QToolButton>(ed, "utcToggle");
    if (!utcToggle->isChecked())
        QTest::mouseClick(utcToggle, Qt::LeftButton);
    QVERIFY(ed->showsUtc());
    QLineEdit* line = child<QLineEdit>(ed, "entryLine");
    QVERIFY(line->isEnabled());
    line->setFocus();
    QTRY_VERIFY(line->hasFocus());
    const int rowsBefore = ed->model()->rowCount();
    QCOMPARE(rowsBefore, int(timeline().size()));

    const QList<Typed> typed{
        {QStringLiteral("Paged the payments on-call"), EntryKind::Note, QStringLiteral("Paged the payments on-call")},
        {QStringLiteral("Gateway p99 latency at 8s"), EntryKind::Note, QStringLiteral("Gateway p99 latency at 8s")},
        {QStringLiteral("/decision Roll back the 11:40 gateway deploy"), EntryKind::Decision,
         QStringLiteral("Roll back the 11:40 gateway deploy")},
        {QStringLiteral("@11:50 First customer report reached support"), EntryKind::Note,
         QStringLiteral("First customer report reached support")},
        {QStringLiteral("Eror rate 5%"), EntryKind::Note, QStringLiteral("Eror rate 5%")},
        {QStringLiteral("/action Open a vendor ticket"), EntryKind::Action, QStringLiteral("Open a vendor ticket")},
    };
    QList<Typed> all = typed;
    for (int i = int(all.size()) + 1; i <= 20; ++i) {
        const QString text = QStringLiteral("Observation %1").arg(i);
        all << Typed{text, EntryKind::Note, text};
    }
    QCOMPARE(all.size(), 20);

    QList<QDateTime> recordedAt;
    for (const Typed& t : std::as_const(all)) {
        m_clock->advance(60);
        recordedAt << m_clock->nowUtc();
        const QUuid before = ed->currentEntryId();
        QTest::keyClicks(line, t.line);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
        QVERIFY2(line->text().isEmpty(), qPrintable(line->text()));
        QTRY_VERIFY(!ed->currentEntryId().isNull() && ed->currentEntryId() != before);
        const QUuid id = ed->currentEntryId(); // the entry just written is selected
        m_written << id;
        if (t.kind == EntryKind::Decision) {
            QTest::keyClick(line, Qt::Key_P, Qt::ControlModifier); // pin the decision
            m_pinned = id;
        }
        if (t.line.startsWith(QLatin1Char('@')))
            m_backdated = id;
        if (t.text == QStringLiteral("Eror rate 5%"))
            m_typo = id;
    }
    QCOMPARE(ed->model()->rowCount(), rowsBefore + 20);
    QVERIFY(!m_pinned.isNull());
    QVERIFY(!m_backdated.isNull());

    // Stored as typed: text, kind, author, when; one minute apart in the order written.
    for (int i = 0; i < 20; ++i) {
        auto entry = workspace()->repository().findTimelineEntry(m_written[i]);
        QVERIFY2(entry.ok(), qPrintable(entry.errorText()));
        const QByteArray where = QByteArray::number(i + 1) + ": " + all[i].line.toUtf8();
        QVERIFY2(entry->incidentId == m_id, where.constData());
        QVERIFY2(entry->text == all[i].text, qPrintable(entry->text));
        QVERIFY2(entry->kind == all[i].kind, where.constData());
        QVERIFY2(entry->author == kMe, qPrintable(entry->author));
        QVERIFY2(entry->recordedAt == recordedAt[i], where.constData());
        QVERIFY2(entry->pinned == (m_written[i] == m_pinned), where.constData());
        if (m_written[i] != m_backdated)
            QVERIFY2(entry->occurredAt == recordedAt[i], where.constData());
    }
    auto backdated = workspace()->repository().findTimelineEntry(m_backdated);
    QVERIFY(backdated.ok());
    QCOMPARE(backdated->occurredAt, utc("2022-07-02T11:50:00Z"));
    QCOMPARE(backdated->recordedAt, utc("2022-07-02T12:07:20Z"));

    // The stored timeline is in time order: the backdated entry before the declaration,
    // the others in the order typed, after the hand-off.
    const QList<TimelineEntry> entries = timeline();
    QCOMPARE(int(entries.size()), rowsBefore + 20);
    for (int i = 1; i < int(entries.size()); ++i)
        QVERIFY2(entries[i - 1].occurredAt <= entries[i].occurredAt, qPrintable(entries[i].text));
    QList<QUuid> order;
    int declaredRow = -1;
    int acceptedRow = -1;
    for (int i = 0; i < int(entries.size()); ++i) {
        if (m_written.contains(entries[i].id) && entries[i].id != m_backdated)
            order << entries[i].id;
        if (entries[i].kind == EntryKind::StatusChange && declaredRow < 0)
            declaredRow = i;
        if (entries[i].text.startsWith(QStringLiteral("Hand-off accepted")))
            acceptedRow = i;
    }
    QList<QUuid> expected = m_written;
    expected.removeOne(m_backdated);
    QCOMPARE(order, expected);
    const int backdatedRow = int(std::find_if(entries.cbegin(), entries.cend(),
                                              [this](const TimelineEntry& e) { return e.id == m_backdated; })
                                 - entries.cbegin());
    QVERIFY(declaredRow >= 0);
    QVERIFY2(backdatedRow < declaredRow, qPrintable(QString::number(backdatedRow)));
    QVERIFY(acceptedRow >= 0);
    for (int i = 0; i < int(entries.size()); ++i) {
        if (m_written.contains(entries[i].id) && entries[i].id != m_backdated)
            QVERIFY2(i > acceptedRow, qPrintable(entries[i].text));
    }
    // Exactly one pinned entry in the whole timeline: the decision.
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [](const TimelineEntry& e) { return e.pinned; }), 1);
    QVERIFY(std::find_if(entries.cbegin(), entries.cend(), [this](const TimelineEntry& e) {
                return e.pinned && e.id == m_pinned && e.kind == EntryKind::Decision;
            }) != entries.cend());
    // The view shows it as pinned as well.
    const int pinnedRow = ed->model()->rowForId(m_pinned);
    QVERIFY(pinnedRow >= 0);
    QVERIFY(ed->model()->index(pinnedRow, 0).data(TimelineModel::PinnedRole).toBool());
}

// 5. Fix the typo: click the entry, F2, retype, Save. Two revisions, by ida.
void TestIncidentStory::editOneEntry()
{
    activateMainWindow();
    TimelineEditor* ed = editor();
    QListView* view = ed->view();
    QModelIndex index;
    for (int r = 0; r < ed->proxy()->rowCount(); ++r) {
        if (ed->proxy()->index(r, 0).data(TimelineModel::EntryIdRole).toUuid() == m_typo)
            index = ed->proxy()->index(r, 0);
    }
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(ed->currentEntryId(), m_typo);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_F2);
    EntryEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = ed->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* text = child<QPlainTextEdit>(dialog, "editTextEdit");
    QCOMPARE(text->toPlainText(), QStringLiteral("Eror rate 5%"));
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Error rate 12%"));
    m_clock->advance(30); // 12:23:50
    const QDateTime editedAt = m_clock->nowUtc();
    QCOMPARE(editedAt, utc("2022-07-02T12:23:50Z"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!ed->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog")));
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));

    auto entry = workspace()->repository().findTimelineEntry(m_typo);
    QVERIFY(entry.ok());
    QCOMPARE(entry->text, QStringLiteral("Error rate 12%"));
    QCOMPARE(entry->version, 2);
    QCOMPARE(entry->author, kMe); // the author stays who wrote it

    auto revisions = workspace()->service().revisions(m_typo);
    QVERIFY2(revisions.ok(), qPrintable(revisions.errorText()));
    QCOMPARE(revisions->size(), 2);
    const EntryRevision& before = revisions->at(0);
    const EntryRevision& after = revisions->at(1);
    QCOMPARE(before.revision, 1);
    QCOMPARE(before.text, QStringLiteral("Eror rate 5%"));
    QCOMPARE(before.editor, kMe);
    QCOMPARE(after.revision, 2);
    QCOMPARE(after.text, QStringLiteral("Error rate 12%"));
    QCOMPARE(after.editor, kMe);
    QCOMPARE(after.editedAt, editedAt);
    QCOMPARE(after.occurredAt, before.occurredAt); // only the text changed
    QCOMPARE(after.kind, EntryKind::Note);
}

// 6. Ctrl+U: the stakeholder update, posted as a public entry.
void TestIncidentStory::postStakeholderUpdate()
{
    activateMainWindow();
    const auto updates = [this] {
        const QList<TimelineEntry> entries = timeline();
        return std::count_if(entries.cbegin(), entries.cend(),
                             [](const TimelineEntry& e) { return e.kind == EntryKind::StakeholderUpdate; });
    };
    QCOMPARE(updates(), 0);
    m_clock->advance(60); // 12:24:50
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier);
    StakeholderUpdateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<StakeholderUpdateDialog>(m_window.get())) != nullptr);
    auto* post = child<QPushButton>(dialog, "postButton");
    QCOMPARE(child<QLineEdit>(dialog, "statusEdit")->text(), QStringLiteral("Investigating"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "impactEdit"),
                     QStringLiteral("EU card payments fail at checkout."));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "nextStepsEdit"),
                     QStringLiteral("Rolling back the gateway deploy."));
    QVERIFY(post->isEnabled());
    const QString preview = child<QPlainTextEdit>(dialog, "previewText")->toPlainText();
    QTest::mouseClick(post, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QTRY_VERIFY(!openDialog<StakeholderUpdateDialog>(m_window.get()));

    QCOMPARE(updates(), 1);
    const QList<TimelineEntry> entries = timeline();
    const auto update = std::find_if(entries.cbegin(), entries.cend(),
                                     [](const TimelineEntry& e) { return e.kind == EntryKind::StakeholderUpdate; });
    QVERIFY(update != entries.cend());
    QVERIFY(update->isPublic);
    QCOMPARE(update->author, kMe);
    QCOMPARE(update->text, preview);
    QVERIFY(update->text.contains(QStringLiteral("Impact: EU card payments fail at checkout.")));
    QCOMPARE(update->occurredAt, utc("2022-07-02T12:24:50Z"));
    QCOMPARE(editor()->model()->rowForId(update->id) >= 0, true);
}

// 7. Ctrl+Shift+M, then Ctrl+Shift+R: stamped with the clock at each step.
void TestIncidentStory::mitigateAndResolve()
{
    activateMainWindow();
    QSignalSpy changed(workspace(), &Workspace::incidentChanged);

    m_clock->advance(5 * 60); // 12:29:50
    const QDateTime mitigatedAt = m_clock->nowUtc();
    QCOMPARE(mitigatedAt, utc("2022-07-02T12:29:50Z"));
    QVERIFY(m_window->incidentActions()->statusAction(IncidentStatus::Mitigated)->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QTRY_COMPARE(stored().status, IncidentStatus::Mitigated);
    QVERIFY(changed.count() >= 1);

    m_clock->advance(5 * 60); // 12:34:50
    const QDateTime resolvedAt = m_clock->nowUtc();
    QCOMPARE(resolvedAt, utc("2022-07-02T12:34:50Z"));
    QVERIFY(m_window->incidentActions()->statusAction(IncidentStatus::Resolved)->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(errors()));
    QTRY_COMPARE(stored().status, IncidentStatus::Resolved);

    const Incident incident = stored();
    QCOMPARE(incident.mitigatedAt, mitigatedAt);
    QCOMPARE(incident.resolvedAt, resolvedAt);
    QCOMPARE(incident.commander, QStringLiteral("bob"));
    QVERIFY(child<QLabel>(m_window->incidentView(), "statusLabel")->text().contains(QStringLiteral("Resolved")));

    const QList<TimelineEntry> entries = timeline();
    const auto statusAt = [&entries](const QDateTime& at, const QString& text) {
        return std::find_if(entries.cbegin(), entries.cend(), [&](const TimelineEntry& e) {
                   return e.kind == EntryKind::StatusChange && e.occurredAt == at && e.text == text && e.author == kMe;
               })
               != entries.cend();
    };
    QVERIFY(statusAt(mitigatedAt, QStringLiteral("Status Investigating → Mitigated.")));
    QVERIFY(statusAt(resolvedAt, QStringLiteral("Status Mitigated → Resolved.")));
    // Declared, mitigated, resolved.
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                           [](const TimelineEntry& e) { return e.kind == EntryKind::StatusChange; }),
             3);
    QCOMPARE(entries.last().text, QStringLiteral("Status Mitigated → Resolved."));
}

// 8. Everything on the timeline says who and when.
void TestIncidentStory::everyEntryHasAuthorAndTime()
{
    const QList<TimelineEntry> entries = timeline();
    // 1 declared + 1 scribe + 2 hand-off + 20 typed + 1 update + 2 status changes.
    QCOMPARE(entries.size(), 27);
    for (const TimelineEntry& e : entries) {
        QVERIFY2(!e.author.trimmed().isEmpty(), qPrintable(e.text));
        QVERIFY2(e.occurredAt.isValid(), qPrintable(e.text));
        QVERIFY2(e.recordedAt.isValid(), qPrintable(e.text));
        QVERIFY2(!e.deleted, qPrintable(e.text));
    }
    // The window's timeline shows all of them.
    QTRY_COMPARE(editor()->model()->rowCount(), 27);
}

QTEST_MAIN(TestIncidentStory)
#include "tst_incidentstory.moc"
