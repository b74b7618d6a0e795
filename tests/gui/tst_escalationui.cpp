// The escalation policies editor, driven by object name offscreen over a real SQLite
// database, and the notification when the app's own user is paged.
#include "models/workspace.h"
#include "storage/escalationrepository.h"
#include "storage/incidentrepository.h"
#include "ui/escalationpoliciesdialog.h"
#include "ui/pagenotifier.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warroom;

namespace {

const QDateTime kT0(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestEscalationUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{kT0};
    int m_counter = 0;

    std::shared_ptr<Database> freshDb()
    {
        auto db = Database::openAndMigrate(
            DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("ui%1.db").arg(++m_counter))));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return db.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void editPolicies()
    {
        auto db = freshDb();
        EscalationPoliciesDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // An empty database starts a default policy with one step for the commander.
        auto* name = child<QLineEdit>(&dialog, "nameEdit");
        auto* steps = child<QTableWidget>(&dialog, "stepsTable");
        QCOMPARE(name->text(), QStringLiteral("Default"));
        QCOMPARE(steps->rowCount(), 1);
        QVERIFY(child<QCheckBox>(&dialog, "defaultCheck")->isChecked());

        name->clear();
        QTest::keyClicks(name, QStringLiteral("Payments on-call"));
        auto* severity = child<QComboBox>(&dialog, "severityCombo");
        severity->setCurrentIndex(severity->findData(2));
        QTest::keyClicks(child<QLineEdit>(&dialog, "serviceEdit"), QStringLiteral("Payments"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addStepButton"), Qt::LeftButton);
        QCOMPARE(steps->rowCount(), 2);
        steps->item(1, 2)->setText(QStringLiteral("alice"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addStepButton"), Qt::LeftButton);
        qobject_cast<QComboBox*>(steps->cellWidget(2, 1))->setCurrentIndex(2); // webhook
        steps->item(2, 2)->setText(QStringLiteral("slack+https://chat.example.com/hooks/abc"));
        child<QSpinBox>(&dialog, "repeatSpin")->setValue(2);
        child<QSpinBox>(&dialog, "repeatIntervalSpin")->setValue(10);
        // Move alice above the commander: the targets swap, the delays stay ascending.
        steps->setCurrentCell(1, 2);
        QTest::mouseClick(child<QPushButton>(&dialog, "stepUpButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&dialog, "errorLabel")->isHidden(),
                 qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));

        const auto stored = EscalationRepository(db).findPolicy(QStringLiteral("Payments on-call"));
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        QCOMPARE(stored->steps.size(), 3);
        QCOMPARE(stored->steps.at(0), (EscalationStep{300, EscalationTargetKind::Person, QStringLiteral("alice")}));
        QCOMPARE(stored->steps.at(1),
                 (EscalationStep{900, EscalationTargetKind::RoleHolder, QStringLiteral("commander")}));
        QCOMPARE(stored->steps.at(2).kind, EscalationTargetKind::Webhook);
        QCOMPARE(stored->steps.at(2).delaySeconds, 1500);
        QCOMPARE(stored->minSeverity, 2);
        QCOMPARE(stored->service, QStringLiteral("Payments"));
        QCOMPARE(stored->repeatCount, 2);
        QCOMPARE(stored->repeatIntervalSeconds, 600);
        QVERIFY(stored->isDefault);
        QCOMPARE(child<QListWidget>(&dialog, "policyList")->count(), 1);

        QWidget* shot = &dialog;
        const QString png = QDir::temp().filePath(QStringLiteral("warroom-escalation-policies.png"));
        QVERIFY(shot->grab().save(png));

        // An invalid edit is refused and explained; nothing changes.
        steps->item(0, 2)->setText(QStringLiteral("not a handle"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isHidden());
        QCOMPARE(EscalationRepository(db).findPolicy(QStringLiteral("Payments on-call"))->version, 1);

        // Someone else saves first: a conflict, shown, and the editor reloads their version.
        EscalationPolicy theirs = stored.value();
        theirs.repeatCount = 5;
        QVERIFY(EscalationRepository(db).updatePolicy(theirs, 1).ok());
        steps->item(0, 2)->setText(QStringLiteral("bob"));
        QVERIFY(!dialog.save());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(child<QSpinBox>(&dialog, "repeatSpin")->value(), 5);

        QTest::mouseClick(child<QPushButton>(&dialog, "removePolicyButton"), Qt::LeftButton);
        QVERIFY(EscalationRepository(db).policies()->isEmpty());
    }

    void notifiesOwnPagesOnce()
    {
        auto db = freshDb();
        Workspace workspace(db, m_clock);
        workspace.setActor(QStringLiteral("alice"));
        QWidget window;
        PageNotifier notifier(&window);
        notifier.setWorkspace(&workspace);
        QSignalSpy notified(&notifier, &PageNotifier::notified);

        Incident i;
        i.title = QStringLiteral("Checkout down");
        i.status = IncidentStatus::Triggered;
        i.detectedAt = kT0;
        i.startedAt = kT0;
        const Incident incident = IncidentRepository(db).insertIncident(i).value();
        auto page = [&](int step, const QString& to, qint64 at) {
            PageRecord p;
            p.incidentId = incident.id;
            p.policyId = QUuid::createUuid();
            p.policyName = QStringLiteral("Checkout on-call");
            p.stepIndex = step;
            p.kind = EscalationTargetKind::Person;
            p.target = to;
            p.recipient = to;
            p.dueAt = kT0.addSecs(at);
            p.sentAt = kT0.addSecs(at);
            QVERIFY(EscalationRepository(db)
                        .recordPage(p, QStringLiteral("Paged."), QStringLiteral("warroomd"))
                        ->has_value());
        };
        page(0, QStringLiteral("bob"), 60);
        workspace.notifyIncidentChanged(incident.id);
        QCOMPARE(notified.size(), 0); // someone else's page
        page(1, QStringLiteral("alice"), 120);
        workspace.notifyIncidentChanged(incident.id);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("You are paged for %1").arg(incident.ref()));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("step 2")));
        QCOMPARE(notified.first().at(2).toUuid(), incident.id);
        workspace.notifyIncidentChanged({});
        QCOMPARE(notified.size(), 1);          // not twice
        page(2, QStringLiteral("alice"), 120); // same second as the last one seen
        workspace.notifyIncidentChanged(incident.id);
        QCOMPARE(notified.size(), 2);
    }
};

QTEST_MAIN(TestEscalationUi)
#include "tst_escalationui.moc"
