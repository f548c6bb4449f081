#include "engine/jobs/ClockCheck.h"

#include "engine/Logging.h"
#include "models/ClockTrustRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"

#include <QSysInfo>

#include <algorithm>

namespace PgVault {

Error ClockVerdict::refusal() const
{
    const QString trustedText = reference.toUTC().toString(Qt::ISODate);
    return Error{QStringLiteral("Expiry.ClockAhead"),
        ClockCheck::tr("The system clock says %1, %2 days after the last time PgVault can vouch for (%3, from its "
                       "jobs, recovery points and agent heartbeats). Expiry deleted nothing: by a clock that jumped "
                       "ahead it would delete recovery points that have not expired.")
            .arg(now.toUTC().toString(Qt::ISODate))
            .arg(reference.daysTo(now))
            .arg(trustedText),
        ClockCheck::tr("Check the system clock (\"timedatectl status\"). Expiry resumes by itself once the clock is "
                       "back within %1 days of %2. If the clock is right and this machine was switched off that "
                       "long, run \"pgvaultctl prune --trust-clock\".")
            .arg(ClockCheck::MaxLeapDays)
            .arg(trustedText),
        QStringLiteral("clock")};
}

ClockCheck::ClockCheck(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<ClockVerdict> ClockCheck::judge(const QDateTime &now, const ClockTrust &stored) const
{
    ClockVerdict verdict;
    verdict.now = now;
    const QDateTime notAfter = now.addMSecs(ClockTrust::FutureToleranceMs);
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    const JobRepository jobs(m_database);
    const PointRepository points(m_database);
    const AgentHeartbeatRepository heartbeats(m_database);
    if (!stored.trusted.isValid()) {
        // The first check of this catalog: nothing to carry on from, so its newest record vouches.
        const Result<QDateTime> job = jobs.newestStart(notAfter);
        if (!job)
            return job.error();
        const Result<QDateTime> point = points.newestTime(notAfter);
        if (!point)
            return point.error();
        const Result<QDateTime> beat = heartbeats.newestBeatOfOthers(notAfter, host, pid);
        if (!beat)
            return beat.error();
        for (const QDateTime &evidence : {*job, *point, *beat}) {
            if (evidence.isValid() && (!verdict.reference.isValid() || evidence > verdict.reference))
                verdict.reference = evidence;
        }
    } else {
        const Result<QList<QDateTime>> jobStarts = jobs.startsBetween(stored.trusted, notAfter);
        if (!jobStarts)
            return jobStarts.error();
        const Result<QList<QDateTime>> pointTimes = points.timesBetween(stored.trusted, notAfter);
        if (!pointTimes)
            return pointTimes.error();
        const Result<QList<QDateTime>> beats = heartbeats.beatsOfOthersBetween(stored.trusted, notAfter, host, pid);
        if (!beats)
            return beats.error();
        QList<QDateTime> records = *jobStarts + *pointTimes + *beats;
        std::sort(records.begin(), records.end());
        verdict.reference = stored.trusted;
        // A run of backups and heartbeats carries the trusted time on; what a clock that jumped
        // ahead dated lies beyond a gap and does not.
        for (const QDateTime &record : std::as_const(records)) {
            if (record > verdict.reference.addDays(MaxLeapDays))
                break;
            verdict.reference = std::max(verdict.reference, record);
        }
    }
    verdict.trusted = !verdict.reference.isValid() || now <= verdict.reference.addDays(MaxLeapDays);
    if (!verdict.trusted)
        verdict.doubtedSince = stored.doubtedSince.isValid() ? stored.doubtedSince : now;
    return verdict;
}

Result<ClockVerdict> ClockCheck::evaluate(const QDateTime &now) const
{
    const Result<ClockTrust> stored = ClockTrustRepository(m_database).read();
    if (!stored)
        return stored.error();
    return judge(now, *stored);
}

Result<ClockVerdict> ClockCheck::check(const QDateTime &now)
{
    ClockTrustRepository repository(m_database);
    const Result<ClockTrust> stored = repository.read();
    if (!stored)
        return stored.error();
    Result<ClockVerdict> verdict = judge(now, *stored);
    if (!verdict)
        return verdict;

    ClockTrust next;
    if (verdict->trusted) {
        // A clock set back keeps the later trusted time: a jump is measured from the furthest
        // point the clock has been trusted at.
        next.trusted = stored->trusted.isValid() ? std::max(stored->trusted, now) : now;
        if (stored->doubtedSince.isValid())
            qCInfo(lcEngineClock).noquote() << QStringLiteral("the system clock (%1) is trusted again; expiry resumes")
                                                   .arg(now.toUTC().toString(Qt::ISODate));
    } else if (stored->doubtedSince.isValid()) {
        return verdict; // still doubted; already recorded and logged
    } else {
        next.trusted = stored->trusted.isValid() ? stored->trusted : verdict->reference;
        next.doubtedSince = now;
        qCWarning(lcEngineClock).noquote() << verdict->refusal().text();
    }
    if (Result<void> written = repository.write(next); !written)
        return written.error();
    return verdict;
}

Result<void> ClockCheck::trust(const QDateTime &now)
{
    qCInfo(lcEngineClock).noquote()
        << QStringLiteral("the system clock (%1) is trusted by the user's word").arg(now.toUTC().toString(Qt::ISODate));
    return ClockTrustRepository(m_database).write(ClockTrust{now, {}});
}

} // namespace PgVault
