/// The footer: the enabled bindings of the mode that have a short label, cut to the width.
enum FooterView {
    static func draw(_ s: EditorState, _ r: Rect, into screen: inout Screen) {
        var spans: [Span] = []
        for binding in Keymap.bindings(in: s.mode) {
            guard let label = binding.footer, Availability.disabledReason(binding.command, s) == nil else { continue }
            spans.append(Span(" " + footerKeys(binding), "footer.key"))
            spans.append(Span(" " + label + " ", "footer"))
        }
        let total = spans.reduce(0) { $0 + $1.text.columns }
        if total > r.width {
            var cut: [Span] = []
            var used = 0
            for span in spans {
                if used + span.text.columns > r.width - 1 {
                    cut.append(Span(String(span.text.prefix(max(0, r.width - 1 - used))) + "…", span.style))
                    break
                }
                cut.append(span)
                used += span.text.columns
            }
            spans = cut
        }
        screen.draw(spans, row: r.row, column: r.column, limit: r.width, fill: "footer")
    }

    /// The keys a footer entry shows: j/k for moving, else the first key.
    static func footerKeys(_ b: Binding) -> String {
        switch b.command {
        case .moveDown: return "j/k"
        case .nextSubspace: return "]/["
        case .nextField: return "tab"
        case .pickNext: return "up/down"
        case .scrollDown: return "j/k"
        default: return b.keys.first?.label ?? ""
        }
    }
}
