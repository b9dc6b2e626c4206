import Foundation
import TestSupport

/// Finds and runs the `sweepedit` binary that `swift build` made for these tests.
enum Binary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the run was stopped for taking longer than its time limit.
        var timedOut: Bool
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The binary: $SWEEPEDIT_BIN, else the one beside the test bundle (the same build folder,
    /// whatever --scratch-path was), else .build/debug.
    static var path: String {
        if let env = ProcessInfo.processInfo.environment["SWEEPEDIT_BIN"] { return env }
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [Bundle.main.bundleURL.appendingPathComponent("sweepedit"),
                          bundleDir.appendingPathComponent("sweepedit"),
                          PackageRoot.url(".build/debug/sweepedit")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate.path
        }
        return PackageRoot.url(".build/debug/sweepedit").path
    }

    /// Runs the binary; a run longer than `timeLimit` seconds is terminated and marked `timedOut`.
    /// `umask` (octal, e.g. "077") runs it under that umask, through /bin/sh.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    umask: String? = nil, timeLimit: Double = 60) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "no sweepedit binary at \(path): run `swift build` first (./scripts/test does)")
        }
        let process = Process()
        if let umask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = PackageRoot.url
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let watchdog = Watchdog()
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { [process] in
            if process.isRunning {
                watchdog.fired()
                process.terminate()
            }
        }
        let errReader = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      timedOut: watchdog.didFire)
    }

    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var fire = false
        func fired() { lock.withLock { fire = true } }
        var didFire: Bool { lock.withLock { fire } }
    }
}
