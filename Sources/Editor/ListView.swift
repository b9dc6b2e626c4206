import Foundation
import SearchSpace

/// The parameter list: a severity mark, the name, the mode and the value as Azure writes it.
enum ListView {
    static func nameWidth(_ width: Int) -> Int { min(31, max(12, width / 2 + 1)) }

    /// Below this width the mode column goes: the value alone tells fixed, swept and unset apart.
    static let modeColumnWidth = 70

    static func mode(_ text: String, _ width: Int) -> String { width >= modeColumnWidth - 1 ? text : "" }

    static func draw(_ s: EditorState, _ layout: Layout, into screen: inout Screen) {
        let r = layout.list
        let names = nameWidth(r.width)
        let heading = "  " + ("parameter" + (s.filter.isEmpty ? "" : " (filter: \(s.filter))")).padded(to: names)
            + (r.width >= modeColumnWidth ? "mode  " : "") + "value, as Azure writes it"
        let rows = s.rows
        let counter = rows.count > r.height ? "\(s.selection + 1)/\(rows.count)" : ""
        let headingRoom = layout.listHeading.width - (counter.isEmpty ? 0 : counter.columns + 2)
        screen.draw([Span(heading.fitted(to: headingRoom), "list.heading")], row: layout.listHeading.row,
                    column: layout.listHeading.column, limit: layout.listHeading.width, fill: "list.heading")
        if rows.isEmpty {
            screen.write("  no parameter name contains '\(s.filter)' (Esc clears the filter)".fitted(to: r.width),
                         row: r.row, column: r.column, style: "inactive")
            return
        }
        let space = s.shownSpace
        let sub = s.currentSubspace
        let findings = s.findings.rows(of: s.subspace)
        for line in 0..<r.height {
            let index = s.scroll + line
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let selected = index == s.selection
            let spans = rowSpans(row, sub: sub, space: space, diagnostics: findings[row.name] ?? [], nameWidth: names, width: r.width - 1)
            let rowNumber = r.row + line
            screen.draw([Span(selected ? ">" : " ", "list.marker")] + spans, row: rowNumber, column: r.column, limit: r.width)
            // The highlight covers the marker and the name only: moving the cursor then rewrites
            // two names, not two whole rows (fewer bytes to a terminal over SSH).
            if selected {
                screen.paint(row: rowNumber, from: r.column, to: min(r.column + r.width, r.column + 3 + row.name.columns),
                             style: "list.selected")
            }
        }
        if !counter.isEmpty {
            screen.write(counter, row: layout.listHeading.row, column: r.column + r.width - counter.columns - 1, style: "list")
        }
    }

    static func rowSpans(_ row: Row, sub: Subspace, space: SearchSpace, diagnostics: [Diagnostic], nameWidth: Int,
                         width: Int = .max) -> [Span] {
        let worst = diagnostics.map(\.severity).min()
        let mark: Span
        switch worst {
        case .error?: mark = Span("E", "diag.error")
        case .warning?: mark = Span("W", "diag.warning")
        case .note?: mark = Span("i", "diag.note")
        case nil: mark = Span(" ")
        }
        guard let id = row.parameter else {
            let setting = sub.unknownKeys.first { $0.name == row.name }?.setting ?? .unset
            return [mark, Span(" " + row.name.padded(to: nameWidth), "diag.error"), Span(mode("?     ", width)),
                    Span((RestFormat.string(setting, for: .string) ?? "") + "  (not a parameter)", "diag.error")]
        }
        let spec = Catalogue.spec(id)
        let setting = sub[id]
        let inactive = Activity.inactiveReason(id, in: sub, space: space)
        let style = inactive == nil ? "text" : "inactive"
        var spans = [mark, Span(" " + id.name.padded(to: nameWidth), style)]
        switch setting {
        case .unset:
            spans.append(Span(mode("-     ", width), "inactive"))
            if inactive != nil {
                spans.append(Span("off: " + Activity.shortReason(id), "inactive"))
            } else {
                spans.append(Span(baseText(id, space, in: sub), "inactive"))
            }
        case .fixed(let v):
            spans.append(Span(mode("fixed ", width), style))
            spans.append(Span(RestFormat.literal(v, for: spec.kind), style))
            if inactive != nil { spans.append(Span("  (no effect here)", "inactive")) }
        case .swept(let d):
            spans.append(Span(mode("sweep ", width), style))
            let rest = RestFormat.string(d, for: spec.kind, characters: width)
            spans.append(Span(rest, inactive == nil ? "list.swept" : style))
            // the real units of a log-scale range, where they fit whole
            if let real = realRange(d), 2 + nameWidth + mode("sweep ", width).columns + rest.columns + 1 + real.columns <= width {
                spans.append(Span(" " + real, "inactive"))
            }
            if inactive != nil { spans.append(Span("  (no effect here)", "inactive")) }
        }
        return spans
    }

    /// What an unset parameter gets: "0.01 (default)", "True (training_parameters)".
    /// A default that follows the subspace's models shows each: "48 or 128 (default)".
    static func baseText(_ id: ParameterID, _ space: SearchSpace, in sub: Subspace) -> String {
        let base = space.baseValues(id, in: sub)
        let kind = Catalogue.spec(id).kind
        let values = base.values.map { RestFormat.literal($0, for: kind) }.joined(separator: " or ")
        switch base.source {
        case .trainingParameters: return values + " (training_parameters)"
        case .azureDefault: return values + " (default)"
        case .none: return "(Azure chooses)"
        }
    }

    /// A log-scale distribution in real units: "= 0.0001 .. 0.01".
    static func realRange(_ d: Distribution) -> String? {
        switch d {
        case .loguniform(let a, let b), .qloguniform(let a, let b, _):
            return "= " + NumberFormat.approximate(exp(a.double), significant: 4) + ".."
                + NumberFormat.approximate(exp(b.double), significant: 4)
        case .lognormal(let mu, _), .qlognormal(let mu, _, _):
            return "median " + NumberFormat.approximate(exp(mu.double), significant: 4)
        default:
            return nil
        }
    }
}
