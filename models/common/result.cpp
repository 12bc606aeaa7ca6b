// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace herald {

const char* errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Io:
        return "io";
    case ErrorKind::Parse:
        return "parse";
    case ErrorKind::Validation:
        return "validation";
    case ErrorKind::Storage:
        return "storage";
    case ErrorKind::Conflict:
        return "conflict";
    case ErrorKind::Unsupported:
        return "unsupported";
    case ErrorKind::Busy:
        return "busy";
    }
    return "unknown";
}

} // namespace herald
