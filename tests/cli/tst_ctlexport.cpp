// warroomctl export end to end: the real binary on temporary SQLite databases. A Statuspage
// export is imported back by `warroomctl import` and compared; CSV shape; usage errors.
#include "ctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCtlExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = warroom::test::CtlRun;

    Run ctl(const QStringList& args, const QString& database = {}) const
    {
        QStringList all{u"--database"_s, database.isEmpty() ? m_db : database, u"--as"_s, u"casey"_s};
        all << args;
        return warroom::test::runCtl(all);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// `list --json` keyed by title.
    QHash<QString, QJsonObject> incidentsByTitle(const QString& database) const
    {
        const Run r = ctl({u"list"_s, u"--json"_s}, database);
        QHash<QString, QJsonObject> byTitle;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            byTitle.insert(v.toObject().value(u"title"_s).toString(), v.toObject());
        return byTitle;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = u"sqlite:"_s + path(u"source.db"_s);
        const Run imported = ctl({u"import"_s, QStringLiteral(WARROOM_TEST_DATA_DIR "/statuspage/incidents.json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // A private note on an imported incident, and a declared incident with no public entry.
        QCOMPARE(ctl({u"note"_s, u"INC-1"_s, u"SECRET-91 private note"_s}).exitCode, 0);
        const Run declared = ctl({u"declare"_s, u"--title"_s, u"SECRET-92 declared"_s, u"--severity"_s, u"SEV2"_s});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
    }

    void statuspageRoundTrip()
    {
        const QString file = path(u"public.json"_s);
        const Run exported = ctl({u"export"_s, u"--format"_s, u"statuspage"_s, u"--output"_s, file, u"--public-only"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray json = readAll(file);
        QVERIFY(!json.contains("SECRET-9"));
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        QCOMPARE(doc.value(u"incidents"_s).toArray().size(), 5);

        const QString copy = u"sqlite:"_s + path(u"copy.db"_s);
        const Run imported = ctl({u"import"_s, file, u"--json"_s}, copy);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary.value(u"incidents_added"_s).toInt(), 5);
        QCOMPARE(summary.value(u"timeline_entries_added"_s).toInt(), 19);

        const auto originals = incidentsByTitle(m_db);
        const auto copies = incidentsByTitle(copy);
        QCOMPARE(copies.size(), 5);
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            QVERIFY2(originals.contains(it.key()), qPrintable(it.key()));
            const QJsonObject a = originals.value(it.key());
            const QJsonObject b = it.value();
            for (const QString& key : {u"severity"_s, u"status"_s, u"started_at"_s, u"declared_at"_s, u"mitigated_at"_s,
                                      u"resolved_at"_s, u"services"_s}) {
                const QString field = it.key() + u": "_s + key;
                QVERIFY2(a.value(key) == b.value(key), qPrintable(field));
            }
            // INC-1 also holds the private note, which the public export leaves out.
            const int privateEntries = a.value(u"ref"_s).toString() == u"INC-1"_s ? 1 : 0;
            QCOMPARE(b.value(u"timeline_entries"_s).toInt(), a.value(u"timeline_entries"_s).toInt() - privateEntries);
        }
    }

    void statuspageAll()
    {
        const QString file = path(u"all.json"_s);
        const Run exported = ctl({u"export"_s, u"--format"_s, u"statuspage"_s, u"--output"_s, file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray json = readAll(file);
        QVERIFY(json.contains("SECRET-91 private note"));
        QVERIFY(json.contains("SECRET-92 declared"));
        QCOMPARE(QJsonDocument::fromJson(json).object().value(u"incidents"_s).toArray().size(), 6);
    }

    void csv()
    {
        const QString file = path(u"incidents.csv"_s);
        const Run exported = ctl({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, file, u"--public-only"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray incidents = readAll(file);
        const QByteArray timeline = readAll(path(u"incidents_timeline.csv"_s));
        QVERIFY(incidents.startsWith("ref,id,title,summary,severity,status,services,"));
        QVERIFY(timeline.startsWith("incident_ref,incident_id,entry_id,occurred_at,recorded_at,author,kind,public,"));
        QCOMPARE(incidents.count("\r\nINC-"), 5);
        QVERIFY(incidents.contains("Elevated error rates on card authorisations"));
        QVERIFY(!incidents.contains("SECRET-9"));
        QVERIFY(!timeline.contains("SECRET-9"));
        QCOMPARE(timeline.count(",stakeholder_update,true,"), 19);   // the fixture's updates, all public
        // A multi-line update body is one quoted field.
        QVERIFY(timeline.contains("\"## What happened\nA scheduled certificate rotation"));

        const QString allFile = path(u"all.csv"_s);
        QCOMPARE(ctl({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, allFile}).exitCode, 0);
        QCOMPARE(readAll(allFile).count("\r\nINC-"), 6);
        QVERIFY(readAll(path(u"all_timeline.csv"_s)).contains("SECRET-91 private note"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no format") << QStringList{u"export"_s, u"--output"_s, u"x.json"_s};
        QTest::newRow("unknown format") << QStringList{u"export"_s, u"--format"_s, u"yaml"_s, u"--output"_s, u"x"_s};
        QTest::newRow("no output") << QStringList{u"export"_s, u"--format"_s, u"statuspage"_s};
        QTest::newRow("extra argument")
            << QStringList{u"export"_s, u"INC-1"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"x.csv"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"warroomctl: "_s));
    }

    void unwritableOutput()
    {
        const Run r = ctl({u"export"_s, u"--format"_s, u"statuspage"_s, u"--output"_s, path(u"no/such/dir/x.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Cannot write"_s));
    }
};

QTEST_GUILESS_MAIN(TestCtlExport)
#include "tst_ctlexport.moc"
