#include "app/pgvaultctl/InstanceCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceValidateCommand.h"
#include "app/pgvaultctl/Keychain.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/DefaultVault.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/InstanceLeases.h"
#include "models/InstanceRepository.h"
#include "models/PolicyRepository.h"

#include <QFile>
#include <QUuid>

namespace PgVault::Ctl {

namespace {

/// The password as piped in: everything up to the first line break (as `docker login
/// --password-stdin` reads it).
QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    const QByteArray line = in.readLine(64 * 1024);
    QString password = QString::fromUtf8(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
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
              "  instance remove    Remove a backup instance and its keychain entry (the vault keeps its points).\n");
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
        exitCode = commandLine.fail(found.error(), OperationFailed);
        return std::nullopt;
    }
    if (!found->has_value())
        exitCode = commandLine.fail(InstanceRepository::notFound(name), BadInput);
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
        tr("TLS mode: disable, prefer (default), require, verify-full."),
        tr("MODE"),
        QStringLiteral("prefer"));
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
    instance.created = QDateTime::currentDateTimeUtc();
    if (const QList<Error> problems = InstanceRepository::validate(instance); !problems.isEmpty()) {
        const Error &first = problems.constFirst();
        const QString option = first.field == QLatin1String("sslMode") ? QStringLiteral("sslmode") : first.field;
        if (first.field == QLatin1String("name"))
            return m_commandLine.fail(first, BadInput);
        return m_commandLine.badOption(QStringLiteral("--") + option, first.message, first.remedy);
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<std::optional<BackupInstance>> existing = InstanceRepository(catalog->database()).find(instance.name);
    if (!existing)
        return m_commandLine.fail(existing.error(), OperationFailed);
    if (existing->has_value()) {
        return m_commandLine.fail(tr("A backup instance named \"%1\" already exists.").arg(instance.name),
            tr("Choose another name, or remove the existing one with \"pgvaultctl instance remove %1\".")
                .arg(instance.name),
            BadInput);
    }
    const Result<std::optional<StoredPolicy>> storedPolicy = catalog->policies().find(parser.value(policy));
    if (!storedPolicy)
        return m_commandLine.fail(storedPolicy.error(), OperationFailed);
    if (!storedPolicy->has_value())
        return m_commandLine.fail(PolicyRepository::notFound(parser.value(policy)), BadInput);
    instance.policyId = storedPolicy->value().id;
    instance.policyName = storedPolicy->value().policy.name();
    const Home home(m_commandLine.homeOption());
    const QString vaultName = parser.value(vault);
    const bool defaultVault
        = vaultName.isEmpty() || vaultName.compare(QLatin1String(Vault::DefaultName), Qt::CaseInsensitive) == 0;
    if (!defaultVault) { // a named vault must exist before anything is stored
        const Result<Vault> named = DefaultVault::resolve(catalog->database(), home, vaultName);
        if (!named)
            return m_commandLine.fail(
                named.error(), named.error().code == QLatin1String("Vault.NotFound") ? BadInput : OperationFailed);
    }

    const QString password = readPasswordFromStdin();
    if (password.isEmpty()) {
        return m_commandLine.fail(tr("No password was read from standard input."),
            tr("Pipe the password in, e.g. printf '%s\\n' \"$PGPASSWORD\" | pgvaultctl instance add …"),
            BadInput);
    }
    // The keychain first: without it nothing is stored, not even the catalog row.
    const QString key = Credentials::serverPasswordKey(instance.id);
    if (const CredentialResult written = Keychain::write(key, password); !written.ok())
        return m_commandLine.fail(written.error(), OperationFailed);
    const Result<Vault> target = DefaultVault::resolve(catalog->database(), home, vaultName);
    Result<void> created = target ? Result<void>() : Result<void>(target.error());
    if (target) {
        instance.vaultId = target->id;
        instance.vaultName = target->name;
        created = InstanceRepository(catalog->database()).create(instance);
    }
    if (!created) {
        Keychain::remove(key);
        return m_commandLine.fail(created.error(), OperationFailed);
    }
    m_commandLine.out()
        << tr("Added backup instance \"%1\" (%2) for %3, policy \"%4\", vault \"%5\".\n")
               .arg(instance.name, instance.id, instance.datasourceName(), instance.policyName, instance.vaultName)
        << tr("Check it with \"pgvaultctl instance validate %1\".\n").arg(instance.name);
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
        return m_commandLine.fail(instances.error(), OperationFailed);
    if (instances->isEmpty()) {
        m_commandLine.out() << tr("No backup instances. Add one with \"pgvaultctl instance add\".\n");
        return Success;
    }
    QList<QStringList> rows{{tr("NAME"), tr("DATASOURCE"), tr("TLS"), tr("POLICY"), tr("VAULT")}};
    for (const BackupInstance &instance : instances.value())
        rows << QStringList{
            instance.name, instance.datasourceName(), instance.sslMode, instance.policyName, instance.vaultName};
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
        << tr("Password:   in the OS keychain under \"%1\"\n").arg(Credentials::serverPasswordKey(instance->id));
    return Success;
}

int InstanceCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a backup instance from the catalog and its password from the keychain. "
                                        "Its recovery points stay in the vault. Refused while a job runs on it."));
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("instance remove"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    // Holding the instance's lease keeps a job from starting while it is being removed; a job
    // already running makes the claim fail with its name.
    InstanceLeases leases(catalog->database());
    const QString holder = QStringLiteral("remove-") + QUuid::createUuid().toString(QUuid::Id128);
    if (Result<void> claimed = leases.claim(instance->id,
            holder,
            QStringLiteral("pgvaultctl:%1").arg(QCoreApplication::applicationPid()),
            QDateTime::currentDateTimeUtc());
        !claimed)
        return m_commandLine.fail(claimed.error(), OperationFailed);
    if (const CredentialResult removed = Keychain::remove(Credentials::serverPasswordKey(instance->id));
        !removed.ok()) {
        leases.release(instance->id, holder);
        return m_commandLine.fail(removed.error(), OperationFailed);
    }
    if (Result<void> removed = InstanceRepository(catalog->database()).remove(instance->id); !removed) {
        leases.release(instance->id, holder);
        return m_commandLine.fail(removed.error(), OperationFailed);
    }
    m_commandLine.out() << tr("Removed backup instance \"%1\"; its recovery points stay in vault \"%2\".\n")
                               .arg(instance->name, instance->vaultName);
    return Success;
}

} // namespace PgVault::Ctl
