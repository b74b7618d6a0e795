#pragma once
// Brings a list model's rows to a newly loaded state with row-level signals instead of a
// reset, so views keep their scroll position, selection and open editors across reloads
// (every write reloads; remote changes arrive the same way).

#include <QList>
#include <QSet>

#include <functional>

namespace warroom {

/// The model operations syncRows() drives. Each begin/end pair brackets one change of the
/// row list; `changed(row)` is called after a row's value was replaced in place.
struct RowSyncHooks {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int from, int to)> beginMove; ///< one row from `from` to `to` (to < from)
    std::function<void()> endMove;
    std::function<void(int row)> changed;
};

/// Turns `rows` into `next` (same ids in the same order, same values) through removals,
/// moves, insertions and in-place changes. `idOf(row)` gives a row's identity; `same(a, b)`
/// says two rows of one identity look the same. Ids must be unique within each list.
template <typename T, typename IdOf, typename Same>
void syncRows(QList<T>& rows, const QList<T>& next, IdOf idOf, Same same, const RowSyncHooks& hooks)
{
    using Id = decltype(idOf(next.first()));
    QSet<Id> nextIds;
    nextIds.reserve(next.size());
    for (const T& n : next)
        nextIds.insert(idOf(n));

    // Remove what is gone, in contiguous runs from the bottom.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (nextIds.contains(idOf(rows[i])))
            continue;
        const int last = i;
        while (i > 0 && !nextIds.contains(idOf(rows[i - 1])))
            --i;
        hooks.beginRemove(i, last);
        rows.remove(i, last - i + 1);
        hooks.endRemove();
    }

    QSet<Id> present;
    present.reserve(rows.size());
    for (const T& r : rows)
        present.insert(idOf(r));

    for (int i = 0; i < int(next.size()); ++i) {
        const Id id = idOf(next[i]);
        if (i < int(rows.size()) && idOf(rows[i]) == id) {
            if (!same(rows[i], next[i])) {
                rows[i] = next[i];
                hooks.changed(i);
            }
            continue;
        }
        if (present.contains(id)) {
            int from = i + 1;
            while (idOf(rows[from]) != id)
                ++from;
            hooks.beginMove(from, i);
            rows.move(from, i);
            hooks.endMove();
            if (!same(rows[i], next[i])) {
                rows[i] = next[i];
                hooks.changed(i);
            }
            continue;
        }
        int last = i;
        while (last + 1 < int(next.size()) && !present.contains(idOf(next[last + 1])))
            ++last;
        hooks.beginInsert(i, last);
        for (int k = i; k <= last; ++k)
            rows.insert(k, next[k]);
        hooks.endInsert();
        i = last;
    }
}

} // namespace warroom
