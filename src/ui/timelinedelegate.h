#pragma once
// Paints timeline entries: kind icon on a rail, time, author, kind, markers, wrapped text.

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace warroom {

/// Delegate for a list view over a TimelineModel. Item heights follow the wrapped text at
/// the view's current width, so set the view's resizeMode to QListView::Adjust.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `view` is the view this delegate paints for; its viewport width drives wrapping.
    explicit TimelineDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Geometry {
        QRect icon;
        QRect header;
        QRect text;
        int height = 0;
    };
    Geometry geometry(const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& itemRect) const;
    QIcon iconFor(int kind) const;

    QAbstractItemView* m_view;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace warroom
