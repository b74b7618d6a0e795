#pragma once
// The seam between the widgets and modal dialogs: production code asks the user through
// UserPrompts; tests pass an implementation that answers without showing anything.

#include <QString>

class QWidget;

namespace warroom {

/// Questions and messages for the user. Every call returns only when answered.
class UserPrompts {
public:
    enum class FileMode {
        Existing,        ///< an existing file (to read)
        ExistingOrNew,   ///< an existing file or a new name (a database to open or create)
    };

    virtual ~UserPrompts() = default;

    /// Absolute path of the chosen file; empty when the user cancelled. `filter` uses the
    /// QFileDialog syntax ("JSON files (*.json);;All files (*)").
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter,
                                 FileMode mode = FileMode::Existing) = 0;
    /// A failure the user should read; `message` is plain text.
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    /// An outcome the user should read; `message` is plain text.
    virtual void showInfo(QWidget* parent, const QString& title, const QString& message) = 0;
    /// The About box; `message` is rich text.
    virtual void showAbout(QWidget* parent, const QString& title, const QString& message) = 0;
};

/// UserPrompts through QFileDialog and QMessageBox.
class DialogPrompts final : public UserPrompts {
public:
    QString openFileName(QWidget* parent, const QString& title, const QString& filter, FileMode mode) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showInfo(QWidget* parent, const QString& title, const QString& message) override;
    void showAbout(QWidget* parent, const QString& title, const QString& message) override;
};

} // namespace warroom
