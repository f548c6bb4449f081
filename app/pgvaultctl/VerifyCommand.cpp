#include "app/pgvaultctl/VerifyCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/ForegroundJob.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/PointArgument.h"
#include "engine/jobs/JobRunner.h"
#include "models/Home.h"

namespace PgVault::Ctl {

VerifyCommand::VerifyCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int VerifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify a recovery point (default: the newest): re-read every file and check its size and SHA-256 "
           "against the manifest. With --test-restore also restore it into a scratch server (a temporary local "
           "cluster when the PostgreSQL server programs are installed, else --scratch-host) and compare every "
           "table's row count with the counts recorded at backup time. Exit 0 when the point passed, 1 when it "
           "failed or could not be checked, 2 for bad input.")
        + QLatin1Char('\n') + ForegroundJob::interruptHelp());
    const QCommandLineOption testRestore(
        QStringLiteral("test-restore"), tr("Also restore the point and compare row counts."));
    const QCommandLineOption host(
        QStringLiteral("scratch-host"), tr("Scratch server host (instead of a local cluster)."), tr("HOST"));
    const QCommandLineOption port(
        QStringLiteral("scratch-port"), tr("Scratch server port."), tr("PORT"), QStringLiteral("5432"));
    const QCommandLineOption user(
        QStringLiteral("scratch-user"), tr("Scratch server user (needs CREATEDB)."), tr("USER"));
    const QCommandLineOption sslMode(
        QStringLiteral("scratch-sslmode"), tr("Scratch server TLS mode."), tr("MODE"), sslModeName(SslMode::Prefer));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the scratch server's password from standard input."));
    parser.addOptions({testRestore, host, port, user, sslMode, passwordStdin});
    parser.addPositionalArgument(QStringLiteral("INSTANCE"), {});
    parser.addPositionalArgument(QStringLiteral("POINT"), {}, QStringLiteral("[POINT]"));
    if (std::optional<int> exit = m_commandLine.parse(parser,
            QStringList{QStringLiteral("pgvaultctl verify")} + arguments,
            QStringLiteral("verify"),
            QStringLiteral("INSTANCE [POINT] [options]")))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    if (positionals.isEmpty() || positionals.size() > 2)
        return m_commandLine.fail(tr("Give the instance and optionally a recovery point."),
            CommandLine::helpRemedy(QStringLiteral("verify")),
            BadInput);

    VerifyRequest request;
    request.testRestore = parser.isSet(testRestore);
    if (parser.isSet(host)) {
        if (!request.testRestore || !parser.isSet(user))
            return m_commandLine.badOption(QStringLiteral("--scratch-host"),
                tr("A scratch server is used only with --test-restore and needs --scratch-user."),
                tr("Add --test-restore and --scratch-user."));
        bool ok = false;
        request.scratchServer.host = parser.value(host);
        request.scratchServer.user = parser.value(user);
        request.scratchServer.port = parser.value(port).toInt(&ok);
        if (!ok || request.scratchServer.port < 1 || request.scratchServer.port > 65535)
            return m_commandLine.badOption(
                QStringLiteral("--scratch-port"), tr("Not a port number."), tr("Give e.g. --scratch-port 5432."));
        const std::optional<SslMode> mode = parseSslMode(parser.value(sslMode));
        if (!mode)
            return m_commandLine.badOption(QStringLiteral("--scratch-sslmode"),
                tr("Unknown TLS mode."),
                tr("Use one of: %1.").arg(sslModeNames().join(QStringLiteral(", "))));
        request.scratchServer.sslMode = *mode;
        if (parser.isSet(passwordStdin)) {
            const std::optional<QString> password = ForegroundJob::readPasswordFromStdin();
            if (!password)
                return m_commandLine.badOption(QStringLiteral("--password-stdin"),
                    tr("Standard input cannot be read."),
                    tr("Pipe the password in."));
            request.scratchServer.password = *password;
        }
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = InstanceCommands::findOrFail(m_commandLine, *catalog, positionals.at(0), exitCode);
    if (!instance)
        return exitCode;
    const Result<QString> point = PointArgument::resolve(*catalog, *instance, positionals.value(1));
    if (!point)
        return m_commandLine.fail(point.error());
    request.pointId = point.value();

    const Result<Job> job = ForegroundJob::run(*catalog,
        Home(m_commandLine.homeOption()).catalogPath(),
        tr("verify"),
        [&](JobRunner &runner, const auto &started) { runner.startVerify(*instance, request, nullptr, started); });
    if (!job)
        return m_commandLine.fail(job.error());
    const Job &done = job.value();
    if (done.status == JobTypes::Status::Completed) {
        m_commandLine.out() << (request.testRestore
                ? tr("Recovery point %1 passed: every file matches its manifest and the test restore has the "
                     "recorded row counts. Job %2.\n")
                : tr("Recovery point %1 passed: every file matches its manifest. Job %2.\n"))
                                   .arg(done.pointId, done.id);
        return Success;
    }
    const Error error = done.error.value_or(Error{QStringLiteral("Job.Failed"),
        tr("The verification failed."),
        tr("See \"pgvaultctl job show %1\".").arg(done.id),
        {}});
    return m_commandLine.fail(
        Error{error.code, tr("Verify job %1: %2").arg(done.id, error.message), error.remedy, error.field});
}

} // namespace PgVault::Ctl
