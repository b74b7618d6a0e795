#include "timelinemodel.h"

#include "logging.h"

#include "storage/incidentrepository.h"

#include <algorithm>

namespace warroom {

TimelineModel::TimelineModel(IncidentRepository& repository, QObject* parent)
    : QAbstractListModel(parent), m_repository(repository)
{
}

Result<void> TimelineModel::load(const QUuid& incidentId)
{
    if (incidentId.isNull()) {
        clear();
        return {};
    }
    auto entries = m_repository.timeline(incidentId);
    if (!entries) {
        qCWarning(lcModels) << "cannot load timeline of" << incidentId << ":" << entries.error().message;
        clear();
        return entries.error();
    }
    QList<TimelineEntry> sorted = std::move(entries.value());
    std::stable_sort(sorted.begin(), sorted.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.recordedAt < b.recordedAt;
    });
    beginResetModel();
    m_incidentId = incidentId;
    m_entries = std::move(sorted);
    endResetModel();
    return {};
}

Result<void> TimelineModel::reload()
{
    if (m_incidentId.isNull())
        return {};
    return load(m_incidentId);
}

void TimelineModel::clear()
{
    if (m_incidentId.isNull() && m_entries.isEmpty())
        return;
    beginResetModel();
    m_incidentId = QUuid();
    m_entries.clear();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return e.text;
    case Qt::ToolTipRole:
        return tr("%1 by %2, %3 UTC")
            .arg(entryKindDisplayName(e.kind), e.author,
                 e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case EntryIdRole: return e.id;
    case OccurredAtRole: return e.occurredAt;
    case RecordedAtRole: return e.recordedAt;
    case KindRole: return int(e.kind);
    case KindNameRole: return entryKindDisplayName(e.kind);
    case AuthorRole: return e.author;
    case PinnedRole: return e.pinned;
    case PublicRole: return e.isPublic;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(RecordedAtRole, "recordedAt");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(AuthorRole, "author");
    names.insert(TextRole, "text");
    names.insert(PinnedRole, "pinned");
    names.insert(PublicRole, "isPublic");
    return names;
}

} // namespace warroom
