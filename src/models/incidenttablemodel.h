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

#include <optional>

namespace warroom {

class IncidentRepository;

/// All incidents of a repository with their timeline-entry counts. Display strings are
/// built once per reload() so data() does not allocate; 100k rows are fine.
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

    /// Reads every incident, the entry counts and the last stakeholder updates again (one
    /// model reset). On error the current rows are kept and the repository's Error is
    /// returned ("sql").
    Result<void> reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The incident in `row` (0 <= row < rowCount()).
    const Incident& incidentAt(int row) const;
    /// Timeline entries of the incident in `row`.
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

private:
    struct Row {
        Incident incident;
        int entryCount = 0;
        QString ref;
        QString severityText;
        QString statusText;
        QString startedText;
        QString servicesText;
        QString searchText;
        QString durationText;
        std::optional<qint64> durationSeconds;
        QDateTime lastUpdateAt;      ///< last public stakeholder update, UTC
        QDateTime nextUpdateDue;     ///< UTC; invalid when none is due
        CountdownState countdown = CountdownState::Ok;
        QString countdownText;
    };

    void updateDuration(Row& row) const;
    void updateNextUpdateDue(Row& row) const;
    void updateCountdown(Row& row) const;
    void announceDueUpdates();
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    IncidentRepository& m_repository;
    const Clock& m_clock;
    SeverityScale m_scale;
    QDateTime m_now;
    QDateTime m_countdownNow;            ///< "now" of the countdowns (reload() or tickCountdowns())
    QList<Row> m_rows;
    QList<int> m_openRows;              ///< ascending
    QHash<QUuid, int> m_rowById;
    QHash<qint64, int> m_rowByNumber;
    QList<int> m_countdownRows;         ///< rows with a next update due, ascending
    QHash<QUuid, QDateTime> m_announcedDue;   ///< due times updateDue() was emitted for
    mutable std::optional<QFont> m_openFont;
};

} // namespace warroom
