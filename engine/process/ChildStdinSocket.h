#pragma once

#include <QProcess>

#include <atomic>

namespace PgVault {

/// A child's standard input that a thread writes with blocking sends: one end of a socket pair
/// becomes the child's stdin (QProcess moves stdin data only inside its waitFor calls, which
/// starved a streaming pg_restore between them), and a child that stops reading shows as EPIPE
/// rather than SIGPIPE. The child also runs in its own process group (ChildProcessGroup).
class ChildStdinSocket
{
public:
    ChildStdinSocket();
    ~ChildStdinSocket();
    ChildStdinSocket(const ChildStdinSocket &) = delete;
    ChildStdinSocket &operator=(const ChildStdinSocket &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    /// Makes the socket `process`'s standard input; call before process.start().
    void attach(QProcess &process) const;
    /// Call once the child started: the parent keeps only its own end.
    void closeChildEnd();
    /// Sends all of `data`, waiting while the child catches up; false when it stopped reading or
    /// `stop` turned true.
    bool send(const char *data, qint64 length, const std::atomic<bool> &stop);
    /// End of input for the child.
    void closeWriting();

private:
    int m_fds[2] = {-1, -1};
};

} // namespace PgVault
