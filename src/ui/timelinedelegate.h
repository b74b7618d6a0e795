#pragma once
// Paints timeline entries: kind icon on a rail, time with its zone, kind, author, markers
// (Pinned, Edited, Public) and the wrapped text, with search words highlighted.

#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTimeZone>

class QAbstractItemView;
class QTextLayout;

namespace warroom {

/// Delegate for a list view over a TimelineModel (or a proxy of it). Item heights follow
/// the wrapped text at the view's current width, so set the view's resizeMode to
/// QListView::Adjust. Times show in timeZone() with an explicit zone ("14:05 UTC",
/// "15:05 CEST"); the date is added on the first row and wherever the day changes.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `view` is the view this delegate paints for; its viewport width drives wrapping.
    explicit TimelineDelegate(QAbstractItemView* view);

    /// Zone the times are shown in (default: the system's). Repaints the view.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    /// Words to highlight in the entries' text (case-insensitive); empty: none.
    void setHighlightWords(const QStringList& words);

    /// The header's time text of `index` ("14:05 UTC", or "2022-07-02 14:05 UTC").
    QString timeText(const QModelIndex& index) const;

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
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QStringList m_highlight;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace warroom
