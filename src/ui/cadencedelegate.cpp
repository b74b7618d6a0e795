#include "cadencedelegate.h"

#include "models/cadencesettings.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace warroom {

namespace {

constexpr int kPillPadding = 7;
constexpr int kRightMargin = 12;

} // namespace

QString countdownStateKey(CountdownState state)
{
    switch (state) {
    case CountdownState::Ok: return QStringLiteral("ok");
    case CountdownState::Soon: return QStringLiteral("soon");
    case CountdownState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

void CountdownDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant background = index.data(Qt::BackgroundRole);
    const QString text = opt.text;
    // The cell (selection, alternate rows) without the text and without the state colour.
    opt.text.clear();
    opt.backgroundBrush = QBrush();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QRect area = option.rect.adjusted(4, 0, -kRightMargin, 0);
    if (background.typeId() != QMetaType::QColor) {
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int width = std::min(area.width(), fm.horizontalAdvance(text) + 2 * kPillPadding);
    const int height = std::min(area.height() - 4, fm.height() + 4);
    const QRectF pill(area.right() + 1 - width, area.top() + (area.height() - height) / 2.0, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, background.value<QColor>());
    painter->setFont(bold);
    painter->setPen(index.data(Qt::ForegroundRole).value<QColor>());
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * kPillPadding + kRightMargin;
    return size;
}

void showCountdown(QLabel* label, const QString& text, std::optional<CountdownState> state)
{
    label->setProperty("countdownState", state ? countdownStateKey(*state) : QString());
    if (!state) {
        label->hide();
        label->clear();
        return;
    }
    label->setText(text);
    // Room for the bold text and the padding: the row may be crowded, the countdown must not be cut.
    QFont bold = label->font();
    bold.setBold(true);
    label->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 2 * 8 + 4);
    if (*state == CountdownState::Ok) {
        label->setStyleSheet(QStringLiteral("QLabel { padding: 2px 8px; }"));
    } else {
        label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 9px; "
                                            "padding: 2px 8px; font-weight: bold; }")
                                 .arg(countdownColor(*state).name(), countdownTextColor(*state).name()));
    }
    label->show();
}

} // namespace warroom
