// Running an incident from the main window over a temp SQLite database and a FixedClock:
// declaring through the dialog, lifecycle actions enabled exactly as the state machine says,
// reclassifying, correcting times, conflicts with someone else's change, stakeholder updates
// and the next-update countdown (model, dashboard, header, notification), settings and
// identity. Offscreen; dialogs are found by object name and answered with the keyboard.

#include "ui/cadencenotifier.h"
#include "ui/correcttimedialog.h"
#include "ui/dashboardpanel.h"
#include "ui/declaredialog.h"
#include "ui/identitydialog.h"
#include "ui/incidentactions.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/severitychip.h"
#include "ui/stakeholderupdatedialog.h"
#include "ui/userprompts.h"

#include "models/cadencesettings.h"
#include "models/identitysettings.h"
#include "models/incidenttablemodel.h"
#include "models/workspace.h"

#include "core/lifecycle.h"
#include "core/timeformat.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace warroom;

namespace {

using Model = IncidentTableModel;

const QString kMe = QStringLiteral("ida.ic");
const QString kMyName = QStringLiteral("Ida Commander");

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

/// Answers every prompt without showing anything and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList errorTitles;
    QStringList errors;
    QStringList infos;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errorTitles << title;
        errors << message;
    }
    void showInfo(QWidget*, const QString&, const QString& message) override { infos << message; }
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* object = parent->findChild<T*>(name);
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
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

/// The one visible, not yet closed dialog of type T in the window.
template <typename T> T* openDialog(QWidget* window)
{
    const QList<T*> dialogs = window->findChildren<T*>();
    for (T* d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestIncidentActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingSelectedDisablesIncidentActions();
    void declareThroughDialog();
    void declareDialogValidates();
    void statusActionsFollowLifecycle_data();
    void statusActionsFollowLifecycle();
    void mitigatedStampsClockTime();
    void illegalMoveIsReportedNotIgnored();
    void reopenAfterResolve();
    void reclassifyWritesOldToNew();
    void correctStartedAtIsRecorded();
    void conflictIsReportedAndNothingWritten();
    void conflictInDialogIsReported();
    void stakeholderUpdateResetsCountdown();
    void countdownTurnsAmberThenRed();
    void countdownColumnInModel();
    void settingsChangeCadenceAndIdentity();
    void identityHelpers();
    void identityDialogValidatesHandle();

private:
    void openWindow();
    Workspace* workspace() const { return m_window->workspace(); }
    /// Declares through the service (as if in another window), reloads and selects it.
    Incident declareAndSelect(const QString& title, SeverityLevel severity, const QString& summary = {});
    Incident stored(const QUuid& id) const;
    QList<TimelineEntry> timeline(const QUuid& id) const;
    QAction* action(const char* name) const;
    QLabel* header(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void TestIncidentActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // QSettings of this process only: other builds may run this test at the same time.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_incidentactions"));
}

void TestIncidentActions::init()
{
    QSettings settings;
    settings.clear();
    saveIdentity(settings, Identity{kMyName, kMe});
    settings.sync();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_prompts = std::make_unique<FakePrompts>();
    openWindow();
}

void TestIncidentActions::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestIncidentActions::openWindow()
{
    auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("war.db"))), *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(opened).value());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->reload().ok());
    QCOMPARE(workspace()->actor(), kMe);
}

Incident TestIncidentActions::declareAndSelect(const QString& title, SeverityLevel severity, const QString& summary)
{
    DeclareRequest request;
    request.title = title;
    request.severity = severity;
    request.summary = summary;
    auto declared = workspace()->service().declare(request, kMe);
    if (!declared.ok()) {
        qWarning("declare failed: %s", qPrintable(declared.errorText()));
        return {};
    }
    workspace()->notifyIncidentChanged(declared->id);
    if (auto selected = m_window->selectIncident(declared->ref()); !selected.ok())
        qWarning("select failed: %s", qPrintable(selected.errorText()));
    return declared.value();
}

Incident TestIncidentActions::stored(const QUuid& id) const
{
    auto incident = m_window->workspace()->repository().findById(id);
    return incident.ok() ? incident.value() : Incident{};
}

QList<TimelineEntry> TestIncidentActions::timeline(const QUuid& id) const
{
    auto entries = m_window->workspace()->repository().timeline(id);
    return entries.ok() ? entries.value() : QList<TimelineEntry>{};
}

QAction* TestIncidentActions::action(const char* name) const
{
    return child<QAction>(m_window.get(), QString::fromLatin1(name));
}

QLabel* TestIncidentActions::header(const char* name) const
{
    return child<QLabel>(m_window->incidentView(), QString::fromLatin1(name));
}

