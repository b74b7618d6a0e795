// Postmortem exports: Markdown and HTML compared byte for byte with golden files in
// tests/data/postmortem/ (set WARROOM_UPDATE_GOLDEN=1 to rewrite them after a deliberate
// change, then review the diff), escaping, the durations chart and the JSON form.
#include "postmortemfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace warroom;

class TestPostmortemExport : public QObject {
    Q_OBJECT

private:
    static QString goldenPath(const QString& name)
    {
        return QStringLiteral(WARROOM_TEST_DATA_DIR "/postmortem/") + name;
    }

    /// Compares `actual` with the golden file; on mismatch names the first differing line and
    /// writes the actual text next to the build for `diff -u`.
    static bool matchesGolden(const QString& name, const QString& actual)
    {
        if (qEnvironmentVariableIsSet("WARROOM_UPDATE_GOLDEN")) {
            QFile out(goldenPath(name));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            out.write(actual.toUtf8());
            return true;
        }
        QFile file(goldenPath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("missing golden file %s", qPrintable(goldenPath(name)));
            return false;
        }
        const QString expected = QString::fromUtf8(file.readAll());
        if (expected == actual)
            return true;
        const QStringList e = expected.split(QLatin1Char('\n'));
        const QStringList a = actual.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
            if (e.value(i) != a.value(i)) {
                qWarning("first difference at line %lld:\n  expected: %s\n  actual:   %s", qlonglong(i + 1),
                         qPrintable(e.value(i)), qPrintable(a.value(i)));
                break;
            }
        }
        const QString actualPath = QDir::current().filePath(name + QStringLiteral(".actual"));
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual.toUtf8());
        qWarning("diff -u %s %s   (WARROOM_UPDATE_GOLDEN=1 rewrites the golden file)", qPrintable(goldenPath(name)),
                 qPrintable(actualPath));
        return false;
    }

private slots:
    void markdownGolden()
    {
        const QString md = postmortemToMarkdown(test::samplePostmortemReport(), QStringLiteral("INC-42-durations.svg"));
        QVERIFY(matchesGolden(QStringLiteral("INC-42.md"), md));
    }

    void htmlGolden()
    {
        const QString html = postmortemToHtml(test::samplePostmortemReport());
        QVERIFY(matchesGolden(QStringLiteral("INC-42.html"), html));
    }

    void deterministic()
    {
        QCOMPARE(postmortemToHtml(test::samplePostmortemReport()), postmortemToHtml(test::samplePostmortemReport()));
        PostmortemReport r = test::samplePostmortemReport();
        QVERIFY(!postmortemToMarkdown(r).contains(QStringLiteral("Generated")));
        r.generatedAt = test::utc(10, 8, 0);
        QVERIFY(postmortemToMarkdown(r).contains(QStringLiteral("| Generated | 2026-03-10 08:00 UTC |")));
    }

    void contentAndEscaping()
    {
        const PostmortemReport r = test::samplePostmortemReport();
        const QString html = postmortemToHtml(r);
        QVERIFY(html.contains(QStringLiteral("&lt;in 2 hours&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<in 2 hours>")));
        QVERIFY(html.contains(QStringLiteral("&quot;new&quot; path &amp; found")));
        QVERIFY(html.contains(QStringLiteral("<li>Why was it rejected? It had expired on 5 March.</li>")));
        QVERIFY(html.contains(QStringLiteral("<svg ")));
        // Action items: only the linked ones, in link order.
        QVERIFY(!html.contains(QStringLiteral("not linked")));
        QVERIFY(html.indexOf(QStringLiteral("Alert on certificate expiry")) < html.indexOf(QStringLiteral("Use expiring")));
        const QString md = postmortemToMarkdown(r);
        QVERIFY(md.contains(QStringLiteral("\\| handshake fails")));   // pipes in table cells escaped
        QVERIFY(md.contains(QStringLiteral("5. Why was that not caught?")));
        QVERIFY(md.contains(QStringLiteral("212 tickets &lt;in 2 hours&gt;")));
        QVERIFY(md.contains(QStringLiteral("| Time to resolve (TTR) | 2h 22m |")));
        QVERIFY(md.contains(QStringLiteral("- [x] Root cause analysed deeply enough")));
        QVERIFY(md.contains(QStringLiteral("- [ ] Shared with stakeholders")));

        HtmlExportOptions withImage;
        withImage.chartImageSource = QStringLiteral("chart.png");
        const QString imgHtml = postmortemToHtml(r, withImage);
        QVERIFY(imgHtml.contains(QStringLiteral("<img src=\"chart.png\"")));
        QVERIFY(!imgHtml.contains(QStringLiteral("<svg ")));
    }

    void chartShowsRealDurations()
    {
        Incident i = test::samplePostmortemReport().incident;
        const QString svg = durationsChartSvg(i);
        QCOMPARE(svg.count(QStringLiteral("<rect ")), 1 + 4);   // background + four phases
        for (const char* label : {"14m", "4m", "1h 09m", "2h 22m"})
            QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(QLatin1String(label))), label);
        i.mitigatedAt = {};
        i.resolvedAt = {};
        const QString partial = durationsChartSvg(i);
        QCOMPARE(partial.count(QStringLiteral("<rect ")), 1 + 2);
        QCOMPARE(partial.count(QStringLiteral(">no data</text>")), 2);
    }

    void json()
    {
        const QJsonObject o = postmortemToJson(test::samplePostmortemReport().postmortem);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(o.value(QStringLiteral("five_whys")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("timeline")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("roles")).toArray().at(0).toObject().value(QStringLiteral("ended_at")).isNull(), true);
        QCOMPARE(o.value(QStringLiteral("checklist")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("root_causes")).toString(), test::samplePostmortemReport().postmortem.rootCauses);
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestPostmortemExport)
#include "tst_postmortemexport.moc"
