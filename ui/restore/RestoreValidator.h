#pragma once

#include "engine/restore/RestoreRequest.h"
#include "engine/restore/RestoreValidation.h"
#include "models/points/RecoveryPoint.h"

#include <QObject>

namespace PgVault {

/// Runs the restore wizard's Validate checks (RestorePlan::validate) on a worker thread, because
/// the folder and server checks block, and reports by signal on the GUI thread.
class RestoreValidator : public QObject
{
    Q_OBJECT

public:
    explicit RestoreValidator(QObject *parent = nullptr);

    /// Starts a validation; the result of an earlier one still running is dropped.
    void start(const RestoreRequest &request, const RecoveryPoint &point);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const PgVault::RestoreValidation &validation);

private:
    int m_generation = 0;
    bool m_running = false;
};

} // namespace PgVault
