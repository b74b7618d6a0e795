// The scribe's models over a temp-file SQLite database: TimelineModel's in-place reloads and
// row-by-row application of changed entries (checked against full reloads),
// TimelineFilterProxy, the undoable timeline commands (add, edit with mergeWith, pin,
// delete) with their versions and revisions, RevisionModel, ActionItemModel and
// MyActionItemsModel. Every model runs under QAbstractItemModelTester.

#include "models/actionitemcommands.h"
#include "models/actionitemmodel.h"
#include "models/incidenttablemodel.h"
#include "models/revisionmodel.h"
#include "models/timelinecommands.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "models/workspace.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "storage/changelog.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace warroom;

namespace {

QDateTime utc(const char* iso)
{
    return parseIsoUtc(QString::fromLatin1(iso));
}

TimelineInput input(EntryKind kind, const QString& text, const QDateTime& at = {})
{
    TimelineInput in;
    in.kind = kind;
    in.text = text;
    in.occurredAt = at;
    return in;
}

EntryChange textChange(const QString& text)
{
    EntryChange change;
    change.text = text;
    return change;
}

QStringList texts(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(TimelineModel::TextRole).toString();
    return out;
}

} // namespace

class TestTimelineModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reloadChangesRowsInPlace();
    void appliedEntriesMatchReload();
    void appliedEntriesFallBackForPendingAndBursts();
    void entrySummaryMatchesRefresh();
    void authorsAndLookups();
    void editedRoleFollowsRevisions();
    void filterProxy();
    void addUndoRedo();
    void editPinDeleteUndoRestoreExactly();
    void typingEditsMerge();
    void mergeBackToStartDropsTheStep();
    void undoAfterSomeoneElseChangedIsRefused();
    void failedAddIsReportedAndNotPushed();
    void commandsWithoutWorkspaceDoNothing();
    void revisionModel();
    void wordDiff();
    void actionEntryCreatesItemAndUndoCancelsIt();
    void actionItemModel();
    void actionItemEditsAreUndoable();
    void myActionItemsAcrossIncidents();

private:
    /// An entry written by the service as `author` (another client, say).
    TimelineEntry write(const QUuid& incident, EntryKind kind, const QString& text, const QString& author,
                        const QDateTime& at = {});
    TimelineEntry stored(const QUuid& entryId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Incident m_inc1;
    Incident m_inc2;
};

void TestTimelineModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("timeline.db"))));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    m_clock = std::make_unique<FixedClock>(utc("2022-07-02T12:00:00Z"));
    m_ws = std::make_unique<Workspace>(db.value(), *m_clock);
    m_ws->setActor(QStringLiteral("sam"));
    for (const char* handle : {"alice", "bob"}) {
        Person p;
        p.handle = QString::fromLatin1(handle);
        QVERIFY(m_ws->service().savePerson(p).ok());
    }
    DeclareRequest request;
    request.title = QStringLiteral("Checkout errors");
    request.severity = 1;
    auto inc1 = m_ws->service().declare(request, QStringLiteral("sam"));
    QVERIFY2(inc1.ok(), qPrintable(inc1.errorText()));
    m_inc1 = inc1.value();
    request.title = QStringLiteral("Search slow");
    request.severity = 3;
    auto inc2 = m_ws->service().declare(request, QStringLiteral("alice"));
    QVERIFY2(inc2.ok(), qPrintable(inc2.errorText()));
    m_inc2 = inc2.value();
}

void TestTimelineModels::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

TimelineEntry TestTimelineModels::write(const QUuid& incident, EntryKind kind, const QString& text,
                                        const QString& author, const QDateTime& at)
{
    m_clock->advance(30);
    auto e = m_ws->service().addEntry(incident, kind, text, author, at);
    if (!e)
        qWarning("addEntry: %s", qPrintable(e.error().message));
    return e ? e.value() : TimelineEntry();
}

TimelineEntry TestTimelineModels::stored(const QUuid& entryId) const
{
    auto e = m_ws->repository().findTimelineEntry(entryId);
    return e ? e.value() : TimelineEntry();
}

