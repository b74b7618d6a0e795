// The postmortem PDF on A4 and US Letter, checked with the real poppler tools: pdfinfo (page
// size, page count, title), pdftotext (the title, a timeline entry, the five whys, the action
// items) and pdftoppm (every page renders to a PNG that is not blank).
#include "postmortemfixture.h"

#include "report/postmortempdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

Q_DECLARE_METATYPE(warroom::PageFormat)

class TestPostmortemPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString infoField(const QString& info, const QString& field)
    {
        for (const QString& line : info.split(QLatin1Char('\n'))) {
            if (line.startsWith(field + QLatin1Char(':')))
                return line.mid(field.size() + 1).trimmed();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdfinfo", "pdftotext", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils is not installed (scripts/deps.sh test installs it)");
        }
    }

    void pageFormats()
    {
        QCOMPARE(parsePageFormat(QStringLiteral("A4")), PageFormat::A4);
        QCOMPARE(parsePageFormat(QStringLiteral("letter")), PageFormat::Letter);
        QVERIFY(!parsePageFormat(QStringLiteral("a5")));
    }

    void chartImage()
    {
        const QImage chart = renderDurationsChart(test::samplePostmortemReport().incident, 640, 220, 1.0);
        QCOMPARE(chart.size(), QSize(640, 220));
        // The TTR bar (green, #059669) is drawn: some pixel has that colour.
        bool green = false;
        for (int y = 0; y < chart.height() && !green; ++y) {
            for (int x = 0; x < chart.width() && !green; ++x)
                green = chart.pixelColor(x, y) == QColor(0x05, 0x96, 0x69);
        }
        QVERIFY(green);
    }

    void writePdf_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("a4") << PageFormat::A4 << QStringLiteral("(A4)");
        QTest::newRow("letter") << PageFormat::Letter << QStringLiteral("(letter)");
    }

    void writePdf()
    {
        QFETCH(PageFormat, format);
        QFETCH(QString, pageSize);
        const QString path = m_dir.filePath(QStringLiteral("INC-42-%1.pdf").arg(pageFormatKey(format)));
        const auto written = writePostmortemPdf(test::samplePostmortemReport(), path, format);
        QVERIFY2(written.ok(), qPrintable(written.errorText()));
        if (const QString keep = qEnvironmentVariable("WARROOM_TEST_OUTPUT_DIR"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));   // for looking at it

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(infoField(info, QStringLiteral("Page size")).contains(pageSize), qPrintable(info));
        QCOMPARE(infoField(info, QStringLiteral("Title")),
                 QStringLiteral("Postmortem: INC-42: Checkout errors for EU customers"));
        const int pages = infoField(info, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 2 && pages <= 5, qPrintable(info));

        const QString raw = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QCOMPARE(raw.count(QLatin1Char('\f')), pages);   // one form feed per page
        // Ligatures come back as single characters (U+FB01 "fi", U+FB02 "fl").
        const QString text = QString(raw).replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl")).simplified();
        QVERIFY(text.contains(QStringLiteral("Checkout errors for EU customers")));
        QVERIFY(text.contains(QStringLiteral("Roll back the gateway to 7.2")));
        QVERIFY(text.contains(QStringLiteral("Why was that not caught?")));
        QVERIFY(text.contains(QStringLiteral("Alert on certificate expiry")));
        QVERIFY(text.contains(QStringLiteral("2h 22m")));
        QVERIFY(text.contains(QStringLiteral("Incident Commander")));

        const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(pageFormatKey(format)));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path, prefix});
        const QImage first(prefix + (pages >= 10 ? QStringLiteral("-01.png") : QStringLiteral("-1.png")));
        QVERIFY(!first.isNull());
        // A4 is taller relative to its width than Letter.
        const double ratio = double(first.height()) / first.width();
        QVERIFY2(format == PageFormat::A4 ? qAbs(ratio - 297.0 / 210.0) < 0.02 : qAbs(ratio - 11.0 / 8.5) < 0.02,
                 qPrintable(QString::number(ratio)));
        // The title banner (dark, #1f2937) is at the top of page 1.
        int darkRows = 0;
        for (int y = 0; y < first.height() / 4; ++y) {
            int dark = 0;
            for (int x = 0; x < first.width(); ++x)
                dark += first.pixelColor(x, y).lightness() < 80 ? 1 : 0;
            darkRows += dark > first.width() / 2 ? 1 : 0;
        }
        QVERIFY2(darkRows > 10, qPrintable(QString::number(darkRows)));
    }

    void unwritablePath()
    {
        const auto r = writePostmortemPdf(test::samplePostmortemReport(), QStringLiteral("/nonexistent/dir/x.pdf"),
                                          PageFormat::A4);
        QCOMPARE(r.error().code, QStringLiteral("write"));
    }
};

QTEST_MAIN(TestPostmortemPdf)
#include "tst_postmortempdf.moc"
