// IncidentTableModel, IncidentFilterProxy and TimelineModel over a temp-file SQLite
// database filled with hand-made incidents.

#include "models/incidentcolors.h"
#include "models/incidentfilterproxy.h"
#include "models/incidenttablemodel.h"
#include "models/timelinemodel.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "interchange/importbatch.h"
#include "storage/incidentrepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace warroom;

namespace {

using Model = IncidentTableModel;

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

Incident makeIncident(const QString& title, SeverityLevel severity, IncidentStatus status, const QStringList& services,
                      const QString& commander, const char* started, const char* resolved = nullptr)
{
    Incident i;
    i.title = title;
    i.severity = severity;
    i.status = status;
    i.services = services;
    i.commander = commander;
    if (started)
        i.startedAt = utc(started);
    if (resolved)
        i.resolvedAt = utc(resolved);
    return i;
}

QStringList refsInOrder(const QAbstractItemModel& model)
{
    QStringList refs;
    for (int r = 0; r < model.rowCount(); ++r)
        refs << model.index(r, Model::RefColumn).data(Model::RefRole).toString();
    return refs;
}

} // namespace

class TestIncidentModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabase();
    void columnsAndDisplay();
    void customRoles();
    void openDurationFollowsClock();
    void tickWithNothingOpenEmitsNothing();
    void lookups();
    void reloadPicksUpNewIncidents();
    void reloadAsyncReadsOnAWorker();
    void reloadAsyncShowsOpenIncidentsFirst();
    void reloadAsyncDuringALoadLoadsAgain();
    void reloadAsyncInMemoryIsImmediate();
    void refreshIncidentChangesOneRow();
    void refreshIncidentAppendsANewIncident();
    void refreshUnknownIncident();
    void defaultOrder();
    void defaultOrderFollowsRefreshes();
    void textFilter_data();
    void textFilter();
    void severityStatusAndOpenOnlyFilters();
    void sortByDuration();
    void sortByTitleIgnoresCase();
    void sortByStartedPutsUnknownFirst();
    void headerSortIndicatorClearedReturnsToDefaultOrder();
    void proxyFollowsTick();
    void timelineInTimeOrder();
    void timelineClearAndUnknownIncident();
    void hundredThousandRows();

private:
    void fill();
    /// Stores a note on `incidentId` at `at` (UTC); false if the repository refuses it.
    bool addNote(const QUuid& incidentId, const QDateTime& at, const QString& text, const QString& author);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<IncidentRepository> m_repo;
    std::unique_ptr<FixedClock> m_clock;
    QHash<QString, Incident> m_byRef;
};

void TestIncidentModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("models.db"))));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = db.value();
    m_repo = std::make_unique<IncidentRepository>(m_db);
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_byRef.clear();
}

void TestIncidentModels::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

// INC-1..INC-6; "now" is 2022-07-02 12:00 UTC. Open: INC-2, INC-3, INC-6.
void TestIncidentModels::fill()
{
    const QList<Incident> incidents{
        makeIncident(QStringLiteral("BigQuery read API slow"), 2, IncidentStatus::Resolved,
                     {QStringLiteral("Google BigQuery")}, QStringLiteral("alice"), "2022-07-01T13:37:44Z",
                     "2022-07-01T19:25:45Z"),
        makeIncident(QStringLiteral("Cloud SQL outage"), 1, IncidentStatus::Investigating,
                     {QStringLiteral("Cloud SQL"), QStringLiteral("Compute Engine")}, QStringLiteral("bob"),
                     "2022-07-02T10:00:00Z"),
        makeIncident(QStringLiteral("pub/sub delivery delays"), 3, IncidentStatus::Mitigated,
                     {QStringLiteral("Cloud Pub/Sub")}, QString(), "2022-07-02T08:00:00Z"),
        makeIncident(QStringLiteral("Console errors"), 1, IncidentStatus::Closed, {QStringLiteral("Cloud Console")},
                     QStringLiteral("carol"), "2022-06-01T00:00:00Z", "2022-06-01T00:30:00Z"),
        makeIncident(QStringLiteral("Billing export late"), 4, IncidentStatus::Resolved,
                     {QStringLiteral("Cloud Billing")}, QStringLiteral("dave"), "2022-06-15T12:00:00Z",
                     "2022-06-17T12:00:00Z"),
        makeIncident(QStringLiteral("Dataflow jobs stuck"), 1, IncidentStatus::Triggered,
                     {QStringLiteral("Dataflow")}, QStringLiteral("erin"), "2022-07-01T00:00:00Z"),
    };
    for (const Incident& i : incidents) {
        auto stored = m_repo->insertIncident(i);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        m_byRef.insert(stored.value().ref(), stored.value());
    }
    QCOMPARE(m_byRef.size(), 6);
}

