// warroomctl: import, list and show incidents from the command line.
#include "cmd_postmortem.h"
#include "ctl.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // A PDF export lays out text, which needs fonts and so a QGuiApplication; everything else
    // stays a plain QCoreApplication. No display is needed: the offscreen platform serves.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool gui = warroom::ctl::needsGuiApplication(rawArguments);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroomctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARROOM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = warroom::ctl::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
