#pragma once
// Correct Times: fix a lifecycle time that was recorded wrong.

#include "core/lifecycle.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class CorrectTimeDialog;
}

namespace warroom {

/// Picks one lifecycle time of an incident (Started .. Closed; times of stages not reached
/// are disabled, except Started and Detected, which may be set when unknown), shows the
/// recorded value and takes the correct one in local time (to the second). OK stays disabled
/// while the new time is in the future or equal to the recorded one. Only collects;
/// IncidentActions writes the correction (which goes on the timeline with old and new value).
class CorrectTimeDialog : public QDialog {
    Q_OBJECT
public:
    CorrectTimeDialog(const Incident& incident, const QDateTime& nowUtc, QWidget* parent = nullptr);
    ~CorrectTimeDialog() override;

    LifecycleField field() const;
    /// Selects `field` if it may be corrected.
    void setField(LifecycleField field);
    /// The corrected time, UTC.
    QDateTime timeUtc() const;
    /// Sets the corrected time (UTC; shown in local time).
    void setTimeUtc(const QDateTime& timeUtc);

private:
    void showField();
    void validate();

    std::unique_ptr<::Ui::CorrectTimeDialog> m_ui;
    Incident m_incident;
    QDateTime m_now;
};

} // namespace warroom
