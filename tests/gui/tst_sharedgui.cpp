// Windows on a shared PostgreSQL database (WARROOM_TEST_PG_URL; scripts/test.sh starts a
// private server): two windows show each other in the presence line of the incident they
// both show, with who is typing; a window connected as a viewer offers no write action and
// says it is read-only; a scribe's window writes the war room but changes no incident.
// Offscreen; WARROOM_SCREENSHOT_DIR, when set, receives a PNG of each window.
#include "../storage/testdatabases.h"

#include "core/clock.h"
#include "models/actionitemmodel.h"
#include "models/incidenttablemodel.h"
#include "models/peoplemodel.h"
#include "models/roleboardmodel.h"
#include "models/presencemodel.h"
#include "models/workspace.h"
#include "storage/accessroles.h"
#include "storage/incidentservice.h"
#include "ui/actionitemspanel.h"
#include "ui/incidentactions.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/roleboardpanel.h"
#include "ui/timelineeditor.h"
#include "ui/userprompts.h"

#include <QAction>
#include <QApplication>
#include <QDragMoveEvent>
#include <QMimeData>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace warroom;
using warroom::test::TestDatabases;

namespace {

constexpr int kTimeoutMs = 10'000;

class RecordingPrompts final : public UserPrompts {
public:
    QStringList errors;
    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

void saveScreenshot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

template <typename T>
T* child(QWidget& window, const char* name)
{
    T* w = window.findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace

class TestSharedGui : public QObject {
    Q_OBJECT

private:
    TestDatabases m_dbs;
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::shared_ptr<Database> m_owner;
    Incident m_incident;

    /// A migrated database with the roles and one incident; m_owner is its owner's connection.
    bool prepare()
    {
        m_owner = m_dbs.newDatabase(QStringLiteral("postgresql"));
        if (!m_owner || !createAccessRoles(*m_owner))
            return false;
        IncidentService service(m_owner, m_clock);
        DeclareRequest request;
        request.title = QStringLiteral("Checkout returns 502");
        request.severity = 2;
        request.services = {QStringLiteral("Checkout")};
        auto declared = service.declare(request, QStringLiteral("ana"));
        if (!declared)
            return false;
        m_incident = declared.value();
        return service.addEntry(m_incident.id, EntryKind::Note, QStringLiteral("Error rate 12 % since 14:02"),
                                QStringLiteral("ana"))
            .ok();
    }

    /// A window on the database as `user` (empty: the owner), showing the incident.
    std::unique_ptr<MainWindow> window(RecordingPrompts& prompts, const QString& user, const QString& handle)
    {
        DatabaseUrl url = m_owner->url();
        if (!user.isEmpty())
            url.user = user;
        auto ws = Workspace::open(url, m_clock);
        if (!ws) {
            qWarning("%s", qPrintable(ws.error().message));
            return {};
        }
        auto w = std::make_unique<MainWindow>(m_clock, prompts);
        w->setWorkspace(std::move(ws).value());
        w->workspace()->setActor(handle);
        w->resize(1400, 900);
        w->show();
        if (!w->reload() || !w->selectIncident(m_incident.ref()))
            return {};
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
        QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sharedgui"));
    }
    void init()
    {
        if (TestDatabases::pgUrl().isEmpty())
            QSKIP(TestDatabases::skipReason());
        QVERIFY(prepare());
    }
    void cleanup()
    {
        m_owner.reset();
        m_dbs.dropAll();
    }

    void twoWindowsShowEachOther()
    {
        RecordingPrompts prompts;
        auto a = window(prompts, {}, QStringLiteral("ana"));
        auto b = window(prompts, {}, QStringLiteral("bo"));
        QVERIFY(a && b);
        a->startLiveUpdates();
        b->startLiveUpdates();
        QVERIFY(a->presence() && b->presence());
        auto* aLine = child<QLabel>(*a, "presenceLabel");
        auto* bLine = child<QLabel>(*b, "presenceLabel");
        QVERIFY(aLine && bLine);
        QTRY_COMPARE_WITH_TIMEOUT(aLine->text(), QStringLiteral("Also here: bo"), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bLine->text(), QStringLiteral("Also here: ana"), kTimeoutMs);
        QVERIFY(aLine->isVisible());

        // Bo types in the timeline: Ana's window says so; sending the line ends it.
        auto* entry = child<QLineEdit>(*b, "entryLine");
        QVERIFY(entry);
        QTest::keyClicks(entry, QStringLiteral("Rolled back to v41"));
        QTRY_COMPARE_WITH_TIMEOUT(aLine->text(), QStringLiteral("Also here: bo — bo is typing…"), kTimeoutMs);
        saveScreenshot(*a, QStringLiteral("presence-ana"));
        saveScreenshot(*b, QStringLiteral("presence-bo"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(aLine->text(), QStringLiteral("Also here: bo"), kTimeoutMs);

        // Bo closes the window: gone from Ana's.
        b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!aLine->isVisible(), kTimeoutMs);
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void viewerWindowIsReadOnly()
    {
        const QString login = m_dbs.newLoginRole(AccessRoles::viewer());
        QVERIFY(!login.isEmpty());
        RecordingPrompts prompts;
        auto w = window(prompts, login, QStringLiteral("vic"));
        QVERIFY(w);
        QCOMPARE(w->workspace()->access(), AccessLevel::Viewer);
        IncidentActions* actions = w->incidentActions();
        QVERIFY(!actions->declareAction()->isEnabled());
        for (IncidentStatus s : IncidentActions::statusActionTargets())
            QVERIFY(!actions->statusAction(s)->isEnabled());
        QVERIFY(!actions->reclassifyAction()->isEnabled());
        QVERIFY(!actions->correctTimesAction()->isEnabled());
        QVERIFY(!actions->stakeholderUpdateAction()->isEnabled());
        QVERIFY(!w->importAction()->isEnabled());
        QVERIFY(!w->peopleAction()->isEnabled());
        // The timeline: the notice instead of the entry line, and no edit actions.
        auto* notice = child<QLabel>(*w, "readOnlyNotice");
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Read-only: you are connected as a viewer."));
        QVERIFY(!child<QLineEdit>(*w, "entryLine")->isVisible());
        TimelineEditor* editor = w->incidentView()->timelineEditor();
        QVERIFY(editor->selectEntry(w->workspace()->repository().timeline(m_incident.id)->last().id));
        int editActions = 0;
        for (QAction* a : editor->entryActions()) {
            if (a->objectName() == QLatin1String("actionEditEntry") || a->objectName() == QLatin1String("actionPinEntry")
                || a->objectName() == QLatin1String("actionDeleteEntry")) {
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
                ++editActions;
            }
        }
        QCOMPARE(editActions, 3);
        // Action items, role board, postmortem: read, not written.
        QVERIFY(child<QWidget>(*w, "addFrame")->isHidden());
        QVERIFY(!child<QPushButton>(*w, "assignButton")->isEnabled());
        QVERIFY(!child<QTreeView>(*w, "roleTree")->viewport()->acceptDrops());
        QVERIFY(child<QPushButton>(*w, "prefillButton")->isHidden());
        auto* status = child<QLabel>(*w, "accessLabel");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Viewer: read-only"));
        saveScreenshot(*w, QStringLiteral("viewer"));
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void scribeWindowWritesTheWarRoomOnly()
    {
        const QString login = m_dbs.newLoginRole(AccessRoles::scribe());
        QVERIFY(!login.isEmpty());
        RecordingPrompts prompts;
        auto w = window(prompts, login, QStringLiteral("sam"));
        QVERIFY(w);
        QCOMPARE(w->workspace()->access(), AccessLevel::Scribe);
        IncidentActions* actions = w->incidentActions();
        QVERIFY(!actions->declareAction()->isEnabled());
        QVERIFY(!actions->statusAction(IncidentStatus::Acknowledged)->isEnabled());
        QVERIFY(!actions->reclassifyAction()->isEnabled());
        QVERIFY(actions->stakeholderUpdateAction()->isEnabled());
        QVERIFY(!child<QLabel>(*w, "readOnlyNotice")->isVisible());
        auto* entry = child<QLineEdit>(*w, "entryLine");
        QVERIFY(entry->isVisible() && entry->isEnabled());
        // The scribe writes the timeline, and the database takes it.
        QTest::keyClicks(entry, QStringLiteral("Paged the database on-call"));
        QTest::keyClick(entry, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->workspace()->repository().timeline(m_incident.id)->last().text,
                                  QStringLiteral("Paged the database on-call"), kTimeoutMs);
        QVERIFY(!child<QWidget>(*w, "addFrame")->isHidden());
        QCOMPARE(child<QLabel>(*w, "accessLabel")->text(), QStringLiteral("Scribe"));

        // The role board takes a person dropped on a role, but not on the commander's.
        auto* tree = child<QTreeView>(*w, "roleTree");
        auto* board = qobject_cast<RoleBoardModel*>(tree->model());
        QVERIFY(board);
        QMimeData person;
        person.setData(PeopleModel::personMimeType(), "ana");
        auto dragOver = [&](IncidentRole role) {
            const QModelIndex index = board->indexForRole(role, RoleBoardModel::HolderColumn);
            tree->scrollTo(index);
            const QPoint at = tree->visualRect(index).center();
            QDragEnterEvent enter(at, Qt::CopyAction, &person, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(tree->viewport(), &enter);
            QDragMoveEvent move(at, Qt::CopyAction, &person, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(tree->viewport(), &move);
            return move.isAccepted();
        };
        QVERIFY(!dragOver(IncidentRole::Commander));
        QVERIFY(dragOver(IncidentRole::Operations));
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void ownerWindowHasEverything()
    {
        RecordingPrompts prompts;
        auto w = window(prompts, {}, QStringLiteral("ana"));
        QVERIFY(w);
        QCOMPARE(w->workspace()->access(), AccessLevel::Commander);
        QVERIFY(w->incidentActions()->declareAction()->isEnabled());
        QVERIFY(w->incidentActions()->reclassifyAction()->isEnabled());
        QVERIFY(w->incidentActions()->correctTimesAction()->isEnabled());
        QVERIFY(!child<QLabel>(*w, "accessLabel")->isVisible());
        QVERIFY(!child<QLabel>(*w, "readOnlyNotice")->isVisible());
        QVERIFY(!child<QLabel>(*w, "presenceLabel")->isVisible());   // nobody else here
    }
};

QTEST_MAIN(TestSharedGui)
#include "tst_sharedgui.moc"
