#include "appoptions.h"

#include "models/preferences.h"
#include "storage/defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

#include <cstdio>

namespace warroom {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AppOptions)
};

} // namespace

QSize parseWindowSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{3,5})\\s*[xX]\\s*(\\d{3,5})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int w = match.captured(1).toInt();
    const int h = match.captured(2).toInt();
    if (w < 100 || h < 100 || w > 20000 || h > 20000)
        return {};
    return {w, h};
}

Result<AppOptions> parseAppOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Warroom: run incident war rooms, review incident history."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
        QStringList{QStringLiteral("database"), QStringLiteral("d")},
        Tr::tr("Database to open: sqlite:/path/file.db, postgresql://user@host/db, or a file path. "
           "Default: the database chosen in Settings, else the last one opened, else %1.")
            .arg(defaultDatabaseUrlString()),
        Tr::tr("url"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Tr::tr("Load, show the window, save a picture of it as PNG to <file>, exit."),
                                        Tr::tr("file"));
    const QCommandLineOption select(QStringLiteral("select"), Tr::tr("Show incident <ref> (e.g. INC-12)."), Tr::tr("ref"));
    const QCommandLineOption panel(QStringLiteral("panel"), Tr::tr("Tab to show first: incidents or metrics."),
                                   Tr::tr("name"), QStringLiteral("incidents"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Tr::tr("Window size, e.g. 1600x1000 (the default for --screenshot)."), Tr::tr("WxH"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      Tr::tr("Language of the user interface, e.g. de or en (C for English). "
                                             "Default: the system's language."),
                                      Tr::tr("language"));
    parser.addOptions({database, screenshot, select, panel, size, language});

    if (!parser.parse(arguments))
        return Result<AppOptions>::failure(QStringLiteral("usage"), parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return Result<AppOptions>::failure(QStringLiteral("usage"),
                                           Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }

    AppOptions options;
    if (parser.isSet(help) || parser.isSet(version)) {
        const QString text = parser.isSet(help) ? parser.helpText()
                                                : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                                                 QCoreApplication::applicationVersion());
        std::fputs(qPrintable(text), stdout);
        options.helpShown = true;
        return options;
    }

    if (parser.isSet(database))
        options.databaseUrl = parser.value(database);
    else
        options.databaseUrl = startupDatabaseUrl(QSettings());
    options.language = parser.value(language).trimmed();
    options.screenshotPath = parser.value(screenshot);
    options.selectRef = parser.value(select).trimmed();
    options.panel = parser.value(panel).trimmed().toLower();
    if (options.panel != QLatin1String("incidents") && options.panel != QLatin1String("metrics")) {
        return Result<AppOptions>::failure(QStringLiteral("usage"),
                                           Tr::tr("--panel expects incidents or metrics, not \"%1\".")
                                               .arg(parser.value(panel)));
    }
    if (parser.isSet(size)) {
        options.size = parseWindowSize(parser.value(size));
        if (!options.size.isValid()) {
            return Result<AppOptions>::failure(QStringLiteral("usage"),
                                               Tr::tr("--size expects WIDTHxHEIGHT, e.g. 1600x1000, not \"%1\".")
                                                   .arg(parser.value(size)));
        }
    }
    return options;
}

} // namespace warroom
