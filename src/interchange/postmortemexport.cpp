#include "postmortemexport.h"

#include "core/metrics.h"
#include "core/severity.h"
#include "core/timeformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::PostmortemExport)
};

const QString kDash = QStringLiteral("—");

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : kDash;
}

QString durationText(const std::optional<qint64>& seconds)
{
    return seconds ? formatDuration(*seconds) : Tr::tr("no data");
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Text for Markdown: '<' and '>' as entities, so renderers never take them for HTML tags.
QString mdEscape(QString text)
{
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return text;
}

/// Markdown table cell: one line, pipes and angle brackets escaped.
QString cell(const QString& text)
{
    QString t = mdEscape(text.simplified());
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return t.isEmpty() ? kDash : t;
}

QString ownerText(const QString& handle)
{
    return handle.isEmpty() ? Tr::tr("unassigned") : QStringLiteral("@") + handle;
}

/// Plain document text as HTML: blank lines separate paragraphs, "- " / "* " lines are list
/// items, other line breaks are kept.
QString textToHtml(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Tr::tr("Not written yet.")));
    QString out;
    QStringList paragraph;
    QStringList items;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            out += QStringLiteral("<p>") + paragraph.join(QStringLiteral("<br/>\n")) + QStringLiteral("</p>\n");
        paragraph.clear();
    };
    auto flushItems = [&] {
        if (!items.isEmpty()) {
            out += QStringLiteral("<ul>\n");
            for (const QString& i : std::as_const(items))
                out += QStringLiteral("<li>") + i + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
        }
        items.clear();
    };
    for (const QString& rawLine : trimmed.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            flushParagraph();
            flushItems();
        } else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            flushParagraph();
            items << esc(line.mid(2).trimmed());
        } else {
            flushItems();
            paragraph << esc(line);
        }
    }
    flushParagraph();
    flushItems();
    return out;
}

QString textToMarkdown(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("_%1_").arg(Tr::tr("Not written yet.")) : mdEscape(trimmed);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

/// One phase of the durations chart, in seconds from impact start.
struct Phase {
    QString name;
    QString metric;
    QString color;
    std::optional<qint64> from;
    std::optional<qint64> to;
};

std::optional<qint64> offset(const Incident& incident, const QDateTime& time)
{
    if (!incident.startedAt.isValid() || !time.isValid())
        return std::nullopt;
    return incident.startedAt.secsTo(time);
}

/// A tick step (seconds) giving at most about six ticks over `span`.
qint64 tickStep(qint64 span)
{
    static const qint64 steps[] = {60,    120,   300,   600,   900,    1800,   3600,   7200,
                                   10800, 21600, 43200, 86400, 172800, 604800, 1209600};
    for (qint64 s : steps) {
        if (span / s <= 6)
            return s;
    }
    return std::max<qint64>(1, span / 6);
}

QString incidentHeading(const Incident& incident)
{
    return incident.ref().isEmpty() ? incident.title : QStringLiteral("%1: %2").arg(incident.ref(), incident.title);
}

/// "2026-03-09 16:45 UTC by @alice" (without "by" for a draft nobody saved yet).
QString lastEdited(const Postmortem& pm)
{
    return pm.updatedBy.isEmpty() ? when(pm.updatedAt) : Tr::tr("%1 by @%2").arg(when(pm.updatedAt), pm.updatedBy);
}

QString checkMark(bool on)
{
    return on ? QStringLiteral("☑") : QStringLiteral("☐");
}

} // namespace

QList<ActionItem> linkedActionItems(const PostmortemReport& report)
{
    QHash<QUuid, ActionItem> byId;
    for (const ActionItem& item : report.actionItems)
        byId.insert(item.id, item);
    QList<ActionItem> out;
    for (const QUuid& id : report.postmortem.actionItemIds) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out << *it;
    }
    return out;
}