bool TestIncidentModels::addNote(const QUuid& incidentId, const QDateTime& at, const QString& text,
                                 const QString& author)
{
    TimelineEntry e;
    e.id = QUuid::createUuid();
    e.incidentId = incidentId;
    e.author = author;
    e.occurredAt = at;
    e.text = text;
    return m_repo->insertTimelineEntry(e).ok();
}

void TestIncidentModels::emptyDatabase()
{
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(model.rowForRef(QStringLiteral("INC-1")), -1);
}

void TestIncidentModels::columnsAndDisplay()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 6);

    QCOMPARE(model.headerData(Model::RefColumn, Qt::Horizontal).toString(), QStringLiteral("Ref"));
    QCOMPARE(model.headerData(Model::ServicesColumn, Qt::Horizontal).toString(), QStringLiteral("Services"));

    const int r = model.rowForRef(QStringLiteral("INC-1"));
    QVERIFY(r >= 0);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(r, Model::RefColumn), QStringLiteral("INC-1"));
    QCOMPARE(cell(r, Model::TitleColumn), QStringLiteral("BigQuery read API slow"));
    QCOMPARE(cell(r, Model::SeverityColumn), QStringLiteral("SEV2 Major"));
    QCOMPARE(cell(r, Model::StatusColumn), QStringLiteral("Resolved"));
    QCOMPARE(cell(r, Model::CommanderColumn), QStringLiteral("alice"));
    // Local time at display; the test runs with TZ=UTC but does not rely on it.
    QCOMPARE(cell(r, Model::StartedColumn),
             utc("2022-07-01T13:37:44Z").toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(cell(r, Model::DurationColumn), QStringLiteral("5h 48m"));

    const int r2 = model.rowForRef(QStringLiteral("INC-2"));
    QCOMPARE(cell(r2, Model::ServicesColumn), QStringLiteral("Cloud SQL, Compute Engine"));
    QCOMPARE(cell(r2, Model::SeverityColumn), QStringLiteral("SEV1 Critical"));
    QCOMPARE(cell(r2, Model::DurationColumn), QStringLiteral("2h 00m"));

    // Colour and emphasis roles.
    QCOMPARE(model.index(r2, Model::SeverityColumn).data(Qt::ForegroundRole).value<QColor>(), severityColor(1));
    QCOMPARE(model.index(r2, Model::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             statusColor(IncidentStatus::Investigating));
    QVERIFY(model.index(r2, Model::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(r, Model::TitleColumn).data(Qt::FontRole).isValid());
    QVERIFY(severityColor(1) != severityColor(2));
    QVERIFY(severityColor(3) != severityColor(4));
}

void TestIncidentModels::customRoles()
{
    fill();
    const Incident& inc1 = m_byRef[QStringLiteral("INC-1")];
    for (int k = 0; k < 3; ++k) {
        QVERIFY(addNote(inc1.id, utc("2022-07-01T14:00:00Z").addSecs(60 * k), QStringLiteral("update %1").arg(k),
                        QStringLiteral("alice")));
    }

    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    const int r = model.rowForId(inc1.id);
    QCOMPARE(r, model.rowForRef(QStringLiteral("inc-1")));
    const QModelIndex idx = model.index(r, Model::TitleColumn);
    QCOMPARE(idx.data(Model::IncidentIdRole).toUuid(), inc1.id);
    QCOMPARE(idx.data(Model::RefRole).toString(), QStringLiteral("INC-1"));
    QCOMPARE(idx.data(Model::NumberRole).toLongLong(), 1);
    QCOMPARE(idx.data(Model::SeverityLevelRole).toInt(), 2);
    QCOMPARE(idx.data(Model::StatusRole).toInt(), int(IncidentStatus::Resolved));
    QCOMPARE(idx.data(Model::IsOpenRole).toBool(), false);
    const QDateTime started = idx.data(Model::StartedAtRole).toDateTime();
    QCOMPARE(started, utc("2022-07-01T13:37:44Z"));
    QCOMPARE(started.timeSpec(), Qt::UTC);
    QCOMPARE(idx.data(Model::DurationSecondsRole).toLongLong(), 5 * 3600 + 48 * 60 + 1);
    QCOMPARE(idx.data(Model::TimelineEntryCountRole).toInt(), 3);
    QCOMPARE(model.timelineEntryCountAt(r), 3);
    QCOMPARE(model.timelineEntryCountAt(model.rowForRef(QStringLiteral("INC-2"))), 0);
    QVERIFY(idx.data(Model::SearchTextRole).toString().contains(QStringLiteral("google bigquery")));

    // SortRole carries the real value of each column.
    auto sortValue = [&](int column) { return model.index(r, column).data(Model::SortRole); };
    QCOMPARE(sortValue(Model::RefColumn).toLongLong(), 1);
    QCOMPARE(sortValue(Model::SeverityColumn).toInt(), 2);
    QCOMPARE(sortValue(Model::StatusColumn).toInt(), int(IncidentStatus::Resolved));
    QCOMPARE(sortValue(Model::StartedColumn).toLongLong(), utc("2022-07-01T13:37:44Z").toMSecsSinceEpoch());
    QCOMPARE(sortValue(Model::DurationColumn).toLongLong(), 20881);
    QCOMPARE(sortValue(Model::TitleColumn).toString(), QStringLiteral("BigQuery read API slow"));
    QVERIFY(model.roleNames().contains(Model::SeverityLevelRole));
}

void TestIncidentModels::openDurationFollowsClock()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.openCount(), 3);

    const int inc2 = model.rowForRef(QStringLiteral("INC-2"));
    const int inc1 = model.rowForRef(QStringLiteral("INC-1"));
    const QModelIndex duration2 = model.index(inc2, Model::DurationColumn);
    QCOMPARE(duration2.data(Model::DurationSecondsRole).toLongLong(), 2 * 3600);

    // Values only change on tick(), together with dataChanged.
    m_clock->advance(30 * 60);
    QCOMPARE(duration2.data(Model::DurationSecondsRole).toLongLong(), 2 * 3600);

    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.tick();
    // Rows in number order; open rows are INC-2, INC-3 (adjacent) and INC-6: two runs.
    QCOMPARE(spy.count(), 2);
    QSet<int> changedRows;
    for (const QList<QVariant>& args : std::as_const(spy)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.column(), int(Model::DurationColumn));
        QCOMPARE(bottomRight.column(), int(Model::DurationColumn));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            changedRows.insert(row);
        QVERIFY(args.at(2).value<QList<int>>().contains(Qt::DisplayRole));
    }
    const QSet<int> expected{inc2, model.rowForRef(QStringLiteral("INC-3")), model.rowForRef(QStringLiteral("INC-6"))};
    QCOMPARE(changedRows, expected);
    QVERIFY(!changedRows.contains(inc1));

    QCOMPARE(duration2.data(Model::DurationSecondsRole).toLongLong(), 2 * 3600 + 30 * 60);
    QCOMPARE(duration2.data().toString(), QStringLiteral("2h 30m"));
    // A resolved incident's duration does not move with the clock.
    QCOMPARE(model.index(inc1, Model::DurationColumn).data(Model::DurationSecondsRole).toLongLong(), 20881);
    QCOMPARE(model.index(inc1, Model::DurationColumn).data().toString(), QStringLiteral("5h 48m"));
}

