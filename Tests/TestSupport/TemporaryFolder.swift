import Foundation

/// Fresh temporary folders and files, one folder per call so that tests running at the same
/// time never meet.
public enum TemporaryFolder {
    /// A fresh, empty folder `<tmp>/<prefix>-<uuid>`.
    public static func make(_ prefix: String = "sweepedit-test") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `contents` to `name` in a fresh folder and returns the file's path.
    public static func file(_ name: String, _ contents: String) throws -> String {
        try file(name, Data(contents.utf8))
    }

    public static func file(_ name: String, _ contents: Data) throws -> String {
        let url = try make().appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }
}
