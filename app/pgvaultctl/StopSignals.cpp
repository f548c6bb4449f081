#include "app/pgvaultctl/StopSignals.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace PgVault::Ctl {

namespace {

/// The handler's end ([0]) and the event loop's end ([1]) of the self-pipe.
int g_signalSocket[2] = {-1, -1};

/// Async-signal-safe: one write() and nothing else.
void onStopSignal(int signal)
{
    const auto byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(g_signalSocket[0] < 0);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSocket) != 0) {
        g_signalSocket[0] = g_signalSocket[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_signalSocket[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::readSignal);

    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the kernel puts the default action back as the handler runs, so a second
    // signal ends the process even if the event loop never gets to read the first.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    ::sigaction(SIGINT, &action, &m_previousInt);
    ::sigaction(SIGTERM, &action, &m_previousTerm);
    m_installed = true;
}

StopSignals::~StopSignals()
{
    restoreHandlers();
    delete m_notifier;
    m_notifier = nullptr;
    for (int &socket : g_signalSocket) {
        if (socket >= 0)
            ::close(socket);
        socket = -1;
    }
}

void StopSignals::readSignal()
{
    unsigned char byte = 0;
    if (::read(g_signalSocket[1], &byte, 1) != 1)
        return;
    // The other signal too: once stopping, any further SIGINT or SIGTERM ends the process.
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(SIGINT, &fallback, nullptr);
    ::sigaction(SIGTERM, &fallback, nullptr);
    m_notifier->setEnabled(false);
    Q_EMIT received(int(byte));
}

void StopSignals::restoreHandlers()
{
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &m_previousInt, nullptr);
    ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    m_installed = false;
}

} // namespace PgVault::Ctl
