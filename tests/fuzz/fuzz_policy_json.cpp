// libFuzzer target for PolicyJson, the reader of Azure BackupPolicy JSON that `policy import`
// and the GUI's import feed with files from anywhere. Arbitrary bytes may be refused, never crash
// or hang; and a policy that was accepted must survive export and re-import unchanged, which is
// the promise behind handing our JSON to `az dataprotection backup-policy create`.

#include "models/policies/PolicyJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PgVault;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QByteArray &written)
{
    std::fprintf(stderr,
        "fuzz_policy_json: %s\n--- input ---\n%s\n--- written ---\n%s\n",
        what,
        input.constData(),
        written.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<BackupPolicy> parsed = PolicyJson::fromJson(input);
    if (!parsed)
        return 0;
    const QByteArray written = PolicyJson::toJson(parsed.value());
    const Result<BackupPolicy> reread = PolicyJson::fromJson(written);
    if (!reread) {
        const QByteArray why = reread.error().message.toUtf8();
        fail(why.constData(), input, written);
    }
    if (!(reread.value() == parsed.value()))
        fail("the re-imported policy differs from the imported one", input, written);
    // The export is a function of the policy alone, so exporting twice gives the same file.
    if (PolicyJson::toJson(reread.value()) != written)
        fail("exporting the re-imported policy gives another document", input, written);
    return 0;
}
