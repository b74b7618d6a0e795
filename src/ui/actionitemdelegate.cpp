#include "actionitemdelegate.h"

#include "core/actionitem.h"
#include "models/actionitemmodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPainter>

namespace warroom {

QDateTime noDueDateValue()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
}

ActionItemDelegate::ActionItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ActionItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    constexpr int kDot = 10;
    QPixmap dot(kDot * 2, kDot * 2); // drawn at twice the size for high-DPI screens
    dot.setDevicePixelRatio(2.0);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(decoration.value<QColor>());
    painter.drawEllipse(QRectF(1, 1, kDot - 2, kDot - 2));
    painter.end();
    option->icon = QIcon(dot);
    option->decorationSize = QSize(kDot, kDot);
}

QWidget* ActionItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    auto makeCombo = [&] {
        auto* combo = new QComboBox(parent);
        combo->setFrame(false);
        // One pick is the whole edit.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<ActionItemDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    };
    switch (index.column()) {
    case ActionItemModel::OwnerColumn: {
        QComboBox* combo = makeCombo();
        combo->setObjectName(QStringLiteral("ownerEditor"));
        combo->addItem(tr("Unassigned"), QString());
        for (const QString& handle : m_people)
            combo->addItem(handle, handle);
        return combo;
    }
    case ActionItemModel::PriorityColumn: {
        QComboBox* combo = makeCombo();
        combo->setObjectName(QStringLiteral("priorityEditor"));
        for (ActionPriority p : {ActionPriority::High, ActionPriority::Medium, ActionPriority::Low})
            combo->addItem(actionPriorityDisplayName(p), int(p));
        return combo;
    }
    case ActionItemModel::StateColumn: {
        QComboBox* combo = makeCombo();
        combo->setObjectName(QStringLiteral("stateEditor"));
        for (ActionState s : {ActionState::Open, ActionState::InProgress, ActionState::Done, ActionState::Cancelled})
            combo->addItem(actionStateDisplayName(s), int(s));
        return combo;
    }
    case ActionItemModel::DueColumn: {
        auto* edit = new QDateTimeEdit(parent);
        edit->setObjectName(QStringLiteral("dueEditor"));
        edit->setFrame(false);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(m_zone == QTimeZone::utc() ? Qt::UTC : Qt::LocalTime);
        edit->setMinimumDateTime(noDueDateValue());
        edit->setSpecialValueText(tr("No due date"));
        return edit;
    }
    default: {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setObjectName(QStringLiteral("textEditor"));
        return editor;
    }
    }
}

void ActionItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        const QDateTime due = value.toDateTime();
        edit->setDateTime(due.isValid() ? due : edit->minimumDateTime());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        const QDateTime due = edit->dateTime();
        model->setData(index, due == edit->minimumDateTime() ? QDateTime() : due.toUTC());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace warroom
