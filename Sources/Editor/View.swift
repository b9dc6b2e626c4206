import SearchSpace

/// What the terminal shows: the screen and where its cursor goes (nil: hidden).
public struct Frame: Hashable, Sendable {
    public var screen: Screen
    public var cursor: Position?
}

/// Draws the state at a size. Pure: tests read the result as lines.
public func view(_ s: EditorState, size: Size) -> Screen { render(s, size: size).screen }

public func render(_ s: EditorState, size: Size) -> Frame {
    var screen = Screen(size: size)
    let layout = Layout(size: size)
    guard !layout.tooSmall else {
        let lines = ["window too small", "(needs \(Layout.minimum.width)x\(Layout.minimum.height), now \(size.width)x\(size.height))"]
            + tooSmallDetails(s).flatMap { wrapped($0, width: max(10, size.width - 2)).split(separator: "\n").map(String.init) }
        for (i, line) in lines.enumerated() where max(0, size.height / 2 - 1) + i < size.height {
            let row = max(0, size.height / 2 - 1) + i
            screen.write(line.fitted(to: size.width), row: row, column: max(0, (size.width - line.columns) / 2))
        }
        return Frame(screen: screen, cursor: nil)
    }
    var cursor: Position?
    HeaderView.draw(s, layout.header, into: &screen)
    ListView.draw(s, layout, into: &screen)
    if let c = PreviewView.drawWithDetail(s, layout, into: &screen) { cursor = c }
    if let c = StatusView.draw(s, layout.status, into: &screen) { cursor = c }
    FooterView.draw(s, layout.footer, into: &screen)
    switch s.overlay {
    case .help(let scroll)?:
        HelpView.draw(scroll: scroll, size: size, training: s.document.space.trainingParameters, into: &screen)
        cursor = nil
    case .confirmQuit?, .confirmDelete?, .confirmWrite?, .chooseExport?, .prompt?, .message?:
        cursor = DialogView.draw(s, size: size, into: &screen)
    case .safety(let overlay)?:
        SafetyView.draw(s, overlay, size: size, into: &screen)
        cursor = nil
    case .trials(let position)?:
        TrialsView.draw(s, position, size: size, into: &screen)
        cursor = nil
    case .changes(let position)?:
        ChangesView.draw(s, position, size: size, into: &screen)
        cursor = nil
    case .editing?, .editingSweep?, .filter?, nil:
        break
    }
    return Frame(screen: screen, cursor: cursor)
}

