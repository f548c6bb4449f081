#pragma once

#include "models/Catalog.h"
#include "models/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace PgVault::Ctl {

/// pgvaultctl's exit codes, as --help documents them.
enum ExitCode : int {
    Success = 0,
    /// The request was understood but could not be carried out (catalog or file I/O failed, the
    /// policy is in use).
    OperationFailed = 1,
    /// The request itself is wrong (unknown command or option, missing or malformed value, invalid
    /// policy, unknown or duplicate policy name, existing output file).
    BadInput = 2,
};

/// What every sub-command shares: the parsed global options, output streams and error reporting.
/// One per process, made by main() and handed to the command groups.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::CommandLine)

public:
    CommandLine();

    QTextStream &out() { return m_out; }

    /// Parses `arguments` (program name first) after adding the global options (--home, --help).
    /// `command` ("policy create") names the sub-command in messages, `synopsis` follows it on the
    /// usage line. On --help prints the help and returns Success; on a parse error reports it and
    /// returns BadInput; otherwise returns nothing and records --home.
    std::optional<int> parse(
        QCommandLineParser &parser, const QStringList &arguments, const QString &command, const QString &synopsis);

    /// The PgVault home: --home given to the sub-command, else the global one, else the default.
    QString homeOption() const { return m_home; }
    void setHomeOption(const QString &home) { m_home = home; }
    static QCommandLineOption homeOptionSpec();

    /// Opens (creating the home and catalog if needed) the catalog; reports and returns nullptr on
    /// failure.
    std::unique_ptr<Catalog> openCatalog();

    /// Prints "pgvaultctl: <message> <remedy>" to stderr and returns the exit code the error's
    /// kind gives (exitCodeFor).
    int fail(const Error &error);
    /// The same for a message pgvaultctl makes itself (usage, summaries), with its exit code.
    int fail(const QString &message, const QString &remedy, int exitCode);
    /// Prints the error like fail() without ending anything: a warning beside a success.
    void warn(const Error &error);
    /// Prints "pgvaultctl: warning: <message> <remedy>" to stderr; the command goes on.
    void warn(const QString &message, const QString &remedy);
    /// Reports a wrong option value ("--days: <message> <remedy>") and returns BadInput.
    int badOption(const QString &option, const QString &message, const QString &remedy);
    /// BadInput for errors about what the user asked for (ErrorKind::BadInput), OperationFailed
    /// for the rest.
    static int exitCodeFor(const Error &error);

    /// The help text of the parser with "pgvaultctl <usage>" as the usage line.
    static QString helpText(const QCommandLineParser &parser, const QString &usage);
    /// "Run \"pgvaultctl <command> --help\" …": the remedy for usage errors.
    static QString helpRemedy(const QString &command);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_home;
};

} // namespace PgVault::Ctl