void TestTimelineModels::reloadChangesRowsInPlace()
{
    TimelineModel model(m_ws->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TimelineEntry a = write(m_inc1.id, EntryKind::Note, QStringLiteral("a"), QStringLiteral("sam"));
    const TimelineEntry b = write(m_inc1.id, EntryKind::Note, QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(model.load(m_inc1.id).ok());
    QCOMPARE(texts(model).mid(1), (QStringList{QStringLiteral("a"), QStringLiteral("b")})); // row 0: declared

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Nothing new: no signal at all.
    QVERIFY(model.reload().ok());
    QCOMPARE(inserted.count() + removed.count() + moved.count() + changed.count(), 0);

    // A new entry at the end and a backdated one in the middle: two insertions.
    const TimelineEntry c = write(m_inc1.id, EntryKind::Decision, QStringLiteral("c"), QStringLiteral("alice"));
    write(m_inc1.id, EntryKind::Note, QStringLiteral("early"), QStringLiteral("alice"), a.occurredAt.addSecs(-5));
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(texts(model).mid(1),
             (QStringList{QStringLiteral("early"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    // A text edit is a dataChanged of that row only.
    QVERIFY(m_ws->service().editEntry(b.id, b.version, textChange(QStringLiteral("b2")), QStringLiteral("sam")).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowForId(b.id));
    QCOMPARE(model.entry(b.id)->text, QStringLiteral("b2"));
    QCOMPARE(model.entry(b.id)->version, 2);

    // Moving "a" after "c" (a corrected time) is a move, not a reset.
    EntryChange later;
    later.occurredAt = c.occurredAt.addSecs(10);
    QVERIFY(m_ws->service().editEntry(a.id, a.version, later, QStringLiteral("sam")).ok());
    QVERIFY(model.reload().ok());
    QVERIFY(moved.count() >= 1);
    QCOMPARE(texts(model).mid(1),
             (QStringList{QStringLiteral("early"), QStringLiteral("b2"), QStringLiteral("c"), QStringLiteral("a")}));

    // A soft delete removes the row.
    EntryChange del;
    del.deleted = true;
    QVERIFY(m_ws->service().editEntry(c.id, c.version, del, QStringLiteral("sam")).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowForId(c.id), -1);
    QCOMPARE(reset.count(), 0);

    // Another incident: one reset.
    QVERIFY(model.load(m_inc2.id).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

namespace {

/// Everything a view can see of the rows of a timeline model, one line per row.
QStringList shownRows(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        out << QStringList{i.data(TimelineModel::EntryIdRole).toUuid().toString(),
                           i.data(TimelineModel::TextRole).toString(),
                           i.data(TimelineModel::OccurredAtRole).toDateTime().toString(Qt::ISODateWithMs),
                           i.data(TimelineModel::RecordedAtRole).toDateTime().toString(Qt::ISODateWithMs),
                           QString::number(i.data(TimelineModel::KindRole).toInt()),
                           i.data(TimelineModel::AuthorRole).toString(),
                           QString::number(i.data(TimelineModel::VersionRole).toInt()),
                           i.data(TimelineModel::PinnedRole).toBool() ? QStringLiteral("pinned") : QString(),
                           i.data(TimelineModel::PublicRole).toBool() ? QStringLiteral("public") : QString(),
                           i.data(TimelineModel::EditedRole).toBool() ? QStringLiteral("edited") : QString(),
                           i.data(TimelineModel::PendingRole).toBool() ? QStringLiteral("pending") : QString()}
                   .join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

void TestTimelineModels::appliedEntriesMatchReload()
{
    // `applied` follows the change log row by row as LiveSync passes it on; `reference` reads
    // the whole timeline each time. After every step both must show exactly the same rows.
    TimelineModel applied(m_ws->repository());
    TimelineModel reference(m_ws->repository());
    applied.setService(&m_ws->service());
    reference.setService(&m_ws->service());
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&applied);
    proxy.setKindFilter(EntryKind::Note);
    QAbstractItemModelTester tester(&applied, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TimelineEntry a = write(m_inc1.id, EntryKind::Note, QStringLiteral("a"), QStringLiteral("sam"));
    const TimelineEntry b = write(m_inc1.id, EntryKind::Decision, QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(applied.load(m_inc1.id).ok());
    QVERIFY(reference.load(m_inc1.id).ok());
    QSignalSpy reset(&applied, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&applied, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&applied, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&applied, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&applied, &QAbstractItemModel::dataChanged);
    QSignalSpy authors(&applied, &TimelineModel::authorsChanged);

    ChangeLog log(m_ws->database());
    auto seq = log.latestSeq();
    QVERIFY(seq.ok());
    qint64 lastSeq = seq.value();
    // The timeline entry ids the change log names since the last step (all incidents: those
    // of the other one must be ignored), in log order, as LiveSync collects them.
    auto changedIds = [&]() {
        QList<QUuid> ids;
        auto changes = log.since(lastSeq, 1000);
        if (!changes) {
            qWarning("change log: %s", qPrintable(changes.error().message));
            return ids;
        }
        for (const Change& c : changes.value()) {
            lastSeq = c.seq;
            if (c.table == QLatin1String("timeline_entries") && !ids.contains(c.rowId))
                ids << c.rowId;
        }
        return ids;
    };
    auto step = [&](const char* what) {
        const QList<QUuid> ids = changedIds();
        if (ids.isEmpty())
            return QString::fromLatin1("%1: no change logged").arg(QLatin1String(what));
        if (auto done = applied.applyChangedEntries(ids); !done)
            return QString::fromLatin1("%1: %2").arg(QLatin1String(what), done.errorText());
        if (auto done = reference.reload(); !done)
            return QString::fromLatin1("%1: %2").arg(QLatin1String(what), done.errorText());
        if (shownRows(applied) != shownRows(reference)) {
            return QString::fromLatin1("%1:\napplied:\n%2\nreloaded:\n%3")
                .arg(QLatin1String(what), shownRows(applied).join(QLatin1Char('\n')),
                     shownRows(reference).join(QLatin1Char('\n')));
        }
        if (applied.authors() != reference.authors())
            return QString::fromLatin1("%1: authors differ").arg(QLatin1String(what));
        return QString();
    };
#define STEP(what)                                                                                                     \
    do {                                                                                                               \
        const QString mismatch = step(what);                                                                           \
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));                                                            \
    } while (false)

    // Inserts at the end, by a new author, and one of the other incident (ignored).
    const TimelineEntry c = write(m_inc1.id, EntryKind::Note, QStringLiteral("c"), QStringLiteral("zoe"));
    write(m_inc2.id, EntryKind::Note, QStringLiteral("elsewhere"), QStringLiteral("alice"));
    STEP("insert at the end");
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(authors.count(), 1);
    QVERIFY(applied.authors().contains(QStringLiteral("zoe")));

    // Out of order: a backdated entry goes in the middle; two with the very same times are
    // ordered by id, as the database orders them.
    write(m_inc1.id, EntryKind::Note, QStringLiteral("early"), QStringLiteral("alice"), a.occurredAt.addSecs(-5));
    STEP("backdated insert");
    const QDateTime tied = b.occurredAt.addSecs(1);
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_ws->service()
                    .addEntry(m_inc1.id, EntryKind::Note, QStringLiteral("tie %1").arg(i), QStringLiteral("bob"), tied)
                    .ok());
    STEP("inserts with equal times");

    // Edits: a text revision (EditedRole), a pin, a corrected time each way (moves).
    QVERIFY(m_ws->service().editEntry(b.id, b.version, textChange(QStringLiteral("b2")), QStringLiteral("sam")).ok());
    STEP("text edit");
    QVERIFY(applied.index(applied.rowForId(b.id)).data(TimelineModel::EditedRole).toBool());
    EntryChange pin;
    pin.pinned = true;
    QVERIFY(m_ws->service().editEntry(a.id, stored(a.id).version, pin, QStringLiteral("sam")).ok());
    STEP("pin");
    EntryChange later;
    later.occurredAt = c.occurredAt.addSecs(60);
    QVERIFY(m_ws->service().editEntry(a.id, stored(a.id).version, later, QStringLiteral("sam")).ok());
    STEP("moved later");
    EntryChange earlier;
    earlier.occurredAt = a.occurredAt.addSecs(-600);
    QVERIFY(m_ws->service().editEntry(c.id, stored(c.id).version, earlier, QStringLiteral("zoe")).ok());
    STEP("moved earlier");
    QVERIFY(moved.count() >= 2);
    QVERIFY(applied.index(applied.rowForId(c.id)).data(TimelineModel::EditedRole).toBool());

    // Soft delete removes the row (and the only entry of "zoe" takes her off the authors);
    // restoring it puts it back in its place.
    EntryChange del;
    del.deleted = true;
    QVERIFY(m_ws->service().editEntry(c.id, stored(c.id).version, del, QStringLiteral("zoe")).ok());
    STEP("soft delete");
    QCOMPARE(applied.rowForId(c.id), -1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!applied.authors().contains(QStringLiteral("zoe")));
    EntryChange restore;
    restore.deleted = false;
    QVERIFY(m_ws->service().editEntry(c.id, stored(c.id).version, restore, QStringLiteral("zoe")).ok());
    STEP("restore");
    QVERIFY(applied.rowForId(c.id) >= 0);

    // Several changes in one batch: an insert edited again, a move and a delete together.
    const TimelineEntry d = write(m_inc1.id, EntryKind::Decision, QStringLiteral("d"), QStringLiteral("bob"));
    QVERIFY(m_ws->service().editEntry(d.id, d.version, textChange(QStringLiteral("d2")), QStringLiteral("bob")).ok());
    EntryChange back;
    back.occurredAt = b.occurredAt.addSecs(-1);
    QVERIFY(m_ws->service().editEntry(b.id, stored(b.id).version, back, QStringLiteral("sam")).ok());
    QVERIFY(m_ws->service().editEntry(a.id, stored(a.id).version, del, QStringLiteral("sam")).ok());
    STEP("mixed batch");

    // An unchanged entry named again (a no-op update) signals nothing.
    const int signalsBefore = int(inserted.count() + removed.count() + moved.count() + changed.count());
    QVERIFY(applied.applyChangedEntries({b.id, d.id}).ok());
    QCOMPARE(int(inserted.count() + removed.count() + moved.count() + changed.count()), signalsBefore);
    QCOMPARE(reset.count(), 0);

    // Only the named entries are read: one not named yet stays out until it is.
    const TimelineEntry e1 = write(m_inc1.id, EntryKind::Note, QStringLiteral("e1"), QStringLiteral("bob"));
    const TimelineEntry e2 = write(m_inc1.id, EntryKind::Note, QStringLiteral("e2"), QStringLiteral("bob"));
    QVERIFY(applied.applyChangedEntries({e1.id}).ok());
    QVERIFY(applied.rowForId(e1.id) >= 0);
    QCOMPARE(applied.rowForId(e2.id), -1);
    STEP("the rest");
    QCOMPARE(reset.count(), 0);
#undef STEP
}

void TestTimelineModels::appliedEntriesFallBackForPendingAndBursts()
{
    TimelineModel applied(m_ws->repository());
    TimelineModel reference(m_ws->repository());
    QAbstractItemModelTester tester(&applied, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // An outbox stand-in: one entry written offline, shown pending until it is stored.
    TimelineEntry offline;
    offline.id = QUuid::createUuid();
    offline.incidentId = m_inc1.id;
    offline.kind = EntryKind::Note;
    offline.text = QStringLiteral("written offline");
    offline.author = QStringLiteral("sam");
    offline.occurredAt = m_clock->nowUtc().addSecs(5);
    offline.recordedAt = offline.occurredAt;
    QList<TimelineEntry> queued{offline};
    auto overlay = [&queued](const QUuid& incidentId, QList<TimelineEntry> stored, QSet<QUuid>* pending) {
        for (const TimelineEntry& q : std::as_const(queued)) {
            if (q.incidentId != incidentId)
                continue;
            bool known = false;
            for (const TimelineEntry& s : std::as_const(stored))
                known = known || s.id == q.id;
            if (!known)
                stored << q;
            if (pending)
                pending->insert(q.id);
        }
        return stored;
    };
    applied.setOverlay(overlay);
    reference.setOverlay(overlay);
    QVERIFY(applied.load(m_inc1.id).ok());
    QVERIFY(reference.load(m_inc1.id).ok());
    QVERIFY(applied.index(applied.rowForId(offline.id)).data(TimelineModel::PendingRole).toBool());

    // Someone else writes while the entry is pending: the pending row stays as it is.
    const TimelineEntry other = write(m_inc1.id, EntryKind::Note, QStringLiteral("other"), QStringLiteral("bob"));
    QVERIFY(applied.applyChangedEntries({other.id}).ok());
    QVERIFY(reference.reload().ok());
    QCOMPARE(shownRows(applied), shownRows(reference));

    // The queued entry is replayed (same id) and leaves the queue: it is no longer pending.
    QVERIFY(m_ws->service()
                .addEntry(m_inc1.id, offline.kind, offline.text, offline.author, offline.occurredAt, false, false,
                          offline.id)
                .ok());
    queued.clear();
    QVERIFY(applied.applyChangedEntries({offline.id}).ok());
    QVERIFY(reference.reload().ok());
    QCOMPARE(shownRows(applied), shownRows(reference));
    QVERIFY(!applied.index(applied.rowForId(offline.id)).data(TimelineModel::PendingRole).toBool());

    // Nothing pending now: applied row by row, and the same as reading everything.
    const TimelineEntry next = write(m_inc1.id, EntryKind::Decision, QStringLiteral("next"), QStringLiteral("alice"));
    QVERIFY(applied.applyChangedEntries({next.id}).ok());
    QVERIFY(reference.reload().ok());
    QCOMPARE(shownRows(applied), shownRows(reference));

    // A burst larger than a row-by-row batch: the full merge, same rows.
    QList<QUuid> burst;
    for (int i = 0; i < TimelineModel::maxAppliedEntries() + 6; ++i)
        burst << write(m_inc1.id, EntryKind::Note, QStringLiteral("burst %1").arg(i), QStringLiteral("bob")).id;
    QSignalSpy reset(&applied, &QAbstractItemModel::modelReset);
    QVERIFY(applied.applyChangedEntries(burst).ok());
    QVERIFY(reference.reload().ok());
    QCOMPARE(shownRows(applied), shownRows(reference));
    QCOMPARE(reset.count(), 0);

    // Nothing shown: nothing to do.
    TimelineModel empty(m_ws->repository());
    QVERIFY(empty.applyChangedEntries({next.id}).ok());
    QCOMPARE(empty.rowCount(), 0);
}

void TestTimelineModels::entrySummaryMatchesRefresh()
{
    IncidentTableModel* incidents = m_ws->incidents();
    QAbstractItemModelTester tester(incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(incidents->reload().ok());
    const int row = incidents->rowForId(m_inc1.id);
    QVERIFY(row >= 0);
    auto cell = [&](int role) { return incidents->index(row, IncidentTableModel::RefColumn).data(role); };
    const int before = cell(IncidentTableModel::TimelineEntryCountRole).toInt();
    QVERIFY(!cell(IncidentTableModel::LastStakeholderUpdateRole).toDateTime().isValid());

    write(m_inc1.id, EntryKind::Note, QStringLiteral("note"), QStringLiteral("bob"));
    m_clock->advance(30);
    auto update = m_ws->service().addEntry(m_inc1.id, EntryKind::StakeholderUpdate, QStringLiteral("We are on it"),
                                           QStringLiteral("sam"), {}, false, true);
    QVERIFY(update.ok());
    QSignalSpy changed(incidents, &QAbstractItemModel::dataChanged);
    QVERIFY(incidents->refreshTimelineSummary(m_inc1.id).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(IncidentTableModel::TimelineEntryCountRole).toInt(), before + 2);
    QCOMPARE(cell(IncidentTableModel::LastStakeholderUpdateRole).toDateTime(), update.value().occurredAt);
    QCOMPARE(cell(IncidentTableModel::NextUpdateDueRole).toDateTime().isValid(), true);

    // The same as reading the whole row again.
    IncidentTableModel fresh(m_ws->repository(), *m_clock);
    QVERIFY(fresh.reload().ok());
    const int freshRow = fresh.rowForId(m_inc1.id);
    for (int role : {int(IncidentTableModel::TimelineEntryCountRole),
                     int(IncidentTableModel::LastStakeholderUpdateRole), int(IncidentTableModel::NextUpdateDueRole),
                     int(IncidentTableModel::CountdownStateRole)}) {
        QCOMPARE(cell(role), fresh.index(freshRow, IncidentTableModel::RefColumn).data(role));
    }

    // A soft delete counts too.
    EntryChange del;
    del.deleted = true;
    QVERIFY(m_ws->service().editEntry(update.value().id, update.value().version, del, QStringLiteral("sam")).ok());
    QVERIFY(incidents->refreshTimelineSummary(m_inc1.id).ok());
    QCOMPARE(cell(IncidentTableModel::TimelineEntryCountRole).toInt(), before + 1);
    QVERIFY(!cell(IncidentTableModel::LastStakeholderUpdateRole).toDateTime().isValid());
}

void TestTimelineModels::authorsAndLookups()
{
    TimelineModel model(m_ws->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy authors(&model, &TimelineModel::authorsChanged);
    write(m_inc1.id, EntryKind::Note, QStringLiteral("x"), QStringLiteral("Bob"));
    const TimelineEntry e = write(m_inc1.id, EntryKind::Alert, QStringLiteral("y"), QStringLiteral("alice"));
    QVERIFY(model.load(m_inc1.id).ok());
    QCOMPARE(model.authors(), (QStringList{QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("sam")}));
    QCOMPARE(authors.count(), 1);
    QVERIFY(model.reload().ok());
    QCOMPARE(authors.count(), 1); // unchanged
    const int row = model.rowForId(e.id);
    QVERIFY(row > 0);
    QCOMPARE(model.entryAt(row).kind, EntryKind::Alert);
    QCOMPARE(model.index(row).data(TimelineModel::VersionRole).toInt(), 1);
    QVERIFY(!model.entry(QUuid::createUuid()).has_value());
    model.clear();
    QCOMPARE(authors.count(), 2);
    QVERIFY(model.authors().isEmpty());
}

void TestTimelineModels::editedRoleFollowsRevisions()
{
    TimelineModel model(m_ws->repository());
    model.setService(&m_ws->service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TimelineEntry e = write(m_inc1.id, EntryKind::Note, QStringLiteral("first"), QStringLiteral("sam"));
    QVERIFY(model.load(m_inc1.id).ok());
    const auto edited = [&] { return model.index(model.rowForId(e.id)).data(TimelineModel::EditedRole).toBool(); };
    QVERIFY(!edited());
    EntryChange pin;
    pin.pinned = true;
    QVERIFY(m_ws->service().editEntry(e.id, 1, pin, QStringLiteral("sam")).ok());
    QVERIFY(model.reload().ok());
    QVERIFY(!edited()); // pinning is not editing what it says
    QVERIFY(m_ws->service().editEntry(e.id, 2, textChange(QStringLiteral("second")), QStringLiteral("sam")).ok());
    QVERIFY(model.reload().ok());
    QVERIFY(edited());
}

void TestTimelineModels::filterProxy()
{
    TimelineModel model(m_ws->repository());
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    write(m_inc1.id, EntryKind::Note, QStringLiteral("Error rate at 12% on checkout"), QStringLiteral("alice"));
    const TimelineEntry decision =
        write(m_inc1.id, EntryKind::Decision, QStringLiteral("Roll back the 13:50 deploy"), QStringLiteral("sam"));
    write(m_inc1.id, EntryKind::Note, QStringLiteral("Rollback started"), QStringLiteral("bob"));
    EntryChange pin;
    pin.pinned = true;
    QVERIFY(m_ws->service().editEntry(decision.id, 1, pin, QStringLiteral("sam")).ok());
    QVERIFY(model.load(m_inc1.id).ok());
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(!proxy.isFiltering());

    QSignalSpy changed(&proxy, &TimelineFilterProxy::filtersChanged);
    proxy.setKindFilter(EntryKind::Decision);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TimelineModel::EntryIdRole).toUuid(), decision.id);
    proxy.setKindFilter(std::nullopt);
    proxy.setPinnedOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setPinnedOnly(false);
    proxy.setAuthorFilter(QStringLiteral("bob"));
    QCOMPARE(texts(proxy), QStringList{QStringLiteral("Rollback started")});
    proxy.setAuthorFilter({});
    proxy.setSearchText(QStringLiteral("  roll  "));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("roll deploy")); // every word
    QCOMPARE(texts(proxy), QStringList{QStringLiteral("Roll back the 13:50 deploy")});
    QCOMPARE(proxy.searchWords(), (QStringList{QStringLiteral("roll"), QStringLiteral("deploy")}));
    proxy.setSearchText(QStringLiteral("ALICE")); // the author counts
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("decision")); // and the kind's name
    QCOMPARE(proxy.rowCount(), 1);
    // Combined filters.
    proxy.setSearchText(QStringLiteral("roll"));
    proxy.setAuthorFilter(QStringLiteral("sam"));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(changed.count(), 12); // one per change above

    // New entries are filtered as they arrive.
    write(m_inc1.id, EntryKind::Note, QStringLiteral("roll forward instead?"), QStringLiteral("sam"));
    QVERIFY(model.reload().ok());
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearFilters();
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestTimelineModels::addUndoRedo()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    QSignalSpy notified(m_ws.get(), &Workspace::incidentChanged);
    auto* add = new AddEntryCommand(&context, m_inc1.id, input(EntryKind::Decision, QStringLiteral("Fail over")));
    QCOMPARE(add->incidentId(), m_inc1.id);
    stack.push(add);
    QCOMPARE(stack.count(), 1);
    const TimelineEntry written = add->entry();
    QVERIFY(!written.id.isNull());
    QCOMPARE(written.kind, EntryKind::Decision);
    QCOMPARE(written.author, QStringLiteral("sam"));
    QCOMPARE(written.occurredAt, m_clock->nowUtc());
    QCOMPARE(stored(written.id).version, 1);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().first().toUuid(), m_inc1.id);
    QVERIFY(stack.undoText().contains(QStringLiteral("Fail over")));

    stack.undo();
    TimelineEntry e = stored(written.id);
    QVERIFY(e.deleted);
    QCOMPARE(e.version, 2);
    QCOMPARE(e.text, written.text);
    stack.redo();
    e = stored(written.id);
    QVERIFY(!e.deleted);
    QCOMPARE(e.version, 3);
    QCOMPARE(e.kind, written.kind);
    QCOMPARE(e.occurredAt, written.occurredAt);
    QCOMPARE(notified.count(), 3);

    // Every step is a revision: as written, deleted, restored.
    auto revs = m_ws->service().revisions(written.id);
    QVERIFY(revs.ok());
    QCOMPARE(revs->size(), 3);
    QCOMPARE(revs->at(1).deleted, true);
    QCOMPARE(revs->at(2).deleted, false);
    QCOMPARE(revs->at(2).editor, QStringLiteral("sam"));

    // A backdated entry keeps its time.
    auto* backdated = new AddEntryCommand(&context, m_inc1.id,
                                          input(EntryKind::Note, QStringLiteral("paged"), utc("2022-07-02T11:05:00Z")));
    stack.push(backdated);
    QCOMPARE(stored(backdated->entry().id).occurredAt, utc("2022-07-02T11:05:00Z"));
}

void TestTimelineModels::editPinDeleteUndoRestoreExactly()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    const TimelineEntry e0 = write(m_inc1.id, EntryKind::Note, QStringLiteral("Error rate up"), QStringLiteral("sam"));

    EntryFields change;
    change.text = QStringLiteral("Error rate up to 12%");
    change.kind = EntryKind::Alert;
    change.occurredAt = utc("2022-07-02T11:50:00Z");
    stack.push(new EditEntryCommand(&context, e0, change));
    TimelineEntry e = stored(e0.id);
    QCOMPARE(e.text, QStringLiteral("Error rate up to 12%"));
    QCOMPARE(e.kind, EntryKind::Alert);
    QCOMPARE(e.occurredAt, utc("2022-07-02T11:50:00Z"));
    QCOMPARE(e.version, 2);

    stack.push(new PinCommand(&context, e));
    e = stored(e0.id);
    QVERIFY(e.pinned);
    QCOMPARE(e.version, 3);
    QVERIFY(stack.undoText().startsWith(QStringLiteral("Pin")));

    stack.push(new DeleteEntryCommand(&context, e));
    e = stored(e0.id);
    QVERIFY(e.deleted);
    QCOMPARE(e.version, 4);
    QCOMPARE(stack.count(), 3);

    stack.undo(); // restore
    e = stored(e0.id);
    QVERIFY(!e.deleted);
    QVERIFY(e.pinned);
    QCOMPARE(e.version, 5);
    stack.undo(); // unpin
    e = stored(e0.id);
    QVERIFY(!e.pinned);
    QCOMPARE(e.version, 6);
    stack.undo(); // edit
    e = stored(e0.id);
    QCOMPARE(e.text, e0.text);
    QCOMPARE(e.kind, e0.kind);
    QCOMPARE(e.occurredAt, e0.occurredAt);
    QCOMPARE(e.pinned, e0.pinned);
    QCOMPARE(e.deleted, e0.deleted);
    QCOMPARE(e.author, e0.author);
    QCOMPARE(e.recordedAt, e0.recordedAt);
    QCOMPARE(e.version, 7);
    QCOMPARE(stack.index(), 0);

    // Redo all: the same states again, each a new version.
    stack.redo();
    stack.redo();
    stack.redo();
    e = stored(e0.id);
    QCOMPARE(e.text, QStringLiteral("Error rate up to 12%"));
    QVERIFY(e.pinned);
    QVERIFY(e.deleted);
    QCOMPARE(e.version, 10);

    // 1 (as written) + 9 changes.
    auto revs = m_ws->service().revisions(e0.id);
    QVERIFY(revs.ok());
    QCOMPARE(revs->size(), 10);
    QCOMPARE(revs->first().text, e0.text);
    QCOMPARE(revs->first().editor, QStringLiteral("sam"));
    QCOMPARE(revs->at(1).text, QStringLiteral("Error rate up to 12%"));
    QCOMPARE(revs->at(1).editedAt, m_clock->nowUtc());
}

void TestTimelineModels::typingEditsMerge()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    const TimelineEntry e0 = write(m_inc1.id, EntryKind::Note, QStringLiteral("Rolback"), QStringLiteral("sam"));
    TimelineEntry seen = e0;
    for (const QString& text :
         {QStringLiteral("Rollback"), QStringLiteral("Rollback started"), QStringLiteral("Rollback started by bob")}) {
        EntryFields change;
        change.text = text;
        stack.push(new EditEntryCommand(&context, seen, change));
        seen = stored(e0.id);
        QCOMPARE(seen.text, text);
    }
    QCOMPARE(stack.count(), 1); // one step
    QCOMPARE(seen.version, 4);

    // A kind change is not typing: a step of its own.
    EntryFields kind;
    kind.kind = EntryKind::Action;
    stack.push(new EditEntryCommand(&context, seen, kind));
    QCOMPARE(stack.count(), 2);
    // Edits of another entry do not merge with this one.
    const TimelineEntry other = write(m_inc1.id, EntryKind::Note, QStringLiteral("other"), QStringLiteral("sam"));
    EntryFields text;
    text.text = QStringLiteral("other!");
    stack.push(new EditEntryCommand(&context, other, text));
    QCOMPARE(stack.count(), 3);

    stack.undo();
    stack.undo();
    stack.undo(); // the merged step: back to the typo in one go
    const TimelineEntry e = stored(e0.id);
    QCOMPARE(e.text, QStringLiteral("Rolback"));
    QCOMPARE(e.kind, EntryKind::Note);
    QCOMPARE(e.version, 7); // 1 written, 3 typed, 1 kind, 2 undone
    QCOMPARE(stored(other.id).text, QStringLiteral("other"));
    stack.redo();
    QCOMPARE(stored(e0.id).text, QStringLiteral("Rollback started by bob"));
}

void TestTimelineModels::mergeBackToStartDropsTheStep()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    const TimelineEntry e0 = write(m_inc1.id, EntryKind::Note, QStringLiteral("same"), QStringLiteral("sam"));
    EntryFields change;
    change.text = QStringLiteral("changed");
    stack.push(new EditEntryCommand(&context, e0, change));
    change.text = QStringLiteral("same");
    stack.push(new EditEntryCommand(&context, stored(e0.id), change));
    QCOMPARE(stack.count(), 0); // nothing left to undo
    QCOMPARE(stored(e0.id).text, QStringLiteral("same"));
}

void TestTimelineModels::undoAfterSomeoneElseChangedIsRefused()
{
    TimelineCommandContext context(m_ws.get());
    QSignalSpy failed(&context, &TimelineCommandContext::failed);
    QUndoStack stack;
    const TimelineEntry e0 = write(m_inc1.id, EntryKind::Note, QStringLiteral("mine"), QStringLiteral("sam"));
    EntryFields change;
    change.text = QStringLiteral("mine, edited");
    stack.push(new EditEntryCommand(&context, e0, change));

    // bob rewrites it from his machine.
    QVERIFY(m_ws->service().editEntry(e0.id, 2, textChange(QStringLiteral("bob's words")), QStringLiteral("bob")).ok());
    stack.undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toUuid(), m_inc1.id);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("conflict"));
    const TimelineEntry e = stored(e0.id);
    QCOMPARE(e.text, QStringLiteral("bob's words")); // not overwritten
    QCOMPARE(e.version, 3);
    QCOMPARE(stack.count(), 0); // the step is gone

    // A pin of a stale view (he pinned it meanwhile) is refused on the first redo.
    EntryChange pin;
    pin.pinned = true;
    QVERIFY(m_ws->service().editEntry(e0.id, 3, pin, QStringLiteral("bob")).ok());
    stack.push(new PinCommand(&context, e)); // `e` still shows it unpinned
    QCOMPARE(failed.count(), 2);
    QCOMPARE(stack.count(), 0);
    QVERIFY(stored(e0.id).pinned);
}

void TestTimelineModels::failedAddIsReportedAndNotPushed()
{
    TimelineCommandContext context(m_ws.get());
    QSignalSpy failed(&context, &TimelineCommandContext::failed);
    QUndoStack stack;
    stack.push(new AddEntryCommand(
        &context, m_inc1.id,
        input(EntryKind::Note, QStringLiteral("from the future"), m_clock->nowUtc().addSecs(3600))));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("invalid"));
}

void TestTimelineModels::commandsWithoutWorkspaceDoNothing()
{
    auto context = std::make_unique<TimelineCommandContext>(m_ws.get());
    QUndoStack stack;
    const TimelineEntry e0 = write(m_inc1.id, EntryKind::Note, QStringLiteral("x"), QStringLiteral("sam"));
    stack.push(new PinCommand(context.get(), e0));
    QCOMPARE(stack.count(), 1);
    context.reset(); // the workspace was switched
    stack.undo();
    QCOMPARE(stack.count(), 0);
    QVERIFY(stored(e0.id).pinned);
}

void TestTimelineModels::revisionModel()
{
    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TimelineEntry e0 =
        write(m_inc1.id, EntryKind::Note, QStringLiteral("Roll back the deploy"), QStringLiteral("sam"));

    // Never edited: one row, the entry as written.
    model.setRevisions(e0, {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RevisionModel::ColumnCount));
    QCOMPARE(model.index(0, RevisionModel::EditorColumn).data().toString(), QStringLiteral("sam"));
    QCOMPARE(model.index(0, RevisionModel::ChangeColumn).data().toString(), QStringLiteral("Written"));

    m_clock->advance(60);
    QVERIFY(m_ws->service()
                .editEntry(e0.id, 1, textChange(QStringLiteral("Roll back the 13:50 deploy")), QStringLiteral("bob"))
                .ok());
    m_clock->advance(60);
    EntryChange more;
    more.kind = EntryKind::Decision;
    more.pinned = true;
    more.occurredAt = utc("2022-07-02T11:58:00Z");
    QVERIFY(m_ws->service().editEntry(e0.id, 2, more, QStringLiteral("alice")).ok());
    m_clock->advance(60);
    EntryChange del;
    del.deleted = true;
    QVERIFY(m_ws->service().editEntry(e0.id, 3, del, QStringLiteral("sam")).ok());

    auto revs = m_ws->service().revisions(e0.id);
    QVERIFY(revs.ok());
    model.setRevisions(stored(e0.id), revs.value());
    QCOMPARE(model.rowCount(), 4);
    QStringList editors;
    QStringList changes;
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, RevisionModel::RevisionColumn).data().toInt(), r + 1);
        editors << model.index(r, RevisionModel::EditorColumn).data().toString();
        changes << model.index(r, RevisionModel::ChangeColumn).data().toString();
    }
    QCOMPARE(editors, (QStringList{QStringLiteral("sam"), QStringLiteral("bob"), QStringLiteral("alice"),
                                   QStringLiteral("sam")}));
    QCOMPARE(changes.at(0), QStringLiteral("Written"));
    QCOMPARE(changes.at(1), QStringLiteral("Text edited"));
    QVERIFY2(changes.at(2).contains(QStringLiteral("Kind: Note → Decision")), qPrintable(changes.at(2)));
    QVERIFY2(changes.at(2).contains(QStringLiteral("Pinned")), qPrintable(changes.at(2)));
    QVERIFY2(changes.at(2).contains(QStringLiteral("→ 11:58:00 UTC")), qPrintable(changes.at(2)));
    QCOMPARE(changes.at(3), QStringLiteral("Deleted"));
    QCOMPARE(model.index(1, RevisionModel::EditedAtColumn).data().toString(),
             QStringLiteral("2022-07-02 12:01:30 UTC"));
    QCOMPARE(model.index(1, 0).data(RevisionModel::TextBeforeRole).toString(), QStringLiteral("Roll back the deploy"));
    QCOMPARE(model.index(1, 0).data(RevisionModel::TextAfterRole).toString(),
             QStringLiteral("Roll back the 13:50 deploy"));
    QVERIFY(model.index(1, 0).data(RevisionModel::DiffHtmlRole).toString().contains(QStringLiteral("13:50")));
    QVERIFY(model.index(3, 0).data(RevisionModel::DeletedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, RevisionModel::EditedAtColumn).data().toString(),
             QStringLiteral("2022-07-02 14:01:30 CEST"));
}

