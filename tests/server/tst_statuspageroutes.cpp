// The status page routes on an in-process QHttpServer over a real SQLite database, read with
// QNetworkAccessManager and with headless Chromium (screenshots and the rendered DOM).

#include "core/clock.h"
#include "core/timeformat.h"
#include "interchange/importbatch.h"
#include "server/statuspageroutes.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace warroom;

namespace {

const QString kOpenTitle = u"Card payments failing in Europe"_s;
const QString kSecret = u"SECRET-7f3a internal note"_s;

QDateTime utc(const QString& iso)
{
    return parseIsoUtc(iso);
}

struct Reply {
    int status = 0;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray body;
};

} // namespace

class TestStatusPageRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{utc(u"2024-03-20T12:00:00Z"_s)};
    std::unique_ptr<StatusPageRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    QUrl url(const QString& path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }

    Reply fetch(const QString& path, const QByteArray& verb = "GET")
    {
        QNetworkRequest request(url(path));
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000); }();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->rawHeader("Content-Type");
        r.cacheControl = reply->rawHeader("Cache-Control");
        r.body = reply->readAll();
        reply->deleteLater();
        return r;
    }

    /// Adds one incident with public updates (and one private note) on `services`.
    void addIncident(IncidentRepository& repo, const QString& title, int severity, IncidentStatus status,
                     const QStringList& services, const QString& started, qint64 minutes,
                     const QStringList& updates)
    {
        Incident incident;
        incident.title = title;
        incident.severity = severity;
        incident.status = status;
        incident.services = services;
        incident.startedAt = utc(started);
        incident.detectedAt = incident.startedAt.addSecs(120);
        incident.declaredAt = incident.startedAt.addSecs(300);
        if (status == IncidentStatus::Identified || status == IncidentStatus::Resolved)
            incident.identifiedAt = incident.startedAt.addSecs(minutes * 20);
        if (status == IncidentStatus::Resolved)
            incident.resolvedAt = incident.startedAt.addSecs(minutes * 60);
        auto stored = repo.insertIncident(incident);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        for (qsizetype i = 0; i < updates.size(); ++i) {
            TimelineEntry e;
            e.id = QUuid::createUuid();
            e.incidentId = stored->id;
            e.occurredAt = incident.declaredAt.addSecs(i * minutes * 60 / std::max<qsizetype>(1, updates.size() - 1));
            if (status != IncidentStatus::Resolved)
                e.occurredAt = incident.declaredAt.addSecs(i * 25 * 60);
            e.recordedAt = e.occurredAt.addSecs(20);
            e.author = u"casey"_s;
            e.kind = EntryKind::StakeholderUpdate;
            e.text = updates.at(i);
            e.isPublic = true;
            QVERIFY(repo.insertTimelineEntry(e).ok());
        }
        TimelineEntry note;
        note.id = QUuid::createUuid();
        note.incidentId = stored->id;
        note.occurredAt = incident.declaredAt.addSecs(60);
        note.recordedAt = note.occurredAt;
        note.author = u"casey"_s;
        note.text = kSecret;
        QVERIFY(repo.insertTimelineEntry(note).ok());
    }

    static QString chromium()
    {
        for (const QString& name : {u"chromium"_s, u"chromium-browser"_s}) {
            const QString path = QStandardPaths::findExecutable(name);
            if (!path.isEmpty())
                return path;
        }
        return {};
    }

    /// Runs headless Chromium on /status while this thread keeps serving; returns stdout.
    QByteArray runChromium(const QStringList& extra)
    {
        QProcess process;
        QStringList args{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--hide-scrollbars"_s,
                         u"--no-first-run"_s, u"--disable-dev-shm-usage"_s,
                         u"--user-data-dir="_s + m_dir.filePath(u"chromium-profile"_s)};
        args << extra << url(u"/status"_s).toString();
        process.start(chromium(), args);
        [&] {
            QVERIFY2(process.waitForStarted(20000), qPrintable(process.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000);
        }();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        if (process.exitCode() != 0)
            qWarning("chromium: %s", process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(m_dir.filePath(u"status.db"_s)));
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        m_db = db.value();
        IncidentRepository repo(m_db);
        const QStringList services{u"Card Authorisation API"_s, u"Merchant Dashboard"_s, u"Payouts"_s,
                                   u"Webhooks"_s};
        addIncident(repo, kOpenTitle, 2, IncidentStatus::Identified, {services[0]}, u"2024-03-20T09:40:00Z"_s, 60,
                    {u"We are investigating elevated declines for cards issued in the EU."_s,
                     u"The failures come from one acquirer connection. We are routing traffic to the second "
                     "connection; some payments may still be declined."_s});
        addIncident(repo, u"Dashboard exports delayed"_s, 3, IncidentStatus::Resolved, {services[1]},
                    u"2024-03-14T07:15:00Z"_s, 95,
                    {u"CSV exports are taking longer than usual."_s, u"Exports are back to normal."_s});
        addIncident(repo, u"Payout batch failed"_s, 1, IncidentStatus::Resolved, {services[2], services[3]},
                    u"2024-02-02T16:00:00Z"_s, 180,
                    {u"Today's payout batch did not run."_s, u"The batch has been re-run; all payouts are sent."_s});
        addIncident(repo, u"Webhook delivery delays"_s, 4, IncidentStatus::Resolved, {services[3]},
                    u"2024-01-10T03:00:00Z"_s, 40, {u"Webhooks are delivered with a delay of a few minutes."_s});
        // An incident with no public entry must not show at all.
        Incident hidden;
        hidden.title = u"SECRET-7f3a hidden incident"_s;
        hidden.severity = 1;
        hidden.status = IncidentStatus::Investigating;
        hidden.services = {services[1]};
        hidden.startedAt = utc(u"2024-03-20T11:00:00Z"_s);
        hidden.declaredAt = hidden.startedAt;
        QVERIFY(repo.insertIncident(hidden).ok());

        m_routes = std::make_unique<StatusPageRoutes>(
            m_db, m_clock, StatusPageInfo{u"lumen"_s, u"Lumen Payments Status"_s, u"https://status.example.com"_s});
        m_server = std::make_unique<QHttpServer>();
        m_routes->registerRoutes(*m_server);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void page()
    {
        const Reply r = fetch(u"/status"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/html; charset=utf-8"));
        QCOMPARE(r.cacheControl, QByteArray("public, max-age=30"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(kOpenTitle));
        QVERIFY(html.contains(u"Lumen Payments Status"_s));
        QVERIFY(html.contains(u"Partial System Outage"_s));
        QVERIFY(!html.contains(u"SECRET-7f3a"_s));
    }

    void api_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("incidents");
        QTest::newRow("summary") << u"/api/v2/summary.json"_s << 1;
        QTest::newRow("incidents") << u"/api/v2/incidents.json"_s << 4;
        QTest::newRow("unresolved") << u"/api/v2/incidents/unresolved.json"_s << 1;
    }
    void api()
    {
        QFETCH(QString, path);
        QFETCH(int, incidents);
        const Reply r = fetch(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.cacheControl, QByteArray("public, max-age=30"));
        QVERIFY(!r.body.contains("SECRET-7f3a"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"page"_s).toObject().value(u"name"_s).toString(), u"Lumen Payments Status"_s);
        const QJsonArray list = o.value(u"incidents"_s).toArray();
        QCOMPARE(list.size(), incidents);
        QCOMPARE(list.first().toObject().value(u"name"_s).toString(), kOpenTitle);
        if (path.endsWith(u"summary.json"_s)) {
            QCOMPARE(o.value(u"status"_s).toObject().value(u"indicator"_s).toString(), u"major"_s);
            QCOMPARE(o.value(u"components"_s).toArray().size(), 4);
        }
        // Status widgets and the Statuspage importer read it.
        const auto batch = parseStatuspageDocument(doc, path);
        QVERIFY2(batch.ok(), qPrintable(batch.errorText()));
        QCOMPARE(batch->incidents.size(), incidents);
    }

    void otherMethodsRefused()
    {
        const Reply r = fetch(u"/api/v2/summary.json"_s, "POST");
        QCOMPARE(r.status, 405);
        QCOMPARE(fetch(u"/status/nothing-here"_s).status, 404);
    }

    void headlessChromium()
    {
        if (chromium().isEmpty())
            QSKIP("chromium is not installed (scripts/deps.sh test installs it)");
        // Screenshots go to WARROOM_SCREENSHOT_DIR when set (to look at them), else a temp dir.
        const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR", m_dir.path());
        QDir().mkpath(dir);
        const QString desktop = QDir(dir).filePath(u"status-page-desktop.png"_s);
        const QString phone = QDir(dir).filePath(u"status-page-phone.png"_s);
        QFile::remove(desktop);
        QFile::remove(phone);

        const QByteArray dom = runChromium({u"--dump-dom"_s});
        QVERIFY2(dom.contains(kOpenTitle.toUtf8()), dom.left(400).constData());
        QVERIFY(dom.contains("Partial System Outage"));
        QVERIFY(!dom.contains("SECRET-7f3a"));

        runChromium({u"--screenshot="_s + desktop, u"--window-size=1280,1560"_s});
        runChromium({u"--screenshot="_s + phone, u"--window-size=390,1500"_s});
        for (const QString& file : {desktop, phone}) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY(image.width() > 300);
            // Not blank: the banner colour and the white cards both occur.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY(colours.size() > 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusPageRoutes)
#include "tst_statuspageroutes.moc"
