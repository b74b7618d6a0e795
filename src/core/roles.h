#pragma once
// Incident roles, role assignments, people and hand-off briefs.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace warroom {

/// The roles of an incident response (after the Incident Command System as used in
/// software incident response). All but SubjectMatterExpert have one holder at a time.
enum class IncidentRole {
    Commander,
    Scribe,
    Communications,
    Operations,
    Planning,
    CustomerLiaison,
    ExecutiveSponsor,
    SubjectMatterExpert,
};

QList<IncidentRole> allIncidentRoles();
/// Key used in the database and on the command line: "commander", "scribe", "communications",
/// "operations", "planning", "customer-liaison", "executive", "sme".
QString roleKey(IncidentRole role);
std::optional<IncidentRole> parseRoleKey(const QString& key);
/// Translated name ("Incident Commander").
QString roleDisplayName(IncidentRole role);
/// True for every role but Subject-Matter Expert.
bool isSingleHolderRole(IncidentRole role);

/// One span of one person holding one role. `endedAt` is null while it lasts. Times UTC.
struct RoleAssignment {
    QUuid id;
    QUuid incidentId;
    IncidentRole role = IncidentRole::Commander;
    QString holder;             ///< handle of the person
    QDateTime startedAt;
    QDateTime endedAt;
    QString assignedBy;         ///< handle of who made the assignment
    int version = 1;

    bool isCurrent() const { return !endedAt.isValid(); }
};

/// Someone who can hold a role. `handle` is unique (e.g. "alice").
struct Person {
    QUuid id;
    QString handle;
    QString name;
    QString team;
    QString contact;            ///< free text: phone, chat handle, e-mail
    int version = 1;

    /// "Alice Example (@alice)", or the handle alone when there is no name.
    QString label() const;
};

/// Handles are 1–64 characters of letters, digits, '.', '_' and '-'.
bool isValidHandle(const QString& handle);

/// What the outgoing holder of a role tells the incoming one.
struct HandOffBrief {
    QString objectives;         ///< current objectives
    QString openActionItems;    ///< open action items, one per line
    QDateTime nextUpdateDue;    ///< next stakeholder update due (UTC), null if none
    QString notes;              ///< anything else

    bool isEmpty() const;
    /// The brief as timeline text, one labelled paragraph per non-empty field; times UTC.
    QString toText() const;
};

} // namespace warroom
