#include "ctl.h"
#include "ctlsupport.h"
#include "cmd_export.h"
#include "cmd_postmortem.h"
#include "cmd_escalation.h"

#include "core/timeformat.h"
#include "interchange/importbatch.h"
#include "interchange/jsonformat.h"
#include "interchange/metricsformat.h"
#include "interchange/synthetic.h"
#include "core/metrics.h"
#include "storage/database.h"
#include "storage/defaults.h"
#include "storage/incidentrepository.h"
#include "storage/incidentservice.h"
#include "storage/accessroles.h"
#include "storage/changelog.h"
#include "sync/changefeed.h"
#include "core/clock.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

namespace warroom::ctl {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

const QString kUsageTail = QStringLiteral(
    "\nCommands:\n"
    "  import FILE [--format auto|gcp|statuspage] [--json]   import a status history (one transaction)\n"
    "  export --format statuspage|csv --output FILE [--public-only]\n"
    "                                                        Statuspage v2 incidents.json; csv: FILE and\n"
    "                                                        FILE_timeline.csv (incidents, timeline entries)\n"
    "  export REF --format markdown|html|pdf --output FILE [--page a4|letter]\n"
    "                                                        the incident's postmortem\n"
    "  postmortem REF [show [--json] | create | status draft|in-review|published | set FIELD TEXT]\n"
    "                                                        FIELD: summary, impact, detection, root_causes,\n"
    "                                                        contributing_factors, went_well, went_badly, lucky,\n"
    "                                                        lessons, or why (appends to the five whys)\n"
    "  list [--open] [--json]                                list incidents\n"
    "  show REF [--json]                                     one incident with its timeline\n"
    "  metrics [--from ISO] [--to ISO] [--service S] [--severity SEVn] [--json|--csv]\n"
    "                                                        TTD/TTA/TTM/TTR, MTBF, availability\n"
    "  generate --incidents N [--seed S] [--until ISO]       write a synthetic history\n"
    "  declare --title T --severity SEVn [--service S]... [--started-at ISO] [--summary S]\n"
    "  status REF acknowledged|investigating|identified|mitigated|resolved|postmortem|closed|reopen\n"
    "  note REF TEXT [--kind note|decision|action|update] [--at ISO] [--public] [--pin]\n"
    "  assign REF --role ROLE --person HANDLE [--brief TEXT]   roles: commander, scribe, communications,\n"
    "                                                        operations, planning, customer-liaison, executive, sme\n"
    "  action REF TEXT --owner HANDLE [--due ISO] [--priority high|medium|low]\n"
    "  people [list | add HANDLE [--name N] [--team T] [--contact C] | import FILE.csv]\n"
    "  watch [--incident REF] [--json] [--count N]           follow changes live, one line each, until\n"
    "                                                        interrupted (or N changes)\n"
    "  escalation [list | show NAME | remove NAME | pages REF]   escalation policies; pages sent for REF\n"
    "  escalation add --name N --step DELAY:KIND:TARGET... [--repeat N] [--repeat-interval MIN]\n"
    "                 [--min-severity SEVn] [--service S] [--default]\n"
    "                                                        DELAY minutes (or 90s); KIND person, role or\n"
    "                                                        webhook: 5:person:alice 15:role:commander\n"
    "  db init [--create-roles]                              create or upgrade the schema; with\n"
    "                                                        --create-roles (PostgreSQL) the roles\n"
    "                                                        warroom_commander/scribe/viewer and their GRANTs\n"
    "\nWrites are made as --as HANDLE, else $WARROOM_HANDLE, else $USER.\n"
    "\nThe database is --database URL, else $WARROOM_DATABASE, else the app's default SQLite file.\n");

struct Context {
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    std::shared_ptr<Database> db;
    QString actor;              ///< --as, else $WARROOM_HANDLE, else $USER
    const Clock& clock;
};

QString jsonText(const QJsonDocument& doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int cmdImport(Context& c, const QStringList& args)
{
    if (args.size() != 1)
        return fail(c.err, Tr::tr("import takes exactly one FILE."), 2);
    const auto format = parseImportFormat(c.parser.value(QStringLiteral("format")));
    if (!format)
        return fail(c.err, Tr::tr("--format must be auto, gcp or statuspage."), 2);
    const auto batch = parseHistoryFile(args.first(), *format);
    if (!batch)
        return fail(c.err, batch.error().message);
    IncidentRepository repo(c.db);
    const auto summary = repo.importBatch(batch.value());
    if (!summary)
        return fail(c.err, Tr::tr("Import of %1 failed; nothing was written: %2").arg(args.first(), summary.error().message));
    const ImportSummary& s = summary.value();
    if (c.parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("incidents_added"), s.incidentsAdded},
            {QStringLiteral("incidents_skipped"), s.incidentsSkipped},
            {QStringLiteral("timeline_entries_added"), s.timelineEntriesAdded},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
        };
        c.out << jsonText(QJsonDocument(o));
    } else {
        c.out << Tr::tr("Imported %1: %2 incidents added, %3 already present, %4 timeline entries added.")
                     .arg(args.first())
                     .arg(s.incidentsAdded)
                     .arg(s.incidentsSkipped)
                     .arg(s.timelineEntriesAdded)
              << Qt::endl;
        if (!s.warnings.isEmpty()) {
            c.out << Tr::tr("%n warning(s):", nullptr, int(s.warnings.size())) << Qt::endl;
            for (const QString& w : s.warnings)
                c.out << "  - " << w << Qt::endl;
        }
    }
    return 0;
}

