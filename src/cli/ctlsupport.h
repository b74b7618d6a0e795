#pragma once
// Helpers shared by warroomctl's commands: error lines and writing output files.

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace warroom::ctl {

/// Writes "warroomctl: MESSAGE" to `err` and returns `code` (1 failure, 2 usage error).
int fail(QTextStream& err, const QString& message, int code = 1);

/// Writes `data` to `path` atomically (a temporary file renamed over it, QSaveFile), so a
/// failed write leaves any previous file as it was. Returns an error message, empty on success.
QString writeFile(const QString& path, const QByteArray& data);

} // namespace warroom::ctl
