// The alert webhook parsers and the severity/service/title mapping, over payloads written
// after the Alertmanager (webhook_config, version 4) and Grafana webhook documentation, and
// over malformed ones: each refusal names the offending field.
#include "interchange/alertmapping.h"
#include "interchange/alertpayload.h"

#include <QFile>
#include <QTest>

using namespace warroom;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(WARROOM_TEST_DATA_DIR "/alerts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Two alerts of one group, the second already resolved; nanosecond and offset times as
// Alertmanager writes them.
QByteArray alertmanagerFiring()
{
    return readData(QStringLiteral("alertmanager-firing.json"));
}

QByteArray grafanaFiring()
{
    return readData(QStringLiteral("grafana-firing.json"));
}

QByteArray genericBody()
{
    return readData(QStringLiteral("generic.json"));
}

} // namespace

class TestAlertPayload : public QObject {
    Q_OBJECT

private slots:
    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("msecs"); // since the epoch; -1 for the Go zero time
        QTest::newRow("utc") << QStringLiteral("2024-03-05T10:15:30Z") << true << qint64(1709633730000);
        QTest::newRow("nanoseconds") << QStringLiteral("2024-03-05T10:15:30.123456789Z") << true
                                     << qint64(1709633730123);
        QTest::newRow("offset") << QStringLiteral("2024-03-05T12:15:30.5+02:00") << true << qint64(1709633730500);
        QTest::newRow("negative offset") << QStringLiteral("2024-03-05T05:15:30-05:00") << true
                                         << qint64(1709633730000);
        QTest::newRow("go zero") << QStringLiteral("0001-01-01T00:00:00Z") << true << qint64(-1);
        QTest::newRow("no zone") << QStringLiteral("2024-03-05T10:15:30") << false << qint64(0);
        QTest::newRow("bad month") << QStringLiteral("2024-13-05T10:15:30Z") << false << qint64(0);
        QTest::newRow("words") << QStringLiteral("yesterday") << false << qint64(0);
    }
    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, msecs);
        const auto time = parseRfc3339(text);
        QCOMPARE(time.has_value(), valid);
        if (!valid)
            return;
        if (msecs < 0) {
            QVERIFY(!time->isValid());
        } else {
            QCOMPARE(time->toMSecsSinceEpoch(), msecs);
            QCOMPARE(time->timeSpec(), Qt::UTC);
        }
    }

    void alertmanagerExample()
    {
        const auto parsed = parseAlertmanagerPayload(alertmanagerFiring());
        QVERIFY2(parsed, qPrintable(parsed.errorText()));
        const AlertGroupDelivery& d = parsed.value();
        QCOMPARE(d.source, QStringLiteral("alertmanager"));
        QCOMPARE(d.groupKey, QStringLiteral("{}/{team=\"payments\"}:{alertname=\"CheckoutErrors\"}"));
        QCOMPARE(d.state, AlertState::Firing);
        QCOMPARE(d.receiver, QStringLiteral("warroom"));
        QCOMPARE(d.commonLabels.value(QStringLiteral("team")), QStringLiteral("payments"));
        QCOMPARE(d.alerts.size(), 2);
        const Alert& first = d.alerts.at(0);
        QCOMPARE(first.fingerprint, QStringLiteral("0a1b2c3d4e5f6071"));
        QCOMPARE(first.name, QStringLiteral("CheckoutErrors"));
        QCOMPARE(first.state, AlertState::Firing);
        QCOMPARE(first.startsAt, QDateTime(QDate(2024, 3, 5), QTime(10, 15, 30, 123), Qt::UTC));
        QVERIFY(!first.endsAt.isValid());
        QCOMPARE(first.annotations.value(QStringLiteral("summary")), QStringLiteral("Checkout error ratio above 5 %"));
        const Alert& second = d.alerts.at(1);
        QCOMPARE(second.state, AlertState::Resolved);
        QCOMPARE(second.startsAt, QDateTime(QDate(2024, 3, 5), QTime(10, 14, 0), Qt::UTC));
        QCOMPARE(second.endsAt, QDateTime(QDate(2024, 3, 5), QTime(10, 40, 0, 500), Qt::UTC));
        QCOMPARE(d.earliestStart(), second.startsAt);
        QVERIFY(!d.allResolved());
    }

    void grafanaExample()
    {
        const auto parsed = parseGrafanaPayload(grafanaFiring());
        QVERIFY2(parsed, qPrintable(parsed.errorText()));
        QCOMPARE(parsed->source, QStringLiteral("grafana"));
        QCOMPARE(parsed->groupKey, QStringLiteral("{}:{alertname=\"Disk almost full\"}"));
        QCOMPARE(parsed->alerts.size(), 1);
        QCOMPARE(parsed->alerts.first().name, QStringLiteral("Disk almost full"));
        QCOMPARE(parsed->alerts.first().fingerprint, QStringLiteral("f00dfeedbeef0001"));
        QCOMPARE(parsed->alerts.first().startsAt, QDateTime(QDate(2024, 4, 1), QTime(7, 0, 0, 500), Qt::UTC));
        // Grafana's version is "1": the Alertmanager parser refuses it by name.
        const auto asAlertmanager = parseAlertmanagerPayload(grafanaFiring());
        QVERIFY(!asAlertmanager);
        QVERIFY(asAlertmanager.error().message.startsWith(QStringLiteral("version:")));
    }

    void grafanaWithoutGroupKey()
    {
        QByteArray body = grafanaFiring();
        body.replace("\"groupKey\": \"{}:{alertname=\\\"Disk almost full\\\"}\",", "");
        const auto parsed = parseGrafanaPayload(body);
        QVERIFY2(parsed, qPrintable(parsed.errorText()));
        QCOMPARE(parsed->groupKey, QStringLiteral("warroom-contact-point:{alertname=\"Disk almost full\"}"));
    }

    void genericExample()
    {
        const auto parsed = parseGenericAlertPayload(genericBody());
        QVERIFY2(parsed, qPrintable(parsed.errorText()));
        const AlertGroupDelivery& d = parsed.value();
        QCOMPARE(d.source, QStringLiteral("generic"));
        QCOMPARE(d.groupKey, QStringLiteral("nightly-batch"));
        QCOMPARE(d.alerts.size(), 2);
        const Alert& first = d.alerts.at(0);
        QCOMPARE(first.labels.value(QStringLiteral("severity")), QStringLiteral("high"));
        QCOMPARE(first.labels.value(QStringLiteral("alertname")), QStringLiteral("BatchLate"));
        QCOMPARE(first.annotations.value(QStringLiteral("summary")),
                 QStringLiteral("Nightly billing batch is 2 h late"));
        QCOMPARE(first.fingerprint.size(), 16); // derived from the labels
        const Alert& second = d.alerts.at(1);
        QCOMPARE(second.fingerprint, QStringLiteral("ledger-job"));
        QCOMPARE(second.state, AlertState::Resolved);
        QVERIFY(first.fingerprint != second.fingerprint);
        // The derived fingerprint is stable across deliveries.
        QCOMPARE(parseGenericAlertPayload(genericBody())->alerts.first().fingerprint, first.fingerprint);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("parser"); // 0 alertmanager, 1 grafana, 2 generic
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // start of the error message
        const QByteArray am = "{\"version\":\"4\",\"groupKey\":\"g\",\"status\":\"firing\",\"alerts\":[%1]}";
        auto amWith = [&](const char* alert) { return QByteArray(am).replace("%1", alert); };
        QTest::newRow("empty") << 0 << QByteArray() << QStringLiteral("The body is empty");
        QTest::newRow("not json") << 0 << QByteArray("{\"version\": \"4\",") << QStringLiteral("Not valid JSON");
        QTest::newRow("array") << 0 << QByteArray("[1,2]") << QStringLiteral("The body must be a JSON object");
        QTest::newRow("no version") << 0 << QByteArray("{\"groupKey\":\"g\",\"alerts\":[{}]}")
                                    << QStringLiteral("version:");
        QTest::newRow("version 3") << 0 << QByteArray("{\"version\":\"3\",\"groupKey\":\"g\",\"alerts\":[{}]}")
                                   << QStringLiteral("version: payload version \"3\"");
        QTest::newRow("no group key") << 0 << QByteArray("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\"}]}")
                                      << QStringLiteral("groupKey:");
        QTest::newRow("alerts missing") << 0 << QByteArray("{\"version\":\"4\",\"groupKey\":\"g\"}")
                                        << QStringLiteral("alerts: expected an array, found missing");
        QTest::newRow("alerts empty") << 0 << amWith("") << QStringLiteral("alerts: must hold at least one alert");
        QTest::newRow("alert not object") << 0 << amWith("7") << QStringLiteral("alerts[0]: expected an object");
        QTest::newRow("bad status") << 0 << amWith("{\"status\":\"burning\"}") << QStringLiteral("alerts[0].status:");
        QTest::newRow("label number") << 0 << amWith("{\"labels\":{\"severity\":1}}")
                                      << QStringLiteral("alerts[0].labels.severity: expected a string");
        QTest::newRow("annotations array")
            << 0 << amWith("{},{\"annotations\":[]}") << QStringLiteral("alerts[1].annotations: expected an object");
        QTest::newRow("bad time") << 0 << amWith("{\"startsAt\":\"5 minutes ago\"}")
                                  << QStringLiteral("alerts[0].startsAt:");
        QTest::newRow("time number") << 0 << amWith("{\"endsAt\":12}")
                                     << QStringLiteral("alerts[0].endsAt: expected a string");
        QTest::newRow("grafana no key") << 1 << QByteArray("{\"alerts\":[{\"status\":\"firing\"}]}")
                                        << QStringLiteral("groupKey:");
        QTest::newRow("generic no group")
            << 2 << QByteArray("{\"alerts\":[{\"name\":\"x\"}]}") << QStringLiteral("group: expected a string");
        QTest::newRow("generic no name")
            << 2 << QByteArray("{\"group\":\"g\",\"alerts\":[{\"name\":\"x\"},{\"severity\":\"high\"}]}")
            << QStringLiteral("alerts[1].name:");
        QTest::newRow("generic blank name") << 2 << QByteArray("{\"group\":\"g\",\"alerts\":[{\"name\":\"  \"}]}")
                                            << QStringLiteral("alerts[0].name: must not be empty");
        QTest::newRow("generic summary object")
            << 2 << QByteArray("{\"group\":\"g\",\"alerts\":[{\"name\":\"x\",\"summary\":{}}]}")
            << QStringLiteral("alerts[0].summary: expected a string");
    }
    void malformed()
    {
        QFETCH(int, parser);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto parsed = parser == 0   ? parseAlertmanagerPayload(body)
                            : parser == 1 ? parseGrafanaPayload(body)
                                          : parseGenericAlertPayload(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("parse"));
        QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
    }

    void tooManyAlerts()
    {
        QByteArray body = "{\"group\":\"g\",\"alerts\":[";
        for (int i = 0; i <= kMaxAlertsPerDelivery; ++i)
            body += (i ? ",{\"name\":\"a" : "{\"name\":\"a") + QByteArray::number(i) + "\"}";
        body += "]}";
        const auto parsed = parseGenericAlertPayload(body);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(QStringLiteral("alerts: holds 1001 alerts")),
                 qPrintable(parsed.error().message));
    }

    void defaultSeverityMapping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("level");
        QTest::newRow("critical") << QStringLiteral("critical") << 1;
        QTest::newRow("Critical spaced") << QStringLiteral(" Critical ") << 1;
        QTest::newRow("major") << QStringLiteral("major") << 2;
        QTest::newRow("error") << QStringLiteral("error") << 2;
        QTest::newRow("high") << QStringLiteral("HIGH") << 2;
        QTest::newRow("warning") << QStringLiteral("warning") << 3;
        QTest::newRow("minor") << QStringLiteral("minor") << 3;
        QTest::newRow("info") << QStringLiteral("info") << 4;
        QTest::newRow("page") << QStringLiteral("page") << 4;
        QTest::newRow("empty") << QString() << 4;
    }
    void defaultSeverityMapping()
    {
        QFETCH(QString, value);
        QFETCH(int, level);
        QCOMPARE(AlertMapping::defaults().severityForValue(value), level);
    }

    void mappingOfDeliveries()
    {
        const AlertMapping mapping = AlertMapping::defaults();
        const auto am = parseAlertmanagerPayload(alertmanagerFiring());
        QVERIFY(am);
        // The most severe alert decides (the resolved one is critical).
        QCOMPARE(mapping.severityOf(am.value()), 1);
        QCOMPARE(mapping.servicesOf(am.value()),
                 (QStringList{QStringLiteral("checkout"), QStringLiteral("payments-api")}));
        QCOMPARE(mapping.titleOf(am.value()), QStringLiteral("Checkout error ratio above 5 %"));

        const auto generic = parseGenericAlertPayload(genericBody());
        QVERIFY(generic);
        QCOMPARE(mapping.severityOf(generic.value()), 2);
        QCOMPARE(mapping.servicesOf(generic.value()),
                 (QStringList{QStringLiteral("billing"), QStringLiteral("ledger")}));
        QCOMPARE(mapping.titleOf(generic.value()), QStringLiteral("Nightly billing batch is 2 h late"));

        // Without a summary the title is the alert names; without labels, the fallback level.
        AlertGroupDelivery bare;
        bare.groupKey = QStringLiteral("g1");
        Alert a;
        a.name = QStringLiteral("NodeDown");
        Alert b;
        b.name = QStringLiteral("NodeDown");
        Alert c;
        c.name = QStringLiteral("DiskFull");
        bare.alerts = {a, b, c};
        QCOMPARE(mapping.titleOf(bare), QStringLiteral("NodeDown, DiskFull"));
        QCOMPARE(mapping.severityOf(bare), 4);
        QVERIFY(mapping.servicesOf(bare).isEmpty());
        bare.alerts = {Alert{}};
        QCOMPARE(mapping.titleOf(bare), QStringLiteral("g1"));

        // A configured mapping and labels.
        AlertMapping custom;
        custom.severityByValue = {{QStringLiteral("p1"), 1}, {QStringLiteral("p2"), 2}};
        custom.fallbackSeverity = 3;
        custom.severityLabel = QStringLiteral("priority");
        custom.serviceLabel = QStringLiteral("team");
        AlertGroupDelivery labelled;
        Alert p;
        p.labels = {{QStringLiteral("priority"), QStringLiteral("P2")},
                    {QStringLiteral("team"), QStringLiteral("payments")}};
        labelled.alerts = {p};
        QCOMPARE(custom.severityOf(labelled), 2);
        QCOMPARE(custom.servicesOf(labelled), QStringList{QStringLiteral("payments")});
        labelled.alerts.first().labels[QStringLiteral("priority")] = QStringLiteral("p9");
        QCOMPARE(custom.severityOf(labelled), 3);
    }
};

QTEST_GUILESS_MAIN(TestAlertPayload)
#include "tst_alertpayload.moc"
