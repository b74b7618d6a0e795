// TLS to PostgreSQL: a CA and a server certificate for "localhost" made with openssl, a private
// server started by scripts/pg.sh with ssl=on, and Database::open() with sslmode=verify-full.

#include "storage/database.h"
#include "storage/databaseurl.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace warroom;

namespace {

const QString kPgScript = QStringLiteral(WARROOM_SOURCE_DIR "/scripts/pg.sh");
const QString kInitdb = QStringLiteral("/usr/lib/postgresql/15/bin/initdb");

/// Runs `program` with `arguments`; the failure text (with its output) when it fails.
QString run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env = {},
            QByteArray* output = nullptr)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish").arg(program);
    }
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed: %3%4")
            .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(out),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return {};
}

} // namespace

class TstTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifyFullEncrypts();
    void tlsOptionsReachLibpq();
    void wrongCaIsRefused();
    void hostNameMismatchIsRefused();
    void sslModes_data();
    void sslModes();
    void urlKeepsTlsOptions();

private:
    /// A self-signed CA: `name`.crt and `name`.key in the certificate directory.
    QString makeCa(const QString& name, const QString& commonName);
    /// A key and a certificate for `commonName` with `san`, signed by the CA `ca`.
    QString makeCertificate(const QString& name, const QString& commonName, const QString& san, const QString& ca);
    QString certPath(const QString& file) const { return m_certs.filePath(file); }
    /// The private server's URL for `host` with the query `query`.
    DatabaseUrl url(const QString& host, const QString& query) const;
    /// (ssl, TLS version) of the session of `db` from pg_stat_ssl.
    std::pair<bool, QString> sslOfSession(const Database& db) const;

    QString m_openssl;
    QTemporaryDir m_certsRoot;
    QDir m_certs;
    QString m_clusterDir;
    QProcessEnvironment m_pgEnv;
    int m_port = 0;
    bool m_started = false;
};

QString TstTls::makeCa(const QString& name, const QString& commonName)
{
    return run(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                           QStringLiteral("-keyout"), certPath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                           certPath(name + QStringLiteral(".crt"))});
}

QString TstTls::makeCertificate(const QString& name, const QString& commonName, const QString& san, const QString& ca)
{
    const QString csr = certPath(name + QStringLiteral(".csr"));
    if (QString failed = run(m_openssl, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                         QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                         QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"),
                                         certPath(name + QStringLiteral(".key")), QStringLiteral("-out"), csr});
        !failed.isEmpty())
        return failed;
    const QString ext = certPath(name + QStringLiteral(".ext"));
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(ext);
    extFile.write("subjectAltName=" + san.toLatin1() + "\n");
    extFile.close();
    return run(m_openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-in"), csr, QStringLiteral("-CA"), certPath(ca + QStringLiteral(".crt")),
                           QStringLiteral("-CAkey"), certPath(ca + QStringLiteral(".key")),
                           QStringLiteral("-CAcreateserial"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                           certPath(name + QStringLiteral(".crt"))});
}