void TestIncidentActions::nothingSelectedDisablesIncidentActions()
{
    IncidentActions* actions = m_window->incidentActions();
    QVERIFY(actions->declareAction()->isEnabled());
    for (IncidentStatus s : IncidentActions::statusActionTargets())
        QVERIFY2(!actions->statusAction(s)->isEnabled(), qPrintable(statusKey(s)));
    QVERIFY(!actions->reopenAction()->isEnabled());
    QVERIFY(!actions->reclassifyAction()->isEnabled());
    QVERIFY(!actions->correctTimesAction()->isEnabled());
    QVERIFY(!actions->stakeholderUpdateAction()->isEnabled());
    QVERIFY(actions->settingsAction()->isEnabled());

    // Menu, toolbar and shortcuts as promised.
    auto* menu = child<QMenu>(m_window.get(), QStringLiteral("menuIncident"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(actions->statusAction(IncidentStatus::Mitigated)));
    auto* toolBar = child<QToolBar>(m_window.get(), QStringLiteral("incidentToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(actions->declareAction()));
    QVERIFY(toolBar->actions().contains(actions->stakeholderUpdateAction()));
    QCOMPARE(actions->declareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(actions->statusAction(IncidentStatus::Acknowledged)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QCOMPARE(actions->statusAction(IncidentStatus::Mitigated)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QCOMPARE(actions->statusAction(IncidentStatus::Resolved)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(actions->stakeholderUpdateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("actorLabel"))->text(), QStringLiteral("@") + kMe);
}

void TestIncidentActions::declareThroughDialog()
{
    // A service someone already used, for the completer.
    DeclareRequest earlier;
    earlier.title = QStringLiteral("Old payments blip");
    earlier.services = {QStringLiteral("payments-api")};
    auto old = workspace()->service().declare(earlier, kMe);
    QVERIFY2(old.ok(), qPrintable(old.errorText()));
    QVERIFY(workspace()->service().changeStatus(old->id, IncidentStatus::Resolved, kMe).ok());
    workspace()->notifyIncidentChanged(old->id);

    // Ctrl+N opens the dialog.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    DeclareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<DeclareDialog>(m_window.get())) != nullptr);
    QVERIFY(dialog->isModal());
    auto* declareButton = child<QPushButton>(dialog, QStringLiteral("declareButton"));
    QVERIFY(!declareButton->isEnabled()); // no title yet

    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("titleEdit")),
                     QStringLiteral("Checkout fails for EU customers"));
    QVERIFY(declareButton->isEnabled());
    auto* severity = child<QComboBox>(dialog, QStringLiteral("severityCombo"));
    severity->setFocus();
    QTest::keyClicks(severity, QStringLiteral("SEV1"));
    QCOMPARE(severity->currentData().toInt(), 1);

    auto* services = child<QLineEdit>(dialog, QStringLiteral("servicesEdit"));
    QTest::keyClick(severity, Qt::Key_Tab); // on to the services, as a user would
    QTRY_VERIFY(services->hasFocus());
    QTest::keyClicks(services, QStringLiteral("checkout, pay"));
    QCompleter* completer = services->completer();
    QVERIFY(completer);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("checkout, payments-api")); // after the comma
    QTRY_VERIFY(completer->popup()->isVisible());
    QAbstractItemView* popup = completer->popup();
    QCOMPARE(popup->model()->rowCount(), 1);
    const QModelIndex offered = popup->model()->index(0, 0);
    QCOMPARE(offered.data().toString(), QStringLiteral("payments-api"));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(offered).center());
    QCOMPARE(services->text(), QStringLiteral("checkout, payments-api"));

    // Impact began 25 minutes before it was declared.
    auto* started = child<QDateTimeEdit>(dialog, QStringLiteral("startedEdit"));
    typeDateTime(started, {QStringLiteral("2022"), QStringLiteral("07"), QStringLiteral("02"), QStringLiteral("11"),
                           QStringLiteral("35")});
    QCOMPARE(started->dateTime().toUTC(), utc("2022-07-02T11:35:00Z"));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("startedHint"))->text(), QStringLiteral("25m before now"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("summaryEdit")),
                     QStringLiteral("Card payments time out at the gateway."));

    m_clock->advance(20); // declared a little after the dialog opened
    QTest::mouseClick(declareButton, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    // Stored as declared; the declarer commands it; the table and the view show it.
    const Model* model = m_window->dashboard()->incidentModel();
    QCOMPARE(model->rowCount(), 2);
    const QUuid id = m_window->incidentView()->incidentId();
    QVERIFY(!id.isNull());
    QVERIFY(id != old->id);
    const Incident incident = stored(id);
    QCOMPARE(incident.title, QStringLiteral("Checkout fails for EU customers"));
    QCOMPARE(incident.severity, 1);
    QCOMPARE(incident.status, IncidentStatus::Investigating);
    QCOMPARE(incident.services, (QStringList{QStringLiteral("checkout"), QStringLiteral("payments-api")}));
    QCOMPARE(incident.summary, QStringLiteral("Card payments time out at the gateway."));
    QCOMPARE(incident.startedAt, utc("2022-07-02T11:35:00Z"));
    QCOMPARE(incident.declaredAt, utc("2022-07-02T12:00:20Z"));
    QCOMPARE(incident.detectedAt, utc("2022-07-02T12:00:20Z"));
    QCOMPARE(incident.commander, workspace()->actor());
    QCOMPARE(incident.commander, kMe);
    const QList<TimelineEntry> entries = timeline(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, EntryKind::StatusChange);
    QCOMPARE(entries.first().author, kMe);
    QVERIFY2(entries.first().text.contains(QStringLiteral("Investigating")), qPrintable(entries.first().text));
    QCOMPARE(m_window->dashboard()->currentIncidentId(), id);
    QCOMPARE(header("titleLabel")->text(), incident.title);
    QCOMPARE(header("commanderLabel")->text(), kMe);
    // The declarer is in the people directory under their name.
    auto me = workspace()->service().findPerson(kMe);
    QVERIFY2(me.ok(), qPrintable(me.errorText()));
    QCOMPARE(me->name, kMyName);
    // Investigating: Identified and Mitigated are possible now, Acknowledge is not.
    QVERIFY(m_window->incidentActions()->statusAction(IncidentStatus::Mitigated)->isEnabled());
    QVERIFY(!m_window->incidentActions()->statusAction(IncidentStatus::Acknowledged)->isEnabled());
}

void TestIncidentActions::declareDialogValidates()
{
    QCOMPARE(DeclareDialog::parseServices(QStringLiteral(" checkout ,payments-api,, Checkout ,  ")),
             (QStringList{QStringLiteral("checkout"), QStringLiteral("payments-api")}));

    m_window->incidentActions()->declareAction()->trigger();
    DeclareDialog* dialog = openDialog<DeclareDialog>(m_window.get());
    QVERIFY(dialog);
    // A second Ctrl+N raises the same dialog instead of opening another.
    m_window->incidentActions()->declareAction()->trigger();
    QCOMPARE(m_window->findChildren<DeclareDialog*>().size(), 1);
    auto* declareButton = child<QPushButton>(dialog, QStringLiteral("declareButton"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("titleEdit")), QStringLiteral("   "));
    QVERIFY(!declareButton->isEnabled()); // blank titles do not count
    // The start cannot be set in the future.
    auto* started = child<QDateTimeEdit>(dialog, QStringLiteral("startedEdit"));
    QCOMPARE(started->maximumDateTime().toUTC(), m_clock->nowUtc());
    // Left at "now", the request has no start: the service uses the time of declaring.
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("titleEdit")), QStringLiteral("x"));
    QVERIFY(!dialog->request().startedAt.isValid());
    QCOMPARE(dialog->request().severity, 2); // the default
    // Cancel writes nothing.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!openDialog<DeclareDialog>(m_window.get()));
    QCOMPARE(m_window->dashboard()->incidentModel()->rowCount(), 0);
}

