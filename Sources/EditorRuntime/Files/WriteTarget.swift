import Editor
import Foundation

/// Where a write really lands, found before writing: a symbolic link is followed to the file
/// it names (the link stays a link; its target gets the text), and anything but a regular
/// file or a new path is refused, so a device, a FIFO or a directory is never replaced.
public struct WriteTarget: Sendable {
    /// The path the user gave.
    public let requested: String
    /// The file written: `requested` with every symbolic link followed.
    public let path: String
    /// The file as it is now, nil when it does not exist yet.
    public let existing: stat?

    /// Follows links (at most 40, as the kernel does) and checks what is there.
    public static func resolve(_ requested: String) throws(WriteFailure) -> WriteTarget {
        var path = requested
        for _ in 0..<40 {
            var info = stat()
            if lstat(path, &info) != 0 {
                guard errno == ENOENT else { throw WriteFailure(path: requested, Self.reason(errno)) }
                return WriteTarget(requested: requested, path: path, existing: nil)
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return WriteTarget(requested: requested, path: path, existing: info)
            case S_IFLNK:
                path = Self.linkTarget(path)
            case S_IFDIR:
                throw WriteFailure(path: requested, "is a directory; give a file name")
            default:
                throw WriteFailure(path: requested, "is not a regular file (a device, FIFO or socket); "
                    + "sweepedit writes regular files only (-o - writes to standard output)")
            }
        }
        throw WriteFailure(path: requested, "too many levels of symbolic links")
    }

    /// The path a symbolic link names, relative to the link's folder when it is relative.
    static func linkTarget(_ link: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { return link }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = (link as NSString).deletingLastPathComponent
        return folder.isEmpty ? target : folder + "/" + target
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The questions this write raises, before anything is written: replacing a file the
    /// request wanted new, a read-only file, an owner the save cannot keep.
    public func questions(isNew: Bool) -> [WriteQuestion] {
        guard let info = existing else { return [] }
        var questions: [WriteQuestion] = []
        if isNew { questions.append(.replaceExisting) }
        if info.st_mode & 0o222 == 0 { questions.append(.readOnly) }
        // root gives the new file the old owner (fchown); anyone else can keep only a group
        // they belong to, and never another user
        let uid = geteuid()
        if uid != 0, info.st_uid != uid || !Self.canUseGroup(info.st_gid) {
            questions.append(.changesOwner(owner: Self.ownerName(info)))
        }
        return questions
    }

    static func canUseGroup(_ gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let got = getgroups(count, &groups)
        return groups.prefix(Int(max(0, got))).contains(gid)
    }

    static func ownerName(_ info: stat) -> String {
        let user = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)"
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? "gid \(info.st_gid)"
        return "\(user):\(group)"
    }
}

/// Why a file was not written: one line, the path first.
public struct WriteFailure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(path: String, _ reason: String) {
        description = "\(path): cannot write: \(reason)"
    }
    /// A failure that says itself (e.g. "FOLDER: cannot create the folder: ...").
    public init(description: String) {
        self.description = description
    }
}
