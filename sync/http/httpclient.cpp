// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <curl/curl.h>
#include <deque>
#include <mutex>
#include <thread>

namespace herald::sync {

std::string curlVersion() {
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return info != nullptr && info->version != nullptr ? std::string(info->version) : std::string();
}

const std::string& HttpResponse::header(const std::string& name) const {
    static const std::string empty;
    const auto it = headers.find(name);
    return it == headers.end() ? empty : it->second;
}

namespace {

// curl_global_init is not thread-safe before 7.84; do it once, first.
void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

} // namespace

struct Transfer {
    HttpRequest request;
    HttpClient::Callback done;
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    HttpResponse response;
    bool tooLarge = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer() {
        if (easy != nullptr) {
            curl_easy_cleanup(easy);
        }
        curl_slist_free_all(headerList);
    }

    static std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
        auto* self = static_cast<Transfer*>(user);
        const std::size_t bytes = size * count;
        if (self->response.body.size() + bytes > HttpClient::kMaxBodyBytes) {
            self->tooLarge = true;
            return 0; // aborts the transfer
        }
        self->response.body.append(data, bytes);
        return bytes;
    }

    static std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
        auto* self = static_cast<Transfer*>(user);
        const std::size_t bytes = size * count;
        const std::string_view line(data, bytes);
        if (line.rfind("HTTP/", 0) == 0) {
            self->response.headers.clear(); // a new response (after a redirect or 100-continue)
            return bytes;
        }
        const auto colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string name(line.substr(0, colon));
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            self->response.headers[trim(name)] = trim(line.substr(colon + 1));
        }
        return bytes;
    }
};

struct HttpClient::Impl {
    mutable std::mutex mutex;
    std::deque<std::unique_ptr<Transfer>> waiting;
    std::vector<std::unique_ptr<Transfer>> running;
    bool stopping = false;
    bool cancelRequested = false;
    int maxConcurrent = 8;
    HttpStats stats;
    CURLM* multi = nullptr;
    std::thread thread;

    void start(Transfer& t) {
        t.easy = curl_easy_init();
        CURL* e = t.easy;
        curl_easy_setopt(e, CURLOPT_URL, t.request.url.c_str());
        if (t.request.method == "POST" || t.request.method == "PUT") {
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.request.body.c_str());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t.request.body.size()));
        }
        if (t.request.method != "GET" && t.request.method != "POST") {
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t.request.method.c_str());
        }
        for (const auto& [name, value] : t.request.headers) {
            t.headerList = curl_slist_append(t.headerList, (name + ": " + value).c_str());
        }
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
        curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl supports (gzip, ...)
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(t.request.timeout.count()));
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, std::min(10'000L, static_cast<long>(t.request.timeout.count())));
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_USERAGENT, "Herald/" HERALD_VERSION);
        curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L); // prefer multiplexing on an HTTP/2 connection
        curl_multi_add_handle(multi, e);
    }

    void finish(CURL* easy, CURLcode code, std::vector<std::pair<Callback, HttpOutcome>>& done) {
        auto it = std::find_if(running.begin(), running.end(), [easy](const auto& t) { return t->easy == easy; });
        if (it == running.end()) {
            return;
        }
        std::unique_ptr<Transfer> t = std::move(*it);
        running.erase(it);
        curl_multi_remove_handle(multi, easy);
        ++stats.completed;
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            double seconds = 0;
            curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME, &seconds);
            t->response.status = status;
            t->response.seconds = seconds;
            done.emplace_back(std::move(t->done), HttpOutcome(std::move(t->response)));
            return;
        }
        TransportError error;
        if (t->tooLarge) {
            error.kind = TransportError::Kind::TooLarge;
            error.message = "the response is larger than " + std::to_string(kMaxBodyBytes >> 20) + " MiB";
        } else {
            error.kind =
                code == CURLE_OPERATION_TIMEDOUT ? TransportError::Kind::Timeout : TransportError::Kind::Network;
            error.message = t->errorBuffer[0] != '\0' ? std::string(t->errorBuffer) : curl_easy_strerror(code);
        }
        done.emplace_back(std::move(t->done), HttpOutcome(std::move(error)));
    }

    void cancelLocked(std::vector<std::pair<Callback, HttpOutcome>>& done) {
        const TransportError cancelled{TransportError::Kind::Cancelled, "cancelled"};
        for (auto& t : running) {
            curl_multi_remove_handle(multi, t->easy);
            done.emplace_back(std::move(t->done), HttpOutcome(cancelled));
        }
        running.clear();
        for (auto& t : waiting) {
            done.emplace_back(std::move(t->done), HttpOutcome(cancelled));
        }
        waiting.clear();
        stats.inFlight = 0;
    }

    void loop() {
        std::vector<std::pair<Callback, HttpOutcome>> done;
        for (;;) {
            {
                std::lock_guard lock(mutex);
                if (cancelRequested || stopping) {
                    cancelLocked(done);
                    cancelRequested = false;
                }
                if (stopping && done.empty()) {
                    return;
                }
                while (!stopping && !waiting.empty() && static_cast<int>(running.size()) < maxConcurrent) {
                    running.push_back(std::move(waiting.front()));
                    waiting.pop_front();
                    start(*running.back());
                    ++stats.started;
                }
                stats.inFlight = static_cast<int>(running.size());
                stats.peakInFlight = std::max(stats.peakInFlight, stats.inFlight);
            }
            for (auto& [callback, outcome] : done) {
                if (callback) {
                    callback(std::move(outcome));
                }
            }
            done.clear();
            {
                std::lock_guard lock(mutex);
                if (stopping || cancelRequested) {
                    continue;
                }
            }

            int stillRunning = 0;
            curl_multi_perform(multi, &stillRunning);
            {
                std::lock_guard lock(mutex);
                int queued = 0;
                while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
                    if (message->msg == CURLMSG_DONE) {
                        finish(message->easy_handle, message->data.result, done);
                    }
                }
                stats.inFlight = static_cast<int>(running.size());
                if (!done.empty()) {
                    continue; // deliver before sleeping
                }
            }
            curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
        }
    }
};

HttpClient::HttpClient(int maxConcurrent) : m_impl(std::make_unique<Impl>()) {
    initCurlOnce();
    m_impl->maxConcurrent = std::max(1, maxConcurrent);
    m_impl->multi = curl_multi_init();
    curl_multi_setopt(m_impl->multi, CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->loop(); });
}

HttpClient::~HttpClient() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    curl_multi_wakeup(m_impl->multi);
    m_impl->thread.join();
    curl_multi_cleanup(m_impl->multi);
}

void HttpClient::send(HttpRequest request, Callback done) {
    auto transfer = std::make_unique<Transfer>();
    transfer->request = std::move(request);
    transfer->done = std::move(done);
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->waiting.push_back(std::move(transfer));
    }
    curl_multi_wakeup(m_impl->multi);
}

void HttpClient::cancelAll() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->cancelRequested = true;
    }
    curl_multi_wakeup(m_impl->multi);
}

void HttpClient::setMaxConcurrent(int maxConcurrent) {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->maxConcurrent = std::max(1, maxConcurrent);
    }
    curl_multi_wakeup(m_impl->multi);
}

HttpStats HttpClient::stats() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->stats;
}

} // namespace herald::sync
