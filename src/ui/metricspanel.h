#pragma once
// The Metrics panel for managers: filters (window, severity, service, availability target),
// a one-line summary and five charts over a MetricsModel.

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class MetricsPanel;
}

namespace warroom {

class AvailabilityChart;
class DurationTrendChart;
class MetricsChart;
class MetricsModel;
class MtbfChart;
class SeverityMonthChart;
class TtrBoxChart;
class UserPrompts;

/// Shows a MetricsModel: the filter row drives the model's query (dates are whole UTC days;
/// the "to" day is included), the target availability only the availability chart. The
/// charts follow reportChanged(); while the panel is hidden they are redrawn when it is
/// shown again. The panel loads a stale model (MetricsModel::ensureLoaded) when it is shown
/// or invalidated while shown; a failure is reported through `prompts`. Without a model, or
/// over a database without incidents, an empty state explains how to get some. Exports (per
/// chart and the whole report as CSV) ask for file names through `prompts`.
class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    /// `prompts` must outlive the panel.
    explicit MetricsPanel(UserPrompts& prompts, QWidget* parent = nullptr);
    ~MetricsPanel() override;

    /// The model to show (not owned; may be nullptr). Resets the panel's filters to the
    /// model's.
    void setModel(MetricsModel* model);
    MetricsModel* model() const { return m_model; }

    DurationTrendChart* trendChart() const { return m_trend; }
    SeverityMonthChart* severityChart() const { return m_severity; }
    TtrBoxChart* ttrBoxChart() const { return m_box; }
    AvailabilityChart* availabilityChart() const { return m_availability; }
    MtbfChart* mtbfChart() const { return m_mtbf; }
    /// All five, in reading order.
    QList<MetricsChart*> charts() const;

public slots:
    /// Asks for a file name and writes the whole report as CSV (metricsReportToCsv).
    void exportReport();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onReportChanged();
    void loadModel();
    void refresh();
    void updateFilterWidgets();
    void updateServiceChoices();
    void updateSummary();
    void applyFrom();
    void applyTo();
    void applySeverity();
    void applyService();
    void resetFilters();

    std::unique_ptr<::Ui::MetricsPanel> m_ui;
    UserPrompts& m_prompts;
    MetricsModel* m_model = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    DurationTrendChart* m_trend = nullptr;
    SeverityMonthChart* m_severity = nullptr;
    TtrBoxChart* m_box = nullptr;
    AvailabilityChart* m_availability = nullptr;
    MtbfChart* m_mtbf = nullptr;
    QStringList m_serviceChoices;   ///< services in the service combo, as the model named them
    bool m_dirty = true;            ///< the charts do not show the model's current report
    bool m_updatingFilters = false; ///< filter widgets are being set from the model
};

} // namespace warroom
