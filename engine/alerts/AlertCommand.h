#pragma once

#include "engine/alerts/Alert.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace PgVault {

/// Runs the user's alert command (a webhook or mail script) for one alert, without a shell: the
/// command line is split like QProcess::splitCommand, the alert goes in PGVAULT_ALERT_* variables
/// and as JSON on standard input, and a command still running after the timeout is killed.
/// Whatever happens is logged and ends in finished(); nothing here can stop a backup. Used by
/// AlertDelivery, which runs one at a time.
class AlertCommand : public QObject
{
    Q_OBJECT

public:
    AlertCommand(const QString &commandLine, const Alert &alert, int timeoutMs, QObject *parent = nullptr);
    ~AlertCommand() override;

    /// Starts the command; finished() follows, also when it cannot start.
    void start();

    /// The variables the command receives on top of the agent's environment.
    static QProcessEnvironment environment(const Alert &alert);
    /// The alert as the JSON object written to the command's standard input.
    static QByteArray json(const Alert &alert);

Q_SIGNALS:
    /// `succeeded`: it started, exited by itself with status 0 before the timeout.
    void finished(bool succeeded);

private:
    void ended(bool succeeded);

    QStringList m_argv;
    Alert m_alert;
    QProcess *m_process; ///< child
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace PgVault
