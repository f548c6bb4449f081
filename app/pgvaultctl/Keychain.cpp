#include "app/pgvaultctl/Keychain.h"

#include <QEventLoop>

#include <functional>

namespace PgVault::Ctl {

namespace {

CredentialResult wait(const std::function<void(Credentials &, Credentials::Callback)> &start)
{
    Credentials credentials;
    QEventLoop loop;
    CredentialResult outcome;
    bool done = false;
    start(credentials, [&](const CredentialResult &result) {
        outcome = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace

CredentialResult Keychain::read(const QString &key)
{
    return wait([&](Credentials &c, Credentials::Callback done) { c.read(key, nullptr, std::move(done)); });
}

CredentialResult Keychain::write(const QString &key, const QString &secret)
{
    return wait([&](Credentials &c, Credentials::Callback done) { c.write(key, secret, nullptr, std::move(done)); });
}

CredentialResult Keychain::remove(const QString &key)
{
    return wait([&](Credentials &c, Credentials::Callback done) { c.remove(key, nullptr, std::move(done)); });
}

} // namespace PgVault::Ctl
