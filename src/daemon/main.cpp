// warroomd: the headless Warroom service (alert intake webhooks).
#include "daemon.h"
#include "signalwatcher.h"

#include "server/httpsupport.h"
#include "server/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroomd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "warroomd", "Warroom service: takes alerts from Prometheus Alertmanager, Grafana and a generic JSON webhook "
                    "and opens incidents in the shared database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("warroomd", "Database URL: sqlite:/path/warroom.db or postgresql://host/db."),
        QStringLiteral("url"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("warroomd", "Address and port to listen on (port 0 picks a free one)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8750"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("warroomd", "Config file (INI, or JSON by its .json suffix): tokens, severity "
                                                "mapping, service label, auto-resolve, body limit."),
        QStringLiteral("file"));
    parser.addOptions({databaseOption, listenOption, configOption});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(databaseOption)) {
        err << QCoreApplication::translate("warroomd", "warroomd: --database is required.") << '\n';
        return 2;
    }
    auto listen = warroom::http::parseListenAddress(parser.value(listenOption));
    if (!listen) {
        err << "warroomd: " << listen.error().message << '\n';
        return 2;
    }

    warroom::DaemonOptions options;
    options.databaseUrl = parser.value(databaseOption);
    options.address = listen->first;
    options.port = listen->second;
    options.configPath = parser.value(configOption);
    options.sharedToken = qgetenv("WARROOM_INTAKE_TOKEN");

    warroom::SignalWatcher watcher;
    if (!watcher.isValid())
        qCWarning(lcServer) << "cannot watch SIGTERM/SIGINT; stop warroomd with SIGKILL";
    QObject::connect(&watcher, &warroom::SignalWatcher::terminationRequested, &app, [&app](int number) {
        qCInfo(lcServer) << "signal" << number << "received, shutting down";
        app.quit();
    });

    warroom::Daemon daemon;
    if (auto started = daemon.start(options); !started) {
        err << "warroomd: " << started.error().message << '\n';
        return 1;
    }
    const int code = app.exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
