import Foundation
import Testing
import TestSupport

/// Output that cannot be written (issue 13, item 13): a full device or a closed standard output
/// is one line on stderr and exit 1, never a crash and never a silent exit 0; a reader that stops
/// early (`| head`) ends the command quietly.
struct OutputFailureTests {
    /// A space with an error, so that `validate` has something to print.
    static let space = """
        search_space:
          - model_name: {type: choice, values: [vitb16r224, seresnext]}
            learning_rate: {type: uniform, min_value: 0.1, max_value: 0.01}
        """
    /// A grid, so that `sample --count` prints too.
    static let validSpace = """
        search_space:
          - model_name: {type: choice, values: [vitb16r224, seresnext]}
            learning_rate: {type: choice, values: [0.001, 0.01]}
        """

    /// Runs `script` with bash, `$B` naming the binary, and returns status and stderr.
    static func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["B"] = Binary.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static func commands(_ bad: String, _ good: String) -> [String] {
        ["export \(good) --to yaml", "export \(good) --to json", "export \(good) --to rest", "export \(good) --to job",
         "new", "validate \(bad)", "validate --json \(bad)", "validate --json \(good)",
         "sample \(good) -n 3", "sample \(good) -n 3 --format json", "sample \(good) --stats -n 10",
         "sample \(good) --algorithm grid --count", "params", "params --json", "themes",
         "--help", "validate --help", "sample --help"]
    }

    @Test func aFullDeviceIsOneLineAndExit1() throws {
        let bad = try TemporaryFolder.file("bad.yml", Self.space)
        let good = try TemporaryFolder.file("good.yml", Self.validSpace)
        for command in Self.commands(bad, good) {
            let result = try Self.shell("$B \(command) > /dev/full")
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr == "sweepedit: error: cannot write to standard output: No space left on device\n",
                    "\(command)")
        }
    }

    @Test func aClosedStandardOutputIsOneLineAndExit1() throws {
        let bad = try TemporaryFolder.file("bad.yml", Self.space)
        let good = try TemporaryFolder.file("good.yml", Self.validSpace)
        for command in Self.commands(bad, good) {
            let result = try Self.shell("$B \(command) >&-")
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr == "sweepedit: error: cannot write to standard output: Bad file descriptor\n",
                    "\(command)")
        }
        #expect(try String(contentsOfFile: good, encoding: .utf8) == Self.validSpace, "nothing went into the input file")
    }

    @Test func aReaderThatStopsEarlyEndsTheCommandQuietly() throws {
        let good = try TemporaryFolder.file("good.yml", Self.validSpace)
        for command in ["sample \(good) -n 200000", "sample \(good) -n 200000 --format csv", "params"] {
            let result = try Self.shell("$B \(command) | head -c 1 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
            #expect(result.stderr == "", "\(command)")
            // 141: ended by SIGPIPE, as `yes | head` is; 0 when everything fitted in the pipe
            #expect(["status 141\n", "status 0\n"].contains(result.stdout), "\(command): \(result.stdout)")
        }
    }

    @Test func stderrThatCannotBeWrittenDoesNotCrash() throws {
        let bad = try TemporaryFolder.file("bad.yml", "search_space: 5\n")
        let result = try Self.shell("$B validate \(bad) 2>/dev/full; echo \"status $?\"")
        #expect(result.stdout == "status 2\n")
    }
}
