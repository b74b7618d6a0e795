// warroom: the desktop app.

#include "appoptions.h"
#include "screenshot.h"

#include "core/clock.h"
#include "models/identitysettings.h"
#include "models/workspace.h"
#include "ui/entrykindicons.h"
#include "ui/firstpaint.h"
#include "ui/identitydialog.h"
#include "ui/mainwindow.h"
#include "ui/userprompts.h"

#include <QCoreApplication>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>
#include <QTimer>

#include <cstdio>

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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Warroom"));
    QApplication::setApplicationName(QStringLiteral("warroom"));
    QApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));
    QApplication::setWindowIcon(applicationIcon());

    // Warroom's own strings (compiled in under :/i18n) and Qt's, in the system language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("warroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    auto parsed = parseAppOptions(QApplication::arguments());
    if (!parsed) {
        printError(parsed.error().message);
        return 2;
    }
    const AppOptions options = parsed.value();
    if (options.helpShown)
        return 0;
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

    auto workspace = Workspace::open(options.databaseUrl, clock);
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

    // First paint, then load.
    runAfterFirstPaint(&window, [&] {
        if (auto loaded = window.reload(); !loaded) {
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
    });
    return QApplication::exec();
}