int cmdList(Context& c, const QStringList& args)
{
    if (!args.isEmpty())
        return fail(c.err, Tr::tr("list takes no arguments."), 2);
    IncidentRepository repo(c.db);
    const auto incidents = repo.listIncidents(c.parser.isSet(QStringLiteral("open")));
    if (!incidents)
        return fail(c.err, incidents.error().message);
    const auto counts = repo.timelineEntryCounts();
    if (!counts)
        return fail(c.err, counts.error().message);
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Incident& i : incidents.value())
            array.append(incidentToJson(i, counts.value().value(i.id)));
        c.out << jsonText(QJsonDocument(array));
        return 0;
    }
    const SeverityScale scale;
    for (const Incident& i : incidents.value()) {
        c.out << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(i.ref(), -9)
                     .arg(severityCode(i.severity), -5)
                     .arg(statusKey(i.status), -13)
                     .arg(toIsoUtc(i.startedAt).left(16), -16)
                     .arg(i.title)
              << Qt::endl;
    }
    c.out << Tr::tr("%n incident(s)", nullptr, int(incidents.value().size())) << Qt::endl;
    return 0;
}

int cmdShow(Context& c, const QStringList& args)
{
    if (args.size() != 1)
        return fail(c.err, Tr::tr("show takes exactly one REF (e.g. INC-12)."), 2);
    IncidentRepository repo(c.db);
    const auto incident = repo.findByRef(args.first());
    if (!incident)
        return fail(c.err, incident.error().message);
    const auto timeline = repo.timeline(incident->id);
    if (!timeline)
        return fail(c.err, timeline.error().message);
    if (c.parser.isSet(QStringLiteral("json"))) {
        IncidentService service(c.db, c.clock);
        const auto revisions = service.revisionsOfIncident(incident->id);
        const auto roles = service.roleHistory(incident->id);
        const auto actions = service.actionItems(incident->id);
        if (!revisions || !roles || !actions) {
            return fail(c.err, !revisions ? revisions.error().message
                                          : !roles ? roles.error().message : actions.error().message);
        }
        QJsonObject o = incidentToJson(incident.value(), int(timeline->size()));
        QJsonArray entries;
        for (const TimelineEntry& e : timeline.value()) {
            QJsonObject entry = timelineEntryToJson(e);
            QJsonArray revs;
            for (const EntryRevision& r : revisions->value(e.id))
                revs.append(entryRevisionToJson(r));
            entry.insert(QStringLiteral("revisions"), revs);
            entries.append(entry);
        }
        o.insert(QStringLiteral("timeline"), entries);
        QJsonArray roleArray;
        for (const RoleAssignment& a : roles.value())
            roleArray.append(roleAssignmentToJson(a));
        o.insert(QStringLiteral("roles"), roleArray);
        QJsonArray actionArray;
        for (const ActionItem& a : actions.value())
            actionArray.append(actionItemToJson(a, c.clock.nowUtc()));
        o.insert(QStringLiteral("action_items"), actionArray);
        c.out << jsonText(QJsonDocument(o));
        return 0;
    }
    const Incident& i = incident.value();
    const SeverityScale scale;
    c.out << i.ref() << "  " << i.title << Qt::endl;
    c.out << scale.label(i.severity) << " · " << statusDisplayName(i.status) << " · "
          << (i.services.isEmpty() ? Tr::tr("no services") : i.services.join(QStringLiteral(", "))) << Qt::endl;
    const QList<QPair<QString, QDateTime>> times{
        {Tr::tr("Started"), i.startedAt},           {Tr::tr("Detected"), i.detectedAt},     {Tr::tr("Declared"), i.declaredAt},
        {Tr::tr("Acknowledged"), i.acknowledgedAt}, {Tr::tr("Identified"), i.identifiedAt}, {Tr::tr("Mitigated"), i.mitigatedAt},
        {Tr::tr("Resolved"), i.resolvedAt},         {Tr::tr("Closed"), i.closedAt},
    };
    for (const auto& [label, time] : times)
        c.out << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -14).arg(time.isValid() ? toIsoUtc(time) : QStringLiteral("—")) << Qt::endl;
    c.out << Qt::endl;
    for (const TimelineEntry& e : timeline.value()) {
        c.out << toIsoUtc(e.occurredAt) << "  [" << entryKindDisplayName(e.kind) << "] " << e.author
              << (e.pinned ? QStringLiteral(" (pinned)") : QString()) << Qt::endl;
        for (const QString& line : e.text.split(QLatin1Char('\n')))
            c.out << "    " << line << Qt::endl;
    }
    return 0;
}

