#include "app/pgvaultctl/CommandLine.h"

#include "engine/Log.h"
#include "models/Home.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace PgVault::Ctl {

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{
}

QCommandLineOption CommandLine::homeOptionSpec()
{
    return QCommandLineOption(QStringLiteral("home"),
        tr("PgVault home folder holding the catalog (default: $PGVAULT_HOME, else %1).")
            .arg(QDir::toNativeSeparators(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                              .filePath(QStringLiteral("pgvault")))),
        tr("DIR"));
}

std::optional<int> CommandLine::parse(
    QCommandLineParser &parser, const QStringList &arguments, const QString &command, const QString &synopsis)
{
    const QCommandLineOption home = homeOptionSpec();
    parser.addOption(home);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText(), helpRemedy(command), BadInput);
    if (parser.isSet(help)) {
        m_out << helpText(parser, command + QLatin1Char(' ') + synopsis);
        m_out.flush();
        return Success;
    }
    if (parser.isSet(home)) {
        if (parser.value(home).isEmpty())
            return badOption(
                QStringLiteral("--home"), tr("The folder name is empty."), tr("Give a folder, e.g. --home ~/pgvault."));
        m_home = parser.value(home);
    }
    return std::nullopt;
}

std::unique_ptr<Catalog> CommandLine::openCatalog()
{
    const Home home(m_home);
    if (!home.ensureExists()) {
        fail(tr("Cannot create the PgVault home folder %1.").arg(QDir::toNativeSeparators(home.path())),
            tr("Check the permissions of its parent folder, or choose another with --home or PGVAULT_HOME."),
            OperationFailed);
        return nullptr;
    }
    // The log file gets everything; stderr stays for progress, results and warnings.
    Log::install(home.logsPath(), QtWarningMsg);
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(home.catalogPath());
    if (!catalog) {
        fail(catalog.error());
        return nullptr;
    }
    return std::move(catalog).value();
}

int CommandLine::fail(const Error &error)
{
    warn(error);
    return exitCodeFor(error);
}

void CommandLine::warn(const Error &error)
{
    m_out.flush();
    m_err << "pgvaultctl: " << error.text() << '\n';
    m_err.flush();
}

int CommandLine::fail(const QString &message, const QString &remedy, int exitCode)
{
    warn(Error{{}, message, remedy, {}});
    return exitCode;
}

void CommandLine::warn(const QString &message, const QString &remedy)
{
    m_out.flush();
    m_err << "pgvaultctl: " << tr("warning:") << ' ' << Error{{}, message, remedy, {}}.text() << '\n';
    m_err.flush();
}

int CommandLine::badOption(const QString &option, const QString &message, const QString &remedy)
{
    return fail(option + QStringLiteral(": ") + message, remedy, BadInput);
}

int CommandLine::exitCodeFor(const Error &error)
{
    return error.kind == ErrorKind::BadInput ? BadInput : OperationFailed;
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &usage)
{
    // QCommandLineParser writes the executable's full path and its own positional synopsis on
    // the first line; sub-commands need "pgvaultctl policy create …" instead.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd, tr("Usage: pgvaultctl %1").arg(usage.trimmed()));
    return text;
}

QString CommandLine::helpRemedy(const QString &command)
{
    const QString full = command.isEmpty() ? QStringLiteral("pgvaultctl") : QStringLiteral("pgvaultctl ") + command;
    return tr("Run \"%1 --help\" for the usage.").arg(full);
}

} // namespace PgVault::Ctl
