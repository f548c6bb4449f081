#include "engine/process/PgTools.h"

#include "engine/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace PgVault {

namespace {

// Not in Logging.h yet: move it there when the engine's category list is next touched.

QString tr(const char *text)
{
    return QCoreApplication::translate("PgVault::PgTools", text);
}

// Debian's /usr/bin/pg_dump is pg_wrapper, which picks a major at run time (PGCLUSTER, config):
// the real binaries under /usr/lib/postgresql/N/bin give the same answer every time.
bool isDebianWrapper(const QString &path)
{
    return QFileInfo(path).canonicalFilePath().endsWith(QLatin1String("/pg_wrapper"));
}

// Symlinks (e.g. /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl) resolve to the real
// program, so its siblings (psql, pgbench, share files) are found next to it; pg_wrapper stays
// as it is, because it dispatches on the name it was called by.
QString executableIn(const QDir &dir, const QString &name)
{
    const QFileInfo info(dir.filePath(name));
    if (!info.isFile() || !info.isExecutable())
        return {};
    return isDebianWrapper(info.absoluteFilePath()) ? info.absoluteFilePath() : info.canonicalFilePath();
}

std::optional<PgVersion> versionOf(const QString &program)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("--version")});
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The version line is parsed: keep it untranslated.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(lcEngineTools) << "could not run" << program << "--version:" << process.errorString();
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    const Result<PgVersion> parsed = PgVersion::parse(QString::fromUtf8(process.readAll()));
    if (!parsed) {
        qCWarning(lcEngineTools) << program << parsed.error().message;
        return std::nullopt;
    }
    return parsed.value();
}

bool newer(const PgVersion &a, const PgVersion &b)
{
    return a.major != b.major ? a.major > b.major : a.minor > b.minor;
}

// Keeps one entry per major: the highest minor, and on a tie a real binary over pg_wrapper.
template <typename T>
void keepBest(QList<T> &sets, T candidate, const QString &probe)
{
    for (T &existing : sets) {
        if (existing.version.major != candidate.version.major)
            continue;
        const bool better = newer(candidate.version, existing.version)
            || (candidate.version.minor == existing.version.minor && isDebianWrapper(existing.binDir + probe)
                && !isDebianWrapper(candidate.binDir + probe));
        if (better)
            existing = std::move(candidate);
        return;
    }
    sets.append(std::move(candidate));
}

} // namespace

Result<PgVersion> PgVersion::parse(const QString &versionOutput)
{
    // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "psql (PostgreSQL) 17devel",
    // "pg_dump (PostgreSQL) 9.6.24", "postgres (PostgreSQL) 16beta2".
    static const QRegularExpression pattern(
        QStringLiteral(R"(\(PostgreSQL\)\s+((\d+)(?:\.(\d+))?(?:\.\d+)?(?:[a-z]+\d*)?))"));
    const QString firstLine = versionOutput.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QRegularExpressionMatch match = pattern.match(firstLine);
    if (!match.hasMatch()) {
        return Error{QStringLiteral("PgTools.BadVersion"),
            tr("Cannot read a PostgreSQL version from \"%1\".").arg(firstLine),
            tr("Check that the program is a PostgreSQL client tool."),
            {}};
    }
    PgVersion version;
    version.text = match.captured(1);
    version.major = match.captured(2).toInt();
    version.minor = match.captured(3).toInt(); // empty for "17devel": 0
    return version;
}

QStringList PgTools::defaultSearchDirs()
{
    QStringList dirs = qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QDir debian(QStringLiteral("/usr/lib/postgresql"));
    const QStringList majors = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &major : majors)
        dirs.append(debian.filePath(major + QStringLiteral("/bin")));
    dirs.removeDuplicates();
    return dirs;
}

PgTools PgTools::discover()
{
    return discover(defaultSearchDirs());
}

