// Opening the war room on a large history: first paint, dashboard interactive, one filter
// keystroke, and peak memory, measured in one process on the offscreen platform.
//
//   bench_app_open --database sqlite:/path/big.db
//
// Make the database first, e.g. `warroomctl --database sqlite:/tmp/big.db generate
// --incidents 100000` (about 1.25 M timeline entries). Timings are wall clock from the
// start of main(). The load runs on a worker thread after the first paint, in three steps:
// the open incidents ("interactive": shown, and the event loop free again), then every
// other incident, then the timeline-entry counts; the longest GUI-thread stall says how
// responsive the window stayed meanwhile.
#include "core/clock.h"
#include "models/incidentfilterproxy.h"
#include "models/incidenttablemodel.h"
#include "models/workspace.h"
#include "ui/dashboardpanel.h"
#include "ui/firstpaint.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace warroom;

namespace {

QElapsedTimer g_clock;

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

/// Resident set size now, in MiB (/proc/self/statm).
double currentRssMiB()
{
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Notes the time of the first paint of the watched widget.
class FirstPaint : public QObject {
public:
    double at = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = nowMs();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    g_clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("URL")});
    parser.process(app);
    const long rssBefore = peakRssKiB();

    SystemClock clock;
    DialogPrompts prompts;
    auto workspace = Workspace::open(parser.value(QStringLiteral("database")), clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
    const double opened = nowMs();
    MainWindow window(clock, prompts);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.setWorkspace(std::move(workspace).value());
    window.resize(1600, 1000);
    window.show();

    // The load runs on a worker thread after the first paint; a 5 ms timer measures how long
    // the GUI thread is ever busy meanwhile (the longest gap between its ticks).
    double loaded = -1;
    double openShown = -1;
    double interactiveOpen = -1;
    double countsLoaded = -1;
    double rssLoaded = 0;
    IncidentTableModel* model = window.workspace()->incidents();
    int openRows = 0;
    QObject::connect(model, &IncidentTableModel::openIncidentsLoaded, &app, [&] {
        openShown = nowMs();
        openRows = window.dashboard()->proxy()->rowCount();
        // Posted behind whatever the view still has to do for these rows.
        QTimer::singleShot(0, &app, [&] { interactiveOpen = nowMs(); });
    });
    QObject::connect(model, &IncidentTableModel::entryCountsLoaded, &app, [&] {
        countsLoaded = nowMs();
        QTimer::singleShot(0, &app, [&] { app.quit(); });
    });
    double lastTick = -1;
    double longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const double t = nowMs();
        if (lastTick >= 0)
            longestStall = std::max(longestStall, t - lastTick);
        lastTick = t;
    });
    runAfterFirstPaint(&window, [&] {
        lastTick = nowMs();
        ticker.start();
        window.reloadAsync([&](const Result<void>& r) {
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                app.exit(1);
                return;
            }
            loaded = nowMs();
            rssLoaded = currentRssMiB();
        });
    });
    if (app.exec() != 0)
        return 1;
    ticker.stop();
    const double interactive = nowMs();

    // One filter keystroke, then more, each measured until the proxy has refiltered.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    IncidentFilterProxy* proxy = window.dashboard()->proxy();
    const int rows = window.workspace()->incidents()->rowCount();
    std::vector<double> keystrokes;
    const QString typed = QStringLiteral("checkout");
    for (const QChar c : typed) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(filter, c.toLatin1());
        QCoreApplication::processEvents();
        keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const int matching = proxy->rowCount();
    QElapsedTimer clearTimer;
    clearTimer.start();
    filter->clear();
    QCoreApplication::processEvents();
    const double clearMs = double(clearTimer.nsecsElapsed()) / 1e6;
    std::vector<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());

    std::printf("incidents in the dashboard: %d\n", rows);
    std::printf("database opened and migrated: %.1f ms after start\n", opened);
    std::printf("first paint: %.1f ms after start\n", firstPaint.at);
    std::printf("open incidents shown: %.1f ms after start (%d rows); interactive (event loop free): %.1f ms\n",
                openShown, openRows, interactiveOpen);
    std::printf("every incident loaded: %.1f ms after start; entry counts: %.1f ms; event loop free: %.1f ms\n",
                loaded, countsLoaded, interactive);
    std::printf("longest GUI-thread stall from first paint to the end of the load: %.1f ms\n", longestStall);
    std::printf("filter keystrokes \"%s\": first %.2f ms, median %.2f ms, max %.2f ms (%d rows match); clearing %.2f ms\n",
                qPrintable(typed), keystrokes.front(), sorted[sorted.size() / 2], sorted.back(), matching, clearMs);
    std::printf("peak RSS: %.1f MB (%.1f MB before opening the database; %.1f MB once loaded; %.1f MB at the end)\n",
                double(peakRssKiB()) / 1024.0, double(rssBefore) / 1024.0, rssLoaded, currentRssMiB());
    return 0;
}