void TestIncidentModels::tickWithNothingOpenEmitsNothing()
{
    auto stored = m_repo->insertIncident(makeIncident(QStringLiteral("Old"), 2, IncidentStatus::Closed, {},
                                                      QString(), "2022-01-01T00:00:00Z", "2022-01-01T01:00:00Z"));
    QVERIFY(stored.ok());
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    m_clock->advance(3600);
    model.tick();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(model.index(0, Model::DurationColumn).data().toString(), QStringLiteral("1h 00m"));
}

void TestIncidentModels::lookups()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    const Incident& inc3 = m_byRef[QStringLiteral("INC-3")];
    QCOMPARE(model.rowForRef(QStringLiteral("3")), model.rowForId(inc3.id));
    QCOMPARE(model.incidentAt(model.rowForId(inc3.id)).title, inc3.title);
    QVERIFY(model.incident(inc3.id).has_value());
    QCOMPARE(model.incident(inc3.id)->services, inc3.services);
    QVERIFY(!model.incident(QUuid::createUuid()).has_value());
    QCOMPARE(model.rowForRef(QStringLiteral("INC-99")), -1);
    QCOMPARE(model.rowForRef(QStringLiteral("nonsense")), -1);
}

void TestIncidentModels::reloadPicksUpNewIncidents()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(proxy.rowCount(), 6);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("New"), 2, IncidentStatus::Triggered, {}, QString(),
                                                "2022-07-02T11:00:00Z"))
                .ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(proxy.rowCount(), 7);
    QCOMPARE(model.openCount(), 4);
}

void TestIncidentModels::reloadAsyncReadsOnAWorker()
{
    fill();
    QVERIFY(addNote(m_byRef[QStringLiteral("INC-2")].id, utc("2022-07-02T10:05:00Z"),
                    QStringLiteral("Paged the database on-call"), QStringLiteral("bob")));

    Model expected(*m_repo, *m_clock);
    QVERIFY(expected.reload().ok());

    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &Model::reloaded);
    QSignalSpy counted(&model, &Model::entryCountsLoaded);
    QSignalSpy failed(&model, &Model::reloadFailed);
    model.reloadAsync();
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);   // nothing arrives before the event loop runs
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!model.isLoading());
    // The same rows as a synchronous reload (open ones first, so compared by incident).
    QCOMPARE(model.rowCount(), expected.rowCount());
    QCOMPARE(model.openCount(), 3);
    for (int x = 0; x < expected.rowCount(); ++x) {
        const int r = model.rowForId(expected.incidentAt(x).id);
        QVERIFY(r >= 0);
        QCOMPARE(model.timelineEntryCountAt(r), expected.timelineEntryCountAt(x));
        for (int c = 0; c < Model::ColumnCount; ++c)
            QCOMPARE(model.index(r, c).data(), expected.index(x, c).data());
    }
}

