#include "pager.hpp"

#include <sys/ioctl.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>

namespace councilgraph::cli {

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

bool on_path(std::string_view program) {
    const char* path = std::getenv("PATH");
    if (!path) return false;
    const std::string_view p(path);
    for (std::size_t at = 0; at <= p.size();) {
        auto end = p.find(':', at);
        if (end == std::string_view::npos) end = p.size();
        const std::filesystem::path dir(p.substr(at, end - at).empty() ? "." : std::string(p.substr(at, end - at)));
        if (access((dir / program).c_str(), X_OK) == 0) return true;
        at = end + 1;
    }
    return false;
}

std::size_t env_size(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return 0;
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    return *end == '\0' && n > 0 ? static_cast<std::size_t>(n) : 0;
}

// The pager being written to, for the signal handler: on Ctrl-C (which the pager gets too) the
// program waits until the user quits the pager, then dies of the signal, as git does; otherwise
// the shell would take the terminal back while the pager still reads it.
volatile sig_atomic_t g_fd = -1;
volatile sig_atomic_t g_pid = -1;

extern "C" void wait_then_die(int sig) {
    if (g_fd >= 0) close(g_fd);
    if (g_pid > 0) waitpid(static_cast<pid_t>(g_pid), nullptr, 0);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

std::string pager_command() {
    std::string cmd;
    if (const char* c = std::getenv("COUNCILGRAPH_PAGER")) cmd = c;
    else if (const char* p = std::getenv("PAGER")) cmd = p;
    else if (on_path("less")) cmd = "less -FRX";
    if (blank(cmd) || cmd == "cat") return {};
    return cmd;
}

class Pager::Buf : public std::streambuf {
public:
    Buf(const bool* disabled, std::string command, std::streambuf* terminal, std::size_t rows, std::size_t cols)
        : disabled_(disabled), command_(std::move(command)), terminal_(terminal), rows_(rows), cols_(cols) {}

    /// Writes what is held, or ends the pager; false on a write error.
    bool finish() {
        bool ok = true;
        if (mode_ == Mode::holding) {
            ok = terminal_->sputn(held_.data(), static_cast<std::streamsize>(held_.size())) == static_cast<std::streamsize>(held_.size());
            held_.clear();
            mode_ = Mode::passing;
        } else if (mode_ == Mode::paging) {
            ok = drain();
            close(fd_);
            g_fd = -1;
            while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
            }
            g_pid = -1;
            mode_ = Mode::passing;
        }
        return ok;
    }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

    std::streamsize xsputn(const char* s, std::streamsize n) override {
        switch (mode_) {
            case Mode::passing: return terminal_->sputn(s, n);
            case Mode::paging:
                held_.append(s, static_cast<std::size_t>(n));
                if (held_.size() >= 1 << 16 && !drain()) return 0;
                return n;
            case Mode::holding: break;
        }
        held_.append(s, static_cast<std::size_t>(n));
        for (std::streamsize i = 0; i < n; ++i) count(s[i]);
        if (used_ + (col_ + cols_ - 1) / cols_ < rows_) return n;
        // The screen is full: the pager gets everything, unless --no-pager or it cannot start.
        if (!(disabled_ && *disabled_) && start()) {
            mode_ = Mode::paging;
            return drain() ? n : 0;
        }
        mode_ = Mode::passing;
        const std::string held = std::move(held_);
        held_.clear();
        return terminal_->sputn(held.data(), static_cast<std::streamsize>(held.size())) == static_cast<std::streamsize>(held.size()) ? n : 0;
    }

    int sync() override {
        if (mode_ == Mode::passing) return terminal_->pubsync();
        if (mode_ == Mode::paging) return drain() ? 0 : -1;
        return 0;  // held until the screen fills or the command ends
    }

private:
    enum class Mode { holding, passing, paging };

    /// Screen rows taken so far: a line wider than the terminal takes several.
    void count(char c) {
        if (c == '\n') {
            used_ += col_ == 0 ? 1 : (col_ + cols_ - 1) / cols_;
            col_ = 0;
        } else if (c == '\r') {
            col_ = 0;
        } else if (c == '\t') {
            col_ = (col_ / 8 + 1) * 8;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++col_;
        }
    }

    bool start() {
        int fds[2];
        if (pipe(fds) != 0) return false;
        const pid_t pid = fork();
        if (pid < 0) {
            close(fds[0]);
            close(fds[1]);
            return false;
        }
        if (pid == 0) {
            dup2(fds[0], STDIN_FILENO);
            close(fds[0]);
            close(fds[1]);
            // As git: less quits when the text fits, keeps colours and leaves the text on screen.
            setenv("LESS", "FRX", 0);
            setenv("LV", "-c", 0);
            execl("/bin/sh", "sh", "-c", command_.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(fds[0]);
        fcntl(fds[1], F_SETFD, FD_CLOEXEC);
        fd_ = fds[1];
        pid_ = pid;
        g_fd = fd_;
        g_pid = pid_;
        for (int sig : {SIGINT, SIGQUIT, SIGTERM, SIGHUP}) std::signal(sig, wait_then_die);
        return true;
    }

    /// Writes what is held to the pager (a pager that quit ends the program by SIGPIPE, quietly).
    bool drain() {
        std::size_t at = 0;
        while (at < held_.size()) {
            const ssize_t w = write(fd_, held_.data() + at, held_.size() - at);
            if (w < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            at += static_cast<std::size_t>(w);
        }
        held_.clear();
        return true;
    }

    const bool* disabled_;
    std::string command_;
    std::streambuf* terminal_;
    std::size_t rows_, cols_;
    std::size_t used_ = 0, col_ = 0;
    Mode mode_ = Mode::holding;
    std::string held_;
    int fd_ = -1;
    pid_t pid_ = -1;
};

Pager::Pager(const bool* disabled) {
    if (!isatty(STDOUT_FILENO)) return;
    std::string cmd = pager_command();
    if (cmd.empty()) return;
    winsize ws{};
    const bool sized = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0;
    std::size_t rows = sized && ws.ws_row > 0 ? ws.ws_row : env_size("LINES");
    std::size_t cols = sized && ws.ws_col > 0 ? ws.ws_col : env_size("COLUMNS");
    buf_ = std::make_unique<Buf>(disabled, std::move(cmd), std::cout.rdbuf(), rows ? rows : 24, cols ? cols : 80);
    saved_ = std::cout.rdbuf(buf_.get());
}

Pager::~Pager() { finish(); }

void Pager::finish() {
    if (!buf_) return;
    std::cout.flush();
    const bool ok = buf_->finish();
    const auto state = std::cout.rdstate();  // rdbuf() clears it
    std::cout.rdbuf(saved_);
    std::cout.setstate(ok ? state : state | std::ios::badbit);
    buf_.reset();
}

}  // namespace councilgraph::cli
