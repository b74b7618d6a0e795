#include "incidenttablemodel.h"

#include "cadencesettings.h"
#include "incidentcolors.h"
#include "logging.h"

#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <numeric>

namespace warroom {

namespace {

const QString kStartedFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

IncidentTableModel::IncidentTableModel(IncidentRepository& repository, const Clock& clock, SeverityScale scale,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_clock(clock), m_scale(std::move(scale))
{
}

IncidentTableModel::~IncidentTableModel()
{
    if (m_loadThread)
        m_loadThread->wait();
}

IncidentTableModel::Row IncidentTableModel::makeRow(Incident incident, int entryCount, const QDateTime& lastUpdateAt,
                                                    const QDateTime& now, const SeverityScale& scale)
{
    Row row;
    row.entryCount = entryCount;
    row.searchText = QStringList{incident.ref(), incident.title, incident.services.join(QStringLiteral(", ")),
                                 incident.commander}
                         .join(QLatin1Char('\n'))
                         .toCaseFolded();
    row.lastUpdateAt = lastUpdateAt;
    row.order.open = incident.isOpen();
    row.order.severity = incident.severity;
    row.order.hasStart = incident.startedAt.isValid();
    row.order.startMs = row.order.hasStart ? incident.startedAt.toMSecsSinceEpoch() : 0;
    row.order.number = incident.number;
    row.incident = std::move(incident);
    computeDuration(row, now);
    computeNextUpdateDue(row, scale, now);
    return row;
}

// Reads and builds everything a reset needs. Runs on a worker thread for reloadAsync(): it
// touches no member, only its arguments.
Result<IncidentTableModel::Loaded> IncidentTableModel::load(IncidentRepository& repository, const QDateTime& now,
                                                            const SeverityScale& scale, int which,
                                                            Summaries summaries, int headroom)
{
    auto incidents = repository.listIncidents(IncidentRepository::IncidentSet(which));
    if (!incidents) {
        qCWarning(lcModels) << "cannot load incidents:" << incidents.error().message;
        return incidents.error();
    }
    // The last stakeholder update matters only while an incident is open (its countdown);
    // the entry counts of resolved ones take a scan of every entry, so they may come later.
    QHash<QUuid, IncidentRepository::TimelineSummary> timelines;
    if (summaries != Summaries::None) {
        auto read = repository.timelineSummaries(summaries == Summaries::OfOpenIncidents);
        if (!read) {
            qCWarning(lcModels) << "cannot load timeline summaries:" << read.error().message;
            return read.error();
        }
        timelines = std::move(read).value();
    }
    Loaded loaded;
    loaded.now = now;
    // Empty rows in front, for the rows appendRows() keeps in front (no second 100k array).
    loaded.rows.reserve(incidents.value().size() + headroom);
    loaded.rows.resize(headroom);
    loaded.placeholders = headroom;
    for (Incident& incident : incidents.value()) {
        const auto it = timelines.constFind(incident.id);
        int entries = 0;
        QDateTime lastUpdate;
        if (it != timelines.cend()) {
            entries = it->entries;
            lastUpdate = it->lastPublicUpdateAt;
        } else if (summaries == Summaries::None || (summaries == Summaries::OfOpenIncidents && !incident.isOpen())) {
            entries = -1;   // not read
        }
        loaded.rows.append(makeRow(std::move(incident), entries, lastUpdate, now, scale));
    }
    loaded.order.resize(loaded.rows.size() - headroom);
    std::iota(loaded.order.begin(), loaded.order.end(), headroom);
    std::sort(loaded.order.begin(), loaded.order.end(), [&rows = loaded.rows](int l, int r) {
        return warRoomLess(rows[l].order, rows[r].order);
    });
    return loaded;
}

bool IncidentTableModel::warRoomLess(const OrderFields& l, const OrderFields& r)
{
    if (l.open != r.open)
        return l.open;
    if (l.severity != r.severity)
        return l.severity < r.severity;
    if (l.hasStart != r.hasStart)
        return l.hasStart;
    if (l.hasStart && l.startMs != r.startMs)
        return l.open ? l.startMs < r.startMs : l.startMs > r.startMs;
    return l.number < r.number;
}

Result<void> IncidentTableModel::reload()
{
    auto loaded = load(m_repository, m_clock.nowUtc(), m_scale, int(IncidentRepository::IncidentSet::All),
                       Summaries::All);
    if (!loaded)
        return loaded.error();
    apply(std::move(loaded).value());
    return {};
}

void IncidentTableModel::reloadAsync()
{
    const DatabaseUrl& url = m_repository.database()->url();
    if (url.kind == DatabaseUrl::Kind::Sqlite && url.path == QLatin1String(":memory:")) {
        if (auto loaded = reload(); !loaded)
            emit reloadFailed(loaded.error().message);
        else
            emit reloaded();
        return;
    }
    if (m_loading || m_countsLoading) {
        m_loadAgain = true;
        return;
    }
    startLoad();
}

void IncidentTableModel::startLoad()
{
    if (m_loadThread) {
        m_loadThread->wait();   // it has posted its result; the thread is ending
        m_loadThread.reset();
    }
    m_loading = true;
    m_loadAgain = false;
    static std::atomic<int> loads{0};
    const QString connection = QStringLiteral("warroom-load-%1").arg(++loads);
    m_loadThread.reset(QThread::create(
        [this, url = m_repository.database()->url(), connection, now = m_clock.nowUtc(), scale = m_scale] {
            // The connection lives and dies on this thread; results go back as queued calls.
            auto db = Database::open(url, connection);
            const auto fail = [this](const Error& error) {
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        m_loading = false;
                        emit reloadFailed(error.message);
                        if (m_loadAgain)
                            startLoad();
                    },
                    Qt::QueuedConnection);
            };
            if (!db) {
                fail(db.error());
                return;
            }
            IncidentRepository repository(db.value());
            {
                // Open and other incidents from one snapshot: each incident exactly once.
                SqlTransaction snapshot(*db.value());
                auto open = load(repository, now, scale, int(IncidentRepository::IncidentSet::Open),
                                 Summaries::OfOpenIncidents);
                if (!open) {
                    fail(open.error());
                    return;
                }
                auto first = std::make_shared<Loaded>(std::move(open).value());
                const int shown = int(first->rows.size());
                QMetaObject::invokeMethod(
                    this,
                    [this, first] {
                        apply(std::move(*first));
                        emit openIncidentsLoaded();
                    },
                    Qt::QueuedConnection);
                auto others = load(repository, now, scale, int(IncidentRepository::IncidentSet::NotOpen),
                                   Summaries::None, shown + 64);
                if (!others) {
                    fail(others.error());
                    return;
                }
                auto rest = std::make_shared<Loaded>(std::move(others).value());
                QMetaObject::invokeMethod(
                    this,
                    [this, rest] {
                        m_loading = false;
                        m_countsLoading = true;
                        m_freshCounts.clear();
                        appendRows(std::move(*rest));
                        emit reloaded();
                    },
                    Qt::QueuedConnection);
            }
            // Then the entry counts of every incident (a scan of all entries), while the
            // dashboard is already in use.
            auto counts = std::make_shared<Result<QHash<QUuid, int>>>(repository.timelineEntryCounts());
            QMetaObject::invokeMethod(
                this,
                [this, counts] {
                    m_countsLoading = false;
                    if (!counts->ok())
                        qCWarning(lcModels) << "cannot load timeline entry counts:" << counts->error().message;
                    else if (!m_loadAgain)
                        applyEntryCounts(counts->value());
                    if (m_loadAgain)
                        startLoad();
                },
                Qt::QueuedConnection);
        }));
    m_loadThread->setObjectName(QStringLiteral("warroom-load"));
    m_loadThread->start();
}

void IncidentTableModel::apply(Loaded loaded)
{
    m_now = loaded.now;
    m_countdownNow = loaded.now;
    QList<Row> rows = std::move(loaded.rows);
    QList<int> rank(rows.size());
    for (int k = 0; k < int(loaded.order.size()); ++k)
        rank[loaded.order[k]] = k;
    QList<int> openRows;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[i].incident.isOpen())
            openRows.append(i);
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_order = std::move(loaded.order);
    m_rank = std::move(rank);
    m_openRows = std::move(openRows);
    m_rowById.clear();
    m_rowByNumber.clear();
    m_rowById.reserve(m_rows.size());
    m_rowByNumber.reserve(m_rows.size());
    m_countdownRows.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rowById.insert(m_rows[i].incident.id, i);
        m_rowByNumber.insert(m_rows[i].incident.number, i);
        if (m_rows[i].nextUpdateDue.isValid())
            m_countdownRows.append(i);
    }
    endResetModel();
    qCDebug(lcModels) << "loaded" << m_rows.size() << "incidents," << m_openRows.size() << "open";
    announceDueUpdates();
}

