import Foundation

/// What a file looked like on disk when it was read or saved, to notice a change made by
/// someone else before overwriting it.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var inode: UInt64

    public init(size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    /// The stamp of the file at `path`, nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), modifiedSeconds: Int(info.st_mtim.tv_sec),
                         modifiedNanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }
}

/// Whether the file at a path still holds what the editor read or last saved.
public enum DiskCheck {
    public enum Verdict: Equatable, Sendable {
        case unchanged
        /// Another program changed (or replaced) the file.
        case changed
        /// The file is gone.
        case deleted
    }

    /// Compares the file with the stamp and text of the last read or save. A changed stamp with
    /// the same bytes (a `touch`, a copy of the same content) is not a change.
    public static func verdict(path: String, stamp: FileStamp?, text: String) -> Verdict {
        guard let now = FileStamp.of(path) else { return stamp == nil ? .unchanged : .deleted }
        if now == stamp { return .unchanged }
        guard let data = FileManager.default.contents(atPath: path) else { return .changed }
        return data == Data(text.utf8) ? .unchanged : .changed
    }
}
