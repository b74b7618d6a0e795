#include "userprompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace warroom {

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

} // namespace warroom