void TestTimelineModels::wordDiff()
{
    QCOMPARE(wordDiffHtml(QStringLiteral("a b"), QStringLiteral("a b")), QStringLiteral("a b"));
    const QString html =
        wordDiffHtml(QStringLiteral("Roll back the deploy"), QStringLiteral("Roll back the <b> deploy"));
    QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;")), qPrintable(html)); // escaped
    QVERIFY(html.startsWith(QStringLiteral("Roll back the ")));
    const QString changed = wordDiffHtml(QStringLiteral("error rate 5%"), QStringLiteral("error rate 12%"));
    QVERIFY2(changed.contains(QStringLiteral("line-through;\">5%</span>")), qPrintable(changed));
    QVERIFY2(changed.contains(QStringLiteral(">12%</span>")), qPrintable(changed));
    QVERIFY(wordDiffHtml({}, QStringLiteral("new")).contains(QStringLiteral("new")));
}

void TestTimelineModels::actionEntryCreatesItemAndUndoCancelsIt()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    ActionItemModel items(*m_ws);
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(items.setIncident(m_inc1.id).ok());
    QCOMPARE(items.rowCount(), 0);

    auto* add =
        new AddEntryCommand(&context, m_inc1.id, input(EntryKind::Action, QStringLiteral("Add a canary stage")));
    stack.push(add);
    QVERIFY(!add->actionItemId().isNull());
    // The model reloaded on the workspace's notification.
    QCOMPARE(items.rowCount(), 1);
    QCOMPARE(items.index(0, ActionItemModel::TextColumn).data().toString(), QStringLiteral("Add a canary stage"));
    QCOMPARE(items.itemAt(0).sourceEntryId, add->entry().id);
    QCOMPARE(items.itemAt(0).state, ActionState::Open);
    QCOMPARE(items.openCount(), 1);

    stack.undo();
    QVERIFY(stored(add->entry().id).deleted);
    QCOMPARE(items.itemAt(0).state, ActionState::Cancelled);
    QCOMPARE(items.openCount(), 0);
    stack.redo();
    QVERIFY(!stored(add->entry().id).deleted);
    QCOMPARE(items.itemAt(0).state, ActionState::Open);
    QCOMPARE(items.rowCount(), 1);
}

