/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int
}

/// Where each part of the main screen goes at a size: the list above the detail pane up to
/// 110 columns, side by side beyond; below the minimum, nothing but "window too small".
public struct Layout: Hashable, Sendable {
    public static let minimum = Size(width: 50, height: 12)
    public static let sideBySideWidth = 110

    public let size: Size
    public let tooSmall: Bool
    public let header: Rect
    /// The row naming the list's columns.
    public let listHeading: Rect
    public let list: Rect
    /// The detail pane's title bar and its body.
    public let detailTitle: Rect
    public let detail: Rect
    public let status: Rect
    public let footer: Rect

    public init(size: Size) {
        self.size = size
        let w = size.width, h = size.height
        tooSmall = w < Layout.minimum.width || h < Layout.minimum.height
        header = Rect(row: 0, column: 0, width: w, height: 1)
        status = Rect(row: h - 2, column: 0, width: w, height: 1)
        footer = Rect(row: h - 1, column: 0, width: w, height: 1)
        if w >= Layout.sideBySideWidth {
            let listWidth = min(78, w / 2 + 10)
            listHeading = Rect(row: 1, column: 0, width: listWidth, height: 1)
            list = Rect(row: 2, column: 0, width: listWidth, height: max(0, h - 4))
            detailTitle = Rect(row: 1, column: listWidth + 1, width: w - listWidth - 1, height: 1)
            detail = Rect(row: 2, column: listWidth + 1, width: w - listWidth - 1, height: max(0, h - 4))
        } else {
            let available = max(0, h - 5)
            let detailHeight = min(12, max(4, available * 2 / 5))
            let listHeight = max(1, available - detailHeight)
            listHeading = Rect(row: 1, column: 0, width: w, height: 1)
            list = Rect(row: 2, column: 0, width: w, height: listHeight)
            detailTitle = Rect(row: 2 + listHeight, column: 0, width: w, height: 1)
            detail = Rect(row: 3 + listHeight, column: 0, width: w, height: max(0, h - 5 - listHeight))
        }
    }
}
