// warroomctl end to end: the real binary on a temporary SQLite database.
#include "ctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestWarroomctl : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = warroom::test::CtlRun;

    Run ctl(const QStringList& args, const QString& database = {}) const
    {
        QStringList all{QStringLiteral("--database"), database.isEmpty() ? m_db : database};
        all << args;
        return warroom::test::runCtl(all);
    }

    static QString gcpFile() { return QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ctl.db"));
    }

    void importRealHistory()
    {
        const Run first = ctl({QStringLiteral("import"), gcpFile(), QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(summary.value(QStringLiteral("incidents_added")).toInt(), 157);
        QCOMPARE(summary.value(QStringLiteral("incidents_skipped")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("timeline_entries_added")).toInt(), 770);
        QVERIFY(!summary.value(QStringLiteral("warnings")).toArray().isEmpty());

        const Run second = ctl({QStringLiteral("import"), gcpFile(), QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(again.value(QStringLiteral("incidents_added")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("incidents_skipped")).toInt(), 157);
        QCOMPARE(again.value(QStringLiteral("timeline_entries_added")).toInt(), 0);
    }

    void listJson()
    {
        const Run r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 157);
        QMap<QString, int> bySeverity;
        int entries = 0;
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            bySeverity[o.value(QStringLiteral("severity")).toString()]++;
            entries += o.value(QStringLiteral("timeline_entries")).toInt();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
            QVERIFY(o.value(QStringLiteral("ref")).toString().startsWith(QLatin1String("INC-")));
            QVERIFY(o.value(QStringLiteral("started_at")).toString().endsWith(QLatin1Char('Z')));
            QVERIFY(o.value(QStringLiteral("acknowledged_at")).isNull());
            QVERIFY(o.value(QStringLiteral("services")).isArray());
        }
        QCOMPARE(entries, 770);
        QCOMPARE(bySeverity.value(QStringLiteral("SEV1")), 20);
        QCOMPARE(bySeverity.value(QStringLiteral("SEV2")), 118);
        QCOMPARE(bySeverity.value(QStringLiteral("SEV3")), 19);

        // INC-1 is the oldest: the Cloud Datastore latency incident of 2021-07-07.
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("ref")).toString(), QStringLiteral("INC-1"));
        QCOMPARE(first.value(QStringLiteral("started_at")).toString(), QStringLiteral("2021-07-07T21:25:00.000Z"));

        const Run open = ctl({QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json")});
        QCOMPARE(open.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(open.out).array().size(), 0);
    }

    void showJson()
    {
        const Run r = ctl({QStringLiteral("show"), QStringLiteral("INC-1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ref")).toString(), QStringLiteral("INC-1"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
        const QJsonArray timeline = o.value(QStringLiteral("timeline")).toArray();
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(o.value(QStringLiteral("timeline_entries")).toInt(), timeline.size());
        QString previous;
        for (const QJsonValue& v : timeline) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("stakeholder_update"));
            QCOMPARE(e.value(QStringLiteral("public")).toBool(), true);
            QCOMPARE(e.value(QStringLiteral("pinned")).toBool(), false);
            QVERIFY(!e.value(QStringLiteral("text")).toString().isEmpty());
            const QString at = e.value(QStringLiteral("occurred_at")).toString();
            QVERIFY2(previous <= at, "timeline is in time order");
            previous = at;
        }
    }

    void metricsJsonAndCsv()
    {
        const Run r = ctl({QStringLiteral("metrics"), QStringLiteral("--to"), QStringLiteral("2022-07-02T00:00:00Z"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2021-07-07T21:25:00.000Z"));
        QCOMPARE(o.value(QStringLiteral("incidents")).toInt(), 157);
        const QJsonObject bySeverity = o.value(QStringLiteral("by_severity")).toObject();
        QCOMPARE(bySeverity.value(QStringLiteral("SEV1")).toInt(), 20);
        QCOMPARE(bySeverity.value(QStringLiteral("SEV4")).toInt(), 0);
        const QJsonObject ttr = o.value(QStringLiteral("ttr")).toObject();
        QCOMPARE(ttr.value(QStringLiteral("n")).toInt(), 157);
        QCOMPARE(ttr.value(QStringLiteral("median_s")).toDouble(), 9420.0);
        QCOMPARE(o.value(QStringLiteral("tta")).toObject().value(QStringLiteral("no_data")).toInt(), 157);
        QVERIFY(o.value(QStringLiteral("tta")).toObject().value(QStringLiteral("mean_s")).isNull());
        const QJsonObject net =
            o.value(QStringLiteral("by_service")).toObject().value(QStringLiteral("Google Cloud Networking")).toObject();
        QCOMPARE(net.value(QStringLiteral("incidents")).toInt(), 49);
        QCOMPARE(net.value(QStringLiteral("availability")).toDouble(), 0.9714410721019502);
        QCOMPARE(o.value(QStringLiteral("by_month")).toArray().size(), 13);

        const Run sev1 = ctl({QStringLiteral("metrics"), QStringLiteral("--severity"), QStringLiteral("SEV1"),
                              QStringLiteral("--json")});
        QCOMPARE(sev1.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(sev1.out).object().value(QStringLiteral("incidents")).toInt(), 20);

        const Run csv = ctl({QStringLiteral("metrics"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY(lines.first().startsWith("scope,name,incidents,SEV1,SEV2,SEV3,SEV4,ttd_n,"));
        QVERIFY(lines.at(1).startsWith("all,all,157,20,118,19,0,157,"));
        QVERIFY(csv.out.contains("service,Google Cloud Networking,49,"));

        QCOMPARE(ctl({QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("metrics"), QStringLiteral("--severity"), QStringLiteral("high")}).exitCode, 2);
    }

    void generateIsDeterministic()
    {
        const QString a = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gen-a.db"));
        const QString b = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gen-b.db"));
        for (const QString& db : {a, b}) {
            const Run r = ctl({QStringLiteral("generate"), QStringLiteral("--incidents"), QStringLiteral("200"),
                               QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--json")},
                              db);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(QStringLiteral("incidents_added")).toInt(), 200);
            const int entries = o.value(QStringLiteral("timeline_entries_added")).toInt();
            QVERIFY(entries >= 200 * 5 && entries <= 200 * 20);
        }
        const Run listA = ctl({QStringLiteral("list"), QStringLiteral("--json")}, a);
        const Run listB = ctl({QStringLiteral("list"), QStringLiteral("--json")}, b);
        QCOMPARE(listA.out, listB.out);
        const QJsonArray incidents = QJsonDocument::fromJson(listA.out).array();
        QSet<QString> services;
        int open = 0;
        for (const QJsonValue& v : incidents) {
            for (const QJsonValue& s : v.toObject().value(QStringLiteral("services")).toArray())
                services.insert(s.toString());
            open += v.toObject().value(QStringLiteral("resolved_at")).isNull() ? 1 : 0;
        }
        QVERIFY(services.size() > 20 && services.size() <= 30);
        QVERIFY(open >= 1);
        // The same seed again adds nothing.
        const Run again = ctl({QStringLiteral("generate"), QStringLiteral("--incidents"), QStringLiteral("200"),
                               QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--json")},
                              a);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("incidents_added")).toInt(), 0);
    }

    void wholeIncidentStory()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("story.db"));
        auto as = [&](const QString& who, QStringList args) {
            args << QStringLiteral("--as") << who;
            return ctl(args, db);
        };
        const Run declared = as(QStringLiteral("alice"),
                                {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Checkout 502s"),
                                 QStringLiteral("--severity"), QStringLiteral("SEV2"), QStringLiteral("--service"),
                                 QStringLiteral("Checkout"), QStringLiteral("--service"), QStringLiteral("Payments"),
                                 QStringLiteral("--started-at"), QStringLiteral("2026-01-05T09:40:00Z")});
        QCOMPARE(declared.exitCode, 0);
        const QString ref = QString::fromUtf8(declared.out).trimmed();
        QCOMPARE(ref, QStringLiteral("INC-1"));

        for (const QString& h : {QStringLiteral("bob"), QStringLiteral("carol")})
            QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("people"), QStringLiteral("add"), h}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("assign"), ref, QStringLiteral("--role"),
                                              QStringLiteral("scribe"), QStringLiteral("--person"), QStringLiteral("bob")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("alice"),
                    {QStringLiteral("assign"), ref, QStringLiteral("--role"), QStringLiteral("commander"),
                     QStringLiteral("--person"), QStringLiteral("carol"), QStringLiteral("--brief"),
                     QStringLiteral("Rollback of 2.3 half done")})
                     .exitCode,
                 0);
        for (int n = 1; n <= 20; ++n) {
            QStringList args{QStringLiteral("note"), ref, QStringLiteral("Entry %1").arg(n)};
            if (n == 5)
                args << QStringLiteral("--at") << QStringLiteral("2026-01-05T09:45:00Z");
            if (n == 7)
                args << QStringLiteral("--pin") << QStringLiteral("--kind") << QStringLiteral("decision");
            QCOMPARE(as(QStringLiteral("bob"), args).exitCode, 0);
        }
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("note"), ref, QStringLiteral("We rolled back."),
                                              QStringLiteral("--kind"), QStringLiteral("update")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("action"), ref, QStringLiteral("Add a canary"),
                                              QStringLiteral("--owner"), QStringLiteral("bob"), QStringLiteral("--priority"),
                                              QStringLiteral("high")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("status"), ref, QStringLiteral("mitigated")}).exitCode, 0);

        // Errors change nothing.
        const Run before = ctl({QStringLiteral("show"), ref, QStringLiteral("--json")}, db);
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("status"), ref, QStringLiteral("closed")}).exitCode, 1);
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("status"), QStringLiteral("INC-77"),
                                              QStringLiteral("resolved")})
                     .exitCode,
                 1);
        const Run unknown = as(QStringLiteral("carol"), {QStringLiteral("assign"), ref, QStringLiteral("--role"),
                                                         QStringLiteral("sme"), QStringLiteral("--person"),
                                                         QStringLiteral("zed")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("@zed")));
        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("note"), ref, QStringLiteral("x"), QStringLiteral("--kind"),
                                              QStringLiteral("gossip")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("show"), ref, QStringLiteral("--json")}, db).out, before.out);

        QCOMPARE(as(QStringLiteral("carol"), {QStringLiteral("status"), ref, QStringLiteral("resolved")}).exitCode, 0);

        const QJsonObject o = QJsonDocument::fromJson(ctl({QStringLiteral("show"), ref, QStringLiteral("--json")}, db).out)
                                  .object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(o.value(QStringLiteral("commander")).toString(), QStringLiteral("carol"));
        QCOMPARE(o.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-01-05T09:40:00.000Z"));
        QVERIFY(!o.value(QStringLiteral("mitigated_at")).isNull());
        QVERIFY(!o.value(QStringLiteral("resolved_at")).isNull());

        const QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
        QStringList spans;
        for (const QJsonValue& v : roles) {
            const QJsonObject r = v.toObject();
            spans << QStringLiteral("%1:%2:%3").arg(r.value(QStringLiteral("role")).toString(),
                                                     r.value(QStringLiteral("holder")).toString(),
                                                     r.value(QStringLiteral("current")).toBool() ? QStringLiteral("now")
                                                                                                 : QStringLiteral("ended"));
        }
        QCOMPARE(spans, (QStringList{QStringLiteral("commander:alice:ended"), QStringLiteral("scribe:bob:now"),
                                     QStringLiteral("commander:carol:now")}));

        const QJsonArray actions = o.value(QStringLiteral("action_items")).toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("bob"));
        QCOMPARE(actions[0].toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));

        const QJsonArray timeline = o.value(QStringLiteral("timeline")).toArray();
        // declare, scribe, hand-off, 20 notes, update, mitigated, resolved
        QCOMPARE(timeline.size(), 26);
        QCOMPARE(timeline[0].toObject().value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2026-01-05T09:45:00.000Z"));   // the backdated note sorts first
        QCOMPARE(timeline[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Entry 5"));
        int pinned = 0;
        bool handOffWithBrief = false;
        bool publicUpdate = false;
        for (const QJsonValue& v : timeline) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QStringLiteral("revisions")).isArray());
            QVERIFY(!e.value(QStringLiteral("author")).toString().isEmpty());
            pinned += e.value(QStringLiteral("pinned")).toBool() ? 1 : 0;
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("hand_off"))
                handOffWithBrief = e.value(QStringLiteral("text")).toString().contains(QStringLiteral("Rollback of 2.3"));
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("stakeholder_update"))
                publicUpdate = e.value(QStringLiteral("public")).toBool();
        }
        QCOMPARE(pinned, 1);
        QVERIFY(handOffWithBrief);
        QVERIFY(publicUpdate);
        QCOMPARE(timeline.last().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Status Mitigated → Resolved."));
    }

    void errors()
    {
        Run r = ctl({QStringLiteral("show"), QStringLiteral("INC-9999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("INC-9999")));

        r = ctl({QStringLiteral("import"), gcpFile(), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 2);
        r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        r = ctl({QStringLiteral("list")}, QStringLiteral("mysql://nowhere/db"));
        QCOMPARE(r.exitCode, 2);

        // A truncated file: clear error naming the file, and the database is unchanged.
        QFile full(gcpFile());
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.json"));
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(full.read(full.size() / 2));
        out.close();
        const QString otherDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("other.db"));
        r = ctl({QStringLiteral("import"), truncated}, otherDb);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("truncated.json")), qPrintable(r.err));
        r = ctl({QStringLiteral("list"), QStringLiteral("--json")}, otherDb);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(QStringLiteral(WARROOMCTL_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("warroomctl "));
        p.start(QStringLiteral(WARROOMCTL_PATH), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("import FILE"));
    }
};

QTEST_GUILESS_MAIN(TestWarroomctl)
#include "tst_warroomctl.moc"
