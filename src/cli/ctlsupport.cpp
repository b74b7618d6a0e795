#include "ctlsupport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace warroom::ctl {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

} // namespace

int fail(QTextStream& err, const QString& message, int code)
{
    err << "warroomctl: " << message << Qt::endl;
    return code;
}

QString writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace warroom::ctl
