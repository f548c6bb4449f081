#include "engine/process/ChildProcessGroup.h"

#include "engine/process/ChildEnvironment.h"

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace PgVault {

void ChildProcessGroup::separate(QProcess &process, std::function<void()> alsoInChild)
{
    const int passfile = ChildEnvironment::passfileDescriptor(process.processEnvironment());
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([passfile, parent, alsoInChild = std::move(alsoInChild)] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        // The parent may have died between fork and prctl: then the signal never comes.
        if (::getppid() != parent)
            ::_exit(127);
        // Cleared in this child only: the descriptor table was copied by fork.
        if (passfile >= 0)
            ::fcntl(passfile, F_SETFD, 0);
        if (alsoInChild)
            alsoInChild();
    });
}

} // namespace PgVault
