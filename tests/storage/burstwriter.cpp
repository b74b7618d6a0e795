// A writer process for tst_killedwriter: opens (and migrates) the SQLite file named on the
// command line, declares one incident and then adds timeline entries as fast as it can, one
// transaction each (IncidentService::addEntry, as the app writes them). It prints
// "incident <uuid>" first and then the id of each entry once its transaction has committed,
// one line each, flushed, so the test knows exactly what was committed when it kills the
// process. Stops by itself after the optional maximum count (default 100000).
#include "core/clock.h"
#include "storage/database.h"
#include "storage/incidentservice.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace warroom;

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "burst writer: %s\n", qPrintable(message));
    return 1;
}

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: burstwriter FILE.sqlite [MAX_ENTRIES]"));
    const int maxEntries = args.size() > 2 ? args.at(2).toInt() : 100000;

    auto db = Database::openAndMigrate(DatabaseUrl::sqliteFile(args.at(1)));
    if (!db)
        return fail(db.error().message);
    SystemClock clock;
    IncidentService service(db.value(), clock);
    DeclareRequest request;
    request.title = QStringLiteral("Writer killed mid-burst");
    request.severity = 2;
    request.services = {QStringLiteral("Storage")};
    auto incident = service.declare(request, QStringLiteral("writer"));
    if (!incident)
        return fail(incident.error().message);
    printLine(QStringLiteral("incident ") + incident->id.toString(QUuid::WithoutBraces));
    for (int i = 1; i <= maxEntries; ++i) {
        auto entry = service.addEntry(incident->id, EntryKind::Note, QStringLiteral("burst entry %1").arg(i),
                                      QStringLiteral("writer"));
        if (!entry)
            return fail(entry.error().message);
        printLine(entry->id.toString(QUuid::WithoutBraces));
    }
    return 0;
}
