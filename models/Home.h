#pragma once

#include <QString>

namespace PgVault {

/// The one folder that holds all of PgVault's state: $PGVAULT_HOME, else the user's
/// application data folder. The catalog, the default local vault and the logs live under it.
class Home
{
public:
    /// An explicit folder (pgvaultctl --home) wins over $PGVAULT_HOME and the default.
    explicit Home(const QString &explicitPath = {});

    QString path() const { return m_path; }
    QString catalogPath() const;
    QString vaultsPath() const;
    QString logsPath() const;

    /// Creates the folder (0700) if missing, and makes an existing one 0700; false if it cannot
    /// be created.
    bool ensureExists() const;

private:
    QString m_path;
};

} // namespace PgVault
