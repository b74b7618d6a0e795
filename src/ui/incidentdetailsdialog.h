#pragma once
// Edit Details: the title and summary of an incident.

#include "core/incident.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IncidentDetailsDialog;
}

namespace warroom {

/// Edits title ("titleEdit") and summary ("summaryEdit") of `incident`; Save
/// ("saveDetailsButton") stays disabled while the title is empty or nothing changed. Only
/// collects; IncidentActions writes it (IncidentService::editDetails, at the version shown).
class IncidentDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit IncidentDetailsDialog(const Incident& incident, QWidget* parent = nullptr);
    ~IncidentDetailsDialog() override;

    /// The incident as it was when the dialog opened (its version is the one edited).
    const Incident& incident() const { return m_incident; }
    QString title() const;
    QString summary() const;

private:
    void validate();

    std::unique_ptr<::Ui::IncidentDetailsDialog> m_ui;
    Incident m_incident;
};

} // namespace warroom
