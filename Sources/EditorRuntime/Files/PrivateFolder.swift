import Foundation

/// A folder only this user can read and write, for files that hold a user's unsaved edits
/// (recovery files). Missing folders are made 0700; an existing one must be a folder owned by
/// this user and writable by no one else (another user could read, replace or plant files in
/// it), and is narrowed to 0700 if it was readable by others.
enum PrivateFolder {
    /// mkdir -p (each missing folder 0700), then the checks; the system's reason on failure
    /// ("Not a directory"), where Foundation's error on Linux reads "The operation could not
    /// be completed".
    static func prepare(_ path: String) throws {
        var made = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            made += "/" + part
            if mkdir(made, 0o700) != 0 && errno != EEXIST {
                throw AtomicFile.Failure(description: "\(made): cannot create the folder: \(String(cString: strerror(errno)))")
            }
        }
        if let problem = problem(path) { throw AtomicFile.Failure(description: problem) }
        for folder in [(path as NSString).deletingLastPathComponent, path] {
            var info = stat()
            if stat(folder, &info) == 0, info.st_mode & 0o077 != 0 { chmod(folder, 0o700) }
        }
    }

    /// Why a folder that exists cannot hold private files (nil: it can, or it does not exist);
    /// its parent (sweepedit/ above recovery/) is ours too and checked the same way: whoever
    /// can write there can swap the folder. The folder above both (XDG_STATE_HOME, $TMPDIR)
    /// may be shared, but only as /tmp is: owned by us or root, and sticky if others can
    /// write in it (then no one else can rename what we made there).
    static func problem(_ path: String) -> String? {
        let parent = (path as NSString).deletingLastPathComponent
        let base = (parent as NSString).deletingLastPathComponent
        return problem(ofBase: base) ?? problem(ofOne: parent) ?? problem(ofOne: path)
    }

    private static func problem(ofBase path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if info.st_uid != geteuid() && info.st_uid != 0 {
            return "\(path): refused: the folder belongs to user \(info.st_uid), not to you (\(geteuid())) or root, "
                + "so it could swap the folder that holds your unsaved edits"
        }
        if info.st_mode & 0o022 != 0 && info.st_mode & S_ISVTX == 0 {
            return "\(path): refused: others can write in the folder (mode \(String(info.st_mode & 0o777, radix: 8)), "
                + "not sticky), so they could swap the folder that holds your unsaved edits"
        }
        return nil
    }

    private static func problem(ofOne path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? nil : "\(path): cannot use the folder: \(String(cString: strerror(errno)))"
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return "\(path): cannot create the folder: \(String(cString: strerror(ENOTDIR)))"
        }
        if info.st_uid != geteuid() {
            return "\(path): refused: the folder belongs to user \(info.st_uid), not to you (\(geteuid())), "
                + "so it could read or change your unsaved edits"
        }
        if info.st_mode & 0o022 != 0 {
            return "\(path): refused: the folder is writable by others (mode \(String(info.st_mode & 0o777, radix: 8))), "
                + "who could replace your unsaved edits"
        }
        return nil
    }
}
