#include "statuspagehtml.h"

#include "core/timeformat.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::StatusPage)
};

/// Most resolved incidents listed under "Past incidents".
constexpr qsizetype kPastIncidentLimit = 25;
/// Days of history a narrow screen shows.
constexpr int kPhoneDays = 30;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// "12 Mar 2024, 08:58 UTC" (C locale: the page is not localised by the reader's settings).
QString displayTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"d MMM yyyy, HH:mm 'UTC'"_s) : QString();
}

QString displayDay(const QDate& date)
{
    return date.toString(u"d MMM yyyy"_s);
}

QString timeTag(const QDateTime& time)
{
    return u"<time datetime=\""_s + toIsoUtc(time) + u"\">"_s + esc(displayTime(time)) + u"</time>"_s;
}

QString updateStatusName(const QString& key)
{
    if (key == "identified"_L1)
        return Tr::tr("Identified");
    if (key == "monitoring"_L1)
        return Tr::tr("Monitoring");
    if (key == "resolved"_L1)
        return Tr::tr("Resolved");
    if (key == "postmortem"_L1)
        return Tr::tr("Postmortem");
    return Tr::tr("Investigating");
}

QString impactName(const QString& impact)
{
    if (impact == "critical"_L1)
        return Tr::tr("Critical");
    if (impact == "major"_L1)
        return Tr::tr("Major");
    if (impact == "minor"_L1)
        return Tr::tr("Minor");
    return Tr::tr("Notice");
}

