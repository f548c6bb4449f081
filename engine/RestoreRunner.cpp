#include "engine/RestoreRunner.h"

#include "engine/DefaultVault.h"
#include "engine/RestoreToFolder.h"
#include "engine/RestoreToServer.h"
#include "models/Catalog.h"
#include "models/VaultRepository.h"

namespace PgVault {

RestoreRunner::RestoreRunner(RestoreRequest request, JobRecorder::Observer observer)
    : m_request(std::move(request))
    , m_observer(std::move(observer))
{
}

void RestoreRunner::cancel()
{
    m_cancelRequested = true;
    if (JobRecorder *recorder = m_recorder.load())
        recorder->cancel();
}

Job RestoreRunner::run(const Catalog &catalog)
{
    JobRecorder recorder(catalog, m_request.jobId, m_request.instance.id, m_observer, m_request.server.password);
    m_recorder = &recorder;
    if (m_cancelRequested)
        recorder.cancel();
    const auto done = [&](JobTypes::Status status, std::optional<Error> error) {
        Job job = recorder.finish(status, std::move(error));
        m_recorder = nullptr;
        return job;
    };

    Result<std::optional<Vault>> vault = VaultRepository(catalog.database()).findById(m_request.instance.vaultId);
    if (!vault)
        return done(JobTypes::Status::Failed, vault.error());
    if (!vault->has_value())
        return done(JobTypes::Status::Failed, VaultRepository::notFound(m_request.instance.vaultName));
    Result<std::unique_ptr<VaultStore>> store = DefaultVault::open(vault->value());
    if (!store)
        return done(JobTypes::Status::Failed, store.error());
    Result<PointManifest> manifest = store.value()->readManifest(m_request.instance.id, m_request.pointId);
    if (!manifest)
        return done(JobTypes::Status::Failed, manifest.error());

    if (m_request.target == RestoreRequest::Target::Folder) {
        recorder.output(tr("Restoring recovery point %1 of %2 as files into %3.\n")
                            .arg(m_request.pointId, m_request.instance.name, m_request.folder));
        Result<void> restored = RestoreToFolder(m_request, *store.value(), manifest.value(), recorder).run();
        if (!restored)
            return done(recorder.stopped() ? JobTypes::Status::Cancelled : JobTypes::Status::Failed, restored.error());
        return done(JobTypes::Status::Completed, std::nullopt);
    }

    recorder.output(tr("Restoring recovery point %1 of %2 into the server %3:%4.\n")
                        .arg(m_request.pointId, m_request.instance.name, m_request.server.host)
                        .arg(m_request.server.port));
    Result<QStringList> restored = RestoreToServer(m_request, *store.value(), manifest.value(), recorder).run();
    if (!restored)
        return done(recorder.stopped() ? JobTypes::Status::Cancelled : JobTypes::Status::Failed, restored.error());
    if (!restored->isEmpty()) {
        for (const QString &warning : restored.value())
            recorder.output(warning + QLatin1Char('\n'));
        return done(JobTypes::Status::CompletedWithWarnings,
            Error{QStringLiteral("Restore.Warnings"),
                tr("%n object(s) could not be restored as they were, first: %1", nullptr, int(restored->size()))
                    .arg(restored->constFirst()),
                tr("See the job's output for the full list; apply the roles first (--roles apply) if owners or "
                   "grants are missing."),
                {}});
    }
    return done(JobTypes::Status::Completed, std::nullopt);
}

} // namespace PgVault
