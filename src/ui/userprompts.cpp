#include "userprompts.h"

#include "conflictdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace warroom {

ConflictResolution UserPrompts::resolveConflict(QWidget*, const Conflict&)
{
    return {};
}

QString DialogPrompts::openFileName(QWidget* parent, const QString& title, const QString& filter, FileMode mode)
{
    if (mode == FileMode::ExistingOrNew)
        return QFileDialog::getSaveFileName(parent, title, QString(), filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void DialogPrompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void DialogPrompts::showInfo(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void DialogPrompts::showAbout(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::about(parent, title, message);
}

ConflictResolution DialogPrompts::resolveConflict(QWidget* parent, const Conflict& conflict)
{
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.resolution();
}

std::optional<QString> UserPrompts::password(QWidget*, const QString&, const QString&)
{
    return std::nullopt;
}

std::optional<QString> DialogPrompts::password(QWidget* parent, const QString& title, const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace warroom
