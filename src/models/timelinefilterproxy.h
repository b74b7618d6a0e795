#pragma once
// Filters a TimelineModel by kind, pinned, author and text.

#include "core/timelineentry.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace warroom {

/// Keeps the timeline order and hides the entries that do not match every filter set:
/// one kind, pinned only, one author (exact handle), and a search text (every
/// whitespace-separated word must occur in the entry's text, author or kind name, ignoring
/// case). Nothing set: every entry shows.
class TimelineFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterProxy(QObject* parent = nullptr);

    /// Only entries of `kind`; std::nullopt: every kind.
    void setKindFilter(std::optional<EntryKind> kind);
    std::optional<EntryKind> kindFilter() const { return m_kind; }
    void setPinnedOnly(bool pinnedOnly);
    bool pinnedOnly() const { return m_pinnedOnly; }
    /// Only entries by `author`; empty: everyone.
    void setAuthorFilter(const QString& author);
    QString authorFilter() const { return m_author; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /// The search split into words (what a view may highlight).
    QStringList searchWords() const { return m_words; }

    /// True when any filter hides entries.
    bool isFiltering() const;
    /// Clears every filter.
    void clearFilters();

signals:
    /// Any filter changed.
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    std::optional<EntryKind> m_kind;
    bool m_pinnedOnly = false;
    QString m_author;
    QString m_search;
    QStringList m_words;
};

} // namespace warroom
