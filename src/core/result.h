#pragma once
// Result<T>: a value or an Error, returned by every fallible call below the UI.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace warroom {

/// A failure described for people. `code` is a stable machine word ("not-found",
/// "conflict", "sql", "parse", "schema-too-new", ...); `message` is a full sentence.
struct Error {
    QString code;
    QString message;
};

/// Holds either a T or an Error. Never throws; check ok() before value().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    static Result failure(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const { return std::get<0>(m_data); }

    const Error& error() const { return std::get<1>(m_data); }
    /// The error's message, or an empty string on success (safe in test messages).
    QString errorText() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing on success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorText() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status_ = Result<void>;

} // namespace warroom
