/// What a file looked like on disk when it was read or saved, to notice a change made by
/// someone else before overwriting it. A value only: EditorRuntime reads it from the disk.
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
}

/// Whether the file at a path still holds what the editor read or last saved (the check
/// itself is EditorRuntime's `DiskCheck.verdict`).
public enum DiskCheck {
    public enum Verdict: Equatable, Sendable {
        case unchanged
        /// Another program changed (or replaced) the file.
        case changed
        /// The file is gone.
        case deleted
    }
}