void TestTimelineModels::actionItemModel()
{
    ActionItemModel model(*m_ws);
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ActionItemModel::IncidentColumn)); // no Incident column per incident

    ActionItem late;
    late.incidentId = m_inc1.id;
    late.text = QStringLiteral("Write the customer note");
    late.owner = QStringLiteral("alice");
    late.priority = ActionPriority::High;
    late.dueAt = utc("2022-07-02T12:30:00Z");
    QVERIFY(m_ws->service().addActionItem(late, QStringLiteral("sam")).ok());
    ActionItem later = late;
    later.text = QStringLiteral("Postmortem draft");
    later.owner.clear();
    later.priority = ActionPriority::Low;
    later.dueAt = {};
    QVERIFY(m_ws->service().addActionItem(later, QStringLiteral("sam")).ok());

    QSignalSpy counts(&model, &ActionItemModel::countsChanged);
    QVERIFY(model.setIncident(m_inc1.id).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.index(0, ActionItemModel::OwnerColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(1, ActionItemModel::OwnerColumn).data().toString(), QStringLiteral("Unassigned"));
    QCOMPARE(model.index(0, ActionItemModel::PriorityColumn).data().toString(), QStringLiteral("High"));
    QCOMPARE(model.index(0, ActionItemModel::DueColumn).data().toString(), QStringLiteral("2 Jul 12:30 UTC"));
    QCOMPARE(model.index(0, ActionItemModel::StateColumn).data().toString(), QStringLiteral("Open"));
    QVERIFY(!model.index(0, 0).data(ActionItemModel::OverdueRole).toBool());
    QVERIFY(!(model.flags(model.index(0, ActionItemModel::StateColumn)) & Qt::ItemIsEditable)); // no stack yet
    QVERIFY(!model.setData(model.index(0, ActionItemModel::StateColumn), int(ActionState::Done)));

    // Time passes: the first item is overdue, in red.
    m_clock->set(utc("2022-07-02T13:00:00Z"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counts.count(), 2);
    const QModelIndex due = model.index(0, ActionItemModel::DueColumn);
    QVERIFY(due.data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(due.data(Qt::BackgroundRole).value<QColor>(), QColor(0xfd, 0xe2, 0xe1));
    QCOMPARE(due.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 30m (due 2022-07-02 12:30 UTC)"));
    QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.overdueCount(), 1);
    model.tick();
    QCOMPARE(changed.count(), 1); // nothing new

    // Done is no longer overdue (and greyed).
    ActionItem done = model.itemAt(0);
    done.state = ActionState::Done;
    QVERIFY(m_ws->service().updateActionItem(done, done.version, QStringLiteral("alice")).ok());
    m_ws->notifyIncidentChanged(m_inc1.id);
    QCOMPARE(model.overdueCount(), 0);
    QCOMPARE(model.openCount(), 1);
    QVERIFY(model.index(0, 0).data(ActionItemModel::FinishedRole).toBool());
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());

    // Another incident's change does not reload it; a null id does.
    ActionItem third = later;
    third.text = QStringLiteral("third");
    QVERIFY(m_ws->service().addActionItem(third, QStringLiteral("sam")).ok());
    m_ws->notifyIncidentChanged(m_inc2.id);
    QCOMPARE(model.rowCount(), 2);
    m_ws->notifyIncidentChanged(QUuid());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, ActionItemModel::DueColumn).data(ActionItemModel::SortRole).toLongLong() <
            model.index(1, ActionItemModel::DueColumn).data(ActionItemModel::SortRole).toLongLong());

    QVERIFY(model.setIncident({}).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModels::actionItemEditsAreUndoable()
{
    TimelineCommandContext context(m_ws.get());
    QUndoStack stack;
    ActionItemModel model(*m_ws);
    model.setUndoStack(&stack, &context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setIncident(m_inc1.id).ok());

    ActionItem item;
    item.incidentId = m_inc1.id;
    item.text = QStringLiteral("Rotate the keys");
    stack.push(new AddActionItemCommand(&context, item));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex state = model.index(0, ActionItemModel::StateColumn);
    QVERIFY(model.flags(state) & Qt::ItemIsEditable);

    QVERIFY(model.setData(state, int(ActionState::InProgress)));
    QCOMPARE(model.itemAt(0).state, ActionState::InProgress);
    QCOMPARE(model.itemAt(0).version, 2);
    QVERIFY(model.setData(model.index(0, ActionItemModel::OwnerColumn), QStringLiteral("bob")));
    QCOMPARE(model.itemAt(0).owner, QStringLiteral("bob"));
    QVERIFY(!model.setData(model.index(0, ActionItemModel::OwnerColumn), QStringLiteral("bob"))); // no change
    QVERIFY(model.setData(model.index(0, ActionItemModel::DueColumn), utc("2022-07-03T09:00:00Z")));
    QVERIFY(model.setData(model.index(0, ActionItemModel::PriorityColumn), int(ActionPriority::High)));
    QCOMPARE(stack.count(), 5);

    // An unknown owner is refused by the service and reported.
    QSignalSpy failed(&context, &TimelineCommandContext::failed);
    model.setData(model.index(0, ActionItemModel::OwnerColumn), QStringLiteral("nobody"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack.count(), 5);
    QCOMPARE(model.itemAt(0).owner, QStringLiteral("bob"));

    stack.undo();
    stack.undo();
    stack.undo();
    stack.undo();
    QCOMPARE(model.itemAt(0).state, ActionState::Open);
    QCOMPARE(model.itemAt(0).owner, QString());
    QCOMPARE(model.itemAt(0).priority, ActionPriority::Medium);
    QVERIFY(!model.itemAt(0).dueAt.isValid());
    stack.undo(); // the add: cancelled (there is no deleting)
    QCOMPARE(model.itemAt(0).state, ActionState::Cancelled);
    stack.redo();
    QCOMPARE(model.itemAt(0).state, ActionState::Open);
    stack.redo();
    QCOMPARE(model.itemAt(0).state, ActionState::InProgress);
}

void TestTimelineModels::myActionItemsAcrossIncidents()
{
    MyActionItemsModel model(*m_ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ActionItemModel::ColumnCount));
    Person me;
    me.handle = QStringLiteral("sam");
    QVERIFY(m_ws->service().savePerson(me).ok());

    auto add = [&](const Incident& incident, const QString& text, const QString& owner, const QDateTime& due) {
        ActionItem item;
        item.incidentId = incident.id;
        item.text = text;
        item.owner = owner;
        item.dueAt = due;
        QVERIFY(m_ws->service().addActionItem(item, QStringLiteral("alice")).ok());
    };
    add(m_inc1, QStringLiteral("mine, later"), QStringLiteral("sam"), utc("2022-07-03T12:00:00Z"));
    add(m_inc2, QStringLiteral("mine, overdue"), QStringLiteral("sam"), utc("2022-07-02T11:00:00Z"));
    add(m_inc2, QStringLiteral("bob's"), QStringLiteral("bob"), {});
    QVERIFY(model.reload().ok());
    QCOMPARE(model.owner(), QStringLiteral("sam"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ActionItemModel::TextColumn).data().toString(), QStringLiteral("mine, overdue"));
    QCOMPARE(model.index(0, ActionItemModel::IncidentColumn).data().toString(), m_inc2.ref());
    QCOMPARE(model.index(1, ActionItemModel::IncidentColumn).data().toString(), m_inc1.ref());
    QCOMPARE(model.index(1, 0).data(ActionItemModel::IncidentIdRole).toUuid(), m_inc1.id);
    QVERIFY(model.index(0, 0).data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(model.overdueCount(), 1);

    // Any incident's change reloads it.
    add(m_inc1, QStringLiteral("mine, new"), QStringLiteral("sam"), {});
    m_ws->notifyIncidentChanged(m_inc1.id);
    QCOMPARE(model.rowCount(), 3);

    // Another person at this window sees theirs.
    m_ws->setActor(QStringLiteral("bob"));
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActionItemModel::TextColumn).data().toString(), QStringLiteral("bob's"));
}

QTEST_GUILESS_MAIN(TestTimelineModels)
#include "tst_timelinemodels.moc"
