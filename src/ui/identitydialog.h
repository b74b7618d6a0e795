#pragma once
// First start: who is using Warroom.

#include "models/identitysettings.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class IdentityDialog;
}

namespace warroom {

/// Checks a handle field as the user types: `hint` explains what is wrong (in red) or what
/// the handle is for; returns true when the handle is valid. A leading '@' is allowed.
bool validateHandleField(QLineEdit* handleEdit, QLabel* hint);

/// Asks for the user's name and handle (validated with isValidHandle; OK stays disabled
/// until it is valid). The caller stores the answer (saveIdentity, registerIdentity).
class IdentityDialog : public QDialog {
    Q_OBJECT
public:
    /// Pre-fills the fields with `suggestion` (e.g. a handle made from $USER).
    explicit IdentityDialog(const Identity& suggestion, QWidget* parent = nullptr);
    ~IdentityDialog() override;

    /// The name and handle entered (trimmed, without a leading '@').
    Identity identity() const;

private:
    std::unique_ptr<::Ui::IdentityDialog> m_ui;
};

} // namespace warroom
