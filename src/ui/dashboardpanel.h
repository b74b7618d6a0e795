#pragma once
// The incident list: filters, counts, the table, and an empty state for a new database.

#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QPushButton;
class QTableView;
class QTimer;

namespace Ui {
class DashboardPanel;
}

namespace warroom {

class IncidentFilterProxy;
class IncidentTableModel;

/// Shows an IncidentTableModel through its own IncidentFilterProxy, in the war-room order
/// until a column header is clicked (a third click on a header returns to it). Refreshes
/// open incidents' durations every 30 s (IncidentTableModel::tick) and the next-update
/// countdowns every second (IncidentTableModel::tickCountdowns). When the model has no
/// rows at all an empty state explains how to get incidents, with an Import button that
/// triggers the action given to setImportAction(). Filtering never changes the current
/// incident: while the filters hide it, no row is highlighted and it stays current.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);
    ~DashboardPanel() override;

    /// The model to show (not owned; may be nullptr). Keeps the filters; clears the selection.
    void setIncidentModel(IncidentTableModel* model);
    IncidentTableModel* incidentModel() const { return m_model; }
    IncidentFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const;

    /// The action the empty state's Import button triggers (not owned).
    void setImportAction(QAction* action);
    /// The action of the empty state's Declare Incident button, its default (not owned;
    /// nullptr hides the button).
    void setDeclareAction(QAction* action);

    /// The incident the user picked (shown in the incident view), even while the filters
    /// hide its row; null when none.
    QUuid currentIncidentId() const;
    /// Makes the incident current and scrolls to it. False when it is not in the model or
    /// the filters hide it.
    bool selectIncident(const QUuid& id);

public slots:
    /// Puts the keyboard focus into the filter field, its text selected.
    void focusFilter();

signals:
    /// The user picked another incident (or it was deleted: a null id). Filtering and
    /// sorting never emit it.
    void incidentSelected(const QUuid& id);

private:
    void populateFilterCombos();
    void applySeverityFilter();
    void applyStatusFilter();
    void updateCounts();
    void updateEmptyState();
    void configureColumns();
    void onCurrentRowChanged(const QModelIndex& current);
    void syncSelection();
    QModelIndex proxyIndexFor(const QUuid& id) const;

    std::unique_ptr<::Ui::DashboardPanel> m_ui;
    IncidentTableModel* m_model = nullptr;
    IncidentFilterProxy* m_proxy = nullptr;
    QTimer* m_tickTimer = nullptr;
    QTimer* m_countdownTimer = nullptr;
    QAction* m_importAction = nullptr;
    QPushButton* m_declareButton = nullptr;
    QList<QMetaObject::Connection> m_declareConnections;
    QUuid m_current;          ///< the incident the user picked, even while the filters hide it
    bool m_adjusting = false; ///< rows are moving under the selection
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace warroom
