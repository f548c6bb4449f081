#pragma once

#include "models/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace PgVault {

/// Outcome of one keychain operation: the secret (for a read), or why it failed and what to do.
struct CredentialResult
{
    enum class Code {
        Ok,
        NotFound, ///< no secret stored under the key
        KeychainUnavailable, ///< no Secret Service / KWallet reachable (no D-Bus session, daemon not running)
        AccessDenied, ///< the keychain is locked or the user refused access
        Other,
    };

    Code code = Code::Ok;
    QString secret; ///< only set by a successful read; never log it
    QString message; ///< translated: what failed and why
    QString remedy; ///< translated: what the user can do
    QString detail; ///< QtKeychain's untranslated errorString(), for the log

    bool ok() const { return code == Code::Ok; }
    /// The failure as the project's Error, code "Credentials.<Code>" (for Result<T> callers).
    Error error() const;
    static QString codeName(Code code);
};

/// The one door to the OS keychain (QtKeychain, service "pgvault"): reads, writes and removes the
/// secrets of backup instances and vaults asynchronously, never with the insecure plaintext fallback.
/// Used by the wizard, the CLI and the backup/restore runners; nothing else includes QtKeychain.
class Credentials : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit Credentials(QObject *parent = nullptr);
    ~Credentials() override;

    /// The keychain service name every PgVault secret is stored under.
    static QString service();
    /// "server/<instance-uuid>/password": a backup instance's database password.
    static QString serverPasswordKey(const QString &instanceId);
    /// "vault/<vault-uuid>/key": a vault's storage or encryption key.
    static QString vaultKey(const QString &vaultId);

    // Each call starts a keychain job and returns at once. The callback runs later on this object's
    // thread, exactly once, unless `context` (when given) was destroyed meanwhile or this object is
    // destroyed first. A keychain that is not reachable is retried once after retryDelay().
    void read(const QString &key, const QObject *context, Callback callback);
    void write(const QString &key, const QString &secret, const QObject *context, Callback callback);
    void remove(const QString &key, const QObject *context, Callback callback);

    /// Delay before the single retry on an unreachable keychain (default 2 s: the start-up race
    /// where the session's keyring daemon is still coming up).
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

private:
    enum class Operation { Read, Write, Remove };
    struct Request
    {
        Operation operation;
        QString key;
        QString secret;
        QPointer<const QObject> context;
        bool hasContext;
        Callback callback;
        int attempt;
    };

    void start(const Request &request);
    void finish(const Request &request, CredentialResult result);

    std::chrono::milliseconds m_retryDelay{2000};
};

} // namespace PgVault
