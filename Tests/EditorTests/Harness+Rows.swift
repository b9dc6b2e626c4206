@testable import Editor

/// The screen's rows by what they show, found through `Layout` at the harness's size, so a test
/// says `h.status` rather than `h.status` and still means the status line at 80x20 or 200x50.
extension Harness {
    var layout: Layout { Layout(size: size) }

    /// The top line: the file and subspace (the trials view: its rows and columns; help: its title).
    var header: String { lines[layout.header.row] }
    /// The line under the header: the list's column names (and, side by side, the detail's title).
    var heading: String { lines[layout.listHeading.row] }
    /// The status line: messages, the count of problems, the sampling method.
    var status: String { lines[layout.status.row] }
    /// The bottom line: the keys that work here.
    var footer: String { lines[layout.footer.row] }
    /// The detail pane's title bar (or the preview pane's, when it has taken the detail's place).
    var detailTitle: String { text(in: layout.detailTitle).first ?? "" }
    /// The detail pane's body, a line per row.
    var detail: [String] { text(in: layout.detail) }

    /// Row `i` of the list (0: the first row shown), the whole screen line.
    func listRow(_ i: Int) -> String { lines[layout.list.row + i] }

    /// The text of a rectangle of the screen, a line per row, trailing spaces trimmed.
    func text(in rect: Rect) -> [String] {
        let screen = self.screen
        return (rect.row..<(rect.row + rect.height)).map { row in
            var text = String((rect.column..<(rect.column + rect.width)).map { screen[row, $0].character }
                .filter { $0 != Character.continuation })
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}
