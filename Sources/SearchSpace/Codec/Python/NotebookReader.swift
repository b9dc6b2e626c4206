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

    /// Every code cell's source with its cell number (1-based over all cells), in notebook order.
    static func codeSources(_ cells: [[String: Any]]) -> [(text: String, cell: Int?)] {
        cells.indices.compactMap { i in
            guard cells[i]["cell_type"] as? String == "code", let text = source(cells[i]) else { return nil }
            return (text, i + 1)
        }
    }

    /// The notebook's job: its space from the chosen cell's extend_search_space (`selected`, else
    /// the first code cell that calls it), its settings from the calls on the same job in every
    /// code cell (PythonJob says which).
    static func read(_ text: String, path: String?, cell selected: Int?) throws(LoadError) -> Document {
        let cells = try cells(text, path: path)
        let sources = codeSources(cells)
        let anchor: Int
        if let selected {
            guard (1...max(1, cells.count)).contains(selected), selected <= cells.count else {
                throw LoadError(file: path, nil, "--cell \(selected): the notebook has \(cells.count) cells")
            }
            guard let part = sources.firstIndex(where: { $0.cell == selected }) else {
                throw LoadError(file: path, nil, "cell \(selected) is not a code cell")
            }
            anchor = part
        } else {
            // a cell that names the call but cannot be read is the error, not skipped
            guard let part = sources.firstIndex(where: { $0.text.contains("extend_search_space") }) else {
                throw LoadError(file: path, nil, "no code cell of the notebook calls extend_search_space")
            }
            anchor = part
        }
        let cell = sources[anchor].cell!
        let (space, locations, _) = try PythonReader.space(sources, anchorPart: anchor, path: path,
                                                           context: "in cell \(cell): ", autoMode: false)
        return Document(space: space, form: FileForm(shape: .job, syntax: .notebook, cell: cell - 1),
                        locations: locations, originalText: text, path: path)
    }
}