void TestIncidentActions::statusActionsFollowLifecycle_data()
{
    QTest::addColumn<IncidentStatus>("from");
    for (IncidentStatus s : allIncidentStatuses())
        QTest::newRow(qPrintable(statusKey(s))) << s;
}

void TestIncidentActions::statusActionsFollowLifecycle()
{
    QFETCH(IncidentStatus, from);
    Incident incident;
    incident.title = QStringLiteral("In status %1").arg(statusKey(from));
    incident.severity = 2;
    incident.status = from;
    incident.startedAt = utc("2022-07-02T10:00:00Z");
    incident.detectedAt = incident.declaredAt = incident.startedAt;
    if (from != IncidentStatus::Triggered)
        incident.acknowledgedAt = utc("2022-07-02T10:05:00Z");
    if (int(from) >= int(IncidentStatus::Resolved))
        incident.mitigatedAt = incident.resolvedAt = utc("2022-07-02T11:00:00Z");
    if (from == IncidentStatus::Closed)
        incident.closedAt = utc("2022-07-02T11:30:00Z");
    auto inserted = workspace()->repository().insertIncident(incident);
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorText()));
    workspace()->notifyIncidentChanged(inserted->id);
    QVERIFY(m_window->selectIncident(inserted->ref()).ok());

    IncidentActions* actions = m_window->incidentActions();
    QCOMPARE(actions->currentIncidentId(), inserted->id);
    for (IncidentStatus to : IncidentActions::statusActionTargets()) {
        QVERIFY2(actions->statusAction(to)->isEnabled() == Lifecycle::canTransition(from, to),
                 qPrintable(QStringLiteral("%1 -> %2").arg(statusKey(from), statusKey(to))));
    }
    QCOMPARE(actions->reopenAction()->isEnabled(), Lifecycle::canReopen(from));
    QVERIFY(actions->statusAction(IncidentStatus::Triggered) == nullptr);
    QVERIFY(actions->reclassifyAction()->isEnabled());
    QVERIFY(actions->correctTimesAction()->isEnabled());
    QVERIFY(actions->stakeholderUpdateAction()->isEnabled());
    // The current severity is checked and cannot be chosen again.
    QVERIFY(actions->reclassifyToAction(2)->isChecked());
    QVERIFY(!actions->reclassifyToAction(2)->isEnabled());
    QVERIFY(actions->reclassifyToAction(1)->isEnabled());

    // Every enabled move works; afterwards the actions follow the new status.
    for (IncidentStatus to : IncidentActions::statusActionTargets()) {
        if (!Lifecycle::canTransition(from, to))
            continue;
        actions->statusAction(to)->trigger();
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
        QCOMPARE(stored(inserted->id).status, to);
        for (IncidentStatus next : IncidentActions::statusActionTargets())
            QCOMPARE(actions->statusAction(next)->isEnabled(), Lifecycle::canTransition(to, next));
        break; // one move per row is enough: the next rows start from the other statuses
    }
}

