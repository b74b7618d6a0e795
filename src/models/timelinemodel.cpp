#include "timelinemodel.h"

#include "entrylistsync.h"
#include "logging.h"

#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"

#include <QFont>

#include <algorithm>

namespace warroom {

namespace {

bool sameEntry(const TimelineEntry& a, const TimelineEntry& b)
{
    return a.version == b.version && a.text == b.text && a.kind == b.kind && a.occurredAt == b.occurredAt &&
           a.recordedAt == b.recordedAt && a.author == b.author && a.pinned == b.pinned && a.isPublic == b.isPublic &&
           a.deleted == b.deleted;
}

/// The order of a loaded timeline: occurred_at, then recorded_at, then id as the database
/// orders it (IncidentRepository::timeline(); byte order of the UUID, as text or uuid).
bool timelineLess(const TimelineEntry& a, const TimelineEntry& b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt < b.occurredAt;
    if (a.recordedAt != b.recordedAt)
        return a.recordedAt < b.recordedAt;
    return a.id.toRfc4122() < b.id.toRfc4122();
}

/// Where `entry` goes in the sorted `entries` (which does not hold it).
int insertionRow(const QList<TimelineEntry>& entries, const TimelineEntry& entry)
{
    return int(std::lower_bound(entries.cbegin(), entries.cend(), entry, timelineLess) - entries.cbegin());
}

QStringList authorsOf(const QList<TimelineEntry>& entries)
{
    QSet<QString> seen;
    QStringList out;
    for (const TimelineEntry& e : entries) {
        if (!e.author.isEmpty() && !seen.contains(e.author)) {
            seen.insert(e.author);
            out << e.author;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace

TimelineModel::TimelineModel(IncidentRepository& repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

void TimelineModel::setService(const IncidentService* service)
{
    m_service = service;
    m_editedCache.clear();
}

void TimelineModel::setOverlay(Overlay overlay)
{
    m_overlay = std::move(overlay);
}

QSet<QUuid> TimelineModel::editedEntries(const QList<TimelineEntry>& entries)
{
    QSet<QUuid> edited;
    if (!m_service)
        return edited;
    for (const TimelineEntry& e : entries) {
        if (e.version <= 1)
            continue; // never changed since written
        auto cached = m_editedCache.constFind(e.id);
        if (cached != m_editedCache.cend() && cached->first == e.version) {
            if (cached->second)
                edited.insert(e.id);
            continue;
        }
        auto revisions = m_service->revisions(e.id);
        if (!revisions) {
            qCWarning(lcModels) << "cannot read revisions of" << e.id << ":" << revisions.error().message;
            continue;
        }
        bool changed = false;
        const QList<EntryRevision>& revs = revisions.value();
        for (int i = 1; i < int(revs.size()) && !changed; ++i) {
            changed = revs[i].text != revs[i - 1].text || revs[i].kind != revs[i - 1].kind ||
                      revs[i].occurredAt != revs[i - 1].occurredAt;
        }
        m_editedCache.insert(e.id, {e.version, changed});
        if (changed)
            edited.insert(e.id);
    }
    return edited;
}

Result<void> TimelineModel::load(const QUuid& incidentId)
{
    if (incidentId.isNull()) {
        clear();
        return {};
    }
    auto entries = m_repository.timeline(incidentId);
    QList<TimelineEntry> sorted;
    if (entries) {
        sorted = std::move(entries.value());
        if (m_overlay)
            m_stored = sorted;
    } else if (m_overlay && incidentId == m_incidentId) {
        // The server is away: keep showing what was read last (and what is written offline).
        qCDebug(lcModels) << "timeline of" << incidentId << "kept as last read:" << entries.error().message;
        sorted = m_stored;
    } else {
        qCWarning(lcModels) << "cannot load timeline of" << incidentId << ":" << entries.error().message;
        clear();
        return entries.error();
    }
    QSet<QUuid> pending;
    if (m_overlay)
        sorted = m_overlay(incidentId, std::move(sorted), &pending);
    std::stable_sort(sorted.begin(), sorted.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.recordedAt < b.recordedAt;
    });
    if (incidentId != m_incidentId)
        m_editedCache.clear();
    QSet<QUuid> edited = editedEntries(sorted);

    if (incidentId != m_incidentId) {
        beginResetModel();
        m_incidentId = incidentId;
        m_entries = std::move(sorted);
        m_edited = std::move(edited);
        m_pending = std::move(pending);
        endResetModel();
    } else {
        setEntries(std::move(sorted), std::move(edited), std::move(pending));
    }
    const QStringList authors = authorsOf(m_entries);
    if (authors != m_authors) {
        m_authors = authors;
        emit authorsChanged();
    }
    return {};
}

void TimelineModel::setEntries(QList<TimelineEntry> entries, QSet<QUuid> edited, QSet<QUuid> pending)
{
    const QSet<QUuid> wasEdited = std::exchange(m_edited, std::move(edited));
    const QSet<QUuid> wasPending = std::exchange(m_pending, std::move(pending));
    RowSyncHooks hooks;
    hooks.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    hooks.endRemove = [this] { endRemoveRows(); };
    hooks.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    hooks.endInsert = [this] { endInsertRows(); };
    hooks.beginMove = [this](int from, int to) { beginMoveRows({}, from, from, {}, to); };
    hooks.endMove = [this] { endMoveRows(); };
    hooks.changed = [this](int row) { emit dataChanged(index(row), index(row)); };
    syncRows(
        m_entries, entries, [](const TimelineEntry& e) { return e.id; },
        [&](const TimelineEntry& a, const TimelineEntry& b) {
            return sameEntry(a, b) && wasEdited.contains(a.id) == m_edited.contains(b.id) &&
                   wasPending.contains(a.id) == m_pending.contains(b.id);
        },
        hooks);
}

Result<void> TimelineModel::reload()
{
    if (m_incidentId.isNull())
        return {};
    return load(m_incidentId);
}

Result<void> TimelineModel::applyChangedEntries(const QList<QUuid>& entryIds)
{
    if (m_incidentId.isNull() || entryIds.isEmpty())
        return {};
    if (entryIds.size() > maxAppliedEntries() || !m_pending.isEmpty())
        return reload();
    auto read = m_repository.timelineEntries(m_incidentId, entryIds);
    if (!read) {
        qCDebug(lcModels) << "cannot read changed entries, reloading:" << read.error().message;
        return reload();   // its own error handling (kept as last read while offline)
    }
    const QList<TimelineEntry>& changed = read.value();
    if (m_overlay) {
        // Entries written offline are shown and replaced by the full path only.
        QSet<QUuid> pending;
        (void)m_overlay(m_incidentId, changed, &pending);
        if (!pending.isEmpty())
            return reload();
    }
    QHash<QUuid, const TimelineEntry*> byId;
    for (const TimelineEntry& e : changed)
        byId.insert(e.id, &e);
    QList<TimelineEntry> shown;
    for (const TimelineEntry& e : changed) {
        if (!e.deleted)
            shown << e;
    }
    const QSet<QUuid> edited = editedEntries(shown);
    bool removed = false;
    QSet<QUuid> done;
    for (const QUuid& id : entryIds) {
        if (done.contains(id))
            continue;
        done.insert(id);
        removed = applyEntry(id, byId.value(id), edited.contains(id)) || removed;
    }
    if (m_overlay)
        m_stored = m_entries;   // nothing pending: what is shown is what was read
    QStringList authors;
    if (removed) {
        authors = authorsOf(m_entries);
    } else {
        authors = m_authors;
        for (const TimelineEntry& e : std::as_const(shown)) {
            if (!e.author.isEmpty() && !authors.contains(e.author))
                authors << e.author;
        }
        std::sort(authors.begin(), authors.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    }
    if (authors != m_authors) {
        m_authors = authors;
        emit authorsChanged();
    }
    return {};
}

bool TimelineModel::applyEntry(const QUuid& id, const TimelineEntry* stored, bool edited)
{
    const int row = rowForId(id);
    if (!stored || stored->deleted) {
        if (row < 0)
            return false;
        beginRemoveRows({}, row, row);
        m_entries.remove(row);
        m_edited.remove(id);
        endRemoveRows();
        return true;
    }
    if (row < 0) {
        const int at = insertionRow(m_entries, *stored);
        beginInsertRows({}, at, at);
        m_entries.insert(at, *stored);
        if (edited)
            m_edited.insert(id);
        endInsertRows();
        return false;
    }
    const bool wasEdited = m_edited.contains(id);
    const bool same = sameEntry(m_entries[row], *stored) && wasEdited == edited;
    // Its place among the others: unchanged while it still sorts between its neighbours.
    const bool afterPrevious = row == 0 || timelineLess(m_entries[row - 1], *stored);
    const bool beforeNext = row + 1 == int(m_entries.size()) || timelineLess(*stored, m_entries[row + 1]);
    int at = row;
    if (!afterPrevious || !beforeNext) {
        const TimelineEntry old = m_entries.takeAt(row);
        at = insertionRow(m_entries, *stored);
        m_entries.insert(row, old);
    }
    if (at != row) {
        beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
        m_entries.move(row, at);
        endMoveRows();
    }
    if (!same) {
        m_entries[at] = *stored;
        if (edited)
            m_edited.insert(id);
        else
            m_edited.remove(id);
        emit dataChanged(index(at), index(at));
    }
    return false;
}

void TimelineModel::clear()
{
    if (m_incidentId.isNull() && m_entries.isEmpty())
        return;
    beginResetModel();
    m_incidentId = QUuid();
    m_entries.clear();
    m_edited.clear();
    m_pending.clear();
    m_stored.clear();
    m_editedCache.clear();
    endResetModel();
    if (!m_authors.isEmpty()) {
        m_authors.clear();
        emit authorsChanged();
    }
}

int TimelineModel::rowForId(const QUuid& entryId) const
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[row].id == entryId)
            return row;
    }
    return -1;
}

std::optional<TimelineEntry> TimelineModel::entry(const QUuid& entryId) const
{
    const int row = rowForId(entryId);
    return row < 0 ? std::nullopt : std::optional<TimelineEntry>(m_entries[row]);
}

QStringList TimelineModel::authors() const
{
    return m_authors;
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
    case Qt::ToolTipRole: {
        const QString tip = tr("%1 by %2, %3 UTC")
                                .arg(entryKindDisplayName(e.kind), e.author,
                                     e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (!m_pending.contains(e.id))
            return tip;
        return tip + QLatin1Char('\n') + tr("Pending: kept on this computer until the server is back.");
    }
    case Qt::FontRole:
        if (m_pending.contains(e.id)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case PendingRole: return m_pending.contains(e.id);
    case EntryIdRole: return e.id;
    case OccurredAtRole: return e.occurredAt;
    case RecordedAtRole: return e.recordedAt;
    case KindRole: return int(e.kind);
    case KindNameRole: return entryKindDisplayName(e.kind);
    case AuthorRole: return e.author;
    case PinnedRole: return e.pinned;
    case PublicRole: return e.isPublic;
    case VersionRole: return e.version;
    case EditedRole: return m_edited.contains(e.id);
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
    names.insert(VersionRole, "version");
    names.insert(EditedRole, "edited");
    names.insert(PendingRole, "pending");
    return names;
}

} // namespace warroom