void TstTls::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed (scripts/deps.sh test installs it)");
    if (!QFile::exists(kInitdb))
        QSKIP("PostgreSQL 15 is not installed (scripts/deps.sh test installs it)");
    QVERIFY(m_certsRoot.isValid());
    // A space in the folder name: file options must reach libpq quoted.
    QVERIFY(QDir(m_certsRoot.path()).mkdir(QStringLiteral("tls files")));
    m_certs = QDir(m_certsRoot.filePath(QStringLiteral("tls files")));

    QString failed = makeCa(QStringLiteral("ca"), QStringLiteral("Warroom Test CA"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = makeCa(QStringLiteral("other-ca"), QStringLiteral("Somebody Else's CA"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = makeCertificate(QStringLiteral("server"), QStringLiteral("localhost"), QStringLiteral("DNS:localhost"),
                             QStringLiteral("ca"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = makeCertificate(QStringLiteral("client"), QStringLiteral("postgres"), QStringLiteral("DNS:client"),
                             QStringLiteral("ca"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // libpq refuses a client key that others may read.
    QVERIFY(QFile::setPermissions(certPath(QStringLiteral("client.key")), QFile::ReadOwner | QFile::WriteOwner));

    // The cluster directory must be reachable by the server's user (postgres, when we are root),
    // so it lives directly in the temporary folder, not inside our private one.
    m_clusterDir = QDir::temp().filePath(QStringLiteral("warroom-tls-pg-%1")
                                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_pgEnv = QProcessEnvironment::systemEnvironment();
    m_pgEnv.insert(QStringLiteral("WARROOM_PG_DIR"), m_clusterDir);
    m_pgEnv.insert(QStringLiteral("WARROOM_PG_SSL_DIR"), m_certs.path());
    QByteArray out;
    failed = run(kPgScript, {QStringLiteral("start")}, m_pgEnv, &out);
    m_started = true;   // stop also cleans up after a half-done start
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto started = DatabaseUrl::parse(QString::fromUtf8(out).trimmed());
    QVERIFY2(started.ok(), out.constData());
    m_port = started.value().port;
    QVERIFY(m_port > 0);
}

void TstTls::cleanupTestCase()
{
    if (m_started) {
        const QString failed = run(kPgScript, {QStringLiteral("stop")}, m_pgEnv);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(!QFile::exists(m_clusterDir));
    }
}

DatabaseUrl TstTls::url(const QString& host, const QString& query) const
{
    auto parsed = DatabaseUrl::parse(QStringLiteral("postgresql://postgres@%1:%2/postgres").arg(host).arg(m_port));
    Q_ASSERT(parsed.ok());
    DatabaseUrl u = parsed.value();
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        u.options.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return u;
}

std::pair<bool, QString> TstTls::sslOfSession(const Database& db) const
{
    auto q = db.run(QStringLiteral("SELECT ssl, COALESCE(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    if (!q || !q.value().next())
        return {false, QStringLiteral("(no row)")};
    return {q.value().value(0).toBool(), q.value().value(1).toString()};
}

void TstTls::verifyFullEncrypts()
{
    const DatabaseUrl u = url(QStringLiteral("localhost"),
                              QStringLiteral("sslmode=verify-full&sslrootcert=") + certPath(QStringLiteral("ca.crt")));
    auto db = Database::openAndMigrate(u);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    const auto [ssl, version] = sslOfSession(*db.value());
    QVERIFY(ssl);
    QVERIFY2(version.startsWith(QLatin1String("TLSv1.")), qPrintable(version));
    QCOMPARE(db.value()->schemaVersion().value(), Database::latestSchemaVersion(Dialect::Postgresql));
}

void TstTls::tlsOptionsReachLibpq()
{
    // A client certificate and key are passed on like every other libpq keyword (the server
    // here does not ask for one, so the session only proves they did not disturb anything).
    QString query = QStringLiteral("sslmode=verify-full&sslrootcert=%1&sslcert=%2&sslkey=%3")
                        .arg(certPath(QStringLiteral("ca.crt")), certPath(QStringLiteral("client.crt")),
                             certPath(QStringLiteral("client.key")));
    auto db = Database::open(url(QStringLiteral("localhost"), query));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    const QString options = db.value()->connection().connectOptions();
    QVERIFY2(options.contains(QLatin1String("sslmode=verify-full")), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("sslrootcert='%1'").arg(certPath(QStringLiteral("ca.crt")))),
             qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("sslcert='%1'").arg(certPath(QStringLiteral("client.crt")))),
             qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("sslkey='%1'").arg(certPath(QStringLiteral("client.key")))),
             qPrintable(options));
    QVERIFY(sslOfSession(*db.value()).first);
}

void TstTls::wrongCaIsRefused()
{
    auto db = Database::open(url(QStringLiteral("localhost"), QStringLiteral("sslmode=verify-full&sslrootcert=")
                                                                  + certPath(QStringLiteral("other-ca.crt"))));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("open"));
    QVERIFY2(db.error().message.contains(QLatin1String("certificate verify failed")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("sslrootcert")), qPrintable(db.error().message));
}

void TstTls::hostNameMismatchIsRefused()
{
    // The certificate names localhost; 127.0.0.1 is the same server under another name.
    auto db = Database::open(url(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=verify-full&sslrootcert=")
                                                                  + certPath(QStringLiteral("ca.crt"))));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("open"));
    QVERIFY2(db.error().message.contains(QLatin1String("does not match host name \"127.0.0.1\"")),
             qPrintable(db.error().message));
}

void TstTls::sslModes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("encrypted");
    // verify-ca checks the chain but not the name; require encrypts without checking anything.
    QTest::newRow("verify-ca by address") << QStringLiteral("127.0.0.1") << QStringLiteral("sslmode=verify-ca&sslrootcert=ca.crt") << true;
    QTest::newRow("require") << QStringLiteral("127.0.0.1") << QStringLiteral("sslmode=require") << true;
    QTest::newRow("prefer") << QStringLiteral("localhost") << QStringLiteral("sslmode=prefer") << true;
    QTest::newRow("disable") << QStringLiteral("localhost") << QStringLiteral("sslmode=disable") << false;
}

void TstTls::sslModes()
{
    QFETCH(QString, host);
    QFETCH(QString, query);
    QFETCH(bool, encrypted);
    query.replace(QStringLiteral("ca.crt"), certPath(QStringLiteral("ca.crt")));
    auto db = Database::open(url(host, query));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE(sslOfSession(*db.value()).first, encrypted);
}

void TstTls::urlKeepsTlsOptions()
{
    const QString ca = certPath(QStringLiteral("ca.crt"));
    DatabaseUrl u = url(QStringLiteral("db.example.com"), QStringLiteral("sslmode=verify-full&sslrootcert=") + ca);
    u.password = QStringLiteral("s3cret");
    const QString text = u.toString();
    QVERIFY(!text.contains(QLatin1String("s3cret")));
    auto again = DatabaseUrl::parse(text);
    QVERIFY(again.ok());
    QCOMPARE(again.value().options.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(again.value().options.value(QStringLiteral("sslrootcert")), ca);
    QCOMPARE(again.value().host, QStringLiteral("db.example.com"));
    QVERIFY(again.value().password.isEmpty());
}

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
