#pragma once
// The escalation engine of warroomd: on a timer, while this process holds the leader lock,
// pages whoever the policy says is due for every unacknowledged incident, and records the
// stop once someone acknowledges.

#include "webhooksender.h"

#include "core/clock.h"
#include "core/escalation.h"
#include "core/result.h"
#include "storage/escalationrepository.h"
#include "storage/leaderlock.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace warroom {

/// Evaluates escalations. Each pass (evaluateNow()): confirm or take leadership (see
/// LeaderLock; a standby does nothing), load the policies and the incidents to look at,
/// run planEscalation() for each, record every due page with its timeline entry (the
/// database refuses a page twice, so a second leader or a replay cannot double-page), post
/// webhooks, and record the stop of incidents acknowledged after a page. Role-holder steps
/// page whoever holds the role when the step fires; a vacant role is recorded as such.
/// Timeline entries are written as `actor`. On PostgreSQL the leader also listens for the
/// change log's notifications on a connection of its own and evaluates 250 ms after a change,
/// so a new incident with a step at 0 minutes is paged at once rather than at the next
/// period. Use from one thread.
class ChangeNotifier;

class EscalationEngine : public QObject {
    Q_OBJECT

public:
    struct Options {
        int intervalMs = 15000; ///< evaluation period; a page due sooner is evaluated at its time
        QString actor = QStringLiteral("warroomd");
        WebhookSender::Options webhook;
    };

    /// `db` is this engine's connection; the leader lock opens its own one to the same URL.
    EscalationEngine(std::shared_ptr<Database> db, const Clock& clock, Options options, QObject* parent = nullptr);
    EscalationEngine(std::shared_ptr<Database> db, const Clock& clock, QObject* parent = nullptr)
        : EscalationEngine(std::move(db), clock, Options{}, parent)
    {
    }
    ~EscalationEngine() override;

    /// Starts the periodic evaluation (and evaluates at once).
    void start();
    void stop();

    /// One pass now. Returns the number of pages recorded by this pass (0 when not leader).
    Result<int> evaluateNow();

    bool isLeader() const { return m_lock.isLeader(); }
    LeaderLock& leaderLock() { return m_lock; }
    /// Webhook deliveries still in progress.
    int pendingDeliveries() const { return m_sender.inFlight(); }

    /// The JSON body a webhook step posts for `page` of `incident` (Slack: {"text": ...}).
    static QByteArray webhookBody(WebhookFormat format, const Incident& incident, const PageRecord& page,
                                  const QString& text);

signals:
    void paged(const warroom::PageRecord& page);
    void escalationStopped(const QUuid& incidentId);
    void deliveryFinished(const QUuid& pageId, bool delivered);
    void leadershipChanged(bool leader);

private:
    Result<int> evaluateIncident(const Incident& incident, const QList<EscalationPolicy>& policies,
                                 const QDateTime& now, QDateTime& nextDue);
    Result<std::optional<PageRecord>> sendPage(const Incident& incident, const EscalationPolicy& policy,
                                               const DuePage& due, const QDateTime& now);
    void onDeliveryFinished(quint64 id, bool delivered, int attempts, const QString& detail);
    void scheduleNext(const QDateTime& nextDue, const QDateTime& now);
    /// PostgreSQL leader: (re)subscribes to change notifications when not listening.
    void ensureListening();

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    Options m_options;
    EscalationRepository m_repo;
    LeaderLock m_lock;
    WebhookSender m_sender;
    QTimer m_timer;
    QTimer m_soon;                           ///< single shot for a page due before the next period
    QHash<quint64, PageRecord> m_deliveries; ///< webhook delivery id -> page
    std::shared_ptr<Database> m_listenDb;    ///< PostgreSQL: the notification connection
    std::unique_ptr<ChangeNotifier> m_notifier;
    bool m_wasLeader = false;
};

} // namespace warroom
