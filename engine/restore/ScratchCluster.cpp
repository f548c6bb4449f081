#include "engine/restore/ScratchCluster.h"

#include "engine/Logging.h"
#include "engine/process/ServerUserProcess.h"
#include "engine/vault/PrivateTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace PgVault {

namespace {

// Only names the socket file; the kernel's free TCP port makes a clash with another cluster's
// socket in a shared folder unlikely, and each cluster has its own folder anyway.
int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 54321;
}

} // namespace

ScratchCluster::~ScratchCluster()
{
    stop();
    if (!m_dir || !m_dir->isValid())
        return;
    // Not QTemporaryDir's removal: the folder belongs to the server's user, who could swap it (or
    // something in it) for a link, and removing as root through that link would delete elsewhere.
    const QString path = m_dir->path();
    if (const Result<void> removed
        = PrivateTree(QFileInfo(path).absolutePath()).remove(path, PrivateTree::Links::RemoveLinkOnly);
        !removed)
        qCWarning(lcEngineRestore).noquote()
            << "could not remove the scratch cluster's folder" << path << ":" << removed.error().message;
}

bool ScratchCluster::available()
{
    return PgTools::discover().newestServerTools().ok();
}

ScratchCluster::Outcome ScratchCluster::runAsServerUser(const QString &program, const QStringList &arguments) const
{
    return ServerUserProcess::run(program, arguments, m_dir->path(), 180000);
}

Result<ServerConnection> ScratchCluster::start()
{
    const auto failed = [](const QString &what, const QString &detail) {
        return Error{QStringLiteral("Verify.ScratchServerFailed"),
            tr("The scratch server for the test restore could not be set up (%1): %2").arg(what, detail.trimmed()),
            tr("Check the free space of the temporary folder, or give a scratch server to restore into."),
            {}};
    };
    Result<ServerTools> tools = PgTools::discover().newestServerTools();
    if (!tools)
        return tools.error();
    m_tools = tools.value();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pgvault-scratch-XXXXXX"));
    if (!m_dir->isValid())
        return failed(tr("temporary folder"), m_dir->errorString());
    m_dir->setAutoRemove(false); // the destructor removes it, without following links
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (ServerUserProcess::switchesUser()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user || ::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return failed(tr("owner"), tr("cannot hand %1 to the postgres user").arg(m_dir->path()));
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const Outcome initdb = runAsServerUser(m_tools.initdb,
        {QStringLiteral("-D"),
            data,
            QStringLiteral("-A"),
            QStringLiteral("trust"),
            QStringLiteral("-U"),
            QStringLiteral("pgvault"),
            QStringLiteral("-E"),
            QStringLiteral("UTF8"),
            QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--no-sync"),
            QStringLiteral("--no-instructions")});
    if (!initdb.ok)
        return failed(QStringLiteral("initdb"), initdb.output);
    const int port = freePort();
    // No TCP listener: the socket in the 0700 folder is the only way in.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -p %2 -c fsync=off")
                                .arg(m_dir->path())
                                .arg(port);
    const Outcome started = runAsServerUser(m_tools.pgCtl,
        {QStringLiteral("-D"),
            data,
            QStringLiteral("-o"),
            options,
            QStringLiteral("-l"),
            m_dir->filePath(QStringLiteral("server.log")),
            QStringLiteral("-w"),
            QStringLiteral("-t"),
            QStringLiteral("60"),
            QStringLiteral("start")});
    if (!started.ok)
        return failed(QStringLiteral("pg_ctl start"), started.output);
    m_running = true;
    qCInfo(lcEngineRestore) << "scratch cluster started in" << m_dir->path();
    ServerConnection connection;
    connection.host = m_dir->path();
    connection.port = port;
    connection.user = QStringLiteral("pgvault");
    connection.sslMode = SslMode::Disable;
    return connection;
}

void ScratchCluster::stop()
{
    if (!m_running)
        return;
    runAsServerUser(m_tools.pgCtl,
        {QStringLiteral("-D"),
            m_dir->filePath(QStringLiteral("data")),
            QStringLiteral("-m"),
            QStringLiteral("immediate"),
            QStringLiteral("-w"),
            QStringLiteral("stop")});
    m_running = false;
}

} // namespace PgVault
