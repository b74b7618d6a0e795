#pragma once
// File ▸ Import…: choose a file, import it in the background, report the outcome.

#include "storage/databaseurl.h"
#include "storage/incidentrepository.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace warroom {

class ImportJob;
class UserPrompts;

/// Asks for a history file through UserPrompts, runs an ImportJob with a window-modal
/// progress dialog, then emits imported() (so the caller reloads) and shows the summary,
/// or shows the error. One import at a time.
class ImportFlow : public QObject {
    Q_OBJECT
public:
    /// `prompts` must outlive the flow; dialogs are parented to `window`.
    ImportFlow(UserPrompts& prompts, QWidget* window);
    ~ImportFlow() override;

    bool isRunning() const;

public slots:
    /// Asks for a file and imports it into `url`. Nothing happens when the user cancels.
    void run(const warroom::DatabaseUrl& url);
    /// Imports `path` into `url` without asking.
    void importFile(const warroom::DatabaseUrl& url, const QString& path);

signals:
    void runningChanged(bool running);
    /// The import was committed; emitted before the summary is shown.
    void imported(const warroom::ImportSummary& summary);

private:
    void onFinished(const ImportSummary& summary);
    void onFailed(const QString& message);
    void closeProgress();

    UserPrompts& m_prompts;
    QWidget* m_window;
    ImportJob* m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_fileName;
};

/// The text shown after an import: counts, then up to `maxWarnings` warnings.
QString importSummaryText(const ImportSummary& summary, const QString& fileName, int maxWarnings = 5);

} // namespace warroom