void TestIncidentModels::reloadAsyncShowsOpenIncidentsFirst()
{
    fill();   // open: INC-2, INC-3, INC-6
    for (const char* ref : {"INC-1", "INC-2"}) {
        QVERIFY(addNote(m_byRef[QLatin1String(ref)].id, utc("2022-07-01T20:00:00Z"), QStringLiteral("Looking"),
                        QStringLiteral("bob")));
    }
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // What each step shows, noted when it is announced.
    QStringList atOpen;
    int inc2EntriesAtOpen = -2;
    QStringList atAll;
    int inc1EntriesAtAll = -2;
    QVariant inc1CountRoleAtAll;
    connect(&model, &Model::openIncidentsLoaded, this, [&] {
        atOpen = refsInOrder(proxy);
        inc2EntriesAtOpen = model.timelineEntryCountAt(model.rowForRef(QStringLiteral("INC-2")));
    });
    connect(&model, &Model::reloaded, this, [&] {
        atAll = refsInOrder(proxy);
        const int r = model.rowForRef(QStringLiteral("INC-1"));
        inc1EntriesAtAll = model.timelineEntryCountAt(r);
        inc1CountRoleAtAll = model.index(r, 0).data(Model::TimelineEntryCountRole);
    });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &Model::entryCountsLoaded);
    model.reloadAsync();
    QTRY_COMPARE(counted.count(), 1);

    // First the open incidents, in the war-room order, with their entry counts.
    QCOMPARE(atOpen, (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2"), QStringLiteral("INC-3")}));
    QCOMPARE(inc2EntriesAtOpen, 1);
    // Then the others, appended in one insertion and sorted into place; counts unknown yet.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 5);
    const QStringList warRoomOrder{QStringLiteral("INC-6"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                                   QStringLiteral("INC-4"), QStringLiteral("INC-1"), QStringLiteral("INC-5")};
    QCOMPARE(atAll, warRoomOrder);
    QCOMPARE(inc1EntriesAtAll, -1);
    QVERIFY(!inc1CountRoleAtAll.isValid());
    // Last the counts of every incident.
    QCOMPARE(model.timelineEntryCountAt(model.rowForRef(QStringLiteral("INC-1"))), 1);
    QCOMPARE(model.index(model.rowForRef(QStringLiteral("INC-1")), 0).data(Model::TimelineEntryCountRole).toInt(), 1);
    QCOMPARE(model.timelineEntryCountAt(model.rowForRef(QStringLiteral("INC-5"))), 0);
    QCOMPARE(refsInOrder(proxy), warRoomOrder);
    QVERIFY(!model.isLoading());
}

void TestIncidentModels::reloadAsyncDuringALoadLoadsAgain()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &Model::reloaded);
    model.reloadAsync();
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("Late arrival"), 2, IncidentStatus::Triggered, {},
                                                QString(), "2022-07-02T11:00:00Z"))
                .ok());
    model.reloadAsync();   // the first load may already have read the database
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.rowForRef(QStringLiteral("INC-7")) >= 0);
}

void TestIncidentModels::reloadAsyncInMemoryIsImmediate()
{
    auto db = Database::openAndMigrate(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
    QVERIFY(db.ok());
    IncidentRepository repo(db.value());
    QVERIFY(repo.insertIncident(makeIncident(QStringLiteral("Only one"), 1, IncidentStatus::Triggered, {}, QString(),
                                             "2022-07-02T11:00:00Z"))
                .ok());
    Model model(repo, *m_clock);
    QSignalSpy reloaded(&model, &Model::reloaded);
    model.reloadAsync();   // another connection would see another, empty database
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
}

void TestIncidentModels::refreshIncidentChangesOneRow()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.openCount(), 3);

    Incident inc2 = m_byRef[QStringLiteral("INC-2")];
    inc2.status = IncidentStatus::Resolved;
    inc2.resolvedAt = utc("2022-07-02T11:30:00Z");
    inc2.title = QStringLiteral("Cloud SQL outage (connection pool)");
    QVERIFY(m_repo->updateIncident(inc2, inc2.version).ok());
    QVERIFY(addNote(inc2.id, utc("2022-07-02T11:30:00Z"), QStringLiteral("Resolved"), QStringLiteral("bob")));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.refreshIncident(inc2.id).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowForId(inc2.id);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(bottomRight.column(), Model::ColumnCount - 1);
    QCOMPARE(model.index(row, Model::TitleColumn).data().toString(), inc2.title);
    QCOMPARE(model.index(row, 0).data(Model::StatusRole).toInt(), int(IncidentStatus::Resolved));
    QCOMPARE(model.index(row, 0).data(Model::DurationSecondsRole).toLongLong(), qint64(90 * 60));
    QCOMPARE(model.timelineEntryCountAt(row), 1);
    QCOMPARE(model.openCount(), 2);

    // The open-only filter of the proxy follows the changed row.
    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestIncidentModels::refreshIncidentAppendsANewIncident()
{
    fill();
    Model model(*m_repo, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());

    auto stored = m_repo->insertIncident(makeIncident(QStringLiteral("Checkout errors"), 1, IncidentStatus::Triggered,
                                                      {QStringLiteral("Checkout")}, QStringLiteral("alice"),
                                                      "2022-07-02T11:55:00Z"));
    QVERIFY(stored.ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.refreshIncident(stored.value().id).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.rowForRef(QStringLiteral("INC-7")), 6);
    QCOMPARE(model.openCount(), 4);
    QCOMPARE(proxy.rowCount(), 7);
    // Open SEV1 incidents lead the war-room order, the oldest start first: INC-6, INC-2, INC-7.
    QCOMPARE(proxy.index(2, Model::RefColumn).data(Model::RefRole).toString(), QStringLiteral("INC-7"));
}

