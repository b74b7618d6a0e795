#pragma once
// Postmortem documents as Markdown, HTML and JSON, and the durations chart as SVG. QtCore
// only and deterministic: the same input gives the same bytes (times are UTC, written as
// "2024-03-05 14:07 UTC"; nothing depends on "now" unless `generatedAt` is given).

#include "core/actionitem.h"
#include "core/incident.h"
#include "core/postmortem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace warroom {

/// Everything a postmortem export shows, gathered by the caller.
struct PostmortemReport {
    Incident incident;
    Postmortem postmortem;
    /// The incident's action items; the export shows those the postmortem links, in its order.
    QList<ActionItem> actionItems;
    /// Printed in the title block when valid (UTC); left out otherwise so golden files stay stable.
    QDateTime generatedAt;
};

/// How the HTML refers to the durations chart.
struct HtmlExportOptions {
    /// Empty: the chart is inline SVG. Otherwise an <img> with this source (QTextDocument
    /// cannot draw SVG, so the PDF writer passes the name of an image resource). Set, the page
    /// is also laid out for print (no centred browser column).
    QString chartImageSource;
    /// Width in pixels of the <img>, when chartImageSource is set.
    int chartImageWidth = 640;
};

/// The action items of `report` that its postmortem links, in link order (unknown ids skipped).
QList<ActionItem> linkedActionItems(const PostmortemReport& report);

/// A GitHub-flavoured Markdown document: title block, summary, impact with a durations table,
/// detection, timeline, roles, root causes, five whys (numbered), contributing factors, what
/// went well / badly / lucky, lessons, action items table, review status and checklist.
/// `chartPath`, if not empty, is referenced as the durations chart image. Text is written as
/// typed (it is Markdown-friendly plain text) except '<' and '>', written as entities.
QString postmortemToMarkdown(const PostmortemReport& report, const QString& chartPath = {});

/// A standalone HTML 4 page (inline CSS that QTextDocument also understands) with the same
/// sections as the Markdown. Every text from the document is escaped.
QString postmortemToHtml(const PostmortemReport& report, const HtmlExportOptions& options = {});

/// The durations chart: one horizontal bar per phase on the incident's time axis (impact
/// start = 0): detect (started → detected, TTD), acknowledge (detected → acknowledged, TTA),
/// mitigate (started → mitigated, TTM), resolve (started → resolved, TTR), each labelled with
/// its duration; phases without data say so. `width` × `height` in pixels.
QString durationsChartSvg(const Incident& incident, int width = 640, int height = 220);

/// The postmortem as JSON (`warroomctl postmortem show --json`): ids, status, every section
/// by its key, five_whys, timeline, roles, action_item_ids, checklist, times ISO UTC, version.
QJsonObject postmortemToJson(const Postmortem& postmortem);

} // namespace warroom
