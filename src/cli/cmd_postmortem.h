#pragma once
// warroomctl postmortem and the postmortem formats of warroomctl export.

#include "core/clock.h"
#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace warroom::ctl {

/// True for the export formats that write one incident's postmortem: markdown, html, pdf.
bool isPostmortemExportFormat(const QString& format);

/// `export REF --format markdown|html|pdf --output FILE [--page a4|letter]`: the incident's
/// postmortem (a pre-filled, unsaved draft when it has none yet, with a note on `err`).
/// Markdown also writes the durations chart as SVG next to FILE ("<base>-durations.svg").
/// pdf needs a QGuiApplication. Returns the exit code (0, 1 failure, 2 usage).
int runPostmortemExport(const std::shared_ptr<Database>& db, const Clock& clock, const QStringList& arguments,
                        const QString& format, const QString& output, const QString& page, QTextStream& out,
                        QTextStream& err);

/// `postmortem REF [show [--json] | create | status draft|in-review|published | set FIELD TEXT]`.
/// show (the default) prints the document (Markdown) or its JSON; create pre-fills and stores
/// it; status moves it; set writes one section (FIELD as in postmortemFieldKey, or "why" to
/// append to the five whys). status and set create the postmortem first when missing.
int runPostmortem(const std::shared_ptr<Database>& db, const Clock& clock, const QString& actor,
                  const QStringList& arguments, bool json, QTextStream& out, QTextStream& err);

/// Whether the process needs a QGuiApplication: `export ... --format pdf`.
bool needsGuiApplication(const QStringList& arguments);

} // namespace warroom::ctl