void TestIncidentModels::refreshUnknownIncident()
{
    fill();
    Model model(*m_repo, *m_clock);
    QVERIFY(model.reload().ok());
    const auto refreshed = model.refreshIncident(QUuid::createUuid());
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, QStringLiteral("not-found"));
    QCOMPARE(model.rowCount(), 6);
}

void TestIncidentModels::defaultOrder()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(model.reload().ok());
    QVERIFY(proxy.isDefaultOrder());
    // Open first (SEV1 oldest start first, then SEV3), then resolved by severity, newest first.
    QCOMPARE(refsInOrder(proxy), (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2"),
                                              QStringLiteral("INC-3"), QStringLiteral("INC-4"),
                                              QStringLiteral("INC-1"), QStringLiteral("INC-5")}));

    // Two resolved SEV2s: the newer start comes first.
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("Newer SEV2"), 2, IncidentStatus::Resolved, {},
                                                QString(), "2022-07-01T20:00:00Z", "2022-07-01T21:00:00Z"))
                .ok());
    QVERIFY(model.reload().ok());
    const QStringList refs = refsInOrder(proxy);
    QCOMPARE(refs.indexOf(QStringLiteral("INC-7")) + 1, refs.indexOf(QStringLiteral("INC-1")));
}

// The model keeps each row's place in the war-room order; after changes that move rows,
// the proxy's order must equal a fresh sort of the rows' order fields.
void TestIncidentModels::defaultOrderFollowsRefreshes()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    const auto expectedOrder = [&model] {
        QList<int> rows(model.rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&model](int l, int r) {
            return Model::warRoomLess(model.orderFieldsAt(l), model.orderFieldsAt(r));
        });
        QStringList refs;
        for (const int r : rows)
            refs << model.incidentAt(r).ref();
        return refs;
    };
    QCOMPARE(refsInOrder(proxy), expectedOrder());

    // INC-5 (SEV4, resolved) becomes an open SEV1: from last to the top group.
    Incident inc5 = m_byRef[QStringLiteral("INC-5")];
    inc5.severity = 1;
    inc5.status = IncidentStatus::Investigating;
    inc5.resolvedAt = QDateTime();
    QVERIFY(m_repo->updateIncident(inc5, inc5.version).ok());
    QVERIFY(model.refreshIncident(inc5.id).ok());
    QCOMPARE(refsInOrder(proxy), expectedOrder());
    QCOMPARE(refsInOrder(proxy).indexOf(QStringLiteral("INC-5")), 0);   // oldest open SEV1

    // INC-6 (open SEV1) is resolved: it moves down among the resolved SEV1s.
    Incident inc6 = m_byRef[QStringLiteral("INC-6")];
    inc6.status = IncidentStatus::Resolved;
    inc6.resolvedAt = utc("2022-07-02T11:00:00Z");
    QVERIFY(m_repo->updateIncident(inc6, inc6.version).ok());
    QVERIFY(model.refreshIncident(inc6.id).ok());
    QCOMPARE(refsInOrder(proxy), expectedOrder());

    // A new open SEV2 is appended to the model and takes its place.
    auto added = m_repo->insertIncident(makeIncident(QStringLiteral("New"), 2, IncidentStatus::Triggered, {},
                                                     QString(), "2022-07-02T11:59:00Z"));
    QVERIFY(added.ok());
    QVERIFY(model.refreshIncident(added.value().id).ok());
    QCOMPARE(refsInOrder(proxy), expectedOrder());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(refsInOrder(proxy).at(model.warRoomRank(r)), model.incidentAt(r).ref());
}

