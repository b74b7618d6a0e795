#pragma once
// One incident: header, lifecycle times, durations and the timeline.

#include "core/incident.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QUndoStack;

namespace Ui {
class IncidentView;
}

namespace warroom {

class ActionItemsPanel;
class PostmortemPanel;
class IncidentTableModel;
class PresenceModel;
class TimelineEditor;
class TimelineModel;
class Workspace;

/// Shows the incident given to showIncident(): ref, title, severity chip, status,
/// commander, services, source; every lifecycle time in local time with its zone
/// abbreviation ("—" when unknown); TTD, TTM and TTR when both ends are known; then tabs:
/// the Timeline (TimelineEditor, "timelineEditor") and the Action items (ActionItemsPanel,
/// "actionItemsPanel"), titled with their counts, and the Postmortem (PostmortemPanel). Reads the incident from the
/// IncidentTableModel and follows its reloads.
/// The header counts down to the next stakeholder update (amber under 5 minutes, red when
/// overdue; hidden when none is due) and offers the action given to setPostUpdateAction().
/// A placeholder is shown while no incident is selected.
class IncidentView : public QWidget {
    Q_OBJECT
public:
    explicit IncidentView(QWidget* parent = nullptr);
    ~IncidentView() override;

    /// The models to read (not owned; from the same Workspace; nullptr for none).
    /// Shows the placeholder.
    void setModels(IncidentTableModel* incidents, TimelineModel* timeline);
    /// The action of the header's Post Update button (not owned; nullptr hides the button).
    void setPostUpdateAction(QAction* action);
    /// Where the timeline editor and the action items write, and the window's undo stack
    /// (both not owned; nullptr: read-only).
    void setEditing(Workspace* workspace, QUndoStack* undoStack);
    /// Who else has the shown incident open (not owned; nullptr: nobody shown). The view
    /// tells it which incident is shown and when the timeline's entry line is typed in, and
    /// shows "presenceLabel" above the tabs: "Also here: ana, bo — ana is typing…", hidden
    /// while nobody else is here.
    void setPresence(PresenceModel* presence);
    /// The Timeline tab: the scribe's live editor over the timeline model.
    TimelineEditor* timelineEditor() const;
    /// The Action items tab.
    ActionItemsPanel* actionItemsPanel() const;
    /// The Postmortem tab ("postmortemPanel").
    PostmortemPanel* postmortemPanel() const;

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
    void updateCountdown();
    void updatePresence();

    std::unique_ptr<::Ui::IncidentView> m_ui;
    IncidentTableModel* m_incidents = nullptr;
    TimelineModel* m_timeline = nullptr;
    QUuid m_incidentId;
    QList<TimeCell> m_times;       ///< Started .. Closed
    QList<TimeCell> m_durations;   ///< TTD, TTM, TTR
    QList<QMetaObject::Connection> m_modelConnections;
    PostmortemPanel* m_postmortemPanel = nullptr;
    QLabel* m_presenceLabel = nullptr;
    QPointer<PresenceModel> m_presence;
    QList<QMetaObject::Connection> m_presenceConnections;
};

} // namespace warroom
