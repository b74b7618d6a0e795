#pragma once
// Settings ▸ Escalation policies: who is paged, when, while nobody acknowledges.

#include "core/escalation.h"
#include "storage/escalationrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace warroom {

/// Lists the escalation policies; the selected one is edited on the right: name, the
/// incidents it applies to (minimum severity, service, default), the ordered steps (delay in
/// minutes, target kind, target) with add, remove, move up and down, and the repeat count
/// and interval. Save writes the policy with its version check (a conflict is shown, and the
/// list reloads); refusals from EscalationPolicy::validate() are shown under the editor.
/// Object names: policyList, addPolicyButton, removePolicyButton, nameEdit, severityCombo,
/// serviceEdit, defaultCheck, stepsTable, addStepButton, removeStepButton, stepUpButton,
/// stepDownButton, repeatSpin, repeatIntervalSpin, saveButton, errorLabel.
class EscalationPoliciesDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` must stay open while the dialog lives.
    explicit EscalationPoliciesDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ~EscalationPoliciesDialog() override;

    /// The policy as the editor shows it now (not yet saved).
    EscalationPolicy editedPolicy() const;
    /// The policies as last loaded.
    const QList<EscalationPolicy>& policies() const { return m_policies; }

public slots:
    /// Reloads the list from the database and selects the policy named `select` (or the first).
    void reload(const QString& select = {});
    /// Starts a new, unsaved policy with one step.
    void newPolicy();
    /// Saves the edited policy (creates it when new). False when refused; the reason is shown.
    bool save();
    void removeSelected();
    void addStep();
    void removeStep();
    void moveStep(int by);

private:
    void showPolicy(int row);
    void setStepRow(int row, const EscalationStep& step);
    void showError(const QString& message);

    EscalationRepository m_repo;
    QList<EscalationPolicy> m_policies;
    EscalationPolicy m_current; ///< the policy being edited (null id: new)
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_service = nullptr;
    QCheckBox* m_default = nullptr;
    QTableWidget* m_steps = nullptr;
    QSpinBox* m_repeat = nullptr;
    QSpinBox* m_repeatInterval = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace warroom
