#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace PgVault {

/// Whose move it is after an error; pgvaultctl's exit code comes from it (2 for BadInput, 1 otherwise).
enum class ErrorKind {
    Environment, ///< the request was fine, the world was not: server down, disk full, keychain locked
    BadInput, ///< what the user asked for is wrong: a field, a name that does not exist, a taken name
    Internal, ///< PgVault broke its own rules: a bug to report
};

/// What went wrong, why, and what to do: the shape every fallible call returns and every dialog,
/// job detail and CLI message shows. Remedies are worded for both front ends (no command-line
/// options, no button names) unless the error is made by one of them.
struct Error
{
    QString code; ///< stable identifier, e.g. "PolicyJson.BadDuration"
    QString message; ///< translated, names the cause (and the field or JSON path)
    QString remedy; ///< translated, what the user can do about it
    QString field; ///< the field or JSON path the error belongs to, when there is one
    ErrorKind kind = ErrorKind::Environment;

    bool operator==(const Error &) const = default;

    /// "message remedy" in one line, for CLI output and logs.
    QString text() const { return remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy; }

    /// "Environment", "BadInput", "Internal": how the catalog stores a job's error kind.
    static QString kindName(ErrorKind kind)
    {
        switch (kind) {
        case ErrorKind::BadInput:
            return QStringLiteral("BadInput");
        case ErrorKind::Internal:
            return QStringLiteral("Internal");
        case ErrorKind::Environment:
            break;
        }
        return QStringLiteral("Environment");
    }
    static ErrorKind kindFromName(const QString &name)
    {
        if (name == QLatin1String("BadInput"))
            return ErrorKind::BadInput;
        if (name == QLatin1String("Internal"))
            return ErrorKind::Internal;
        return ErrorKind::Environment;
    }
};

/// A value or an Error. Small on purpose: std::expected is C++23 and clang-tidy 14 cannot see it.
/// [[nodiscard]]: an ignored Result is an ignored failure; discard one only with a comment saying why.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result for calls that produce nothing but may fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace PgVault
