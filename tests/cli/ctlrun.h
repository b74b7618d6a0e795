#pragma once
// Runs the real warroomctl binary (WARROOMCTL_PATH, set by tests/cli/CMakeLists.txt) for the
// command-line tests.

#include <QProcess>
#include <QStringList>

namespace warroom::test {

/// What one warroomctl run printed and returned; exitCode -1 when it did not finish in 2 min.
struct CtlRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline CtlRun runCtl(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(WARROOMCTL_PATH), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace warroom::test