void TestIncidentModels::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("refs");   // in default order
    QTest::newRow("empty") << QString()
                           << QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                                          QStringLiteral("INC-4"), QStringLiteral("INC-1"), QStringLiteral("INC-5")};
    QTest::newRow("title, case-insensitive") << QStringLiteral("CONSOLE") << QStringList{QStringLiteral("INC-4")};
    QTest::newRow("services") << QStringLiteral("pub/sub") << QStringList{QStringLiteral("INC-3")};
    QTest::newRow("title and services") << QStringLiteral("cloud")
                                        << QStringList{QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                                                       QStringLiteral("INC-4"), QStringLiteral("INC-5")};
    QTest::newRow("two words, both must match") << QStringLiteral("cloud  SQL")
                                                << QStringList{QStringLiteral("INC-2")};
    QTest::newRow("ref") << QStringLiteral("inc-5") << QStringList{QStringLiteral("INC-5")};
    QTest::newRow("commander") << QStringLiteral("Alice") << QStringList{QStringLiteral("INC-1")};
    QTest::newRow("no match") << QStringLiteral("kubernetes") << QStringList{};
}

void TestIncidentModels::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, refs);
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy changed(&proxy, &IncidentFilterProxy::filtersChanged);
    proxy.setFilterText(text);
    QCOMPARE(changed.count(), text.isEmpty() ? 0 : 1);
    QCOMPARE(refsInOrder(proxy), refs);
    QCOMPARE(proxy.hiddenCount(), 6 - int(refs.size()));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestIncidentModels::severityStatusAndOpenOnlyFilters()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());

    proxy.setSeverityFilter({1});
    QCOMPARE(refsInOrder(proxy),
             (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2"), QStringLiteral("INC-4")}));
    proxy.setSeverityFilter({3, 4});
    QCOMPARE(refsInOrder(proxy), (QStringList{QStringLiteral("INC-3"), QStringLiteral("INC-5")}));
    proxy.setSeverityFilter({});

    proxy.setStatusFilter({IncidentStatus::Resolved});
    QCOMPARE(refsInOrder(proxy), (QStringList{QStringLiteral("INC-1"), QStringLiteral("INC-5")}));
    proxy.setStatusFilter({IncidentStatus::Triggered, IncidentStatus::Closed});
    QCOMPARE(refsInOrder(proxy), (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-4")}));
    QCOMPARE(proxy.statusFilter(), (QList<IncidentStatus>{IncidentStatus::Triggered, IncidentStatus::Closed}));
    proxy.setStatusFilter({});

    proxy.setOpenOnly(true);
    QCOMPARE(refsInOrder(proxy),
             (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2"), QStringLiteral("INC-3")}));
    proxy.setSeverityFilter({1});
    QCOMPARE(refsInOrder(proxy), (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-2")}));
    proxy.setFilterText(QStringLiteral("sql"));
    QCOMPARE(refsInOrder(proxy), QStringList{QStringLiteral("INC-2")});
    proxy.setOpenOnly(false);
    proxy.setSeverityFilter({});
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 6);
}

void TestIncidentModels::sortByDuration()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());

    // INC-4 30m, INC-2 2h, INC-3 4h, INC-1 5h48m, INC-6 36h (open), INC-5 2d.
    const QStringList ascending{QStringLiteral("INC-4"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                                QStringLiteral("INC-1"), QStringLiteral("INC-6"), QStringLiteral("INC-5")};
    proxy.sort(Model::DurationColumn, Qt::AscendingOrder);
    QVERIFY(!proxy.isDefaultOrder());
    QCOMPARE(refsInOrder(proxy), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    proxy.sort(Model::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(refsInOrder(proxy), descending);

    // An open incident's duration grows with the clock and the order follows on tick().
    m_clock->advance(3 * 24 * 3600);   // INC-2 and INC-3 now run longer than INC-5's 2 days
    model.tick();
    QCOMPARE(refsInOrder(proxy).mid(0, 4), (QStringList{QStringLiteral("INC-6"), QStringLiteral("INC-3"),
                                                         QStringLiteral("INC-2"), QStringLiteral("INC-5")}));

    proxy.sort(-1);
    QVERIFY(proxy.isDefaultOrder());
    QCOMPARE(refsInOrder(proxy).first(), QStringLiteral("INC-6"));
}

void TestIncidentModels::sortByTitleIgnoresCase()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    proxy.sort(Model::TitleColumn, Qt::AscendingOrder);
    QStringList titles;
    for (int r = 0; r < proxy.rowCount(); ++r)
        titles << proxy.index(r, Model::TitleColumn).data().toString();
    // Case is ignored: "pub/sub..." sorts after "Dataflow", not before "BigQuery".
    QCOMPARE(titles, (QStringList{QStringLiteral("BigQuery read API slow"), QStringLiteral("Billing export late"),
                                  QStringLiteral("Cloud SQL outage"), QStringLiteral("Console errors"),
                                  QStringLiteral("Dataflow jobs stuck"), QStringLiteral("pub/sub delivery delays")}));
    // Column 0 ascending is the ref order, not the war-room order.
    proxy.sort(Model::RefColumn, Qt::AscendingOrder);
    QCOMPARE(refsInOrder(proxy).first(), QStringLiteral("INC-1"));
    proxy.sort(-1);
    QCOMPARE(refsInOrder(proxy).first(), QStringLiteral("INC-6"));
}

void TestIncidentModels::sortByStartedPutsUnknownFirst()
{
    fill();
    QVERIFY(m_repo->insertIncident(makeIncident(QStringLiteral("No start"), 2, IncidentStatus::Resolved, {},
                                                QString(), nullptr, "2022-07-01T00:00:00Z"))
                .ok());
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    const int row = model.rowForRef(QStringLiteral("INC-7"));
    QVERIFY(!model.index(row, Model::DurationColumn).data(Model::DurationSecondsRole).isValid());
    QCOMPARE(model.index(row, Model::DurationColumn).data().toString(), QString());
    QCOMPARE(model.index(row, Model::StartedColumn).data().toString(), QString());

    proxy.sort(Model::StartedColumn, Qt::AscendingOrder);
    QCOMPARE(refsInOrder(proxy),
             (QStringList{QStringLiteral("INC-7"), QStringLiteral("INC-4"), QStringLiteral("INC-5"),
                          QStringLiteral("INC-6"), QStringLiteral("INC-1"), QStringLiteral("INC-3"),
                          QStringLiteral("INC-2")}));
    // In the war-room order an unknown start goes after the known ones of its group.
    proxy.sort(-1);
    const QStringList refs = refsInOrder(proxy);
    QCOMPARE(refs.indexOf(QStringLiteral("INC-7")), refs.indexOf(QStringLiteral("INC-1")) + 1);
}

void TestIncidentModels::headerSortIndicatorClearedReturnsToDefaultOrder()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    proxy.sort(Model::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(refsInOrder(proxy).first(), QStringLiteral("INC-5"));
    proxy.sort(-1, Qt::DescendingOrder);   // order is ignored for the war-room order
    QCOMPARE(refsInOrder(proxy).first(), QStringLiteral("INC-6"));
    QCOMPARE(refsInOrder(proxy).last(), QStringLiteral("INC-5"));
}

void TestIncidentModels::proxyFollowsTick()
{
    fill();
    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy proxyChanged(&proxy, &QAbstractItemModel::dataChanged);
    m_clock->advance(60);
    model.tick();
    QVERIFY(proxyChanged.count() >= 1);
    for (const QList<QVariant>& args : std::as_const(proxyChanged))
        QCOMPARE(args.at(0).toModelIndex().column(), int(Model::DurationColumn));
}

void TestIncidentModels::timelineInTimeOrder()
{
    fill();
    const Incident& inc2 = m_byRef[QStringLiteral("INC-2")];
    struct Spec {
        const char* at;
        EntryKind kind;
        const char* author;
        const char* text;
        bool pinned;
        bool isPublic;
    };
    // Inserted out of order on purpose.
    const QList<Spec> specs{
        {"2022-07-02T10:30:00Z", EntryKind::Decision, "bob", "Fail over to the replica", true, false},
        {"2022-07-02T10:05:00Z", EntryKind::Alert, "pager", "Error rate above 5%", false, false},
        {"2022-07-02T11:00:00Z", EntryKind::StakeholderUpdate, "bob", "We are failing over.", false, true},
    };
    for (const Spec& s : specs) {
        TimelineEntry e;
        e.id = QUuid::createUuid();
        e.incidentId = inc2.id;
        e.occurredAt = utc(s.at);
        e.recordedAt = e.occurredAt;
        e.kind = s.kind;
        e.author = QString::fromLatin1(s.author);
        e.text = QString::fromLatin1(s.text);
        e.pinned = s.pinned;
        e.isPublic = s.isPublic;
        QVERIFY(m_repo->insertTimelineEntry(e).ok());
    }

    TimelineModel model(*m_repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.load(inc2.id).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.incidentId(), inc2.id);
    QCOMPARE(model.rowCount(), 3);

    QList<EntryKind> kinds;
    QDateTime previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex idx = model.index(r);
        const QDateTime at = idx.data(TimelineModel::OccurredAtRole).toDateTime();
        QCOMPARE(at.timeSpec(), Qt::UTC);
        if (previous.isValid())
            QVERIFY(previous <= at);
        previous = at;
        kinds << EntryKind(idx.data(TimelineModel::KindRole).toInt());
    }
    QCOMPARE(kinds, (QList<EntryKind>{EntryKind::Alert, EntryKind::Decision, EntryKind::StakeholderUpdate}));

    const QModelIndex decision = model.index(1);
    QCOMPARE(decision.data().toString(), QStringLiteral("Fail over to the replica"));
    QCOMPARE(decision.data(TimelineModel::TextRole).toString(), QStringLiteral("Fail over to the replica"));
    QCOMPARE(decision.data(TimelineModel::AuthorRole).toString(), QStringLiteral("bob"));
    QCOMPARE(decision.data(TimelineModel::KindNameRole).toString(), QStringLiteral("Decision"));
    QCOMPARE(decision.data(TimelineModel::PinnedRole).toBool(), true);
    QCOMPARE(decision.data(TimelineModel::PublicRole).toBool(), false);
    QCOMPARE(decision.data(TimelineModel::OccurredAtRole).toDateTime(), utc("2022-07-02T10:30:00Z"));
    QCOMPARE(model.index(2).data(TimelineModel::PublicRole).toBool(), true);
    QCOMPARE(model.entryAt(0).author, QStringLiteral("pager"));

    // Another incident replaces the list.
    QVERIFY(model.load(m_byRef[QStringLiteral("INC-1")].id).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestIncidentModels::timelineClearAndUnknownIncident()
{
    fill();
    const Incident& inc1 = m_byRef[QStringLiteral("INC-1")];
    TimelineEntry e;
    e.id = QUuid::createUuid();
    e.incidentId = inc1.id;
    e.occurredAt = utc("2022-07-01T14:00:00Z");
    e.author = QStringLiteral("alice");
    e.text = QStringLiteral("Investigating");
    QVERIFY(m_repo->insertTimelineEntry(e).ok());

    TimelineModel model(*m_repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(inc1.id).ok());
    QCOMPARE(model.rowCount(), 1);

    // A second entry shows up on reload().
    e.id = QUuid::createUuid();
    e.occurredAt = e.occurredAt.addSecs(60);
    QVERIFY(m_repo->insertTimelineEntry(e).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.incidentId().isNull());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(model.load(QUuid::createUuid()).ok());   // no entries for an unknown incident
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.load(QUuid()).ok());
    QVERIFY(model.incidentId().isNull());
}

// 100k incidents: loads, sorts and filters without per-row work beyond the strings built
// once on reload. Prints the times; asserts the results (times vary too much to assert).
void TestIncidentModels::hundredThousandRows()
{
    constexpr int kCount = 100'000;
    ImportBatch batch;
    batch.format = QStringLiteral("test");
    batch.incidents.reserve(kCount);
    const QDateTime base = utc("2020-01-01T00:00:00Z");
    for (int n = 0; n < kCount; ++n) {
        ImportedIncident item;
        Incident& i = item.incident;
        i.id = QUuid::createUuid();
        i.title = QStringLiteral("Synthetic incident %1").arg(n);
        i.severity = 1 + n % 4;
        i.status = n % 50 == 0 ? IncidentStatus::Investigating : IncidentStatus::Resolved;
        i.services = {QStringLiteral("Service %1").arg(n % 97)};
        i.startedAt = base.addSecs(qint64(n) * 600);
        if (i.status == IncidentStatus::Resolved)
            i.resolvedAt = i.startedAt.addSecs(60 + (n * 7919) % 86400);
        i.source = QStringLiteral("test");
        i.sourceId = QString::number(n);
        batch.incidents.append(std::move(item));
    }
    QVERIFY(m_repo->importBatch(batch).ok());

    Model model(*m_repo, *m_clock);
    IncidentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.reload().ok());
    const qint64 loadMs = timer.restart();
    QCOMPARE(model.rowCount(), kCount);
    QCOMPARE(proxy.rowCount(), kCount);
    QCOMPARE(model.openCount(), kCount / 50);
    const qint64 defaultSortMs = timer.restart();
    // Open SEV1s (n % 4 == 0 and n % 50 == 0: multiples of 100), oldest first.
    QCOMPARE(proxy.index(0, 0).data(Model::RefRole).toString(), QStringLiteral("INC-1"));
    QCOMPARE(proxy.index(1, 0).data(Model::RefRole).toString(), QStringLiteral("INC-101"));

    proxy.sort(Model::DurationColumn, Qt::DescendingOrder);
    const qint64 durationSortMs = timer.restart();
    QVERIFY(proxy.index(0, 0).data(Model::IsOpenRole).toBool());   // the longest-running open one

    proxy.setFilterText(QStringLiteral("incident 99999"));   // the title of n = 99999, the ref of n = 99998
    const qint64 filterMs = timer.restart();
    QCOMPARE(proxy.rowCount(), 2);
    m_clock->advance(60);
    model.tick();
    const qint64 tickMs = timer.restart();
    qInfo("100k rows: reload %lld ms, default order %lld ms, sort by duration %lld ms, filter %lld ms, tick %lld ms",
          loadMs, defaultSortMs, durationSortMs, filterMs, tickMs);
}

QTEST_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
