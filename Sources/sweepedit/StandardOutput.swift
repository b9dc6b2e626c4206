import Foundation
import SearchSpace

/// Every byte the commands print goes through here, so that output that cannot be written is
/// never lost silently: `export > /dev/full` or `validate >&-` says so in one line on stderr and
/// exits 1. A reader that went away (`| head`) ends the process quietly, as SIGPIPE does.
enum StandardOutput {
    /// The exit status of a command whose output could not be written.
    static let failureStatus: Int32 = 1

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let start = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let done = Foundation.write(STDOUT_FILENO, start + offset, raw.count - offset)
                if done > 0 {
                    offset += done
                } else if done < 0, errno == EINTR {
                    continue
                } else {
                    fail(done < 0 ? errno : ENOSPC)
                }
            }
        }
    }

    static func write(_ text: String) { write(Array(text.utf8)) }

    /// One line of text (the newline added).
    static func line(_ text: String) { write(text + "\n") }

    /// A write failed: there is no one left to tell but stderr, and no point going on.
    private static func fail(_ code: Int32) -> Never {
        if code == EPIPE {
            // the reader closed the pipe: end as the default SIGPIPE action would, without a word
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(128 + SIGPIPE)
        }
        StandardError.line("sweepedit: error: cannot write to standard output: \(String(cString: strerror(code)))")
        exit(failureStatus)
    }

    /// ArgumentParser prints help and usage with `print`: into stdio's buffer, which exit()
    /// flushes and whose failure it ignores (`--help > /dev/full` exited 0). Checked at exit, as
    /// coreutils' close_stdout does; a failure changes the status to 1.
    static func checkBufferedOutputAtExit() {
        atexit {
            // every stream (stdout itself is a C global Swift 6 will not touch); stderr has no buffer
            guard fflush(nil) != 0 else { return }
            let reason = errno == 0 ? "write error" : String(cString: strerror(errno))
            StandardError.line("sweepedit: error: cannot write to standard output: \(reason)")
            _exit(StandardOutput.failureStatus)
        }
    }

    /// A closed standard output (`>&-`) would let the next file opened take descriptor 1, and
    /// then the output would go into that file. Holding the place with /dev/null opened for
    /// reading makes every write to it fail (EBADF), which `write` reports.
    static func holdClosedDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
    }
}

/// Messages on stderr. A message that cannot be written is dropped: there is nowhere else to say so.
enum StandardError {
    static func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { raw in
            guard let start = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let done = Foundation.write(STDERR_FILENO, start + offset, raw.count - offset)
                if done > 0 { offset += done } else if done < 0, errno == EINTR { continue } else { return }
            }
        }
    }
}

/// One message on stderr, file text in it escaped for the terminal.
func printError(_ text: String) {
    StandardError.line(TerminalText.escaped(text))
}
