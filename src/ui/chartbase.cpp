#include "chartbase.h"

#include "userprompts.h"

#include <QAction>
#include <QFileInfo>
#include <QFontMetrics>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>
#include <QToolTip>

namespace warroom {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// toolTipAt()'s plain text as the tooltip shows it: the first line bold, no line wrapped
/// inside (QToolTip would break them anywhere), a " — formula" tail on its own line in italics.
QString toolTipHtml(const QString& text)
{
    QStringList html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const qsizetype dash = line.indexOf(QStringLiteral(" — "));
        QString body = (dash > 0 ? line.left(dash) : line).toHtmlEscaped();
        if (i == 0)
            body = QStringLiteral("<b>%1</b>").arg(body);
        html << QStringLiteral("<nobr>%1</nobr>").arg(body);
        if (dash > 0)
            html << QStringLiteral("<nobr>&nbsp;&nbsp;&nbsp;&nbsp;<i>%1</i></nobr>").arg(line.mid(dash + 3).toHtmlEscaped());
    }
    return html.join(QStringLiteral("<br>"));
}

QString ioError(const QString& path)
{
    return MetricsChart::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
}

} // namespace

MetricsChart::MetricsChart(QWidget* parent) : QCustomPlot(parent)
{
    setMouseTracking(true);
    setAutoAddPlottableToLegend(false);
    setNoAntialiasingOnDrag(true);
    setMinimumSize(320, 240);
    xAxis2->setVisible(false);
    yAxis2->setVisible(false);
    legend->setVisible(false);

    m_titleElement = new QCPTextElement(this);
    m_titleElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_titleElement->setMargins(QMargins(10, 8, 90, 0));   // room for the Export button on the right
    m_noteElement = new QCPTextElement(this);
    m_noteElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_noteElement->setMargins(QMargins(10, 2, 10, 2));
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_titleElement);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, m_noteElement);

    m_exportPng = new QAction(tr("Export as &PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("chartExportPng"));
    m_exportPdf = new QAction(tr("Export as P&DF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("chartExportPdf"));
    m_exportCsv = new QAction(tr("Export Data as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("chartExportCsv"));
    m_resetZoom = new QAction(tr("&Reset Zoom"), this);
    m_resetZoom->setObjectName(QStringLiteral("chartResetZoom"));
    m_resetZoom->setVisible(false);
    for (QAction* a : {m_exportPng, m_exportPdf, m_exportCsv})
        a->setEnabled(false);   // until setPrompts()
    connect(m_exportPng, &QAction::triggered, this, [this] {
        askAndExport(tr("Export Chart as PNG"), tr("PNG images (*.png)"), QStringLiteral(".png"),
                     &MetricsChart::exportPng);
    });
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        askAndExport(tr("Export Chart as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"),
                     &MetricsChart::exportPdf);
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        askAndExport(tr("Export Chart Data as CSV"), tr("CSV files (*.csv)"), QStringLiteral(".csv"),
                     &MetricsChart::exportCsv);
    });
    connect(m_resetZoom, &QAction::triggered, this, &MetricsChart::resetZoom);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    addActions({m_resetZoom, separator, m_exportPng, m_exportPdf, m_exportCsv});
    setContextMenuPolicy(Qt::ActionsContextMenu);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as PNG or PDF, or its data as CSV"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    auto* menu = new QMenu(m_exportButton);
    menu->addActions({m_exportPng, m_exportPdf, m_exportCsv});
    m_exportButton->setMenu(menu);
    m_exportButton->setEnabled(false);
    positionExportButton();
}

MetricsChart::~MetricsChart() = default;

void MetricsChart::setReport(const MetricsReport& report, const SeverityScale& scale)
{
    m_report = report;
    m_scale = scale;
    m_hasReport = true;
    m_rebuilding = true;
    rebuild();
    m_rebuilding = false;
}

QString MetricsChart::title() const
{
    return m_titleElement->text();
}

QString MetricsChart::note() const
{
    return m_note;
}

void MetricsChart::setTitle(const QString& title)
{
    m_titleElement->setText(title);
}

void MetricsChart::setNote(const QString& note)
{
    m_note = note;
    wrapNote();
}

void MetricsChart::wrapNote()
{
    // QCPTextElement does not wrap: break the note into lines that fit the chart's width,
    // preferring the " · " between its parts.
    const QFontMetrics metrics(m_noteElement->font());
    const int available = std::max(width() - 24, 120);
    QStringList lines;
    QString line;
    const QStringList words = m_note.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > available) {
            if (line.endsWith(QStringLiteral(" ·"))) {
                line.chop(2);
                lines << line;
                line = word;
            } else {
                const qsizetype dot = line.lastIndexOf(QStringLiteral(" · "));
                if (dot > 0 && metrics.horizontalAdvance(line.mid(dot + 3) + QLatin1Char(' ') + word) <= available) {
                    lines << line.left(dot);
                    line = line.mid(dot + 3) + QLatin1Char(' ') + word;
                } else {
                    lines << line;
                    line = word;
                }
            }
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    m_noteElement->setText(lines.join(QLatin1Char('\n')));
    m_noteElement->setVisible(!m_note.isEmpty());
}

void MetricsChart::setPrompts(UserPrompts* prompts)
{
    m_prompts = prompts;
    for (QAction* a : {m_exportPng, m_exportPdf, m_exportCsv})
        a->setEnabled(prompts != nullptr);
    m_exportButton->setEnabled(prompts != nullptr);
}

void MetricsChart::tuneForSize(QCPGraph* graph, qsizetype points)
{
    const bool small = points < kAntialiasLimit;
    graph->setAdaptiveSampling(true);
    graph->setAntialiased(small);
    graph->setAntialiasedFill(small);
    graph->setAntialiasedScatters(small);
}

void MetricsChart::resetZoom()
{
    if (!m_timeZoom)
        return;
    xAxis->setRange(fullTimeRange());
    replot();
}

void MetricsChart::resetPlot()
{
    clearItems();
    clearPlottables();
    m_emptyMessage.clear();
    setBackground(QBrush(backgroundColor()));
    axisRect()->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : {xAxis, yAxis})
        styleAxis(axis);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_titleElement->setFont(titleFont);
    m_titleElement->setTextColor(textColor());
    QFont noteFont = font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.92);
    if (m_noteElement->font() != noteFont) {
        m_noteElement->setFont(noteFont);
        wrapNote();
    }
    m_noteElement->setTextColor(noteColor());
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setTextColor(textColor());
    legend->setFont(font());
    legend->setIconSize(18, 10);
}

void MetricsChart::styleAxis(QCPAxis* axis) const
{
    const QPen axisPen(axisColor(), 1);
    axis->setVisible(true);
    axis->setBasePen(axisPen);
    axis->setTickPen(axisPen);
    axis->setSubTickPen(axisPen);
    axis->setSubTicks(false);
    axis->setTickLabelColor(textColor());
    axis->setLabelColor(textColor());
    axis->setTickLabelFont(font());
    axis->setLabelFont(font());
    axis->grid()->setVisible(true);
    axis->grid()->setPen(QPen(gridColor(), 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(QPen(axisColor(), 1));
    axis->grid()->setSubGridVisible(false);
}

void MetricsChart::showEmptyMessage(const QString& message)
{
    m_emptyMessage = message;
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    legend->setVisible(false);
    auto* text = new QCPItemText(this);
    text->setObjectName(QStringLiteral("chartEmptyMessage"));
    text->setClipToAxisRect(false);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.45);
    text->setPositionAlignment(Qt::AlignCenter);
    text->setTextAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    text->setFont(f);
    text->setColor(noteColor());
    text->setText(message);
}

void MetricsChart::enableTimeZoom()
{
    m_timeZoom = true;
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeDragAxes(xAxis, nullptr);
    axisRect()->setRangeZoomAxes(xAxis, nullptr);
    m_resetZoom->setVisible(true);
}

void MetricsChart::placeLegendBelow()
{
    auto* row = new QCPLayoutGrid;
    plotLayout()->addElement(plotLayout()->rowCount(), 0, row);
    row->setMargins(QMargins(6, 0, 6, 4));
    axisRect()->insetLayout()->take(legend);
    row->addElement(0, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setMargins(QMargins(4, 2, 4, 2));
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
}

QColor MetricsChart::textColor() const
{
    return palette().color(QPalette::Text);
}

QColor MetricsChart::noteColor() const
{
    return mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.68);
}

QColor MetricsChart::axisColor() const
{
    // QPalette::Mid where it contrasts with the base; dark palettes often make it too dark.
    const QColor base = palette().color(QPalette::Base);
    const QColor mid = palette().color(QPalette::Mid);
    if (std::abs(mid.lightnessF() - base.lightnessF()) >= 0.25)
        return mid;
    return mix(base, palette().color(QPalette::Text), 0.45);
}

QColor MetricsChart::gridColor() const
{
    return mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.12);
}

QColor MetricsChart::backgroundColor() const
{
    return palette().color(QPalette::Base);
}

bool MetricsChart::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightnessF() < 0.45;
}

