// Live sync between two war-room windows on one database (a SQLite file, and the shared
// PostgreSQL when WARROOM_TEST_PG_URL names a server): what client A writes appears in
// client B's dashboard and timeline without a reload, in the same order.
#include "../storage/testdatabases.h"

#include "core/clock.h"
#include "models/incidenttablemodel.h"
#include "models/livesync.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"
#include "storage/incidentservice.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace warroom;
using warroom::test::TestDatabases;

namespace {

/// Records what would have been shown; a test fails if an error was.
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

} // namespace

class TestLiveSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addBackendRows(); }
    void init() { WARROOM_SKIP_UNLESS_BACKEND_AVAILABLE(); }
    void cleanup() { m_dbs.dropAll(); }

    void twoClientsSeeEachOthersWrites()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        auto writer = Workspace::open(url, clock);   // client A: writes through its service
        QVERIFY2(writer.ok(), qPrintable(writer.errorText()));
        Workspace& a = *writer.value();

        RecordingPrompts prompts;
        MainWindow b(clock, prompts);   // client B: the window that must follow
        auto reader = Workspace::open(url, clock);
        QVERIFY2(reader.ok(), qPrintable(reader.errorText()));
        b.setWorkspace(std::move(reader).value());
        b.startLiveUpdates();
        QVERIFY(b.liveSync());
        QSignalSpy started(b.liveSync(), &LiveSync::started);
        QVERIFY(started.wait(10'000));
        QVERIFY(b.reload().ok());
        QCOMPARE(b.workspace()->incidents()->rowCount(), 0);
        QSignalSpy resets(b.workspace()->incidents(), &QAbstractItemModel::modelReset);

        // A declares: B's dashboard gains the row, without a reset.
        DeclareRequest request;
        request.title = QStringLiteral("Checkout returns 502");
        request.severity = 1;
        request.services = {QStringLiteral("Checkout")};
        auto declared = a.service().declare(request, QStringLiteral("alice"));
        QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
        const QUuid id = declared->id;
        IncidentTableModel* incidents = b.workspace()->incidents();
        QTRY_COMPARE_WITH_TIMEOUT(incidents->rowCount(), 1, 10'000);
        QCOMPARE(incidents->incidentAt(0).title, request.title);
        QCOMPARE(resets.count(), 0);

        // A moves it on: B's row follows.
        QVERIFY(a.service().changeStatus(id, IncidentStatus::Identified, QStringLiteral("alice")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(incidents->incidentAt(0).status, IncidentStatus::Identified, 10'000);

        // B looks at the incident; A's scribe writes 500 entries. B shows them all, in A's order.
        QVERIFY(b.selectIncident(declared->ref()).ok());
        TimelineModel* timeline = b.workspace()->timeline();
        QTRY_VERIFY(timeline->rowCount() > 0);
        const QDateTime base = declared->declaredAt.addSecs(1);
        for (int k = 0; k < 500; ++k) {
            auto added = a.service().addEntry(id, EntryKind::Note, QStringLiteral("entry %1").arg(k),
                                              QStringLiteral("sam"), base.addMSecs(k * 10));
            QVERIFY2(added.ok(), qPrintable(added.errorText()));
        }
        auto expected = a.repository().timeline(id);
        QVERIFY(expected.ok());
        QCOMPARE(expected->size(), 500 + 2);   // the declaration's status change and Identified
        QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), int(expected->size()), 20'000);
        for (int r = 0; r < timeline->rowCount(); ++r)
            QCOMPARE(timeline->entryAt(r).id, expected->at(r).id);
        QTRY_COMPARE_WITH_TIMEOUT(incidents->timelineEntryCountAt(0), int(expected->size()), 10'000);

        // Single entry changes take the narrow path (only those rows, only the row's entry
        // summary): an edit, a corrected time that moves the entry, a soft delete and a public
        // stakeholder update. B ends up with exactly A's timeline.
        QSignalSpy entriesChanged(b.workspace(), &Workspace::entriesChanged);
        const TimelineEntry first = expected->at(2);
        EntryChange text;
        text.text = QStringLiteral("entry 0, corrected");
        QVERIFY(a.service().editEntry(first.id, first.version, text, QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->entry(first.id)->text, *text.text, 10'000);
        EntryChange later;
        later.occurredAt = base.addSecs(3600);
        QVERIFY(a.service().editEntry(first.id, first.version + 1, later, QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->rowForId(first.id), timeline->rowCount() - 1, 10'000);
        const TimelineEntry gone = expected->at(100);
        EntryChange del;
        del.deleted = true;
        QVERIFY(a.service().editEntry(gone.id, gone.version, del, QStringLiteral("sam")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->rowForId(gone.id), -1, 10'000);
        auto update = a.service().addEntry(id, EntryKind::StakeholderUpdate, QStringLiteral("Fix deployed"),
                                           QStringLiteral("sam"), {}, false, true);
        QVERIFY2(update.ok(), qPrintable(update.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(
            incidents->index(0, 0).data(IncidentTableModel::LastStakeholderUpdateRole).toDateTime(),
            update->occurredAt, 10'000);
        auto now = a.repository().timeline(id);
        QVERIFY(now.ok());
        QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), int(now->size()), 10'000);
        for (int r = 0; r < timeline->rowCount(); ++r) {
            QCOMPARE(timeline->entryAt(r).id, now->at(r).id);
            QCOMPARE(timeline->entryAt(r).text, now->at(r).text);
            QCOMPARE(timeline->entryAt(r).version, now->at(r).version);
        }
        QCOMPARE(incidents->timelineEntryCountAt(0), int(now->size()));
        QVERIFY(!entriesChanged.isEmpty());
        QCOMPARE(resets.count(), 0);
        QVERIFY(b.liveSync()->isConnected());
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }

    void singleChangeIsPassedOnWithoutWaiting()
    {
        const DatabaseUrl url = m_dbs.newUrl();
        QVERIFY(!url.toString().isEmpty());
        SystemClock clock;
        auto writer = Workspace::open(url, clock);
        QVERIFY2(writer.ok(), qPrintable(writer.errorText()));
        auto reader = Workspace::open(url, clock);
        QVERIFY2(reader.ok(), qPrintable(reader.errorText()));
        LiveSync live(*reader.value());
        live.setCoalesceMs(600'000);   // a burst interval far beyond this test's timeouts
        QSignalSpy started(&live, &LiveSync::started);
        live.start();
        QVERIFY(started.wait(10'000));
        QSignalSpy changed(reader.value().get(), &Workspace::incidentChanged);
        QSignalSpy entriesChanged(reader.value().get(), &Workspace::entriesChanged);

        // After a quiet spell a change is passed on at once, not after the interval.
        DeclareRequest request;
        request.title = QStringLiteral("Search is slow");
        request.services = {QStringLiteral("Search")};
        auto declared = writer.value()->service().declare(request, QStringLiteral("alice"));
        QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
        const QUuid id = declared->id;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(changed.cbegin(), changed.cend(), [&id](const QList<QVariant>& args) { return args.at(0).toUuid() == id; }),
            10'000);

        // A change right after that refresh is held back for the rest of the interval.
        const qint64 applied = live.appliedChanges();
        const qsizetype refreshes = changed.count();
        QVERIFY(writer.value()->service().addEntry(id, EntryKind::Note, QStringLiteral("second"), QStringLiteral("sam")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(live.appliedChanges() > applied, 10'000);
        QCOMPARE(changed.count(), refreshes);
        QCOMPARE(entriesChanged.count(), 0);
    }

private:
    TestDatabases m_dbs;
};

QTEST_MAIN(TestLiveSync)
#include "tst_livesync.moc"
