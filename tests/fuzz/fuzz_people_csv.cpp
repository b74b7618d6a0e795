// Fuzzes the people directory CSV import (IncidentService::importPeopleCsv) against an
// in-memory SQLite database: any input is either imported or refused with a message, and a
// refused file leaves the directory as it was.
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/incidentservice.h"
#include "core/clock.h"
#include "interchange/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

QByteArray directory(const warroom::IncidentService& service)
{
    const auto people = service.people();
    if (!people)
        __builtin_trap();
    QJsonArray rows;
    for (const auto& person : people.value())
        rows.append(warroom::personToJson(person));
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

warroom::IncidentService& service()
{
    static int argc = 1;
    static char name[] = "fuzz_people_csv";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const auto db = [] {
        auto opened = warroom::Database::openAndMigrate(
            warroom::DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        if (!opened)
            __builtin_trap();
        return opened.value();
    }();
    static warroom::SystemClock clock;
    static warroom::IncidentService instance(db, clock);
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto& people = service();
    const QByteArray before = directory(people);
    const auto imported =
        people.importPeopleCsv(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!imported) {
        if (imported.error().message.isEmpty())
            __builtin_trap();
        if (directory(people) != before)
            __builtin_trap(); // a refused file changed the directory
    }
    return 0;
}
