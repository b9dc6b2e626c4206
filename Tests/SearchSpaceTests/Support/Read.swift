import Testing
@testable import SearchSpace

/// Reads text as a document, recording the load error as a test failure.
func read(_ text: String, path: String = "test.yml", sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Document?
{
    do {
        return try DocumentReader.read(text, path: path)
    } catch {
        Issue.record("cannot read: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The load error reading `text` gives, nil (and a test failure) when it reads.
func loadError(_ text: String, path: String = "bad.yml", sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> LoadError?
{
    do {
        _ = try DocumentReader.read(text, path: path)
        Issue.record("expected a load error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