int cmdMetrics(Context& c, const QStringList& args)
{
    if (!args.isEmpty())
        return fail(c.err, Tr::tr("metrics takes no arguments."), 2);
    MetricsQuery query;
    query.now = QDateTime::currentDateTimeUtc();
    for (const auto& [option, target] : {std::pair{QStringLiteral("from"), &query.from}, std::pair{QStringLiteral("to"), &query.to}}) {
        if (!c.parser.isSet(option))
            continue;
        *target = parseIsoUtc(c.parser.value(option));
        if (!target->isValid())
            return fail(c.err, Tr::tr("--%1 is not an ISO 8601 time: %2").arg(option, c.parser.value(option)), 2);
    }
    if (query.from.isValid() && query.to.isValid() && query.to <= query.from)
        return fail(c.err, Tr::tr("--to must be later than --from."), 2);
    query.service = c.parser.value(QStringLiteral("service"));
    if (c.parser.isSet(QStringLiteral("severity"))) {
        const auto level = parseSeverityCode(c.parser.value(QStringLiteral("severity")));
        if (!level)
            return fail(c.err, Tr::tr("--severity must be SEV1, SEV2, ... (got %1).").arg(c.parser.value(QStringLiteral("severity"))), 2);
        query.severity = *level;
    }
    IncidentRepository repo(c.db);
    const auto incidents = repo.listIncidents();
    if (!incidents)
        return fail(c.err, incidents.error().message);
    const MetricsReport report = computeMetrics(incidents.value(), query);
    const SeverityScale scale;
    if (c.parser.isSet(QStringLiteral("csv"))) {
        c.out << QString::fromUtf8(metricsReportToCsv(report, scale));
        return 0;
    }
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << jsonText(QJsonDocument(metricsReportToJson(report, scale)));
        return 0;
    }
    auto line = [&](const QString& name, const DurationStats& s) {
        c.out << QStringLiteral("  %1  n=%2  no data=%3  mean=%4  median=%5  p90=%6")
                     .arg(name, -4)
                     .arg(s.n)
                     .arg(s.noData)
                     .arg(s.mean ? formatDuration(qint64(*s.mean)) : QStringLiteral("—"))
                     .arg(s.median ? formatDuration(qint64(*s.median)) : QStringLiteral("—"))
                     .arg(s.p90 ? formatDuration(qint64(*s.p90)) : QStringLiteral("—"))
              << Qt::endl;
    };
    c.out << Tr::tr("Window %1 to %2: %n incident(s)", nullptr, report.incidents).arg(toIsoUtc(report.from), toIsoUtc(report.to))
          << Qt::endl;
    line(QStringLiteral("TTD"), report.ttd);
    line(QStringLiteral("TTA"), report.tta);
    line(QStringLiteral("TTM"), report.ttm);
    line(QStringLiteral("TTR"), report.ttr);
    return 0;
}

