import Foundation
import Testing
import TestSupport

/// The user config file, ~/.config/sweepedit/config (XDG_CONFIG_HOME): the theme and the
/// preview's trial count, and a bad line as a one-line warning that never stops the editor.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct UserConfigTests {
    /// A config home holding `text` as sweepedit/config, and the example job beside it.
    private func configHome(_ text: String) throws -> (folder: String, config: String) {
        let folder = try TemporaryFolder.make().path
        try FileManager.default.createDirectory(atPath: folder + "/sweepedit", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/sweepedit/config", atomically: true, encoding: .utf8)
        return (folder, folder + "/sweepedit/config")
    }

    /// A space without a job (the preview draws the config's count; a job's max_trials would
    /// win), opened with the config home.
    private func openSpaceWithoutAJob(configHome folder: String) throws -> TmuxSession {
        let space = folder + "/space.yml"
        try "search_space:\n  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n"
            .write(toFile: space, atomically: true, encoding: .utf8)
        return try TmuxSession([Binary.path, space], environment: [
            "TERM": "xterm-256color", "XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder + "/state"])
    }

    @Test func theConfiguredTrialCountAndThemeAreUsed() throws {
        let (folder, _) = try configHome("# mine\r\ntheme = monochrome\r\npreview-trials = 50\r\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try openSpaceWithoutAJob(configHome: folder)
        try tmux.waitFor("learning_rate")
        try tmux.press("P")
        try tmux.waitFor("trials 1-20 of 50")
        try tmux.press("Escape")
        try tmux.press("q")
        try tmux.waitForExit()
        #expect(!(try tmux.transcript()).contains("config"), "a good config says nothing")
    }

    @Test func aBadLineIsAWarningWithFileAndLineAndTheRestStillApplies() throws {
        let (folder, config) = try configHome("preview-trials = 50\ncolour = red\npreview-trials = lots\ntheme\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try openSpaceWithoutAJob(configHome: folder)
        try tmux.waitFor("config:2: unknown setting 'colour'")
        try tmux.press("P")
        try tmux.waitFor("trials 1-20 of 50")
        try tmux.press("Escape")
        try tmux.press("q")
        try tmux.waitForExit()
        let said = try tmux.transcript()
        for expected in [
            "sweepedit: \(config):2: unknown setting 'colour' (settings: theme, preview-trials); line ignored",
            "sweepedit: \(config):3: preview-trials must be a whole number from 1 to 10000, found 'lots'; line ignored",
            "sweepedit: \(config):4: expected 'SETTING = VALUE' (settings: theme, preview-trials); line ignored",
        ] {
            #expect(said.contains(expected), "says \(expected)\n\(said)")
        }
    }

    @Test func aMissingConfiguredThemeFallsBackToDefaultWithAWarning() throws {
        let (folder, _) = try configHome("theme = no-such-theme\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let job = PackageRoot.url.path + "/Examples/image-classification-job.yml"
        let tmux = try TmuxSession([Binary.path, job], environment: [
            "TERM": "xterm-256color", "XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder + "/state"])
        try tmux.waitFor("no theme named 'no-such-theme'")
        try tmux.press("q")
        try tmux.waitForExit()
    }
}
