import Foundation
import TestSupport

/// What scripts/build-release made (.build-static/dist: the static binary, man page,
/// completions), and running programs around it: the install script, tar, ldd, bash, man.
/// scripts/test builds it once before `swift test`; these suites reuse it.
enum Installed {
    static let dist = PackageRoot.url.appendingPathComponent(".build-static/dist").path
    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: dist + "/bin/sweepedit") }
    /// Run where the dist is built, and always under CI (CI set): there a missing one fails
    /// the suites, saying how to build it, instead of skipping them unseen.
    static var suitesRun: Bool {
        (isBuilt || ProcessInfo.processInfo.environment["CI"] != nil) && TmuxSession.suitesRun
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program with exactly `environment` (nothing inherited) in `folder`.
    static func run(_ executable: String, _ arguments: [String], in folder: String,
                    environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errReader = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Like `run`, failing with the program's output when it exits non-zero.
    @discardableResult
    static func check(_ executable: String, _ arguments: [String], in folder: String = "/",
                      environment: [String: String]) throws -> String {
        let result = try run(executable, arguments, in: folder, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited \(result.status):\n"
                + result.stdout + result.stderr)
        }
        return result.stdout
    }

    /// A user's bare environment: HOME in a folder of its own, far from the repository, no
    /// theme or config variables, a PATH with only the system's programs.
    static func bareEnvironment(home: String) -> [String: String] {
        ["HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"]
    }

    /// Installs the dist into `prefix` with scripts/install (building nothing).
    @discardableResult
    static func install(prefix: String, uninstall: Bool = false, home: String) throws -> String {
        guard isBuilt else {
            throw Failure(description: "no \(dist)/bin/sweepedit: run scripts/build-release first (./scripts/test does)")
        }
        var environment = bareEnvironment(home: home)
        environment["SWEEPEDIT_DIST"] = dist
        return try check(PackageRoot.url.path + "/scripts/install",
                         ["--prefix", prefix] + (uninstall ? ["--uninstall"] : []), environment: environment)
    }

    /// Every file and folder under `folder`, as relative paths, sorted.
    static func tree(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }
}
