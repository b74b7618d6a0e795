// The postmortem story on the command line, with the real binary on a temporary SQLite file:
// declare, pin, add an action item, resolve, write the postmortem, publish it, and export it
// as Markdown, HTML and PDF (A4 and Letter, checked with pdfinfo and pdftotext).
#include "ctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCtlPostmortem : public QObject {
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

    static QString tool(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite:") + file(QStringLiteral("ctl.db"));
    }

    void resolvedIncidentBecomesPublishedPostmortem()
    {
        QCOMPARE(ctl({QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Login outage"),
                      QStringLiteral("--severity"), QStringLiteral("SEV1"), QStringLiteral("--service"),
                      QStringLiteral("auth"), QStringLiteral("--started-at"), QStringLiteral("2026-01-01T10:00:00Z")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("note"), QStringLiteral("INC-1"), QStringLiteral("Token service returns 500"),
                      QStringLiteral("--pin")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("action"), QStringLiteral("INC-1"), QStringLiteral("Rotate keys automatically"),
                      QStringLiteral("--owner"), QStringLiteral("alice"), QStringLiteral("--priority"), QStringLiteral("high")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("INC-1"), QStringLiteral("resolved")}).exitCode, 0);

        // No postmortem yet: show says so.
        const Run none = ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no postmortem")));

        QCOMPARE(ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("create")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("set"),
                      QStringLiteral("root-causes"), QStringLiteral("The signing key expired.")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("set"), QStringLiteral("why"),
                      QStringLiteral("Why did logins fail? Tokens could not be signed.")})
                     .exitCode,
                 0);
        const Run bad = ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("status"),
                             QStringLiteral("published")});
        QCOMPARE(bad.exitCode, 1);   // Draft -> Published is not a legal move
        QVERIFY(bad.err.contains(QStringLiteral("cannot move")));
        QCOMPARE(ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("status"),
                      QStringLiteral("in-review")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("status"),
                      QStringLiteral("published")})
                     .exitCode,
                 0);

        const Run shown = ctl({QStringLiteral("postmortem"), QStringLiteral("INC-1"), QStringLiteral("show"),
                               QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(o.value(QStringLiteral("root_causes")).toString(), QStringLiteral("The signing key expired."));
        QCOMPARE(o.value(QStringLiteral("five_whys")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("timeline")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("action_item_ids")).toArray().size(), 1);
        QVERIFY(!o.value(QStringLiteral("published_at")).isNull());
    }

    void exports()
    {
        QCOMPARE(ctl({QStringLiteral("export"), QStringLiteral("INC-1"), QStringLiteral("--format"),
                      QStringLiteral("markdown"), QStringLiteral("--output"), file(QStringLiteral("pm.md"))})
                     .exitCode,
                 0);
        QFile md(file(QStringLiteral("pm.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY(markdown.startsWith(QStringLiteral("# Postmortem: INC-1: Login outage")));
        QVERIFY(markdown.contains(QStringLiteral("![Durations by phase](pm-durations.svg)")));
        QVERIFY(QFile::exists(file(QStringLiteral("pm-durations.svg"))));
        QVERIFY(markdown.contains(QStringLiteral("Token service returns 500")));

        QCOMPARE(ctl({QStringLiteral("export"), QStringLiteral("INC-1"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--output"), file(QStringLiteral("pm.html"))})
                     .exitCode,
                 0);
        QFile html(file(QStringLiteral("pm.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<li>Why did logins fail? Tokens could not be signed.</li>"));

        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/deps.sh test installs it)");
        for (const QString& page : {QStringLiteral("a4"), QStringLiteral("letter")}) {
            const QString pdf = file(QStringLiteral("pm-%1.pdf").arg(page));
            const Run r = ctl({QStringLiteral("export"), QStringLiteral("INC-1"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--page"), page, QStringLiteral("--output"), pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY2(info.contains(page == QLatin1String("a4") ? QStringLiteral("(A4)") : QStringLiteral("(letter)")),
                     qPrintable(info));
            QVERIFY(info.contains(QStringLiteral("Postmortem: INC-1: Login outage")));
            const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
            QVERIFY(text.contains(QStringLiteral("Token service returns 500")));
            QVERIFY(text.contains(QStringLiteral("The signing key expired.")));
        }

        const Run usage = ctl({QStringLiteral("export"), QStringLiteral("INC-1"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--page"), QStringLiteral("a5"),
                               QStringLiteral("--output"), file(QStringLiteral("x.pdf"))});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCtlPostmortem)
#include "tst_ctlpostmortem.moc"
