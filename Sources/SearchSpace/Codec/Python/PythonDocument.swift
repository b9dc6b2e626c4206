import Foundation

/// Python files (`.py`) and Jupyter notebooks (`.ipynb`) as documents: read from their SDK
/// calls, saved by replacing only the text of those calls (DocumentReader and DocumentWriter
/// hand them here).
public enum PythonDocument {
    /// Whether `text` (at `path`) is Python source or a notebook rather than YAML or JSON.
    static func syntax(of text: String, path: String?) -> FileForm.Syntax? {
        let lower = path?.lowercased() ?? ""
        if lower.hasSuffix(".py") { return .python }
        if lower.hasSuffix(".ipynb") { return .notebook }
        if text.drop(while: \.isWhitespace).first == "{", text.contains("\"nbformat\""),
           let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
           root["cells"] is [Any] {
            return .notebook
        }
        // Python's first statement in generated and hand-written files: an import
        // (line by line from the top, without splitting a large YAML file into all its lines)
        var rest = text[...]
        while !rest.isEmpty {
            let line = rest.prefix { !$0.isNewline }
            rest = rest.dropFirst(line.count).drop(while: \.isNewline)
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return trimmed.hasPrefix("from ") || trimmed.hasPrefix("import ") ? .python : nil
        }
        return nil
    }

    /// Reads a `.py` file's text, or a notebook's (its first code cell with an
    /// extend_search_space call, or `cell`, counted from 1 over all its cells).
    public static func read(_ text: String, path: String?, cell: Int? = nil) throws(LoadError) -> Document {
        guard let syntax = syntax(of: text, path: path), syntax == .notebook || cell == nil else {
            if cell != nil { throw LoadError(file: path, nil, "--cell selects a cell of a notebook (.ipynb); this is not one") }
            return try readPython(text, path: path)
        }
        if syntax == .python { return try readPython(text, path: path) }
        return try NotebookReader.read(text, path: path, cell: cell)
    }

    /// Reads `text` again as the document `form` was read: a notebook from the same cell (the
    /// editor's reload from disk and its recovery), any other file as DocumentReader does.
    public static func reread(_ text: String, path: String?, as form: FileForm, node: String? = nil) throws(LoadError) -> Document {
        if form.syntax == .notebook, let cell = form.cell { return try read(text, path: path, cell: cell + 1) }
        return try DocumentReader.read(text, path: path, node: node)
    }

    static func readPython(_ text: String, path: String?) throws(LoadError) -> Document {
        let (space, locations, autoMode) = try PythonReader.space([(text, nil)], anchorPart: nil, path: path)
        var doc = Document(space: space, form: FileForm(shape: .job, syntax: .python), locations: locations,
                           originalText: text, path: path)
        doc.isAutoMode = autoMode
        return doc
    }

    /// The text a save writes: the original with only the changed calls' text replaced.
    static func save(_ doc: Document) -> String {
        if doc.form.syntax == .notebook, let cell = doc.form.cell {
            return NotebookWriter.save(doc, cell: cell) ?? doc.originalText
        }
        return PythonSplice.save(doc.originalText, space: doc.space, original: doc.originalSpace)
            ?? PythonWriter.export(doc.space, autoMode: doc.isAutoMode)
    }
}
