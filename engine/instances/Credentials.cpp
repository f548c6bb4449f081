#include "engine/instances/Credentials.h"

#include "engine/Logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace PgVault {

namespace {

const QString ServiceName = QStringLiteral("pgvault");

CredentialResult::Code codeFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialResult::Code::Ok;
    case QKeychain::EntryNotFound:
        return CredentialResult::Code::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::Code::AccessDenied;
    // QtKeychain 0.13 reports a missing D-Bus session as OtherError ("Could not connect: …"), not
    // NoBackendAvailable, so both mean "not reachable"; its error text is not parsed on purpose.
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return CredentialResult::Code::KeychainUnavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        return CredentialResult::Code::Other;
    }
    return CredentialResult::Code::Other;
}

} // namespace

QString CredentialResult::codeName(Code code)
{
    switch (code) {
    case Code::Ok:
        return QStringLiteral("Ok");
    case Code::NotFound:
        return QStringLiteral("NotFound");
    case Code::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    case Code::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Code::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

Error CredentialResult::error() const
{
    return Error{QStringLiteral("Credentials.") + codeName(code), message, remedy, {}};
}

Credentials::Credentials(QObject *parent)
    : QObject(parent)
{
}

Credentials::~Credentials() = default;

QString Credentials::service()
{
    return ServiceName;
}

QString Credentials::serverPasswordKey(const QString &instanceId)
{
    return QStringLiteral("server/%1/password").arg(instanceId);
}

QString Credentials::vaultKey(const QString &vaultId)
{
    return QStringLiteral("vault/%1/key").arg(vaultId);
}

void Credentials::read(const QString &key, const QObject *context, Callback callback)
{
    start({Operation::Read, key, {}, context, context != nullptr, std::move(callback), 1});
}

void Credentials::write(const QString &key, const QString &secret, const QObject *context, Callback callback)
{
    start({Operation::Write, key, secret, context, context != nullptr, std::move(callback), 1});
}

void Credentials::remove(const QString &key, const QObject *context, Callback callback)
{
    start({Operation::Remove, key, {}, context, context != nullptr, std::move(callback), 1});
}

void Credentials::start(const Request &request)
{
    // Heap jobs parented to this object and auto-deleted after `finished`: no nested event loop.
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(ServiceName, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(ServiceName, this);
        writeJob->setTextData(request.secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(ServiceName, this);
        break;
    }
    job->setKey(request.key);
    // Never store secrets in a plaintext file when the keychain is missing: fail visibly instead.
    job->setInsecureFallback(false);
    qCDebug(lcEngineCredentials) << "keychain job started for key" << request.key << "attempt" << request.attempt;

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finishedJob) {
        CredentialResult result;
        result.code = codeFor(finishedJob->error());
        if (!result.ok())
            result.detail = finishedJob->errorString();
        if (result.ok() && request.operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        // Removing what is not there leaves the keychain as the caller wants it.
        if (result.code == CredentialResult::Code::NotFound && request.operation == Operation::Remove)
            result.code = CredentialResult::Code::Ok;

        if (result.code == CredentialResult::Code::KeychainUnavailable && request.attempt == 1) {
            // The session's keyring daemon may still be starting (login race): try once more later.
            qCInfo(lcEngineCredentials) << "keychain not reachable for key" << request.key << "(" << result.detail
                                        << "), retrying in" << m_retryDelay.count() << "ms";
            Request retry = request;
            retry.attempt = 2;
            QTimer::singleShot(m_retryDelay, this, [this, retry] { start(retry); });
            return;
        }
        finish(request, std::move(result));
    });
    job->start();
}

void Credentials::finish(const Request &request, CredentialResult result)
{
    const bool isVaultKey = request.key.startsWith(QLatin1String("vault/"));
    switch (result.code) {
    case CredentialResult::Code::Ok:
        break;
    case CredentialResult::Code::NotFound:
        result.message = tr("No secret is stored in the system keychain under \"%1\".").arg(request.key);
        result.remedy = isVaultKey ? tr("Enter the vault key again.") : tr("Enter the password again.");
        break;
    case CredentialResult::Code::KeychainUnavailable:
        result.message = tr("The system keychain is not reachable (%1).").arg(result.detail);
        result.remedy = tr("Start gnome-keyring or KWallet (a Secret Service provider) and retry.");
        break;
    case CredentialResult::Code::AccessDenied:
        result.message = tr("The system keychain denied access to \"%1\" (%2).").arg(request.key, result.detail);
        result.remedy = tr("Unlock the keychain (for example the login keyring) and retry.");
        break;
    case CredentialResult::Code::Other:
        result.message = tr("The system keychain failed for \"%1\" (%2).").arg(request.key, result.detail);
        result.remedy = tr("Retry; if it keeps failing, restart the keychain service (gnome-keyring or KWallet).");
        break;
    }

    if (result.ok())
        qCDebug(lcEngineCredentials) << "keychain job succeeded for key" << request.key;
    else if (result.code == CredentialResult::Code::NotFound)
        qCInfo(lcEngineCredentials) << "no keychain entry for key" << request.key; // an answer, not a fault
    else
        qCWarning(lcEngineCredentials) << "keychain job failed for key" << request.key << "code"
                                       << CredentialResult::codeName(result.code) << "detail" << result.detail;

    if (request.hasContext && request.context.isNull())
        return; // the caller is gone; nobody to tell
    if (request.callback)
        request.callback(result);
}

} // namespace PgVault
