#include "importjob.h"

#include "logging.h"

#include "storage/database.h"

#include <QAtomicInt>

namespace warroom {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("warroom-import-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

ImportJob::ImportJob(QObject* parent) : QObject(parent) {}

ImportJob::~ImportJob()
{
    if (m_thread)
        m_thread->wait();
}

void ImportJob::fail(const QString& message)
{
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

void ImportJob::start(const DatabaseUrl& url, const QString& filePath, ImportFormat format)
{
    if (m_running) {
        fail(tr("An import is already running; wait for it to finish."));
        return;
    }
    if (url.kind == DatabaseUrl::Kind::Sqlite && url.path == QLatin1String(":memory:")) {
        fail(tr("Cannot import into an in-memory database: the import runs on its own connection, which would "
                "see a different, empty database. Open or create a database file and import again."));
        return;
    }
    if (m_thread) {
        m_thread->wait();   // the previous import has reported; its thread is ending
        m_thread.reset();
    }
    m_running = true;
    qCInfo(lcModels) << "importing" << filePath << "into" << url.toString();
    m_thread.reset(QThread::create([this, url, filePath, format] { run(url, filePath, format); }));
    m_thread->setObjectName(QStringLiteral("warroom-import"));
    m_thread->start();
}

// Runs on the worker thread: touches no member but posts results back to the job's thread.
void ImportJob::run(const DatabaseUrl& url, const QString& filePath, ImportFormat format)
{
    auto post = [this](auto&& function) {
        QMetaObject::invokeMethod(this, std::forward<decltype(function)>(function), Qt::QueuedConnection);
    };
    auto postFailure = [this, post](const QString& message) {
        post([this, message] {
            m_running = false;
            qCWarning(lcModels) << "import failed:" << message;
            emit failed(message);
        });
    };

    auto batch = parseHistoryFile(filePath, format);
    if (!batch) {
        postFailure(batch.error().message);
        return;
    }
    const qint64 total = batch.value().incidents.size();
    post([this, total] { emit progress(0, total); });

    Result<ImportSummary> summary = [&]() -> Result<ImportSummary> {
        // The connection lives and dies on this thread.
        auto db = Database::openAndMigrate(url, nextConnectionName());
        if (!db)
            return db.error();
        IncidentRepository repository(db.value());
        return repository.importBatch(batch.value(), [this, post](qsizetype done, qsizetype all) {
            post([this, done, all] { emit progress(done, all); });
        });
    }();
    if (!summary) {
        postFailure(summary.error().message);
        return;
    }
    post([this, result = summary.value()] {
        m_running = false;
        emit finished(result);
    });
}

} // namespace warroom
