#pragma once
// How the next-update countdown looks: a pill in the dashboard table and in the incident header.

#include "core/cadence.h"

#include <QStyledItemDelegate>

#include <optional>

class QLabel;

namespace warroom {

/// Paints IncidentTableModel's Next update column: the countdown right-aligned, inside an
/// amber (under 5 minutes) or red (overdue) pill when the index has a BackgroundRole colour.
class CountdownDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// Shows `text` in `label` styled for `state`: plain for Ok, an amber or red pill for Soon
/// and Overdue; the label is hidden when `state` is nullopt (no update due). Sets the label's
/// "countdownState" property to "ok", "soon", "overdue" or "" (for tests and style sheets).
void showCountdown(QLabel* label, const QString& text, std::optional<CountdownState> state);

/// "ok", "soon" or "overdue".
QString countdownStateKey(CountdownState state);

} // namespace warroom