void IncidentTableModel::appendRows(Loaded loaded)
{
    m_now = loaded.now;
    QList<Row> rows = std::move(loaded.rows);
    const int placeholders = loaded.placeholders;
    // Leave out incidents already shown (refreshed meanwhile, or read twice by a database
    // without snapshot reads); `kept[k]` is where loaded row k ends up among the new ones.
    QList<int> kept(rows.size(), -1);
    int count = 0;
    for (int k = placeholders; k < int(rows.size()); ++k) {
        if (m_rowById.contains(rows[k].incident.id))
            continue;
        kept[k] = count;
        if (placeholders + count != k)
            rows[placeholders + count] = std::move(rows[k]);
        ++count;
    }
    if (count == 0)
        return;
    rows.resize(placeholders + count);
    const int first = int(m_rows.size());
    QList<int> added;
    added.reserve(count);
    for (const int k : std::as_const(loaded.order)) {
        if (kept[k] >= 0)
            added.append(first + kept[k]);
    }

    beginInsertRows({}, first, first + count - 1);
    // The rows shown stay first: moved into the empty rows the load left in front, so 100k
    // rows are never held twice. (More rows than that only when incidents were declared
    // during the load.)
    if (placeholders > first)
        rows.remove(0, placeholders - first);
    else if (placeholders < first)
        rows.insert(placeholders, first - placeholders, Row{});
    for (int r = 0; r < first; ++r)
        rows[r] = std::move(m_rows[r]);
    m_rows = std::move(rows);
    for (int r = first; r < int(m_rows.size()); ++r) {
        const Row& row = m_rows[r];
        m_rowById.insert(row.incident.id, r);
        m_rowByNumber.insert(row.incident.number, r);
        if (row.incident.isOpen())
            m_openRows.append(r);
        if (row.nextUpdateDue.isValid())
            m_countdownRows.append(r);
    }
    QList<int> merged;
    merged.reserve(m_rows.size());
    std::merge(m_order.cbegin(), m_order.cend(), added.cbegin(), added.cend(), std::back_inserter(merged),
               [this](int l, int r) { return warRoomLess(m_rows[l].order, m_rows[r].order); });
    m_order = std::move(merged);
    m_rank.resize(m_rows.size());
    for (int k = 0; k < int(m_order.size()); ++k)
        m_rank[m_order[k]] = k;
    endInsertRows();
    qCDebug(lcModels) << "added" << count << "incidents," << m_rows.size() << "in all";
    announceDueUpdates();
}

