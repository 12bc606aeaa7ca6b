// Result<T>: a value or a categorised error, returned at every boundary of the core libraries.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace herald {

enum class ErrorKind { Io, Parse, Validation, Storage, Conflict, Unsupported, Busy };

const char* errorKindName(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::Storage;
    std::string message;
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok {};
using Status = Result<Ok>;

inline Error makeError(ErrorKind kind, std::string message) {
    return Error{kind, std::move(message)};
}

} // namespace herald
