import ArgumentParser
import Editor
import EditorRuntime
import Foundation

/// Where a command's result goes: standard output (no `-o`, or `-o -`), or a file written
/// atomically through `AtomicFile` (links followed, devices and FIFOs refused, mode, owner and
/// group kept). A write that needs an answer (a file that must be new but exists, a read-only
/// file, an owner the write cannot keep) is refused unless `force` answers yes.
enum Output {
    /// Writes the text; an error is one line on stderr and exit 1 (2 for a path that can
    /// never be written: a directory, a device, a FIFO).
    static func write(_ text: String, to path: String?, mustBeNew: Bool = false, force: Bool = false) throws {
        guard let path, path != "-" else {
            StandardOutput.write(text)
            return
        }
        let target: WriteTarget
        do {
            target = try WriteTarget.resolve(path)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if !force, let question = target.questions(isNew: mustBeNew).first {
            printError(question.refusal(path))
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(text, to: target)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// Whether two paths name the same file (the input given as the output).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
