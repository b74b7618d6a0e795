// The main window over a temp SQLite database: empty state, importing the real Google
// Cloud history, filtering, sorting, selecting, switching databases. Offscreen; modal
// dialogs are answered by FakePrompts.

#include "ui/dashboardpanel.h"
#include "ui/incidentview.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"

#include "models/incidentfilterproxy.h"
#include "models/incidenttablemodel.h"
#include "models/workspace.h"

#include "core/timeformat.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

namespace {

using Model = IncidentTableModel;

const QString kGcpFile = QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json");

/// Answers every dialog without showing one and remembers what was said.
class FakePrompts final : public UserPrompts {
public:
    QStringList fileAnswers;   ///< answers to openFileName, in order; empty = cancel
    int fileRequests = 0;
    QStringList errors;
    QStringList infos;
    QStringList abouts;

    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override
    {
        ++fileRequests;
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString& message) override { infos << message; }
    void showAbout(QWidget*, const QString&, const QString& message) override { abouts << message; }
};

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

bool matches(const QAbstractItemModel* model, int row, const QString& needle)
{
    const QModelIndex index = model->index(row, 0);
    const QStringList haystacks{index.data(Model::RefRole).toString(),
                                model->index(row, Model::TitleColumn).data().toString(),
                                model->index(row, Model::ServicesColumn).data().toString(),
                                model->index(row, Model::CommanderColumn).data().toString()};
    for (const QString& h : haystacks) {
        if (h.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestDashboardGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseShowsEmptyState();
    void importFilterSortAndSelect();
    void cancelledImportDoesNothing();
    void failedImportIsReported();
    void openDatabaseSwitchesAndIsRemembered();
    void selectByRef();
    void aboutGoesThroughPrompts();

private:
    /// A shown MainWindow over `fileName` in the temp dir, loaded.
    void openWindow(const QString& fileName = QStringLiteral("gui.db"));
    /// Imports the real GCP history through File > Import and waits for the 157 rows.
    void importGcp();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardgui"));
}

void TestDashboardGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(parseIsoUtc(QStringLiteral("2022-07-02T12:00:00Z")));
    m_prompts = std::make_unique<FakePrompts>();
}

void TestDashboardGui::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDashboardGui::openWindow(const QString& fileName)
{
    auto workspace = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(fileName)), *m_clock);
    QVERIFY2(workspace.ok(), workspace.ok() ? "" : qPrintable(workspace.error().message));
    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(workspace).value());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->reload().ok());
}

void TestDashboardGui::importGcp()
{
    const qsizetype infosBefore = m_prompts->infos.size();
    m_prompts->fileAnswers << kGcpFile;
    QAction* import = m_window->findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    import->trigger();
    QTableView* table = child<QTableView>(m_window.get(), "incidentTable");
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts->infos.size() + m_prompts->errors.size(), infosBefore + 1, 60000);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QCOMPARE(table->model()->rowCount(), 157);
    QVERIFY(import->isEnabled());
}

void TestDashboardGui::emptyDatabaseShowsEmptyState()
{
    openWindow();
    QWidget* emptyState = child<QWidget>(m_window.get(), "emptyState");
    QTableView* table = child<QTableView>(m_window.get(), "incidentTable");
    QVERIFY(emptyState && table);
    QVERIFY(emptyState->isVisible());
    QVERIFY(!table->isVisible());
    QLabel* text = child<QLabel>(emptyState, "emptyText");
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("Import")));
    QVERIFY(child<QPushButton>(emptyState, "importButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(m_window.get(), "filterEdit")->isEnabled());
    // Nothing selected: the incident view shows its placeholder.
    QVERIFY(child<QLabel>(m_window.get(), "placeholderLabel")->isVisible());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Warroom — gui.db")));
    QCOMPARE(child<QLabel>(m_window.get(), "databaseLabel")->text(),
             QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("gui.db")));
}

