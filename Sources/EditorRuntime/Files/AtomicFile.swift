import Foundation

/// Writes files atomically: a temporary file in the same folder, fsync, rename over the target.
/// The target keeps its permissions; a failure leaves the target as it was and no temp file behind.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// `mode`: the new file's permissions whatever was there (recovery files: 0600); nil keeps
    /// the target's, or 0644 for a new file.
    public static func write(_ text: String, to path: String, mode wanted: mode_t? = nil) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".sweepedit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        if let wanted { mode = wanted }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))") }
        var ok = true
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { ok = false; break }
            written += n
        }
        let error = errno
        if ok { fchmod(fd, mode); ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(temp, path) == 0 else {
            let reason = String(cString: strerror(ok ? errno : error))
            unlink(temp)
            throw Failure(description: "\(path): cannot write: \(reason)")
        }
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dir >= 0 { fsync(dir); close(dir) }
    }
}
