// ImportJob: parses and stores a history on a worker thread with its own connection.

#include "models/importjob.h"

#include "storage/database.h"
#include "storage/incidentrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

namespace {

const QString kGcpFile = QStringLiteral(WARROOM_SHARED_DATA_DIR "/gcp-incidents.json");

} // namespace

class TestImportJob : public QObject {
    Q_OBJECT

private slots:
    void inMemoryDatabaseIsRefused();
    void missingFileFails();
    void importsRealGcpHistory();
    void secondStartWhileRunningFails();
};

void TestImportJob::inMemoryDatabaseIsRefused()
{
    ImportJob job;
    QSignalSpy failed(&job, &ImportJob::failed);
    QSignalSpy finished(&job, &ImportJob::finished);
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
    QVERIFY(url.ok());
    job.start(url.value(), kGcpFile);
    QVERIFY(!job.isRunning());
    QVERIFY(failed.wait(5000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("in-memory")));
}

void TestImportJob::missingFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("import.db")));
    const QString missing = dir.filePath(QStringLiteral("no-such-file.json"));

    ImportJob job;
    QSignalSpy failed(&job, &ImportJob::failed);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(url, missing);
    QVERIFY(job.isRunning());
    QVERIFY(failed.wait(10000));
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no-such-file.json")),
             qPrintable(failed.first().first().toString()));
}

void TestImportJob::importsRealGcpHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("import.db")));
    // The GUI thread's own connection stays open (and idle) during the import, as in the app.
    auto db = Database::openAndMigrate(url);
    QVERIFY(db.ok());
    IncidentRepository repository(db.value());

    ImportJob job;
    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy failed(&job, &ImportJob::failed);
    job.start(url, kGcpFile);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.incidentsAdded, 157);
    QCOMPARE(summary.incidentsSkipped, 0);
    QVERIFY(summary.timelineEntriesAdded > 157);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    QCOMPARE(progress.last().at(0).toLongLong(), 157);
    QCOMPARE(progress.last().at(1).toLongLong(), 157);

    auto count = repository.incidentCount();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 157);

    // Importing the same file again adds nothing.
    job.start(url, kGcpFile);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, 60000);
    QCOMPARE(failed.count(), 0);
    const auto again = finished.last().first().value<ImportSummary>();
    QCOMPARE(again.incidentsAdded, 0);
    QCOMPARE(again.incidentsSkipped, 157);
    QCOMPARE(again.timelineEntriesAdded, 0);
}

void TestImportJob::secondStartWhileRunningFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("import.db")));
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy failed(&job, &ImportJob::failed);
    job.start(url, kGcpFile);
    job.start(url, kGcpFile);   // refused: one import at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, 60000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("already running")));
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
