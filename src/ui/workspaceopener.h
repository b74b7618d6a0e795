#pragma once
// Opening a database that may want a password: the keyring's, else the user's answer.

#include "core/clock.h"
#include "core/result.h"
#include "models/workspace.h"

#include <memory>

class QWidget;

namespace warroom {

class CredentialStore;
class UserPrompts;

/// Opens `url` like Workspace::open(). When the server asks for a password the URL lacks (or
/// refuses the keyring's), it takes the keyring's password for the URL (waiting for the
/// keyring), else, if `mayAsk`, asks through `prompts` (so every time where no keyring runs) and
/// tries again. Blocks while connecting (up to connect_timeout per attempt): for the start of
/// the app, before the window shows. Errors as Workspace::open(); "password-needed" when no
/// password was given.
Result<std::unique_ptr<Workspace>> openWorkspaceWithPassword(const DatabaseUrl& url, const Clock& clock,
                                                             CredentialStore& credentials, UserPrompts& prompts,
                                                             bool mayAsk, QWidget* parent = nullptr);

} // namespace warroom
