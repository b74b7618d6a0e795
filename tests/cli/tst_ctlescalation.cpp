// warroomctl escalation end to end: the real binary on a temporary SQLite database.
#include "ctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCtlEscalation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = warroom::test::CtlRun;

    Run ctl(const QStringList& args) const
    {
        QStringList all{QStringLiteral("--database"), m_db, QStringLiteral("--as"), QStringLiteral("alice")};
        all << args;
        return warroom::test::runCtl(all);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ctl.db"));
    }

    void addListShowRemove()
    {
        Run r = ctl({QStringLiteral("escalation"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No escalation policies."));

        r = ctl({QStringLiteral("escalation"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Payments"), QStringLiteral("--step"), QStringLiteral("5:person:alice"),
                 QStringLiteral("--step"), QStringLiteral("15:role:commander"), QStringLiteral("--step"),
                 QStringLiteral("30:webhook:https://hooks.example.com/pager"), QStringLiteral("--repeat"),
                 QStringLiteral("2"), QStringLiteral("--repeat-interval"), QStringLiteral("10"),
                 QStringLiteral("--min-severity"), QStringLiteral("SEV2"), QStringLiteral("--default")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Payments (default; SEV2 and above; repeat 2 after 10m)"));
        QVERIFY(r.out.contains("  15:role:commander"));

        r = ctl({QStringLiteral("escalation"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list.first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Payments"));
        QCOMPARE(p.value(QStringLiteral("repeat_count")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("repeat_interval_s")).toInt(), 600);
        QCOMPARE(p.value(QStringLiteral("min_severity")).toString(), QStringLiteral("SEV2"));
        QVERIFY(p.value(QStringLiteral("default")).toBool());
        const QJsonArray steps = p.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("delay_s")).toInt(), 900);
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));

        r = ctl({QStringLiteral("escalation"), QStringLiteral("show"), QStringLiteral("Payments")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  30:webhook:https://hooks.example.com/pager"));

        // Bad input is a usage error and writes nothing; a second policy of the same name fails.
        r = ctl({QStringLiteral("escalation"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bad"),
                 QStringLiteral("--step"), QStringLiteral("5:pager:alice")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("person, role or webhook")));
        r = ctl({QStringLiteral("escalation"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bad"),
                 QStringLiteral("--step"), QStringLiteral("15:person:alice"), QStringLiteral("--step"),
                 QStringLiteral("5:person:bob")});
        QCOMPARE(r.exitCode, 2);
        r = ctl({QStringLiteral("escalation"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Payments"), QStringLiteral("--step"), QStringLiteral("5:person:alice")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("exists already")));

        r = ctl({QStringLiteral("escalation"), QStringLiteral("remove"), QStringLiteral("Payments")});
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("escalation"), QStringLiteral("show"), QStringLiteral("Payments")});
        QCOMPARE(r.exitCode, 1);
        r = ctl({QStringLiteral("escalation"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }

    void pagesOfAnIncident()
    {
        Run r = ctl({QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Search down"),
                     QStringLiteral("--severity"), QStringLiteral("SEV1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl(
            {QStringLiteral("escalation"), QStringLiteral("pages"), QStringLiteral("INC-1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
        r = ctl({QStringLiteral("escalation"), QStringLiteral("pages"), QStringLiteral("INC-99")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCtlEscalation)
#include "tst_ctlescalation.moc"
