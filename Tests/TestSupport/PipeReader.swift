import Foundation

/// Reads a pipe to its end on its own thread, so that a child filling one pipe (stderr) while
/// the test reads the other cannot block: shared by the test targets that run processes.
public final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    public init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once the writer has closed it.
    public func wait() -> Data {
        done.wait()
        return data
    }
}
