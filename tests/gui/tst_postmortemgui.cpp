// The postmortem editor in the real MainWindow, offscreen: a resolved incident's Postmortem
// tab is pre-filled from the incident, a section is typed, a why is added and edited, the
// checklist is ticked, the postmortem is sent for review and published (the buttons follow
// the legal moves), and File > Export Postmortem… writes a Letter PDF to the file the prompt
// seam answers.
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/postmortempanel.h"
#include "ui/userprompts.h"
#include "models/identitysettings.h"
#include "models/postmortemmodel.h"
#include "models/workspace.h"
#include "storage/postmortemrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace warroom;

namespace {

const QString kMe = QStringLiteral("ida.ic");

class FakePrompts final : public UserPrompts {
public:
    QString nextFile;
    QStringList fileTitles;
    QStringList errors;

    QString openFileName(QWidget*, const QString& title, const QString&, FileMode) override
    {
        fileTitles << title;
        return nextFile;
    }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestPostmortemGui : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 5), QTime(16, 0), QTimeZone::utc())};
    FakePrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    Postmortem stored(const QUuid& incidentId) const
    {
        PostmortemRepository repo(m_window->workspace()->database(), m_clock);
        auto pm = repo.findForIncident(incidentId);
        return pm ? pm.value() : Postmortem{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_postmortemgui"));
        QSettings settings;
        saveIdentity(settings, Identity{QStringLiteral("Ida Commander"), kMe});
        settings.sync();
    }

    void cleanupTestCase() { m_window.reset(); }

    void resolvedIncidentToPublishedPdf()
    {
        auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("war.db"))), m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        m_window = std::make_unique<MainWindow>(m_clock, m_prompts);
        m_window->setWorkspace(std::move(opened).value());
        m_window->resize(1500, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Workspace* ws = m_window->workspace();
        QCOMPARE(ws->actor(), kMe);

        // A resolved incident with a pinned decision and an action item.
        DeclareRequest request;
        request.title = QStringLiteral("Search results empty");
        request.severity = 2;
        request.services = {QStringLiteral("search")};
        request.startedAt = m_clock.nowUtc().addSecs(-5400);
        const auto incident = ws->service().declare(request, kMe);
        QVERIFY(incident.ok());
        QVERIFY(ws->service().addEntry(incident->id, EntryKind::Decision, QStringLiteral("Rebuild the index from the snapshot"),
                                       kMe, m_clock.nowUtc().addSecs(-3000), true));
        ActionItem item;
        item.id = QUuid::createUuid();
        item.incidentId = incident->id;
        item.text = QStringLiteral("Alert when the index shrinks by half");
        item.owner = kMe;
        item.priority = ActionPriority::High;
        QVERIFY(ws->service().addActionItem(item, kMe).ok());
        QVERIFY(ws->service().changeStatus(incident->id, IncidentStatus::Resolved, kMe).ok());
        ws->notifyIncidentChanged(incident->id);
        QVERIFY(m_window->reload().ok());
        QVERIFY(m_window->selectIncident(incident->ref()).ok());

        // The Postmortem tab, with nothing yet but the pre-fill offer.
        auto* tabs = child<QTabWidget>(m_window->incidentView(), QStringLiteral("incidentTabs"));
        PostmortemPanel* panel = m_window->incidentView()->postmortemPanel();
        QVERIFY(tabs && panel);
        tabs->setCurrentWidget(panel);
        auto* prefill = child<QPushButton>(panel, QStringLiteral("prefillButton"));
        QTRY_VERIFY(prefill->isVisible());
        QVERIFY(!child<QPushButton>(panel, QStringLiteral("statusPublishedButton"))->isVisible());
        QTest::mouseClick(prefill, Qt::LeftButton);
        QTRY_VERIFY(!prefill->isVisible());
        QCOMPARE(stored(incident->id).status, PostmortemStatus::Draft);
        auto* summary = child<QPlainTextEdit>(panel, QStringLiteral("section_summary"));
        QCOMPARE(summary->toPlainText(), QStringLiteral("Search results empty"));
        QVERIFY(child<QLabel>(panel, QStringLiteral("postmortemTimeline"))->text().contains(
            QStringLiteral("Rebuild the index from the snapshot")));
        QCOMPARE(panel->model()->actions()->rowCount(), 1);
        // Draft can only go to review.
        auto* publish = child<QPushButton>(panel, QStringLiteral("statusPublishedButton"));
        auto* review = child<QPushButton>(panel, QStringLiteral("statusInReviewButton"));
        QVERIFY(publish->isVisible() && !publish->isEnabled());
        QVERIFY(review->isEnabled());

        // Type the root cause; it is saved when the field loses focus.
        auto* rootCauses = child<QPlainTextEdit>(panel, QStringLiteral("section_root_causes"));
        rootCauses->setFocus();
        QTest::keyClicks(rootCauses, QStringLiteral("A snapshot job wrote an empty index."));
        summary->setFocus();
        QTRY_COMPARE(stored(incident->id).rootCauses, QStringLiteral("A snapshot job wrote an empty index."));

        // Add a why and edit it in place.
        auto* whys = child<QListView>(panel, QStringLiteral("whysView"));
        QTest::mouseClick(child<QToolButton>(panel, QStringLiteral("addWhyButton")), Qt::LeftButton);
        QTRY_COMPARE(stored(incident->id).fiveWhys.size(), 1);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = whys->findChild<QLineEdit*>()) != nullptr && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Why was the index empty? The snapshot was taken mid-rebuild."));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(incident->id).fiveWhys,
                     QStringList{QStringLiteral("Why was the index empty? The snapshot was taken mid-rebuild.")});

        // An entry pinned after the pre-fill joins the narrative on request.
        QVERIFY(ws->service().addEntry(incident->id, EntryKind::Note, QStringLiteral("Index size back to normal"), kMe,
                                       m_clock.nowUtc().addSecs(-60), true));
        ws->notifyIncidentChanged(incident->id);
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("syncTimelineButton")), Qt::LeftButton);
        QTRY_COMPARE(stored(incident->id).timeline.size(), 2);
        QTRY_VERIFY(child<QLabel>(panel, QStringLiteral("postmortemTimeline"))->text().contains(
            QStringLiteral("Index size back to normal")));

        // Tick "root cause deep enough" in the checklist beside it.
        auto* checklist = child<QListView>(panel, QStringLiteral("checklistView"));
        QVERIFY(checklist->model()->setData(checklist->model()->index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QTRY_COMPARE(stored(incident->id).checked, QList<ChecklistItem>{ChecklistItem::RootCauseDeep});

        // Review, then publish; publishing goes on the incident's timeline.
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_COMPARE(stored(incident->id).status, PostmortemStatus::InReview);
        QTRY_VERIFY(publish->isEnabled());
        if (const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // For the documentation: the incident view wide, the docks out of the way.
            for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
                dock->hide();
            for (QSplitter* splitter : m_window->findChildren<QSplitter*>()) {
                if (splitter->indexOf(m_window->incidentView()) >= 0)
                    splitter->setSizes({420, 1180});
            }
            m_window->resize(1600, 1050);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_window->grab().save(QDir(dir).filePath(QStringLiteral("postmortem.png")));
            if (auto* area = panel->findChild<QScrollArea*>()) {
                area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
                panel->grab().save(QDir(dir).filePath(QStringLiteral("postmortem-lower.png")));
                area->verticalScrollBar()->setValue(0);
            }
        }

        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_COMPARE(stored(incident->id).status, PostmortemStatus::Published);
        QVERIFY(child<QLabel>(panel, QStringLiteral("postmortemStatusLabel"))->text().contains(QStringLiteral("Published")));
        const auto timeline = ws->repository().timeline(incident->id);
        QVERIFY(timeline.ok());
        QStringList texts;
        for (const TimelineEntry& e : timeline.value())
            texts << e.text;
        QVERIFY2(texts.contains(QStringLiteral("Postmortem published.")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(m_prompts.errors.isEmpty());
        // Published: read-only until revised.
        QVERIFY(!rootCauses->isEnabled());
        QVERIFY(!checklist->isEnabled());
        QVERIFY(review->isVisible() && review->isEnabled());
        QCOMPARE(review->text(), QStringLiteral("Revise"));

        // File > Export Postmortem… as US Letter PDF.
        child<QComboBox>(panel, QStringLiteral("pageSizeCombo"))->setCurrentIndex(1);
        m_prompts.nextFile = m_dir.filePath(QStringLiteral("INC-1-postmortem.pdf"));
        auto* exportAction = child<QAction>(m_window.get(), QStringLiteral("actionExportPostmortem"));
        QVERIFY(exportAction);
        exportAction->trigger();
        QCOMPARE(m_prompts.fileTitles.size(), 1);
        QVERIFY(QFileInfo(m_prompts.nextFile).size() > 0);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/deps.sh test installs it)");
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {m_prompts.nextFile});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(info.readAllStandardOutput().contains("(letter)"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {m_prompts.nextFile, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(pdfText.contains(QStringLiteral("Search results empty")));
        QVERIFY(pdfText.contains(QStringLiteral("A snapshot job wrote an empty index.")));
        QVERIFY(pdfText.contains(QStringLiteral("The snapshot was taken mid-rebuild.")));
        QVERIFY(pdfText.contains(QStringLiteral("PUBLISHED")));
    }
};

QTEST_MAIN(TestPostmortemGui)
#include "tst_postmortemgui.moc"
