#pragma once

#include "engine/instances/ReadinessReport.h"
#include "models/vaults/Vault.h"

#include <QObject>

namespace PgVault {

/// Runs the engine's readiness checks (InstanceReadiness: connection, server version against the
/// local pg_dump, read privileges, vault writable, free space) on a worker thread, because they
/// block; reports the outcome by signal on the GUI thread. Used by the Datasources page.
class ReadinessValidator : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessValidator(QObject *parent = nullptr);

    /// Starts a validation; the result of any earlier one still running is dropped. A vault not
    /// registered yet (the default "local" vault before first use) gets its folder created or
    /// reopened by the check; the controller registers it on Configure.
    void start(const ServerConnection &connection, const Vault &vault, bool vaultExists);
    bool isRunning() const { return m_running; }

    /// The checks themselves, blocking: what the worker thread runs (InstanceReadiness::check).
    static ReadinessReport run(const ServerConnection &connection, const Vault &vault, bool vaultExists);

Q_SIGNALS:
    void finished(const PgVault::ReadinessReport &report);

private:
    int m_generation = 0;
    bool m_running = false;
};

} // namespace PgVault
