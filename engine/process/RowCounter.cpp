#include "engine/process/RowCounter.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "engine/process/ToolRun.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace PgVault {

namespace {

const QStringList SessionArguments{QStringLiteral("-X"),
    QStringLiteral("-q"),
    QStringLiteral("-A"),
    QStringLiteral("-t"),
    QStringLiteral("-w"),
    QStringLiteral("-v"),
    QStringLiteral("ON_ERROR_STOP=1")};

constexpr int ExportTimeoutMs = 60000;

} // namespace

RowCounter::RowCounter(QString psql, const QProcessEnvironment &environment, const std::atomic<bool> &stop)
    : m_psql(std::move(psql))
    , m_environment(environment)
    , m_stop(stop)
{
}

RowCounter::~RowCounter()
{
    finish();
}

QString RowCounter::countQuery()
{
    // One statement, so the count is bounded to one round trip whatever the table count; JSON so
    // any table name survives the trip. query_to_xml runs count(*) per table inside the server.
    return QStringLiteral(
        "SELECT coalesce(json_object_agg(n.nspname || '.' || c.relname, "
        "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), "
        "false, true, '')))[1]::text::bigint), '{}') "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%';");
}

Result<RowCounter::Counts> RowCounter::parseCounts(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.trimmed().toUtf8(), &parseError);
    if (!document.isObject())
        return Error{QStringLiteral("RowCount.BadAnswer"),
            tr("The row count query gave an unexpected answer: %1").arg(json.left(200)),
            tr("Report this as a bug."),
            {}};
    Counts counts;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), qint64(it.value().toDouble()));
    return counts;
}

Error RowCounter::failure(const QString &what) const
{
    QString err;
    if (m_session)
        err = ChildEnvironment::withoutPassfileNote(QString::fromUtf8(m_session->readAllStandardError())).trimmed();
    return Error{QStringLiteral("RowCount.Failed"),
        tr("Counting rows failed (%1): %2").arg(what, err.isEmpty() ? tr("no answer from psql") : err),
        tr("The dump itself is not affected; check the server log."),
        {}};
}

Result<QString> RowCounter::readLine(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_session->canReadLine()) {
        if (m_stop) {
            // A count may wait on a lock for as long as the holder likes: do not wait with it.
            m_session->kill();
            m_session->waitForFinished(5000);
            return JobRecorder::cancelled();
        }
        if (m_session->state() == QProcess::NotRunning || (timeoutMs > 0 && timer.elapsed() > timeoutMs))
            return failure(tr("the session ended"));
        m_session->waitForReadyRead(250);
    }
    return QString::fromUtf8(m_session->readLine()).trimmed();
}

Result<QString> RowCounter::exportSnapshot()
{
    m_session = std::make_unique<QProcess>();
    m_session->setProcessEnvironment(m_environment);
    ChildProcessGroup::separate(*m_session);
    m_session->start(m_psql, SessionArguments);
    if (!m_session->waitForStarted(30000))
        return failure(m_session->errorString());
    m_session->write("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\nSELECT pg_export_snapshot();\n");
    Result<QString> id = readLine(ExportTimeoutMs);
    if (id && id->isEmpty())
        return failure(tr("no snapshot id"));
    return id;
}

Result<RowCounter::Counts> RowCounter::count()
{
    if (!m_session)
        return failure(tr("no session"));
    m_session->write(countQuery().toUtf8() + '\n');
    Result<QString> line = readLine(0);
    if (!line)
        return line.error();
    return parseCounts(line.value());
}

void RowCounter::finish()
{
    if (!m_session)
        return;
    if (m_session->state() == QProcess::Running && m_stop) {
        m_session->kill();
        m_session->waitForFinished(5000);
    } else if (m_session->state() == QProcess::Running) {
        m_session->write("COMMIT;\n\\q\n");
        m_session->closeWriteChannel();
        if (!m_session->waitForFinished(10000)) {
            m_session->kill();
            m_session->waitForFinished(5000);
        }
    }
    m_session.reset();
}

Result<RowCounter::Counts> RowCounter::countOnce(const QString &psql, const QProcessEnvironment &environment)
{
    Result<ToolOutcome> ran = ToolRun::run(psql, SessionArguments, environment, countQuery().toUtf8());
    if (!ran)
        return ran.error();
    if (ran->exitCode != 0)
        return Error{QStringLiteral("RowCount.Failed"),
            tr("Counting rows failed: %1").arg(ran->err.trimmed()),
            tr("Check that the database can be read."),
            {}};
    return parseCounts(ran->out);
}

} // namespace PgVault