void TestIncidentActions::mitigatedStampsClockTime()
{
    const Incident incident = declareAndSelect(QStringLiteral("Search latency"), 2);
    QVERIFY(!incident.id.isNull());
    m_clock->advance(10 * 60);
    QSignalSpy changed(workspace(), &Workspace::incidentChanged);

    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); // Mitigated
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toUuid(), incident.id);
    const Incident after = stored(incident.id);
    QCOMPARE(after.status, IncidentStatus::Mitigated);
    QCOMPARE(after.mitigatedAt, utc("2022-07-02T12:10:00Z"));
    const QList<TimelineEntry> entries = timeline(incident.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().kind, EntryKind::StatusChange);
    QCOMPARE(entries.last().author, kMe);
    QCOMPARE(entries.last().occurredAt, utc("2022-07-02T12:10:00Z"));
    QCOMPARE(entries.last().text, QStringLiteral("Status Investigating → Mitigated."));

    // The header, the table and the actions show the new status at once.
    QVERIFY(header("statusLabel")->text().contains(QStringLiteral("Mitigated")));
    QCOMPARE(child<QListView>(m_window->incidentView(), QStringLiteral("timelineView"))->model()->rowCount(), 2);
    QVERIFY(header("mitigatedValue")->text().contains(QStringLiteral("12:10")));
    const Model* model = m_window->dashboard()->incidentModel();
    QCOMPARE(model->index(model->rowForId(incident.id), Model::StatusColumn).data().toString(),
             QStringLiteral("Mitigated"));
    IncidentActions* actions = m_window->incidentActions();
    QVERIFY(!actions->statusAction(IncidentStatus::Mitigated)->isEnabled());
    QVERIFY(actions->statusAction(IncidentStatus::Resolved)->isEnabled());
    QVERIFY(actions->statusAction(IncidentStatus::Investigating)->isEnabled());

    // Ctrl+Shift+R resolves.
    m_clock->advance(60);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(incident.id).status, IncidentStatus::Resolved);
    QCOMPARE(stored(incident.id).resolvedAt, utc("2022-07-02T12:11:00Z"));
    QVERIFY(actions->reopenAction()->isEnabled());
    QVERIFY(!actions->statusAction(IncidentStatus::Mitigated)->isEnabled());
}

void TestIncidentActions::illegalMoveIsReportedNotIgnored()
{
    // A disabled action cannot be triggered; calling the slot anyway (e.g. a stale UI)
    // reaches the state machine, whose refusal is shown.
    const Incident incident = declareAndSelect(QStringLiteral("Queue backlog"), 3);
    IncidentActions* actions = m_window->incidentActions();
    QVERIFY(!actions->statusAction(IncidentStatus::Closed)->isEnabled());
    actions->statusAction(IncidentStatus::Closed)->trigger();
    QVERIFY(m_prompts->errors.isEmpty()); // disabled: nothing happens
    actions->changeStatus(IncidentStatus::Closed);
    QCOMPARE(m_prompts->errors.size(), 1);
    QCOMPARE(m_prompts->errorTitles.first(), QStringLiteral("Cannot Change Status"));
    QCOMPARE(stored(incident.id).status, IncidentStatus::Investigating);
    QCOMPARE(timeline(incident.id).size(), 1);
}

void TestIncidentActions::reopenAfterResolve()
{
    const Incident incident = declareAndSelect(QStringLiteral("DNS flaps"), 2);
    IncidentActions* actions = m_window->incidentActions();
    m_clock->advance(60);
    actions->statusAction(IncidentStatus::Resolved)->trigger();
    m_clock->advance(60);
    actions->statusAction(IncidentStatus::Closed)->trigger();
    QCOMPARE(stored(incident.id).status, IncidentStatus::Closed);
    QVERIFY(actions->reopenAction()->isEnabled());
    m_clock->advance(60);
    actions->reopenAction()->trigger();
    const Incident after = stored(incident.id);
    QCOMPARE(after.status, IncidentStatus::Investigating);
    QVERIFY(!after.resolvedAt.isValid());
    QVERIFY(!after.closedAt.isValid());
    QVERIFY(timeline(incident.id).last().text.startsWith(QStringLiteral("Reopened")));
    QVERIFY(!actions->reopenAction()->isEnabled());
}

void TestIncidentActions::reclassifyWritesOldToNew()
{
    const Incident incident = declareAndSelect(QStringLiteral("Slow dashboards"), 3);
    IncidentActions* actions = m_window->incidentActions();
    QVERIFY(actions->reclassifyToAction(3)->isChecked());
    m_clock->advance(60);
    actions->reclassifyToAction(1)->trigger();
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QCOMPARE(stored(incident.id).severity, 1);
    QCOMPARE(timeline(incident.id).last().text, QStringLiteral("Severity SEV3 → SEV1."));
    QCOMPARE(timeline(incident.id).last().author, kMe);
    QVERIFY(actions->reclassifyToAction(1)->isChecked());
    QVERIFY(!actions->reclassifyToAction(1)->isEnabled());
    QVERIFY(actions->reclassifyToAction(3)->isEnabled());
    const Model* model = m_window->dashboard()->incidentModel();
    QCOMPARE(model->index(model->rowForId(incident.id), Model::SeverityColumn).data().toString(),
             QStringLiteral("SEV1 Critical"));
    // A SEV1 has a 30-minute cadence: the countdown follows the new severity.
    QCOMPARE(model->index(model->rowForId(incident.id), 0).data(Model::NextUpdateDueRole).toDateTime(),
             utc("2022-07-02T12:30:00Z"));
    QCOMPARE(child<SeverityChip>(m_window->incidentView(), QStringLiteral("severityChip"))->level(), 1);
}

