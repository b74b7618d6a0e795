#pragma once
// One incident: header, lifecycle times, durations and the timeline.

#include "core/incident.h"

#include <QUuid>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class IncidentView;
}

namespace warroom {

class IncidentTableModel;
class TimelineModel;

/// Shows the incident given to showIncident(): ref, title, severity chip, status,
/// commander, services, source; every lifecycle time in local time with its zone
/// abbreviation ("—" when unknown); TTD, TTM and TTR when both ends are known; and the
/// timeline. Reads the incident from the IncidentTableModel and follows its reloads.
/// A placeholder is shown while no incident is selected.
class IncidentView : public QWidget {
    Q_OBJECT
public:
    explicit IncidentView(QWidget* parent = nullptr);
    ~IncidentView() override;

    /// The models to read (not owned; from the same Workspace; nullptr for none).
    /// Shows the placeholder.
    void setModels(IncidentTableModel* incidents, TimelineModel* timeline);

    /// The incident shown; null when the placeholder is.
    QUuid incidentId() const { return m_incidentId; }

public slots:
    /// Shows that incident and loads its timeline; a null or unknown id shows the placeholder.
    void showIncident(const QUuid& id);

private:
    struct TimeCell {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
    };
    void buildTimesGrid();
    void refresh();
    void showDetails(const Incident& incident);
    void updateTimelineCount();

    std::unique_ptr<::Ui::IncidentView> m_ui;
    IncidentTableModel* m_incidents = nullptr;
    TimelineModel* m_timeline = nullptr;
    QUuid m_incidentId;
    QList<TimeCell> m_times;       ///< Started .. Closed
    QList<TimeCell> m_durations;   ///< TTD, TTM, TTR
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace warroom
