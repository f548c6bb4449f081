#include "models/Home.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace PgVault {

Home::Home(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        m_path = explicitPath;
    else if (const QString env = qEnvironmentVariable("PGVAULT_HOME"); !env.isEmpty())
        m_path = env;
    else
        // ~/.local/share/pgvault for the GUI and pgvaultctl alike, whatever organisation name the
        // application sets for its QSettings.
        m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                     .filePath(QStringLiteral("pgvault"));
    m_path = QDir(m_path).absolutePath();
}

QString Home::catalogPath() const
{
    return QDir(m_path).filePath(QStringLiteral("catalog.sqlite"));
}

QString Home::vaultsPath() const
{
    return QDir(m_path).filePath(QStringLiteral("vaults"));
}

QString Home::logsPath() const
{
    return QDir(m_path).filePath(QStringLiteral("logs"));
}

bool Home::ensureExists() const
{
    if (QDir(m_path).exists())
        return true;
    if (!QDir().mkpath(m_path))
        return false;
    // The catalog names servers and users: keep it private to the user.
    return QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace PgVault
