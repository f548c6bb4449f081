#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace PgVault::Ctl {

/// Traps SIGINT and SIGTERM for pgvaultctl's long-running commands (the agent, and backup-now,
/// restore and verify through ForegroundJob) with the self-pipe pattern: the handler only writes
/// the signal's number to a socket, and the event loop Q_EMITs received() on the main thread.
/// The first signal puts back the default action, so a second one ends the process at once.
/// One instance at a time; the destructor puts the previous handlers back.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    /// False when the socket pair could not be made; the signals then keep their default action.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// SIGINT or SIGTERM arrived (once: later ones end the process).
    void received(int signal);

private:
    void readSignal();
    void restoreHandlers();

    QSocketNotifier *m_notifier = nullptr; ///< child
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
};

} // namespace PgVault::Ctl