void TestIncidentActions::correctStartedAtIsRecorded()
{
    const Incident incident = declareAndSelect(QStringLiteral("Login errors"), 2);
    m_clock->advance(5 * 60);
    m_window->incidentActions()->correctTimesAction()->trigger();
    CorrectTimeDialog* dialog = openDialog<CorrectTimeDialog>(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->field(), LifecycleField::Started);
    auto* correct = child<QPushButton>(dialog, QStringLiteral("correctButton"));
    QVERIFY(!correct->isEnabled()); // unchanged
    // Fields of stages not reached yet cannot be picked.
    auto* fields = child<QComboBox>(dialog, QStringLiteral("fieldCombo"));
    dialog->setField(LifecycleField::Resolved);
    QCOMPARE(dialog->field(), LifecycleField::Started);
    QVERIFY(fields->count() == allLifecycleFields().size());

    typeDateTime(child<QDateTimeEdit>(dialog, QStringLiteral("timeEdit")),
                 {QStringLiteral("2022"), QStringLiteral("07"), QStringLiteral("02"), QStringLiteral("11"),
                  QStringLiteral("20"), QStringLiteral("00")});
    QCOMPARE(dialog->timeUtc(), utc("2022-07-02T11:20:00Z"));
    QVERIFY(correct->isEnabled());
    QTest::mouseClick(correct, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    const Incident after = stored(incident.id);
    QCOMPARE(after.startedAt, utc("2022-07-02T11:20:00Z"));
    QCOMPARE(after.declaredAt, incident.declaredAt);
    const TimelineEntry last = timeline(incident.id).last();
    QCOMPARE(last.kind, EntryKind::StatusChange);
    QCOMPARE(last.author, kMe);
    QVERIFY2(last.text.contains(QStringLiteral("started_at")), qPrintable(last.text));
    QVERIFY2(last.text.contains(QStringLiteral("2022-07-02T12:00:00")), qPrintable(last.text)); // old
    QVERIFY2(last.text.contains(QStringLiteral("2022-07-02T11:20:00")), qPrintable(last.text)); // new
    QVERIFY(header("startedValue")->text().contains(QStringLiteral("11:20")));
}

void TestIncidentActions::conflictIsReportedAndNothingWritten()
{
    const Incident incident = declareAndSelect(QStringLiteral("Storage degraded"), 2);
    // Someone else moves it on, in another window; this one has not reloaded yet.
    auto other = workspace()->service().changeStatus(incident.id, IncidentStatus::Identified, QStringLiteral("bob"));
    QVERIFY2(other.ok(), qPrintable(other.errorText()));
    const int entriesBefore = int(timeline(incident.id).size());
    QVERIFY(header("statusLabel")->text().contains(QStringLiteral("Investigating"))); // stale

    m_window->incidentActions()->statusAction(IncidentStatus::Mitigated)->trigger();
    QCOMPARE(m_prompts->errors.size(), 1);
    QCOMPARE(m_prompts->errorTitles.first(), QStringLiteral("Changed by Someone Else"));
    QVERIFY2(m_prompts->errors.first().contains(QStringLiteral("Someone else changed this incident")),
             qPrintable(m_prompts->errors.first()));
    QVERIFY(m_prompts->errors.first().contains(incident.ref()));
    // Nothing written; the window now shows what is stored.
    const Incident after = stored(incident.id);
    QCOMPARE(after.status, IncidentStatus::Identified);
    QVERIFY(!after.mitigatedAt.isValid());
    QCOMPARE(after.version, other->version);
    QCOMPARE(int(timeline(incident.id).size()), entriesBefore);
    QVERIFY(header("statusLabel")->text().contains(QStringLiteral("Identified")));
    QCOMPARE(m_window->incidentView()->incidentId(), incident.id);
    // Acting again on what is now shown works.
    m_window->incidentActions()->statusAction(IncidentStatus::Mitigated)->trigger();
    QCOMPARE(m_prompts->errors.size(), 1);
    QCOMPARE(stored(incident.id).status, IncidentStatus::Mitigated);
}

void TestIncidentActions::conflictInDialogIsReported()
{
    const Incident incident = declareAndSelect(QStringLiteral("CDN errors"), 2);
    m_window->incidentActions()->correctTimesAction()->trigger();
    CorrectTimeDialog* dialog = openDialog<CorrectTimeDialog>(m_window.get());
    QVERIFY(dialog);
    // While the dialog is open, someone reclassifies the incident.
    QVERIFY(workspace()->service().reclassify(incident.id, 1, QStringLiteral("bob")).ok());
    typeDateTime(child<QDateTimeEdit>(dialog, QStringLiteral("timeEdit")),
                 {QStringLiteral("2022"), QStringLiteral("07"), QStringLiteral("02"), QStringLiteral("11"),
                  QStringLiteral("00"), QStringLiteral("00")});
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("correctButton")), Qt::LeftButton);
    QCOMPARE(m_prompts->errorTitles, QStringList{QStringLiteral("Changed by Someone Else")});
    QCOMPARE(stored(incident.id).startedAt, incident.startedAt); // not overwritten
    QCOMPARE(stored(incident.id).severity, 1);
    QCOMPARE(child<QLabel>(m_window->incidentView(), QStringLiteral("refLabel"))->text(), incident.ref());
}

