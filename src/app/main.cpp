// warroom: the desktop app.

#include "appoptions.h"
#include "screenshot.h"

#include "core/clock.h"
#include "models/identitysettings.h"
#include "models/preferences.h"
#include "models/workspace.h"
#include "models/credentialstore.h"
#include "ui/entrykindicons.h"
#include "ui/apptranslations.h"
#include "ui/firstpaint.h"
#include "ui/identitydialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/userprompts.h"
#include "ui/workspaceopener.h"

#include <QCoreApplication>
#include <QApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcApp, "warroom.app", QtInfoMsg)

using namespace warroom;

namespace {

const QSize kScreenshotSize(1600, 1000);
const QSize kDefaultSize(1400, 900);

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::App)
};

void printError(const QString& message)
{
    std::fprintf(stderr, "warroom: %s\n", qPrintable(message));
}

/// True when `arguments` hold what looks like one of Qt's own options ("-platform", "-style"):
/// one dash and a word.
bool hasQtOption(const QStringList& arguments)
{
    static const QRegularExpression qtOption(QStringLiteral("^-[A-Za-z]{3,}$"));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (qtOption.match(arguments.at(i)).hasMatch())
            return true;
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    // Times read from PostgreSQL pass through local time; with TZ unset, glibc re-reads
    // /etc/localtime (a stat and a symlink walk) at every conversion, which was half the CPU a
    // live update costs (docs/performance.md, "Sync latency"). Read it once instead; a change
    // of the system time zone then shows after a restart.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    // The command line first, without a display: --help, --version and mistakes are answered
    // on a plain terminal (or by help2man) in the chosen language.
    // Qt's own options (-platform, -style, ...) are understood only by QApplication, which
    // takes them out of the arguments; with one of those the command line is read again below.
    std::optional<AppOptions> parsedOptions;
    {
        QCoreApplication console(argc, argv);
        setApplicationIdentity();
        AppTranslations translations;
        translations.install(AppTranslations::languageArgument(QCoreApplication::arguments()));
        auto parsed = parseAppOptions(QCoreApplication::arguments());
        if (parsed) {
            if (parsed.value().helpShown)
                return 0;
            parsedOptions = parsed.value();
        } else if (!hasQtOption(QCoreApplication::arguments())) {
            printError(parsed.error().message);
            return 2;
        }
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    if (!parsedOptions) {
        AppTranslations translations;
        translations.install(AppTranslations::languageArgument(QApplication::arguments()));
        auto parsed = parseAppOptions(QApplication::arguments());
        if (!parsed) {
            printError(parsed.error().message);
            return 2;
        }
        if (parsed.value().helpShown)
            return 0;
        parsedOptions = parsed.value();
    }
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setDesktopFileName(QStringLiteral("io.github.warroom.Warroom"));
    const AppOptions options = *parsedOptions;

    // Warroom's own strings (compiled in under :/i18n) and Qt's: --lang, else the system's.
    AppTranslations translations;
    translations.install(options.language);
    applyTheme(loadTheme(QSettings()));
    const bool screenshotMode = !options.screenshotPath.isEmpty();

    SystemClock clock;
    DialogPrompts prompts;
    // In screenshot mode failures go to stderr with exit code 1; otherwise to a dialog.
    auto report = [&](const QString& title, const QString& message) {
        if (screenshotMode) {
            printError(message);
        } else {
            qCWarning(lcApp).noquote() << title << message;
            prompts.showError(nullptr, title, message);
        }
    };

    // A shared database may want a password: the keyring's, else asked (not in screenshot mode).
    auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url) {
        report(Tr::tr("Cannot Open Database"), url.error().message);
        return 1;
    }
    CredentialStore credentials;
    auto workspace = openWorkspaceWithPassword(url.value(), clock, credentials, prompts, !screenshotMode);
    if (!workspace) {
        report(Tr::tr("Cannot Open Database"), workspace.error().message);
        return 1;
    }

    // Who is writing: asked on the first start, then kept in QSettings (Edit > Settings
    // changes it) and in the people directory. Never asked in screenshot mode, which acts as
    // the stored handle or $USER and writes nothing.
    if (!screenshotMode) {
        Identity me = loadIdentity(QSettings());
        if (!me.isComplete()) {
            IdentityDialog ask(Identity{QString(), effectiveHandle(me)});
            if (ask.exec() == QDialog::Accepted) {
                me = ask.identity();
                QSettings settings;
                saveIdentity(settings, me);
            }
        }
        if (me.isComplete()) {
            if (auto registered = registerIdentity(workspace.value()->service(), me); !registered)
                report(Tr::tr("Cannot Save Your Name"), registered.error().message);
        }
        QSettings settings;
        rememberDatabase(settings, url.value().toString());   // as given, never with a password
    }

    MainWindow window(clock, prompts);
    window.setWorkspace(std::move(workspace).value());
    if (screenshotMode) {
        window.resize(options.size.isValid() ? options.size : kScreenshotSize);
    } else {
        window.resize(kDefaultSize);
        window.restoreLayout();
        if (options.size.isValid())
            window.resize(options.size);
    }
    window.setMetricsShown(options.panel == QLatin1String("metrics"));   // after restoreLayout(): it hides the docks
    window.show();

    // First paint, then load (off the GUI thread), then select and take the screenshot.
    const auto afterLoad = [&](const Result<void>& loaded) {
        if (!loaded) {
            report(Tr::tr("Cannot Show Incidents"), loaded.error().message);
            if (screenshotMode)
                QCoreApplication::exit(1);
            return;
        }
        if (!options.selectRef.isEmpty()) {
            if (auto selected = window.selectIncident(options.selectRef); !selected) {
                report(Tr::tr("Cannot Show Incident"), selected.error().message);
                if (screenshotMode) {
                    QCoreApplication::exit(1);
                    return;
                }
            }
        }
        if (screenshotMode) {
            if (auto saved = saveScreenshot(&window, options.screenshotPath); !saved) {
                report(Tr::tr("Cannot Save Screenshot"), saved.error().message);
                QCoreApplication::exit(1);
                return;
            }
            qCInfo(lcApp) << "saved" << options.screenshotPath;
            QCoreApplication::exit(0);
        }
    };
    runAfterFirstPaint(&window, [&] {
        if (!screenshotMode)
            window.startLiveUpdates();   // before the load: nothing written meanwhile is missed
        window.reloadAsync(afterLoad);
    });
    return QApplication::exec();
}
