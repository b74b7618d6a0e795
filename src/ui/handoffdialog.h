#pragma once
// The hand-off brief: what the outgoing holder of a role tells the incoming one.

#include "core/clock.h"
#include "core/result.h"
#include "core/roles.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class HandOffDialog;
}

namespace warroom {

class PeopleModel;

/// Asks for the incoming holder and the brief: current objectives, open action items, when
/// the next stakeholder update is due (shown in local time, returned in UTC) and notes.
/// OK hands the answers to the submitter; when it refuses, its message is shown in the
/// dialog (errorLabel) and the dialog stays open. Writes nothing itself.
class HandOffDialog : public QDialog {
    Q_OBJECT
public:
    /// Carries out the hand-off; an Error keeps the dialog open.
    using Submitter = std::function<Result<void>(const QString& toHandle, const HandOffBrief& brief)>;

    /// `people` (not owned) lists who can take over; `clock` (must outlive the dialog)
    /// drives the "in 12:05" hint next to the due time.
    HandOffDialog(PeopleModel* people, const Clock& clock, QWidget* parent = nullptr);
    ~HandOffDialog() override;

    /// What is handed off: `role` of `incidentText` ("INC-12 · Checkout errors"), held by
    /// `holderHandle` (not offered as the incoming holder) shown as `holderLabel`.
    void setRole(IncidentRole role, const QString& incidentText, const QString& holderHandle,
                 const QString& holderLabel);
    IncidentRole role() const { return m_role; }
    /// Pre-selects the incoming holder.
    void setIncoming(const QString& handle);
    /// Fills the fields from `brief` (e.g. RoleBoardModel::draftBrief()).
    void setBrief(const HandOffBrief& brief);
    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }

    /// The incoming holder named in the To field; empty when it names nobody (or several).
    QString incomingHandle() const;
    /// The brief as entered; nextUpdateDue in UTC, null when "Due at" is unchecked.
    HandOffBrief brief() const;

public slots:
    /// Checks the incoming holder, then submits; closes only on success.
    void accept() override;

private:
    void showError(const QString& message);
    void updateDueHint();

    std::unique_ptr<::Ui::HandOffDialog> m_ui;
    const Clock& m_clock;
    IncidentRole m_role = IncidentRole::Commander;
    QString m_holder;
    Submitter m_submitter;
};

} // namespace warroom