void TestIncidentActions::stakeholderUpdateResetsCountdown()
{
    const Incident incident = declareAndSelect(QStringLiteral("API 5xx spike"), 1);
    Model* model = m_window->dashboard()->incidentModel();
    const int row = model->rowForId(incident.id);
    QCOMPARE(model->index(row, Model::NextUpdateColumn).data().toString(), QStringLiteral("30:00"));
    QCOMPARE(header("nextUpdateLabel")->text(), QStringLiteral("Next update in 30:00"));
    QVERIFY(header("nextUpdateLabel")->isVisible());

    m_clock->advance(20 * 60);
    model->tickCountdowns();
    QCOMPARE(model->index(row, Model::NextUpdateColumn).data().toString(), QStringLiteral("10:00"));
    QCOMPARE(header("nextUpdateLabel")->text(), QStringLiteral("Next update in 10:00"));

    // Ctrl+U: compose from the template and post.
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier);
    StakeholderUpdateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<StakeholderUpdateDialog>(m_window.get())) != nullptr);
    auto* post = child<QPushButton>(dialog, QStringLiteral("postButton"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("statusEdit"))->text(), QStringLiteral("Investigating"));
    QVERIFY(!post->isEnabled()); // no impact yet
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("impactEdit")),
                     QStringLiteral("About 4% of API requests fail."));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("nextStepsEdit")),
                     QStringLiteral("Rolling back the 11:50 deploy."));
    QVERIFY(post->isEnabled());
    const QString expected = QStringLiteral("Current status: Investigating\n"
                                            "Impact: About 4% of API requests fail.\n"
                                            "Next steps: Rolling back the 11:50 deploy.\n"
                                            "Next update: by 12:50 UTC");
    QCOMPARE(child<QPlainTextEdit>(dialog, QStringLiteral("previewText"))->toPlainText(), expected);
    QTest::mouseClick(post, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    const TimelineEntry last = timeline(incident.id).last();
    QCOMPARE(last.kind, EntryKind::StakeholderUpdate);
    QVERIFY(last.isPublic);
    QCOMPARE(last.author, kMe);
    QCOMPARE(last.text, expected);
    QCOMPARE(last.occurredAt, utc("2022-07-02T12:20:00Z"));
    // The countdown starts again from the update.
    const int rowAfter = model->rowForId(incident.id);
    QCOMPARE(model->index(rowAfter, 0).data(Model::LastStakeholderUpdateRole).toDateTime(),
             utc("2022-07-02T12:20:00Z"));
    QCOMPARE(model->index(rowAfter, 0).data(Model::NextUpdateDueRole).toDateTime(), utc("2022-07-02T12:50:00Z"));
    QCOMPARE(model->index(rowAfter, Model::NextUpdateColumn).data().toString(), QStringLiteral("30:00"));
    QCOMPARE(header("nextUpdateLabel")->text(), QStringLiteral("Next update in 30:00"));
    QCOMPARE(header("nextUpdateLabel")->property("countdownState").toString(), QStringLiteral("ok"));
}

void TestIncidentActions::countdownTurnsAmberThenRed()
{
    const Incident incident = declareAndSelect(QStringLiteral("Payments down"), 1); // due 12:30
    Model* model = m_window->dashboard()->incidentModel();
    QSignalSpy due(model, &Model::updateDue);
    QSignalSpy notified(m_window->cadenceNotifier(), &CadenceNotifier::notified);
    QVERIFY(!m_window->cadenceNotifier()->usesSystemTray()); // offscreen has none
    QLabel* countdown = header("nextUpdateLabel");
    auto cell = [&] { return model->index(model->rowForId(incident.id), Model::NextUpdateColumn); };
    QCOMPARE(cell().data(Model::CountdownStateRole).toInt(), int(CountdownState::Ok));
    QVERIFY(!cell().data(Qt::BackgroundRole).isValid());

    // 4 minutes before due: amber. The dashboard's own timer picks up the clock.
    m_clock->set(utc("2022-07-02T12:26:00Z"));
    QTRY_COMPARE(cell().data().toString(), QStringLiteral("4:00"));
    QCOMPARE(cell().data(Model::CountdownStateRole).toInt(), int(CountdownState::Soon));
    QCOMPARE(cell().data(Qt::BackgroundRole).value<QColor>(), countdownColor(CountdownState::Soon));
    QCOMPARE(countdown->property("countdownState").toString(), QStringLiteral("soon"));
    QCOMPARE(countdown->text(), QStringLiteral("Next update in 4:00"));
    QCOMPARE(due.count(), 0);
    QCOMPARE(notified.count(), 0);

    // Past due: red, and one notification.
    m_clock->set(utc("2022-07-02T12:31:10Z"));
    QTRY_COMPARE(cell().data(Model::CountdownStateRole).toInt(), int(CountdownState::Overdue));
    QCOMPARE(cell().data().toString(), QStringLiteral("overdue 1:10"));
    QCOMPARE(cell().data(Qt::BackgroundRole).value<QColor>(), countdownColor(CountdownState::Overdue));
    QCOMPARE(cell().data(Qt::ForegroundRole).value<QColor>(), countdownTextColor(CountdownState::Overdue));
    QCOMPARE(countdown->property("countdownState").toString(), QStringLiteral("overdue"));
    QCOMPARE(countdown->text(), QStringLiteral("Update overdue 1:10"));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().first().toUuid(), incident.id);
    QTRY_COMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(1).toString().contains(incident.ref()));
    QCOMPARE(notified.first().at(2).value<QList<QUuid>>(), QList<QUuid>{incident.id});

    // Once: more ticks and reloads do not repeat it.
    m_clock->advance(60);
    model->tickCountdowns();
    QVERIFY(m_window->reload().ok());
    model->tickCountdowns();
    QCOMPARE(due.count(), 1);
    QCOMPARE(notified.count(), 1);

    // A new update starts a new countdown, which comes due again later.
    QVERIFY(workspace()->service().postStakeholderUpdate(incident.id, QStringLiteral("Still on it."), kMe).ok());
    workspace()->notifyIncidentChanged(incident.id);
    QCOMPARE(cell().data(Model::CountdownStateRole).toInt(), int(CountdownState::Ok));
    m_clock->advance(31 * 60);
    model->tickCountdowns();
    QCOMPARE(due.count(), 2);
}

