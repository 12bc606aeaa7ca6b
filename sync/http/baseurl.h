// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The base URLs of the services Herald talks to (the Riot API or a proxy of it, the Herald server and its relay,
// Data Dragon), decided with libcurl's own URL parser: the host judged is the host curl connects to, and requests
// are built from the URL as curl normalised it. One rule for every service; secrets (the Riot key, Herald
// passwords and tokens) go only to https, or in clear to this machine's loopback.
#pragma once

#include "common/result.h"

#include <string>
#include <string_view>

namespace herald::sync {

enum class Secrets {
    None, // public data (Data Dragon): any http or https host
    Sent, // a key, password or token rides along: https, or http to loopback only
};

struct BaseUrl {
    std::string url;    // scheme://host[:port][/path] as curl normalised it, no trailing '/', no query or fragment
    std::string origin; // scheme://host[:port]: what a session is bound to
    std::string host;   // as curl connects to it: "127.0.0.1", "[::1]", "localhost", "api.herald.lol"
    bool loopback = false;
};

// Parses text with curl_url(). Refused (Validation, code "url.invalid", "url.scheme", "url.user_info",
// "url.query" or "url.insecure"): what curl cannot parse, a scheme other than http and https, any user-info
// ("user:password@", even empty), a query or fragment, and with Secrets::Sent plain http to a host that is not
// loopback. `what` names the setting in messages ("HERALD_SERVER_URL"); a message never repeats user-info.
Result<BaseUrl> checkBaseUrl(std::string_view text, std::string_view what, Secrets secrets);

// Loopback as curl reports a host: an IPv4 literal in 127.0.0.0/8 (curl has already turned 127.1, 0x7f.1 or
// 2130706433 into dotted form), [::1], or localhost (which curl resolves to loopback itself). Not localhost. or
// 127.0.0.1. (names for the resolver), not IPv4-mapped or zoned IPv6.
bool isLoopbackHost(std::string_view host);

} // namespace herald::sync
