#include "revisionmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::RevisionModel)
};

QString zoneTime(const QDateTime& utc, const QTimeZone& zone, const QString& format)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(format) : QStringLiteral("—");
}

// Words and the whitespace between them, so a diff keeps the original spacing.
QStringList tokens(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\s+|[^\\s]+"));
    QStringList out;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured();
    return out;
}

const QString kRemovedStyle = QStringLiteral("color:#b42318;background-color:#fee4e2;text-decoration:line-through;");
const QString kAddedStyle = QStringLiteral("color:#067647;background-color:#dcfae6;");

} // namespace

QString describeRevisionChange(const EntryRevision* before, const EntryRevision& after, const QTimeZone& zone)
{
    if (!before)
        return after.deleted ? Tr::tr("Written, deleted") : Tr::tr("Written");
    QStringList parts;
    if (before->deleted != after.deleted)
        parts << (after.deleted ? Tr::tr("Deleted") : Tr::tr("Restored"));
    if (before->text != after.text)
        parts << Tr::tr("Text edited");
    if (before->kind != after.kind)
        parts << Tr::tr("Kind: %1 → %2").arg(entryKindDisplayName(before->kind), entryKindDisplayName(after.kind));
    if (before->occurredAt != after.occurredAt) {
        const QString format = before->occurredAt.toTimeZone(zone).date() == after.occurredAt.toTimeZone(zone).date()
                                   ? QStringLiteral("HH:mm:ss")
                                   : QStringLiteral("yyyy-MM-dd HH:mm:ss");
        parts << Tr::tr("Time: %1 → %2")
                     .arg(zoneTime(before->occurredAt, zone, format),
                          zoneTime(after.occurredAt, zone, format + QStringLiteral(" t")));
    }
    if (before->pinned != after.pinned)
        parts << (after.pinned ? Tr::tr("Pinned") : Tr::tr("Unpinned"));
    if (before->isPublic != after.isPublic)
        parts << (after.isPublic ? Tr::tr("Made public") : Tr::tr("Made internal"));
    if (parts.isEmpty())
        parts << Tr::tr("No change");
    return parts.join(QStringLiteral("; "));
}

QString wordDiffHtml(const QString& before, const QString& after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const int n = int(a.size());
    const int m = int(b.size());
    // Longest common subsequence of tokens; entries are short, so O(n·m) is fine.
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QString html;
    QString removed;
    QString added;
    auto flush = [&] {
        if (!removed.isEmpty())
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(kRemovedStyle, removed.toHtmlEscaped());
        if (!added.isEmpty())
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(kAddedStyle, added.toHtmlEscaped());
        removed.clear();
        added.clear();
    };
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            flush();
            html += a[i].toHtmlEscaped();
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added += b[j++];
        } else {
            removed += a[i++];
        }
    }
    flush();
    return html;
}

RevisionModel::RevisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RevisionModel::setRevisions(const TimelineEntry& entry, const QList<EntryRevision>& revisions)
{
    beginResetModel();
    m_revisions = revisions;
    if (m_revisions.isEmpty() && !entry.id.isNull()) {
        EntryRevision first;
        first.entryId = entry.id;
        first.revision = 1;
        first.editor = entry.author;
        first.editedAt = entry.recordedAt;
        first.kind = entry.kind;
        first.text = entry.text;
        first.occurredAt = entry.occurredAt;
        first.pinned = entry.pinned;
        first.isPublic = entry.isPublic;
        first.deleted = entry.deleted;
        m_revisions << first;
    }
    endResetModel();
}

void RevisionModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_revisions.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int RevisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntryRevision& r = m_revisions[index.row()];
    const EntryRevision* before = index.row() > 0 ? &m_revisions[index.row() - 1] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn: return r.revision;
        case EditorColumn: return r.editor;
        case EditedAtColumn: return zoneTime(r.editedAt, m_zone, QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        case ChangeColumn: return describeRevisionChange(before, r, m_zone);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == EditedAtColumn)
            return zoneTime(r.editedAt, QTimeZone::utc(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
        if (index.column() == ChangeColumn)
            return r.text;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RevisionColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RevisionRole: return r.revision;
    case EditedAtRole: return r.editedAt;
    case TextBeforeRole: return before ? before->text : QString();
    case TextAfterRole: return r.text;
    case DeletedRole: return r.deleted;
    case DiffHtmlRole: {
        QString html =
            QStringLiteral("<p>%1</p>").arg(before ? wordDiffHtml(before->text, r.text) : r.text.toHtmlEscaped());
        if (before && (before->kind != r.kind || before->occurredAt != r.occurredAt || before->pinned != r.pinned ||
                       before->deleted != r.deleted || before->isPublic != r.isPublic)) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(describeRevisionChange(before, r, m_zone).toHtmlEscaped());
        }
        return html;
    }
    default: return {};
    }
}

QVariant RevisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RevisionColumn: return tr("#");
    case EditorColumn: return tr("Who");
    case EditedAtColumn: return tr("When");
    case ChangeColumn: return tr("Change");
    default: return {};
    }
}

} // namespace warroom
