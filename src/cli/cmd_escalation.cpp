#include "cmd_escalation.h"
#include "ctlsupport.h"

#include "core/severity.h"
#include "core/timeformat.h"
#include "storage/escalationrepository.h"
#include "storage/incidentrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom::ctl {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

int usage(QTextStream& err)
{
    return fail(err,
                Tr::tr("escalation takes: list | show NAME | add --name N --step DELAY:KIND:TARGET... [--repeat N] "
                       "[--repeat-interval MIN] [--min-severity SEVn] [--service S] [--default] | remove NAME | "
                       "pages REF"),
                2);
}

QJsonObject policyToJson(const EscalationPolicy& p)
{
    QJsonArray steps;
    for (const EscalationStep& s : p.steps) {
        steps.append(QJsonObject{{QStringLiteral("delay_s"), s.delaySeconds},
                                 {QStringLiteral("kind"), escalationTargetKey(s.kind)},
                                 {QStringLiteral("target"), s.target}});
    }
    return QJsonObject{
        {QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("repeat_count"), p.repeatCount},
        {QStringLiteral("repeat_interval_s"), p.repeatIntervalSeconds},
        {QStringLiteral("min_severity"), p.minSeverity > 0 ? QJsonValue(severityCode(p.minSeverity)) : QJsonValue()},
        {QStringLiteral("service"), p.service.isEmpty() ? QJsonValue() : QJsonValue(p.service)},
        {QStringLiteral("default"), p.isDefault},
        {QStringLiteral("version"), p.version}};
}

/// "Payments on-call (default; SEV2 and above; service Payments; repeat 2 every 10m)".
QString policyLine(const EscalationPolicy& p)
{
    QStringList traits;
    if (p.isDefault)
        traits << Tr::tr("default");
    if (p.minSeverity > 0)
        traits << Tr::tr("%1 and above").arg(severityCode(p.minSeverity));
    if (!p.service.isEmpty())
        traits << Tr::tr("service %1").arg(p.service);
    if (p.repeatCount > 0)
        traits << Tr::tr("repeat %1 after %2").arg(p.repeatCount).arg(formatDuration(p.repeatIntervalSeconds));
    return traits.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, traits.join(QStringLiteral("; ")));
}

void printPolicy(QTextStream& out, const EscalationPolicy& p)
{
    out << policyLine(p) << Qt::endl;
    for (const EscalationStep& s : p.steps)
        out << QStringLiteral("  %1").arg(s.toSpec()) << Qt::endl;
}

} // namespace

int runEscalation(const std::shared_ptr<Database>& db, const QStringList& arguments, const EscalationOptions& options,
                  QTextStream& out, QTextStream& err)
{
    EscalationRepository repo(db);
    const QString sub = arguments.value(0, QStringLiteral("list"));
    if (sub == QLatin1String("list") && arguments.size() <= 1) {
        const auto policies = repo.policies();
        if (!policies)
            return fail(err, policies.error().message);
        if (options.json) {
            QJsonArray array;
            for (const EscalationPolicy& p : policies.value())
                array.append(policyToJson(p));
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (policies->isEmpty())
            out << Tr::tr("No escalation policies.") << Qt::endl;
        for (const EscalationPolicy& p : policies.value())
            printPolicy(out, p);
        return 0;
    }
    if (sub == QLatin1String("show") && arguments.size() == 2) {
        const auto p = repo.findPolicy(arguments[1]);
        if (!p)
            return fail(err, p.error().message);
        if (options.json)
            out << QJsonDocument(policyToJson(p.value())).toJson(QJsonDocument::Indented);
        else
            printPolicy(out, p.value());
        return 0;
    }
    if (sub == QLatin1String("add") && arguments.size() == 1) {
        EscalationPolicy p;
        p.name = options.name;
        for (const QString& spec : options.steps) {
            auto step = parseEscalationStepSpec(spec);
            if (!step)
                return fail(err, step.error().message, 2);
            p.steps << step.value();
        }
        bool ok = true;
        if (!options.repeat.isEmpty())
            p.repeatCount = options.repeat.toInt(&ok);
        if (!ok)
            return fail(err, Tr::tr("--repeat takes a whole number."), 2);
        if (!options.repeatInterval.isEmpty())
            p.repeatIntervalSeconds = options.repeatInterval.toLongLong(&ok) * 60;
        if (!ok)
            return fail(err, Tr::tr("--repeat-interval takes whole minutes."), 2);
        if (!options.minSeverity.isEmpty()) {
            const auto level = parseSeverityCode(options.minSeverity);
            if (!level)
                return fail(err, Tr::tr("\"%1\" is not a severity such as SEV2.").arg(options.minSeverity), 2);
            p.minSeverity = *level;
        }
        p.service = options.service;
        p.isDefault = options.makeDefault;
        const auto created = repo.createPolicy(p);
        if (!created)
            return fail(err, created.error().message, created.error().code == QLatin1String("invalid") ? 2 : 1);
        if (options.json)
            out << QJsonDocument(policyToJson(created.value())).toJson(QJsonDocument::Indented);
        else
            printPolicy(out, created.value());
        return 0;
    }
    if (sub == QLatin1String("remove") && arguments.size() == 2) {
        const auto p = repo.findPolicy(arguments[1]);
        if (!p)
            return fail(err, p.error().message);
        if (auto removed = repo.removePolicy(p->id, p->version); !removed)
            return fail(err, removed.error().message);
        out << Tr::tr("Removed escalation policy \"%1\".").arg(p->name) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("pages") && arguments.size() == 2) {
        const auto incident = IncidentRepository(db).findByRef(arguments[1]);
        if (!incident)
            return fail(err, incident.error().message);
        const auto pages = repo.pages(incident->id);
        if (!pages)
            return fail(err, pages.error().message);
        QJsonArray array;
        for (const PageRecord& page : pages.value()) {
            if (options.json) {
                array.append(QJsonObject{{QStringLiteral("policy"), page.policyName},
                                         {QStringLiteral("step"), page.stepIndex + 1},
                                         {QStringLiteral("round"), page.round},
                                         {QStringLiteral("kind"), escalationTargetKey(page.kind)},
                                         {QStringLiteral("recipient"), page.recipient},
                                         {QStringLiteral("due_at"), toIsoUtc(page.dueAt)},
                                         {QStringLiteral("sent_at"), toIsoUtc(page.sentAt)},
                                         {QStringLiteral("delivery"), pageDeliveryKey(page.delivery)}});
                continue;
            }
            const QString who = page.kind == EscalationTargetKind::Webhook ? webhookUrl(page.target).host()
                                : page.recipient.isEmpty() ? Tr::tr("(nobody: %1 vacant)").arg(page.target)
                                                           : QStringLiteral("@") + page.recipient;
            out << QStringLiteral("%1  step %2 round %3  %4  %5")
                       .arg(toIsoUtc(page.sentAt))
                       .arg(page.stepIndex + 1)
                       .arg(page.round)
                       .arg(who, pageDeliveryKey(page.delivery))
                << Qt::endl;
        }
        if (options.json)
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    return usage(err);
}

} // namespace warroom::ctl
