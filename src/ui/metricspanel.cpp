#include "metricspanel.h"
#include "ui_metricspanel.h"

#include "charts.h"
#include "chartaxes.h"
#include "userprompts.h"

#include "interchange/metricsformat.h"
#include "models/metricsmodel.h"

#include <QCompleter>
#include <QFileInfo>
#include <QLineEdit>
#include <QSaveFile>
#include <QTimeZone>

namespace warroom {

namespace {

constexpr int kChartMinHeight = 280;
constexpr int kServiceChartMinHeight = 440;   // 20 service rows stay legible

QDateTime dayStartUtc(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

/// "mean 1d 7h, p90 2d 4h" or "no data".
QString meanAndP90(const DurationStats& s)
{
    if (!s.mean || !s.p90)
        return MetricsPanel::tr("no data");
    return MetricsPanel::tr("mean %1, p90 %2").arg(chartDurationLabel(*s.mean), chartDurationLabel(*s.p90));
}

} // namespace

MetricsPanel::MetricsPanel(UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::MetricsPanel>()), m_prompts(prompts)
{
    m_ui->setupUi(this);

    QFont heading = m_ui->metricsHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->metricsHeading->setFont(heading);
    m_ui->metricsSummary->setForegroundRole(QPalette::PlaceholderText);
    m_ui->metricsSummary->setContentsMargins(12, 0, 0, 0);
    QFont emptyTitle = m_ui->metricsEmptyTitle->font();
    emptyTitle.setPointSizeF(emptyTitle.pointSizeF() * 1.5);
    emptyTitle.setBold(true);
    m_ui->metricsEmptyTitle->setFont(emptyTitle);
    m_ui->metricsEmptyText->setForegroundRole(QPalette::PlaceholderText);

    // Dates and the target apply when typing is finished, not at every keystroke.
    m_ui->metricsFrom->setKeyboardTracking(false);
    m_ui->metricsTo->setKeyboardTracking(false);
    m_ui->metricsTarget->setKeyboardTracking(false);

    m_ui->metricsSeverity->addItem(tr("All severities"), 0);
    QCompleter* completer = m_ui->metricsService->completer();
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->metricsService->lineEdit()->setPlaceholderText(tr("All services"));
    m_ui->metricsService->lineEdit()->setClearButtonEnabled(true);

    m_trend = new DurationTrendChart(m_ui->metricsCharts);
    m_severity = new SeverityMonthChart(m_ui->metricsCharts);
    m_box = new TtrBoxChart(m_ui->metricsCharts);
    m_availability = new AvailabilityChart(m_ui->metricsCharts);
    m_mtbf = new MtbfChart(m_ui->metricsCharts);
    // The time series on top, the trend twice as wide; the per-severity and per-service
    // charts below, where the service charts get the height their 20 rows need.
    m_ui->metricsChartsGrid->addWidget(m_trend, 0, 0, 1, 2);
    m_ui->metricsChartsGrid->addWidget(m_severity, 0, 2);
    m_ui->metricsChartsGrid->addWidget(m_box, 1, 0);
    m_ui->metricsChartsGrid->addWidget(m_availability, 1, 1);
    m_ui->metricsChartsGrid->addWidget(m_mtbf, 1, 2);
    m_ui->metricsChartsGrid->setRowStretch(0, 4);
    m_ui->metricsChartsGrid->setRowStretch(1, 5);
    for (int column = 0; column < 3; ++column)
        m_ui->metricsChartsGrid->setColumnStretch(column, 1);
    for (MetricsChart* chart : charts()) {
        chart->setPrompts(&m_prompts);
        chart->setMinimumHeight(chart == m_availability || chart == m_mtbf || chart == m_box ? kServiceChartMinHeight
                                                                                            : kChartMinHeight);
    }
    m_availability->setTarget(m_ui->metricsTarget->value());

    connect(m_ui->metricsFrom, &QDateEdit::dateChanged, this, &MetricsPanel::applyFrom);
    connect(m_ui->metricsTo, &QDateEdit::dateChanged, this, &MetricsPanel::applyTo);
    connect(m_ui->metricsSeverity, &QComboBox::currentIndexChanged, this, &MetricsPanel::applySeverity);
    connect(m_ui->metricsService, &QComboBox::activated, this, &MetricsPanel::applyService);
    connect(m_ui->metricsService->lineEdit(), &QLineEdit::editingFinished, this, &MetricsPanel::applyService);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &MetricsPanel::applyService);
    connect(m_ui->metricsTarget, &QDoubleSpinBox::valueChanged, m_availability, &AvailabilityChart::setTarget);
    connect(m_ui->metricsResetFilters, &QPushButton::clicked, this, &MetricsPanel::resetFilters);
    connect(m_ui->metricsExportReport, &QPushButton::clicked, this, &MetricsPanel::exportReport);

    refresh();
}

MetricsPanel::~MetricsPanel() = default;

QList<MetricsChart*> MetricsPanel::charts() const
{
    return {m_trend, m_severity, m_box, m_availability, m_mtbf};
}

void MetricsPanel::setModel(MetricsModel* model)
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        m_modelConnections << connect(model, &MetricsModel::reportChanged, this, &MetricsPanel::onReportChanged)
                           << connect(model, &MetricsModel::invalidated, this, [this] {
                                  if (isVisible())
                                      loadModel();
                              });
    }
    m_serviceChoices.clear();
    {
        const QSignalBlocker block(m_ui->metricsSeverity);
        m_ui->metricsSeverity->clear();
        m_ui->metricsSeverity->addItem(tr("All severities"), 0);
        if (model) {
            for (const SeverityDefinition& d : model->severityScale().levels())
                m_ui->metricsSeverity->addItem(model->severityScale().label(d.level), d.level);
        }
    }
    onReportChanged();
    if (isVisible())
        loadModel();
}

