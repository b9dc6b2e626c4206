import SearchSpace

/// The only I/O the editor asks for; the runtime performs it and answers with an Action.
public enum Effect: Hashable, Sendable {
    /// Write a file (see `FileWrite`) and answer `.wrote`.
    case write(FileWrite)
    case quit
    /// Checking the file on disk, reloading it, recovery files (Sources/Editor/Safety).
    case safety(SafetyEffect)
    /// Ctrl-Z: give the terminal back to the shell until `fg`, then draw again (the runtime
    /// answers with `.resized`: the window may have changed meanwhile).
    case suspend
}