void TestIncidentActions::countdownColumnInModel()
{
    // Resolved incidents and severities without a cadence have no countdown.
    const Incident sev4 = declareAndSelect(QStringLiteral("Docs typo"), 4);
    const Incident sev2 = declareAndSelect(QStringLiteral("Slow exports"), 2);
    const Incident done = declareAndSelect(QStringLiteral("Fixed already"), 1);
    QVERIFY(workspace()->service().changeStatus(done.id, IncidentStatus::Resolved, kMe).ok());
    workspace()->notifyIncidentChanged(done.id);

    Model* model = m_window->dashboard()->incidentModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto index = [&](const Incident& i, int column = Model::NextUpdateColumn) {
        return model->index(model->rowForId(i.id), column);
    };
    QCOMPARE(model->headerData(Model::NextUpdateColumn, Qt::Horizontal).toString(), QStringLiteral("Next update"));
    QCOMPARE(index(sev4).data().toString(), QString());
    QVERIFY(!index(sev4).data(Model::NextUpdateDueRole).toDateTime().isValid());
    QVERIFY(!index(sev4).data(Model::CountdownStateRole).isValid());
    QVERIFY(index(sev4).data(Qt::ToolTipRole).toString().contains(QStringLiteral("SEV4")));
    QVERIFY(!index(done).data(Model::NextUpdateDueRole).toDateTime().isValid());
    QCOMPARE(index(sev2).data().toString(), QStringLiteral("1h 00m"));
    QCOMPARE(index(sev2).data(Model::SortRole).toLongLong(), utc("2022-07-02T13:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(index(sev2).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);

    // tickCountdowns announces only the Next update column of rows with a countdown.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_clock->advance(90);
    model->tickCountdowns();
    QVERIFY(changed.count() >= 1);
    QSet<int> rows;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().column(), int(Model::NextUpdateColumn));
        QCOMPARE(args.at(1).toModelIndex().column(), int(Model::NextUpdateColumn));
        for (int r = args.at(0).toModelIndex().row(); r <= args.at(1).toModelIndex().row(); ++r)
            rows.insert(r);
    }
    QCOMPARE(rows, QSet<int>{model->rowForId(sev2.id)});
    QCOMPARE(index(sev2).data().toString(), QStringLiteral("58:30"));

    // Another cadence (Settings) moves the due time; 0 removes it.
    SeverityScale scale = withCadenceMinutes(SeverityScale::defaultScale(), 2, 15);
    scale = withCadenceMinutes(scale, 4, 120);
    model->setSeverityScale(scale);
    QCOMPARE(index(sev2).data(Model::NextUpdateDueRole).toDateTime(), utc("2022-07-02T12:15:00Z"));
    QCOMPARE(index(sev4).data(Model::NextUpdateDueRole).toDateTime(), utc("2022-07-02T14:00:00Z"));
    model->setSeverityScale(withCadenceMinutes(scale, 2, 0));
    QVERIFY(!index(sev2).data(Model::NextUpdateDueRole).toDateTime().isValid());
    QCOMPARE(index(sev2).data().toString(), QString());
}

