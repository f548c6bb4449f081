#include "models/ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <climits>
#include <unistd.h>

namespace PgVault {

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    // /proc files report size 0: read until the end rather than by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Boot id plus PID namespace of this process: two processes with equal values see the same PIDs.
QString currentSystem()
{
    const QByteArray bootId = readProcFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
    char namespaceLink[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/ns/pid", namespaceLink, sizeof namespaceLink - 1);
    if (bootId.isEmpty() || length <= 0)
        return {};
    return QString::fromLatin1(bootId) + QLatin1Char('/') + QString::fromLatin1(namespaceLink, qsizetype(length));
}

} // namespace

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = QCoreApplication::applicationPid();
    ProcessIdentity identity = running(pid).value_or(ProcessIdentity{});
    identity.pid = pid;
    identity.host = QSysInfo::machineHostName();
    return identity;
}

std::optional<ProcessIdentity> ProcessIdentity::running(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    // "pid (comm) state ppid … starttime …": comm may hold spaces and parentheses, so the fields
    // are counted from the last ')'. starttime is field 22, the 20th after comm.
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype commEnd = stat.lastIndexOf(')');
    if (commEnd < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(commEnd + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return std::nullopt;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ProcessIdentity{QSysInfo::machineHostName(), currentSystem(), pid, startTicks};
}

bool ProcessIdentity::hasEnded() const
{
    if (system.isEmpty() || pid <= 0 || host != QSysInfo::machineHostName() || system != currentSystem())
        return false;
    const std::optional<ProcessIdentity> now = running(pid);
    return !now || now->startTicks != startTicks;
}

} // namespace PgVault
