import TestSupport

extension TmuxSession {
    /// Filters the example job's list to learning_rate and fixes it at 0.0055 (an unsaved edit).
    func fixLearningRate() throws {
        try type("/learning_r")
        try waitFor("filter: learning_r")
        try press("Enter")
        try waitFor("filter: learning_r (Esc clears)")
        try type("f")
        try waitFor(">  learning_rate                  fixed 0.0055")
    }
}