const QString kStyle = uR"CSS(
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f5f6f8;color:#1f2933;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Helvetica,Arial,sans-serif}
.wrap{max-width:860px;margin:0 auto;padding:0 20px}
header.top{background:#1f2933;color:#fff;padding:28px 0 72px}
header.top h1{margin:0;font-size:1.7rem;font-weight:650;letter-spacing:-.01em}
header.top p{margin:4px 0 0;color:#b8c2cc;font-size:.95rem}
main.wrap{margin-top:-48px;padding-bottom:32px}
section{margin-bottom:28px}
h2{font-size:1.15rem;margin:0 0 12px;color:#323f4b}
.card{background:#fff;border:1px solid #e1e5ea;border-radius:10px;box-shadow:0 1px 3px rgba(15,23,42,.06)}
.banner{display:flex;align-items:center;gap:14px;padding:20px 22px;border-radius:10px;color:#fff;font-size:1.2rem;font-weight:650;box-shadow:0 2px 8px rgba(15,23,42,.15)}
.banner .icon{flex:none;width:30px;height:30px;border-radius:50%;background:rgba(255,255,255,.25);display:flex;align-items:center;justify-content:center;font-size:1.05rem}
.banner-none{background:#1e8e3e}.banner-minor{background:#c98f00}.banner-major{background:#e8710a}.banner-critical{background:#c5221f}
.banner small{display:block;font-size:.85rem;font-weight:400;opacity:.9}
.incident{padding:18px 22px;margin-bottom:14px;border-left:6px solid #7b8794}
.incident.impact-critical{border-left-color:#c5221f}.incident.impact-major{border-left-color:#e8710a}
.incident.impact-minor{border-left-color:#e0a800}.incident.impact-none{border-left-color:#5f8fd1}
.incident h3{margin:0 0 6px;font-size:1.1rem;line-height:1.35}
.badge{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:999px;color:#fff;vertical-align:2px;margin-right:6px;background:#7b8794}
.badge.impact-critical{background:#c5221f}.badge.impact-major{background:#e8710a}.badge.impact-minor{background:#c98f00}.badge.impact-none{background:#5f8fd1}
.meta{margin:0 0 10px;color:#616e7c;font-size:.9rem}
.updates{list-style:none;margin:0;padding:0}
.updates li{padding:10px 0;border-top:1px solid #eef1f4}
.updates li:first-child{border-top:0}
.upd-head{margin:0;font-size:.9rem;color:#616e7c}
.upd-head strong{color:#1f2933;margin-right:8px}
.upd-body{margin:2px 0 0;white-space:pre-line;overflow-wrap:anywhere}
.components{padding:4px 22px}
.component{padding:16px 0;border-top:1px solid #eef1f4}
.component:first-child{border-top:0}
.chead{display:flex;justify-content:space-between;align-items:baseline;gap:12px;margin-bottom:8px}
.cname{font-weight:600;overflow-wrap:anywhere}
.cstate{flex:none;font-size:.88rem;font-weight:600}
.state-operational{color:#1e8e3e}.state-degraded_performance{color:#b07d00}.state-partial_outage{color:#d35f00}.state-major_outage{color:#c5221f}
.bars{display:flex;gap:2px;height:34px}
.day{flex:1 1 0;min-width:0;border-radius:2px;background:#34a853}
.day.sev1{background:#d93025}.day.sev2{background:#f28b00}.day.sev3{background:#f6c026}.day.sev4{background:#7baaf7}
.cfoot{display:flex;justify-content:space-between;gap:8px;margin-top:6px;color:#7b8794;font-size:.78rem}
.cfoot .uptime{color:#52606d;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:10px 0 0;padding:0;list-style:none;color:#616e7c;font-size:.82rem}
.legend span{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:5px}
.past details{padding:12px 22px;border-top:1px solid #eef1f4}
.past details:first-child{border-top:0}
.past summary{cursor:pointer;font-weight:600;overflow-wrap:anywhere}
.past summary .meta{display:block;font-weight:400;margin:2px 0 0}
.empty{padding:16px 22px;margin:0;color:#616e7c}
footer{color:#7b8794;font-size:.85rem;padding:8px 0 40px}
footer a{color:#52606d}
.phone{display:none}
@media (max-width:600px){
 .wrap{padding:0 12px}
 header.top{padding:20px 0 64px}
 header.top h1{font-size:1.35rem}
 .banner{font-size:1.05rem;padding:16px}
 .incident,.components,.past details{padding-left:14px;padding-right:14px}
 .day:nth-child(-n+60){display:none}
 .bars{gap:2px;height:30px}
 .desk{display:none}.phone{display:inline}
}
)CSS"_s;

QString renderUpdates(const PublishedIncident& p)
{
    QList<TimelineEntry> updates = p.updates;
    std::stable_sort(updates.begin(), updates.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return a.recordedAt > b.recordedAt;
    });
    QString html = u"<ol class=\"updates\">"_s;
    for (const TimelineEntry& e : updates) {
        html += u"<li><p class=\"upd-head\"><strong>"_s
                + esc(updateStatusName(statuspageUpdateStatus(p.incident, e.occurredAt))) + u"</strong>"_s
                + timeTag(e.occurredAt) + u"</p><p class=\"upd-body\">"_s + esc(e.text) + u"</p></li>"_s;
    }
    html += u"</ol>"_s;
    return html;
}

QString affectsLine(const Incident& incident)
{
    return incident.services.isEmpty()
               ? QString()
               : Tr::tr("Affects %1").arg(esc(incident.services.join(u", "_s)));
}

QString renderActive(const StatusPageSnapshot& snapshot)
{
    // Most severe first, then the most recent.
    QList<const PublishedIncident*> open;
    for (const PublishedIncident& p : snapshot.incidents) {
        if (p.incident.isOpen())
            open << &p;
    }
    std::stable_sort(open.begin(), open.end(), [](const PublishedIncident* a, const PublishedIncident* b) {
        if (a->incident.severity != b->incident.severity)
            return a->incident.severity < b->incident.severity;
        return a->incident.startedAt > b->incident.startedAt;
    });
    QString html;
    for (const PublishedIncident* incident : open) {
        const PublishedIncident& p = *incident;
        const QString impact = statuspageImpact(p.incident.severity);
        QStringList meta;
        if (const QString affects = affectsLine(p.incident); !affects.isEmpty())
            meta << affects;
        const QDateTime began = p.incident.startedAt.isValid() ? p.incident.startedAt : p.incident.declaredAt;
        if (began.isValid())
            meta << Tr::tr("Began %1").arg(timeTag(began));
        html += u"<article class=\"card incident impact-"_s + impact + u"\" id=\"incident-"_s
                + statuspageIncidentId(p.incident) + u"\"><h3><span class=\"badge impact-"_s + impact + u"\">"_s
                + esc(impactName(impact)) + u"</span>"_s + esc(p.incident.title) + u"</h3><p class=\"meta\">"_s
                + meta.join(u" · "_s) + u"</p>"_s + renderUpdates(p) + u"</article>"_s;
    }
    if (html.isEmpty())
        return {};
    return u"<section id=\"active\"><h2>"_s + esc(Tr::tr("Active incidents")) + u"</h2>"_s + html
           + u"</section>"_s;
}

QString dayTitle(const ServiceDay& day)
{
    if (!day.worst)
        return Tr::tr("%1: no incidents").arg(displayDay(day.date));
    return Tr::tr("%1: %2 (%3 of impact)")
        .arg(displayDay(day.date), day.titles.join(u"; "_s), formatDuration(day.impactSeconds));
}

QString renderComponents(const StatusPageSnapshot& snapshot)
{
    QString html = u"<section id=\"components\"><h2>"_s + esc(Tr::tr("Services")) + u"</h2><div class=\"card components\">"_s;
    if (snapshot.services.isEmpty())
        html += u"<p class=\"empty\">"_s + esc(Tr::tr("No services are listed yet.")) + u"</p>"_s;
    const int days = std::max(1, snapshot.historyDays);
    for (const QString& service : snapshot.services) {
        const ComponentState state = currentComponentState(service, snapshot.incidents);
        const QString stateKey = componentStateKey(state);
        const double uptime = serviceAvailability(service, snapshot) * 100.0;
        html += u"<div class=\"component\"><div class=\"chead\"><span class=\"cname\">"_s + esc(service)
                + u"</span><span class=\"cstate state-"_s + stateKey + u"\">"_s
                + esc(componentStateDisplayName(state)) + u"</span></div>"_s;
        html += u"<div class=\"bars\" role=\"img\" aria-label=\""_s
                + esc(Tr::tr("%1: %2 days of history").arg(service).arg(days)) + u"\">"_s;
        for (const ServiceDay& day : serviceHistory(service, snapshot)) {
            const QString cls = day.worst ? u"day sev%1"_s.arg(std::clamp(*day.worst, 1, 4)) : u"day"_s;
            html += u"<span class=\""_s + cls + u"\" title=\""_s + esc(dayTitle(day)) + u"\"></span>"_s;
        }
        html += u"</div><div class=\"cfoot\"><span><span class=\"desk\">"_s
                + esc(Tr::tr("%1 days ago").arg(days)) + u"</span><span class=\"phone\">"_s
                + esc(Tr::tr("%1 days ago").arg(std::min(days, kPhoneDays))) + u"</span></span><span class=\"uptime\">"_s
                + esc(Tr::tr("%1% uptime").arg(uptime, 0, 'f', 2)) + u"</span><span>"_s + esc(Tr::tr("Today"))
                + u"</span></div></div>"_s;
    }
    html += u"</div><ul class=\"legend\">"_s;
    const QList<std::pair<QString, QString>> legend{
        {u"#34a853"_s, Tr::tr("No incident")},          {u"#7baaf7"_s, Tr::tr("Notice")},
        {u"#f6c026"_s, Tr::tr("Minor incident")},       {u"#f28b00"_s, Tr::tr("Major incident")},
        {u"#d93025"_s, Tr::tr("Critical incident")},
    };
    for (const auto& [colour, label] : legend)
        html += u"<li><span style=\"background:"_s + colour + u"\"></span>"_s + esc(label) + u"</li>"_s;
    html += u"</ul></section>"_s;
    return html;
}

QString renderPast(const StatusPageSnapshot& snapshot)
{
    QList<const PublishedIncident*> past;
    for (const PublishedIncident& p : snapshot.incidents) {
        if (!p.incident.isOpen())
            past << &p;
    }
    const auto endOf = [](const Incident& i) { return i.resolvedAt.isValid() ? i.resolvedAt : i.declaredAt; };
    std::stable_sort(past.begin(), past.end(), [&](const PublishedIncident* a, const PublishedIncident* b) {
        return endOf(a->incident) > endOf(b->incident);
    });
    QString html = u"<section id=\"history\" class=\"past\"><h2>"_s
                   + esc(Tr::tr("Past incidents (last %1 days)").arg(std::max(1, snapshot.historyDays)))
                   + u"</h2><div class=\"card\">"_s;
    if (past.isEmpty())
        html += u"<p class=\"empty\">"_s + esc(Tr::tr("No incidents reported.")) + u"</p>"_s;
    for (qsizetype i = 0; i < std::min(past.size(), kPastIncidentLimit); ++i) {
        const PublishedIncident& p = *past.at(i);
        const QString impact = statuspageImpact(p.incident.severity);
        QStringList meta;
        const QDateTime began = p.incident.startedAt.isValid() ? p.incident.startedAt : p.incident.declaredAt;
        if (began.isValid() && p.incident.resolvedAt.isValid())
            meta << Tr::tr("%1 to %2").arg(timeTag(began), timeTag(p.incident.resolvedAt));
        else if (began.isValid())
            meta << timeTag(began);
        if (const QString affects = affectsLine(p.incident); !affects.isEmpty())
            meta << affects;
        html += u"<details id=\"incident-"_s + statuspageIncidentId(p.incident) + u"\"><summary><span class=\"badge impact-"_s
                + impact + u"\">"_s + esc(impactName(impact)) + u"</span>"_s + esc(p.incident.title)
                + u"<span class=\"meta\">"_s + meta.join(u" · "_s) + u"</span></summary>"_s + renderUpdates(p)
                + u"</details>"_s;
    }
    html += u"</div></section>"_s;
    return html;
}

} // namespace

QString renderStatusPageHtml(const StatusPageSnapshot& input, const QString& apiBase)
{
    StatusPageSnapshot snapshot = input;
    snapshot.incidents = publicIncidents(input.incidents);
    const StatusIndicator status = statusIndicator(snapshot);
    const QString icon = status.indicator == "none"_L1 ? u"&#10003;"_s : u"!"_s;

    QString html;
    html.reserve(64 * 1024);
    html += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"color-scheme\" content=\"light\"><title>"_s
            + esc(snapshot.page.name) + u"</title><style>"_s + kStyle + u"</style></head><body>"_s;
    html += u"<header class=\"top\"><div class=\"wrap\"><h1>"_s + esc(snapshot.page.name) + u"</h1><p>"_s
            + esc(Tr::tr("Current status of our services and incident history")) + u"</p></div></header>"_s;
    html += u"<main class=\"wrap\"><section><div class=\"banner banner-"_s + status.indicator
            + u"\"><span class=\"icon\" aria-hidden=\"true\">"_s + icon + u"</span><div>"_s
            + esc(status.description) + u"<small>"_s + esc(Tr::tr("Updated %1").arg(displayTime(snapshot.now)))
            + u"</small></div></div></section>"_s;
    html += renderActive(snapshot);
    html += renderComponents(snapshot);
    html += renderPast(snapshot);
    html += u"</main><footer><div class=\"wrap\">"_s + esc(Tr::tr("All times are UTC.")) + u" "_s
            + esc(Tr::tr("Machine-readable:")) + u" <a href=\""_s + esc(apiBase) + u"/summary.json\">summary.json</a> · <a href=\""_s
            + esc(apiBase) + u"/incidents.json\">incidents.json</a> · <a href=\""_s + esc(apiBase)
            + u"/incidents/unresolved.json\">unresolved.json</a></div></footer></body></html>\n"_s;
    return html;
}

} // namespace warroom
