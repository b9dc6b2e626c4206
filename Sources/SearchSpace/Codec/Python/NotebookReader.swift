import Foundation

/// Reads a Jupyter notebook: JSON whose `cells` hold `source` as a list of lines (or one
/// string). The search space comes from one code cell; places are that cell's line and column.
enum NotebookReader {
    static func cells(_ text: String, path: String?) throws(LoadError) -> [[String: Any]] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw LoadError(file: path, nil, "cannot read the notebook as JSON: \(error.localizedDescription)")
        }
        guard let notebook = root as? [String: Any], let cells = notebook["cells"] as? [[String: Any]] else {
            throw LoadError(file: path, nil, "a notebook is a JSON object with a list of \"cells\"; this has none")
        }
        return cells
    }

    /// The text of a cell's `source`.
    static func source(_ cell: [String: Any]) -> String? {
        if let lines = cell["source"] as? [String] { return lines.joined() }
        return cell["source"] as? String
    }

    static func read(_ text: String, path: String?, cell selected: Int?) throws(LoadError) -> Document {
        let cells = try cells(text, path: path)
        let candidates: [Int]
        if let selected {
            guard (1...max(1, cells.count)).contains(selected), selected <= cells.count else {
                throw LoadError(file: path, nil, "--cell \(selected): the notebook has \(cells.count) cells")
            }
            guard cells[selected - 1]["cell_type"] as? String == "code" else {
                throw LoadError(file: path, nil, "cell \(selected) is not a code cell")
            }
            candidates = [selected - 1]
        } else {
            candidates = cells.indices.filter { cells[$0]["cell_type"] as? String == "code" }
        }
        for index in candidates {
            guard let source = source(cells[index]) else { continue }
            // a cell without the call is skipped unless it was asked for; one that has it but
            // cannot be read is the error
            if selected == nil, !source.contains("extend_search_space") { continue }
            let (space, locations, _) = try PythonReader.space(source, path: path, context: "in cell \(index + 1): ", autoMode: false)
            return Document(space: space, form: FileForm(shape: .job, syntax: .notebook, cell: index),
                            locations: locations, originalText: text, path: path)
        }
        throw LoadError(file: path, nil, "no code cell of the notebook calls extend_search_space")
    }
}
