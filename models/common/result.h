// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: a value or a categorised error, returned at every boundary of the core libraries.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace herald {

enum class ErrorKind { Io, Parse, Validation, Storage, Conflict, Unsupported, Busy };

const char* errorKindName(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::Storage;
    std::string message; // English, for logs and the command line
    // For interfaces that speak other languages: a stable id of the message ("riot.key_refused", ...; empty when
    // the error has none) and its arguments, in the order the message names them.
    std::string code;
    std::vector<std::string> args;
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
    return Error{kind, std::move(message), {}, {}};
}

inline Error makeError(ErrorKind kind, std::string message, std::string code, std::vector<std::string> args = {}) {
    return Error{kind, std::move(message), std::move(code), std::move(args)};
}

} // namespace herald
