#pragma once
// Edit ▸ Settings: who you are and the stakeholder-update cadence.

#include "core/severity.h"
#include "models/identitysettings.h"

#include <QDialog>

#include <memory>

class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace warroom {

/// Edits the identity (name and handle, validated) and the update cadence of every
/// severity level in minutes (0 = none; spin boxes named "cadenceSpin1", "cadenceSpin2", …).
/// Restore Defaults resets the cadences to SeverityScale's. Only collects; the caller stores
/// and applies the values (IncidentActions).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const Identity& identity, const SeverityScale& scale, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    Identity identity() const;
    /// `scale` given to the constructor with the cadences entered.
    SeverityScale severityScale() const;

private:
    void validate();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    SeverityScale m_scale;
    QList<QSpinBox*> m_cadenceSpins; ///< in the order of m_scale.levels()
};

} // namespace warroom
