#include "engine/process/ChildEnvironment.h"

#include "engine/Logging.h"

#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PgVault {

namespace {

const QLatin1String DescriptorPrefix("/dev/fd/");

/// A sealed, 0600 memory file holding `contents`; -1 (errno set) when one cannot be made.
int memoryFile(const QByteArray &contents)
{
    const int fd = ::memfd_create("pgvault-passfile", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -1;
    // A memfd starts out 0777, and libpq ignores a passfile with group or world access.
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    for (qsizetype written = 0; ok && written < contents.size();) {
        const ssize_t done = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (done < 0 && errno == EINTR)
            continue;
        ok = done > 0;
        written += ok ? done : 0;
    }
    // Sealed, so one child cannot change what the others read.
    ok = ok && ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) == 0;
    if (!ok) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

} // namespace

ChildEnvironment::ChildEnvironment(const ServerConnection &connection)
{
    m_env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = m_env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            m_env.remove(key);
    }
    m_env.insert(QStringLiteral("PGHOST"), connection.host);
    m_env.insert(QStringLiteral("PGPORT"), QString::number(connection.port));
    m_env.insert(QStringLiteral("PGUSER"), connection.user);
    m_env.insert(QStringLiteral("PGSSLMODE"), sslModeName(connection.sslMode));
    m_env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    m_env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("pgvault"));
    m_env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    // The tools' messages are matched by ServerProbe and shown in job output: keep them untranslated.
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    if (connection.password.contains(QLatin1Char('\n')) || connection.password.contains(QLatin1Char('\r'))) {
        // A passfile line cannot hold a line break; the child's environment is the other private place.
        m_env.insert(QStringLiteral("PGPASSWORD"), connection.password);
        return;
    }
    // Wildcards: this file serves exactly one connection's children, so it needs no matching.
    QString escaped = connection.password;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char(':'), QLatin1String("\\:"));
    m_passfile = memoryFile(escaped.isEmpty() ? QByteArray() : QStringLiteral("*:*:*:*:%1\n").arg(escaped).toUtf8());
    if (m_passfile >= 0) {
        m_env.insert(QStringLiteral("PGPASSFILE"), DescriptorPrefix + QString::number(m_passfile));
    } else {
        // Still not on disk: the environment of our own children is readable by this user only.
        qCWarning(lcEngine) << "cannot create an in-memory passfile:" << std::strerror(errno);
        m_env.insert(QStringLiteral("PGPASSWORD"), connection.password);
    }
}

ChildEnvironment::~ChildEnvironment()
{
    if (m_passfile >= 0)
        ::close(m_passfile);
}

QProcessEnvironment ChildEnvironment::forDatabase(const QString &database) const
{
    QProcessEnvironment env = m_env;
    if (!database.isEmpty())
        env.insert(QStringLiteral("PGDATABASE"), database);
    return env;
}

QString ChildEnvironment::passfilePath() const
{
    return m_passfile >= 0 ? DescriptorPrefix + QString::number(m_passfile) : QString();
}

int ChildEnvironment::passfileDescriptor(const QProcessEnvironment &environment)
{
    const QString passfile = environment.value(QStringLiteral("PGPASSFILE"));
    if (!passfile.startsWith(DescriptorPrefix))
        return -1;
    bool ok = false;
    const int fd = passfile.mid(DescriptorPrefix.size()).toInt(&ok);
    return ok && fd > STDERR_FILENO ? fd : -1;
}

QString ChildEnvironment::withoutPassfileNote(const QString &text)
{
    static const QRegularExpression passfileNote(QStringLiteral("password retrieved from file \"[^\"]*\""));
    QString cleaned = text;
    cleaned.remove(passfileNote);
    return cleaned;
}

} // namespace PgVault
