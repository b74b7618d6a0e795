#pragma once
// warroomctl export: writes incidents in an interchange format.

#include "core/clock.h"
#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace warroom::ctl {

/// What `warroomctl export` was asked for.
struct ExportRequest {
    QStringList arguments;   ///< positional arguments after "export"
    QString format;          ///< "statuspage" or "csv"; empty when --format was not given
    QString output;          ///< --output FILE
    bool publicOnly = false; ///< --public-only
    QString page;            ///< --page a4|letter (postmortem pdf)
};

/// Runs the export; returns the exit code (0 done, 1 failure, 2 usage error), messages on `err`.
///   statuspage: one Statuspage v2 incidents.json ({"page", "incidents"}) of every incident,
///               which `warroomctl import --format statuspage` reads back.
///   csv:        FILE holds the incidents; FILE's sibling "<base>_timeline.csv" the timeline
///               entries (incidents.csv -> incidents_timeline.csv).
/// With publicOnly, only public entries and the incidents that have one; otherwise every
/// incident and every entry not deleted.
int runExport(const std::shared_ptr<Database>& db, const Clock& clock, const ExportRequest& request, QTextStream& out,
              QTextStream& err);

/// The timeline file written next to a CSV export's FILE.
QString timelineCsvPath(const QString& incidentsPath);

} // namespace warroom::ctl
