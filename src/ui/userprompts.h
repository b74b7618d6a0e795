#pragma once
// The seam between the widgets and modal dialogs: production code asks the user through
// UserPrompts; tests pass an implementation that answers without showing anything.

#include "core/conflict.h"

#include <QString>

#include <optional>

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
    /// Someone else saved what the user was editing: shows both side by side (ConflictDialog)
    /// and returns the user's choice. This default answers Cancel without asking (nothing is
    /// written; the user's text stays where it was typed).
    virtual ConflictResolution resolveConflict(QWidget* parent, const Conflict& conflict);
    /// A password, typed hidden; nullopt when the user cancelled. `label` says what it is for
    /// (plain text). This default answers nullopt, as if cancelled.
    virtual std::optional<QString> password(QWidget* parent, const QString& title, const QString& label);
};

/// UserPrompts through QFileDialog and QMessageBox.
class DialogPrompts final : public UserPrompts {
public:
    QString openFileName(QWidget* parent, const QString& title, const QString& filter, FileMode mode) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showInfo(QWidget* parent, const QString& title, const QString& message) override;
    void showAbout(QWidget* parent, const QString& title, const QString& message) override;
    ConflictResolution resolveConflict(QWidget* parent, const Conflict& conflict) override;
    std::optional<QString> password(QWidget* parent, const QString& title, const QString& label) override;
};

} // namespace warroom
