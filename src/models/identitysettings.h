#pragma once
// Who is using this copy of Warroom: the name and handle stored in QSettings, and the
// matching entry of the people directory.

#include "core/result.h"
#include "core/roles.h"

class QSettings;

namespace warroom {

class IncidentService;

/// The user of this installation. `handle` is the author of everything they write.
struct Identity {
    QString name;   ///< full name for people ("Alice Example"); may be empty
    QString handle; ///< isValidHandle(); empty until the user has said who they are

    bool isComplete() const { return isValidHandle(handle); }
};

/// Reads "identity/name" and "identity/handle".
Identity loadIdentity(const QSettings& settings);
/// Writes "identity/name" and "identity/handle" (trimmed; a leading '@' dropped).
void saveIdentity(QSettings& settings, const Identity& identity);
/// A valid handle made from `userName` (e.g. $USER): characters a handle may not hold become
/// '-', at most 64 of them; "me" when nothing is left.
QString handleFromUserName(const QString& userName);
/// The handle to act as when the user has not said: the stored one if complete, else one
/// made from $USER (or $USERNAME).
QString effectiveHandle(const Identity& stored);

/// Makes sure `identity` is in the people directory: adds it when missing, otherwise updates
/// the name (team and contact stay as the directory has them). Returns the stored person.
/// Errors: "invalid" for a bad handle, and storage's.
Result<Person> registerIdentity(IncidentService& service, const Identity& identity);

} // namespace warroom
