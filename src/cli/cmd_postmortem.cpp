#include "cmd_postmortem.h"
#include "ctlsupport.h"

#include "interchange/postmortemexport.h"
#include "report/postmortempdf.h"
#include "storage/incidentservice.h"
#include "storage/postmortemrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace warroom::ctl {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

/// The incident, its postmortem (or a pre-filled draft, `stored` false) and action items.
Result<PostmortemReport> loadReport(const std::shared_ptr<Database>& db, const Clock& clock, const QString& ref,
                                    bool& stored)
{
    IncidentService service(db, clock);
    const auto incident = service.repository().findByRef(ref);
    if (!incident)
        return incident.error();
    const auto items = service.actionItems(incident->id);
    if (!items)
        return items.error();
    PostmortemReport report;
    report.incident = incident.value();
    report.actionItems = items.value();
    PostmortemRepository repo(db, clock);
    auto pm = repo.findForIncident(incident->id);
    stored = pm.ok();
    if (pm) {
        report.postmortem = pm.value();
        return report;
    }
    if (pm.error().code != QLatin1String("not-found"))
        return pm.error();
    const auto timeline = service.repository().timeline(incident->id);
    const auto roles = service.roleHistory(incident->id);
    if (!timeline)
        return timeline.error();
    if (!roles)
        return roles.error();
    report.postmortem =
        prefillPostmortem(incident.value(), timeline.value(), roles.value(), items.value(), clock.nowUtc(), QString());
    return report;
}

/// The incident's stored postmortem, created from its record when missing.
Result<Postmortem> loadOrCreate(PostmortemRepository& repo, IncidentService& service, const QString& ref,
                                const QString& actor)
{
    const auto incident = service.repository().findByRef(ref);
    if (!incident)
        return incident.error();
    auto pm = repo.findForIncident(incident->id);
    if (pm || pm.error().code != QLatin1String("not-found"))
        return pm;
    return repo.createFromIncident(incident->id, actor);
}

} // namespace

bool isPostmortemExportFormat(const QString& format)
{
    return format == QLatin1String("markdown") || format == QLatin1String("md") || format == QLatin1String("html")
        || format == QLatin1String("pdf");
}

bool needsGuiApplication(const QStringList& arguments)
{
    if (!arguments.contains(QLatin1String("export")))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf"))
            return true;
        if (arguments[i] == QLatin1String("--format=pdf"))
            return true;
    }
    return false;
}

int runPostmortemExport(const std::shared_ptr<Database>& db, const Clock& clock, const QStringList& arguments,
                        const QString& format, const QString& output, const QString& page, QTextStream& out,
                        QTextStream& err)
{
    if (arguments.size() != 1)
        return fail(err, Tr::tr("export --format %1 takes exactly one REF (e.g. INC-12).").arg(format), 2);
    if (output.isEmpty())
        return fail(err, Tr::tr("export needs --output FILE."), 2);
    const auto pageFormat = parsePageFormat(page.isEmpty() ? QStringLiteral("a4") : page);
    if (!pageFormat)
        return fail(err, Tr::tr("--page must be a4 or letter."), 2);
    bool stored = false;
    const auto report = loadReport(db, clock, arguments.first(), stored);
    if (!report)
        return fail(err, report.error().message);
    if (!stored) {
        err << Tr::tr("%1 has no postmortem yet; exporting a draft pre-filled from the incident.")
                   .arg(report->incident.ref())
            << Qt::endl;
    }
    if (format == QLatin1String("pdf")) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return fail(err, Tr::tr("PDF export needs a GUI application object."));
        if (auto written = writePostmortemPdf(report.value(), output, *pageFormat); !written)
            return fail(err, written.error().message);
    } else if (format == QLatin1String("html")) {
        if (const QString problem = writeFile(output, postmortemToHtml(report.value()).toUtf8()); !problem.isEmpty())
            return fail(err, problem);
    } else {
        const QFileInfo info(output);
        const QString chartName = info.completeBaseName() + QStringLiteral("-durations.svg");
        if (const QString problem = writeFile(info.dir().filePath(chartName),
                                              durationsChartSvg(report->incident).toUtf8());
            !problem.isEmpty())
            return fail(err, problem);
        if (const QString problem = writeFile(output, postmortemToMarkdown(report.value(), chartName).toUtf8());
            !problem.isEmpty())
            return fail(err, problem);
    }
    out << Tr::tr("Wrote the postmortem of %1 to %2.").arg(report->incident.ref(), output) << Qt::endl;
    return 0;
}

int runPostmortem(const std::shared_ptr<Database>& db, const Clock& clock, const QString& actor,
                  const QStringList& arguments, bool json, QTextStream& out, QTextStream& err)
{
    const QString usage = Tr::tr("postmortem takes: REF [show [--json] | create | status draft|in-review|published | "
                                 "set FIELD TEXT]");
    if (arguments.isEmpty())
        return fail(err, usage, 2);
    const QString ref = arguments.first();
    const QString sub = arguments.value(1, QStringLiteral("show"));
    IncidentService service(db, clock);
    PostmortemRepository repo(db, clock);

    if (sub == QLatin1String("show") && arguments.size() <= 2) {
        bool stored = false;
        const auto report = loadReport(db, clock, ref, stored);
        if (!report)
            return fail(err, report.error().message);
        if (!stored)
            return fail(err, Tr::tr("%1 has no postmortem yet (create it with: postmortem %1 create).")
                                 .arg(report->incident.ref()));
        if (json)
            out << QString::fromUtf8(QJsonDocument(postmortemToJson(report->postmortem)).toJson(QJsonDocument::Indented));
        else
            out << postmortemToMarkdown(report.value());
        return 0;
    }
    if (sub == QLatin1String("create") && arguments.size() == 2) {
        const auto incident = service.repository().findByRef(ref);
        if (!incident)
            return fail(err, incident.error().message);
        const auto created = repo.createFromIncident(incident->id, actor);
        if (!created)
            return fail(err, created.error().message);
        out << Tr::tr("Created the postmortem of %1 (draft).").arg(incident->ref()) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("status") && arguments.size() == 3) {
        const auto to = parsePostmortemStatusKey(arguments[2]);
        if (!to)
            return fail(err, Tr::tr("status must be draft, in-review or published."), 2);
        const auto pm = loadOrCreate(repo, service, ref, actor);
        if (!pm)
            return fail(err, pm.error().message);
        const auto moved = repo.changeStatus(pm->id, *to, pm->version, actor);
        if (!moved)
            return fail(err, moved.error().message);
        out << Tr::tr("Postmortem is now %1.").arg(postmortemStatusDisplayName(moved->status)) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("set") && arguments.size() == 4) {
        const QString fieldKey = arguments[2];
        const auto field = parsePostmortemFieldKey(fieldKey);
        if (!field && fieldKey != QLatin1String("why"))
            return fail(err, Tr::tr("Unknown section \"%1\"; use one of summary, impact, detection, root_causes, "
                                    "contributing_factors, went_well, went_badly, lucky, lessons, why.")
                                 .arg(fieldKey),
                        2);
        const auto pm = loadOrCreate(repo, service, ref, actor);
        if (!pm)
            return fail(err, pm.error().message);
        Postmortem edited = pm.value();
        if (field)
            edited.setText(*field, arguments[3]);
        else
            edited.fiveWhys << arguments[3].trimmed();
        const auto saved = repo.save(edited, pm->version, actor);
        if (!saved)
            return fail(err, saved.error().message);
        return 0;
    }
    return fail(err, usage, 2);
}

} // namespace warroom::ctl