int cmdGenerate(Context& c, const QStringList& args)
{
    if (!args.isEmpty())
        return fail(c.err, Tr::tr("generate takes no arguments."), 2);
    bool ok = false;
    SyntheticHistoryOptions options;
    options.incidents = c.parser.value(QStringLiteral("incidents")).toInt(&ok);
    if (!ok || options.incidents < 1 || options.incidents > 10'000'000)
        return fail(c.err, Tr::tr("--incidents must be a number from 1 to 10000000."), 2);
    options.seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(c.err, Tr::tr("--seed must be a non-negative number."), 2);
    if (c.parser.isSet(QStringLiteral("until"))) {
        options.end = parseIsoUtc(c.parser.value(QStringLiteral("until")));
        if (!options.end.isValid())
            return fail(c.err, Tr::tr("--until is not an ISO 8601 time: %1").arg(c.parser.value(QStringLiteral("until"))), 2);
    }
    const ImportBatch batch = generateSyntheticHistory(options);
    IncidentRepository repo(c.db);
    const auto summary = repo.importBatch(batch);
    if (!summary)
        return fail(c.err, summary.error().message);
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << jsonText(QJsonDocument(QJsonObject{
            {QStringLiteral("incidents_added"), summary->incidentsAdded},
            {QStringLiteral("incidents_skipped"), summary->incidentsSkipped},
            {QStringLiteral("timeline_entries_added"), summary->timelineEntriesAdded},
        }));
    } else {
        c.out << Tr::tr("Generated %1 incidents (seed %2): %3 added, %4 already present, %5 timeline entries added.")
                     .arg(options.incidents)
                     .arg(options.seed)
                     .arg(summary->incidentsAdded)
                     .arg(summary->incidentsSkipped)
                     .arg(summary->timelineEntriesAdded)
              << Qt::endl;
    }
    return 0;
}

Result<Incident> incidentArg(Context& c, const QStringList& args, int count, const char* usage)
{
    if (args.size() != count)
        return Result<Incident>::failure(QStringLiteral("usage"), Tr::tr(usage));
    return IncidentRepository(c.db).findByRef(args.first());
}

int failWith(Context& c, const Error& e)
{
    return fail(c.err, e.message, e.code == QLatin1String("usage") ? 2 : 1);
}

std::optional<QDateTime> timeOption(Context& c, const QString& name, bool& bad)
{
    if (!c.parser.isSet(name))
        return std::nullopt;
    const QDateTime t = parseIsoUtc(c.parser.value(name));
    if (!t.isValid()) {
        bad = true;
        fail(c.err, Tr::tr("--%1 is not an ISO 8601 time: %2").arg(name, c.parser.value(name)), 2);
    }
    return t;
}

