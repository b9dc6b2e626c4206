/// A byte buffer that hands its contents to a sink whenever it fills up.
///
/// `sweepedit sample` prints a million trials through one of these: bytes are appended in
/// place (numbers formatted straight into it) and written in 64 KiB blocks, instead of one
/// String per value and one write per line.
public struct OutputBuffer {
    public private(set) var bytes: [UInt8] = []
    let capacity: Int
    let sink: ([UInt8]) -> Void

    /// `sink` receives each full block, and the rest on `flush()`.
    public init(capacity: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        self.capacity = capacity
        self.sink = sink
        bytes.reserveCapacity(capacity + 256)
    }

    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= capacity { flush() }
    }

    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends entry `i` of a table of ready-made spellings.
    mutating func append(_ table: ByteTable, _ i: Int) {
        let range = table.starts[i]..<table.starts[i + 1]
        table.bytes.withUnsafeBufferPointer { all in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: all[range]))
        }
    }

    /// Appends spaces up to `count`.
    public mutating func pad(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
    }

    /// A decimal integer, without going through String.
    public mutating func append(int value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch
        var n = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            bytes.append(contentsOf: scratch[(24 - n)...])
        }
    }

    /// Hands everything buffered to the sink.
    public mutating func flush() {
        guard !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Strings encoded once as UTF-8 into one flat array (no array per entry, so appending one
/// costs no reference counting).
struct ByteTable: Sendable {
    let bytes: [UInt8]
    /// Entry i is `bytes[starts[i]..<starts[i + 1]]`.
    let starts: [Int]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for s in strings {
            starts.append(bytes.count)
            bytes.append(contentsOf: s.utf8)
        }
        self.bytes = bytes
        self.starts = starts + [bytes.count]
    }

    /// The length of entry i in bytes.
    func count(_ i: Int) -> Int { starts[i + 1] - starts[i] }
}
