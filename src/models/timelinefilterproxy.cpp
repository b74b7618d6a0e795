#include "timelinefilterproxy.h"

#include "timelinemodel.h"

namespace warroom {

TimelineFilterProxy::TimelineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TimelineFilterProxy::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

void TimelineFilterProxy::setKindFilter(std::optional<EntryKind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    refilter();
}

void TimelineFilterProxy::setPinnedOnly(bool pinnedOnly)
{
    if (m_pinnedOnly == pinnedOnly)
        return;
    m_pinnedOnly = pinnedOnly;
    refilter();
}

void TimelineFilterProxy::setAuthorFilter(const QString& author)
{
    if (m_author == author)
        return;
    m_author = author;
    refilter();
}

void TimelineFilterProxy::setSearchText(const QString& text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

bool TimelineFilterProxy::isFiltering() const
{
    return m_kind.has_value() || m_pinnedOnly || !m_author.isEmpty() || !m_words.isEmpty();
}

void TimelineFilterProxy::clearFilters()
{
    if (!isFiltering() && m_search.isEmpty())
        return;
    m_kind.reset();
    m_pinnedOnly = false;
    m_author.clear();
    m_search.clear();
    m_words.clear();
    refilter();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && EntryKind(index.data(TimelineModel::KindRole).toInt()) != *m_kind)
        return false;
    if (m_pinnedOnly && !index.data(TimelineModel::PinnedRole).toBool())
        return false;
    const QString author = index.data(TimelineModel::AuthorRole).toString();
    if (!m_author.isEmpty() && author != m_author)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(TimelineModel::TextRole).toString();
    const QString kind = index.data(TimelineModel::KindNameRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive) && !author.contains(word, Qt::CaseInsensitive) &&
            !kind.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace warroom