void TestDashboardGui::importFilterSortAndSelect()
{
    openWindow();
    QWidget* emptyState = child<QWidget>(m_window.get(), "emptyState");
    QTableView* table = child<QTableView>(m_window.get(), "incidentTable");
    QVERIFY(emptyState && table);

    // The empty state's Import button runs File > Import.
    m_prompts->fileAnswers << kGcpFile;
    QTest::mouseClick(child<QPushButton>(emptyState, "importButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->fileRequests, 1);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 157, 60000);
    QTRY_COMPARE(m_prompts->infos.size(), 1);
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QVERIFY2(m_prompts->infos.first().contains(QStringLiteral("157 incidents")), qPrintable(m_prompts->infos.first()));
    QVERIFY(m_prompts->infos.first().contains(QStringLiteral("gcp-incidents.json")));
    QVERIFY(table->isVisible());
    QVERIFY(!emptyState->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), "countLabel")->text(), QStringLiteral("157 incidents · 0 open"));

    QAbstractItemModel* proxy = table->model();
    // War-room order: nothing is open, so SEV1 first, newest first.
    QCOMPARE(proxy->index(0, 0).data(Model::SeverityLevelRole).toInt(), 1);
    QVERIFY(proxy->index(0, 0).data(Model::StartedAtRole).toDateTime()
            >= proxy->index(1, 0).data(Model::StartedAtRole).toDateTime());

    // Typing into the filter shrinks the list to the incidents that mention the text.
    QLineEdit* filterEdit = child<QLineEdit>(m_window.get(), "filterEdit");
    QVERIFY(filterEdit && filterEdit->isEnabled());
    const QString needle = QStringLiteral("BigQuery");
    int expected = 0;
    const QAbstractItemModel* source = m_window->dashboard()->incidentModel();
    for (int r = 0; r < source->rowCount(); ++r)
        expected += matches(source, r, needle) ? 1 : 0;
    QVERIFY(expected > 0 && expected < 157);
    QTest::keyClicks(filterEdit, needle);
    QCOMPARE(proxy->rowCount(), expected);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(matches(proxy, r, needle));
    QCOMPARE(child<QLabel>(m_window.get(), "countLabel")->text(),
             QStringLiteral("%1 of 157 incidents · 0 open").arg(expected));
    filterEdit->clear();
    QCOMPARE(proxy->rowCount(), 157);

    // Severity filter: SEV1 is the next entry after "All severities".
    QComboBox* severity = child<QComboBox>(m_window.get(), "severityFilter");
    QVERIFY(severity);
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down);
    QCOMPARE(severity->currentData().toInt(), 1);
    QCOMPARE(proxy->rowCount(), 20);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(Model::SeverityLevelRole).toInt(), 1);
    severity->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 157);

    // Status filter "Open" and the "Open only" box: the history has nothing open.
    QComboBox* status = child<QComboBox>(m_window.get(), "statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Open")));
    QCOMPARE(proxy->rowCount(), 0);
    status->setCurrentIndex(status->findText(QStringLiteral("Resolved")));
    QCOMPARE(proxy->rowCount(), 157);
    status->setCurrentIndex(0);
    QCheckBox* openOnly = child<QCheckBox>(m_window.get(), "openOnlyCheck");
    QTest::mouseClick(openOnly, Qt::LeftButton);
    QVERIFY(openOnly->isChecked());
    QCOMPARE(proxy->rowCount(), 0);
    QTest::mouseClick(openOnly, Qt::LeftButton);
    QCOMPARE(proxy->rowCount(), 157);

    // Clicking a row shows that incident, with its timeline.
    const int row = 3;
    const QModelIndex titleIndex = proxy->index(row, Model::TitleColumn);
    const QUuid id = titleIndex.data(Model::IncidentIdRole).toUuid();
    const QString title = titleIndex.data().toString();
    const int entries = titleIndex.data(Model::TimelineEntryCountRole).toInt();
    QVERIFY(entries > 0);
    QSignalSpy selected(m_window->dashboard(), &DashboardPanel::incidentSelected);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(titleIndex).center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toUuid(), id);
    IncidentView* view = m_window->incidentView();
    QTRY_COMPARE(view->incidentId(), id);
    QLabel* titleLabel = child<QLabel>(view, "titleLabel");
    QVERIFY(titleLabel->isVisible());
    QCOMPARE(titleLabel->text(), title);
    QCOMPARE(child<QLabel>(view, "refLabel")->text(), titleIndex.data(Model::RefRole).toString());
    QListView* timeline = child<QListView>(view, "timelineView");
    QCOMPARE(timeline->model()->rowCount(), entries);
    QVERIFY(!child<QLabel>(view, "startedValue")->text().isEmpty());
    QVERIFY(child<QLabel>(view, "startedValue")->text() != QStringLiteral("—"));

    // A filter that hides the shown incident does not change what is shown; clearing
    // it selects the row again.
    QTest::keyClicks(filterEdit, QStringLiteral("no incident says this"));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(view->incidentId(), id);
    QCOMPARE(titleLabel->text(), title);
    filterEdit->clear();
    QCOMPARE(proxy->rowCount(), 157);
    QCOMPARE(table->currentIndex().data(Model::IncidentIdRole).toUuid(), id);
    QCOMPARE(selected.count(), 1);

    // Clicking the Duration header sorts by the real duration, shortest first.
    QHeaderView* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(Model::DurationColumn) + header->sectionSize(Model::DurationColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(Model::DurationColumn));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QVariant seconds = proxy->index(r, Model::DurationColumn).data(Model::DurationSecondsRole);
        const qint64 value = seconds.isValid() ? seconds.toLongLong() : std::numeric_limits<qint64>::min();
        QVERIFY(value >= previous);
        previous = value;
    }
    QCOMPARE(view->incidentId(), id);   // sorting keeps the selection
    QCOMPARE(table->currentIndex().data(Model::IncidentIdRole).toUuid(), id);
    // Second click: longest first; third click: back to the war-room order.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(proxy->index(0, 0).data(Model::DurationSecondsRole).toLongLong()
            >= proxy->index(1, 0).data(Model::DurationSecondsRole).toLongLong());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), -1);
    QVERIFY(m_window->dashboard()->proxy()->isDefaultOrder());
    QCOMPARE(proxy->index(0, 0).data(Model::SeverityLevelRole).toInt(), 1);

    // Importing the same file again adds nothing and says so.
    importGcp();
    QVERIFY2(m_prompts->infos.last().contains(QStringLiteral("157 incidents were already in the database")),
             qPrintable(m_prompts->infos.last()));
    QCOMPARE(view->incidentId(), id);   // the reload keeps the shown incident
}

