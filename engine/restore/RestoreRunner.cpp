#include "engine/restore/RestoreRunner.h"

#include "engine/jobs/DeletedPoints.h"
#include "engine/restore/RestoreToFolder.h"
#include "engine/restore/RestoreToServer.h"
#include "models/vaults/VaultRepository.h"

namespace PgVault {

RestoreRunner::RestoreRunner(RestoreRequest request, JobRecorder::Observer observer)
    : JobRun(request.jobId, request.instance.id, std::move(observer))
    , m_request(std::move(request))
{
}

JobOutcome RestoreRunner::perform(const QSqlDatabase &database, JobRecorder &recorder)
{
    const auto done = [](JobTypes::Status status, std::optional<Error> error) {
        return JobOutcome{status, std::move(error)};
    };

    Result<std::unique_ptr<VaultStore>> store
        = DeletedPoints::openLive(database, m_request.instance, m_request.pointId);
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
                tr("See the job's output for the full list; apply the roles first (the restore's roles option) if "
                   "owners or "
                   "grants are missing."),
                {}});
    }
    return done(JobTypes::Status::Completed, std::nullopt);
}

} // namespace PgVault
