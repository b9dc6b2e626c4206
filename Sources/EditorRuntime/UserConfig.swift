import Editor
import Foundation
import TerminalUI

/// The user's settings: `$XDG_CONFIG_HOME/sweepedit/config` (default ~/.config/sweepedit/config),
/// one `SETTING = VALUE` a line, `#` starts a comment line:
///
///     theme = light            # a name from `sweepedit themes`, or a theme file's path
///     preview-trials = 500     # trials the preview draws for a file with no job (1-10000; default 200)
///
/// A line that cannot be used is a one-line warning `file:line: ...` and is skipped; nothing
/// in this file ever keeps the editor from starting. --theme and $SWEEPEDIT_THEME come first.
public struct UserConfig: Equatable, Sendable {
    /// The file read (nil: none).
    var path: String?
    var theme: String?
    var previewTrials: Int?
    /// One line each, `file:line: message`, for stderr (the status line shows the first one
    /// with the file's name only: a full path rarely fits in 80 columns).
    var warnings: [String] = []

    static let fileName = "config"
    /// A config file is a few lines; a larger one is not read (as a theme file is not).
    static let maximumBytes = 64 * 1024

    /// The config file of this environment, or nil when there is no config folder.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        ConfigHome.folder(environment: environment).map { ($0 as NSString).appendingPathComponent(fileName) }
    }

    /// Reads the config file; a missing one is no settings and no warning.
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserConfig {
        guard let path = path(environment: environment) else { return UserConfig() }
        let warning = { (message: String) in UserConfig(path: path, warnings: ["\(path): \(message)"]) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return UserConfig() }
            return warning("cannot read the config file: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return warning("the config file is not a regular file; it is not read")
        }
        guard Int(info.st_size) <= maximumBytes,
              let handle = FileHandle(forReadingAtPath: path) else {
            let reason = Int(info.st_size) > maximumBytes ? "larger than \(maximumBytes / 1024) KiB" : String(cString: strerror(errno))
            return warning("cannot read the config file: \(reason)")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1), data.count <= maximumBytes,
              let text = String(data: data, encoding: .utf8) else {
            return warning("cannot read the config file: not UTF-8 text of at most \(maximumBytes / 1024) KiB")
        }
        return parse(text, path: path)
    }

    /// The settings of a config file's text; `path` names the file in warnings.
    static func parse(_ text: String, path: String) -> UserConfig {
        var config = UserConfig(path: path)
        // "\r\n" is one Character: split at it too, so a file written on Windows reads the same
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (offset, line) in lines.enumerated() {
            let warn = { (message: String) in config.warnings.append("\(path):\(offset + 1): \(message); line ignored") }
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                warn("expected 'SETTING = VALUE' (settings: \(Setting.names))")
                continue
            }
            let name = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch Setting(rawValue: name) {
            case .theme:
                guard !value.isEmpty else { warn("theme needs a name or a path"); continue }
                config.theme = value
            case .previewTrials:
                guard let count = Int(value), (1...PreviewState.maximumTrialCount).contains(count) else {
                    warn("preview-trials must be a whole number from 1 to \(PreviewState.maximumTrialCount), found '\(value)'")
                    continue
                }
                config.previewTrials = count
            case nil:
                warn("unknown setting '\(name)' (settings: \(Setting.names))")
            }
        }
        return config
    }

    enum Setting: String, CaseIterable {
        case theme
        case previewTrials = "preview-trials"

        static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// Puts the settings the editor starts with into its launch facts, and the first warning
    /// into the status line when nothing else is said there.
    func apply(to launch: inout Launch) {
        if let previewTrials { launch.previewTrials = previewTrials }
        if let first = warnings.first, launch.warning == nil {
            let short = first.hasPrefix(path ?? "\u{0}") ? Self.fileName + first.dropFirst(path?.count ?? 0) : first
            launch.warning = short + (warnings.count > 1 ? " (+\(warnings.count - 1) more on exit)" : "")
        }
    }
}
