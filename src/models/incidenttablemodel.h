#pragma once
// The incident list as a table: one row per incident, text columns for people and roles
// carrying real values (ids, levels, UTC times, seconds) for code, sorting and filtering.

#include "core/cadence.h"
#include "core/clock.h"
#include "core/incident.h"
#include "core/result.h"
#include "core/severity.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class QThread;

namespace warroom {

class IncidentRepository;

/// All incidents of a repository with their timeline-entry counts. Rows keep real values
/// only; display strings are built on demand for the cells shown. 100k rows are fine.
///
/// Durations: a resolved incident's is resolved - started; an open incident's runs to
/// "now" as read from the injected Clock at the last reload() or tick() (so values, and
/// therefore the sort order, only change together with a dataChanged signal); a
/// resolved/closed incident without a resolution time ends at its closing time, or has
/// no duration. Times in roles are UTC; DisplayRole shows local time. Open incidents'
/// ref and title are bold (FontRole); the severity column's ForegroundRole and the status
/// column's DecorationRole are the colours of incidentcolors.h.
///
/// Next update: when the next public stakeholder update of an open incident is due
/// (core/cadence.h: the last one, else declared_at, plus its severity's cadence in
/// severityScale()), shown as a countdown ("12:05", "overdue 3:10") that moves on
/// tickCountdowns(); BackgroundRole/ForegroundRole are amber under 5 minutes and red when
/// overdue (cadencesettings.h). updateDue() fires once per incident and due time when the
/// countdown of a row is first seen overdue (on reload() or tickCountdowns()).
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RefColumn,
        TitleColumn,
        SeverityColumn,
        StatusColumn,
        CommanderColumn,
        StartedColumn,
        DurationColumn,
        NextUpdateColumn,
        ServicesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Roles answered for every column unless noted.
    enum Role {
        IncidentIdRole = Qt::UserRole + 1, ///< QUuid
        RefRole,                           ///< QString "INC-12"
        NumberRole,                        ///< qint64 12
        SeverityLevelRole,                 ///< int, 1 = SEV1 (most severe)
        StatusRole,                        ///< int, an IncidentStatus value
        IsOpenRole,                        ///< bool, Triggered..Mitigated
        StartedAtRole,                     ///< QDateTime UTC; invalid when unknown
        DurationSecondsRole,               ///< qint64 seconds; invalid when unknown
        TimelineEntryCountRole,            ///< int, entries not deleted
        SearchTextRole,                    ///< QString: ref, title, services, commander, case-folded
        SortRole,                          ///< this column's real value: number, title, level, status,
                                           ///< start (ms since epoch), duration (s), text, next update due
                                           ///< (ms since epoch); invalid when unknown
        NextUpdateDueRole,                 ///< QDateTime UTC of the next stakeholder update; invalid when none is due
        CountdownStateRole,                ///< int, a CountdownState; invalid when no update is due
        LastStakeholderUpdateRole,         ///< QDateTime UTC of the last public stakeholder update; invalid if none
    };
    Q_ENUM(Role)

    /// `repository` and `clock` must outlive the model. The model is empty until reload().
    IncidentTableModel(IncidentRepository& repository, const Clock& clock,
                       SeverityScale scale = SeverityScale::defaultScale(), QObject* parent = nullptr);
    /// Waits for a running reloadAsync() worker (it only reads).
    ~IncidentTableModel() override;

