#pragma once
// The desktop app's command line.

#include "core/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace warroom {

/// What the command line asked for.
struct AppOptions {
    QString databaseUrl;     ///< always set: --database, else startupDatabaseUrl() (Settings ▸ Database)
    QString screenshotPath;  ///< --screenshot: grab the window to this PNG and exit
    QString selectRef;       ///< --select: the incident to show ("INC-12")
    QString panel;           ///< --panel: "incidents" (default) or "metrics", the tab shown first
    QSize size;              ///< --size; invalid when not given
    QString language;        ///< --lang: "de", "en", "C"; empty follows the system locale
    bool helpShown = false;  ///< --help or --version was answered; exit 0
};

/// Parses `arguments` (argv, program name first). --help and --version print to stdout and
/// set helpShown. Error "usage" with a message naming the bad argument.
Result<AppOptions> parseAppOptions(const QStringList& arguments);

/// Parses "1600x1000"; an invalid QSize for anything else (each side 100..20000).
QSize parseWindowSize(const QString& text);

} // namespace warroom
