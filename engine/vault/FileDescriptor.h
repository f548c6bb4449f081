#pragma once

#include <unistd.h>
#include <utility>

namespace PgVault {

/// An open POSIX file descriptor that closes itself: what PrivateTree holds while it walks a
/// folder tree with openat and friends, so that no early return leaks a descriptor.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    {
    }
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    FileDescriptor &operator=(FileDescriptor &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    ~FileDescriptor() { reset(); }

    /// -1 when nothing is open (or the open failed: errno still says why).
    int fd() const { return m_fd; }
    /// Hands the descriptor over (to a QFile) without closing it.
    int release() { return std::exchange(m_fd, -1); }

private:
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    int m_fd;
};

} // namespace PgVault
