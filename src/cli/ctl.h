#pragma once
// warroomctl: the command-line front end. Each command returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 usage error.

#include <QStringList>
#include <QTextStream>

namespace warroom::ctl {

/// Runs warroomctl with `arguments` (argv including the program name), writing to the
/// given streams. Reads WARROOM_DATABASE from the environment when --database is absent.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace warroom::ctl
