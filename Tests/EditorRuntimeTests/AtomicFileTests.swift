import Foundation
import Testing
@testable import EditorRuntime
import TestSupport

/// The atomic write keeps the target's permissions even where the umask would strip them: the
/// temporary file is created through the umask, so the write must set the mode itself.
struct AtomicFileTests {
    @Test func aReplacedFileKeepsPermissionsTheUmaskWouldStrip() throws {
        let path = try TemporaryFolder.file("job.yml", "old\n")
        #expect(chmod(path, 0o666) == 0)
        // A strict umask for the write (process-wide, so restored at once): 0o666 becomes 0o600
        // through it, which only the write's own chmod can undo.
        let previous = umask(0o077)
        let outcome = Result { try AtomicFile.write("new\n", to: path) }
        umask(previous)
        try outcome.get()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o666, "mode \(String(info.st_mode & 0o7777, radix: 8))")
    }

}
