// warroomctl: import, list and show incidents from the command line.
#include "ctl.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