QString durationsChartSvg(const Incident& incident, int width, int height)
{
    const QList<Phase> phases{
        {Tr::tr("Detect"), QStringLiteral("TTD"), QStringLiteral("#d97706"), qint64(0), offset(incident, incident.detectedAt)},
        {Tr::tr("Acknowledge"), QStringLiteral("TTA"), QStringLiteral("#2563eb"), offset(incident, incident.detectedAt),
         offset(incident, incident.acknowledgedAt)},
        {Tr::tr("Mitigate"), QStringLiteral("TTM"), QStringLiteral("#7c3aed"), qint64(0), offset(incident, incident.mitigatedAt)},
        {Tr::tr("Resolve"), QStringLiteral("TTR"), QStringLiteral("#059669"), qint64(0), offset(incident, incident.resolvedAt)},
    };
    const std::optional<qint64> values[] = {durationSeconds(incident, DurationMetric::Ttd),
                                            durationSeconds(incident, DurationMetric::Tta),
                                            durationSeconds(incident, DurationMetric::Ttm),
                                            durationSeconds(incident, DurationMetric::Ttr)};
    qint64 lo = 0;
    qint64 hi = 60;
    for (const Phase& p : phases) {
        for (const auto& t : {p.from, p.to}) {
            if (t && incident.startedAt.isValid()) {
                lo = std::min(lo, *t);
                hi = std::max(hi, *t);
            }
        }
    }
    const double left = 130, right = width - 90.0, top = 34, bottom = height - 34.0;
    const double rowHeight = (bottom - top) / double(phases.size());
    auto x = [&](qint64 s) { return left + (right - left) * double(s - lo) / double(hi - lo); };

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
               .arg(width)
               .arg(height);
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(width).arg(height);
    svg += QStringLiteral("<text x=\"%1\" y=\"20\" font-weight=\"bold\" fill=\"#111827\">%2</text>\n")
               .arg(number(left), esc(Tr::tr("Time from impact start")));
    const qint64 step = tickStep(hi - lo);
    for (qint64 t = (lo / step) * step; t <= hi; t += step) {
        if (t < lo)
            continue;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e5e7eb\"/>\n")
                   .arg(number(x(t)), number(top), number(bottom));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#6b7280\" font-size=\"11\">%3</text>\n")
                   .arg(number(x(t)), number(bottom + 16), esc(t == 0 ? QStringLiteral("0") : formatDuration(t)));
    }
    for (int i = 0; i < phases.size(); ++i) {
        const Phase& p = phases[i];
        const double y = top + rowHeight * i;
        const double mid = y + rowHeight / 2;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#111827\">%3 (%4)</text>\n")
                   .arg(number(left - 8), number(mid + 4), esc(p.name), p.metric);
        if (!values[i] || !p.from || !p.to) {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#9ca3af\" font-style=\"italic\">%3</text>\n")
                       .arg(number(left + 4), number(mid + 4), esc(Tr::tr("no data")));
            continue;
        }
        const double x0 = x(std::min(*p.from, *p.to));
        const double x1 = std::max(x0 + 2.0, x(std::max(*p.from, *p.to)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"%5\"/>\n")
                   .arg(number(x0), number(y + rowHeight * 0.2), number(x1 - x0), number(rowHeight * 0.6), p.color);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#111827\" font-weight=\"bold\">%3</text>\n")
                   .arg(number(x1 + 6), number(mid + 4), esc(formatDuration(*values[i])));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#9ca3af\"/>\n")
               .arg(number(left), number(bottom), number(right));
    svg += QStringLiteral("</svg>\n");
    return svg;
}

QString postmortemToMarkdown(const PostmortemReport& report, const QString& chartPath)
{
    const Incident& inc = report.incident;
    const Postmortem& pm = report.postmortem;
    const SeverityScale scale;
    QString md;
    auto heading = [&](const QString& title) { md += QStringLiteral("\n## %1\n\n").arg(title); };

    md += QStringLiteral("# %1\n\n").arg(mdEscape(Tr::tr("Postmortem: %1").arg(incidentHeading(inc))));
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Status"), postmortemStatusDisplayName(pm.status));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Severity"), cell(scale.label(inc.severity)));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Services"), cell(inc.services.join(QStringLiteral(", "))));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Commander"), inc.commander.isEmpty() ? kDash : QStringLiteral("@") + inc.commander);
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Impact"), Tr::tr("%1 to %2").arg(when(inc.startedAt), when(inc.resolvedAt)));
    if (pm.publishedAt.isValid())
        md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Published"), when(pm.publishedAt));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Last edited"), lastEdited(pm));
    if (report.generatedAt.isValid())
        md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Generated"), when(report.generatedAt));
    md += QStringLiteral("\n_%1_\n").arg(Tr::tr("This is a blameless postmortem: it describes systems and decisions, not faults of people."));

    heading(postmortemFieldDisplayName(PostmortemField::Summary));
    md += textToMarkdown(pm.summary) + QLatin1Char('\n');

    heading(postmortemFieldDisplayName(PostmortemField::Impact));
    md += textToMarkdown(pm.impact) + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n").arg(Tr::tr("Metric"), Tr::tr("Duration"), Tr::tr("Definition"));
    for (const PostmortemDuration& d : postmortemDurations(inc))
        md += QStringLiteral("| %1 | %2 | %3 |\n").arg(d.label, durationText(d.seconds), cell(durationMetricFormula(d.metric)));
    if (!chartPath.isEmpty())
        md += QStringLiteral("\n![%1](%2)\n").arg(Tr::tr("Durations by phase"), chartPath);

    heading(postmortemFieldDisplayName(PostmortemField::Detection));
    md += textToMarkdown(pm.detection) + QLatin1Char('\n');

    heading(Tr::tr("Timeline"));
    if (pm.timeline.isEmpty()) {
        md += QStringLiteral("_%1_\n").arg(Tr::tr("No timeline entries."));
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                  .arg(Tr::tr("Time (UTC)"), Tr::tr("Kind"), Tr::tr("Entry"), Tr::tr("By"));
        for (const NarrativeItem& n : pm.timeline) {
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(when(n.at), entryKindDisplayName(n.kind), cell(n.text), cell(n.author));
        }
    }

    heading(Tr::tr("Roles"));
    if (pm.roles.isEmpty()) {
        md += QStringLiteral("_%1_\n").arg(Tr::tr("No roles recorded."));
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                  .arg(Tr::tr("Role"), Tr::tr("Holder"), Tr::tr("From"), Tr::tr("Until"));
        for (const RoleAssignment& r : pm.roles) {
            md += QStringLiteral("| %1 | @%2 | %3 | %4 |\n")
                      .arg(roleDisplayName(r.role), cell(r.holder), when(r.startedAt),
                           r.endedAt.isValid() ? when(r.endedAt) : Tr::tr("still holding"));
        }
    }

    heading(postmortemFieldDisplayName(PostmortemField::RootCauses));
    md += textToMarkdown(pm.rootCauses) + QLatin1Char('\n');

    heading(Tr::tr("Five whys"));
    if (pm.fiveWhys.isEmpty()) {
        md += QStringLiteral("_%1_\n").arg(Tr::tr("Not written yet."));
    } else {
        for (int i = 0; i < pm.fiveWhys.size(); ++i)
            md += QStringLiteral("%1. %2\n").arg(i + 1).arg(mdEscape(pm.fiveWhys[i].simplified()));
    }

    for (PostmortemField f : {PostmortemField::ContributingFactors, PostmortemField::WentWell, PostmortemField::WentBadly,
                              PostmortemField::WhereLucky, PostmortemField::Lessons}) {
        heading(postmortemFieldDisplayName(f));
        md += textToMarkdown(pm.text(f)) + QLatin1Char('\n');
    }

    heading(Tr::tr("Action items"));
    const QList<ActionItem> items = linkedActionItems(report);
    if (items.isEmpty()) {
        md += QStringLiteral("_%1_\n").arg(Tr::tr("No action items linked."));
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                  .arg(Tr::tr("Action"), Tr::tr("Owner"), Tr::tr("Priority"), Tr::tr("Due"), Tr::tr("State"));
        for (const ActionItem& a : items) {
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(cell(a.text), ownerText(a.owner), actionPriorityDisplayName(a.priority),
                           a.dueAt.isValid() ? a.dueAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : kDash,
                           actionStateDisplayName(a.state));
        }
    }

    heading(Tr::tr("Review"));
    md += Tr::tr("Status: **%1**").arg(postmortemStatusDisplayName(pm.status)) + QStringLiteral("\n\n");
    for (ChecklistItem c : allChecklistItems())
        md += QStringLiteral("- [%1] %2\n").arg(pm.isChecked(c) ? QStringLiteral("x") : QStringLiteral(" "), checklistItemDisplayName(c));
    return md;
}

