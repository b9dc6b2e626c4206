import Foundation
import SearchSpace

/// Reading a document's text from disk for the editor and the commands: every failure is one
/// `file:line:column: error: message`, and nothing that is not a regular UTF-8 text file of a
/// sane size is read.
public enum TextFile {
    /// Files larger than this are refused before reading (a choice of 100,000 values is about
    /// 1 MB; no search space comes near this).
    public static let maximumBytes = 16 * 1024 * 1024
    /// "16 MiB (16,777,216 bytes)": exact, so that a file one byte over does not read as
    /// "16 MB, never larger than 16 MB".
    public static let limitText = "\(maximumBytes / 1_048_576) MiB (\(bytes(maximumBytes)))"

    /// "16,777,217 bytes".
    public static func bytes(_ count: Int) -> String {
        var digits = String(count)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " bytes"
    }

    public static func read(_ path: String) throws(LoadError) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot open: \(String(cString: strerror(errno)))"
            throw LoadError(file: path, nil, reason)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw LoadError(file: path, nil, "is a directory, not a search-space file")
        default: throw LoadError(file: path, nil, "is not a regular file (a device, pipe or socket); give a YAML or JSON file")
        }
        if Int(info.st_size) > maximumBytes {
            throw LoadError(file: path, nil, "the file is \(bytes(Int(info.st_size))); a search space is never "
                + "larger than \(limitText), so it is not read")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadError(file: path, nil, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: the file may have grown since stat.
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw LoadError(file: path, nil, "cannot read the file: \(error.localizedDescription)")
        }
        if data.count > maximumBytes {
            throw LoadError(file: path, nil, "the file is larger than the \(limitText) sweepedit reads; it is not read")
        }
        // through the raw bytes: Data's own firstIndex checks exclusive access at every byte
        if let zero = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            let (line, column) = place(of: zero, in: data)
            throw LoadError(file: path, SourceLocation(line: line, column: column),
                            "the file holds binary data (a NUL byte), not YAML or JSON text")
        }
        // Foundation's decoding drops a byte-order mark; String(decoding:) keeps it, and the
        // document remembers it (a save writes it back, the changed-on-disk check compares it)
        guard String(data: data, encoding: .utf8) != nil else {
            let (line, column) = place(of: firstInvalidUTF8(data), in: data)
            throw LoadError(file: path, SourceLocation(line: line, column: column),
                            "the file is not UTF-8 text (binary data, or another encoding)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The 1-based line and column of a byte offset (columns counted in bytes).
    static func place(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 10 { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The offset of the first byte that is not part of valid UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

}
