#pragma once

#include "engine/instances/Credentials.h"

#include <QString>

namespace PgVault::Ctl {

/// The keychain for a one-shot command: runs one Credentials call and waits for it with a local
/// event loop, so commands read top to bottom.
class Keychain
{
public:
    static CredentialResult read(const QString &key);
    static CredentialResult write(const QString &key, const QString &secret);
    static CredentialResult remove(const QString &key);
};

} // namespace PgVault::Ctl
