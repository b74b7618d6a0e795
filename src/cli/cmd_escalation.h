#pragma once
// warroomctl escalation: escalation policies, and the pages sent for an incident.

#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace warroom::ctl {

/// The options `escalation add` reads.
struct EscalationOptions {
    QString name;             ///< --name
    QStringList steps;        ///< --step, each "DELAY:KIND:TARGET" (parseEscalationStepSpec)
    QString repeat;           ///< --repeat N (extra rounds)
    QString repeatInterval;   ///< --repeat-interval MINUTES
    QString minSeverity;      ///< --min-severity SEVn
    QString service;          ///< --service NAME
    bool makeDefault = false; ///< --default
    bool json = false;        ///< --json
};

/// `escalation list | show NAME | add --name N --step 5:person:alice ... [--repeat N]
/// [--repeat-interval MIN] [--min-severity SEVn] [--service S] [--default] | remove NAME |
/// pages REF`. Returns the exit code (0, 1 failure, 2 usage).
int runEscalation(const std::shared_ptr<Database>& db, const QStringList& arguments, const EscalationOptions& options,
                  QTextStream& out, QTextStream& err);

} // namespace warroom::ctl