QString postmortemToHtml(const PostmortemReport& report, const HtmlExportOptions& options)
{
    const Incident& inc = report.incident;
    const Postmortem& pm = report.postmortem;
    const SeverityScale scale;
    QString h;
    auto heading = [&](const QString& title) { h += QStringLiteral("<h2>%1</h2>\n").arg(esc(title)); };
    // Column widths in percent, one per header.
    auto tableStart = [&](const QStringList& headers, const QList<int>& widths) {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n<tr>");
        for (qsizetype c = 0; c < headers.size(); ++c)
            h += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>").arg(widths.value(c)).arg(esc(headers[c]));
        h += QStringLiteral("</tr>\n");
    };
    auto row = [&](const QStringList& cells) {
        h += QStringLiteral("<tr>");
        for (const QString& c : cells)
            h += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(c));
        h += QStringLiteral("</tr>\n");
    };

    h += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n")
             .arg(esc(Tr::tr("Postmortem: %1").arg(incidentHeading(inc))));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 10pt; color: #111827; }\n"
        "h1 { font-size: 20pt; margin: 0; color: #ffffff; }\n"
        "h2 { font-size: 13pt; color: #1f2937; margin-top: 18px; margin-bottom: 6px; "
        "border-bottom: 1px solid #d1d5db; }\n"
        "p { margin-top: 0; margin-bottom: 6px; }\n"
        "table.grid { border-collapse: collapse; border: 1px solid #d1d5db; }\n"
        "table.grid th { background-color: #f3f4f6; color: #374151; font-weight: bold; border: 1px solid #d1d5db; }\n"
        "table.grid td { border: 1px solid #e5e7eb; }\n"
        "td.banner { background-color: #1f2937; color: #ffffff; }\n"
        ".kicker { color: #d1d5db; font-size: 9pt; }\n"
        ".meta { color: #e5e7eb; font-size: 9pt; }\n"
        ".empty { color: #9ca3af; font-style: italic; }\n"
        ".note { color: #6b7280; font-size: 8pt; font-style: italic; }\n"
        "</style>\n");
    // A readable column in browsers; QTextDocument (the PDF) would indent the tables with it.
    if (options.chartImageSource.isEmpty())
        h += QStringLiteral("<style>\nbody { max-width: 60em; margin: 1em auto; }\n</style>\n");
    h += QStringLiteral("</head>\n<body>\n");

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td class=\"banner\">\n");
    h += QStringLiteral("<div class=\"kicker\">%1</div>\n")
             .arg(esc(Tr::tr("POSTMORTEM · %1 · %2").arg(inc.ref(), postmortemStatusDisplayName(pm.status).toUpper())));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(inc.title));
    QStringList meta;
    meta << scale.label(inc.severity);
    if (!inc.services.isEmpty())
        meta << Tr::tr("Services: %1").arg(inc.services.join(QStringLiteral(", ")));
    if (!inc.commander.isEmpty())
        meta << Tr::tr("Commander: @%1").arg(inc.commander);
    meta << Tr::tr("Impact %1 to %2").arg(when(inc.startedAt), when(inc.resolvedAt));
    h += QStringLiteral("<div class=\"meta\">%1</div>\n").arg(esc(meta.join(QStringLiteral(" · "))));
    QStringList meta2;
    if (pm.publishedAt.isValid())
        meta2 << Tr::tr("Published %1").arg(when(pm.publishedAt));
    meta2 << Tr::tr("Last edited %1").arg(lastEdited(pm));
    if (report.generatedAt.isValid())
        meta2 << Tr::tr("Generated %1").arg(when(report.generatedAt));
    h += QStringLiteral("<div class=\"meta\">%1</div>\n").arg(esc(meta2.join(QStringLiteral(" · "))));
    h += QStringLiteral("</td></tr></table>\n");
    h += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(esc(Tr::tr("This is a blameless postmortem: it describes systems and decisions, not faults of people.")));

    // Key figures: the four durations side by side.
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>\n");
    for (const PostmortemDuration& d : postmortemDurations(inc)) {
        h += QStringLiteral("<td align=\"center\"><span style=\"font-size: 8pt; color: #6b7280;\">%1</span><br/>"
                            "<span style=\"font-size: 15pt; font-weight: bold;\">%2</span></td>\n")
                 .arg(esc(d.label), esc(durationText(d.seconds)));
    }
    h += QStringLiteral("</tr></table>\n");

    heading(postmortemFieldDisplayName(PostmortemField::Summary));
    h += textToHtml(pm.summary);

    heading(postmortemFieldDisplayName(PostmortemField::Impact));
    h += textToHtml(pm.impact);
    tableStart({Tr::tr("Metric"), Tr::tr("Duration"), Tr::tr("Definition")}, {34, 16, 50});
    for (const PostmortemDuration& d : postmortemDurations(inc))
        row({d.label, durationText(d.seconds), durationMetricFormula(d.metric)});
    h += QStringLiteral("</table>\n");
    if (options.chartImageSource.isEmpty()) {
        h += QStringLiteral("<p>\n") + durationsChartSvg(inc) + QStringLiteral("</p>\n");
    } else {
        h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>\n")
                 .arg(esc(options.chartImageSource))
                 .arg(options.chartImageWidth)
                 .arg(esc(Tr::tr("Durations by phase")));
    }

    heading(postmortemFieldDisplayName(PostmortemField::Detection));
    h += textToHtml(pm.detection);

    heading(Tr::tr("Timeline"));
    if (pm.timeline.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Tr::tr("No timeline entries.")));
    } else {
        tableStart({Tr::tr("Time (UTC)"), Tr::tr("Kind"), Tr::tr("Entry"), Tr::tr("By")}, {27, 11, 46, 16});
        for (const NarrativeItem& n : pm.timeline)
            row({when(n.at), entryKindDisplayName(n.kind), n.text, n.author});
        h += QStringLiteral("</table>\n");
    }

    heading(Tr::tr("Roles"));
    if (pm.roles.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Tr::tr("No roles recorded.")));
    } else {
        tableStart({Tr::tr("Role"), Tr::tr("Holder"), Tr::tr("From"), Tr::tr("Until")}, {28, 16, 28, 28});
        for (const RoleAssignment& r : pm.roles) {
            row({roleDisplayName(r.role), QStringLiteral("@") + r.holder, when(r.startedAt),
                 r.endedAt.isValid() ? when(r.endedAt) : Tr::tr("still holding")});
        }
        h += QStringLiteral("</table>\n");
    }

    heading(postmortemFieldDisplayName(PostmortemField::RootCauses));
    h += textToHtml(pm.rootCauses);

    heading(Tr::tr("Five whys"));
    if (pm.fiveWhys.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Tr::tr("Not written yet.")));
    } else {
        h += QStringLiteral("<ol>\n");
        for (const QString& why : pm.fiveWhys)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(why.simplified()));
        h += QStringLiteral("</ol>\n");
    }

    for (PostmortemField f : {PostmortemField::ContributingFactors, PostmortemField::WentWell, PostmortemField::WentBadly,
                              PostmortemField::WhereLucky, PostmortemField::Lessons}) {
        heading(postmortemFieldDisplayName(f));
        h += textToHtml(pm.text(f));
    }

    heading(Tr::tr("Action items"));
    const QList<ActionItem> items = linkedActionItems(report);
    if (items.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Tr::tr("No action items linked.")));
    } else {
        tableStart({Tr::tr("Action"), Tr::tr("Owner"), Tr::tr("Priority"), Tr::tr("Due"), Tr::tr("State")},
                   {38, 16, 12, 17, 17});
        for (const ActionItem& a : items) {
            row({a.text, ownerText(a.owner), actionPriorityDisplayName(a.priority),
                 a.dueAt.isValid() ? a.dueAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : kDash,
                 actionStateDisplayName(a.state)});
        }
        h += QStringLiteral("</table>\n");
    }

    heading(Tr::tr("Review"));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Status: %1").arg(postmortemStatusDisplayName(pm.status))));
    h += QStringLiteral("<p>\n");
    for (ChecklistItem c : allChecklistItems())
        h += QStringLiteral("%1 %2<br/>\n").arg(checkMark(pm.isChecked(c)), esc(checklistItemDisplayName(c)));
    h += QStringLiteral("</p>\n</body>\n</html>\n");
    return h;
}

