#include "identitysettings.h"

#include "storage/incidentservice.h"

#include <QSettings>

namespace warroom {

namespace {

const QString kNameKey = QStringLiteral("identity/name");
const QString kHandleKey = QStringLiteral("identity/handle");

QString normalizedHandle(const QString& handle)
{
    QString h = handle.trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

} // namespace

Identity loadIdentity(const QSettings& settings)
{
    return Identity{settings.value(kNameKey).toString().trimmed(),
                    normalizedHandle(settings.value(kHandleKey).toString())};
}

void saveIdentity(QSettings& settings, const Identity& identity)
{
    settings.setValue(kNameKey, identity.name.trimmed());
    settings.setValue(kHandleKey, normalizedHandle(identity.handle));
}

QString handleFromUserName(const QString& userName)
{
    QString handle;
    for (const QChar c : userName.trimmed()) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                             c == QLatin1Char('_') || c == QLatin1Char('-');
        handle.append(allowed ? c : QLatin1Char('-'));
    }
    handle.truncate(64);
    return handle.isEmpty() ? QStringLiteral("me") : handle;
}

QString effectiveHandle(const Identity& stored)
{
    if (stored.isComplete())
        return stored.handle;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return handleFromUserName(user);
}

Result<Person> registerIdentity(IncidentService& service, const Identity& identity)
{
    Person person;
    auto existing = service.findPerson(normalizedHandle(identity.handle));
    if (existing) {
        person = existing.value();
        if (person.name == identity.name.trimmed())
            return person; // nothing to change
    } else if (existing.error().code != QLatin1String("unknown-person")) {
        return existing.error();
    }
    person.handle = normalizedHandle(identity.handle);
    person.name = identity.name.trimmed();
    return service.savePerson(person);
}

} // namespace warroom
