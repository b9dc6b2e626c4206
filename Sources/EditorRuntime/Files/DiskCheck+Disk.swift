import Editor
import Foundation

extension FileStamp {
    /// The stamp of the file at `path`, nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), modifiedSeconds: Int(info.st_mtim.tv_sec),
                         modifiedNanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }
}

extension DiskCheck {
    /// Compares the file with the stamp and text of the last read or save. A changed stamp with
    /// the same bytes (a `touch`, a copy of the same content) is not a change.
    public static func verdict(path: String, stamp: FileStamp?, text: String) -> Verdict {
        guard let now = FileStamp.of(path) else { return stamp == nil ? .unchanged : .deleted }
        if now == stamp { return .unchanged }
        guard let data = FileManager.default.contents(atPath: path) else { return .changed }
        return data == Data(text.utf8) ? .unchanged : .changed
    }
}
