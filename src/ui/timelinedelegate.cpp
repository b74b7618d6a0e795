#include "timelinedelegate.h"

#include "entrykindicons.h"

#include "models/timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace warroom {

namespace {

constexpr int kLeft = 10;
constexpr int kIcon = 24;
constexpr int kGap = 12;
constexpr int kRight = 12;
constexpr int kTop = 8;
constexpr int kHeaderGap = 3;
constexpr int kBottom = 12;
constexpr int kMarkerGap = 6;

QString timeText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QStringLiteral("—");
}

QFont smallerFont(const QFont& base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    else
        f.setPixelSize(std::max(9, f.pixelSize() - 1));
    return f;
}

// A small outlined pill ("Pinned", "Public") ending at `right`; returns its left edge.
int paintMarker(QPainter* painter, int right, const QRect& line, const QString& text, const QFont& font,
                const QColor& color)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRectF r(right - w, line.top() + (line.height() - h) / 2.0, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->setFont(font);
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
    return int(r.left());
}

} // namespace

TimelineDelegate::TimelineDelegate(QAbstractItemView* view) : QStyledItemDelegate(view), m_view(view) {}

QIcon TimelineDelegate::iconFor(int kind) const
{
    auto it = m_icons.find(kind);
    if (it == m_icons.end())
        it = m_icons.insert(kind, entryKindIcon(EntryKind(kind)));
    return *it;
}

TimelineDelegate::Geometry TimelineDelegate::geometry(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                      const QRect& itemRect) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const int headerHeight = std::max(QFontMetrics(smallerFont(option.font)).height(), fm.height());
    const int textLeft = itemRect.left() + kLeft + kIcon + kGap;
    const int textWidth = std::max(40, itemRect.right() + 1 - kRight - textLeft);
    const QString text = index.data(TimelineModel::TextRole).toString();
    const QRect bounds = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap, text);

    g.icon = QRect(itemRect.left() + kLeft, itemRect.top() + kTop + (headerHeight - kIcon) / 2, kIcon, kIcon);
    g.header = QRect(textLeft, itemRect.top() + kTop, textWidth, headerHeight);
    g.text = QRect(textLeft, g.header.bottom() + 1 + kHeaderGap, textWidth, text.isEmpty() ? 0 : bounds.height());
    g.height = std::max(g.text.bottom() + 1 + kBottom, g.icon.bottom() + 1 + kBottom) - itemRect.top();
    return g;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    const Geometry g = geometry(option, index, QRect(0, 0, std::max(width, 200), 0));
    return {std::max(width, 200), g.height};
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Geometry g = geometry(option, index, option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.62f);

    painter->save();

    // The rail joining the icons of consecutive entries.
    QColor rail = option.palette.color(group, QPalette::Text);
    rail.setAlphaF(0.25f);
    const int railX = g.icon.center().x();
    painter->setPen(QPen(rail, 2));
    if (index.row() > 0)
        painter->drawLine(railX, option.rect.top(), railX, g.icon.top() - 3);
    if (index.row() + 1 < index.model()->rowCount(index.parent()))
        painter->drawLine(railX, g.icon.bottom() + 3, railX, option.rect.bottom());

    iconFor(index.data(TimelineModel::KindRole).toInt()).paint(painter, g.icon);

    // Header: time (bold) · kind · author, then the markers on the right.
    const QFont small = smallerFont(option.font);
    int markersLeft = g.header.right() + 1;
    if (index.data(TimelineModel::PublicRole).toBool())
        markersLeft = paintMarker(painter, markersLeft, g.header, tr("Public"), small, muted) - kMarkerGap;
    if (index.data(TimelineModel::PinnedRole).toBool())
        markersLeft = paintMarker(painter, markersLeft, g.header, tr("Pinned"), small, muted) - kMarkerGap;

    QFont bold = option.font;
    bold.setBold(true);
    const QString time = timeText(index.data(TimelineModel::OccurredAtRole).toDateTime());
    const QFontMetrics boldMetrics(bold);
    const int timeWidth = std::min(boldMetrics.horizontalAdvance(time), markersLeft - g.header.left());
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(QRect(g.header.left(), g.header.top(), timeWidth, g.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, time);

    // Kind before author: when space runs out, the author is elided first.
    const QString rest = QStringLiteral("  ·  %1  ·  %2")
                             .arg(index.data(TimelineModel::KindNameRole).toString(),
                                  index.data(TimelineModel::AuthorRole).toString());
    const QRect restRect(g.header.left() + timeWidth, g.header.top(),
                         std::max(0, markersLeft - g.header.left() - timeWidth), g.header.height());
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(restRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(rest, Qt::ElideRight, restRect.width()));

    painter->setFont(option.font);
    painter->setPen(textColor);
    painter->drawText(g.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(TimelineModel::TextRole).toString());
    painter->restore();
}

} // namespace warroom
