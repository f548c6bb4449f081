#include "engine/alerts/AlertCommand.h"

#include "engine/Logging.h"

#include <QJsonDocument>
#include <QProcess>

namespace PgVault {

namespace {

/// Lines of the command's output kept for the log when it fails.
constexpr qsizetype MaxLoggedOutput = 2000;

} // namespace

AlertCommand::AlertCommand(const QString &commandLine, const Alert &alert, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_argv(QProcess::splitCommand(commandLine))
    , m_alert(alert)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcEngineAlerts).noquote() << QStringLiteral("the alert command %1 for %2 ran longer than %3 s and "
                                                              "was killed")
                                                   .arg(m_argv.value(0), m_alert.key())
                                                   .arg(m_timeout.interval() / 1000);
        m_process->kill();
        ended(false);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qCWarning(lcEngineAlerts).noquote()
            << QStringLiteral("the alert command %1 did not start: %2").arg(m_argv.value(0), m_process->errorString());
        ended(false);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_done)
            return;
        const bool ok = status == QProcess::NormalExit && exitCode == 0;
        if (!ok) {
            const QByteArray output = m_process->readAll().right(MaxLoggedOutput).trimmed();
            qCWarning(lcEngineAlerts).noquote()
                << QStringLiteral("the alert command %1 for %2 failed (%3)%4")
                       .arg(m_argv.value(0),
                           m_alert.key(),
                           status == QProcess::NormalExit ? QStringLiteral("exit code %1").arg(exitCode)
                                                          : QStringLiteral("crashed"),
                           output.isEmpty() ? QString() : QStringLiteral(": ") + QString::fromUtf8(output));
        } else {
            qCInfo(lcEngineAlerts).noquote() << "the alert command" << m_argv.value(0) << "ran for" << m_alert.key();
        }
        ended(ok);
    });
}

AlertCommand::~AlertCommand()
{
    // A command still running when the agent goes away does not outlive it unnoticed.
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void AlertCommand::start()
{
    if (m_argv.isEmpty()) {
        qCWarning(lcEngineAlerts) << "the alert command is empty";
        QMetaObject::invokeMethod(
            this, [this] { ended(false); }, Qt::QueuedConnection);
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment(m_alert));
    m_process->setProcessEnvironment(env);
    m_process->setProgram(m_argv.constFirst());
    m_process->setArguments(m_argv.mid(1));
    connect(m_process, &QProcess::started, this, [this] {
        m_process->write(json(m_alert));
        m_process->closeWriteChannel();
    });
    m_timeout.start();
    m_process->start(QIODevice::ReadWrite);
}

void AlertCommand::ended(bool succeeded)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(succeeded);
}

QProcessEnvironment AlertCommand::environment(const Alert &alert)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGVAULT_ALERT_KIND"), Alert::kindName(alert.kind));
    env.insert(QStringLiteral("PGVAULT_ALERT_KEY"), alert.key());
    env.insert(QStringLiteral("PGVAULT_ALERT_INSTANCE"), alert.instanceName);
    env.insert(QStringLiteral("PGVAULT_ALERT_INSTANCE_ID"), alert.instanceId);
    env.insert(QStringLiteral("PGVAULT_ALERT_SINCE"), alert.toJson().value(QLatin1String("since")).toString());
    env.insert(QStringLiteral("PGVAULT_ALERT_MESSAGE"), alert.message);
    env.insert(QStringLiteral("PGVAULT_ALERT_REMEDY"), alert.remedy);
    env.insert(QStringLiteral("PGVAULT_ALERT_JOB_ID"), alert.jobId);
    env.insert(QStringLiteral("PGVAULT_ALERT_OPERATION"), alert.operation);
    env.insert(QStringLiteral("PGVAULT_ALERT_ERROR_CODE"), alert.errorCode);
    return env;
}

QByteArray AlertCommand::json(const Alert &alert)
{
    return QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace PgVault
