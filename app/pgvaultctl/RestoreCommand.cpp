#include "app/pgvaultctl/RestoreCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/ForegroundJob.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/PointArgument.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/jobs/JobRunner.h"
#include "engine/restore/RestorePlan.h"
#include "engine/restore/RestoreToServer.h"
#include "models/Home.h"
#include "models/points/PointRepository.h"

#include <QDir>

namespace PgVault::Ctl {

RestoreCommand::RestoreCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int RestoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restore a recovery point, in the foreground. POINT is a point id (or its first characters) or "
           "\"latest\".\n"
           "As files (--to-folder): one pg_restore-able custom-format dump per database, roles.sql, "
           "tablespace.sql, schema.sql and RESTORE.txt with the commands to use them; every file is checked "
           "against the manifest and existing files are refused unless --overwrite.\n"
           "To a server (--to-server): creates each database (refusing existing ones unless --clean) and "
           "restores it with pg_restore; the target password is read from standard input (--password-stdin).\n"
           "--validate-only runs the checks the restore wizard's Validate step runs (folder writable, free "
           "space, names free; or server reachable, target databases free) and restores nothing.\n"
           "Exit 0 on success, 1 if the restore failed, 2 for bad input or an existing target (or a failed "
           "check with --validate-only).")
        + QLatin1Char('\n') + ForegroundJob::interruptHelp());
    const QCommandLineOption toFolder(QStringLiteral("to-folder"), tr("Restore as files into DIR."), tr("DIR"));
    const QCommandLineOption prefix(QStringLiteral("file-prefix"), tr("Prefix of every restored file name."), tr("P"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), tr("Replace existing files."));
    const QCommandLineOption toServer(QStringLiteral("to-server"), tr("Restore into a PostgreSQL server."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Target server host."), tr("HOST"));
    const QCommandLineOption port(
        QStringLiteral("port"), tr("Target server port."), tr("PORT"), QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Target user (needs CREATEDB)."), tr("USER"));
    const QCommandLineOption sslMode(QStringLiteral("sslmode"),
        tr("TLS mode: %1 (default %2).").arg(sslModeNames().join(QStringLiteral(", ")), sslModeName(SslMode::Prefer)),
        tr("MODE"),
        sslModeName(SslMode::Prefer));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the target password from the first line of standard input."));
    const QCommandLineOption database(QStringLiteral("database"),
        tr("Restore only database SRC, as DST when given (repeatable). Without it every database of the point "
           "is restored under its own name."),
        tr("SRC[=DST]"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"), tr("pg_restore parallel jobs."), tr("N"), QStringLiteral("2"));
    const QCommandLineOption roles(QStringLiteral("roles"),
        tr("skip (default) or apply the cleaned roles.sql."),
        tr("MODE"),
        QStringLiteral("skip"));
    const QCommandLineOption clean(QStringLiteral("clean"), tr("Drop and recreate target databases that exist."));
    const QCommandLineOption validateOnly(
        QStringLiteral("validate-only"), tr("Only check that the restore can run; restore nothing."));
    parser.addOptions({toFolder,
        prefix,
        overwrite,
        toServer,
        host,
        port,
        user,
        sslMode,
        passwordStdin,
        database,
        jobs,
        roles,
        clean,
        validateOnly});
    if (std::optional<int> exit = VerbArguments::parse(m_commandLine,
            parser,
            QStringLiteral("restore"),
            arguments,
            {QStringLiteral("INSTANCE"), QStringLiteral("POINT")}))
        return *exit;

    RestoreRequest request;
    if (parser.isSet(toFolder) == parser.isSet(toServer))
        return m_commandLine.badOption(QStringLiteral("--to-folder/--to-server"),
            tr("Choose exactly one target."),
            tr("Give --to-folder DIR or --to-server with --host and --user."));
    if (parser.isSet(toFolder)) {
        request.target = RestoreRequest::Target::Folder;
        request.folder = QDir(parser.value(toFolder)).absolutePath();
        request.filePrefix = parser.value(prefix);
        request.overwrite = parser.isSet(overwrite);
    } else {
        request.target = RestoreRequest::Target::Server;
        if (!parser.isSet(host) || !parser.isSet(user))
            return m_commandLine.badOption(QStringLiteral("--host/--user"),
                tr("The target server needs a host and a user."),
                tr("Give e.g. --host db.example.com --user admin."));
        bool ok = false;
        request.server.host = parser.value(host);
        request.server.user = parser.value(user);
        request.server.port = parser.value(port).toInt(&ok);
        if (!ok || request.server.port < 1 || request.server.port > 65535)
            return m_commandLine.badOption(
                QStringLiteral("--port"), tr("Not a port number."), tr("Give e.g. --port 5432."));
        const std::optional<SslMode> mode = parseSslMode(parser.value(sslMode));
        if (!mode)
            return m_commandLine.badOption(QStringLiteral("--sslmode"),
                tr("Unknown TLS mode."),
                tr("Use one of: %1.").arg(sslModeNames().join(QStringLiteral(", "))));
        request.server.sslMode = *mode;
        request.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || request.jobs < 1 || request.jobs > 64)
            return m_commandLine.badOption(
                QStringLiteral("--jobs"), tr("Not a number from 1 to 64."), tr("Give e.g. --jobs 2."));
        if (parser.value(roles) != QLatin1String("skip") && parser.value(roles) != QLatin1String("apply"))
            return m_commandLine.badOption(
                QStringLiteral("--roles"), tr("Must be skip or apply."), tr("Give --roles apply or leave it out."));
        request.applyRoles = parser.value(roles) == QLatin1String("apply");
        request.clean = parser.isSet(clean);
        for (const QString &mapping : parser.values(database)) {
            const qsizetype equals = mapping.indexOf(QLatin1Char('='));
            if (equals == 0 || (equals > 0 && equals == mapping.size() - 1) || mapping.isEmpty())
                return m_commandLine.badOption(QStringLiteral("--database"),
                    tr("\"%1\" is not SRC or SRC=DST.").arg(mapping),
                    tr("Give e.g. --database sales=sales_copy."));
            const QString source = equals < 0 ? mapping : mapping.left(equals);
            if (request.databaseMap.contains(source))
                return m_commandLine.badOption(QStringLiteral("--database"),
                    tr("The database \"%1\" is named more than once.").arg(source),
                    tr("Give each source database once, e.g. --database %1=%1_copy.").arg(source));
            request.databaseMap.insert(source, equals < 0 ? mapping : mapping.mid(equals + 1));
        }
        // Two databases into one would replace the first with the second: refused before anything.
        if (Result<void> distinct = RestoreToServer::checkDistinctTargets(request.databaseMap); !distinct) {
            Error error = distinct.error();
            error.remedy += optionHint(error.code);
            return m_commandLine.fail(error);
        }
        if (parser.isSet(passwordStdin)) {
            const std::optional<QString> password = ForegroundJob::readPasswordFromStdin();
            if (!password)
                return m_commandLine.badOption(QStringLiteral("--password-stdin"),
                    tr("Standard input cannot be read."),
                    tr("Pipe the password in, e.g. from a secret store."));
            request.server.password = *password;
        }
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = InstanceCommands::findOrFail(m_commandLine, *catalog, parser.positionalArguments().at(0), exitCode);
    if (!instance)
        return exitCode;
    const Result<QString> point = PointArgument::resolve(*catalog, *instance, parser.positionalArguments().at(1));
    if (!point)
        return m_commandLine.fail(point.error());
    request.pointId = point.value();
    if (parser.isSet(validateOnly))
        return validate(*catalog, request);

    const Result<Job> job = ForegroundJob::run(*catalog,
        Home(m_commandLine.homeOption()).catalogPath(),
        tr("restore"),
        [&](JobRunner &runner, const auto &started) { runner.startRestore(*instance, request, nullptr, started); });
    if (!job)
        return m_commandLine.fail(job.error());
    const Job &done = job.value();
    if (done.status == JobTypes::Status::Completed || done.status == JobTypes::Status::CompletedWithWarnings) {
        m_commandLine.out() << tr("Recovery point %1 restored to %2. Job %3.\n")
                                   .arg(done.pointId,
                                       done.additionalDetails.value(QStringLiteral("RecoveryDestination")),
                                       done.id);
        if (done.error) {
            Error warning = *done.error;
            warning.remedy += optionHint(warning.code);
            m_commandLine.warn(warning);
        }
        return Success;
    }
    const Error error = done.error.value_or(Error{QStringLiteral("Job.Failed"),
        tr("The restore failed."),
        tr("See \"pgvaultctl job show %1\".").arg(done.id),
        {}});
    // The kind tells a refusal of what the user asked for (exit 2) from a failure while running.
    return m_commandLine.fail(Error{error.code,
        tr("Restore job %1 %2: %3")
            .arg(done.id,
                done.status == JobTypes::Status::Cancelled ? tr("was cancelled") : tr("failed"),
                error.message),
        error.remedy + optionHint(error.code),
        error.field,
        error.kind});
}

int RestoreCommand::validate(Catalog &catalog, const RestoreRequest &request)
{
    const Result<std::optional<RecoveryPoint>> point = PointRepository(catalog.database()).find(request.pointId);
    if (!point)
        return m_commandLine.fail(point.error());
    if (!point->has_value())
        return m_commandLine.fail(Error{QStringLiteral("Point.NotFound"),
            tr("The recovery point %1 is no longer in the catalog.").arg(request.pointId),
            tr("List the points with \"pgvaultctl points\"."),
            {},
            ErrorKind::BadInput});
    const RestoreValidation validation = RestorePlan::validate(request, point->value());
    for (const RestoreValidation::Check &check : validation.checks) {
        const QString status = check.status == RestoreValidation::Status::Passed
            ? tr("passed")
            : (check.status == RestoreValidation::Status::Warning ? tr("warning") : tr("failed"));
        m_commandLine.out() << status << ": " << check.title << ": " << check.message;
        if (!check.remedy.isEmpty())
            m_commandLine.out() << ' ' << check.remedy;
        m_commandLine.out() << '\n';
    }
    if (validation.passed()) {
        m_commandLine.out() << tr("The restore can run.") << '\n';
        return Success;
    }
    m_commandLine.out() << tr("The restore would be refused.") << '\n';
    return BadInput;
}

QString RestoreCommand::optionHint(const QString &code)
{
    // The engine's remedies name no front end's controls; these are this command's.
    if (code == QLatin1String("Restore.TargetFileExists"))
        return QLatin1Char(' ') + tr("(--file-prefix, --overwrite)");
    if (code == QLatin1String("Restore.TargetDatabaseExists"))
        return QLatin1Char(' ') + tr("(--database SOURCE=TARGET, --clean)");
    if (code == QLatin1String("Restore.UnknownDatabase") || code == QLatin1String("Restore.DuplicateTarget"))
        return QLatin1Char(' ') + tr("(--database SOURCE=TARGET)");
    if (code == QLatin1String("Restore.Warnings"))
        return QLatin1Char(' ') + tr("(--roles apply)");
    return {};
}

} // namespace PgVault::Ctl
