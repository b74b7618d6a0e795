#include "postmortempdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace warroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::PostmortemPdf)
};

const QString kChartResource = QStringLiteral("warroom-chart.png");
} // namespace

std::optional<PageFormat> parsePageFormat(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4"))
        return PageFormat::A4;
    if (k == QLatin1String("letter"))
        return PageFormat::Letter;
    return std::nullopt;
}

QString pageFormatKey(PageFormat format)
{
    return format == PageFormat::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

QImage renderDurationsChart(const Incident& incident, int width, int height, qreal scale)
{
    QSvgRenderer renderer(durationsChartSvg(incident, width, height).toUtf8());
    QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

Result<void> writePostmortemPdf(const PostmortemReport& report, const QString& path, PageFormat format)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<void>::failure(QStringLiteral("write"), Tr::tr("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();

    const QString title = report.incident.ref().isEmpty()
        ? Tr::tr("Postmortem: %1").arg(report.incident.title)
        : Tr::tr("Postmortem: %1: %2").arg(report.incident.ref(), report.incident.title);

    QTextDocument doc;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.addResource(QTextDocument::ImageResource, QUrl(kChartResource), renderDurationsChart(report.incident));
    HtmlExportOptions options;
    options.chartImageSource = kChartResource;
    options.chartImageWidth = 620;
    doc.setHtml(postmortemToHtml(report, options));

    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Warroom"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(format == PageFormat::A4 ? QPageSize::A4 : QPageSize::Letter),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    // QTextDocument::print() lays the document out on the page with its own 2 cm margins and
    // draws the page numbers.
    doc.print(&writer);
    if (QFile::exists(path) && QFileInfo(path).size() > 0)
        return {};
    return Result<void>::failure(QStringLiteral("write"), Tr::tr("Cannot write %1.").arg(path));
}

} // namespace warroom