void MetricsPanel::loadModel()
{
    if (!m_model)
        return;
    if (auto loaded = m_model->ensureLoaded(); !loaded)
        m_prompts.showError(this, tr("Cannot Show Metrics"), loaded.error().message);
}

void MetricsPanel::onReportChanged()
{
    updateServiceChoices();
    updateFilterWidgets();
    updateSummary();
    m_dirty = true;
    if (isVisible())
        refresh();
}

void MetricsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadModel();   // refreshes through reportChanged() when it reads
    if (m_dirty)
        refresh();
}

void MetricsPanel::refresh()
{
    const bool hasIncidents = m_model && m_model->incidentCount() > 0;
    m_ui->metricsStack->setCurrentWidget(hasIncidents ? static_cast<QWidget*>(m_ui->metricsChartsPage) : m_ui->metricsEmptyState);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->metricsFrom, m_ui->metricsTo, m_ui->metricsSeverity,
                                                      m_ui->metricsService, m_ui->metricsTarget, m_ui->metricsResetFilters,
                                                      m_ui->metricsExportReport})
        w->setEnabled(hasIncidents);
    if (hasIncidents) {
        for (MetricsChart* chart : charts())
            chart->setReport(m_model->report(), m_model->severityScale());
    }
    m_dirty = false;
}

void MetricsPanel::updateFilterWidgets()
{
    if (!m_model)
        return;
    m_updatingFilters = true;
    const MetricsReport& report = m_model->report();
    if (report.from.isValid()) {
        const QSignalBlocker block(m_ui->metricsFrom);
        m_ui->metricsFrom->setDate(report.from.toUTC().date());
    }
    if (report.to.isValid()) {
        const QSignalBlocker block(m_ui->metricsTo);
        m_ui->metricsTo->setDate(report.to.toUTC().addMSecs(-1).date());   // `to` is exclusive
    }
    {
        const QSignalBlocker block(m_ui->metricsSeverity);
        const int index = m_ui->metricsSeverity->findData(m_model->severity());
        m_ui->metricsSeverity->setCurrentIndex(std::max(index, 0));
    }
    {
        const QSignalBlocker block(m_ui->metricsService);
        const QString service = m_model->service();
        const int index = service.isEmpty() ? -1 : m_ui->metricsService->findData(service);
        m_ui->metricsService->setCurrentIndex(index);
        m_ui->metricsService->setEditText(service);
    }
    m_updatingFilters = false;
}

void MetricsPanel::updateServiceChoices()
{
    const QStringList names = m_model ? m_model->serviceNames() : QStringList();
    if (names == m_serviceChoices)
        return;
    m_serviceChoices = names;
    const QSignalBlocker block(m_ui->metricsService);
    m_ui->metricsService->clear();
    for (const QString& name : names)
        m_ui->metricsService->addItem(name, name);
    m_ui->metricsService->setCurrentIndex(-1);
}

void MetricsPanel::updateSummary()
{
    if (!m_model || m_model->incidentCount() == 0) {
        m_ui->metricsSummary->clear();
        return;
    }
    const MetricsReport& r = m_model->report();
    const QString window = tr("%1 to %2 UTC")
                               .arg(r.from.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                                    r.to.toUTC().addMSecs(-1).toString(QStringLiteral("yyyy-MM-dd")));
    const QString incidents = r.incidents == 1 ? tr("1 incident") : tr("%1 incidents").arg(r.incidents);
    m_ui->metricsSummary->setText(tr("%1, %2 · MTTA %3 · MTTM %4 · MTTR %5")
                                    .arg(incidents, window, meanAndP90(r.tta), meanAndP90(r.ttm), meanAndP90(r.ttr)));
}

void MetricsPanel::applyFrom()
{
    if (m_model && !m_updatingFilters)
        m_model->setFrom(dayStartUtc(m_ui->metricsFrom->date()));
}

void MetricsPanel::applyTo()
{
    if (m_model && !m_updatingFilters)
        m_model->setTo(dayStartUtc(m_ui->metricsTo->date().addDays(1)));   // the day is included
}

void MetricsPanel::applySeverity()
{
    if (m_model && !m_updatingFilters)
        m_model->setSeverity(m_ui->metricsSeverity->currentData().toInt());
}

void MetricsPanel::applyService()
{
    if (!m_model || m_updatingFilters)
        return;
    const QString text = m_ui->metricsService->currentText().trimmed();
    QString service;
    if (!text.isEmpty()) {
        for (const QString& name : std::as_const(m_serviceChoices)) {
            if (name.compare(text, Qt::CaseInsensitive) == 0) {
                service = name;
                break;
            }
        }
        if (service.isEmpty()) {
            updateFilterWidgets();   // not a service: show the filter in effect again
            return;
        }
    }
    m_model->setService(service);
    updateFilterWidgets();   // the service's spelling as the incidents name it
}

void MetricsPanel::resetFilters()
{
    if (m_model)
        m_model->clearFilters();
}

void MetricsPanel::exportReport()
{
    if (!m_model)
        return;
    QString path = m_prompts.openFileName(window(), tr("Export Metrics Report as CSV"), tr("CSV files (*.csv)"),
                                          UserPrompts::FileMode::ExistingOrNew);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(metricsReportToCsv(m_model->report(), m_model->severityScale())) < 0 || !file.commit()) {
        m_prompts.showError(window(), tr("Cannot Export Report"),
                            tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
    }
}

} // namespace warroom
