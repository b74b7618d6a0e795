#pragma once
// The public status page as one self-contained HTML document: inline CSS, no scripts, no
// external assets; readable on a phone. Pure function of a StatusPageSnapshot.

#include "statuspagewriter.h"

#include <QString>

namespace warroom {

/// Renders the page: the overall status banner; open incidents (most severe, then most recent
/// first) with their updates (newest first); each service's current state with one cell per
/// day of the history window (hover text names the incidents; phones show the last 30 days)
/// and its uptime; the incidents resolved within the window. Times are shown in UTC.
///
/// Only public, not deleted entries are shown, and only incidents that have one
/// (publicIncidents() is applied here, whatever the caller passed). Every text from the
/// snapshot is HTML-escaped. `apiBase` is the path the page links the JSON API under.
QString renderStatusPageHtml(const StatusPageSnapshot& snapshot, const QString& apiBase = QStringLiteral("/api/v2"));

} // namespace warroom
