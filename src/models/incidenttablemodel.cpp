#include "incidenttablemodel.h"

#include "cadencesettings.h"
#include "incidentcolors.h"
#include "logging.h"

#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include <QThread>

#include <atomic>

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
    row.ref = incident.ref();
    row.severityText = scale.label(incident.severity);
    row.statusText = statusDisplayName(incident.status);
    row.startedText =
        incident.startedAt.isValid() ? incident.startedAt.toLocalTime().toString(kStartedFormat) : QString();
    row.servicesText = incident.services.join(QStringLiteral(", "));
    row.searchText = QStringList{row.ref, incident.title, row.servicesText, incident.commander}
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
                                                            const SeverityScale& scale)
{
    auto incidents = repository.listIncidents();
    if (!incidents) {
        qCWarning(lcModels) << "cannot load incidents:" << incidents.error().message;
        return incidents.error();
    }
    auto timelines = repository.timelineSummaries();
    if (!timelines) {
        qCWarning(lcModels) << "cannot load timeline summaries:" << timelines.error().message;
        return timelines.error();
    }
    Loaded loaded;
    loaded.now = now;
    loaded.rows.reserve(incidents.value().size());
    for (Incident& incident : incidents.value()) {
        const QUuid id = incident.id;
        const IncidentRepository::TimelineSummary timeline = timelines.value().value(id);
        loaded.rows.append(makeRow(std::move(incident), timeline.entries, timeline.lastPublicUpdateAt, now, scale));
    }
    return loaded;
}

Result<void> IncidentTableModel::reload()
{
    auto loaded = load(m_repository, m_clock.nowUtc(), m_scale);
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
    if (m_loading) {
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
            // The connection lives and dies on this thread; results go back as a queued call.
            Result<Loaded> loaded = [&]() -> Result<Loaded> {
                auto db = Database::open(url, connection);
                if (!db)
                    return db.error();
                IncidentRepository repository(db.value());
                return load(repository, now, scale);
            }();
            auto shared = std::make_shared<Result<Loaded>>(std::move(loaded));
            QMetaObject::invokeMethod(
                this,
                [this, shared] {
                    m_loading = false;
                    if (!shared->ok()) {
                        emit reloadFailed(shared->error().message);
                    } else {
                        apply(std::move(*shared).value());
                        emit reloaded();
                    }
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
    QList<int> openRows;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[i].incident.isOpen())
            openRows.append(i);
    }

    beginResetModel();
    m_rows = std::move(rows);
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

    int r = rowForId(id);
    const bool inserted = r < 0;
    if (inserted) {
        r = int(m_rows.size());
        beginInsertRows({}, r, r);
        m_rowById.insert(id, r);
        m_rowByNumber.insert(row.incident.number, r);
        m_rows.append(std::move(row));
    } else {
        m_rows[r] = std::move(row);
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

void IncidentTableModel::computeNextUpdateDue(Row& row, const SeverityScale& scale, const QDateTime& countdownNow)
{
    const std::optional<QDateTime> due = nextUpdateDue(row.incident, row.lastUpdateAt, scale);
    row.nextUpdateDue = due ? *due : QDateTime();
    computeCountdown(row, countdownNow);
}

void IncidentTableModel::computeCountdown(Row& row, const QDateTime& countdownNow)
{
    if (!row.nextUpdateDue.isValid()) {
        row.countdown = CountdownState::Ok;
        row.countdownText.clear();
        return;
    }
    row.countdown = countdownState(row.nextUpdateDue, countdownNow);
    row.countdownText = formatCountdown(row.nextUpdateDue, countdownNow);
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
        row.severityText = m_scale.label(row.incident.severity);
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
    row.durationText = row.durationSeconds ? formatDuration(*row.durationSeconds) : QString();
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
        case RefColumn: return row.ref;
        case TitleColumn: return i.title;
        case SeverityColumn: return row.severityText;
        case StatusColumn: return row.statusText;
        case CommanderColumn: return i.commander;
        case StartedColumn: return row.startedText;
        case DurationColumn: return row.durationText;
        case NextUpdateColumn: return row.countdownText;
        case ServicesColumn: return row.servicesText;
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
    case RefRole: return row.ref;
    case NumberRole: return i.number;
    case SeverityLevelRole: return i.severity;
    case StatusRole: return int(i.status);
    case IsOpenRole: return i.isOpen();
    case StartedAtRole: return i.startedAt;
    case DurationSecondsRole: return row.durationSeconds ? QVariant(*row.durationSeconds) : QVariant();
    case TimelineEntryCountRole: return row.entryCount;
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
    case ServicesColumn: return row.servicesText;
    }
    return {};
}

QVariant IncidentTableModel::toolTip(const Row& row, int column) const
{
    const Incident& i = row.incident;
    switch (column) {
    case TitleColumn: return i.title;
    case SeverityColumn: return row.severityText;
    case StartedColumn:
        if (!i.startedAt.isValid())
            return tr("Start of impact unknown");
        return tr("%1 (%2 UTC)")
            .arg(i.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
                 i.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DurationColumn:
        if (!row.durationSeconds)
            return tr("Duration unknown");
        return i.isOpen() ? tr("Open for %1").arg(row.durationText) : tr("Lasted %1").arg(row.durationText);
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
