import SearchSpace

/// A line of news for the status line (cleared by the next key).
public struct StatusMessage: Hashable, Sendable {
    public enum Tone: Hashable, Sendable { case info, error }
    public var text: String
    public var tone: Tone
    public init(_ text: String, _ tone: Tone = .info) {
        self.text = text
        self.tone = tone
    }
}
