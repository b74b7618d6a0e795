#pragma once
// Reads incidents with the timeline entries they publish: what the public status page and
// the Statuspage/CSV exports show. Read-only.

#include "database.h"

#include "core/result.h"
#include "interchange/statuspagewriter.h"

#include <memory>

namespace warroom {

/// Which incidents and entries to read.
struct PublishedHistoryQuery {
    /// Only entries that are public (and not deleted), and only incidents with at least one
    /// of them. Without it: every incident and every entry that is not deleted.
    bool publicOnly = true;
    /// Only incidents still open, or resolved (closed) at or after this UTC time. Null: all.
    QDateTime since;
};

/// Reads published incidents in a few set-based statements (one per table), whatever the
/// number of incidents. Error code "sql" on database failure.
class PublicStatusReader {
public:
    explicit PublicStatusReader(std::shared_ptr<Database> db);

    /// Incidents ordered by number, each with its entries ordered by occurred_at.
    Result<QList<PublishedIncident>> incidents(const PublishedHistoryQuery& query) const;
    /// Every service name, sorted: the components of the page.
    Result<QStringList> services() const;
    /// What the status page shows at `now`: public incidents open or resolved within the last
    /// `historyDays` UTC days (counting the day of `now`), every service, and `page`.
    Result<StatusPageSnapshot> snapshot(const StatusPageInfo& page, const QDateTime& now, int historyDays = 90) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace warroom
