#include "models/Home.h"

#include "models/Logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
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
    // The catalog names servers and users, the default vault holds the dumps: private to the user,
    // also when the folder was made by hand (mkdir under umask 022 leaves it readable to all).
    constexpr QFile::Permissions Private = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    if (QDir(m_path).exists()) {
        if ((QFile::permissions(m_path) & Others) != 0 && !QFile::setPermissions(m_path, Private))
            qCWarning(lcModelsHome).noquote() << "the PgVault home folder" << QDir::toNativeSeparators(m_path)
                                              << "is open to other users and its mode cannot be changed";
        return true;
    }
    if (!QDir().mkpath(m_path))
        return false;
    return QFile::setPermissions(m_path, Private);
}

} // namespace PgVault
