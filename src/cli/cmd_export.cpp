#include "cmd_export.h"
#include "ctlsupport.h"
#include "cmd_postmortem.h"

#include "interchange/incidentcsv.h"
#include "interchange/statuspagewriter.h"
#include "storage/publicstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace warroom::ctl {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

/// Every incident (or only the public ones) with its entries.
Result<QList<PublishedIncident>> readIncidents(const std::shared_ptr<Database>& db, bool publicOnly)
{
    PublishedHistoryQuery query;
    query.publicOnly = publicOnly;
    auto incidents = PublicStatusReader(db).incidents(query);
    if (!incidents || !publicOnly)
        return incidents;
    return publicIncidents(incidents.value());
}

int exportStatuspage(const std::shared_ptr<Database>& db, const Clock& clock, const ExportRequest& request,
                     QTextStream& out, QTextStream& err)
{
    if (!request.arguments.isEmpty())
        return fail(err, Tr::tr("export --format statuspage takes no arguments."), 2);
    auto incidents = readIncidents(db, request.publicOnly);
    if (!incidents)
        return fail(err, incidents.error().message);
    auto services = PublicStatusReader(db).services();
    if (!services)
        return fail(err, services.error().message);
    StatusPageSnapshot snapshot;
    snapshot.page.name = Tr::tr("Warroom incidents");
    snapshot.now = clock.nowUtc();
    snapshot.services = services.value();
    snapshot.incidents = incidents.value();
    const QByteArray json = statuspageIncidentsDocument(snapshot, -1).toJson(QJsonDocument::Indented);
    if (const QString problem = writeFile(request.output, json); !problem.isEmpty())
        return fail(err, problem);
    out << Tr::tr("Wrote %n incident(s) to %1.", nullptr, int(snapshot.incidents.size())).arg(request.output)
        << Qt::endl;
    return 0;
}

int exportCsv(const std::shared_ptr<Database>& db, const ExportRequest& request, QTextStream& out, QTextStream& err)
{
    if (!request.arguments.isEmpty())
        return fail(err, Tr::tr("export --format csv takes no arguments."), 2);
    auto incidents = readIncidents(db, request.publicOnly);
    if (!incidents)
        return fail(err, incidents.error().message);
    const QString timelinePath = timelineCsvPath(request.output);
    if (const QString problem = writeFile(request.output, incidentsCsv(incidents.value())); !problem.isEmpty())
        return fail(err, problem);
    if (const QString problem = writeFile(timelinePath, timelineCsv(incidents.value())); !problem.isEmpty())
        return fail(err, problem);
    qsizetype entries = 0;
    for (const PublishedIncident& p : incidents.value())
        entries += p.updates.size();
    out << Tr::tr("Wrote %1 incidents to %2 and %3 timeline entries to %4.")
               .arg(incidents->size())
               .arg(request.output)
               .arg(entries)
               .arg(timelinePath)
        << Qt::endl;
    return 0;
}

} // namespace

QString timelineCsvPath(const QString& incidentsPath)
{
    const QFileInfo info(incidentsPath);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("_timeline.") + suffix);
}

int runExport(const std::shared_ptr<Database>& db, const Clock& clock, const ExportRequest& request, QTextStream& out,
              QTextStream& err)
{
    // One branch per format; each checks the positional arguments it takes.
    const QString& format = request.format;
    if (isPostmortemExportFormat(format))
        return runPostmortemExport(db, clock, request.arguments, format, request.output, request.page, out, err);
    if (format != QLatin1String("statuspage") && format != QLatin1String("csv"))
        return fail(err, Tr::tr("export needs --format statuspage, csv, markdown, html or pdf."), 2);
    if (request.output.isEmpty())
        return fail(err, Tr::tr("export needs --output FILE."), 2);
    if (format == QLatin1String("statuspage"))
        return exportStatuspage(db, clock, request, out, err);
    return exportCsv(db, request, out, err);
}

} // namespace warroom::ctl
