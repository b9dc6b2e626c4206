import Foundation
import Testing
import TestSupport

/// `export -o` and `new -o` on hostile paths: devices, FIFOs, links, read-only files, the
/// input file itself, other owners, a full disk. Nothing is ever replaced that is not a
/// regular file, and every refusal is one line on stderr.
@Suite struct OutputPathTests {
    static let job = PackageRoot.url.appendingPathComponent("Examples/image-classification-job.yml").path

    func kind(_ path: String) -> mode_t {
        var s = stat()
        return lstat(path, &s) == 0 ? s.st_mode & S_IFMT : 0
    }

    func mode(_ path: String) -> mode_t {
        var s = stat()
        stat(path, &s)
        return s.st_mode & 0o7777
    }

    @Test func aFIFOIsRefusedAndStaysAFIFO() throws {
        let folder = try TemporaryFolder.make().path
        let fifo = folder + "/out.json"
        mkfifo(fifo, 0o644)
        let result = try Binary.run(["export", Self.job, "--to", "json", "-o", fifo])
        #expect(result.status == 2)
        #expect(result.stderr == fifo + ": cannot write: is not a regular file (a device, FIFO or socket); "
            + "sweepedit writes regular files only (-o - writes to standard output)\n")
        #expect(kind(fifo) == S_IFIFO)
        let forced = try Binary.run(["new", "-o", fifo, "--force"])
        #expect(forced.status == 2, "--force answers questions; it never replaces a FIFO")
        #expect(kind(fifo) == S_IFIFO)
    }

    @Test(.enabled(if: geteuid() == 0, "mknod needs root"))
    func aDeviceIsNeverReplaced() throws {
        let folder = try TemporaryFolder.make().path
        let device = folder + "/null"
        mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3))
        let result = try Binary.run(["export", Self.job, "--to", "yaml", "-o", device])
        #expect(result.status == 2)
        #expect(kind(device) == S_IFCHR)
    }

    @Test func aLinkIsFollowedAndStaysALink() throws {
        let folder = try TemporaryFolder.make().path
        symlink("target.json", folder + "/link.json")
        let result = try Binary.run(["export", Self.job, "--to", "json", "-o", folder + "/link.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(kind(folder + "/link.json") == S_IFLNK)
        #expect(kind(folder + "/target.json") == S_IFREG)
        #expect((try? String(contentsOfFile: folder + "/target.json", encoding: .utf8))?.contains("\"search_space\"") == true)
    }

    @Test func dashIsStandardOutput() throws {
        let result = try Binary.run(["export", Self.job, "--to", "rest", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"learning_rate\": \"uniform(0.001,0.01)\""))
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.url.appendingPathComponent("-").path))
    }

    @Test func exportingOntoItsOwnInputAsksForForce() throws {
        let input = try TemporaryFolder.file("job.yml", String(contentsOfFile: Self.job, encoding: .utf8))
        let before = try String(contentsOfFile: input, encoding: .utf8)
        let refused = try Binary.run(["export", input, "--to", "json", "-o", input])
        #expect(refused.status == 1)
        #expect(refused.stderr == input + ": error: this is the file being exported; add --force to replace it with the export\n")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == before)
        let forced = try Binary.run(["export", input, "--to", "json", "-o", input, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8).hasPrefix("{"))
    }

    @Test func aReadOnlyOutputIsWrittenOnlyWithForceAndKeepsItsMode() throws {
        let out = try TemporaryFolder.file("out.yml", "old\n")
        chmod(out, 0o444)
        let refused = try Binary.run(["export", Self.job, "--to", "yaml", "-o", out])
        #expect(refused.status == 1)
        #expect(refused.stderr == out + ": error: the file is read-only; add --force to write it anyway\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
        let forced = try Binary.run(["export", Self.job, "--to", "yaml", "-o", out, "--force"])
        #expect(forced.status == 0)
        #expect(mode(out) == 0o444)
    }

    @Test func anExistingOutputKeepsAModeTheUmaskWouldStripAndANewOneFollowsTheUmask() throws {
        let folder = try TemporaryFolder.make().path
        let kept = folder + "/kept.yml"
        _ = FileManager.default.createFile(atPath: kept, contents: Data("old\n".utf8))
        chmod(kept, 0o666)
        let shell = try Self.sh("umask 077; \(Binary.path) export '\(Self.job)' --to yaml -o '\(kept)' && "
            + "\(Binary.path) export '\(Self.job)' --to yaml -o '\(folder)/fresh.yml'")
        #expect(shell == 0)
        #expect(mode(kept) == 0o666, "the umask 077 would make it 0600: the save puts the mode back")
        #expect(mode(folder + "/fresh.yml") == 0o600, "a new file: 0666 less the umask")
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to run as another user"))
    func aFileOfAnotherOwnerIsNotGivenAwayWithoutForce() throws {
        let folder = try TemporaryFolder.make().path
        chmod(folder, 0o777)
        let out = folder + "/root-owned.yml"
        _ = FileManager.default.createFile(atPath: out, contents: Data("old\n".utf8))
        chmod(out, 0o666)
        let asNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups \(Binary.path) export '\(Self.job)' --to yaml -o '\(out)'"
        let (status, stderr) = try Self.shWithStderr(asNobody)
        #expect(status == 1)
        #expect(stderr == out + ": error: the file belongs to root:root and writing it would make it yours; add --force to write it anyway\n")
        var s = stat()
        stat(out, &s)
        #expect(s.st_uid == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
    }

    @Test(.enabled(if: geteuid() == 0, "root keeps the owner with fchown"))
    func rootWritingAnotherUsersFileKeepsItTheirs() throws {
        let out = try TemporaryFolder.file("theirs.yml", "old\n")
        chmod(out, 0o600)
        chown(out, 65534, 65534)
        let result = try Binary.run(["export", Self.job, "--to", "yaml", "-o", out])
        #expect(result.status == 0)
        var s = stat()
        stat(out, &s)
        #expect(s.st_uid == 65534 && s.st_gid == 65534)
        #expect(s.st_mode & 0o7777 == 0o600)
    }

    /// Every command that writes, against every hostile path: a defined exit (0, 1 or 2, never
    /// a crash), one line on stderr when it fails, and nothing but a regular file ever replaced.
    @Test func hostilePathsNeverCrashOrReplaceWhatIsNotARegularFile() throws {
        let folder = try TemporaryFolder.make().path
        mkfifo(folder + "/fifo", 0o644)
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: true)
        symlink("dir", folder + "/link-to-dir")
        symlink("missing/none.yml", folder + "/dangling")
        symlink("loop-b", folder + "/loop-a")
        symlink("loop-a", folder + "/loop-b")
        _ = FileManager.default.createFile(atPath: folder + "/readonly.yml", contents: Data("x\n".utf8))
        chmod(folder + "/readonly.yml", 0o444)
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: true)
        chmod(folder + "/locked", 0o555)
        var paths = ["fifo", "dir", "link-to-dir", "dangling", "loop-a", "readonly.yml", "locked/new.yml",
                     "no/such/folder/out.yml", "dir/"].map { folder + "/" + $0 }
        if geteuid() == 0 {
            mknod(folder + "/null", S_IFCHR | 0o666, dev_t((1 << 8) | 3))
            paths.append(folder + "/null")
        }
        let commands: [[String]] = [["export", Self.job, "--to", "json", "-o"], ["export", Self.job, "--to", "job", "--force", "-o"],
                                    ["new", "--force", "-o"], ["new", "-o"]]
        for path in paths {
            let kindBefore = kind(path)
            for command in commands {
                let result = try Binary.run(command + [path], timeLimit: 20)
                #expect([0, 1, 2].contains(result.status), "\(command) \(path): exit \(result.status)")
                #expect(!result.timedOut, "\(command) \(path) hung")
                if result.status != 0 {
                    #expect(result.stderr.split(separator: "\n").count == 1, "\(command) \(path): \(result.stderr)")
                }
                if kindBefore != S_IFREG && kindBefore != 0 && kindBefore != S_IFLNK {
                    #expect(kind(path) == kindBefore, "\(command) replaced \(path)")
                }
            }
        }
        chmod(folder + "/locked", 0o755)
    }

    @Test func aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder.make().path
        let out = folder + "/out.json"
        _ = FileManager.default.createFile(atPath: out, contents: Data("old\n".utf8))
        // a file-size limit of 1 block (512 bytes) makes the write fail as a full disk would
        let (status, stderr) = try Self.shWithStderr("ulimit -f 1; trap '' XFSZ; \(Binary.path) export '\(Self.job)' --to json -o '\(out)'")
        #expect(status == 1)
        #expect(stderr.hasPrefix(out + ": cannot write: File too large"), "\(stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"], "no temporary file left")
    }

    static func sh(_ script: String) throws -> Int32 { try shWithStderr(script).0 }

    static func shWithStderr(_ script: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
