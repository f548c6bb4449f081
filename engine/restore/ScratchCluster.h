#pragma once

#include "engine/instances/ServerProbe.h"
#include "engine/process/PgTools.h"
#include "engine/process/ServerUserProcess.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace PgVault {

/// A throwaway PostgreSQL cluster for restore drills (verify --test-restore): initdb into a
/// temporary folder with the newest installed server programs, reachable only through a unix
/// socket in that 0700 folder (no TCP at all, so "trust" reaches nobody else), stopped and deleted
/// by the destructor. As root the server runs as "postgres" through runuser, since initdb refuses
/// root. Used by VerifyRunner.
class ScratchCluster
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ScratchCluster)

public:
    ScratchCluster() = default;
    ~ScratchCluster();
    ScratchCluster(const ScratchCluster &) = delete;
    ScratchCluster &operator=(const ScratchCluster &) = delete;

    /// Whether server programs are installed (else a drill needs a given server).
    static bool available();

    /// Creates and starts the cluster; how to connect to it (superuser "pgvault", no password).
    Result<ServerConnection> start();
    void stop();

private:
    using Outcome = ServerUserProcess::Outcome;
    Outcome runAsServerUser(const QString &program, const QStringList &arguments) const;

    ServerTools m_tools;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
};

} // namespace PgVault
