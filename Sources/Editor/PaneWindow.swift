/// Which of a pane's lines show in its height. Lines that do not fit are cut at the bottom with
/// a count of them; but when that would cut the cursor's line (a field far down a long choice
/// being edited), the view starts lower, under a count of the lines above, so that typing never
/// goes into a field out of sight. The view keeps the line after the cursor's too: the focused
/// field's problem is written there. Pure and stateless: the same lines and cursor always show
/// the same way, and moving the cursor down a line moves the view by at most one.
struct PaneWindow: Equatable {
    /// The lines shown, between the markers.
    let shown: Range<Int>
    /// Lines hidden above and below (each counted on a marker line when not 0).
    let hiddenAbove: Int
    let hiddenBelow: Int

    init(lines count: Int, height: Int, cursor: Int?) {
        guard count > height, height > 0 else {
            self.init(shown: 0..<min(count, max(0, height)), total: count, marked: false)
            return
        }
        // the first lines and "… N more lines", as long as the cursor's line and the next show
        guard let cursor, min(cursor + 1, count - 1) >= height - 1 else {
            self.init(shown: 0..<height - 1, total: count)
            return
        }
        var end = min(cursor + 2, count)
        if Self.rows(height, end: end, total: count) < end - cursor { end = cursor + 1 }
        let rows = Self.rows(height, end: end, total: count)
        guard rows >= end - cursor else {
            // too low for markers: the cursor's line alone
            self.init(shown: cursor..<cursor + 1, total: count, marked: false)
            return
        }
        self.init(shown: end - rows..<end, total: count)
    }

    /// The rows left for lines ending at `end` under the marker above, and over the one below
    /// when lines are left there.
    private static func rows(_ height: Int, end: Int, total: Int) -> Int {
        height - 1 - (end < total ? 1 : 0)
    }

    private init(shown: Range<Int>, total: Int, marked: Bool = true) {
        self.shown = shown
        hiddenAbove = marked ? shown.lowerBound : 0
        hiddenBelow = marked ? total - shown.upperBound : 0
    }
}
