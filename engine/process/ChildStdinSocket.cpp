#include "engine/process/ChildStdinSocket.h"

#include "engine/process/ChildProcessGroup.h"

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace PgVault {

namespace {

constexpr int PollMs = 250; // how often a waiting send looks at `stop`
constexpr int SendBuffer = 1024 * 1024;

} // namespace

ChildStdinSocket::ChildStdinSocket()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
        m_fds[0] = m_fds[1] = -1;
    if (m_fds[1] >= 0)
        ::setsockopt(m_fds[1], SOL_SOCKET, SO_SNDBUF, &SendBuffer, sizeof SendBuffer);
}

ChildStdinSocket::~ChildStdinSocket()
{
    closeChildEnd();
    closeWriting();
}

void ChildStdinSocket::attach(QProcess &process) const
{
    process.setStandardInputFile(QProcess::nullDevice());
    // dup2 clears close-on-exec on the copy, so only standard input reaches the program.
    ChildProcessGroup::separate(process, [fd = m_fds[0]] { ::dup2(fd, STDIN_FILENO); });
}

void ChildStdinSocket::closeChildEnd()
{
    if (m_fds[0] >= 0)
        ::close(m_fds[0]);
    m_fds[0] = -1;
}

bool ChildStdinSocket::send(const char *data, qint64 length, const std::atomic<bool> &stop)
{
    while (length > 0) {
        if (stop)
            return false;
        pollfd ready{m_fds[1], POLLOUT, 0};
        if (::poll(&ready, 1, PollMs) <= 0)
            continue;
        const ssize_t sent = ::send(m_fds[1], data, size_t(length), MSG_NOSIGNAL);
        if (sent < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (sent <= 0)
            return false;
        data += sent;
        length -= sent;
    }
    return true;
}

void ChildStdinSocket::closeWriting()
{
    if (m_fds[1] >= 0)
        ::close(m_fds[1]);
    m_fds[1] = -1;
}

} // namespace PgVault
