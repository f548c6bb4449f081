#include "app/pgvaultctl/PruneCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "engine/jobs/ClockCheck.h"
#include "engine/jobs/ExpiryRunner.h"
#include "models/Catalog.h"

namespace PgVault::Ctl {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

PruneCommand::PruneCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int PruneCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Delete the recovery points whose retention has expired, each by a Delete job, as the agent does. In a "
           "vault with soft delete (\"pgvaultctl vault set NAME --soft-delete-days N\") an expired point is moved "
           "to deleted, restorable by \"pgvaultctl point undelete\", and purged once those days are over. The "
           "%1 newest recovery points of a backup instance are always kept. Nothing is deleted while the system "
           "clock is more than %2 days ahead of the last time PgVault can vouch for (its newest job, recovery point "
           "or agent heartbeat): a clock that jumped ahead would delete points that have not expired. Times are "
           "local.")
            .arg(ExpiryRunner::MinimumPointsKept)
            .arg(ClockCheck::MaxLeapDays));
    parser.addPositionalArgument(
        QStringLiteral("INSTANCE"), tr("Only this backup instance (default: all)."), QStringLiteral("[INSTANCE]"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would be deleted; change nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption trustClock(QStringLiteral("trust-clock"),
        tr("The system clock is right although it is far ahead of the last time PgVault can vouch for (the machine "
           "was switched off that long): trust it from now on, for the agent too, and prune by it."));
    parser.addOption(trustClock);
    const QString command = QStringLiteral("prune");
    if (std::optional<int> exit = m_commandLine.parse(parser,
            QStringList{QStringLiteral("pgvaultctl prune")} + arguments,
            command,
            QStringLiteral("[INSTANCE] [--dry-run] [--trust-clock]")))
        return *exit;
    if (parser.positionalArguments().size() > 1) {
        return m_commandLine.fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    if (parser.isSet(trustClock) && parser.isSet(dryRun)) {
        return m_commandLine.fail(tr("--trust-clock changes what the agent does, which --dry-run never does."),
            tr("Run \"pgvaultctl prune --dry-run\" first, then \"pgvaultctl prune --trust-clock\"."),
            BadInput);
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(trustClock)) {
        if (const Result<void> trusted = ClockCheck(catalog->database()).trust(now); !trusted)
            return m_commandLine.fail(trusted.error());
        m_commandLine.out() << tr("Trusting the system clock (%1) from now on.").arg(localTime(now)) << '\n';
    }
    ExpiryRunner runner(catalog->database(), ExpiryRunner::processOwner());
    const Result<ExpiryReport> report
        = runner.run(now, parser.positionalArguments().value(0), parser.isSet(dryRun), true);
    if (!report)
        return m_commandLine.fail(report.error());
    if (report->items.isEmpty()) {
        m_commandLine.out() << tr("No recovery point has expired, and no deleted one is due for purging.") << '\n';
        return Success;
    }

    QList<QStringList> rows
        = {{tr("ACTION"), tr("POINT"), tr("TIME"), tr("TAG"), tr("EXPIRY"), tr("PURGED ON"), tr("INSTANCE")}};
    for (const ExpiryItem &item : report->items) {
        rows << QStringList{ExpiryItem::outcomeName(item.outcome),
            item.point.id,
            localTime(item.point.time),
            RetentionRule::tagName(item.point.tag),
            localTime(item.point.expiry),
            localTime(item.purgeAfter.isValid() ? item.purgeAfter : item.point.purgeAfter),
            item.instanceName};
    }
    TablePrinter::print(m_commandLine.out(), rows);

    const int kept = report->count(ExpiryItem::Outcome::KeptNewest) + report->count(ExpiryItem::Outcome::KeptMinimum);
    const int soft
        = report->count(parser.isSet(dryRun) ? ExpiryItem::Outcome::WouldSoftDelete : ExpiryItem::Outcome::SoftDeleted);
    const int purged
        = report->count(parser.isSet(dryRun) ? ExpiryItem::Outcome::WouldPurge : ExpiryItem::Outcome::Purged);
    if (parser.isSet(dryRun)) {
        m_commandLine.out() << tr("Would delete %n recovery point(s); nothing was changed.",
            nullptr,
            report->count(ExpiryItem::Outcome::WouldDelete))
                            << '\n';
        if (soft > 0)
            m_commandLine.out() << tr(
                "Would move %n recovery point(s) to deleted, to be purged on the date shown.", nullptr, soft)
                                << '\n';
        if (purged > 0)
            m_commandLine.out() << tr("Would purge %n deleted recovery point(s).", nullptr, purged) << '\n';
    } else {
        m_commandLine.out() << tr("Deleted %n recovery point(s).", nullptr, report->count(ExpiryItem::Outcome::Deleted))
                            << '\n';
        if (soft > 0)
            m_commandLine.out() << tr("Moved %n recovery point(s) to deleted; each is purged on the date shown unless "
                                      "it is undeleted before (\"pgvaultctl points --deleted\", \"pgvaultctl point "
                                      "undelete POINT\").",
                nullptr,
                soft) << '\n';
        if (purged > 0)
            m_commandLine.out() << tr("Purged %n deleted recovery point(s).", nullptr, purged) << '\n';
    }
    if (kept > 0) {
        m_commandLine.out() << tr("Kept %n expired point(s): expiry always keeps the %1 newest recovery points of a "
                                  "backup instance.",
            nullptr,
            kept)
                                   .arg(ExpiryRunner::MinimumPointsKept)
                            << '\n';
    }
    if (const int refused = report->count(ExpiryItem::Outcome::Refused); refused > 0)
        m_commandLine.out() << tr("Kept %n expired point(s): the system clock is not trusted.", nullptr, refused)
                            << '\n';
    if (!report->hasProblems())
        return Success;
    // One line per problem; the same error for a whole instance (busy) is reported once.
    QStringList reported;
    for (const ExpiryItem &item : report->items) {
        if (!item.error || reported.contains(item.error->text()))
            continue;
        reported << item.error->text();
        m_commandLine.fail(
            item.instanceName + QStringLiteral(": ") + item.error->message, item.error->remedy, OperationFailed);
    }
    return OperationFailed;
}

} // namespace PgVault::Ctl
