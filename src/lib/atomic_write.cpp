#include "atomic_write.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/native.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace councilgraph {

namespace fs = std::filesystem;

namespace {

std::string reason(int err) { return std::strerror(err); }

std::string pid_text() { return std::to_string(::getpid()); }

// Writes `content` to a new file; returns 0 or the errno of the step that failed.
int write_new(const fs::path& path, std::string_view content, bool exclusive) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), 0666);
    if (fd < 0) return errno;
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            return err;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return errno;
    return 0;
}

// Whether `name` is `prefix` + `.tmp-` or `.old-` + the pid of a process that is gone.
bool stale(std::string_view name, std::string_view prefix) {
    if (!name.starts_with(prefix)) return false;
    name.remove_prefix(prefix.size());
    if (!name.starts_with(".tmp-") && !name.starts_with(".old-")) return false;
    name.remove_prefix(5);
    long pid = 0;
    auto [p, ec] = std::from_chars(name.data(), name.data() + name.size(), pid);
    if (ec != std::errc{} || p != name.data() + name.size() || pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

namespace detail {

void remove_stale_temporaries(const fs::path& target) noexcept {
    std::error_code ec;
    const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string name = target.filename().string();
    if (name.empty()) return;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec))
        if (stale(it->path().filename().string(), name)) {
            std::error_code ignored;
            fs::remove_all(it->path(), ignored);
        }
}

void write_folder_atomic(const fs::path& dir_in, const std::vector<std::pair<std::string, std::string_view>>& files) {
    std::error_code ec;
    fs::path dir = dir_in;
    // Through a symlink, the folder it names is replaced, not the link.
    if (fs::is_symlink(dir, ec)) dir = fs::canonical(dir, ec);
    if (dir.filename().empty()) dir = dir.parent_path();  // `out/` → `out`
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw Error(dir_in.string() + ": cannot write the csv export: it is a file, not a folder");
    remove_stale_temporaries(dir);

    const fs::path tmp = fs::path(dir.string() + ".tmp-" + pid_text());
    fs::remove_all(tmp, ec);
    if (!fs::create_directory(tmp, ec))
        throw Error(dir_in.string() + ": cannot create the export folder: " + ec.message());
    auto fail = [&](const std::string& what, int err) {
        std::error_code ignored;
        fs::remove_all(tmp, ignored);
        throw Error(dir_in.string() + ": " + what + ": " + reason(err));
    };
    for (const auto& [name, content] : files)
        if (const int err = write_new(tmp / name, content, true)) fail("cannot write " + name, err);

    // Swap the new folder in. When `dir` does not exist, one rename; when it does, one exchange.
    // A file system without RENAME_EXCHANGE gets two renames (the old folder aside, the new one
    // in): between them the folder is briefly absent, never mixed.
    const fs::path old = fs::path(dir.string() + ".old-" + pid_text());
    bool swapped = false;  // whether `tmp` now holds the old folder
    for (int attempt = 0;; ++attempt) {
        if (::rename(tmp.c_str(), dir.c_str()) == 0) break;
        if (errno != EEXIST && errno != ENOTEMPTY) fail("cannot move the new folder into place", errno);
        if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) == 0) {
            swapped = true;
            break;
        }
        if (errno == ENOENT && attempt < 8) continue;  // another export moved it away just now
        if (errno != EINVAL && errno != ENOSYS) fail("cannot swap the new folder into place", errno);
        if (::rename(dir.c_str(), old.c_str()) != 0) {
            if (errno == ENOENT && attempt < 8) continue;
            fail("cannot move the old folder aside", errno);
        }
        if (::rename(tmp.c_str(), dir.c_str()) != 0) {
            const int err = errno;
            ::rename(old.c_str(), dir.c_str());
            fail("cannot move the new folder into place", err);
        }
        ::rename(old.c_str(), tmp.c_str());  // from here on as after an exchange
        swapped = true;
        break;
    }
    if (!swapped) return;
    // `tmp` holds the old folder: carry over what is not ours, then remove it.
    for (fs::directory_iterator it(tmp, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool ours = std::any_of(files.begin(), files.end(), [&](const auto& f) {
            return name == f.first || name.starts_with(f.first + ".tmp-");
        });
        if (!ours) ::renameat2(AT_FDCWD, it->path().c_str(), AT_FDCWD, (dir / name).c_str(), RENAME_NOREPLACE);
    }
    fs::remove_all(tmp, ec);
}

}  // namespace detail

void write_file_atomic(const fs::path& path, std::string_view content) {
    // A device, pipe or terminal (`-o /dev/null`, `-o /dev/stdout`) is written in place: a
    // temporary renamed over it would replace the device with a file (as root, /dev/null itself).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) throw Error(path.string() + ": cannot write: it is a folder");
        if (const int err = write_new(path, content, false)) throw Error(path.string() + ": cannot write: " + reason(err));
        return;
    }
    detail::remove_stale_temporaries(path);
    const fs::path tmp = fs::path(path.string() + ".tmp-" + pid_text());
    if (const int err = write_new(tmp, content, false)) {
        ::unlink(tmp.c_str());
        throw Error(path.string() + ": cannot write: " + reason(err));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw Error(path.string() + ": cannot write: " + reason(err));
    }
}

}  // namespace councilgraph
