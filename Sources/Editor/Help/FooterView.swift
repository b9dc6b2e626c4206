/// The footer: the bindings of the mode that have a short label, as many whole entries as the
/// width holds; help and quit stay at the right end whatever the width. In the list, a binding the selection
/// disables stays in its place, dimmed (pressing it says why): the footer does not jump as the cursor
/// moves, and a cursor move sends the terminal a change of attributes, not a new footer.
enum FooterView {
    static let pinned: Set<Command> = [.help, .quit]
    /// What a newcomer needs first comes first, so that the cut drops the obvious (moving).
    /// At 80 columns the cut falls after the preview: F and Space are also named by the detail
    /// pane where they apply, x is the rarer toggle.
    static let priority: [Command] = [.edit, .makeFixed, .makeDistribution, .nextKind, .save, .togglePreview,
                                      .unset, .applyFix, .flipBool, .undo, .filter, .nextProblem, .nextSubspace]

    /// Each mode's bindings in footer order, sorted once rather than on every frame.
    static let ordered: [Mode: [Binding]] = Dictionary(uniqueKeysWithValues: Mode.allCases.map { mode in
        (mode, Keymap.bindings(in: mode).enumerated().sorted { a, b in
            let pa = priority.firstIndex(of: a.element.command) ?? priority.count + a.offset
            let pb = priority.firstIndex(of: b.element.command) ?? priority.count + b.offset
            return pa < pb
        }.map(\.element))
    })

    static func draw(_ s: EditorState, _ r: Rect, into screen: inout Screen) {
        var spans: [Span] = []
        var end: [Span] = []
        for binding in ordered[s.mode] ?? [] {
            guard let label = binding.footer else { continue }
            let enabled = Availability.disabledReason(binding.command, s) == nil
            // Only the list keeps a fixed footer (cursor moves); in a field, keys that do not
            // apply to it (choice keys on a bound) would only mislead.
            if !enabled && s.mode != .browse { continue }
            let pair = [Span(" " + footerKeys(binding), enabled ? "footer.key" : "inactive"),
                        Span(" " + label + " ", enabled ? "footer" : "inactive")]
            if pinned.contains(binding.command) { end += pair } else { spans += pair }
        }
        let endWidth = end.reduce(0) { $0 + $1.text.columns }
        let room = r.width - endWidth
        // Whole entries only, in priority order: "x uns…" named no key a reader could use; the
        // entries that do not fit are in the help (?), which stays pinned at the end.
        var fitting: [Span] = []
        var used = 0
        for pair in stride(from: 0, to: spans.count - 1, by: 2) {
            let width = spans[pair].text.columns + spans[pair + 1].text.columns
            if used + width > room { break }
            fitting += [spans[pair], spans[pair + 1]]
            used += width
        }
        spans = fitting
        screen.draw(spans, row: r.row, column: r.column, limit: max(0, room), fill: "footer")
        screen.draw(end, row: r.row, column: r.column + max(0, room), limit: min(r.width, endWidth))
    }

    /// The keys a footer entry shows: j/k for moving, else the first key.
    static func footerKeys(_ b: Binding) -> String {
        switch b.command {
        case .moveDown, .scrollDown: return b.keys.contains(.char("j")) ? "j/k" : "up/down"  // k is "keep both" in the recovery offer
        case .scrollRight: return "h/l"
        case .nextSubspace: return "]/["
        case .pickNext: return "up/down"
        default: return b.keys.first?.label ?? ""
        }
    }
}