    /// Reads every incident, the entry counts and the last stakeholder updates again (one
    /// model reset). On error the current rows are kept and the repository's Error is
    /// returned ("sql").
    Result<void> reload();
    /// Like reload(), but the database is read and the rows are built on a worker thread with
    /// its own connection ("warroom-load-<n>", opened and closed there), so the window stays
    /// responsive. In three steps, so the incident commander can work at once: the open
    /// incidents replace the rows (one model reset, then openIncidentsLoaded()); the others
    /// are appended, read in the same transaction (rowsInserted, then reloaded()); last the
    /// timeline-entry counts of all (entryCountsLoaded()). reloadFailed() instead when a read
    /// fails (then the rows read so far are kept). A call while a load runs schedules one
    /// more load after it. An in-memory SQLite database (each connection sees its own, empty
    /// database) is read synchronously, in one step.
    void reloadAsync();
    /// True from reloadAsync() until entryCountsLoaded(), reloadFailed() or a failed count read.
    bool isLoading() const { return m_loading || m_countsLoading; }
    /// Re-reads one incident after a write (its row, entry count and last stakeholder update):
    /// the row changes in place (one dataChanged over the row) or, for a new incident, is
    /// appended (rowsInserted). Costs one incident's queries at any table size. Errors as
    /// reload(); "not-found" if the incident does not exist.
    Result<void> refreshIncident(const QUuid& id);
    /// After timeline entries of an incident were added or changed and nothing else of it:
    /// re-reads only its entry count and last public stakeholder update (one query) and
    /// updates the row's count and next-update countdown in place (one dataChanged over the
    /// row). An incident not shown yet is read whole (refreshIncident()). Errors as reload().
    Result<void> refreshTimelineSummary(const QUuid& id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The fields of the war-room order (IncidentFilterProxy's default sort), kept per row so
    /// sorting 100k rows reads plain integers. `startMs`: ms since the epoch, 0 when unknown.
    struct OrderFields {
        bool open = false;
        int severity = 0;
        bool hasStart = false;
        qint64 startMs = 0;
        qint64 number = 0;
    };
    const OrderFields& orderFieldsAt(int row) const { return m_rows[row].order; }
    /// The war-room order on OrderFields: open first; then severity, SEV1 first; then open
    /// ones oldest start first and resolved ones newest start first; unknown starts last;
    /// then by number.
    static bool warRoomLess(const OrderFields& l, const OrderFields& r);
    /// Position of `row` in the war-room order of all rows (0 = first). Kept in one
    /// contiguous array, so a proxy sorting 100k rows compares two integers per step
    /// instead of reading two scattered rows.
    int warRoomRank(int row) const { return m_rank[row]; }

    /// The incident in `row` (0 <= row < rowCount()).
    const Incident& incidentAt(int row) const;
    /// Ref, title, services and commander of `row`, case-folded (SearchTextRole).
    const QString& searchTextAt(int row) const { return m_rows[row].searchText; }
    /// Timeline entries of the incident in `row`; -1 while not yet known (reloadAsync()
    /// reads the counts of resolved incidents after the rows, see entryCountsLoaded()).
    int timelineEntryCountAt(int row) const;
    /// Row of the incident with this id, or -1.
    int rowForId(const QUuid& id) const;
    /// Row of "INC-12" / "12", or -1.
    int rowForRef(const QString& ref) const;
    /// The incident with this id, if loaded.
    std::optional<Incident> incident(const QUuid& id) const;
    /// Number of open incidents among the rows.
    int openCount() const { return int(m_openRows.size()); }

    const Clock& clock() const { return m_clock; }
    const SeverityScale& severityScale() const { return m_scale; }
    /// Uses `scale` (names and update cadences) from now on: recomputes the severity texts
    /// and next-update times of every row (one dataChanged over the whole table).
    void setSeverityScale(const SeverityScale& scale);

public slots:
    /// Re-reads the clock and emits dataChanged for the Duration column of open rows only
    /// (one signal per run of adjacent rows). Nothing is emitted when nothing is open.
    void tick();
    /// Re-reads the clock for the next-update countdowns and emits dataChanged for the Next
    /// update column of the rows that have one (one signal per run of adjacent rows); then
    /// updateDue() for each countdown that has just become overdue.
    void tickCountdowns();

signals:
    /// The stakeholder update of `incidentId` has come due (fires once per due time).
    void updateDue(const QUuid& incidentId);
    /// A reloadAsync() has replaced the rows with the open incidents; the others follow.
    void openIncidentsLoaded();
    /// A reloadAsync() has loaded every incident.
    void reloaded();
    /// After reloaded(): the timeline-entry counts of every row are known (TimelineEntryCountRole).
    void entryCountsLoaded();
    /// A reloadAsync() failed; `message` is the repository's error, the rows are unchanged.
    void reloadFailed(const QString& message);

private:
    /// What is kept per incident. Display texts (ref, start, duration, countdown, services)
    /// are built in data() for the cells a view asks for, not per row: at 100k incidents
    /// that is tens of megabytes and most of a load's time saved.
    struct Row {
        Incident incident;
        int entryCount = -1;         ///< -1 while unknown
        QString searchText;          ///< ref, title, services, commander; case-folded
        std::optional<qint64> durationSeconds;
        QDateTime lastUpdateAt;      ///< last public stakeholder update, UTC
        QDateTime nextUpdateDue;     ///< UTC; invalid when none is due
        CountdownState countdown = CountdownState::Ok;
        OrderFields order;
    };

    /// What a load reads and builds, off the GUI thread for reloadAsync().
    struct Loaded {
        QList<Row> rows;
        QList<int> order;   ///< indexes of the loaded rows in war-room order
        int placeholders = 0;   ///< empty rows in front of the loaded ones (see appendRows())
        QDateTime now;      ///< UTC, the clock when the rows were built
    };
    /// Which timeline summaries (entry count, last stakeholder update) a load reads: none,
    /// those of open incidents (the countdowns need them), or all (a scan of every entry).
    enum class Summaries { None, OfOpenIncidents, All };
    /// Reads `which` incidents and their `summaries`; rows without a summary read have an
    /// unknown entry count (-1). `headroom`: spare capacity for rows appendRows() puts in front.
    static Result<Loaded> load(IncidentRepository& repository, const QDateTime& now, const SeverityScale& scale,
                               int which, Summaries summaries, int headroom = 0);
    /// Adds the rows of incidents not shown yet (rowsInserted), in their war-room places.
    void appendRows(Loaded loaded);
    void applyEntryCounts(const QHash<QUuid, int>& counts);
    /// Moves `row` to its place in m_order after its OrderFields changed (or it was appended).
    void placeInOrder(int row, int oldRank);
    static Row makeRow(Incident incident, int entryCount, const QDateTime& lastUpdateAt, const QDateTime& now,
                       const SeverityScale& scale);
    void apply(Loaded loaded);
    void startLoad();

    static void computeDuration(Row& row, const QDateTime& now);
    static void computeNextUpdateDue(Row& row, const SeverityScale& scale, const QDateTime& countdownNow);
    static void computeCountdown(Row& row, const QDateTime& countdownNow);
    void updateDuration(Row& row) const { computeDuration(row, m_now); }
    void updateNextUpdateDue(Row& row) const { computeNextUpdateDue(row, m_scale, m_countdownNow); }
    void updateCountdown(Row& row) const { computeCountdown(row, m_countdownNow); }
    void announceDueUpdates();
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    IncidentRepository& m_repository;
    const Clock& m_clock;
    SeverityScale m_scale;
    QDateTime m_now;
    QDateTime m_countdownNow;            ///< "now" of the countdowns (reload() or tickCountdowns())
    QList<Row> m_rows;
    QList<int> m_order;                 ///< rows in war-room order
    QList<int> m_rank;                  ///< by row: its index in m_order
    QList<int> m_openRows;              ///< ascending
    QHash<QUuid, int> m_rowById;
    QHash<qint64, int> m_rowByNumber;
    QList<int> m_countdownRows;         ///< rows with a next update due, ascending
    QHash<QUuid, QDateTime> m_announcedDue;   ///< due times updateDue() was emitted for
    mutable std::optional<QFont> m_openFont;
    std::unique_ptr<QThread> m_loadThread;   ///< the running or last reloadAsync() worker
    bool m_loading = false;                   ///< a reloadAsync() has not applied its rows yet
    bool m_countsLoading = false;             ///< ... or has, and reads the entry counts
    QSet<QUuid> m_freshCounts;                ///< refreshed meanwhile: keep their counts
    bool m_loadAgain = false;                 ///< reloadAsync() was called during a load
};

} // namespace warroom
