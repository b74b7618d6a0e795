#include "severitychip.h"

#include "models/incidentcolors.h"
#include "models/incidenttablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace warroom {

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;

QFont chipFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

} // namespace

QSize severityChipSize(const QFont& font, const QString& text)
{
    const QFontMetrics fm(chipFont(font));
    return {fm.horizontalAdvance(text) + 2 * kHorizontalPadding, fm.height() + 2 * kVerticalPadding};
}

void paintSeverityChip(QPainter* painter, const QRect& bounds, SeverityLevel level, const QString& text,
                       const QFont& font, Qt::Alignment alignment)
{
    const QSize size = severityChipSize(font, text).boundedTo(bounds.size());
    int x = bounds.left();
    if (alignment & Qt::AlignHCenter)
        x = bounds.left() + (bounds.width() - size.width()) / 2;
    else if (alignment & Qt::AlignRight)
        x = bounds.right() + 1 - size.width();
    const QRectF chip(x, bounds.top() + (bounds.height() - size.height()) / 2.0, size.width(), size.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = chip.height() / 2.0;
    path.addRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, severityColor(level));
    painter->setFont(chipFont(font));
    painter->setPen(severityTextColor(level));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

SeverityChip::SeverityChip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void SeverityChip::setSeverity(SeverityLevel level, const QString& text)
{
    m_level = level;
    m_text = level > 0 ? text : QString();
    setToolTip(m_text);
    updateGeometry();
    update();
}

QSize SeverityChip::sizeHint() const
{
    if (m_level <= 0)
        return {0, 0};
    return severityChipSize(font(), m_text);
}

void SeverityChip::paintEvent(QPaintEvent*)
{
    if (m_level <= 0)
        return;
    QPainter painter(this);
    paintSeverityChip(&painter, rect(), m_level, m_text, font(), Qt::AlignLeft);
}

void SeverityChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int level = index.data(IncidentTableModel::SeverityLevelRole).toInt();
    // The cell background (selection, alternate rows, focus) without the text.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (level <= 0)
        return;
    const QRect area = option.rect.adjusted(6, 3, -4, -3);
    paintSeverityChip(painter, area, level, severityCode(level), option.font, Qt::AlignLeft);
}

QSize SeverityChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int level = index.data(IncidentTableModel::SeverityLevelRole).toInt();
    const QSize chip = severityChipSize(option.font, severityCode(std::max(level, 1)));
    return {chip.width() + 12, chip.height() + 6};
}

void ColorDotDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    const QColor color = decoration.value<QColor>();
    auto it = m_dots.find(color.rgba());
    if (it == m_dots.end()) {
        constexpr int kSize = 64;   // drawn large, scaled down smoothly by QIcon
        QPixmap pixmap(kSize, kSize);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(8, 8, kSize - 16, kSize - 16));
        painter.end();
        it = m_dots.insert(color.rgba(), QIcon(pixmap));
    }
    option->icon = *it;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = std::max(8, option->fontMetrics.height() * 3 / 5);
    option->decorationSize = QSize(side, side);
}

void RightPaddedDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The full cell background first, then the content in the narrower rectangle.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    QStyleOptionViewItem content = option;
    content.rect.adjust(0, 0, -m_padding, 0);
    QStyledItemDelegate::paint(painter, content, index);
}

} // namespace warroom