QJsonObject postmortemToJson(const Postmortem& pm)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), pm.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("incident_id"), pm.incidentId.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("status"), postmortemStatusKey(pm.status));
    for (PostmortemField f : allPostmortemFields())
        o.insert(postmortemFieldKey(f), pm.text(f));
    o.insert(QStringLiteral("five_whys"), QJsonArray::fromStringList(pm.fiveWhys));
    QJsonArray timeline;
    for (const NarrativeItem& n : pm.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(n.at)},
                                    {QStringLiteral("author"), n.author},
                                    {QStringLiteral("kind"), entryKindKey(n.kind)},
                                    {QStringLiteral("text"), n.text}});
    }
    o.insert(QStringLiteral("timeline"), timeline);
    QJsonArray roles;
    for (const RoleAssignment& r : pm.roles) {
        roles.append(QJsonObject{{QStringLiteral("role"), roleKey(r.role)},
                                 {QStringLiteral("holder"), r.holder},
                                 {QStringLiteral("started_at"), toIsoUtc(r.startedAt)},
                                 {QStringLiteral("ended_at"), r.endedAt.isValid() ? QJsonValue(toIsoUtc(r.endedAt))
                                                                                  : QJsonValue(QJsonValue::Null)}});
    }
    o.insert(QStringLiteral("roles"), roles);
    QJsonArray ids;
    for (const QUuid& id : pm.actionItemIds)
        ids.append(id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("action_item_ids"), ids);
    QJsonArray checked;
    for (ChecklistItem c : pm.checked)
        checked.append(checklistItemKey(c));
    o.insert(QStringLiteral("checklist"), checked);
    o.insert(QStringLiteral("created_at"), toIsoUtc(pm.createdAt));
    o.insert(QStringLiteral("created_by"), pm.createdBy);
    o.insert(QStringLiteral("updated_at"), toIsoUtc(pm.updatedAt));
    o.insert(QStringLiteral("updated_by"), pm.updatedBy);
    o.insert(QStringLiteral("published_at"),
             pm.publishedAt.isValid() ? QJsonValue(toIsoUtc(pm.publishedAt)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("version"), pm.version);
    return o;
}

} // namespace warroom
