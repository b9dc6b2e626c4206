import Editor
import Foundation
import SearchSpace
import TerminalUI

/// The loop around the pure editor: read a key, send it as an action, perform the effects
/// (feeding their results back as actions), draw.
struct RunLoop {
    let terminal: Terminal
    var state: EditorState
    let effects: EffectInterpreter
    let recovery: RecoverySnapshot

    init(terminal: Terminal, state: EditorState, store: RecoveryStore = .standard()) {
        self.terminal = terminal
        self.state = state
        effects = EffectInterpreter(store: store)
        recovery = RecoverySnapshot(state.recoveryContent, store: store)
        let snapshot = recovery
        terminal.onTerminate = { _ in snapshot.write() }
    }

    /// The most keys handled between two frames.
    static let keysPerFrame = 64

    mutating func run() {
        // unsaved edits of a session on this file that died are offered before anything else
        if let offer = effects.startupOffer(for: state.document.path) { _ = handle([offer]) }
        draw()
        while true {
            guard let key = terminal.nextKey(timeoutMilliseconds: -1) else { continue }
            if handle([action(for: key)]) { return }
            // Keys already waiting (a held j, a paste) are handled before the next frame: the
            // terminal gets the screen they lead to, not every screen in between; that matters
            // over a slow SSH link. A bound keeps the screen alive during a long paste.
            var burst = 0
            while burst < Self.keysPerFrame, let next = terminal.nextKey(timeoutMilliseconds: 0) {
                if handle([action(for: next)]) { return }
                burst += 1
            }
            recovery.update(state.recoveryContent)
            draw()
        }
    }

    /// A key as the editor's action: a resize carries the terminal's new size.
    func action(for key: Key) -> Action { key == .resize ? .resized(terminal.size) : .key(key) }

    /// Sends actions to update, performing the effects and feeding their results back;
    /// true when the editor should quit.
    mutating func handle(_ actions: [Action]) -> Bool {
        var pending = actions
        var quit = false
        while !pending.isEmpty {
            for effect in update(&state, pending.removeFirst()) {
                switch effect {
                case .quit: quit = true
                case .suspend:
                    // Ctrl-Z: the terminal goes back to the shell until fg; then the whole
                    // screen is drawn again, at the size the window has now
                    terminal.suspend()
                    pending.append(.resized(terminal.size))
                default: pending += effects.perform(effect)
                }
            }
        }
        return quit
    }

    func draw() {
        let frame = render(state, size: terminal.size)
        terminal.draw(frame.screen, cursor: frame.cursor.map { (row: $0.row, column: $0.column) })
    }
}
