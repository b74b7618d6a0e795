#pragma once
// The postmortem as a PDF one can hand to executives: the HTML of postmortemexport.h laid
// out by QTextDocument on A4 or US Letter pages through QPdfWriter, with the durations chart
// as an embedded image. Needs a QGuiApplication (fonts), e.g. on the offscreen platform.

#include "core/result.h"
#include "interchange/postmortemexport.h"

#include <QImage>
#include <QString>

#include <optional>

namespace warroom {

enum class PageFormat { A4, Letter };

/// "a4" or "letter" (case-insensitive); nullopt otherwise.
std::optional<PageFormat> parsePageFormat(const QString& key);
QString pageFormatKey(PageFormat format);

/// The durations chart (durationsChartSvg) drawn into an image of `width` × `height` logical
/// pixels at `scale` device pixels per logical pixel (2 gives a sharp print).
QImage renderDurationsChart(const Incident& incident, int width = 640, int height = 220, qreal scale = 3.0);

/// Writes `report` to `path` as PDF on `format` pages with 2 cm margins and page numbers.
/// The PDF's title is "Postmortem: INC-n: title". Error "write" when the file cannot be
/// written.
Result<void> writePostmortemPdf(const PostmortemReport& report, const QString& path, PageFormat format);

} // namespace warroom
