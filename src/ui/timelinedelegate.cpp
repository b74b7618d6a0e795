#include "timelinedelegate.h"

#include "entrykindicons.h"

#include "models/timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

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
constexpr int kPinBar = 3;

const QColor kPinColor(0xd9, 0x77, 0x06);
const QColor kHighlight(0xfd, 0xe6, 0x8a);
const QColor kHighlightText(0x1f, 0x29, 0x37);

QFont smallerFont(const QFont& base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    else
        f.setPixelSize(std::max(9, f.pixelSize() - 1));
    return f;
}

// Wraps `layout`'s text to `width`; returns the height of the laid out lines.
int layoutLines(QTextLayout& layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}

// A small outlined pill ("Pinned", "Edited", "Public") ending at `right`; returns its left edge.
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

TimelineDelegate::TimelineDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

void TimelineDelegate::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (m_view)
        m_view->viewport()->update();
}

void TimelineDelegate::setHighlightWords(const QStringList& words)
{
    if (words == m_highlight)
        return;
    m_highlight = words;
    if (m_view)
        m_view->viewport()->update();
}

QIcon TimelineDelegate::iconFor(int kind) const
{
    auto it = m_icons.find(kind);
    if (it == m_icons.end())
        it = m_icons.insert(kind, entryKindIcon(EntryKind(kind)));
    return *it;
}

QString TimelineDelegate::timeText(const QModelIndex& index) const
{
    const QDateTime at = index.data(TimelineModel::OccurredAtRole).toDateTime();
    if (!at.isValid())
        return QStringLiteral("—");
    const QDateTime here = at.toTimeZone(m_zone);
    bool newDay = index.row() == 0;
    if (!newDay) {
        const QDateTime previous =
            index.sibling(index.row() - 1, index.column()).data(TimelineModel::OccurredAtRole).toDateTime();
        newDay = !previous.isValid() || previous.toTimeZone(m_zone).date() != here.date();
    }
    return here.toString(newDay ? QStringLiteral("yyyy-MM-dd HH:mm t") : QStringLiteral("HH:mm t"));
}

TimelineDelegate::Geometry TimelineDelegate::geometry(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                      const QRect& itemRect) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const int headerHeight = std::max(QFontMetrics(smallerFont(option.font)).height(), fm.height());
    const int textLeft = itemRect.left() + kLeft + kIcon + kGap;
    const int textWidth = std::max(40, itemRect.right() + 1 - kRight - textLeft);
    // QTextLayout breaks lines only at QChar::LineSeparator, not at '\n'.
    QString text = index.data(TimelineModel::TextRole).toString();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, option.font);
    const int textHeight = text.isEmpty() ? 0 : layoutLines(layout, textWidth);

    g.icon = QRect(itemRect.left() + kLeft, itemRect.top() + kTop + (headerHeight - kIcon) / 2, kIcon, kIcon);
    g.header = QRect(textLeft, itemRect.top() + kTop, textWidth, headerHeight);
    g.text = QRect(textLeft, g.header.bottom() + 1 + kHeaderGap, textWidth, textHeight);
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
    const bool pinned = index.data(TimelineModel::PinnedRole).toBool();
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.62f);

    painter->save();

    // Pinned entries carry an amber bar on the left edge.
    if (pinned)
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, kPinBar, option.rect.height() - 4),
                          kPinColor);

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
    if (index.data(TimelineModel::EditedRole).toBool())
        markersLeft = paintMarker(painter, markersLeft, g.header, tr("Edited"), small, muted) - kMarkerGap;
    // Written offline, waiting in the outbox: marked, and its text greyed and italic below.
    const bool pending = index.data(TimelineModel::PendingRole).toBool();
    if (pending)
        markersLeft = paintMarker(painter, markersLeft, g.header, tr("Pending"), small, muted) - kMarkerGap;
    if (pinned)
        markersLeft =
            paintMarker(painter, markersLeft, g.header, tr("Pinned"), small, selected ? textColor : kPinColor) -
            kMarkerGap;

    QFont bold = option.font;
    bold.setBold(true);
    const QString time = timeText(index);
    const QFontMetrics boldMetrics(bold);
    const int timeWidth = std::min(boldMetrics.horizontalAdvance(time), markersLeft - g.header.left());
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(QRect(g.header.left(), g.header.top(), timeWidth, g.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, time);

    // Kind before author: when space runs out, the author is elided first.
    const QString rest =
        QStringLiteral("  ·  %1  ·  %2")
            .arg(index.data(TimelineModel::KindNameRole).toString(), index.data(TimelineModel::AuthorRole).toString());
    const QRect restRect(g.header.left() + timeWidth, g.header.top(),
                         std::max(0, markersLeft - g.header.left() - timeWidth), g.header.height());
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(restRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(rest, Qt::ElideRight, restRect.width()));

    // The text, wrapped, with the search words marked.
    QString text = index.data(TimelineModel::TextRole).toString();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);   // same length: search offsets still match
    QFont textFont = option.font;
    textFont.setItalic(pending);
    QTextLayout layout(text, textFont);
    layoutLines(layout, g.text.width());
    QList<QTextLayout::FormatRange> marks;
    for (const QString& word : m_highlight) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0 && !word.isEmpty();
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(word.size());
            range.format.setBackground(kHighlight);
            range.format.setForeground(kHighlightText);
            marks << range;
        }
    }
    painter->setPen(pending ? muted : textColor);
    layout.draw(painter, g.text.topLeft(), marks);
    painter->restore();
}

} // namespace warroom
