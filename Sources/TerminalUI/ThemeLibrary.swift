import Foundation

/// Where theme files are found, and loading one by name or path. Every theme of Themes/ is
/// built in; files override or add to them. Folders are searched in order, the first file
/// named NAME.theme wins:
/// 1. each folder of $SWEEPEDIT_THEME_PATH (colon-separated);
/// 2. the user's `$XDG_CONFIG_HOME/sweepedit/themes` (default ~/.config/sweepedit/themes);
/// then the built-in themes.
public struct ThemeLibrary: Sendable {
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The folders for this process's environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        var folders: [String] = []
        if let path = environment["SWEEPEDIT_THEME_PATH"] {
            folders += path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        if let config = ConfigHome.folder(environment: environment) {
            folders.append((config as NSString).appendingPathComponent("themes"))
        }
        var seen = Set<String>()
        return ThemeLibrary(directories: folders.filter { seen.insert($0).inserted })
    }

    /// Where a theme comes from.
    public enum Source: Hashable, Sendable {
        case builtIn
        case file(String)
    }

    /// A theme `load` would give for a name, and whether a file hides a built-in of that name.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var source: Source
        public var overridesBuiltIn: Bool
    }

    /// Every theme name found (files and built-ins), sorted, each once, with where `load`
    /// would take it from.
    public func entries() -> [Entry] {
        var found: [String: Source] = [:]
        for folder in directories {
            for (name, path) in Self.themeFiles(in: folder) where found[name] == nil {
                found[name] = .file(path)
            }
        }
        for name in Theme.builtInNames where found[name] == nil {
            found[name] = .builtIn
        }
        return found.keys.sorted().map { name in
            let source = found[name] ?? .builtIn
            return Entry(name: name, source: source, overridesBuiltIn: source != .builtIn && Theme.builtInNames.contains(name))
        }
    }

    /// Theme names found (files and built-ins), sorted, each once.
    public func names() -> [String] { entries().map(\.name) }

    static let fileExtension = ".theme"

    /// A theme file is never larger than this (the shipped ones are about 2 KB): a larger one is
    /// refused before it is read, as a document over its limit is, instead of taking seconds
    /// to parse before the first frame.
    public static let maximumBytes = 64 * 1024

    /// The NAME.theme files of a folder that are regular files (a symlink to one counts);
    /// directories, pipes and devices with that suffix are not themes.
    static func themeFiles(in folder: String) -> [(name: String, path: String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.sorted().compactMap { file in
            guard file.hasSuffix(fileExtension), file.count > fileExtension.count else { return nil }
            let path = (folder as NSString).appendingPathComponent(file)
            guard isRegularFile(path) else { return nil }
            return (String(file.dropLast(fileExtension.count)), path)
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// A theme by name (searched in `directories`, then built in) or by path (anything with a
    /// '/' or ending in .theme).
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(Self.fileExtension) {
            return try Self.loadFile(nameOrPath)
        }
        for folder in directories {
            let path = (folder as NSString).appendingPathComponent(nameOrPath + Self.fileExtension)
            if Self.isRegularFile(path) { return try Self.loadFile(path) }
        }
        if let builtIn = Theme.builtIn(named: nameOrPath) { return builtIn }
        throw .notFound(name: nameOrPath, searched: directories)
    }

    /// Reads and parses a theme file: a regular file of at most `maximumBytes`, UTF-8 text.
    static func loadFile(_ path: String) throws(ThemeError) -> Theme {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            // a pipe would block the editor's start for ever; a directory has no text
            throw .unreadable(path: path, reason: "not a regular file")
        }
        if Int(info.st_size) > maximumBytes {
            throw .unreadable(path: path, reason: tooLarge)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        // at most one byte past the limit: the file may have grown since stat
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        if data.count > maximumBytes { throw .unreadable(path: path, reason: tooLarge) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return try Theme.parse(text, source: path)
    }

    private static var tooLarge: String {
        "larger than \(maximumBytes / 1024) KiB, which no theme needs (the shipped ones are about 2 KiB)"
    }
}

extension Theme {
    /// The theme the editor should use: `nameOrPath` (from --theme), else $SWEEPEDIT_THEME,
    /// else `configured` (the user config file's `theme`), else default. Never fails: a
    /// missing or broken theme gives the built-in default and a one-line warning naming the
    /// file, line and column (short enough for an 80-column status line; print it on stderr
    /// too), so a typo never keeps the editor closed.
    public static func resolve(nameOrPath: String?,
                               configured: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               library: ThemeLibrary? = nil) -> (theme: Theme, warning: String?) {
        let requested = nameOrPath ?? environment["SWEEPEDIT_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? configured ?? "default"
        let library = library ?? ThemeLibrary.standard(environment: environment)
        do {
            return (try library.load(requested), nil)
        } catch {
            return (.builtInDefault, "theme \(error); using the default theme")
        }
    }
}
