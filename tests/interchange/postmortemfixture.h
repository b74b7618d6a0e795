#pragma once
// A resolved incident with a filled-in postmortem, fixed to the byte, for the export tests.

#include "interchange/postmortemexport.h"

#include <QTimeZone>

namespace warroom::test {

inline QDateTime utc(int day, int h, int m)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), QTimeZone::utc());
}

inline PostmortemReport samplePostmortemReport()
{
    PostmortemReport r;
    Incident& i = r.incident;
    i.id = QUuid(QStringLiteral("{6f1c1f9e-3b7a-4d55-9a0e-1f2d3c4b5a69}"));
    i.number = 42;
    i.title = QStringLiteral("Checkout errors for EU customers");
    i.summary = QStringLiteral("Card payments failed.");
    i.severity = 1;
    i.status = IncidentStatus::Postmortem;
    i.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
    i.commander = QStringLiteral("alice");
    i.startedAt = utc(5, 9, 48);
    i.detectedAt = utc(5, 10, 2);
    i.declaredAt = utc(5, 10, 3);
    i.acknowledgedAt = utc(5, 10, 6);
    i.mitigatedAt = utc(5, 10, 57);
    i.resolvedAt = utc(5, 12, 10);

    Postmortem& pm = r.postmortem;
    pm.id = QUuid(QStringLiteral("{0a7d4e31-6c2b-4f0e-8d19-5b3a2c1d0e9f}"));
    pm.incidentId = i.id;
    pm.status = PostmortemStatus::Published;
    pm.summary = QStringLiteral(
        "For 2 h 22 min, 31% of card payments from EU customers failed at checkout.\n\n"
        "A release of the payments gateway (7.3) sent requests with an expired client certificate "
        "to the card processor.");
    pm.impact = QStringLiteral("- About 18,400 checkout attempts failed (31% of EU traffic)\n"
                               "- No data was lost; customers could retry after 10:57 UTC\n"
                               "- Support received 212 tickets <in 2 hours>");
    pm.detection = QStringLiteral("The checkout error-rate alert fired at 10:02 UTC, 14 minutes after impact began.");
    pm.rootCauses = QStringLiteral("The certificate rotation job wrote the new certificate to the old path; "
                                   "release 7.3 read the \"new\" path & found the expired one.");
    pm.fiveWhys = {QStringLiteral("Why did payments fail? The processor rejected our TLS client certificate."),
                   QStringLiteral("Why was it rejected? It had expired on 5 March."),
                   QStringLiteral("Why was an expired certificate used? 7.3 read a path the rotation job never wrote."),
                   QStringLiteral("Why did the paths differ? The path moved in 7.3 without a change to the job."),
                   QStringLiteral("Why was that not caught? Staging uses a certificate that never expires.")};
    pm.contributingFactors = QStringLiteral("The error-rate alert threshold (25%) delayed detection.");
    pm.wentWell = QStringLiteral("Rollback took 6 minutes once decided.");
    pm.wentBadly = QStringLiteral("The first responder lacked access to the processor's dashboard.");
    pm.whereLucky = QStringLiteral("The incident began outside the EU evening peak.");
    pm.lessons = QStringLiteral("Certificates need expiry monitoring independent of rotation.");
    pm.timeline = {
        {utc(5, 10, 2), QStringLiteral("alertmanager"), EntryKind::Alert, QStringLiteral("Checkout error rate above 25%")},
        {utc(5, 10, 20), QStringLiteral("bob"), EntryKind::Note,
         QStringLiteral("Processor returns \"certificate expired\" | handshake fails")},
        {utc(5, 10, 51), QStringLiteral("alice"), EntryKind::Decision, QStringLiteral("Roll back the gateway to 7.2")},
    };
    RoleAssignment ic;
    ic.role = IncidentRole::Commander;
    ic.holder = QStringLiteral("alice");
    ic.startedAt = utc(5, 10, 3);
    RoleAssignment scribe;
    scribe.role = IncidentRole::Scribe;
    scribe.holder = QStringLiteral("bob");
    scribe.startedAt = utc(5, 10, 8);
    scribe.endedAt = utc(5, 11, 30);
    pm.roles = {ic, scribe};

    ActionItem a1;
    a1.id = QUuid(QStringLiteral("{11111111-2222-4333-8444-555555555555}"));
    a1.incidentId = i.id;
    a1.text = QStringLiteral("Alert on certificate expiry 30 days ahead");
    a1.owner = QStringLiteral("bob");
    a1.priority = ActionPriority::High;
    a1.dueAt = utc(20, 0, 0);
    a1.state = ActionState::InProgress;
    ActionItem a2;
    a2.id = QUuid(QStringLiteral("{66666666-7777-4888-9999-aaaaaaaaaaaa}"));
    a2.incidentId = i.id;
    a2.text = QStringLiteral("Use expiring certificates in staging");
    a2.priority = ActionPriority::Medium;
    a2.state = ActionState::Open;
    ActionItem unlinked = a2;
    unlinked.id = QUuid(QStringLiteral("{bbbbbbbb-cccc-4ddd-8eee-ffffffffffff}"));
    unlinked.text = QStringLiteral("not linked");
    r.actionItems = {unlinked, a2, a1};
    pm.actionItemIds = {a1.id, a2.id};
    pm.checked = {ChecklistItem::KeyDataCollected, ChecklistItem::ImpactComplete, ChecklistItem::RootCauseDeep,
                  ChecklistItem::ActionItemsPrioritised};
    pm.createdAt = utc(6, 9, 0);
    pm.createdBy = QStringLiteral("carol");
    pm.updatedAt = utc(9, 16, 45);
    pm.updatedBy = QStringLiteral("alice");
    pm.publishedAt = utc(9, 16, 45);
    pm.version = 7;
    return r;
}

} // namespace warroom::test
