#include "app/pgvaultctl/InstanceCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceValidateCommand.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/instances/InstanceProtection.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QUuid>

#include <functional>
#include <optional>

namespace PgVault::Ctl {

namespace {

/// The password as piped in: everything up to the first line break (as `docker login
/// --password-stdin` reads it).
QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    const QByteArray line = in.readLine(qint64{64} * 1024);
    QString password = QString::fromUtf8(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

/// Runs an asynchronous engine call (keychain work) and waits for its one callback, so a
/// command reads top to bottom.
template <typename T>
T waitFor(const std::function<void(std::function<void(const T &)>)> &start)
{
    QEventLoop loop;
    std::optional<T> outcome;
    start([&](const T &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace

InstanceCommands::InstanceCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString InstanceCommands::verbSummary()
{
    return tr("  instance add       Add a backup instance (a server to protect); the password goes to the keychain.\n"
              "  instance list      List the backup instances.\n"
              "  instance show      Show a backup instance.\n"
              "  instance validate  Check connection, tools, privileges, vault and free space.\n"
              "  instance remove    Stop protection: retain the points as per policy or forever, or delete them.\n"
              "  instance resume    Resume protection of a stopped backup instance (password from stdin).\n"
              "  instance set-policy  Protect a backup instance with another policy.\n");
}

int InstanceCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("show"))
        return show(rest);
    if (verb == QLatin1String("remove"))
        return remove(rest);
    if (verb == QLatin1String("resume"))
        return resume(rest);
    if (verb == QLatin1String("set-policy"))
        return setPolicy(rest);
    if (verb == QLatin1String("validate"))
        return InstanceValidateCommand(m_commandLine).run(rest);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl instance <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    return m_commandLine.fail(
        verb.isEmpty() ? tr("No instance command given.") : tr("\"%1\" is not an instance command.").arg(verb),
        CommandLine::helpRemedy(QStringLiteral("instance")),
        BadInput);
}

std::optional<BackupInstance> InstanceCommands::findOrFail(
    CommandLine &commandLine, const Catalog &catalog, const QString &name, int &exitCode)
{
    const Result<std::optional<BackupInstance>> found = InstanceRepository(catalog.database()).find(name);
    if (!found) {
        exitCode = commandLine.fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value())
        exitCode = commandLine.fail(InstanceRepository::notFound(name));
    return found.value();
}

int InstanceCommands::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a backup instance: a PostgreSQL server, the policy that protects it and the vault that keeps its "
           "recovery points. The password is read from standard input and stored in the OS keychain only."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Server host name or address."), tr("HOST"));
    const QCommandLineOption port(
        QStringLiteral("port"), tr("Server port (default 5432)."), tr("PORT"), QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), tr("PostgreSQL user to connect as."), tr("USER"));
    const QCommandLineOption sslMode(QStringLiteral("sslmode"),
        tr("TLS mode: %1 (default %2).").arg(sslModeNames().join(QStringLiteral(", ")), sslModeName(SslMode::Prefer)),
        tr("MODE"),
        sslModeName(SslMode::Prefer));
    const QCommandLineOption policy(QStringLiteral("policy"), tr("Backup policy name."), tr("POLICY"));
    const QCommandLineOption vault(
        QStringLiteral("vault"), tr("Vault name (default: local, created on first use)."), tr("VAULT"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the password from standard input (first line)."));
    parser.addOptions({host, port, user, sslMode, policy, vault, passwordStdin});
    const QString command = QStringLiteral("instance add");
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, command, arguments, {QStringLiteral("NAME")}))
        return *exit;
    for (const QCommandLineOption &required : {host, user, policy, passwordStdin}) {
        if (!parser.isSet(required)) {
            return m_commandLine.fail(
                tr("Missing --%1.").arg(required.names().constFirst()), CommandLine::helpRemedy(command), BadInput);
        }
    }
    bool portOk = false;
    BackupInstance instance;
    instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    instance.name = parser.positionalArguments().constFirst();
    instance.host = parser.value(host);
    instance.port = parser.value(port).toInt(&portOk);
    if (!portOk)
        instance.port = -1;
    instance.user = parser.value(user);
    instance.sslMode = parser.value(sslMode);
    instance.policyName = parser.value(policy);
    instance.vaultName = parser.value(vault);
    if (const QList<Error> problems = InstanceRepository::validate(instance); !problems.isEmpty()) {
        const Error &first = problems.constFirst();
        const QString option = first.field == QLatin1String("sslMode") ? QStringLiteral("sslmode") : first.field;
        if (first.field == QLatin1String("name"))
            return m_commandLine.fail(first);
        return m_commandLine.badOption(QStringLiteral("--") + option, first.message, first.remedy);
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    InstanceProtection protection(catalog->database(), Home(m_commandLine.homeOption()));
    // What the catalog can tell (name taken, policy or vault unknown) is checked before the
    // password is read; configure() checks it all again before storing anything.
    if (const Result<BackupInstance> prepared = protection.prepare(instance); !prepared)
        return m_commandLine.fail(prepared.error());

    const QString password = readPasswordFromStdin();
    if (password.isEmpty()) {
        return m_commandLine.fail(tr("No password was read from standard input."),
            tr("Pipe the password in, e.g. printf '%s\\n' \"$PGPASSWORD\" | pgvaultctl instance add …"),
            BadInput);
    }
    const Result<BackupInstance> saved = waitFor<Result<BackupInstance>>(
        [&](auto done) { protection.configure(instance, password, nullptr, std::move(done)); });
    if (!saved)
        return m_commandLine.fail(saved.error());
    m_commandLine.out() << tr("Added backup instance \"%1\" (%2) for %3, policy \"%4\", vault \"%5\".\n")
                               .arg(
                                   saved->name, saved->id, saved->datasourceName(), saved->policyName, saved->vaultName)
                        << tr("Check it with \"pgvaultctl instance validate %1\".\n").arg(saved->name);
    return Success;
}

int InstanceCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the backup instances."));
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("instance list"), arguments, {}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QList<BackupInstance>> instances = InstanceRepository(catalog->database()).list();
    if (!instances)
        return m_commandLine.fail(instances.error());
    if (instances->isEmpty()) {
        m_commandLine.out() << tr("No backup instances. Add one with \"pgvaultctl instance add\".\n");
        return Success;
    }
    QList<QStringList> rows{{tr("NAME"), tr("DATASOURCE"), tr("TLS"), tr("POLICY"), tr("VAULT"), tr("PROTECTION")}};
    for (const BackupInstance &instance : instances.value())
        rows << QStringList{instance.name,
            instance.datasourceName(),
            instance.sslMode,
            instance.policyName,
            instance.vaultName,
            InstanceRepository::protectionText(instance.protection)};
    TablePrinter::print(m_commandLine.out(), rows);
    return Success;
}

int InstanceCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a backup instance."));
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("instance show"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    QTextStream &out = m_commandLine.out();
    out << tr("Name:       %1\n").arg(instance->name) << tr("Id:         %1\n").arg(instance->id)
        << tr("Host:       %1\n").arg(instance->host) << tr("Port:       %1\n").arg(instance->port)
        << tr("User:       %1\n").arg(instance->user) << tr("TLS mode:   %1\n").arg(instance->sslMode)
        << tr("Policy:     %1\n").arg(instance->policyName) << tr("Vault:      %1\n").arg(instance->vaultName)
        << tr("Created:    %1\n").arg(instance->created.toLocalTime().toString(Qt::ISODate))
        << tr("Protection: %1\n").arg(InstanceRepository::protectionText(instance->protection));
    if (instance->isProtected()) {
        out << tr("Password:   in the OS keychain under \"%1\"\n").arg(Credentials::serverPasswordKey(instance->id));
    } else {
        out << tr("Stopped:    %1\n").arg(instance->stopped.toLocalTime().toString(Qt::ISODate))
            << tr("Password:   removed from the OS keychain; \"pgvaultctl instance resume\" asks for it again\n");
    }
    return Success;
}

int InstanceCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stop protection of a backup instance: no more backups, and its password leaves the keychain. Retained "
           "recovery points stay listed and restorable; with --delete-data they and the instance are deleted. "
           "Refused while a job runs on it."));
    const QCommandLineOption asPerPolicy(QStringLiteral("retain-as-per-policy"),
        tr("Keep the recovery points; they expire as the policy said when they were taken."));
    const QCommandLineOption forever (
        QStringLiteral("retain-forever"), tr("Keep the recovery points; they never expire."));
    const QCommandLineOption deleteData(QStringLiteral("delete-data"),
        tr("Delete every recovery point from the vault and the catalog, then the backup instance."));
    parser.addOptions({asPerPolicy, forever, deleteData});
    const QString command = QStringLiteral("instance remove");
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, command, arguments, {QStringLiteral("NAME")}))
        return *exit;
    const int chosen = int(parser.isSet(asPerPolicy)) + int(parser.isSet(forever)) + int(parser.isSet(deleteData));
    if (chosen != 1) {
        return m_commandLine.fail(chosen == 0 ? tr("Say what becomes of the recovery points.")
                                              : tr("Give only one of the options for the recovery points."),
            tr("Give exactly one of --retain-as-per-policy, --retain-forever or --delete-data."),
            BadInput);
    }
    const InstanceProtection::StopMode mode = parser.isSet(deleteData) ? InstanceProtection::StopMode::DeleteData
        : parser.isSet(forever)                                        ? InstanceProtection::StopMode::RetainForever
                                : InstanceProtection::StopMode::RetainAsPerPolicy;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    InstanceProtection protection(catalog->database(), Home(m_commandLine.homeOption()));
    const Result<int> stopped
        = waitFor<Result<int>>([&](auto done) { protection.stop(*instance, mode, nullptr, std::move(done)); });
    if (!stopped)
        return m_commandLine.fail(stopped.error());
    switch (mode) {
    case InstanceProtection::StopMode::DeleteData:
        m_commandLine.out() << tr("Stopped protection of \"%1\" and deleted its %n recovery point(s); the backup "
                                  "instance is removed.\n",
            nullptr,
            *stopped)
                                   .arg(instance->name);
        break;
    case InstanceProtection::StopMode::RetainForever:
        m_commandLine.out() << tr("Stopped protection of \"%1\"; its recovery points in vault \"%2\" are retained "
                                  "forever and stay restorable.\n")
                                   .arg(instance->name, instance->vaultName);
        break;
    case InstanceProtection::StopMode::RetainAsPerPolicy:
        m_commandLine.out() << tr("Stopped protection of \"%1\"; its recovery points in vault \"%2\" stay restorable "
                                  "until they expire as per policy.\n")
                                   .arg(instance->name, instance->vaultName);
        break;
    }
    return Success;
}

