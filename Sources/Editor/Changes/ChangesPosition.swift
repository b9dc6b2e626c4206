/// Where the changes overlay (c) is: the selected change, and whether it was opened from the
/// quit question (closing it goes back there). The view scrolls to keep the selection shown.
public struct ChangesPosition: Hashable, Sendable {
    public var selection = 0
    public var fromQuit = false

    public init(selection: Int = 0, fromQuit: Bool = false) {
        self.selection = selection
        self.fromQuit = fromQuit
    }
}
