// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/baseurl.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <curl/curl.h>
#include <memory>
#include <optional>

namespace herald::sync {

namespace {

struct UrlDeleter {
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using Url = std::unique_ptr<CURLU, UrlDeleter>;

// One part of a parsed URL; nullopt when the URL has none.
std::optional<std::string> part(CURLU* url, CURLUPart which, unsigned flags = 0) {
    char* text = nullptr;
    if (curl_url_get(url, which, &text, flags) != CURLUE_OK || text == nullptr) {
        return std::nullopt;
    }
    std::string out(text);
    curl_free(text);
    return out;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return text;
}

Error refused(std::string_view what, const std::string& shown, const std::string& why, const char* code) {
    return makeError(ErrorKind::Validation, std::string(what) + " is " + shown + ": " + why, code,
                     {std::string(what), shown});
}

} // namespace

bool isLoopbackHost(std::string_view host) {
    const std::string name = lower(std::string(host));
    if (name == "localhost" || name == "[::1]") {
        return true;
    }
    // A dotted IPv4 literal, four numbers of 0-255, the first 127 (curl writes every numeric form this way).
    std::array<int, 4> octets{};
    const char* at = name.data();
    const char* end = name.data() + name.size();
    for (std::size_t i = 0; i < octets.size(); ++i) {
        const auto [next, ec] = std::from_chars(at, end, octets[i]);
        if (ec != std::errc() || next == at || octets[i] < 0 || octets[i] > 255) {
            return false;
        }
        at = next;
        if (i < 3) {
            if (at == end || *at != '.') {
                return false;
            }
            ++at;
        }
    }
    return at == end && octets[0] == 127;
}

Result<BaseUrl> checkBaseUrl(std::string_view text, std::string_view what, Secrets secrets) {
    Url url(curl_url());
    if (!url) {
        return makeError(ErrorKind::Io, "out of memory parsing " + std::string(what), "url.invalid");
    }
    const std::string input(text);
    if (const CURLUcode rc = curl_url_set(url.get(), CURLUPART_URL, input.c_str(), 0); rc != CURLUE_OK) {
        // Not repeated: an unparsable URL may still hold a password.
        return makeError(ErrorKind::Validation,
                         std::string(what) + " is not a URL libcurl can read (" + curl_url_strerror(rc) + ")",
                         "url.invalid", {std::string(what)});
    }
    const bool userInfo = part(url.get(), CURLUPART_USER).has_value() ||
                          part(url.get(), CURLUPART_PASSWORD).has_value() ||
                          part(url.get(), CURLUPART_OPTIONS).has_value();
    if (userInfo) {
        curl_url_set(url.get(), CURLUPART_USER, nullptr, 0);
        curl_url_set(url.get(), CURLUPART_PASSWORD, nullptr, 0);
        curl_url_set(url.get(), CURLUPART_OPTIONS, nullptr, 0);
    }
    const std::string scheme = lower(part(url.get(), CURLUPART_SCHEME).value_or(""));
    const std::string host = part(url.get(), CURLUPART_HOST).value_or("");
    const std::string shown = part(url.get(), CURLUPART_URL).value_or(std::string(what));
    if (userInfo) {
        return refused(what, shown + " with a user name or password before '@'",
                       "Herald refuses URLs with user-info (the host is the part after '@')", "url.user_info");
    }
    if (scheme != "http" && scheme != "https") {
        return refused(what, shown, "only http and https URLs are used", "url.scheme");
    }
    if (part(url.get(), CURLUPART_QUERY) || part(url.get(), CURLUPART_FRAGMENT)) {
        return refused(what, shown, "a base URL has no query ('?') or fragment ('#')", "url.query");
    }
    if (part(url.get(), CURLUPART_ZONEID)) {
        return refused(what, shown, "an IPv6 zone id is not accepted", "url.invalid");
    }
    BaseUrl out;
    out.host = lower(host);
    out.loopback = isLoopbackHost(out.host);
    if (secrets == Secrets::Sent && scheme != "https" && !out.loopback) {
        return refused(what, shown,
                       "keys, passwords and tokens go only to https URLs, or to http on this machine (127.0.0.1, "
                       "[::1], localhost)",
                       "url.insecure");
    }
    const auto port = part(url.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
    out.origin = scheme + "://" + out.host + (port ? ":" + *port : "");
    std::string path = part(url.get(), CURLUPART_PATH).value_or("/");
    while (!path.empty() && path.back() == '/') {
        path.pop_back();
    }
    out.url = out.origin + path;
    return out;
}

} // namespace herald::sync