void IncidentTableModel::applyEntryCounts(const QHash<QUuid, int>& counts)
{
    for (Row& row : m_rows) {
        if (!m_freshCounts.contains(row.incident.id))   // refreshIncident() read a newer count
            row.entryCount = counts.value(row.incident.id, 0);
    }
    m_freshCounts.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {TimelineEntryCountRole});
    emit entryCountsLoaded();
}

void IncidentTableModel::placeInOrder(int row, int oldRank)
{
    if (oldRank >= 0)
        m_order.remove(oldRank);
    const OrderFields& fields = m_rows[row].order;
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), fields, [this](int other, const OrderFields& f) {
        return warRoomLess(m_rows[other].order, f);
    });
    const int newRank = int(at - m_order.begin());
    m_order.insert(newRank, row);
    if (m_rank.size() < m_rows.size())
        m_rank.resize(m_rows.size());
    const int from = oldRank >= 0 ? std::min(oldRank, newRank) : newRank;
    const int to = oldRank >= 0 ? std::max(oldRank, newRank) : int(m_order.size()) - 1;
    for (int k = from; k <= to; ++k)
        m_rank[m_order[k]] = k;
}

namespace {

/// Puts `value` into the ascending list `rows` (present == true) or takes it out.
void setMember(QList<int>& rows, int value, bool present)
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), value);
    const bool there = at != rows.end() && *at == value;
    if (present && !there)
        rows.insert(at, value);
    else if (!present && there)
        rows.erase(at);
}

} // namespace

