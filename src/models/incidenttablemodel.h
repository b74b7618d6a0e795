#pragma once
// The incident list as a table: one row per incident, text columns for people and roles
// carrying real values (ids, levels, UTC times, seconds) for code, sorting and filtering.

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
                                           ///< start (ms since epoch), duration (s), text; invalid when unknown
    };
    Q_ENUM(Role)

    /// `repository` and `clock` must outlive the model. The model is empty until reload().
    IncidentTableModel(IncidentRepository& repository, const Clock& clock,
                       SeverityScale scale = SeverityScale::defaultScale(), QObject* parent = nullptr);

    /// Reads every incident and the entry counts again (one model reset). On error the
    /// current rows are kept and the repository's Error is returned ("sql").
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

public slots:
    /// Re-reads the clock and emits dataChanged for the Duration column of open rows only
    /// (one signal per run of adjacent rows). Nothing is emitted when nothing is open.
    void tick();

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
    };

    void updateDuration(Row& row) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    IncidentRepository& m_repository;
    const Clock& m_clock;
    SeverityScale m_scale;
    QDateTime m_now;
    QList<Row> m_rows;
    QList<int> m_openRows;              ///< ascending
    QHash<QUuid, int> m_rowById;
    QHash<qint64, int> m_rowByNumber;
    mutable std::optional<QFont> m_openFont;
};

} // namespace warroom