void TestDashboardGui::cancelledImportDoesNothing()
{
    openWindow();
    m_window->importAction()->trigger();   // FakePrompts has no answer: cancelled
    QCOMPARE(m_prompts->fileRequests, 1);
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY(m_prompts->infos.isEmpty());
    QVERIFY(child<QWidget>(m_window.get(), "emptyState")->isVisible());
}

void TestDashboardGui::failedImportIsReported()
{
    openWindow();
    const QString bad = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not JSON");
    file.close();

    m_prompts->fileAnswers << bad;
    m_window->importAction()->trigger();
    QTRY_COMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.first().contains(QStringLiteral("broken.json")), qPrintable(m_prompts->errors.first()));
    QVERIFY(m_prompts->infos.isEmpty());
    QVERIFY(child<QWidget>(m_window.get(), "emptyState")->isVisible());
    QTRY_VERIFY(m_window->importAction()->isEnabled());
}

void TestDashboardGui::openDatabaseSwitchesAndIsRemembered()
{
    openWindow();
    importGcp();
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    m_prompts->fileAnswers << other;
    m_window->openDatabaseAction()->trigger();
    QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(QLatin1Char('\n'))));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Warroom — other.db")));
    QCOMPARE(child<QLabel>(m_window.get(), "databaseLabel")->text(), QStringLiteral("sqlite:") + other);
    QVERIFY(child<QWidget>(m_window.get(), "emptyState")->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), QStringLiteral("sqlite:") + other);
    QVERIFY(m_window->incidentView()->incidentId().isNull());

    // Back to the first database: its incidents are there.
    m_prompts->fileAnswers << m_dir->filePath(QStringLiteral("gui.db"));
    m_window->openDatabaseAction()->trigger();
    QCOMPARE(child<QTableView>(m_window.get(), "incidentTable")->model()->rowCount(), 157);
}

void TestDashboardGui::selectByRef()
{
    openWindow();
    importGcp();
    auto selected = m_window->selectIncident(QStringLiteral("INC-1"));
    QVERIFY(selected.ok());
    IncidentView* view = m_window->incidentView();
    const IncidentTableModel* model = m_window->dashboard()->incidentModel();
    const Incident inc1 = model->incidentAt(model->rowForRef(QStringLiteral("INC-1")));
    QCOMPARE(view->incidentId(), inc1.id);
    QCOMPARE(child<QLabel>(view, "titleLabel")->text(), inc1.title);

    auto unknown = m_window->selectIncident(QStringLiteral("INC-9999"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, QStringLiteral("not-found"));
    QCOMPARE(view->incidentId(), inc1.id);

    m_window->dashboard()->proxy()->setSeverityFilter({4});
    auto hidden = m_window->selectIncident(QStringLiteral("INC-1"));
    QVERIFY(!hidden.ok());
    QCOMPARE(hidden.error().code, QStringLiteral("hidden"));
}

void TestDashboardGui::aboutGoesThroughPrompts()
{
    openWindow();
    QAction* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QCOMPARE(m_prompts->abouts.size(), 1);
    QVERIFY(m_prompts->abouts.first().contains(QStringLiteral("Warroom")));
}

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboardgui.moc"