Result<void> IncidentTableModel::refreshIncident(const QUuid& id)
{
    auto incident = m_repository.findById(id);
    if (!incident)
        return incident.error();
    auto count = m_repository.timelineEntryCount(id);
    if (!count)
        return count.error();
    const SystemClock unusedClock;   // reading only
    auto last = IncidentService(m_repository.database(), unusedClock).lastStakeholderUpdateAt(id);
    if (!last)
        return last.error();
    if (!m_now.isValid()) {
        m_now = m_clock.nowUtc();
        m_countdownNow = m_now;
    }
    Row row = makeRow(std::move(incident).value(), count.value(), last.value(), m_now, m_scale);
    computeCountdown(row, m_countdownNow);
    if (m_loading)
        m_loadAgain = true;   // the running load may have read the database before this write
    else if (m_countsLoading)
        m_freshCounts.insert(id);   // newer than what the running count scan may have read

    int r = rowForId(id);
    const bool inserted = r < 0;
    if (inserted) {
        r = int(m_rows.size());
        beginInsertRows({}, r, r);
        m_rowById.insert(id, r);
        m_rowByNumber.insert(row.incident.number, r);
        m_rows.append(std::move(row));
        placeInOrder(r, -1);
    } else {
        const bool moved = m_rows[r].order.open != row.order.open || m_rows[r].order.severity != row.order.severity
            || m_rows[r].order.hasStart != row.order.hasStart || m_rows[r].order.startMs != row.order.startMs
            || m_rows[r].order.number != row.order.number;
        m_rows[r] = std::move(row);
        if (moved)
            placeInOrder(r, m_rank[r]);
    }
    setMember(m_openRows, r, m_rows[r].incident.isOpen());
    setMember(m_countdownRows, r, m_rows[r].nextUpdateDue.isValid());
    if (inserted)
        endInsertRows();
    else
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    announceDueUpdates();
    return {};
}

Result<void> IncidentTableModel::refreshTimelineSummary(const QUuid& id)
{
    const int r = rowForId(id);
    if (r < 0)
        return refreshIncident(id);
    auto summary = m_repository.timelineSummary(id);
    if (!summary)
        return summary.error();
    if (m_loading)
        m_loadAgain = true;   // the running load may have read the database before this write
    else if (m_countsLoading)
        m_freshCounts.insert(id);   // newer than what the running count scan may have read
    Row& row = m_rows[r];
    row.entryCount = summary.value().entries;
    row.lastUpdateAt = summary.value().lastPublicUpdateAt;
    updateNextUpdateDue(row);
    setMember(m_countdownRows, r, row.nextUpdateDue.isValid());
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    announceDueUpdates();
    return {};
}

void IncidentTableModel::computeNextUpdateDue(Row& row, const SeverityScale& scale, const QDateTime& countdownNow)
{
    const std::optional<QDateTime> due = nextUpdateDue(row.incident, row.lastUpdateAt, scale);
    row.nextUpdateDue = due ? *due : QDateTime();
    computeCountdown(row, countdownNow);
}

void IncidentTableModel::computeCountdown(Row& row, const QDateTime& countdownNow)
{
    row.countdown = row.nextUpdateDue.isValid() ? countdownState(row.nextUpdateDue, countdownNow) : CountdownState::Ok;
}

void IncidentTableModel::tickCountdowns()
{
    m_countdownNow = m_clock.nowUtc();
    if (m_countdownRows.isEmpty())
        return;
    // One run of adjacent rows at a time, as in tick(). The sort value (the due time) does
    // not move with the clock, so a sorting proxy keeps its order.
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole,
                           CountdownStateRole};
    qsizetype k = 0;
    while (k < m_countdownRows.size()) {
        const int first = m_countdownRows[k];
        int last = first;
        updateCountdown(m_rows[first]);
        while (k + 1 < m_countdownRows.size() && m_countdownRows[k + 1] == last + 1) {
            last = m_countdownRows[++k];
            updateCountdown(m_rows[last]);
        }
        ++k;
        emit dataChanged(index(first, NextUpdateColumn), index(last, NextUpdateColumn), roles);
    }
    announceDueUpdates();
}

void IncidentTableModel::announceDueUpdates()
{
    QList<QUuid> due;
    for (const int r : std::as_const(m_countdownRows)) {
        const Row& row = m_rows[r];
        if (row.countdown != CountdownState::Overdue)
            continue;
        auto it = m_announcedDue.find(row.incident.id);
        if (it != m_announcedDue.end() && *it == row.nextUpdateDue)
            continue;
        m_announcedDue.insert(row.incident.id, row.nextUpdateDue);
        due.append(row.incident.id);
    }
    // Emitted last: a receiver may reload the model.
    for (const QUuid& id : std::as_const(due)) {
        qCInfo(lcModels) << "stakeholder update due for" << id;
        emit updateDue(id);
    }
}

