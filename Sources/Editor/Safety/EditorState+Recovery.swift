import SearchSpace

/// What a recovery file keeps of this session if it dies now (SIGHUP, SIGTERM): the space as
/// shown, so a value typed but not yet committed with Enter is kept as typed.
public struct RecoveryContent: Equatable, Sendable {
    /// The document with the field being typed applied (its fields that mean a value).
    public var document: Document
    /// Typed fields that do not mean a value yet ("1e-"): they cannot be in the document's
    /// text, so the recovery keeps them beside it, word for word, and the offer shows them.
    public var typing: [String]
    /// Whether there is anything to keep.
    public var isWorthKeeping: Bool
}

extension EditorState {
    public var recoveryContent: RecoveryContent {
        var doc = document
        doc.space = shownSpace
        var typing: [String] = []
        if let session = editSession {
            for index in session.problems.keys.sorted() where session.buffers.indices.contains(index) {
                let label = session.fields.indices.contains(index) ? session.fields[index].label : "field \(index + 1)"
                typing.append("\(session.parameter.name), subspace \(subspace + 1): \(label) \"\(session.buffers[index].text)\"")
            }
        }
        return RecoveryContent(document: doc, typing: typing,
                               isWorthKeeping: doc.space != document.originalSpace || !typing.isEmpty)
    }
}
