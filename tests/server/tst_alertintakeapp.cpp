// The in-app alert intake: the Settings page (validity, generated tokens, stored values, a
// look at it) and the controller serving the intake routes on the workspace's database while
// enabled, refreshing the workspace on each accepted delivery.
#include "models/workspace.h"
#include "storage/incidentrepository.h"
#include "ui/alertintakecontroller.h"
#include "ui/alertintakesettingspage.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

class TestAlertIntakeApp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;

    static int post(quint16 port, const QByteArray& token, const QByteArray& body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts/generic").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertintakeapp"));
        QSettings().clear();
    }

    void page()
    {
        AlertIntakeSettingsPage page;
        page.resize(560, 360);
        auto* enabled = page.findChild<QCheckBox*>(QStringLiteral("alertIntakeEnabledCheck"));
        auto* listen = page.findChild<QLineEdit*>(QStringLiteral("alertIntakeListenEdit"));
        auto* token = page.findChild<QLineEdit*>(QStringLiteral("alertIntakeTokenEdit"));
        auto* generate = page.findChild<QPushButton*>(QStringLiteral("alertIntakeGenerateButton"));
        auto* problem = page.findChild<QLabel*>(QStringLiteral("alertIntakeProblemLabel"));
        auto* url = page.findChild<QLabel*>(QStringLiteral("alertIntakeUrlLabel"));
        QVERIFY(enabled && listen && token && generate && problem && url);
        page.load(QSettings());
        QVERIFY(!enabled->isChecked());
        QVERIFY(page.isValid());
        QVERIFY(!token->isEnabled());

        QSignalSpy validity(&page, &SettingsPage::validityChanged);
        enabled->setChecked(true);
        QVERIFY(!page.isValid()); // no token yet
        QVERIFY2(problem->text().contains(QStringLiteral("16")), qPrintable(problem->text()));
        QVERIFY(validity.count() > 0);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(token->text().size() >= AlertIntakeAppSettings::kMinTokenLength);
        QVERIFY(page.isValid());
        QVERIFY(problem->text().isEmpty());
        QVERIFY(url->text().contains(QStringLiteral("http://127.0.0.1:8750/api/v1/alerts/alertmanager")));
        listen->setText(QStringLiteral("nowhere"));
        QVERIFY(!page.isValid());
        listen->setText(QStringLiteral("127.0.0.1:18650"));
        QVERIFY(page.isValid());

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.grab().save(m_dir.filePath(QStringLiteral("alertintakepage.png")));
        if (qEnvironmentVariableIsSet("WARROOM_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("WARROOM_SCREENSHOT_DIR") + QStringLiteral("/alertintakepage.png"));

        QSettings settings;
        page.save(settings);
        const AlertIntakeAppSettings stored = AlertIntakeAppSettings::load(settings);
        QVERIFY(stored.enabled);
        QCOMPARE(stored.listen, QStringLiteral("127.0.0.1:18650"));
        QCOMPARE(stored.token, token->text());
        page.restoreDefaults();
        QVERIFY(!enabled->isChecked());
        QCOMPARE(listen->text(), QStringLiteral("127.0.0.1:8750"));
    }

    void dialogHasThePage()
    {
        SettingsDialog dialog(Identity{QStringLiteral("Ada"), QStringLiteral("ada")}, SeverityScale(), QSettings());
        QVERIFY(dialog.showPage(QStringLiteral("alertIntakePage")));
        if (qEnvironmentVariableIsSet("WARROOM_SCREENSHOT_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("WARROOM_SCREENSHOT_DIR") +
                               QStringLiteral("/alertintakedialog.png"));
        }
    }

    void controllerServesTheWorkspace()
    {
        const QByteArray token = "in-app-token-0123456789";
        {
            AlertIntakeAppSettings s;
            s.enabled = true;
            s.listen = QStringLiteral("127.0.0.1:0");
            s.token = QString::fromLatin1(token);
            QSettings settings;
            s.save(settings);
        }
        auto workspace = Workspace::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("app.db"))), m_clock);
        QVERIFY2(workspace, qPrintable(workspace.errorText()));
        AlertIntakeController controller(m_clock);
        QSignalSpy messages(&controller, &AlertIntakeController::message);
        controller.setWorkspace(workspace.value().get());
        QVERIFY(controller.isRunning());
        QVERIFY(controller.port() != 0);
        QVERIFY(messages.count() == 1 &&
                messages.first().first().toString().startsWith(QStringLiteral("Alert intake on")));

        QSignalSpy changed(workspace.value().get(), &Workspace::incidentChanged);
        QCOMPARE(post(controller.port(), token,
                      R"({"group": "disk", "alerts": [{"name": "DiskFull", "severity": "critical"}]})"),
                 200);
        QCOMPARE(changed.count(), 1);
        IncidentRepository repo(workspace.value()->database());
        QCOMPARE(repo.incidentCount().value(), 1);
        QCOMPARE(repo.listIncidents()->first().severity, 1);
        QCOMPARE(post(controller.port(), "wrong", R"({"group": "disk", "alerts": [{"name": "DiskFull"}]})"), 401);
        QCOMPARE(repo.incidentCount().value(), 1);

        // Turned off in the settings: the port closes.
        const quint16 port = controller.port();
        QSettings().setValue(QStringLiteral("alertIntake/enabled"), false);
        controller.applySettings();
        QVERIFY(!controller.isRunning());
        QCOMPARE(post(port, token, "{}"), 0); // connection refused
        controller.setWorkspace(nullptr);
    }
};

QTEST_MAIN(TestAlertIntakeApp)
#include "tst_alertintakeapp.moc"
