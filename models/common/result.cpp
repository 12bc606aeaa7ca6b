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
