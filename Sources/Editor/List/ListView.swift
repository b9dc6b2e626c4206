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
        let rows = s.rows
        let counter = rows.count > r.height ? "\(s.selection + 1)/\(rows.count)" : ""
        let headingRoom = layout.listHeading.width - (counter.isEmpty ? 0 : counter.columns + 2)
        let heading = headingText(filter: s.filter, names: names, width: r.width, room: headingRoom)
        screen.draw([Span(heading.fitted(to: headingRoom), "list.heading")], row: layout.listHeading.row,
                    column: layout.listHeading.column, limit: layout.listHeading.width, fill: "list.heading")
        if rows.isEmpty {
            screen.write("  no parameter matches '\(s.filter)' (Esc clears the filter)".fitted(to: r.width),
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
            let spans = rowSpans(row, sub: sub, space: space, document: s.document, diagnostics: findings[row] ?? [], nameWidth: names, width: r.width - 1)
            let rowNumber = r.row + line
            screen.draw([Span(selected ? ">" : " ", "list.marker")] + spans, row: rowNumber, column: r.column, limit: r.width)
            // The highlight covers the marker and the name only: moving the cursor then rewrites
            // two names, not two whole rows (fewer bytes to a terminal over SSH).
            if selected {
                screen.paint(row: rowNumber, from: r.column, to: min(r.column + r.width, r.column + 3 + row.name.columns),
                             style: "list.selected")
            }
            paintMatchedLetters(s.filter, row, names: names, row: rowNumber, column: r.column + 3, into: &screen)
        }
        if !counter.isEmpty {
            screen.write(counter, row: layout.listHeading.row, column: r.column + r.width - counter.columns - 1, style: "list")
        }
    }

    /// "parameter (filter: lr)  mode  value, as Azure writes it": a filter longer than the name
    /// column takes the column headings' place rather than being cut ("filter: weight_deca…").
    static func headingText(filter: String, names: Int, width: Int, room: Int) -> String {
        let name = "parameter" + (filter.isEmpty ? "" : " (filter: \(filter))")
        let mode = width >= modeColumnWidth ? "mode  " : ""
        // the column headings shorten to whole words: "value", not "value, as Azure writ…"
        let columns = [mode + "value, as Azure writes it", mode + "value", ""]
        if name.columns <= names {
            return "  " + name.padded(to: names) + (columns.first { 2 + names + $0.columns <= room } ?? "")
        }
        for rest in columns where !rest.isEmpty && 2 + name.columns + 2 + rest.columns <= room {
            return "  " + name + "  " + rest
        }
        return "  " + name
    }

    /// The letters the filter matched, highlighted in the name (which starts at `column`).
    static func paintMatchedLetters(_ filter: String, _ row: Row, names: Int, row line: Int, column: Int,
                                    into screen: inout Screen) {
        guard !filter.isEmpty, let match = FilterMatch.match(filter, row) else { return }
        let bytes = Array(row.name.utf8)
        for p in match.positions where p < bytes.count {
            // a byte offset: the columns before it, and the character it starts (none inside one)
            guard let before = String(bytes: bytes[..<p], encoding: .utf8),
                  let letter = String(decoding: bytes[p...], as: UTF8.self).first, before.columns < names else { continue }
            screen.paint(row: line, from: column + before.columns, to: column + before.columns + String(letter).columns, style: "filter")
        }
    }

    static func rowSpans(_ row: Row, sub: Subspace, space: SearchSpace, document: Document, diagnostics: [Diagnostic], nameWidth: Int,
                         width: Int = .max) -> [Span] {
        let worst = diagnostics.map(\.severity).min()
        let mark: Span
        switch worst {
        case .error?: mark = Span("E", "diag.error")
        case .warning?: mark = Span("W", "diag.warning")
        case .note?: mark = Span("i", "diag.note")
        case nil: mark = Span(" ")
        }
        if let setting = row.sweepSetting {
            return [mark] + SweepRowText.spans(setting, document, space: space, nameWidth: nameWidth, width: width)
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
        case .none, .swept, .fixed: return "(Azure chooses)"  // baseValues gives no swept or fixed source
        }
    }

    /// A log-scale distribution in real units: "= 0.0001 .. 0.01".
    static func realRange(_ d: Distribution) -> String? {
        guard d.kind.isLogScale, let range = DistributionRange(d, sigmas: 0) else { return nil }
        switch d.kind {
        case .lognormal, .qlognormal:
            return "median " + NumberFormat.approximate(range.lower, significant: 4)  // e^mu, at 0 sigma
        default:
            return "= " + NumberFormat.approximate(range.lower, significant: 4) + ".."
                + NumberFormat.approximate(range.upper, significant: 4)
        }
    }
}
