#include "roles.h"

#include "timeformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace warroom {

QList<IncidentRole> allIncidentRoles()
{
    return {IncidentRole::Commander,       IncidentRole::Scribe,           IncidentRole::Communications,
            IncidentRole::Operations,      IncidentRole::Planning,         IncidentRole::CustomerLiaison,
            IncidentRole::ExecutiveSponsor, IncidentRole::SubjectMatterExpert};
}

QString roleKey(IncidentRole role)
{
    switch (role) {
    case IncidentRole::Commander: return QStringLiteral("commander");
    case IncidentRole::Scribe: return QStringLiteral("scribe");
    case IncidentRole::Communications: return QStringLiteral("communications");
    case IncidentRole::Operations: return QStringLiteral("operations");
    case IncidentRole::Planning: return QStringLiteral("planning");
    case IncidentRole::CustomerLiaison: return QStringLiteral("customer-liaison");
    case IncidentRole::ExecutiveSponsor: return QStringLiteral("executive");
    case IncidentRole::SubjectMatterExpert: return QStringLiteral("sme");
    }
    return {};
}

std::optional<IncidentRole> parseRoleKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (IncidentRole r : allIncidentRoles()) {
        if (roleKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(IncidentRole role)
{
    switch (role) {
    case IncidentRole::Commander: return QCoreApplication::translate("warroom::Role", "Incident Commander");
    case IncidentRole::Scribe: return QCoreApplication::translate("warroom::Role", "Scribe");
    case IncidentRole::Communications: return QCoreApplication::translate("warroom::Role", "Communications Lead");
    case IncidentRole::Operations: return QCoreApplication::translate("warroom::Role", "Operations Lead");
    case IncidentRole::Planning: return QCoreApplication::translate("warroom::Role", "Planning Lead");
    case IncidentRole::CustomerLiaison: return QCoreApplication::translate("warroom::Role", "Customer Liaison");
    case IncidentRole::ExecutiveSponsor: return QCoreApplication::translate("warroom::Role", "Executive Sponsor");
    case IncidentRole::SubjectMatterExpert: return QCoreApplication::translate("warroom::Role", "Subject-Matter Expert");
    }
    return {};
}

bool isSingleHolderRole(IncidentRole role)
{
    return role != IncidentRole::SubjectMatterExpert;
}

QString Person::label() const
{
    if (name.trimmed().isEmpty())
        return QLatin1Char('@') + handle;
    return QStringLiteral("%1 (@%2)").arg(name.trimmed(), handle);
}

bool isValidHandle(const QString& handle)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(handle).hasMatch();
}

bool HandOffBrief::isEmpty() const
{
    return objectives.trimmed().isEmpty() && openActionItems.trimmed().isEmpty() && !nextUpdateDue.isValid()
        && notes.trimmed().isEmpty();
}

QString HandOffBrief::toText() const
{
    QStringList parts;
    if (!objectives.trimmed().isEmpty())
        parts << QCoreApplication::translate("warroom::HandOffBrief", "Objectives: %1").arg(objectives.trimmed());
    if (!openActionItems.trimmed().isEmpty())
        parts << QCoreApplication::translate("warroom::HandOffBrief", "Open action items: %1").arg(openActionItems.trimmed());
    if (nextUpdateDue.isValid())
        parts << QCoreApplication::translate("warroom::HandOffBrief", "Next stakeholder update due: %1").arg(toIsoUtc(nextUpdateDue));
    if (!notes.trimmed().isEmpty())
        parts << QCoreApplication::translate("warroom::HandOffBrief", "Notes: %1").arg(notes.trimmed());
    return parts.join(QLatin1Char('\n'));
}

} // namespace warroom
