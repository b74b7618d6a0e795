#pragma once
// Escalation policies and pages in the database (schema 5). A page and its timeline entry
// are written in one transaction, and the database refuses a second page for the same
// incident, step and round: a replay or a second evaluator can never page twice.

#include "database.h"

#include "core/escalation.h"
#include "core/incident.h"
#include "core/result.h"

#include <memory>
#include <optional>

namespace warroom {

/// How a page's delivery stands: Recorded (a person or role holder: the page itself is the
/// notification, which the person's app shows), Pending (a webhook being sent), Delivered,
/// Failed (every attempt failed).
enum class PageDelivery { Recorded, Pending, Delivered, Failed };
QString pageDeliveryKey(PageDelivery delivery);
std::optional<PageDelivery> parsePageDeliveryKey(const QString& key);

/// One notification sent for an incident. Times UTC.
struct PageRecord {
    QUuid id;
    QUuid incidentId;
    qint64 incidentNumber = 0; ///< filled when read
    QUuid policyId;
    QString policyName;
    int stepIndex = 0;
    int round = 0;
    EscalationTargetKind kind = EscalationTargetKind::Person;
    QString target;    ///< as in the step: handle, role key or URL
    QString recipient; ///< handle paged (the role holder for a role step); empty for a webhook or a vacant role
    QDateTime dueAt;
    QDateTime sentAt;
    PageDelivery delivery = PageDelivery::Recorded;
    QString deliveryDetail; ///< the last delivery error, if any
    int version = 1;

    PageKey key() const { return PageKey{stepIndex, round}; }
    QString incidentRef() const
    {
        return incidentNumber > 0 ? QStringLiteral("INC-%1").arg(incidentNumber) : QString();
    }
};

/// Reads and writes escalation policies, pages and stops. Nothing here shows UI.
/// Error codes, besides storage's ("sql", "disconnected"): "invalid" (the policy fails
/// EscalationPolicy::validate()), "not-found", "conflict" (a name or default already taken,
/// or the policy was changed by someone else; nothing written).
class EscalationRepository {
public:
    explicit EscalationRepository(std::shared_ptr<Database> db);

    const std::shared_ptr<Database>& database() const { return m_db; }

    // --- Policies -------------------------------------------------------------------------
    /// Every policy with its steps, ordered by name.
    Result<QList<EscalationPolicy>> policies() const;
    /// By id (text form) or exact name. Error "not-found".
    Result<EscalationPolicy> findPolicy(const QString& idOrName) const;
    /// Validates and stores a new policy (a null id gets a fresh UUID). Making it the default
    /// takes the default flag from any other policy.
    Result<EscalationPolicy> createPolicy(EscalationPolicy policy);
    /// Replaces name, settings and steps if the stored version is still `expectedVersion`;
    /// returns the stored policy (version + 1).
    Result<EscalationPolicy> updatePolicy(const EscalationPolicy& policy, int expectedVersion);
    /// Removes the policy and its steps; with `expectedVersion`, only if unchanged. Pages
    /// already sent under it stay.
    Result<void> removePolicy(const QUuid& id, std::optional<int> expectedVersion = std::nullopt);

    // --- Pages ----------------------------------------------------------------------------
    /// Incidents the escalation engine must look at: open and unacknowledged ones, and those
    /// with pages whose stop is not recorded yet.
    Result<QList<Incident>> incidentsToEvaluate() const;
    /// The pages of one incident, oldest first.
    Result<QList<PageRecord>> pages(const QUuid& incidentId) const;
    /// Pages to `recipient` sent after `afterUtc` (exclusive), oldest first; every recipient
    /// when `recipient` is empty.
    Result<QList<PageRecord>> pagesTo(const QString& recipient, const QDateTime& afterUtc) const;
    /// True when the incident's escalation stop has been written.
    Result<bool> isStopped(const QUuid& incidentId) const;

    /// Inserts `page` (a null id gets a fresh UUID) and an Alert timeline entry with
    /// `entryText` by `actor`, occurred at page.sentAt, in ONE transaction. Returns the page,
    /// or nullopt when a page with the same incident, step and round exists already (nothing
    /// written).
    Result<std::optional<PageRecord>> recordPage(PageRecord page, const QString& entryText, const QString& actor);
    /// Sets the delivery state of a page; with a non-empty `entryText`, an Alert timeline
    /// entry goes with it in the same transaction.
    Result<void> setDelivery(const QUuid& pageId, PageDelivery delivery, const QString& detail,
                             const QString& entryText, const QString& actor, const QDateTime& atUtc);
    /// Records that the incident's escalation stopped, with an Alert timeline entry, in one
    /// transaction. False (nothing written) when a stop was recorded already.
    Result<bool> recordStop(const QUuid& incidentId, const QDateTime& atUtc, int cancelledCount,
                            const QString& entryText, const QString& actor);

private:
    Result<void> writeSteps(const EscalationPolicy& policy);
    Result<void> clearOtherDefaults(const QUuid& keep);
    Result<QList<EscalationPolicy>> selectPolicies(const QString& where, const QVariantList& values) const;
    Result<QList<PageRecord>> selectPages(const QString& where, const QVariantList& values) const;
    Result<void> writeEntry(const QUuid& incidentId, const QString& text, const QString& actor, const QDateTime& atUtc);

    std::shared_ptr<Database> m_db;
};

} // namespace warroom