PgTools PgTools::discover(const QStringList &searchDirs)
{
    PgTools tools;
    for (const QString &path : searchDirs) {
        const QDir dir(path);
        ToolSet client;
        client.binDir = dir.absolutePath();
        client.pgDump = executableIn(dir, QStringLiteral("pg_dump"));
        client.pgDumpAll = executableIn(dir, QStringLiteral("pg_dumpall"));
        client.pgRestore = executableIn(dir, QStringLiteral("pg_restore"));
        client.psql = executableIn(dir, QStringLiteral("psql"));
        if (!client.pgDump.isEmpty() && !client.pgDumpAll.isEmpty() && !client.pgRestore.isEmpty()
            && !client.psql.isEmpty()) {
            if (const auto version = versionOf(client.pgDump)) {
                client.version = *version;
                client.binDir = QFileInfo(client.pgDump).absolutePath();
                qCDebug(lcEngineTools) << "client tools" << version->text << "in" << client.binDir;
                keepBest(tools.m_toolSets, std::move(client), QStringLiteral("/pg_dump"));
            }
        }

        ServerTools server;
        server.binDir = dir.absolutePath();
        server.initdb = executableIn(dir, QStringLiteral("initdb"));
        server.pgCtl = executableIn(dir, QStringLiteral("pg_ctl"));
        server.postgres = executableIn(dir, QStringLiteral("postgres"));
        if (!server.initdb.isEmpty() && !server.pgCtl.isEmpty() && !server.postgres.isEmpty()) {
            if (const auto version = versionOf(server.pgCtl)) {
                server.version = *version;
                server.binDir = QFileInfo(server.pgCtl).absolutePath();
                qCDebug(lcEngineTools) << "server programs" << version->text << "in" << server.binDir;
                keepBest(tools.m_serverToolSets, std::move(server), QStringLiteral("/pg_ctl"));
            }
        }
    }
    const auto newestFirst = [](const auto &a, const auto &b) {
        return newer(a.version, b.version);
    };
    std::sort(tools.m_toolSets.begin(), tools.m_toolSets.end(), newestFirst);
    std::sort(tools.m_serverToolSets.begin(), tools.m_serverToolSets.end(), newestFirst);
    return tools;
}

QString PgTools::clientPackage(int major)
{
    return QStringLiteral("postgresql-client-%1").arg(major);
}

Result<ToolSet> PgTools::newest() const
{
    if (m_toolSets.isEmpty()) {
        return Error{QStringLiteral("PgTools.NotFound"),
            tr("The PostgreSQL client tools (pg_dump, pg_dumpall, pg_restore, psql) were not found on "
               "PATH or in /usr/lib/postgresql/*/bin."),
            tr("Install them, e.g. \"apt-get install postgresql-client\"."),
            {}};
    }
    return m_toolSets.first();
}

Result<ToolSet> PgTools::forServerMajor(int serverMajor) const
{
    Result<ToolSet> best = newest();
    if (!best)
        return best;
    // pg_dump reads servers of its own major and older ones, never newer ones.
    if (best->version.major >= serverMajor)
        return best;

    QString remedy = tr("Install pg_dump %1 or newer: \"apt-get install %2\".")
                         .arg(QString::number(serverMajor), clientPackage(serverMajor));
    if (serverMajor > DebianBookwormMajor) {
        remedy += QLatin1Char(' ')
            + tr("Debian 12 ships only PostgreSQL %1 itself: add the PostgreSQL project's apt repository "
                 "(PGDG, https://apt.postgresql.org) first.")
                  .arg(DebianBookwormMajor);
    }
    return Error{QStringLiteral("PgTools.ClientTooOld"),
        tr("The server runs PostgreSQL %1, but the newest pg_dump on this machine is %2 (%3), and "
           "pg_dump cannot back up a server newer than itself.")
            .arg(QString::number(serverMajor), best->version.text, best->pgDump),
        remedy,
        {}};
}

Result<ServerTools> PgTools::newestServerTools() const
{
    if (m_serverToolSets.isEmpty()) {
        return Error{QStringLiteral("PgTools.ServerNotFound"),
            tr("The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or in "
               "/usr/lib/postgresql/*/bin."),
            tr("Install them, e.g. \"apt-get install postgresql\"."),
            {}};
    }
    return m_serverToolSets.first();
}

} // namespace PgVault
