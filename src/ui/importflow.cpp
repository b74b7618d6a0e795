#include "importflow.h"

#include "logging.h"
#include "userprompts.h"

#include "models/importjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace warroom {

namespace {

#define WR_TR(text) QT_TRANSLATE_NOOP("warroom::ImportFlow", text)

// The singular or the plural (with %1) sentence, translated in ImportFlow's context.
QString count(int n, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate("warroom::ImportFlow", one)
                  : QCoreApplication::translate("warroom::ImportFlow", many).arg(n);
}

} // namespace

QString importSummaryText(const ImportSummary& summary, const QString& fileName, int maxWarnings)
{
    QStringList lines;
    lines << ImportFlow::tr("Imported %1 with %2 from %3.")
                 .arg(count(summary.incidentsAdded, WR_TR("1 incident"), WR_TR("%1 incidents")),
                      count(summary.timelineEntriesAdded, WR_TR("1 timeline entry"), WR_TR("%1 timeline entries")), fileName);
    if (summary.incidentsSkipped > 0) {
        lines << count(summary.incidentsSkipped, WR_TR("1 incident was already in the database."),
                       WR_TR("%1 incidents were already in the database."));
    }
    if (!summary.warnings.isEmpty()) {
        lines << QString();
        lines << count(int(summary.warnings.size()), WR_TR("1 warning (the data was kept as it is):"),
                       WR_TR("%1 warnings (the data was kept as it is):"));
        const int shown = std::min(int(summary.warnings.size()), maxWarnings);
        for (int i = 0; i < shown; ++i)
            lines << QStringLiteral("• ") + summary.warnings[i];
        if (summary.warnings.size() > shown)
            lines << ImportFlow::tr("… and %1 more.").arg(summary.warnings.size() - shown);
    }
    return lines.join(QLatin1Char('\n'));
}

ImportFlow::ImportFlow(UserPrompts& prompts, QWidget* window)
    : QObject(window), m_prompts(prompts), m_window(window), m_job(new ImportJob(this))
{
    connect(m_job, &ImportJob::finished, this, &ImportFlow::onFinished);
    connect(m_job, &ImportJob::failed, this, &ImportFlow::onFailed);
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setLabelText(tr("Storing incidents from %1…").arg(m_fileName));
        m_progress->setMaximum(int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
}

ImportFlow::~ImportFlow()
{
    closeProgress();
}

bool ImportFlow::isRunning() const
{
    return m_job->isRunning();
}

void ImportFlow::run(const DatabaseUrl& url)
{
    if (isRunning())
        return;
    const QString path = m_prompts.openFileName(
        m_window, tr("Import Incident History"),
        tr("Incident histories (*.json);;All files (*)"), UserPrompts::FileMode::Existing);
    if (path.isEmpty())
        return;
    importFile(url, path);
}

void ImportFlow::importFile(const DatabaseUrl& url, const QString& path)
{
    if (isRunning())
        return;
    m_fileName = QFileInfo(path).fileName();
    closeProgress();
    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setLabelText(tr("Reading %1…").arg(m_fileName));
    m_progress->setCancelButton(nullptr);   // one transaction: it cannot be cut short
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_job->start(url, path);
    emit runningChanged(true);
}

void ImportFlow::closeProgress()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void ImportFlow::onFinished(const ImportSummary& summary)
{
    closeProgress();
    for (const QString& warning : summary.warnings)
        qCInfo(lcUi) << "import warning:" << warning;
    emit runningChanged(false);
    emit imported(summary);
    m_prompts.showInfo(m_window, tr("Import Finished"), importSummaryText(summary, m_fileName));
}

void ImportFlow::onFailed(const QString& message)
{
    closeProgress();
    emit runningChanged(false);
    m_prompts.showError(m_window, tr("Import Failed"),
                        tr("Nothing was imported from %1.\n\n%2").arg(m_fileName, message));
}

} // namespace warroom
