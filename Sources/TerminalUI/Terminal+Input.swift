import CNCurses
import Editor
import Foundation

extension Terminal {
    /// How long one wait for input lasts at most, so a terminating signal is noticed promptly.
    static let pollMilliseconds: Int32 = 50
    /// Input units gathered after an ESC to decode a sequence (all already in ncurses' buffer).
    static let sequenceLimit = 16

    /// The next key, decoded by `KeyDecoder`; nil when `timeoutMilliseconds` pass without one
    /// (negative: wait for ever). A resize is `.resize`, and `size` already tells the new size.
    /// Unknown keys (F-keys, mouse reports) are skipped. If a terminating signal has arrived,
    /// this is where it is acted on: `onTerminate` runs and the process ends.
    public func nextKey(timeoutMilliseconds: Int32) -> Key? {
        guard isActive else { return nil }
        let window = sweepedit_stdscr()
        let start = DispatchTime.now().uptimeNanoseconds
        while true {
            handlePendingSignal()
            if !pendingInput.isEmpty {
                if pendingInput.first?.isKeyCode == false && pendingInput.first?.value == KeyDecoder.escape {
                    readAvailable(into: &pendingInput)
                }
                let (key, consumed) = KeyDecoder.decode(pendingInput[...])
                pendingInput.removeFirst(max(1, consumed))
                if let key { return key }
                continue
            }
            var wait = Self.pollMilliseconds
            if timeoutMilliseconds >= 0 {
                let elapsed = Int64((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                let remaining = Int64(timeoutMilliseconds) - elapsed
                if remaining <= 0 && elapsed > 0 { return nil }
                wait = Int32(max(0, min(Int64(wait), remaining)))
            }
            wtimeout(window, wait)
            if let unit = readUnit(window) {
                pendingInput.append(unit)
            } else if timeoutMilliseconds == 0 {
                return nil
            }
        }
    }

    private func readUnit(_ window: UnsafeMutablePointer<WINDOW>?) -> RawInput? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        switch result {
        case KEY_CODE_YES: return RawInput(isKeyCode: true, value: UInt32(character))
        case OK: return RawInput(isKeyCode: false, value: UInt32(character))
        default: return nil
        }
    }

    /// Appends what is already waiting (no delay): the rest of an escape sequence.
    private func readAvailable(into buffer: inout [RawInput]) {
        let window = sweepedit_stdscr()
        wtimeout(window, 0)
        while buffer.count < Self.sequenceLimit, let unit = readUnit(window) {
            buffer.append(unit)
        }
    }
}
