import Foundation

/// Where theme files are found, and loading one by name or path. Folders are searched in
/// order, the first file named NAME.theme wins:
/// 1. each folder of $SWEEPEDIT_THEME_PATH (colon-separated), so a user can add their own;
/// 2. next to the installed binary: BIN/../share/sweepedit/Themes, BIN/Themes, then BIN;
/// 3. the repository's Themes/, found by walking up from the binary's folder (a `swift build`
///    binary lives in .build/debug inside the checkout).
/// Without any file, `default` and `monochrome` are built in.
public struct ThemeLibrary: Sendable {
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The folders for this process: its environment and the binary's location.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String? = ThemeLibrary.executablePath()) -> ThemeLibrary {
        var folders: [String] = []
        if let path = environment["SWEEPEDIT_THEME_PATH"] {
            folders += path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        if let executablePath {
            let binary = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            folders.append(binary.appendingPathComponent("../share/sweepedit/Themes").standardizedFileURL.path)
            folders.append(binary.appendingPathComponent("Themes").path)
            folders.append(binary.path)
            var folder = binary
            while folder.path != "/" && !folder.path.isEmpty {
                let parent = folder.deletingLastPathComponent()
                let candidate = parent.appendingPathComponent("Themes")
                if FileManager.default.fileExists(atPath: parent.appendingPathComponent("Package.swift").path),
                   FileManager.default.fileExists(atPath: candidate.path) {
                    folders.append(candidate.path)
                    break
                }
                folder = parent
            }
        }
        var seen = Set<String>()
        return ThemeLibrary(directories: folders.filter { seen.insert($0).inserted })
    }

    /// The running binary's path (/proc/self/exe on Linux), symlinks resolved by the caller.
    public static func executablePath() -> String? {
        Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    /// Theme names found (files and built-ins), sorted, each once.
    public func names() -> [String] {
        var names = Set(Theme.builtIns.keys)
        for folder in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(Self.fileExtension) {
                names.insert(String(file.dropLast(Self.fileExtension.count)))
            }
        }
        return names.sorted()
    }

    static let fileExtension = ".theme"

    /// A theme by name (searched in `directories`, then built in) or by path (anything with a
    /// '/' or ending in .theme).
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(Self.fileExtension) {
            return try Self.loadFile(nameOrPath)
        }
        for folder in directories {
            let path = (folder as NSString).appendingPathComponent(nameOrPath + Self.fileExtension)
            if FileManager.default.fileExists(atPath: path) { return try Self.loadFile(path) }
        }
        if let builtIn = Theme.builtIns[nameOrPath] { return builtIn }
        throw .notFound(name: nameOrPath, searched: directories)
    }

    static func loadFile(_ path: String) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "not UTF-8 text or not readable" : "no such file"
            throw .unreadable(path: path, reason: reason)
        }
        return try Theme.parse(text, source: path)
    }
}

extension Theme {
    /// The theme the editor should use: `nameOrPath` (from --theme), else $SWEEPEDIT_THEME,
    /// else default. Never fails: a missing or broken theme gives the built-in default and a
    /// one-line warning naming the file, line and column (short enough for an 80-column status
    /// line; print it on stderr too), so a typo never keeps the editor closed.
    public static func resolve(nameOrPath: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               library: ThemeLibrary? = nil) -> (theme: Theme, warning: String?) {
        let requested = nameOrPath ?? environment["SWEEPEDIT_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let library = library ?? ThemeLibrary.standard(environment: environment)
        do {
            return (try library.load(requested), nil)
        } catch {
            return (.builtInDefault, "theme \(error); using the default theme")
        }
    }
}
