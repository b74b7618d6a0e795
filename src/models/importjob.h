#pragma once
// Imports a status-history file into a database on a worker thread.

#include "interchange/importbatch.h"
#include "storage/databaseurl.h"
#include "storage/incidentrepository.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace warroom {

/// Parses a history file (parseHistoryFile) and stores it (IncidentRepository::importBatch,
/// one transaction) on a worker thread that opens its own connection to `url`, named
/// "warroom-import-<n>" and closed before the thread ends (one named connection per
/// thread). The caller's connection is untouched; reload its models after finished().
///
/// Signals are delivered on the thread that owns the job. Exactly one of finished() and
/// failed() follows every start().
///
/// An in-memory SQLite database ("sqlite::memory:") cannot be imported into this way: each
/// connection to ":memory:" is a separate, empty database, so the worker would write into
/// its own throw-away copy. start() reports failed() for it; import into a file instead.
class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    /// Waits for a running import to finish (it is one transaction and cannot be cut short).
    ~ImportJob() override;

    /// Starts importing `filePath` (format sniffed with ImportFormat::Auto by default).
    /// Fails (via failed()) when an import is already running or `url` is in-memory.
    void start(const DatabaseUrl& url, const QString& filePath, ImportFormat format = ImportFormat::Auto);
    bool isRunning() const { return m_running; }

signals:
    /// Incidents stored so far out of `total`; first (0, total) once the file is parsed.
    void progress(qint64 done, qint64 total);
    /// The import was committed.
    void finished(const warroom::ImportSummary& summary);
    /// Nothing was written; `message` is a sentence for people (file, position, reason).
    void failed(const QString& message);

private:
    void run(const DatabaseUrl& url, const QString& filePath, ImportFormat format);
    void fail(const QString& message);

    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
};

} // namespace warroom