QColor MetricsChart::seriesColor(const QColor& color) const
{
    return isDarkPalette() ? color.lighter(135) : color;
}

bool MetricsChart::insidePlotArea(const QPointF& pos) const
{
    return m_emptyMessage.isEmpty() && QRectF(axisRect()->rect()).contains(pos);
}

void MetricsChart::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_rebuilding
        && m_hasReport) {
        m_rebuilding = true;
        rebuild();
        m_rebuilding = false;
    }
}

void MetricsChart::resizeEvent(QResizeEvent* event)
{
    if (event->size().width() != event->oldSize().width())
        wrapNote();
    QCustomPlot::resizeEvent(event);
    positionExportButton();
}

void MetricsChart::positionExportButton()
{
    m_exportButton->adjustSize();
    m_exportButton->move(width() - m_exportButton->width() - 6, 4);
}

void MetricsChart::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;   // dragging
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), toolTipHtml(text), this);
}

void MetricsChart::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    QToolTip::hideText();
}

Result<void> MetricsChart::exportPng(const QString& path)
{
    if (!savePng(path, width(), height(), devicePixelRatioF()))
        return Result<void>::failure(QStringLiteral("io"), ioError(path));
    return {};
}

Result<void> MetricsChart::exportPdf(const QString& path)
{
    if (!savePdf(path, width(), height(), QCP::epNoCosmetic, QStringLiteral("Warroom"), title()))
        return Result<void>::failure(QStringLiteral("io"), ioError(path));
    return {};
}

Result<void> MetricsChart::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv()) < 0 || !file.commit())
        return Result<void>::failure(QStringLiteral("io"), ioError(path));
    return {};
}

void MetricsChart::askAndExport(const QString& title, const QString& filter, const QString& suffix,
                                Result<void> (MetricsChart::*exporter)(const QString&))
{
    if (!m_prompts)
        return;
    QString path = m_prompts->openFileName(window(), title, filter, UserPrompts::FileMode::ExistingOrNew);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    if (auto done = (this->*exporter)(path); !done)
        m_prompts->showError(window(), tr("Cannot Export Chart"), done.error().message);
}

QString chartCsvField(const QString& text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QByteArray chartCsv(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& f : row)
            fields << chartCsvField(f);
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

QString chartCsvNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 17) : QString();
}

} // namespace warroom
