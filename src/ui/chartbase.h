#pragma once
// What every metric chart shares: title and note inside the plot (so exports explain
// themselves), palette-following colours, an empty-state message, hover tooltips, and
// export to PNG, PDF and CSV through UserPrompts.

#include "core/metrics.h"
#include "core/result.h"
#include "core/severity.h"

#include <qcustomplot.h>

class QAction;
class QToolButton;

namespace warroom {

class UserPrompts;

/// Base of the Metrics panel's charts. A chart shows one MetricsReport (setReport()); a
/// subclass builds its plottables in rebuild(), which runs again whenever the report, the
/// palette or a chart setting changes, so colours always come from the current palette:
/// background QPalette::Base, text QPalette::Text, axes and grid mixed from the two
/// (readable on light and dark palettes).
///
/// Hovering shows toolTipAt(): exact values and the formula. The context menu and the
/// "Export" button offer PNG, PDF and CSV (the series shown, a header row first), and
/// "Reset Zoom" on charts with a zoomable time axis. File names are asked through the
/// UserPrompts given to setPrompts(); failures are shown through it too.
class MetricsChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit MetricsChart(QWidget* parent = nullptr);
    ~MetricsChart() override;

    /// Shows `report` with the level names of `scale`.
    void setReport(const MetricsReport& report, const SeverityScale& scale);
    const MetricsReport& report() const { return m_report; }
    const SeverityScale& severityScale() const { return m_scale; }
    /// False until the first setReport().
    bool hasReport() const { return m_hasReport; }

    /// The chart's title ("Time to acknowledge, mitigate and resolve").
    QString title() const;
    /// The short explanation under the title (what is drawn, notes such as "20 of 57").
    QString note() const;
    /// The message shown instead of axes when there is nothing to draw; empty otherwise.
    QString emptyMessage() const { return m_emptyMessage; }

    /// The tooltip for widget position `pos`: exact values and the formula of what is under
    /// it, as plain text lines; empty when nothing is. Hovering shows it (as rich text, the
    /// first line bold, each " — formula" tail on a line of its own).
    virtual QString toolTipAt(const QPointF& pos) const = 0;
    /// The series shown, as CSV: a header row, then one row per point or bar; RFC 4180
    /// quoting, "\r\n" line ends, durations in seconds, times ISO 8601 UTC.
    virtual QByteArray toCsv() const = 0;

    /// PNG of the chart at its current size (times the device pixel ratio). Error "io".
    Result<void> exportPng(const QString& path);
    /// PDF of the chart (vector) at its current size. Error "io".
    Result<void> exportPdf(const QString& path);
    /// toCsv() written to `path`. Error "io".
    Result<void> exportCsv(const QString& path);

    /// Where export file names are asked and errors shown (not owned; nullptr disables the
    /// export actions).
    void setPrompts(UserPrompts* prompts);

    QAction* exportPngAction() const { return m_exportPng; }
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    /// Only visible on charts with a time axis.
    QAction* resetZoomAction() const { return m_resetZoom; }

    /// Graphs with at least this many points are drawn without antialiasing.
    static constexpr int kAntialiasLimit = 5000;
    /// Settings for a graph of `points` points: adaptive sampling on, antialiasing only
    /// for small series. Every graph of the charts goes through here.
    static void tuneForSize(QCPGraph* graph, qsizetype points);

public slots:
    /// Shows the whole time range again after zooming or panning.
    void resetZoom();

protected:
    /// Clears plottables and items, restyles the axes from the palette, shows the title and
    /// note; subclasses then add their plottables. Called by rebuild().
    void resetPlot();
    /// Builds the plottables for report(); must call resetPlot() first and replot() last.
    virtual void rebuild() = 0;
    /// The range resetZoom() returns to (the data's full time range).
    virtual QCPRange fullTimeRange() const { return xAxis->range(); }

    void setTitle(const QString& title);
    void setNote(const QString& note);
    /// Hides the axes and shows `message` in the middle instead.
    void showEmptyMessage(const QString& message);
    /// Horizontal drag and wheel zoom on the bottom (time) axis; shows "Reset Zoom".
    void enableTimeZoom();
    /// Puts the legend in a row under the plot, items side by side.
    void placeLegendBelow();

    /// Palette-derived colours.
    QColor textColor() const;
    QColor noteColor() const;
    QColor axisColor() const;
    QColor gridColor() const;
    QColor backgroundColor() const;
    /// `color` made lighter when the background is dark, so series stay readable.
    QColor seriesColor(const QColor& color) const;
    /// True when the palette's base colour is dark.
    bool isDarkPalette() const;
    /// Styles `axis` (pens, labels, grid) from the palette.
    void styleAxis(QCPAxis* axis) const;

    /// The axis rect's area in widget coordinates, for hit tests in toolTipAt().
    bool insidePlotArea(const QPointF& pos) const;

    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void askAndExport(const QString& title, const QString& filter, const QString& suffix,
                      Result<void> (MetricsChart::*exporter)(const QString&));
    void positionExportButton();
    void wrapNote();

    MetricsReport m_report;
    SeverityScale m_scale;
    QCPTextElement* m_titleElement = nullptr;
    QCPTextElement* m_noteElement = nullptr;
    QString m_note;   ///< as set; the element shows it wrapped to the width
    QString m_emptyMessage;
    UserPrompts* m_prompts = nullptr;
    QToolButton* m_exportButton = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_resetZoom = nullptr;
    bool m_hasReport = false;
    bool m_timeZoom = false;
    bool m_rebuilding = false;
};

/// Quotes one CSV field (RFC 4180) when it holds a comma, quote or line break.
QString chartCsvField(const QString& text);
/// Joins rows of fields into CSV text with "\r\n" line ends (a trailing one included).
QByteArray chartCsv(const QList<QStringList>& rows);
/// A number for CSV: full precision, empty when absent.
QString chartCsvNumber(const std::optional<double>& value);

} // namespace warroom
