// The scribe's tools in the real MainWindow, offscreen, driven by object name on a
// FixedClock in UTC: writing the timeline by keyboard (prefixes, Ctrl+2, @HH:MM, the time
// field, Ctrl+P), editing with its revisions, soft delete and undo, the filters, following
// new entries with the "N new entries" marker, action items (from /action, inline state,
// overdue in red) and "my action items" across incidents.

#include "ui/actionitemspanel.h"
#include "ui/dashboardpanel.h"
#include "ui/entryeditdialog.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/myactionspanel.h"
#include "ui/revisiondialog.h"
#include "ui/timelinedelegate.h"
#include "ui/timelineeditor.h"
#include "ui/userprompts.h"

#include "models/actionitemmodel.h"
#include "models/revisionmodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"

#include "core/timeformat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

#include <ctime>

using namespace warroom;

namespace {

/// Answers every dialog without showing one and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList errors;
    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

} // namespace

class TestTimelineEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writeTwentyEntriesByKeyboard();
    void parseErrorsWriteNothing();
    void editShowsRevisionsAndUndoes();
    void deleteIsSoftAndUndoable();
    void filters();
    void draftsStayWithTheirIncident();
    void followsNewEntriesOrCountsThem();
    void utcToggleChangesTimesAndBackdating();
    void actionEntryCreatesActionItem();
    void actionItemsPanelAddEditOverdue();
    void myActionItemsAcrossIncidents();

private:
    /// Types `text` into the entry line and presses Enter, one minute after the last entry.
    void type(const QString& text);
    TimelineEntry entryByText(const QString& text) const;
    int rowOf(const QString& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    Workspace* m_ws = nullptr;
    TimelineEditor* m_editor = nullptr;
    QLineEdit* m_line = nullptr;
    Incident m_inc1;
    Incident m_inc2;
};

void TestTimelineEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelineeditor"));
}

void TestTimelineEditor::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_prompts = std::make_unique<FakePrompts>();
    auto workspace = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("scribe.db"))), *m_clock);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorText()));
    m_ws = workspace.value().get();
    IncidentService& service = m_ws->service();
    for (const char* handle : {"alice", "bob", "sam"}) {
        Person p;
        p.handle = QString::fromLatin1(handle);
        QVERIFY(service.savePerson(p).ok());
    }
    DeclareRequest request;
    request.title = QStringLiteral("Checkout errors");
    request.severity = 1;
    auto inc1 = service.declare(request, QStringLiteral("alice"));
    QVERIFY2(inc1.ok(), qPrintable(inc1.errorText()));
    m_inc1 = inc1.value();
    request.title = QStringLiteral("Search slow");
    request.severity = 3;
    auto inc2 = service.declare(request, QStringLiteral("bob"));
    QVERIFY(inc2.ok());
    m_inc2 = inc2.value();

    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(workspace).value());
    m_ws->setActor(QStringLiteral("sam")); // after the window applied its identity setting
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->reload().ok());
    QVERIFY2(m_window->selectIncident(m_inc1.ref()).ok(), "INC-1");

    m_editor = child<TimelineEditor>(m_window.get(), "timelineEditor");
    QVERIFY(m_editor);
    QCOMPARE(m_editor, m_window->incidentView()->timelineEditor());
    QToolButton* utcToggle = child<QToolButton>(m_editor, "utcToggle");
    if (!utcToggle->isChecked())
        QTest::mouseClick(utcToggle, Qt::LeftButton);
    QVERIFY(m_editor->showsUtc());
    QCOMPARE(utcToggle->text(), QStringLiteral("UTC"));
    m_line = child<QLineEdit>(m_editor, "entryLine");
    QVERIFY(m_line->isEnabled());
    m_line->setFocus();
    QTRY_VERIFY(m_line->hasFocus());
}

void TestTimelineEditor::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
    m_ws = nullptr;
    m_editor = nullptr;
    m_line = nullptr;
}