void IncidentTableModel::setSeverityScale(const SeverityScale& scale)
{
    m_scale = scale;
    m_countdownNow = m_clock.nowUtc();
    m_countdownRows.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row& row = m_rows[i];
        updateNextUpdateDue(row);
        if (row.nextUpdateDue.isValid())
            m_countdownRows.append(i);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    announceDueUpdates();
}

void IncidentTableModel::computeDuration(Row& row, const QDateTime& now)
{
    const Incident& i = row.incident;
    if (i.isOpen() || i.resolvedAt.isValid())
        row.durationSeconds = i.durationSeconds(now);
    else if (i.startedAt.isValid() && i.closedAt.isValid())
        row.durationSeconds = i.startedAt.secsTo(i.closedAt);
    else
        row.durationSeconds.reset();
}

void IncidentTableModel::tick()
{
    if (m_openRows.isEmpty())
        return;
    m_now = m_clock.nowUtc();
    // Update and announce one run of adjacent rows at a time: a sorting proxy re-sorts the
    // announced rows among the others, so those must still hold the values it last saw.
    const QList<int> roles{Qt::DisplayRole, DurationSecondsRole, SortRole};
    qsizetype k = 0;
    while (k < m_openRows.size()) {
        const int first = m_openRows[k];
        int last = first;
        updateDuration(m_rows[first]);
        while (k + 1 < m_openRows.size() && m_openRows[k + 1] == last + 1) {
            last = m_openRows[++k];
            updateDuration(m_rows[last]);
        }
        ++k;
        emit dataChanged(index(first, DurationColumn), index(last, DurationColumn), roles);
    }
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const Incident& i = row.incident;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RefColumn: return i.ref();
        case TitleColumn: return i.title;
        case SeverityColumn: return m_scale.label(i.severity);
        case StatusColumn: return statusDisplayName(i.status);
        case CommanderColumn: return i.commander;
        case StartedColumn:
            return i.startedAt.isValid() ? i.startedAt.toLocalTime().toString(kStartedFormat) : QString();
        case DurationColumn: return row.durationSeconds ? formatDuration(*row.durationSeconds) : QString();
        case NextUpdateColumn:
            return row.nextUpdateDue.isValid() ? formatCountdown(row.nextUpdateDue, m_countdownNow) : QString();
        case ServicesColumn: return i.services.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == SeverityColumn)
            return severityColor(i.severity);
        if (column == NextUpdateColumn && row.nextUpdateDue.isValid() && row.countdown != CountdownState::Ok)
            return countdownTextColor(row.countdown);
        return {};
    case Qt::BackgroundRole:
        if (column == NextUpdateColumn && row.nextUpdateDue.isValid() && row.countdown != CountdownState::Ok)
            return countdownColor(row.countdown);
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusColor(i.status);
        return {};
    case Qt::FontRole:
        if (!i.isOpen() || (column != RefColumn && column != TitleColumn))
            return {};
        if (!m_openFont) {
            QFont bold;
            bold.setBold(true);
            m_openFont = bold;
        }
        return *m_openFont;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == NextUpdateColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IncidentIdRole: return i.id;
    case RefRole: return i.ref();
    case NumberRole: return i.number;
    case SeverityLevelRole: return i.severity;
    case StatusRole: return int(i.status);
    case IsOpenRole: return i.isOpen();
    case StartedAtRole: return i.startedAt;
    case DurationSecondsRole: return row.durationSeconds ? QVariant(*row.durationSeconds) : QVariant();
    case TimelineEntryCountRole: return row.entryCount >= 0 ? QVariant(row.entryCount) : QVariant();
    case SearchTextRole: return row.searchText;
    case SortRole: return sortValue(row, column);
    case NextUpdateDueRole: return row.nextUpdateDue;
    case CountdownStateRole: return row.nextUpdateDue.isValid() ? QVariant(int(row.countdown)) : QVariant();
    case LastStakeholderUpdateRole: return row.lastUpdateAt;
    default: return {};
    }
}

