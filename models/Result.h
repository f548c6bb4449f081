#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace PgVault {

/// What went wrong, why, and what to do: the shape every fallible call returns and every dialog,
/// job detail and CLI message shows.
struct Error
{
    QString code; ///< stable identifier, e.g. "PolicyJson.BadDuration"
    QString message; ///< translated, names the cause (and the field or JSON path)
    QString remedy; ///< translated, what the user can do about it
    QString field; ///< the field or JSON path the error belongs to, when there is one

    bool operator==(const Error &) const = default;

    /// "message remedy" in one line, for CLI output and logs.
    QString text() const { return remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy; }
};

/// A value or an Error. Small on purpose: std::expected is C++23 and clang-tidy 14 cannot see it.
template <typename T>
class Result
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
class Result<void>
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
