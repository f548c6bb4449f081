#include "app/pgvaultctl/JobsCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "models/Catalog.h"
#include "models/jobs/JobJson.h"
#include "models/jobs/JobRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace PgVault::Ctl {

namespace {

/// Rows read from the catalog at a time, so a long window never sits in memory as one query.
constexpr int ChunkSize = 1000;

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

} // namespace

JobsCommand::JobsCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

std::optional<qint64> JobsCommand::parseSince(const QString &text)
{
    static const QRegularExpression shortForm(QStringLiteral("^(\\d+)([mhdw])$"));
    const QRegularExpressionMatch match = shortForm.match(text.trimmed().toLower());
    qint64 ms = -1;
    if (match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 unitMs = unit == QLatin1Char('m') ? 60000
            : unit == QLatin1Char('h')                 ? 3600000
            : unit == QLatin1Char('d')                 ? 86400000
                                                       : 7 * 86400000LL;
        ms = count * unitMs;
    } else {
        ms = JobJson::parseIsoDuration(text);
    }
    if (ms <= 0)
        return std::nullopt;
    return ms;
}

bool JobsCommand::applyOperation(const QString &name, JobFilter &filter)
{
    if (name.compare(QLatin1String("ScheduledBackup"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("OnDemandBackup"), Qt::CaseInsensitive) == 0) {
        filter.operation = JobTypes::Operation::Backup;
        filter.userTriggered = name.startsWith(QLatin1String("OnDemand"), Qt::CaseInsensitive);
        return true;
    }
    filter.operation = JobTypes::operationFromName(name);
    return filter.operation.has_value();
}

int JobsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the jobs that started in a time window, newest first."));
    const QCommandLineOption since(QStringLiteral("since"),
        tr("How far back: 24h (default), 7d, 30m, 2w or an ISO 8601 duration such as P30D."),
        tr("DURATION"),
        QStringLiteral("24h"));
    const QCommandLineOption status(QStringLiteral("status"),
        tr("Only jobs with this status: InProgress, Completed, CompletedWithWarnings, Failed, Cancelled."),
        tr("STATUS"));
    const QCommandLineOption operation(QStringLiteral("operation"),
        tr("Only this operation: ScheduledBackup, OnDemandBackup, Restore, Delete, Verify."),
        tr("OPERATION"));
    const QCommandLineOption instance(
        QStringLiteral("instance"), tr("Only the jobs of this backup instance."), tr("INSTANCE"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Output format: table (default) or json."), tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({since, status, operation, instance, output});
    if (std::optional<int> exit = VerbArguments::parse(m_commandLine, parser, QStringLiteral("jobs"), arguments, {}))
        return *exit;

    JobFilter filter;
    const std::optional<qint64> window = parseSince(parser.value(since));
    if (!window) {
        return m_commandLine.badOption(QStringLiteral("--since"),
            tr("\"%1\" is not a duration.").arg(parser.value(since)),
            tr("Use a number with m, h, d or w (24h, 7d) or an ISO 8601 duration (P7D, PT12H)."));
    }
    filter.since = QDateTime::currentDateTimeUtc().addMSecs(-*window);
    if (parser.isSet(status)) {
        filter.status = JobTypes::statusFromName(parser.value(status));
        if (!filter.status) {
            return m_commandLine.badOption(QStringLiteral("--status"),
                tr("\"%1\" is not a job status.").arg(parser.value(status)),
                tr("Use InProgress, Completed, CompletedWithWarnings, Failed or Cancelled."));
        }
    }
    if (parser.isSet(operation) && !applyOperation(parser.value(operation), filter)) {
        return m_commandLine.badOption(QStringLiteral("--operation"),
            tr("\"%1\" is not an operation.").arg(parser.value(operation)),
            tr("Use ScheduledBackup, OnDemandBackup, Restore, Delete or Verify."));
    }
    filter.instanceName = parser.value(instance);
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        return m_commandLine.badOption(
            QStringLiteral("--output"), tr("\"%1\" is not an output format.").arg(format), tr("Use table or json."));
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const JobRepository repository(catalog->database());
    const bool json = format == QLatin1String("json");
    QList<Job> jobs;
    if (json)
        m_commandLine.out() << "[\n";
    bool first = true;
    for (int offset = 0;; offset += ChunkSize) {
        const Result<QList<Job>> chunk = repository.list(filter, offset, ChunkSize);
        if (!chunk)
            return m_commandLine.fail(chunk.error());
        if (!json) {
            jobs << *chunk;
        } else {
            // Written a chunk at a time, so a year of jobs never sits in memory at once; the
            // result is the same indented array QJsonDocument would write.
            for (const Job &job : *chunk) {
                const QByteArray object = QJsonDocument(JobJson::toJson(job)).toJson(QJsonDocument::Indented);
                QByteArray indented;
                for (const QByteArray &line : object.trimmed().split('\n'))
                    indented += "    " + line + '\n';
                indented.chop(1);
                m_commandLine.out() << (first ? "" : ",\n") << QString::fromUtf8(indented);
                first = false;
            }
        }
        if (chunk->size() < ChunkSize)
            break;
    }

    if (json) {
        m_commandLine.out() << (first ? "]\n" : "\n]\n");
        return Success;
    }
    if (jobs.isEmpty()) {
        m_commandLine.out() << tr("No jobs in this window. Look further back with --since 7d.\n");
        return Success;
    }
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows{
        {tr("ID"), tr("INSTANCE"), tr("OPERATION"), tr("STATUS"), tr("START (UTC)"), tr("DURATION"), tr("DATA")}};
    for (const Job &job : std::as_const(jobs)) {
        const QDateTime end = job.end.isValid() ? job.end : now;
        rows << QStringList{job.id,
            job.instanceName,
            job.operation == JobTypes::Operation::Backup
                ? (job.userTriggered ? QStringLiteral("OnDemandBackup") : QStringLiteral("ScheduledBackup"))
                : JobTypes::operationName(job.operation),
            JobTypes::statusName(job.status),
            utc(job.start),
            JobJson::isoDuration(job.start.msecsTo(end)),
            locale.formattedDataSize(job.bytesTransferred)};
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        m_commandLine.out() << line << '\n';
    }
    return Success;
}

} // namespace PgVault::Ctl