void TestTimelineEditor::type(const QString& text)
{
    m_clock->advance(60);
    QTest::keyClicks(m_line, text);
    QTest::keyClick(m_line, Qt::Key_Return);
}

TimelineEntry TestTimelineEditor::entryByText(const QString& text) const
{
    const TimelineModel* model = m_editor->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->entryAt(r).text == text)
            return model->entryAt(r);
    }
    return {};
}

int TestTimelineEditor::rowOf(const QString& text) const
{
    const TimelineModel* model = m_editor->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->entryAt(r).text == text)
            return r;
    }
    return -1;
}

void TestTimelineEditor::writeTwentyEntriesByKeyboard()
{
    TimelineModel* model = m_editor->model();
    QComboBox* kind = child<QComboBox>(m_editor, "kindCombo");
    QCOMPARE(model->rowCount(), 1); // "declared"

    for (int i = 1; i <= 5; ++i) {
        type(QStringLiteral("Note %1").arg(i));
        QCOMPARE(m_line->text(), QString());
        QVERIFY(m_line->hasFocus()); // the line keeps focus
    }
    // A prefix sets the kind as soon as its space is typed and leaves the line.
    m_clock->advance(60);
    QTest::keyClicks(m_line, QStringLiteral("/decision "));
    QCOMPARE(m_line->text(), QString());
    QCOMPARE(kind->currentText(), QStringLiteral("Decision"));
    QTest::keyClicks(m_line, QStringLiteral("Roll back the 11:50 deploy"));
    QTest::keyClick(m_line, Qt::Key_Return);
    QCOMPARE(kind->currentText(), QStringLiteral("Note")); // one entry only

    // Ctrl+2 picks the second kind (Decision) for the next entry.
    QTest::keyClick(m_line, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(kind->currentText(), QStringLiteral("Decision"));
    type(QStringLiteral("Fail over to the replica"));
    QTest::keyClick(m_line, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(kind->currentText(), QStringLiteral("Hand-off"));
    QTest::keyClick(m_line, Qt::Key_Escape); // back to a note
    QCOMPARE(kind->currentText(), QStringLiteral("Note"));

    // Backdated: "@11:30" (UTC, as shown), and the time field.
    type(QStringLiteral("@11:30 Paged the database on-call"));
    QTest::keyClicks(child<QLineEdit>(m_editor, "timeEdit"), QStringLiteral("11:45"));
    type(QStringLiteral("Error rate back under 1%"));
    QCOMPARE(child<QLineEdit>(m_editor, "timeEdit")->text(), QString());
    type(QStringLiteral("/action Add a canary stage"));
    type(QStringLiteral("/update We are failing over to the replica."));
    for (int i = 6; i <= 14; ++i)
        type(QStringLiteral("Note %1").arg(i));

    QCOMPARE(model->rowCount(), 21); // 20 written and "declared"
    QVERIFY(m_prompts->errors.isEmpty());

    // Pin the last one with Ctrl+P: it is selected after writing.
    QCOMPARE(m_editor->currentEntryId(), entryByText(QStringLiteral("Note 14")).id);
    QTest::keyClick(m_line, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(entryByText(QStringLiteral("Note 14")).pinned);
    QCOMPARE(m_window->undoStack()->count(), 21); // 20 entries and the pin

    // Kinds, authors and order.
    const TimelineEntry decision = entryByText(QStringLiteral("Roll back the 11:50 deploy"));
    QCOMPARE(decision.kind, EntryKind::Decision);
    QCOMPARE(decision.author, QStringLiteral("sam"));
    QCOMPARE(entryByText(QStringLiteral("Fail over to the replica")).kind, EntryKind::Decision);
    QCOMPARE(entryByText(QStringLiteral("Add a canary stage")).kind, EntryKind::Action);
    QCOMPARE(entryByText(QStringLiteral("We are failing over to the replica.")).kind, EntryKind::StakeholderUpdate);
    QVERIFY(entryByText(QStringLiteral("We are failing over to the replica.")).isPublic);
    QCOMPARE(entryByText(QStringLiteral("Note 3")).kind, EntryKind::Note);
    const TimelineEntry paged = entryByText(QStringLiteral("Paged the database on-call"));
    QCOMPARE(paged.occurredAt, utc("2022-07-02T11:30:00Z"));
    QCOMPARE(paged.recordedAt, utc("2022-07-02T12:08:00Z"));
    QCOMPARE(entryByText(QStringLiteral("Error rate back under 1%")).occurredAt, utc("2022-07-02T11:45:00Z"));
    // Backdated entries sit where they happened: before "declared" at 12:00.
    QCOMPARE(rowOf(QStringLiteral("Paged the database on-call")), 0);
    QCOMPARE(rowOf(QStringLiteral("Error rate back under 1%")), 1);
    QCOMPARE(rowOf(QStringLiteral("Note 1")), 3);
    QCOMPARE(rowOf(QStringLiteral("Note 14")), 20);
    QDateTime previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!previous.isValid() || previous <= model->entryAt(r).occurredAt);
        previous = model->entryAt(r).occurredAt;
    }
    // Times are shown with their zone.
    auto* view = child<QListView>(m_editor, "timelineView");
    QCOMPARE(view->model()->rowCount(), 21);
    QCOMPARE(m_window->incidentView()->findChild<QTabWidget*>(QStringLiteral("incidentTabs"))->tabText(0),
             QStringLiteral("Timeline (21)"));
    QVERIFY(view->visualRect(view->model()->index(20, 0)).isValid());
    QCOMPARE(view->model()->index(20, 0).data(TimelineModel::PinnedRole).toBool(), true);
}

void TestTimelineEditor::parseErrorsWriteNothing()
{
    QLabel* error = child<QLabel>(m_editor, "entryError");
    QVERIFY(!error->isVisible());
    const int rows = m_editor->model()->rowCount();
    type(QStringLiteral("@25:00 too late"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("@25:00")), qPrintable(error->text()));
    QCOMPARE(m_line->text(), QStringLiteral("@25:00 too late")); // kept for fixing
    QCOMPARE(m_editor->model()->rowCount(), rows);
    // Typing clears it; an empty line is an error too.
    m_line->selectAll();
    QTest::keyClick(m_line, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    QTest::keyClick(m_line, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The entry has no text."));
    QTest::keyClicks(child<QLineEdit>(m_editor, "timeEdit"), QStringLiteral("7"));
    type(QStringLiteral("odd time"));
    QVERIFY(error->text().contains(QStringLiteral("@7")));
    QCOMPARE(m_editor->model()->rowCount(), rows);
    QCOMPARE(m_window->undoStack()->count(), 0);
    // Escape dismisses the message.
    child<QLineEdit>(m_editor, "timeEdit")->setText(QString());
    m_line->setText(QString());
    QTest::keyClick(m_line, Qt::Key_Escape);
    QVERIFY(!error->isVisible());
}

void TestTimelineEditor::editShowsRevisionsAndUndoes()
{
    type(QStringLiteral("Eror rate 5%"));
    type(QStringLiteral("Another one"));
    // Up selects the previous entry from the entry line.
    QTest::keyClick(m_line, Qt::Key_Up);
    const TimelineEntry typo = entryByText(QStringLiteral("Eror rate 5%"));
    QCOMPARE(m_editor->currentEntryId(), typo.id);

    QTest::keyClick(m_line, Qt::Key_F2);
    EntryEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* text = child<QPlainTextEdit>(dialog, "editTextEdit");
    QCOMPARE(text->toPlainText(), QStringLiteral("Eror rate 5%"));
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Error rate 12%"));
    m_clock->advance(30);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog")));

    TimelineEntry edited = entryByText(QStringLiteral("Error rate 12%"));
    QCOMPARE(edited.id, typo.id);
    QCOMPARE(edited.version, 2);
    const QModelIndex index = m_editor->proxy()->index(m_editor->view()->currentIndex().row(), 0);
    QCOMPARE(index.data(TimelineModel::EntryIdRole).toUuid(), typo.id);
    QVERIFY(index.data(TimelineModel::EditedRole).toBool());

    // Its history: as written, then the edit, with who and the diff.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_line->setFocus();
    QTRY_VERIFY(m_line->hasFocus());
    QTest::keyClick(m_line, Qt::Key_H, Qt::ControlModifier);
    RevisionDialog* history = m_editor->revisionDialog();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->objectName(), QStringLiteral("revisionDialog"));
    auto* table = child<QTableView>(history, "revisionTable");
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, RevisionModel::ChangeColumn).data().toString(), QStringLiteral("Written"));
    QCOMPARE(table->model()->index(1, RevisionModel::ChangeColumn).data().toString(), QStringLiteral("Text edited"));
    QCOMPARE(table->model()->index(1, RevisionModel::EditorColumn).data().toString(), QStringLiteral("sam"));
    QCOMPARE(table->model()->index(1, RevisionModel::EditedAtColumn).data().toString(),
             QStringLiteral("2022-07-02 12:02:30 UTC"));
    QCOMPARE(table->currentIndex().row(), 1); // the newest
    const QString diff = child<QTextBrowser>(history, "revisionDiff")->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("Error")) && diff.contains(QStringLiteral("12%")), qPrintable(diff));

    // Edit ▸ Undo puts the typo back and the history grows while the dialog is open.
    QAction* undo = child<QAction>(m_window.get(), "actionUndo");
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Edit")), qPrintable(undo->text()));
    undo->trigger();
    edited = entryByText(QStringLiteral("Eror rate 5%"));
    QCOMPARE(edited.id, typo.id);
    QCOMPARE(edited.version, 3);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    child<QAction>(m_window.get(), "actionRedo")->trigger();
    QCOMPARE(entryByText(QStringLiteral("Error rate 12%")).version, 4);
    history->close();

    // Double-click opens the editor too; Cancel changes nothing.
    QListView* view = m_editor->view();
    const QModelIndex other = m_editor->proxy()->index(m_editor->proxy()->rowCount() - 1, 0);
    const QPoint at = view->visualRect(other).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY((dialog = m_editor->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog"))) != nullptr);
    QCOMPARE(dialog->entry().text, QStringLiteral("Another one"));
    dialog->reject();
    QTRY_VERIFY(!m_editor->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog")));
    QCOMPARE(entryByText(QStringLiteral("Another one")).version, 1);
}

void TestTimelineEditor::deleteIsSoftAndUndoable()
{
    type(QStringLiteral("keep me"));
    type(QStringLiteral("delete me"));
    const TimelineEntry doomed = entryByText(QStringLiteral("delete me"));
    const int rows = m_editor->model()->rowCount();
    QListView* view = m_editor->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(m_editor->currentEntryId(), doomed.id);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_editor->model()->rowCount(), rows - 1);
    QCOMPARE(m_editor->model()->rowForId(doomed.id), -1);
    auto stored = m_ws->repository().findTimelineEntry(doomed.id);
    QVERIFY(stored.ok());
    QVERIFY(stored->deleted); // soft: still there, with its text
    QCOMPARE(stored->text, QStringLiteral("delete me"));
    auto revisions = m_ws->service().revisions(doomed.id);
    QCOMPARE(revisions->size(), 2);
    QVERIFY(revisions->last().deleted);

    // Delete in the entry line deletes characters, not entries.
    m_line->setFocus();
    QTest::keyClicks(m_line, QStringLiteral("ab"));
    QTest::keyClick(m_line, Qt::Key_Home);
    QTest::keyClick(m_line, Qt::Key_Delete);
    QCOMPARE(m_line->text(), QStringLiteral("b"));
    QCOMPARE(m_editor->model()->rowCount(), rows - 1);
    // With text in the line, Ctrl+Z undoes typing ...
    QTest::keyClick(m_line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_line->text(), QStringLiteral("ab"));
    QCOMPARE(m_editor->model()->rowCount(), rows - 1);
    // ... and with an empty line the last edit: the entry is back.
    m_line->setText(QString());
    QTest::keyClick(m_line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->model()->rowCount(), rows);
    QCOMPARE(entryByText(QStringLiteral("delete me")).version, 3);
    QVERIFY(!m_ws->repository().findTimelineEntry(doomed.id)->deleted);
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    QTest::keyClick(m_line, redo.key(), redo.keyboardModifiers());
    QCOMPARE(m_editor->model()->rowCount(), rows - 1);
}

void TestTimelineEditor::filters()
{
    type(QStringLiteral("/decision Roll back"));
    type(QStringLiteral("Canary looks healthy"));
    QTest::keyClick(m_line, Qt::Key_P, Qt::ControlModifier);
    m_clock->advance(60);
    QVERIFY(m_ws->service()
                .addEntry(m_inc1.id, EntryKind::Note, QStringLiteral("alice's canary note"), QStringLiteral("alice"))
                .ok());
    m_ws->notifyIncidentChanged(m_inc1.id);
    QAbstractItemModel* shown = m_editor->view()->model();
    QCOMPARE(shown->rowCount(), 4);
    QWidget* status = child<QWidget>(m_editor, "filterStatus");
    QVERIFY(!status->isVisible());

    auto* kind = child<QComboBox>(m_editor, "kindFilter");
    kind->setCurrentIndex(kind->findText(QStringLiteral("Decision")));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Roll back"));
    QVERIFY(status->isVisible());
    QCOMPARE(child<QLabel>(m_editor, "filterSummary")->text(), QStringLiteral("Showing 1 of 4 entries."));
    kind->setCurrentIndex(0);

    auto* pinned = child<QToolButton>(m_editor, "pinnedFilter");
    QTest::mouseClick(pinned, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Canary looks healthy"));
    QTest::mouseClick(pinned, Qt::LeftButton);

    auto* author = child<QComboBox>(m_editor, "authorFilter");
    QCOMPARE(author->count(), 3); // Everyone, alice, sam
    author->setCurrentIndex(author->findText(QStringLiteral("alice")));
    QCOMPARE(shown->rowCount(), 2); // she declared it, and her note
    author->setCurrentIndex(0);

    auto* search = child<QLineEdit>(m_editor, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("canary"));
    QCOMPARE(shown->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral(" alice"));
    QCOMPARE(shown->rowCount(), 1);
    // Entries arriving while filtered are filtered too.
    m_clock->advance(60);
    QVERIFY(
        m_ws->service().addEntry(m_inc1.id, EntryKind::Note, QStringLiteral("no match"), QStringLiteral("bob")).ok());
    m_ws->notifyIncidentChanged(m_inc1.id);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(child<QLabel>(m_editor, "filterSummary")->text(), QStringLiteral("Showing 1 of 5 entries."));

    QTest::mouseClick(child<QPushButton>(m_editor, "clearFiltersButton"), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(shown->rowCount(), 5);
    QVERIFY(!status->isVisible());
}

void TestTimelineEditor::draftsStayWithTheirIncident()
{
    type(QStringLiteral("written"));
    // Typing while the list has focus writes in the entry line.
    QListView* view = m_editor->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClicks(view, QStringLiteral("half"));
    QTRY_VERIFY(m_line->hasFocus());
    QTest::keyClicks(m_line, QStringLiteral("-written"));
    QCOMPARE(m_line->text(), QStringLiteral("half-written"));

    // Another incident starts with an empty line; coming back brings the draft back.
    QVERIFY(m_window->selectIncident(m_inc2.ref()).ok());
    QTRY_COMPARE(m_editor->model()->incidentId(), m_inc2.id);
    QCOMPARE(m_line->text(), QString());
    type(QStringLiteral("for the search incident"));
    QCOMPARE(m_ws->repository().timeline(m_inc2.id)->size(), 2);
    QVERIFY(m_window->selectIncident(m_inc1.ref()).ok());
    QTRY_COMPARE(m_editor->model()->incidentId(), m_inc1.id);
    QCOMPARE(m_line->text(), QStringLiteral("half-written"));
    QCOMPARE(m_ws->repository().timeline(m_inc1.id)->size(), 2); // "declared" and "written"
}

void TestTimelineEditor::followsNewEntriesOrCountsThem()
{
    for (int i = 1; i <= 20; ++i)
        type(QStringLiteral("Entry %1 with enough words to take a line or two in the timeline view").arg(i));
    QListView* view = m_editor->view();
    QScrollBar* bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // following the newest
    QVERIFY(m_editor->isFollowing());
    auto* marker = child<QPushButton>(m_editor, "newEntriesMarker");
    QVERIFY(!marker->isVisible());

    auto arrive = [&](const QString& text) {
        m_clock->advance(60);
        QVERIFY(m_ws->service().addEntry(m_inc1.id, EntryKind::Note, text, QStringLiteral("bob")).ok());
        m_ws->notifyIncidentChanged(m_inc1.id);
    };

    // Someone else writes while we follow: the view stays at the bottom.
    const int maxBefore = bar->maximum();
    arrive(QStringLiteral("bob: first"));
    QTRY_VERIFY(bar->maximum() > maxBefore);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!marker->isVisible());

    // The reader scrolls up: new entries are counted, the view stays put.
    bar->setValue(0);
    QVERIFY(!m_editor->isFollowing());
    arrive(QStringLiteral("bob: second"));
    arrive(QStringLiteral("bob: third"));
    QTRY_VERIFY(marker->isVisible());
    QCOMPARE(m_editor->newEntryCount(), 2);
    QCOMPARE(marker->text(), QStringLiteral("↓ 2 new entries"));
    QCOMPARE(bar->value(), 0);
    QVERIFY(view->viewport()->geometry().contains(marker->geometry().center()));

    // Clicking the marker jumps to the newest and follows again.
    QTest::mouseClick(marker, Qt::LeftButton);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!marker->isVisible());
    QVERIFY(m_editor->isFollowing());
    QCOMPARE(m_editor->newEntryCount(), 0);

    // Scrolling back down by hand clears the marker as well.
    bar->setValue(0);
    arrive(QStringLiteral("bob: fourth"));
    QTRY_VERIFY(marker->isVisible());
    QCOMPARE(marker->text(), QStringLiteral("↓ 1 new entry"));
    bar->setValue(bar->maximum());
    QVERIFY(!marker->isVisible());

    // Our own entry, written while scrolled up, is shown rather than counted.
    bar->setValue(0);
    m_line->setFocus();
    type(QStringLiteral("mine"));
    QVERIFY(!marker->isVisible());
    QCOMPARE(m_editor->currentEntryId(), entryByText(QStringLiteral("mine")).id);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestTimelineEditor::utcToggleChangesTimesAndBackdating()
{
    // The test runs with TZ=UTC; give "local" a zone of its own for this test.
    const QByteArray tz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QTimeZone::systemTimeZone(); // picks it up
    auto restore = qScopeGuard([&] {
        qputenv("TZ", tz);
        tzset();
    });
    if (QDateTime(QDate(2022, 7, 2), QTime(12, 0), Qt::UTC).toLocalTime().time() != QTime(14, 0))
        QSKIP("this system has no Europe/Berlin time zone data");

    QToolButton* toggle = child<QToolButton>(m_editor, "utcToggle");
    QSignalSpy zone(m_editor, &TimelineEditor::displayZoneChanged);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_editor->showsUtc());
    QCOMPARE(zone.count(), 1);
    QCOMPARE(toggle->text(), QStringLiteral("Local · CEST"));
    QVERIFY(QSettings().value(QStringLiteral("timeline/utc")).toBool() == false);

    // @13:30 now means 13:30 in Berlin: 11:30 UTC.
    type(QStringLiteral("@13:30 Berlin time"));
    QCOMPARE(entryByText(QStringLiteral("Berlin time")).occurredAt, utc("2022-07-02T11:30:00Z"));
    auto* delegate = qobject_cast<TimelineDelegate*>(m_editor->view()->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex first = m_editor->view()->model()->index(0, 0);
    QCOMPARE(delegate->timeText(first), QStringLiteral("2022-07-02 13:30 CEST"));
    const QModelIndex second = m_editor->view()->model()->index(1, 0);
    QCOMPARE(delegate->timeText(second), QStringLiteral("14:00 CEST")); // same day: time only

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_editor->showsUtc());
    QCOMPARE(delegate->timeText(first), QStringLiteral("2022-07-02 11:30 UTC"));
    QCOMPARE(delegate->timeText(second), QStringLiteral("12:00 UTC"));
    type(QStringLiteral("@11:40 UTC time"));
    QCOMPARE(entryByText(QStringLiteral("UTC time")).occurredAt, utc("2022-07-02T11:40:00Z"));
}

void TestTimelineEditor::actionEntryCreatesActionItem()
{
    type(QStringLiteral("/action Add a canary stage to the deploy"));
    ActionItemsPanel* panel = m_window->incidentView()->actionItemsPanel();
    QCOMPARE(panel->objectName(), QStringLiteral("actionItemsPanel"));
    auto* tabs = child<QTabWidget>(m_window->incidentView(), "incidentTabs");
    tabs->setCurrentWidget(panel);
    auto* table = child<QTableView>(panel, "actionItemsView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ActionItemModel::TextColumn).data().toString(),
             QStringLiteral("Add a canary stage to the deploy"));
    QCOMPARE(table->model()->index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Action items (1 open)"));

    // Undoing the entry cancels the item it created.
    child<QAction>(m_window.get(), "actionUndo")->trigger();
    QCOMPARE(table->model()->index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Action items"));
    child<QAction>(m_window.get(), "actionRedo")->trigger();
    QCOMPARE(table->model()->index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Open"));
}

void TestTimelineEditor::actionItemsPanelAddEditOverdue()
{
    ActionItemsPanel* panel = m_window->incidentView()->actionItemsPanel();
    auto* tabs = child<QTabWidget>(m_window->incidentView(), "incidentTabs");
    tabs->setCurrentWidget(panel);
    auto* text = child<QLineEdit>(panel, "actionTextEdit");
    auto* owner = child<QComboBox>(panel, "actionOwnerCombo");
    auto* priority = child<QComboBox>(panel, "actionPriorityCombo");
    auto* due = child<QDateTimeEdit>(panel, "actionDueEdit");
    QTRY_VERIFY(owner->count() >= 4); // Unassigned + the people

    // Due in an hour.
    QTest::keyClicks(text, QStringLiteral("Write the customer note"));
    owner->setCurrentIndex(owner->findText(QStringLiteral("bob")));
    priority->setCurrentIndex(priority->findText(QStringLiteral("High")));
    due->setDateTime(utc("2022-07-02T13:00:00Z"));
    QTest::keyClick(text, Qt::Key_Return);
    auto* table = child<QTableView>(panel, "actionItemsView");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(text->text(), QString());
    const QModelIndex row = table->model()->index(0, ActionItemModel::DueColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("2 Jul 13:00 UTC"));
    QCOMPARE(table->model()->index(0, ActionItemModel::OwnerColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(table->model()->index(0, ActionItemModel::PriorityColumn).data().toString(), QStringLiteral("High"));
    QVERIFY(!row.data(ActionItemModel::OverdueRole).toBool());

    // An hour and a half later it is overdue: red.
    m_clock->advance(90 * 60);
    panel->model()->tick();
    QVERIFY(row.data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(row.data(Qt::BackgroundRole).value<QColor>(), QColor(0xfd, 0xe2, 0xe1));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Action items (1 open, 1 overdue)"));
    QVERIFY(child<QLabel>(panel, "actionSummary")->text().contains(QStringLiteral("1 overdue")));

    // State edited inline: a combo, one pick.
    const QModelIndex state = table->model()->index(0, ActionItemModel::StateColumn);
    table->setFocus();
    table->setCurrentIndex(state);
    QTest::keyClick(table, Qt::Key_F2);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QComboBox*>(QStringLiteral("stateEditor"))) != nullptr);
    QCOMPARE(editor->currentText(), QStringLiteral("Open"));
    editor->setCurrentIndex(editor->findText(QStringLiteral("Done")));
    emit editor->activated(editor->currentIndex());
    QTRY_COMPARE(table->model()->index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(!row.data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Action items"));
    // The state change went on the timeline (by the service) and on the undo stack.
    QVERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("done")));
    child<QAction>(m_window.get(), "actionUndo")->trigger();
    QCOMPARE(table->model()->index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Open"));
    QVERIFY(row.data(ActionItemModel::OverdueRole).toBool());

    // An empty text is refused inline.
    QTest::mouseClick(child<QPushButton>(panel, "addActionButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(panel, "actionError")->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestTimelineEditor::myActionItemsAcrossIncidents()
{
    auto add = [&](const Incident& incident, const QString& text, const QString& owner, const QDateTime& due) {
        ActionItem item;
        item.incidentId = incident.id;
        item.text = text;
        item.owner = owner;
        item.dueAt = due;
        QVERIFY(m_ws->service().addActionItem(item, QStringLiteral("alice")).ok());
    };
    add(m_inc1, QStringLiteral("Rotate the keys"), QStringLiteral("sam"), utc("2022-07-03T12:00:00Z"));
    add(m_inc2, QStringLiteral("Reindex the catalog"), QStringLiteral("sam"), utc("2022-07-02T11:00:00Z"));
    add(m_inc2, QStringLiteral("Not mine"), QStringLiteral("bob"), {});
    m_ws->notifyIncidentChanged({});

    QDockWidget* dock = child<QDockWidget>(m_window.get(), "myActionsDock");
    QVERIFY(!dock->isVisible());
    QAction* toggle = child<QAction>(m_window.get(), "actionMyActionItems");
    QCOMPARE(toggle, m_window->myActionsAction());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());

    auto* table = child<QTableView>(dock, "myActionItemsView");
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ActionItemModel::TextColumn).data().toString(), QStringLiteral("Reindex the catalog"));
    QCOMPARE(model->index(0, ActionItemModel::IncidentColumn).data().toString(), m_inc2.ref());
    QVERIFY(model->index(0, 0).data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(model->index(0, ActionItemModel::TextColumn).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xfd, 0xe2, 0xe1));
    QCOMPARE(model->index(1, ActionItemModel::IncidentColumn).data().toString(), m_inc1.ref());
    QCOMPARE(child<QLabel>(dock, "myActionsSummary")->text(), QStringLiteral("@sam: 2 open, 1 overdue."));

    // A new one of mine, written as /action and given to me, shows up by itself.
    type(QStringLiteral("/action Check the dashboards"));
    ActionItemModel* incidentItems = m_window->incidentView()->actionItemsPanel()->model();
    QCOMPARE(incidentItems->rowCount(), 2);
    QVERIFY(incidentItems->setData(incidentItems->index(1, ActionItemModel::OwnerColumn), QStringLiteral("sam")));
    QCOMPARE(model->rowCount(), 3);

    // Finished ones hide unless asked for.
    QVERIFY(incidentItems->setData(incidentItems->index(1, ActionItemModel::StateColumn), int(ActionState::Done)));
    QCOMPARE(model->rowCount(), 2);
    QTest::mouseClick(child<QCheckBox>(dock, "showFinishedCheck"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);

    // Activating a row shows its incident.
    QCOMPARE(m_window->incidentView()->incidentId(), m_inc1.id);
    table->setFocus();
    table->setCurrentIndex(model->index(0, ActionItemModel::TextColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_window->incidentView()->incidentId(), m_inc2.id);
}

QTEST_MAIN(TestTimelineEditor)
#include "tst_timelineeditor.moc"
