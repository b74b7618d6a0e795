// Conflicts in the app: two windows on one database edit the same incident's details. A saves
// first; B's save meets A's change, the conflict dialog shows both side by side (answered
// through the UserPrompts seam, on the real ConflictDialog), B merges, and the merge is stored.
#include "../storage/testdatabases.h"

#include "core/clock.h"
#include "models/actionitemmodel.h"
#include "models/incidenttablemodel.h"
#include "models/postmortemmodel.h"
#include "models/timelinefilterproxy.h"
#include "models/workspace.h"
#include "storage/incidentservice.h"
#include "storage/postmortemrepository.h"
#include "ui/actionitemspanel.h"
#include "ui/apptranslations.h"
#include "ui/conflictdialog.h"
#include "ui/entryeditdialog.h"
#include "ui/incidentactions.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/postmortempanel.h"
#include "ui/timelineeditor.h"
#include "ui/userprompts.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace warroom;
using warroom::test::TestDatabases;

namespace {

/// Answers dialogs without a person: errors are recorded; a conflict is shown in the real
/// ConflictDialog, checked, optionally saved as a screenshot, and answered by `answer`.
class ConflictPrompts final : public UserPrompts {
public:
    QStringList errors;
    QList<Conflict> conflicts;
    std::function<void(ConflictDialog&)> answer;
    QString screenshotPath;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
    ConflictResolution resolveConflict(QWidget* parent, const Conflict& conflict) override
    {
        conflicts << conflict;
        ConflictDialog dialog(conflict, parent);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return {};
        if (!screenshotPath.isEmpty())
            dialog.grab().save(screenshotPath);
        if (answer)
            answer(dialog);
        return dialog.resolution();
    }
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* object = parent->findChild<T*>(name);
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return object;
}

/// The Edit Details dialog B or A opened.
QDialog* detailsDialog(QWidget* window)
{
    return window->findChild<QDialog*>(QStringLiteral("incidentDetailsDialog"));
}

} // namespace

class TestConflictGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_conflictgui"));
    }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void laterSaveMeetsConflictDialogAndMerges()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        ConflictPrompts promptsA;
        ConflictPrompts promptsB;
        MainWindow a(clock, promptsA);
        MainWindow b(clock, promptsB);
        auto wsA = Workspace::open(url, clock);
        QVERIFY2(wsA.ok(), qPrintable(wsA.errorText()));
        a.setWorkspace(std::move(wsA).value());
        auto wsB = Workspace::open(url, clock);
        QVERIFY2(wsB.ok(), qPrintable(wsB.errorText()));
        b.setWorkspace(std::move(wsB).value());
        a.workspace()->setActor(QStringLiteral("ann"));
        b.workspace()->setActor(QStringLiteral("bob"));

        DeclareRequest request;
        request.title = QStringLiteral("Checkout returns 502");
        request.summary = QStringLiteral("Customers cannot pay.");
        request.severity = 2;
        auto declared = a.workspace()->service().declare(request, QStringLiteral("ann"));
        QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
        for (MainWindow* w : {&a, &b}) {
            QVERIFY(w->reload().ok());
            QVERIFY(w->selectIncident(declared->ref()).ok());
            QVERIFY(w->incidentActions()->editDetailsAction()->isEnabled());
        }

        // Both open Edit Details on the same version.
        b.incidentActions()->editDetailsAction()->trigger();
        QTRY_VERIFY(detailsDialog(&b));
        QDialog* dialogB = detailsDialog(&b);
        a.incidentActions()->editDetailsAction()->trigger();
        QTRY_VERIFY(detailsDialog(&a));
        QDialog* dialogA = detailsDialog(&a);

        // A saves first.
        auto* titleA = child<QLineEdit>(dialogA, QStringLiteral("titleEdit"));
        QVERIFY(titleA);
        titleA->selectAll();
        QTest::keyClicks(titleA, QStringLiteral("Checkout returns 502 in eu-west"));
        auto* summaryA = child<QPlainTextEdit>(dialogA, QStringLiteral("summaryEdit"));
        QVERIFY(summaryA);
        summaryA->moveCursor(QTextCursor::End);
        QTest::keyClick(summaryA, Qt::Key_Return);
        QTest::keyClicks(summaryA, QStringLiteral("Impact: 12% of orders."));
        auto* saveA = child<QPushButton>(dialogA, QStringLiteral("saveDetailsButton"));
        QVERIFY(saveA && saveA->isEnabled());
        QTest::mouseClick(saveA, Qt::LeftButton);
        QTRY_COMPARE(a.workspace()->repository().findById(declared->id)->title,
                     QStringLiteral("Checkout returns 502 in eu-west"));

        // B, still on the old version, saves its own title and summary: the conflict dialog.
        auto* titleB = child<QLineEdit>(dialogB, QStringLiteral("titleEdit"));
        QVERIFY(titleB);
        titleB->selectAll();
        QTest::keyClicks(titleB, QStringLiteral("Payment provider certificate expired"));
        auto* summaryB = child<QPlainTextEdit>(dialogB, QStringLiteral("summaryEdit"));
        QVERIFY(summaryB);
        summaryB->moveCursor(QTextCursor::End);
        QTest::keyClick(summaryB, Qt::Key_Return);
        QTest::keyClicks(summaryB, QStringLiteral("Cause: expired TLS certificate at the provider."));

        if (const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR"); !dir.isEmpty())
            dialogB->grab().save(QDir(dir).filePath(QStringLiteral("incidentdetailsdialog.png")));
        const QString mergedTitle = QStringLiteral("Checkout returns 502 in eu-west: provider certificate expired");
        bool checked = false;
        promptsB.screenshotPath =
            qEnvironmentVariable("WARROOM_SCREENSHOT_DIR").isEmpty()
                ? QString()
                : QDir(qEnvironmentVariable("WARROOM_SCREENSHOT_DIR")).filePath(QStringLiteral("conflictdialog.png"));
        promptsB.answer = [&](ConflictDialog& dialog) {
            // Yours and theirs side by side, the merge pre-filled with both summaries.
            auto* mineTitle = child<QLineEdit>(&dialog, QStringLiteral("mine_title"));
            auto* theirTitle = child<QLineEdit>(&dialog, QStringLiteral("theirs_title"));
            auto* mergedSummary = child<QPlainTextEdit>(&dialog, QStringLiteral("merged_summary"));
            QVERIFY(mineTitle && theirTitle && mergedSummary);
            QCOMPARE(mineTitle->text(), QStringLiteral("Payment provider certificate expired"));
            QCOMPARE(theirTitle->text(), QStringLiteral("Checkout returns 502 in eu-west"));
            QVERIFY(mineTitle->isReadOnly());
            QVERIFY(mineTitle->autoFillBackground()); // highlighted: the titles differ
            QVERIFY(mergedSummary->toPlainText().contains(QStringLiteral("Impact: 12% of orders.")));
            QVERIFY(mergedSummary->toPlainText().contains(QStringLiteral("Cause: expired TLS certificate")));
            auto* header = child<QLabel>(&dialog, QStringLiteral("header2"));
            QVERIFY(header && header->text().contains(QStringLiteral("@ann")));
            // The user combines the titles by hand, then merges.
            auto* mergedTitleEdit = child<QLineEdit>(&dialog, QStringLiteral("merged_title"));
            QVERIFY(mergedTitleEdit);
            mergedTitleEdit->selectAll();
            QTest::keyClicks(mergedTitleEdit, mergedTitle);
            auto* merge = child<QPushButton>(&dialog, QStringLiteral("mergeButton"));
            QVERIFY(merge);
            QTest::mouseClick(merge, Qt::LeftButton);
            checked = true;
        };
        auto* saveB = child<QPushButton>(dialogB, QStringLiteral("saveDetailsButton"));
        QVERIFY(saveB && saveB->isEnabled());
        QTest::mouseClick(saveB, Qt::LeftButton);
        QTRY_VERIFY(checked);
        QCOMPARE(promptsB.conflicts.size(), 1);
        const Conflict& conflict = promptsB.conflicts.first();
        QCOMPARE(conflict.theirAuthor, QStringLiteral("ann"));
        QVERIFY(conflict.theirTime.isValid());
        QVERIFY(conflict.needsDecision());

        // The merge is stored on the new version, with both sides' text: nothing lost.
        const Incident stored = b.workspace()->repository().findById(declared->id).value();
        QCOMPARE(stored.title, mergedTitle);
        QVERIFY2(stored.summary.contains(QStringLiteral("Impact: 12% of orders.")), qPrintable(stored.summary));
        QVERIFY2(stored.summary.contains(QStringLiteral("Cause: expired TLS certificate at the provider.")),
                 qPrintable(stored.summary));
        QCOMPARE(stored.version, declared->version + 2);
        const auto timeline = b.workspace()->repository().timeline(declared->id).value();
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [&](const TimelineEntry& e) {
            return e.author == QLatin1String("bob") && e.text.contains(mergedTitle);
        }));
        QVERIFY2(promptsA.errors.isEmpty(), qPrintable(promptsA.errors.join(QLatin1Char('\n'))));
        QVERIFY2(promptsB.errors.isEmpty(), qPrintable(promptsB.errors.join(QLatin1Char('\n'))));
        QVERIFY(promptsA.conflicts.isEmpty());
    }

    void takeTheirsWritesNothing()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        ConflictPrompts prompts;
        prompts.answer = [](ConflictDialog& dialog) {
            auto* take = child<QPushButton>(&dialog, QStringLiteral("takeTheirsButton"));
            QVERIFY(take);
            QTest::mouseClick(take, Qt::LeftButton);
        };
        MainWindow b(clock, prompts);
        auto ws = Workspace::open(url, clock);
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        b.setWorkspace(std::move(ws).value());
        b.workspace()->setActor(QStringLiteral("bob"));
        DeclareRequest request;
        request.title = QStringLiteral("Search is slow");
        auto declared = b.workspace()->service().declare(request, QStringLiteral("ann"));
        QVERIFY(declared.ok());
        // Someone else renames it after B loaded it.
        QVERIFY(b.workspace()
                    ->service()
                    .editDetails(declared->id, declared->version, QStringLiteral("Search times out"), QString(),
                                 QStringLiteral("ann"))
                    .ok());
        QVERIFY(!b.incidentActions()->saveDetails(declared.value(), QStringLiteral("Search is down"), QString()));
        QCOMPARE(prompts.conflicts.size(), 1);
        const Incident stored = b.workspace()->repository().findById(declared->id).value();
        QCOMPARE(stored.title, QStringLiteral("Search times out"));
        QCOMPARE(stored.version, declared->version + 1);

        // Someone else changed only the summary: B's title is re-applied without asking.
        QVERIFY(b.workspace()
                    ->service()
                    .editDetails(declared->id, stored.version, stored.title, QStringLiteral("Index rebuild running."),
                                 QStringLiteral("ann"))
                    .ok());
        QVERIFY(b.incidentActions()->saveDetails(stored, QStringLiteral("Search is down"), QString()));
        QCOMPARE(prompts.conflicts.size(), 1);
        const Incident after = b.workspace()->repository().findById(declared->id).value();
        QCOMPARE(after.title, QStringLiteral("Search is down"));
        QCOMPARE(after.summary, QStringLiteral("Index rebuild running."));
    }

    void entryAndActionItemConflictsAreSettledSideBySide()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        auto other = Workspace::open(url, clock); // ann, on her own connection
        QVERIFY2(other.ok(), qPrintable(other.errorText()));
        Workspace& ann = *other.value();
        ConflictPrompts prompts;
        MainWindow b(clock, prompts);
        auto ws = Workspace::open(url, clock);
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        b.setWorkspace(std::move(ws).value());
        b.workspace()->setActor(QStringLiteral("bob"));

        DeclareRequest request;
        request.title = QStringLiteral("Payments fail");
        auto declared = ann.service().declare(request, QStringLiteral("ann"));
        QVERIFY(declared.ok());
        auto entry = ann.service().addEntry(declared->id, EntryKind::Note, QStringLiteral("Error rate 5%"),
                                            QStringLiteral("ann"));
        QVERIFY(entry.ok());
        ActionItem item;
        item.incidentId = declared->id;
        item.text = QStringLiteral("Renew certificate");
        auto added = ann.service().addActionItem(item, QStringLiteral("ann"));
        QVERIFY(added.ok());
        QVERIFY(b.reload().ok());
        QVERIFY(b.selectIncident(declared->ref()).ok());
        TimelineEditor* editor = b.incidentView()->timelineEditor();
        QTRY_VERIFY(editor->selectEntry(entry->id));

        // Ann revises the entry after B loaded it.
        EntryChange revised;
        revised.text = QStringLiteral("Error rate 12% in eu-west");
        QVERIFY(ann.service().editEntry(entry->id, entry->version, revised, QStringLiteral("ann")).ok());

        // B edits the entry's text: the conflict dialog shows both; B merges.
        prompts.answer = [](ConflictDialog& dialog) {
            auto* merge = child<QPushButton>(&dialog, QStringLiteral("mergeButton"));
            QVERIFY(merge);
            QTest::mouseClick(merge, Qt::LeftButton);
        };
        QAction* editAction = b.findChild<QAction*>(QStringLiteral("actionEditEntry"));
        QVERIFY(editAction && editAction->isEnabled());
        editAction->trigger();
        EntryEditDialog* editDialog = nullptr;
        QTRY_VERIFY((editDialog = editor->findChild<EntryEditDialog*>(QStringLiteral("entryEditDialog"))) != nullptr);
        auto* text = child<QPlainTextEdit>(editDialog, QStringLiteral("editTextEdit"));
        QVERIFY(text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Error rate 12%, rising"));
        QTest::mouseClick(child<QPushButton>(editDialog, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(prompts.conflicts.size(), 1);
        const Conflict entryConflict = prompts.conflicts.first();
        QCOMPARE(entryConflict.theirAuthor, QStringLiteral("ann"));
        QCOMPARE(entryConflict.fields.size(), 1);
        QCOMPARE(entryConflict.fields.first().base, QStringLiteral("Error rate 5%"));
        QCOMPARE(entryConflict.fields.first().mine, QStringLiteral("Error rate 12%, rising"));
        QCOMPARE(entryConflict.fields.first().theirs, QStringLiteral("Error rate 12% in eu-west"));
        QTRY_COMPARE(ann.repository().findTimelineEntry(entry->id)->text,
                     QStringLiteral("Error rate 12% in eu-west\nError rate 12%, rising"));
        // Every state is kept as a revision: the first, ann's and B's merge.
        QCOMPARE(ann.service().revisions(entry->id)->size(), 3);

        // B renames the action item from its stale row: Keep Mine.
        if (const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR"); !dir.isEmpty())
            prompts.screenshotPath = QDir(dir).filePath(QStringLiteral("conflictdialog-actionitem.png"));
        prompts.answer = [](ConflictDialog& dialog) {
            auto* mine = child<QPushButton>(&dialog, QStringLiteral("keepMineButton"));
            QVERIFY(mine);
            QTest::mouseClick(mine, Qt::LeftButton);
        };
        ActionItemModel* items = b.incidentView()->actionItemsPanel()->model();
        QVERIFY(items);
        QTRY_COMPARE(items->rowCount(), 1);
        QCOMPARE(items->index(0, ActionItemModel::TextColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("Renew certificate"));
        // Ann renames it; B's row still shows the old text.
        ActionItem renamed = added.value();
        renamed.text = QStringLiteral("Renew certificate for pay.example");
        QVERIFY(ann.service().updateActionItem(renamed, added->version, QStringLiteral("ann")).ok());
        items->setData(items->index(0, ActionItemModel::TextColumn), QStringLiteral("Renew and pin certificate"));
        QTRY_COMPARE(prompts.conflicts.size(), 2);
        const Conflict itemConflict = prompts.conflicts.last();
        QCOMPARE(itemConflict.theirAuthor, QStringLiteral("ann"));
        QVERIFY(itemConflict.field(QStringLiteral("text")));
        QCOMPARE(itemConflict.field(QStringLiteral("text"))->theirs,
                 QStringLiteral("Renew certificate for pay.example"));
        QTRY_COMPARE(ann.service().actionItems(declared->id)->first().text,
                     QStringLiteral("Renew and pin certificate"));
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void postmortemSectionConflictIsMerged()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        auto other = Workspace::open(url, clock);
        QVERIFY2(other.ok(), qPrintable(other.errorText()));
        Workspace& ann = *other.value();
        ConflictPrompts prompts;
        prompts.answer = [](ConflictDialog& dialog) {
            auto* merge = child<QPushButton>(&dialog, QStringLiteral("mergeButton"));
            QVERIFY(merge);
            QTest::mouseClick(merge, Qt::LeftButton);
        };
        MainWindow b(clock, prompts);
        auto ws = Workspace::open(url, clock);
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        b.setWorkspace(std::move(ws).value());
        b.workspace()->setActor(QStringLiteral("bob"));
        DeclareRequest request;
        request.title = QStringLiteral("Login outage");
        auto declared = ann.service().declare(request, QStringLiteral("ann"));
        QVERIFY(declared.ok());
        PostmortemRepository repo(ann.database(), clock);
        auto created = repo.createFromIncident(declared->id, QStringLiteral("ann"));
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        QVERIFY(b.reload().ok());
        QVERIFY(b.selectIncident(declared->ref()).ok());
        PostmortemModel* model = b.incidentView()->postmortemPanel()->model();
        QTRY_VERIFY(model->exists() && model->incidentId() == declared->id);
        const QString base = model->postmortem().text(PostmortemField::Summary);

        // Ann adds a line to the summary; B, still showing the old one, adds another.
        Postmortem theirs = repo.findForIncident(declared->id).value();
        theirs.setText(PostmortemField::Summary, base + QStringLiteral("\nImpact: 40 minutes of failed logins."));
        QVERIFY(repo.save(theirs, theirs.version, QStringLiteral("ann")).ok());
        model->edit(PostmortemPart{PostmortemPart::Kind::Text, PostmortemField::Summary},
                    base + QStringLiteral("\nTrigger: a session-store failover."));
        QTRY_COMPARE(prompts.conflicts.size(), 1);
        QCOMPARE(prompts.conflicts.first().theirAuthor, QStringLiteral("ann"));
        QTRY_VERIFY(repo.findForIncident(declared->id)
                        ->text(PostmortemField::Summary)
                        .contains(QStringLiteral("Trigger: a session-store failover.")));
        const QString stored = repo.findForIncident(declared->id)->text(PostmortemField::Summary);
        QVERIFY2(stored.contains(QStringLiteral("Impact: 40 minutes of failed logins.")), qPrintable(stored));
        // The dialog replaced the separate "Changed Meanwhile" message.
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void dialogSpeaksGerman()   // no database involved; runs once per backend row all the same
    {
        {
            const QLocale before;
            AppTranslations translations;
            translations.install(QStringLiteral("de"));
            QVERIFY(translations.isTranslated());
            Conflict conflict;
            conflict.subject = QStringLiteral("die Details von INC-7");
            conflict.theirAuthor = QStringLiteral("ann");
            conflict.theirTime = QDateTime::currentDateTimeUtc();
            ConflictField title;
            title.key = QStringLiteral("title");
            title.label = QStringLiteral("Titel");
            title.base = QStringLiteral("Login langsam");
            title.mine = QStringLiteral("Login fällt aus");
            title.theirs = QStringLiteral("Login langsam in eu-west");
            conflict.fields << title;
            ConflictDialog dialog(conflict);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            if (const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog.grab().save(QDir(dir).filePath(QStringLiteral("conflictdialog-de.png")));
            QCOMPARE(child<QPushButton>(&dialog, QStringLiteral("mergeButton"))->text(),
                     QStringLiteral("&Zusammenführen"));
            QVERIFY(
                child<QLabel>(&dialog, QStringLiteral("header2"))->text().startsWith(QStringLiteral("Andere Fassung")));
            QLocale::setDefault(before); // the rows after this one run in English again
        }
    }

private:
    TestDatabases m_dbs;
};

QTEST_MAIN(TestConflictGui)
#include "tst_conflictgui.moc"
