import Foundation
import SearchSpace

/// At start: sessions on this file died with unsaved edits (SSH dropped, SIGTERM, SIGINT) and
/// left recovery files, one per session. The overlay lists them (when each was kept and what
/// it changes), shows the chosen one's diff and asks what to do with it.
public struct RecoveryOffer: Hashable, Sendable {
    /// One recovery file on offer.
    public struct Choice: Hashable, Sendable {
        public var entry: RecoveryEntry
        /// "03:50:12 on 2026-11-30 (4 minutes ago)".
        public var savedAt: String
        /// file → recovered, "- "/"+ " lines.
        public var changes: [String]
    }

    /// Oldest first.
    public var choices: [Choice]
    /// The index in `choices` that r, d and k act on (Up/Down choose).
    public var chosen: Int
    /// Recovery files of this path that cannot be read: named once, left on disk.
    public var unreadable: [UnreadableRecovery]
    /// What the file holds now (an untitled session: the new space's text).
    public var fileText: String

    static let diffLimit = 200
    /// The most recovery files listed at once.
    static let listLimit = 5

    public init(entries: [RecoveryEntry], unreadable: [UnreadableRecovery] = [], fileText: String, now: Double) {
        choices = entries.map {
            Choice(entry: $0, savedAt: Self.when($0.savedAt, now: now),
                   changes: LineDiff.changes(from: fileText, to: $0.text, limit: Self.diffLimit))
        }
        chosen = max(0, choices.count - 1)  // the newest
        self.unreadable = unreadable
        self.fileText = fileText
    }

    /// The chosen recovery file (an offer always has one).
    public var choice: Choice { choices[chosen] }
    public var entry: RecoveryEntry { choice.entry }
    public var savedAt: String { choice.savedAt }
    public var changes: [String] { choice.changes }

    /// The offer without the chosen file (after d or k), nil when none is left.
    func removingChosen() -> RecoveryOffer? {
        var rest = self
        rest.choices.remove(at: chosen)
        rest.unreadable = []  // said once
        guard !rest.choices.isEmpty else { return nil }
        rest.chosen = min(chosen, rest.choices.count - 1)
        return rest
    }

    /// A local time and how long ago it was.
    static func when(_ seconds: Double, now: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss 'on' yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds)) + " (" + ago(now - seconds) + ")"
    }

    /// "just now", "5 minutes ago", "1 hour ago", "3 days ago".
    static func ago(_ elapsed: Double) -> String {
        let s = Int(max(0, elapsed))
        func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s") ago" }
        if s < 60 { return "just now" }
        if s < 3600 { return unit(s / 60, "minute") }
        if s < 86_400 { return unit(s / 3600, "hour") }
        return unit(s / 86_400, "day")
    }

    /// The overlay's text above the diff.
    func summary(documentName: String) -> [String] {
        var lines: [String]
        if choices.count == 1 {
            lines = ["\(documentName) has unsaved edits from a session that ended without",
                     "saving, kept at \(savedAt). What they change:"]
        } else {
            lines = ["\(documentName) has unsaved edits from \(choices.count) sessions that ended without",
                     "saving (Up/Down choose; r, d and k act on the chosen one):"]
            // at most `listLimit` rows around the chosen one: the keys below must stay on screen
            let first = max(0, min(chosen - Self.listLimit / 2, choices.count - Self.listLimit))
            let shown = first..<min(choices.count, first + Self.listLimit)
            if first > 0 { lines.append("  … \(first) older (Up)") }
            for index in shown {
                lines.append((index == chosen ? "> " : "  ") + choices[index].savedAt + ": " + Self.gist(choices[index].changes))
            }
            if shown.upperBound < choices.count { lines.append("  … \(choices.count - shown.upperBound) newer (Down)") }
            lines.append("What the chosen one changes:")
        }
        if !entry.typing.isEmpty {
            lines.append("Being typed, not a value yet (kept here, not in the recovered text):")
            lines += entry.typing.map { "  " + $0 }
        }
        return lines
    }

    /// What a recovery changes, in a few words: its first changed line and how many more.
    static func gist(_ changes: [String]) -> String {
        guard let first = changes.first(where: { $0.hasPrefix("+ ") }) ?? changes.first else {
            return "only line endings or spacing"
        }
        let line = first.prefix(2) + first.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return changes.count == 1 ? String(line) : "\(line) and \(changes.count - 1) more line\(changes.count == 2 ? "" : "s")"
    }

    /// One line per recovery file that cannot be read.
    var unreadableLines: [String] {
        unreadable.flatMap {
            wrapped("Cannot read \($0.file): \($0.reason) (left as it is)", width: 72).split(separator: "\n").map(String.init)
        }
    }
}