void TestIncidentActions::settingsChangeCadenceAndIdentity()
{
    const Incident incident = declareAndSelect(QStringLiteral("Mail delays"), 1);
    m_window->incidentActions()->settingsAction()->trigger();
    SettingsDialog* dialog = openDialog<SettingsDialog>(m_window.get());
    QVERIFY(dialog);
    auto* handle = child<QLineEdit>(dialog, QStringLiteral("handleEdit"));
    QCOMPARE(handle->text(), kMe);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text(), kMyName);
    auto* sev1 = child<QSpinBox>(dialog, QStringLiteral("cadenceSpin1"));
    QCOMPARE(sev1->value(), 30);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("cadenceSpin4"))->value(), 0);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("cadenceSpin4"))->text(), QStringLiteral("No cadence"));

    sev1->setFocus();
    sev1->selectAll();
    QTest::keyClicks(sev1, QStringLiteral("15"));
    QCOMPARE(sev1->value(), 15);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    handle->selectAll();
    QTest::keyClicks(handle, QStringLiteral("not a handle"));
    QVERIFY(!ok->isEnabled());
    handle->selectAll();
    QTest::keyClicks(handle, QStringLiteral("@ida.new"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));

    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("cadence/SEV1")).toInt(), 15);
    QCOMPARE(settings.value(QStringLiteral("identity/handle")).toString(), QStringLiteral("ida.new"));
    QCOMPARE(workspace()->actor(), QStringLiteral("ida.new"));
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("actorLabel"))->text(), QStringLiteral("@ida.new"));
    auto person = workspace()->service().findPerson(QStringLiteral("ida.new"));
    QVERIFY2(person.ok(), qPrintable(person.errorText()));
    QCOMPARE(person->name, kMyName);
    const Model* model = m_window->dashboard()->incidentModel();
    QCOMPARE(model->severityScale().updateCadenceSeconds(1), 15 * 60);
    QCOMPARE(model->index(model->rowForId(incident.id), 0).data(Model::NextUpdateDueRole).toDateTime(),
             utc("2022-07-02T12:15:00Z"));
    QCOMPARE(header("nextUpdateLabel")->text(), QStringLiteral("Next update in 15:00"));

    // What is written from now on is signed with the new handle.
    m_clock->advance(60);
    m_window->incidentActions()->statusAction(IncidentStatus::Identified)->trigger();
    QCOMPARE(timeline(incident.id).last().author, QStringLiteral("ida.new"));

    // The settings survive a new window.
    m_window.reset();
    {
        auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("war.db"))), *m_clock);
        QVERIFY(opened.ok());
        m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
        m_window->setWorkspace(std::move(opened).value());
        QVERIFY(m_window->reload().ok());
        QCOMPARE(workspace()->actor(), QStringLiteral("ida.new"));
        QCOMPARE(m_window->dashboard()->incidentModel()->severityScale().updateCadenceSeconds(1), 15 * 60);
    }
}

void TestIncidentActions::identityHelpers()
{
    QCOMPARE(handleFromUserName(QStringLiteral("alice")), QStringLiteral("alice"));
    QCOMPARE(handleFromUserName(QStringLiteral("Jane Doe")), QStringLiteral("Jane-Doe"));
    QCOMPARE(handleFromUserName(QStringLiteral("josé")), QStringLiteral("jos-"));
    QCOMPARE(handleFromUserName(QString()), QStringLiteral("me"));
    QCOMPARE(handleFromUserName(QString(100, QLatin1Char('x'))).size(), 64);
    QVERIFY(isValidHandle(handleFromUserName(QStringLiteral("a b/c"))));
    QCOMPARE(effectiveHandle(Identity{QString(), QStringLiteral("ida")}), QStringLiteral("ida"));
    QVERIFY(isValidHandle(effectiveHandle(Identity{})));

    // registerIdentity keeps what the directory knows besides the name.
    Person known;
    known.handle = QStringLiteral("carol");
    known.team = QStringLiteral("SRE");
    QVERIFY(workspace()->service().savePerson(known).ok());
    auto registered =
        registerIdentity(workspace()->service(), Identity{QStringLiteral("Carol C"), QStringLiteral("@carol")});
    QVERIFY2(registered.ok(), qPrintable(registered.errorText()));
    QCOMPARE(registered->name, QStringLiteral("Carol C"));
    QCOMPARE(workspace()->service().findPerson(QStringLiteral("carol"))->team, QStringLiteral("SRE"));
    QVERIFY(!registerIdentity(workspace()->service(), Identity{QString(), QStringLiteral("no good")}).ok());

    // Without a stored identity the window acts as $USER (made a valid handle); never asks.
    QSettings().clear();
    m_window.reset();
    {
        auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("war.db"))), *m_clock);
        QVERIFY(opened.ok());
        m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
        m_window->setWorkspace(std::move(opened).value());
        QCOMPARE(workspace()->actor(), effectiveHandle(Identity{}));
        QVERIFY(!openDialog<IdentityDialog>(m_window.get()));
    }
}

void TestIncidentActions::identityDialogValidatesHandle()
{
    IdentityDialog dialog(Identity{QString(), QStringLiteral("ida")});
    dialog.show();
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* handle = child<QLineEdit>(&dialog, QStringLiteral("handleEdit"));
    auto* hint = child<QLabel>(&dialog, QStringLiteral("handleHint"));
    QVERIFY(ok->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("@ida")));
    handle->clear();
    QVERIFY(!ok->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("A handle is required."));
    QTest::keyClicks(handle, QStringLiteral("ida ic"));
    QVERIFY(!ok->isEnabled());
    handle->clear();
    QTest::keyClicks(handle, QStringLiteral("@ida.ic"));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("nameEdit")), QStringLiteral("Ida  Commander "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.identity().handle, QStringLiteral("ida.ic"));
    QCOMPARE(dialog.identity().name, QStringLiteral("Ida Commander"));
}

QTEST_MAIN(TestIncidentActions)
#include "tst_incidentactions.moc"
