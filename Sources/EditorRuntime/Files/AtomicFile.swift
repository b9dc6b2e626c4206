import Foundation

/// Writes files atomically: a temporary file in the target's folder, fsync, rename over the
/// target, fsync of the folder. A failure leaves the target as it was and no temporary file.
///
/// What a save keeps and what it cannot:
/// - a symbolic link stays a link: its target is written (`WriteTarget` follows it);
/// - the mode is kept (fchmod, whatever the umask); a new file gets 0666 less the umask;
/// - owner and group are kept: root gives the new file the old owner, anyone else keeps a
///   group they belong to (a different owner is a question asked before: `WriteTarget`);
/// - a file with several hard links is replaced under this name only: the other names keep
///   the old text (as vim's default and most editors' atomic saves do); `write` says so;
/// - nothing over `TextFile.maximumBytes` is written: sweepedit would refuse to read it back.
public enum AtomicFile {
    public typealias Failure = WriteFailure

    /// What a write did that the user should know, besides writing.
    public struct Report: Sendable {
        /// The other names of the file that keep the old text (hard links), 0 when none.
        public var otherLinks: Int
    }

    /// Writes `text` to the path, following symbolic links; refuses anything but a regular
    /// file or a new path. `mode`: the file's permissions whatever was there (recovery files
    /// are 0600); nil keeps the target's, or 0666 less the umask for a new file.
    @discardableResult
    public static func write(_ text: String, to path: String, mode: mode_t? = nil) throws(WriteFailure) -> Report {
        try write(text, to: WriteTarget.resolve(path), mode: mode)
    }

    @discardableResult
    public static func write(_ text: String, to target: WriteTarget, mode wanted: mode_t? = nil) throws(WriteFailure) -> Report {
        let bytes = Array(text.utf8)
        guard bytes.count <= TextFile.maximumBytes else {
            throw WriteFailure(path: target.requested, "the text is \(TextFile.bytes(bytes.count)), over the \(TextFile.limitText) "
                + "sweepedit reads back; nothing was written")
        }
        let path = target.path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".sweepedit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        // a new file: 0666 less the umask, as any program's; an existing one keeps its mode
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, wanted ?? target.existing.map { $0.st_mode & 0o600 } ?? 0o666)
        guard fd >= 0 else { throw WriteFailure(path: target.requested, WriteTarget.reason(errno)) }
        var failure: Int32 = 0
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failure = n < 0 ? errno : ENOSPC; break }
            written += n
        }
        if failure == 0, let wanted {
            if fchmod(fd, wanted) != 0 { failure = errno }
        } else if failure == 0, let info = target.existing {
            // owner first: chown clears the set-id bits that fchmod then puts back
            if fchown(fd, info.st_uid, info.st_gid) != 0 { _ = fchown(fd, uid_t.max, info.st_gid) }
            if fchmod(fd, info.st_mode & 0o7777) != 0 { failure = errno }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temp, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temp)
            throw WriteFailure(path: target.requested, WriteTarget.reason(failure))
        }
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); close(dir) }
        return Report(otherLinks: max(0, Int(target.existing?.st_nlink ?? 1) - 1))
    }
}
