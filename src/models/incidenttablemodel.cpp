#include "incidenttablemodel.h"

#include "incidentcolors.h"
#include "logging.h"

#include "core/timeformat.h"
#include "storage/incidentrepository.h"

namespace warroom {

namespace {

const QString kStartedFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

IncidentTableModel::IncidentTableModel(IncidentRepository& repository, const Clock& clock, SeverityScale scale,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_clock(clock), m_scale(std::move(scale))
{
}

Result<void> IncidentTableModel::reload()
{
    auto incidents = m_repository.listIncidents();
    if (!incidents) {
        qCWarning(lcModels) << "cannot load incidents:" << incidents.error().message;
        return incidents.error();
    }
    auto counts = m_repository.timelineEntryCounts();
    if (!counts) {
        qCWarning(lcModels) << "cannot load timeline entry counts:" << counts.error().message;
        return counts.error();
    }

    m_now = m_clock.nowUtc();
    QList<Row> rows;
    rows.reserve(incidents.value().size());
    QList<int> openRows;
    for (Incident& incident : incidents.value()) {
        Row row;
        row.entryCount = counts.value().value(incident.id, 0);
        row.ref = incident.ref();
        row.severityText = m_scale.label(incident.severity);
        row.statusText = statusDisplayName(incident.status);
        row.startedText = incident.startedAt.isValid() ? incident.startedAt.toLocalTime().toString(kStartedFormat)
                                                       : QString();
        row.servicesText = incident.services.join(QStringLiteral(", "));
        row.searchText = QStringList{row.ref, incident.title, row.servicesText, incident.commander}
                             .join(QLatin1Char('\n'))
                             .toCaseFolded();
        row.incident = std::move(incident);
        updateDuration(row);
        if (row.incident.isOpen())
            openRows.append(int(rows.size()));
        rows.append(std::move(row));
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_openRows = std::move(openRows);
    m_rowById.clear();
    m_rowByNumber.clear();
    m_rowById.reserve(m_rows.size());
    m_rowByNumber.reserve(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rowById.insert(m_rows[i].incident.id, i);
        m_rowByNumber.insert(m_rows[i].incident.number, i);
    }
    endResetModel();
    qCDebug(lcModels) << "loaded" << m_rows.size() << "incidents," << m_openRows.size() << "open";
    return {};
}

void IncidentTableModel::updateDuration(Row& row) const
{
    const Incident& i = row.incident;
    if (i.isOpen() || i.resolvedAt.isValid())
        row.durationSeconds = i.durationSeconds(m_now);
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
        case ServicesColumn: return row.servicesText;
        }
        return {};
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == SeverityColumn)
            return severityColor(i.severity);
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
        if (column == DurationColumn)
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
        case ServicesColumn: return tr("Services");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartedColumn: return tr("When impact began, in local time");
        case DurationColumn: return tr("From start of impact to resolution, or until now while open");
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
