import CNCurses
import Canvas
import Foundation

extension Terminal {
    /// How long one wait for input lasts at most, so a terminating signal is noticed promptly.
    static let pollMilliseconds: Int32 = 50
    /// Input units gathered after an ESC to decode a sequence (all already in ncurses' buffer).
    static let sequenceLimit = 16
    /// Reads failing at once in a row (no signal pending) that mean the terminal has gone.
    static let quickFailureLimit = 20

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
            if TerminalSession.shared.takeSuspendRequest() {
                suspend()
                pendingInput.removeAll()
                return .resize
            }
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
            let before = DispatchTime.now().uptimeNanoseconds
            if let unit = readUnit(window) {
                pendingInput.append(unit)
                quickFailures = 0
            } else if timeoutMilliseconds == 0 {
                return nil
            } else if wait >= 10 && DispatchTime.now().uptimeNanoseconds - before < UInt64(wait) * 500_000 {
                // The read failed at once instead of waiting: the terminal is gone (a closed
                // pty without SIGHUP). Treat it as the hang-up it is, rather than spin.
                quickFailures += 1
                if quickFailures >= Self.quickFailureLimit { terminateAsHangUp() }
            } else {
                quickFailures = 0
            }
        }
    }

    private func readUnit(_ window: UnsafeMutablePointer<WINDOW>?) -> RawInput? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        switch result {
        case KEY_CODE_YES:
            var code = Int32(truncatingIfNeeded: character)
            if code > KEY_MAX, let name = keyname(code),
               let standard = KeyDecoder.standardCode(forExtendedName: String(cString: name)) {
                code = standard
            }
            return RawInput(isKeyCode: true, value: UInt32(truncatingIfNeeded: code))
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
