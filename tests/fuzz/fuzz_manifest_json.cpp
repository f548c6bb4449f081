// libFuzzer target for PointManifestJson, the reader of manifest.json that listPoints, restore,
// verify and the catalog rebuild run over whatever the vault's storage holds. Arbitrary bytes may
// be refused, never crash or hang; and a manifest that was accepted must write back to a document
// that reads as the same manifest, or a rebuilt catalog would disagree with the vault.

#include "models/points/PointManifestJson.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PgVault;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QByteArray &written)
{
    std::fprintf(stderr,
        "fuzz_manifest_json: %s\n--- input ---\n%s\n--- written ---\n%s\n",
        what,
        input.constData(),
        written.constData());
    std::abort();
}

void checkRoundTrip(const Result<PointManifest> &parsed, const QByteArray &input)
{
    if (!parsed)
        return;
    const QByteArray written = PointManifestJson::toJson(parsed.value());
    const Result<PointManifest> reread = PointManifestJson::fromJson(written);
    if (!reread) {
        const QByteArray why = reread.error().message.toUtf8();
        fail(why.constData(), input, written);
    }
    if (!(reread.value() == parsed.value()))
        fail("the re-read manifest differs from the one read", input, written);
    if (PointManifestJson::toJson(reread.value()) != written)
        fail("writing the re-read manifest gives another document", input, written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkRoundTrip(PointManifestJson::fromJson(input), input);

    // Almost every mutation breaks the checksum, and the reader stops there. To reach the field
    // checks behind it, the same document is read again with its checksum made to match, as an
    // edit by someone who knows the format would.
    QJsonObject object = QJsonDocument::fromJson(input).object();
    if (object.isEmpty())
        return 0;
    object.remove(QStringLiteral("checksum"));
    const QByteArray digest
        = QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
              .toHex();
    object.insert(QStringLiteral("checksum"), QString::fromLatin1(digest));
    checkRoundTrip(PointManifestJson::fromJsonObject(object), QJsonDocument(object).toJson());
    return 0;
}
