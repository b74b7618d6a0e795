#pragma once
// Painting helpers for incident tables: the severity chip ("SEV1", a rounded coloured label,
// also a widget for headers), status dots and padded cells.

#include "core/severity.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>
#include <QWidget>

namespace warroom {

/// Size of a chip showing `text` in `font` (the chip uses a bold variant of it).
QSize severityChipSize(const QFont& font, const QString& text);
/// Paints a chip for `level` showing `text`, of severityChipSize(), placed in `bounds` by
/// `alignment` (vertically centred). Colours come from severityColor()/severityTextColor().
void paintSeverityChip(QPainter* painter, const QRect& bounds, SeverityLevel level, const QString& text,
                       const QFont& font, Qt::Alignment alignment = Qt::AlignLeft);

/// A chip as a widget (for headers). Shows nothing while level() is 0.
class SeverityChip : public QWidget {
    Q_OBJECT
public:
    explicit SeverityChip(QWidget* parent = nullptr);

    SeverityLevel level() const { return m_level; }
    QString text() const { return m_text; }
    /// Shows `text` ("SEV1 Critical") in the colours of `level`; level 0 clears.
    void setSeverity(SeverityLevel level, const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SeverityLevel m_level = 0;
    QString m_text;
};

/// Paints the severity column as chips showing the code ("SEV1") of the index's
/// IncidentTableModel::SeverityLevelRole.
class SeverityChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// Draws a column whose DecorationRole is a QColor (the status column) as a small round
/// dot of that colour before the text, instead of the default square swatch.
class ColorDotDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    mutable QHash<QRgb, QIcon> m_dots;
};

/// Leaves `padding` pixels free on the right of each cell (for right-aligned numbers that
/// would otherwise touch the next column's text).
class RightPaddedDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RightPaddedDelegate(int padding, QObject* parent = nullptr)
        : QStyledItemDelegate(parent), m_padding(padding)
    {
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_padding;
};

} // namespace warroom
