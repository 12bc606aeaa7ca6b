// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient: one libcurl multi handle on its own network thread. Requests are queued from any thread and
// run with bounded concurrency; each completion is handed to its callback on the network thread (keep it
// short: copy the result and return). HTTP/2 where offered, gzip, a timeout on every request, TLS
// verification always on.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace herald::sync {

struct HttpRequest {
    std::string url;
    std::string method = "GET";                               // GET, POST, PUT, DELETE
    std::string body;                                         // sent with POST and PUT (set Content-Type in headers)
    std::vector<std::pair<std::string, std::string>> headers; // sent as given, never logged
    std::chrono::milliseconds timeout{30'000};
};

struct HttpResponse {
    long status = 0;
    std::map<std::string, std::string> headers; // names in lower case; the last value of a repeated name
    std::string body;
    double seconds = 0; // total transfer time

    // The header's value, or "" when it was not sent. name in lower case.
    const std::string& header(const std::string& name) const;
};

// A request that got no complete HTTP response: the connection failed, timed out, or was cut.
struct TransportError {
    enum class Kind { Network, Timeout, TooLarge, Cancelled } kind = Kind::Network;
    std::string message; // libcurl's description, without the request's headers
};

class HttpOutcome {
public:
    HttpOutcome(HttpResponse response) : m_ok(true), m_response(std::move(response)) {}
    HttpOutcome(TransportError error) : m_ok(false), m_error(std::move(error)) {}
    bool ok() const { return m_ok; }
    const HttpResponse& response() const { return m_response; }
    HttpResponse& response() { return m_response; }
    const TransportError& error() const { return m_error; }

private:
    bool m_ok;
    HttpResponse m_response;
    TransportError m_error;
};

struct HttpStats {
    std::uint64_t started = 0;
    std::uint64_t completed = 0;
    int inFlight = 0;
    int peakInFlight = 0;
};

// The libcurl version this process runs with ("7.88.1"), for About.
std::string curlVersion();

class HttpClient {
public:
    using Callback = std::function<void(HttpOutcome)>;

    // maxConcurrent: transfers running at once; more requests wait in order.
    explicit HttpClient(int maxConcurrent = 8);
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;
    // Cancels what is left (callbacks get Cancelled) and joins the network thread.
    ~HttpClient();

    void send(HttpRequest request, Callback done);
    // Aborts every queued and running request; their callbacks get TransportError::Cancelled.
    void cancelAll();
    void setMaxConcurrent(int maxConcurrent);
    HttpStats stats() const;

    static constexpr std::size_t kMaxBodyBytes = std::size_t{64} << 20;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace herald::sync