QVariant IncidentTableModel::sortValue(const Row& row, int column) const
{
    const Incident& i = row.incident;
    switch (column) {
    case RefColumn: return i.number;
    case TitleColumn: return i.title;
    case SeverityColumn: return i.severity;
    case StatusColumn: return int(i.status);
    case CommanderColumn: return i.commander;
    case StartedColumn: return i.startedAt.isValid() ? QVariant(i.startedAt.toMSecsSinceEpoch()) : QVariant();
    case DurationColumn: return row.durationSeconds ? QVariant(*row.durationSeconds) : QVariant();
    case NextUpdateColumn:
        return row.nextUpdateDue.isValid() ? QVariant(row.nextUpdateDue.toMSecsSinceEpoch()) : QVariant();
    case ServicesColumn: return i.services.join(QStringLiteral(", "));
    }
    return {};
}

QVariant IncidentTableModel::toolTip(const Row& row, int column) const
{
    const Incident& i = row.incident;
    switch (column) {
    case TitleColumn: return i.title;
    case SeverityColumn: return m_scale.label(i.severity);
    case StartedColumn:
        if (!i.startedAt.isValid())
            return tr("Start of impact unknown");
        return tr("%1 (%2 UTC)")
            .arg(i.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
                 i.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DurationColumn:
        if (!row.durationSeconds)
            return tr("Duration unknown");
        return i.isOpen() ? tr("Open for %1").arg(formatDuration(*row.durationSeconds))
                          : tr("Lasted %1").arg(formatDuration(*row.durationSeconds));
    case NextUpdateColumn: {
        if (!i.isOpen())
            return tr("No stakeholder updates are due once an incident is resolved");
        const qint64 cadence = m_scale.updateCadenceSeconds(i.severity);
        if (cadence <= 0)
            return tr("%1 has no stakeholder-update cadence").arg(severityCode(i.severity));
        if (!row.nextUpdateDue.isValid())
            return tr("Next stakeholder update unknown: the incident has no start time");
        const QString due = row.nextUpdateDue.toLocalTime().toString(QStringLiteral("HH:mm"));
        const QString every = tr("every %1 for %2").arg(formatDuration(cadence), severityCode(i.severity));
        if (row.countdown == CountdownState::Overdue)
            return tr("Stakeholder update overdue since %1 (%2)").arg(due, every);
        return tr("Next stakeholder update due at %1 (%2)").arg(due, every);
    }
    case ServicesColumn: return i.services.join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RefColumn: return tr("Ref");
        case TitleColumn: return tr("Title");
        case SeverityColumn: return tr("Severity");
        case StatusColumn: return tr("Status");
        case CommanderColumn: return tr("Commander");
        case StartedColumn: return tr("Started");
        case DurationColumn: return tr("Duration");
        case NextUpdateColumn: return tr("Next update");
        case ServicesColumn: return tr("Services");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartedColumn: return tr("When impact began, in local time");
        case DurationColumn: return tr("From start of impact to resolution, or until now while open");
        case NextUpdateColumn: return tr("Time left until the next stakeholder update is due");
        default: return {};
        }
    }
    return {};
}

QHash<int, QByteArray> IncidentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncidentIdRole, "incidentId");
    names.insert(RefRole, "ref");
    names.insert(NumberRole, "number");
    names.insert(SeverityLevelRole, "severityLevel");
    names.insert(StatusRole, "status");
    names.insert(IsOpenRole, "isOpen");
    names.insert(StartedAtRole, "startedAt");
    names.insert(DurationSecondsRole, "durationSeconds");
    names.insert(TimelineEntryCountRole, "timelineEntryCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sortValue");
    names.insert(NextUpdateDueRole, "nextUpdateDue");
    names.insert(CountdownStateRole, "countdownState");
    names.insert(LastStakeholderUpdateRole, "lastStakeholderUpdate");
    return names;
}

const Incident& IncidentTableModel::incidentAt(int row) const
{
    return m_rows.at(row).incident;
}

int IncidentTableModel::timelineEntryCountAt(int row) const
{
    return m_rows.at(row).entryCount;
}

int IncidentTableModel::rowForId(const QUuid& id) const
{
    return m_rowById.value(id, -1);
}

int IncidentTableModel::rowForRef(const QString& ref) const
{
    const qint64 number = parseIncidentRef(ref);
    return number > 0 ? m_rowByNumber.value(number, -1) : -1;
}

std::optional<Incident> IncidentTableModel::incident(const QUuid& id) const
{
    const int row = rowForId(id);
    if (row < 0)
        return std::nullopt;
    return m_rows[row].incident;
}

} // namespace warroom
