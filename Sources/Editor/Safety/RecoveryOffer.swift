import Foundation
import SearchSpace

/// At start: a session on this file died with unsaved edits (SSH dropped, SIGTERM, SIGINT)
/// and left a recovery file. The overlay says when, shows what differs and asks what to do.
public struct RecoveryOffer: Hashable, Sendable {
    public var entry: RecoveryEntry
    /// What the file holds now (an untitled session: the new space's text).
    public var fileText: String
    /// "03:50:12 on 2026-11-30 (4 minutes ago)".
    public var savedAt: String
    /// file → recovered, "- "/"+ " lines.
    public var changes: [String]

    static let diffLimit = 200

    public init(entry: RecoveryEntry, fileText: String, now: Double) {
        self.entry = entry
        self.fileText = fileText
        savedAt = Self.when(entry.savedAt, now: now)
        changes = LineDiff.changes(from: fileText, to: entry.text, limit: Self.diffLimit)
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
        ["\(documentName) has unsaved edits from a session that ended without",
         "saving, kept at \(savedAt). What they change:"]
    }
}
