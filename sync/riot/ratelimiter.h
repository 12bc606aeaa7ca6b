// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimiter: Riot's limits, learned from the responses and respected before sending (ARCHITECTURE §4).
// Per routing value there is one application limiter and one limiter per method; each is a set of sliding
// windows ("20:1,100:120" = 20 requests per second and 100 per two minutes) read from X-App-Rate-Limit /
// X-Method-Rate-Limit, with the counts the server reports in the -Count headers. Nothing is hard-coded:
// until a limiter has seen its first response it lets one request out at a time.
// Not thread-safe: the Riot client calls it under its own lock. Times are steady_clock, passed in.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace herald::sync {
struct HttpResponse;
}

namespace herald::sync::riot {

using Clock = std::chrono::steady_clock;

struct RateWindow {
    int limit = 0;
    std::chrono::milliseconds span{0};
    bool operator==(const RateWindow&) const = default;
};

// "20:1,100:120" -> {20 per 1 s, 100 per 120 s}. Malformed parts are skipped.
std::vector<RateWindow> parseRateWindows(std::string_view header);
// "3:1,40:120" -> {count 3 in the 1 s window, 40 in the 120 s one}, as RateWindow{count, span}.
std::vector<RateWindow> parseRateCounts(std::string_view header);

// One limiter: the windows of one scope (the application, or one method) on one routing value.
class WindowLimiter {
public:
    // The earliest time a request may go (now when it may go at once).
    Clock::time_point availableAt(Clock::time_point now);
    void onSend(Clock::time_point now);
    // A response (or a failure) of a request sent at sentAt: its stamp moves to now (the server counted it
    // somewhere in between), windows and counts are learned from the headers when they were sent. answered:
    // a real answer (not a transport failure or 5xx); one without a limits header means no limit is announced.
    void onDone(Clock::time_point sentAt, Clock::time_point now, std::string_view limitsHeader,
                std::string_view countsHeader, bool answered);
    // A 429 for this scope: nothing goes before until.
    void blockUntil(Clock::time_point until);

    bool learned() const { return m_learned; }
    const std::vector<RateWindow>& windows() const { return m_windows; }
    int inWindow(std::chrono::milliseconds span, Clock::time_point now) const;

private:
    std::chrono::milliseconds longestSpan() const;
    void prune(Clock::time_point now);

    std::vector<RateWindow> m_windows;
    std::multiset<Clock::time_point> m_stamps; // one per request still inside the longest window
    bool m_learned = false;
    int m_unlearnedInFlight = 0;
    Clock::time_point m_blockedUntil{};
};

enum class LimitScope { Application, Method, Service };

class RateLimiter {
public:
    Clock::time_point availableAt(const std::string& route, const std::string& method, Clock::time_point now);
    void onSend(const std::string& route, const std::string& method, Clock::time_point now);
    // Every completed request (headers may be absent when response is null: a transport failure).
    void onDone(const std::string& route, const std::string& method, Clock::time_point sentAt, Clock::time_point now,
                const HttpResponse* response);
    // A 429 whose X-Rate-Limit-Type named scope: the scope's limiter waits until `until`. A service limit
    // (Riot's side, not ours) blocks only the method on that route.
    void onRateLimited(const std::string& route, const std::string& method, LimitScope scope, Clock::time_point until);

    WindowLimiter& application(const std::string& route) { return m_apps[route]; }
    WindowLimiter& method(const std::string& route, const std::string& method) { return m_methods[{route, method}]; }

private:
    std::map<std::string, WindowLimiter> m_apps;
    std::map<std::pair<std::string, std::string>, WindowLimiter> m_methods;
};

} // namespace herald::sync::riot
