#include "engine/ChildProcessGroup.h"

#include "engine/ChildEnvironment.h"

#include <fcntl.h>
#include <unistd.h>

namespace PgVault {

void ChildProcessGroup::separate(QProcess &process, std::function<void()> alsoInChild)
{
    const int passfile = ChildEnvironment::passfileDescriptor(process.processEnvironment());
    process.setChildProcessModifier([passfile, alsoInChild = std::move(alsoInChild)] {
        ::setpgid(0, 0);
        // Cleared in this child only: the descriptor table was copied by fork.
        if (passfile >= 0)
            ::fcntl(passfile, F_SETFD, 0);
        if (alsoInChild)
            alsoInChild();
    });
}

} // namespace PgVault
