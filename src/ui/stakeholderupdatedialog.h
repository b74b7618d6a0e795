#pragma once
// Post Stakeholder Update: the public update, written from a template.

#include "core/incident.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class StakeholderUpdateDialog;
}

namespace warroom {

/// The parts of a stakeholder update. `nextUpdateAt` (UTC) is null when none is promised.
struct StakeholderUpdateDraft {
    QString status;
    QString impact;
    QString nextSteps;
    QDateTime nextUpdateAt;

    /// The update as stakeholders read it, one labelled line or paragraph per non-empty part:
    /// "Current status: …", "Impact: …", "Next steps: …", "Next update: by 14:30 UTC" (the date
    /// is added when it is not the UTC day of `nowUtc`).
    QString toText(const QDateTime& nowUtc) const;
};

/// Composes a stakeholder update for one incident: current status (pre-filled with the
/// incident's), impact (pre-filled with its summary), next steps and when the next update
/// will come (pre-filled with now plus the severity's cadence), with a live preview of the
/// text. Shows when the last update went out and the cadence. Post stays disabled until
/// status and impact are filled in. Only collects; IncidentActions posts.
class StakeholderUpdateDialog : public QDialog {
    Q_OBJECT
public:
    /// `lastUpdateAt` (UTC) is null when none was posted; `cadenceSeconds` 0 means none.
    StakeholderUpdateDialog(const Incident& incident, qint64 cadenceSeconds, const QDateTime& lastUpdateAt,
                            const QDateTime& nowUtc, QWidget* parent = nullptr);
    ~StakeholderUpdateDialog() override;

    StakeholderUpdateDraft draft() const;
    /// The update as posted: draft().toText() with "today" being the day the dialog opened.
    QString text() const;

private:
    void updatePreview();

    std::unique_ptr<::Ui::StakeholderUpdateDialog> m_ui;
    QDateTime m_now;
};

} // namespace warroom