int cmdDeclare(Context& c, const QStringList& args)
{
    if (!args.isEmpty())
        return fail(c.err, Tr::tr("declare takes options only (--title, --severity, --service, --started-at)."), 2);
    DeclareRequest request;
    request.title = c.parser.value(QStringLiteral("title"));
    if (request.title.trimmed().isEmpty())
        return fail(c.err, Tr::tr("declare needs --title."), 2);
    const auto level = parseSeverityCode(c.parser.value(QStringLiteral("severity")));
    if (!level)
        return fail(c.err, Tr::tr("declare needs --severity SEV1..SEV4."), 2);
    request.severity = *level;
    request.services = c.parser.values(QStringLiteral("service"));
    request.summary = c.parser.value(QStringLiteral("summary"));
    bool bad = false;
    if (auto t = timeOption(c, QStringLiteral("started-at"), bad))
        request.startedAt = *t;
    if (bad)
        return 2;
    IncidentService service(c.db, c.clock);
    const auto incident = service.declare(request, c.actor);
    if (!incident)
        return failWith(c, incident.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << jsonText(QJsonDocument(incidentToJson(incident.value())));
    else
        c.out << incident->ref() << Qt::endl;
    return 0;
}

int cmdStatus(Context& c, const QStringList& args)
{
    auto incident = incidentArg(c, args, 2, "status takes REF and a status (acknowledged, investigating, identified, "
                                            "mitigated, resolved, postmortem, closed, reopen).");
    if (!incident)
        return failWith(c, incident.error());
    IncidentService service(c.db, c.clock);
    Result<Incident> changed = Result<Incident>::failure(QStringLiteral("usage"), QString());
    if (args[1].compare(QLatin1String("reopen"), Qt::CaseInsensitive) == 0) {
        changed = service.reopen(incident->id, c.actor);
    } else {
        const auto to = parseStatusKey(args[1]);
        if (!to)
            return fail(c.err, Tr::tr("\"%1\" is not a status.").arg(args[1]), 2);
        changed = service.changeStatus(incident->id, *to, c.actor);
    }
    if (!changed)
        return failWith(c, changed.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << jsonText(QJsonDocument(incidentToJson(changed.value())));
    else
        c.out << Tr::tr("%1 is %2.").arg(changed->ref(), statusKey(changed->status)) << Qt::endl;
    return 0;
}

int cmdNote(Context& c, const QStringList& args)
{
    auto incident = incidentArg(c, args, 2, "note takes REF and TEXT.");
    if (!incident)
        return failWith(c, incident.error());
    const QString kindName = c.parser.value(QStringLiteral("kind"));
    EntryKind kind = EntryKind::Note;
    if (kindName == QLatin1String("decision"))
        kind = EntryKind::Decision;
    else if (kindName == QLatin1String("action"))
        kind = EntryKind::Action;
    else if (kindName == QLatin1String("update"))
        kind = EntryKind::StakeholderUpdate;
    else if (kindName != QLatin1String("note"))
        return fail(c.err, Tr::tr("--kind must be note, decision, action or update."), 2);
    bool bad = false;
    const QDateTime at = timeOption(c, QStringLiteral("at"), bad).value_or(QDateTime());
    if (bad)
        return 2;
    IncidentService service(c.db, c.clock);
    const auto entry = service.addEntry(incident->id, kind, args[1], c.actor, at, c.parser.isSet(QStringLiteral("pin")),
                                        c.parser.isSet(QStringLiteral("public")));
    if (!entry)
        return failWith(c, entry.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << jsonText(QJsonDocument(timelineEntryToJson(entry.value())));
    return 0;
}

int cmdAssign(Context& c, const QStringList& args)
{
    auto incident = incidentArg(c, args, 1, "assign takes REF, --role and --person.");
    if (!incident)
        return failWith(c, incident.error());
    const auto role = parseRoleKey(c.parser.value(QStringLiteral("role")));
    if (!role) {
        return fail(c.err, Tr::tr("--role must be commander, scribe, communications, operations, planning, "
                                  "customer-liaison, executive or sme."),
                    2);
    }
    QString person = c.parser.value(QStringLiteral("person"));
    if (person.startsWith(QLatin1Char('@')))
        person = person.mid(1);
    if (person.isEmpty())
        return fail(c.err, Tr::tr("assign needs --person HANDLE."), 2);
    HandOffBrief brief;
    brief.notes = c.parser.value(QStringLiteral("brief"));
    IncidentService service(c.db, c.clock);
    const auto span = service.assignRole(incident->id, *role, person, c.actor, brief);
    if (!span)
        return failWith(c, span.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << jsonText(QJsonDocument(roleAssignmentToJson(span.value())));
    return 0;
}

int cmdAction(Context& c, const QStringList& args)
{
    auto incident = incidentArg(c, args, 2, "action takes REF, TEXT and --owner.");
    if (!incident)
        return failWith(c, incident.error());
    ActionItem item;
    item.incidentId = incident->id;
    item.text = args[1];
    item.owner = c.parser.value(QStringLiteral("owner"));
    if (item.owner.startsWith(QLatin1Char('@')))
        item.owner = item.owner.mid(1);
    if (item.owner.isEmpty())
        return fail(c.err, Tr::tr("action needs --owner HANDLE."), 2);
    if (c.parser.isSet(QStringLiteral("priority"))) {
        const auto p = parseActionPriorityKey(c.parser.value(QStringLiteral("priority")));
        if (!p)
            return fail(c.err, Tr::tr("--priority must be high, medium or low."), 2);
        item.priority = *p;
    }
    bool bad = false;
    item.dueAt = timeOption(c, QStringLiteral("due"), bad).value_or(QDateTime());
    if (bad)
        return 2;
    IncidentService service(c.db, c.clock);
    const auto added = service.addActionItem(item, c.actor);
    if (!added)
        return failWith(c, added.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << jsonText(QJsonDocument(actionItemToJson(added.value(), c.clock.nowUtc())));
    return 0;
}

/// ISO 8601 UTC with microseconds: "2026-03-02T14:00:00.123456Z".
QString isoMicros(qint64 usecs)
{
    const qint64 secs = usecs >= 0 ? usecs / 1000000 : (usecs - 999999) / 1000000;
    const qint64 fraction = usecs - secs * 1000000;
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral(".%1Z").arg(fraction, 6, 10, QLatin1Char('0'));
}

/// One JSON value, compact (a JSON object would sort its keys; a line keeps them in order).
QString jsonValue(const QJsonValue& value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

int cmdWatch(Context& c, const QStringList& args)
{
    if (!args.isEmpty())
        return fail(c.err, Tr::tr("watch takes options only (--incident REF, --json, --count N)."), 2);
    int limit = 0;
    if (c.parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        limit = c.parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || limit < 1)
            return fail(c.err, Tr::tr("--count must be a positive number."), 2);
    }
    ChangeFeed::Options options;
    if (c.parser.isSet(QStringLiteral("incident"))) {
        const auto incident = IncidentRepository(c.db).findByRef(c.parser.value(QStringLiteral("incident")));
        if (!incident)
            return failWith(c, incident.error());
        options.incidentId = incident->id;
    }
    const bool json = c.parser.isSet(QStringLiteral("json"));
    ChangeFeed feed(c.db->url(), options);
    QEventLoop loop;
    int printed = 0;
    QObject::connect(&feed, &ChangeFeed::changeApplied, &loop, [&](const Change& change) {
        const qint64 receivedUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count();
        const QString ref = change.incidentRef();
        if (json) {
            c.out << "{\"seq\":" << change.seq << ",\"table\":" << jsonValue(change.table)
                  << ",\"op\":" << jsonValue(change.op)
                  << ",\"incident\":" << (ref.isEmpty() ? QStringLiteral("null") : jsonValue(ref))
                  << ",\"row_id\":" << jsonValue(change.rowId.toString(QUuid::WithoutBraces))
                  << ",\"actor\":" << jsonValue(change.actor)
                  << ",\"changed_at\":" << jsonValue(isoMicros(change.changedAtUsecs))
                  << ",\"received_at\":" << jsonValue(isoMicros(receivedUs)) << "}" << Qt::endl;
        } else {
            c.out << QStringLiteral("%1  #%2  %3 %4 %5  %6")
                         .arg(isoMicros(change.changedAtUsecs))
                         .arg(change.seq)
                         .arg(ref.isEmpty() ? QStringLiteral("-") : ref, change.op, change.table,
                              change.actor.isEmpty() ? QString() : QLatin1Char('@') + change.actor)
                  << Qt::endl;   // endl flushes: a pipe sees each line at once
        }
        if (limit > 0 && ++printed >= limit) {
            feed.stop();
            loop.quit();
        }
    });
    QObject::connect(&feed, &ChangeFeed::connectedChanged, &loop, [&](bool connected) {
        c.err << (connected ? Tr::tr("warroomctl: reconnected; caught up after #%1.").arg(feed.lastSeq())
                            : Tr::tr("warroomctl: connection lost after #%1; reconnecting…").arg(feed.lastSeq()))
              << Qt::endl;
    });
    if (auto started = feed.start(); !started)
        return failWith(c, started.error());
    c.err << Tr::tr("warroomctl: watching %1 after #%2.").arg(c.db->url().toString()).arg(feed.lastSeq()) << Qt::endl;
    loop.exec();
    return 0;
}

int cmdDb(Context& c, const QStringList& args)
{
    if (args != QStringList{QStringLiteral("init")})
        return fail(c.err, Tr::tr("db takes: init [--create-roles]"), 2);
    // The schema was created or upgraded when the database was opened.
    const auto version = c.db->schemaVersion();
    if (!version)
        return failWith(c, version.error());
    c.out << Tr::tr("%1 has schema version %2.").arg(c.db->url().toString()).arg(version.value()) << Qt::endl;
    if (!c.parser.isSet(QStringLiteral("create-roles")))
        return 0;
    if (auto roles = createAccessRoles(*c.db); !roles)
        return failWith(c, roles.error());
    c.out << Tr::tr("Roles %1 are set up (NOLOGIN). Give each person a login role in one of them, e.g.\n"
                    "  CREATE ROLE alice LOGIN PASSWORD '…'; GRANT warroom_scribe TO alice;")
                 .arg(AccessRoles::all().join(QStringLiteral(", ")))
          << Qt::endl;
    return 0;
}

int cmdPeople(Context& c, const QStringList& args)
{
    IncidentService service(c.db, c.clock);
    const QString sub = args.value(0, QStringLiteral("list"));
    if (sub == QLatin1String("list") && args.size() <= 1) {
        const auto people = service.people();
        if (!people)
            return failWith(c, people.error());
        if (c.parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Person& p : people.value())
                array.append(personToJson(p));
            c.out << jsonText(QJsonDocument(array));
        } else {
            for (const Person& p : people.value())
                c.out << p.label() << (p.team.isEmpty() ? QString() : QStringLiteral(" — ") + p.team) << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("add") && args.size() == 2) {
        Person p;
        p.handle = args[1];
        p.name = c.parser.value(QStringLiteral("name"));
        p.team = c.parser.value(QStringLiteral("team"));
        p.contact = c.parser.value(QStringLiteral("contact"));
        const auto saved = service.savePerson(p);
        if (!saved)
            return failWith(c, saved.error());
        return 0;
    }
    if (sub == QLatin1String("import") && args.size() == 2) {
        QFile file(args[1]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(c.err, Tr::tr("Cannot read %1: %2").arg(args[1], file.errorString()));
        const auto count = service.importPeopleCsv(file.readAll());
        if (!count)
            return fail(c.err, Tr::tr("%1: %2 Nobody was imported.").arg(args[1], count.error().message));
        c.out << Tr::tr("%1 people added or updated.").arg(count.value()) << Qt::endl;
        return 0;
    }
    return fail(c.err, Tr::tr("people takes: list | add HANDLE [--name N] [--team T] [--contact C] | import FILE.csv"), 2);
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Warroom command line: import, list and show incidents, metrics, synthetic data.") + kUsageTail);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), Tr::tr("Database URL (sqlite:/path or postgresql://user@host/db)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("Import format: auto, gcp or statuspage; export format: statuspage, csv, markdown, html or pdf."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("output"), Tr::tr("File to write (export)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("public-only"), Tr::tr("Only public entries and their incidents (export).")});
    parser.addOption({QStringLiteral("page"), Tr::tr("Page size of a PDF export: a4 or letter."), QStringLiteral("SIZE"),
                      QStringLiteral("a4")});
    parser.addOption({QStringLiteral("open"), Tr::tr("Only open incidents.")});
    parser.addOption({QStringLiteral("csv"), Tr::tr("Print CSV (metrics).")});
    parser.addOption({QStringLiteral("from"), Tr::tr("Window start, ISO 8601 (metrics; default: earliest start)."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Window end, exclusive, ISO 8601 (metrics; default: now)."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("service"), Tr::tr("Only incidents affecting this service (metrics)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("severity"), Tr::tr("Only this severity, e.g. SEV1 (metrics)."), QStringLiteral("SEVn")});
    parser.addOption({QStringLiteral("incidents"), Tr::tr("How many incidents to generate."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("as"), Tr::tr("Handle of the person acting (author of entries)."), QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("title"), Tr::tr("Title of a declared incident."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("summary"), Tr::tr("Summary of a declared incident."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("started-at"), Tr::tr("Impact start (declare), ISO 8601."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("kind"), Tr::tr("Entry kind: note, decision, action or update."), QStringLiteral("KIND"), QStringLiteral("note")});
    parser.addOption({QStringLiteral("at"), Tr::tr("When it happened (note), ISO 8601."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("public"), Tr::tr("Show the entry on the public status page.")});
    parser.addOption({QStringLiteral("pin"), Tr::tr("Pin the entry.")});
    parser.addOption({QStringLiteral("role"), Tr::tr("Role to assign."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("person"), Tr::tr("Handle of the person (assign)."), QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("brief"), Tr::tr("Hand-off brief (assign)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("owner"), Tr::tr("Owner of an action item."), QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("due"), Tr::tr("Due date of an action item, ISO 8601."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("priority"), Tr::tr("Priority of an action item."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("name"), Tr::tr("Full name (people add)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("team"), Tr::tr("Team (people add)."), QStringLiteral("TEAM")});
    parser.addOption({QStringLiteral("contact"), Tr::tr("Contact (people add)."), QStringLiteral("CONTACT")});
    parser.addOption({QStringLiteral("until"), Tr::tr("End of the generated history, ISO 8601 (default 2026-01-01T00:00Z)."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("seed"), Tr::tr("Seed of the generated history."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("incident"), Tr::tr("Only this incident's changes (watch)."), QStringLiteral("REF")});
    parser.addOption({QStringLiteral("count"), Tr::tr("Exit after N changes (watch)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("step"), Tr::tr("Escalation step DELAY:KIND:TARGET, repeatable (escalation add)."), QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("repeat"), Tr::tr("Extra rounds of an escalation policy."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("repeat-interval"), Tr::tr("Minutes between the last step and the next round."), QStringLiteral("MIN")});
    parser.addOption({QStringLiteral("min-severity"), Tr::tr("Escalate incidents of this severity and above, e.g. SEV2."), QStringLiteral("SEVn")});
    parser.addOption({QStringLiteral("default"), Tr::tr("Make the escalation policy the default.")});
    parser.addOption({QStringLiteral("create-roles"),
                      Tr::tr("Also create the roles warroom_commander, warroom_scribe, warroom_viewer and their GRANTs (db init).")});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("import, list or show"));

    if (!parser.parse(arguments))
        return fail(err, parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString command = positional.takeFirst();
    static const QStringList commands{QStringLiteral("import"),  QStringLiteral("list"),    QStringLiteral("show"),
                                      QStringLiteral("metrics"), QStringLiteral("generate"), QStringLiteral("declare"),
                                      QStringLiteral("status"),  QStringLiteral("note"),    QStringLiteral("assign"),
                                      QStringLiteral("action"),  QStringLiteral("people"),  QStringLiteral("watch"),
                                      QStringLiteral("db"),      QStringLiteral("export"),
                                      QStringLiteral("postmortem"), QStringLiteral("escalation")};
    if (!commands.contains(command))
        return fail(err, Tr::tr("unknown command \"%1\" (try --help).").arg(command), 2);

    QString urlText = parser.value(QStringLiteral("database"));
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("WARROOM_DATABASE");
    if (urlText.isEmpty())
        urlText = defaultDatabaseUrlString();
    const auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return fail(err, url.error().message, 2);
    const auto db = Database::openAndMigrate(url.value());
    if (!db)
        return fail(err, db.error().message);

    QString actor = parser.value(QStringLiteral("as"));
    if (actor.isEmpty())
        actor = qEnvironmentVariable("WARROOM_HANDLE");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", QStringLiteral("warroomctl"));
    if (actor.startsWith(QLatin1Char('@')))
        actor = actor.mid(1);
    if (!isValidHandle(actor))
        return fail(err, Tr::tr("\"%1\" is not a handle (use --as HANDLE).").arg(actor), 2);
    SystemClock clock;
    Context context{parser, out, err, db.value(), actor, clock};
    if (command == QLatin1String("import"))
        return cmdImport(context, positional);
    if (command == QLatin1String("list"))
        return cmdList(context, positional);
    if (command == QLatin1String("metrics"))
        return cmdMetrics(context, positional);
    if (command == QLatin1String("generate"))
        return cmdGenerate(context, positional);
    if (command == QLatin1String("declare"))
        return cmdDeclare(context, positional);
    if (command == QLatin1String("status"))
        return cmdStatus(context, positional);
    if (command == QLatin1String("note"))
        return cmdNote(context, positional);
    if (command == QLatin1String("assign"))
        return cmdAssign(context, positional);
    if (command == QLatin1String("action"))
        return cmdAction(context, positional);
    if (command == QLatin1String("people"))
        return cmdPeople(context, positional);
    if (command == QLatin1String("watch"))
        return cmdWatch(context, positional);
    if (command == QLatin1String("db"))
        return cmdDb(context, positional);
    if (command == QLatin1String("export")) {
        const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QString();
        const ExportRequest request{positional, format, parser.value(QStringLiteral("output")),
                                    parser.isSet(QStringLiteral("public-only")), parser.value(QStringLiteral("page"))};
        return runExport(context.db, context.clock, request, out, err);
    }
    if (command == QLatin1String("postmortem"))
        return runPostmortem(context.db, context.clock, actor, positional, parser.isSet(QStringLiteral("json")), out, err);
    if (command == QLatin1String("escalation")) {
        const EscalationOptions options{parser.value(QStringLiteral("name")), parser.values(QStringLiteral("step")),
                                        parser.value(QStringLiteral("repeat")), parser.value(QStringLiteral("repeat-interval")),
                                        parser.value(QStringLiteral("min-severity")), parser.value(QStringLiteral("service")),
                                        parser.isSet(QStringLiteral("default")), parser.isSet(QStringLiteral("json"))};
        return runEscalation(context.db, positional, options, out, err);
    }
    return cmdShow(context, positional);
}

} // namespace warroom::ctl