int InstanceCommands::resume(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Resume protection of a stopped backup instance. Its password, removed when "
                                        "protection stopped, is read from standard input into the OS keychain."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), tr("Read the password from standard input (first line)."));
    parser.addOption(passwordStdin);
    const QString command = QStringLiteral("instance resume");
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, command, arguments, {QStringLiteral("NAME")}))
        return *exit;
    if (!parser.isSet(passwordStdin))
        return m_commandLine.fail(tr("Missing --password-stdin."), CommandLine::helpRemedy(command), BadInput);
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    const QString password = readPasswordFromStdin();
    if (password.isEmpty()) {
        return m_commandLine.fail(tr("No password was read from standard input."),
            tr("Pipe the password in, e.g. printf '%s\\n' \"$PGPASSWORD\" | pgvaultctl instance resume …"),
            BadInput);
    }
    InstanceProtection protection(catalog->database(), Home(m_commandLine.homeOption()));
    const Result<BackupInstance> resumed = waitFor<Result<BackupInstance>>(
        [&](auto done) { protection.resume(*instance, password, nullptr, std::move(done)); });
    if (!resumed)
        return m_commandLine.fail(resumed.error());
    m_commandLine.out() << tr("Resumed protection of \"%1\" with policy \"%2\"; its retained recovery points expire "
                              "as their policy says again.\n")
                               .arg(resumed->name, resumed->policyName);
    return Success;
}

int InstanceCommands::setPolicy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Protect a backup instance with another policy. Future recovery points follow "
                                        "its schedule and retention; existing ones keep their expiry."));
    if (std::optional<int> exit = VerbArguments::parse(m_commandLine,
            parser,
            QStringLiteral("instance set-policy"),
            arguments,
            {QStringLiteral("NAME"), QStringLiteral("POLICY")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    InstanceProtection protection(catalog->database(), Home(m_commandLine.homeOption()));
    const Result<BackupInstance> changed = protection.setPolicy(*instance, parser.positionalArguments().at(1));
    if (!changed)
        return m_commandLine.fail(changed.error());
    m_commandLine.out() << tr("Backup instance \"%1\" now follows policy \"%2\" (was \"%3\"). Future recovery points "
                              "follow its schedule and retention; existing points keep their expiry.\n")
                               .arg(changed->name, changed->policyName, instance->policyName);
    return Success;
}

} // namespace PgVault::Ctl
