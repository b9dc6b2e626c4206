import Foundation
import Testing
import ThemeFiles
@testable import TerminalUI
import TestSupport

/// Theme files in the repository, the search folders and the editor's fallback.
struct ThemeLibraryTests {
    /// The repository's Themes/ folder.
    static let themesFolder = PackageRoot.path("Themes")

    private var library: ThemeLibrary { ThemeLibrary(directories: [Self.themesFolder]) }

    @Test func everyThemeFileLoads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder)
            .filter { $0.hasSuffix(".theme") }
        #expect(Set(files).isSuperset(of: ["default.theme", "light.theme", "high-contrast.theme", "monochrome.theme"]))
        for file in files {
            let theme = try ThemeLibrary.loadFile(Self.themesFolder + "/" + file)
            #expect(theme.styles["default"] != nil, "\(file) sets the default style")
            for name in ["header", "list.selected", "diag.error", "diag.warning", "inactive", "footer.key",
                         "field.editing", "status"] {
                #expect(theme.styles[name] != nil, "\(file) styles \(name)")
            }
        }
    }

    @Test func everyThemeFileIsBuiltInAsItIs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder)
            .filter { $0.hasSuffix(".theme") }
        #expect(Set(Theme.builtIns.keys) == Set(files.map { String($0.dropLast(".theme".count)) }))
        for file in files {
            let name = String(file.dropLast(".theme".count))
            #expect(try ThemeLibrary.loadFile(Self.themesFolder + "/" + file).styles == Theme.builtIns[name]?.styles,
                    "built-in \(name) equals Themes/\(file)")
        }
        #expect(Theme.builtInDefault.name == "default")
        #expect(!Theme.monochrome.usesColors)
    }

    @Test func theBuiltInTextIsEachFileByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder).filter { $0.hasSuffix(".theme") }
        #expect(EmbeddedThemeFiles.all.map(\.file) == files.sorted())
        for embedded in EmbeddedThemeFiles.all {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.themesFolder + "/" + embedded.file))
            #expect(Data(embedded.text.utf8) == bytes, "the built-in \(embedded.file) is the file as it is")
        }
    }

    @Test func allFourThemesWithNoFolderAtAll() {
        let expected = ["default", "high-contrast", "light", "monochrome"]
        #expect(ThemeLibrary(directories: []).names() == expected)
        #expect(ThemeLibrary(directories: ["/nonexistent"]).entries().allSatisfy { $0.source == .builtIn })
        #expect(ThemeLibrary(directories: ["/nonexistent"]).names() == expected)
    }

    @Test func filesAddThemesAndOverrideBuiltInsFirstFolderFirst() throws {
        let first = try Self.temporaryFolder(), second = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        try "default = red default\n".write(toFile: first + "/light.theme", atomically: true, encoding: .utf8)
        try "default = blue default\n".write(toFile: second + "/light.theme", atomically: true, encoding: .utf8)
        try "default = green default\n".write(toFile: second + "/mine.theme", atomically: true, encoding: .utf8)
        let library = ThemeLibrary(directories: [first, second])
        let entries = Dictionary(uniqueKeysWithValues: library.entries().map { ($0.name, $0) })
        #expect(library.names() == ["default", "high-contrast", "light", "mine", "monochrome"])
        #expect(entries["light"] == .init(name: "light", source: .file(first + "/light.theme"), overridesBuiltIn: true))
        #expect(entries["mine"] == .init(name: "mine", source: .file(second + "/mine.theme"), overridesBuiltIn: false))
        #expect(entries["default"]?.source == .builtIn)
        #expect(try library.load("light").styles["default"]?.foreground == .indexed(1))
    }

    @Test func onlyRegularFilesAreThemes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/folder.theme", withIntermediateDirectories: false)
        #expect(mkfifo(folder + "/pipe.theme", 0o600) == 0)
        try "default = red default\n".write(toFile: folder + "/real.theme", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/linked.theme", withDestinationPath: folder + "/real.theme")
        let library = ThemeLibrary(directories: [folder])
        #expect(library.names() == ["default", "high-contrast", "light", "linked", "monochrome", "real"])
        // named by path, a pipe is refused at once instead of blocking the editor's start
        #expect(throws: ThemeError.unreadable(path: folder + "/pipe.theme", reason: "not a regular file")) {
            try library.load(folder + "/pipe.theme")
        }
        #expect(throws: ThemeError.notFound(name: "pipe", searched: [folder])) { try library.load("pipe") }
    }

    @Test func aThemeFileOverTheLimitIsRefusedBeforeReading() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let line = "# " + String(repeating: "x", count: 97) + "\n"
        let fits = String(repeating: line, count: ThemeLibrary.maximumBytes / line.utf8.count)
        try fits.write(toFile: folder + "/fits.theme", atomically: true, encoding: .utf8)
        #expect(try ThemeLibrary.loadFile(folder + "/fits.theme").styles.isEmpty)
        let over = String(repeating: "x", count: ThemeLibrary.maximumBytes + 1)
        try over.write(toFile: folder + "/huge.theme", atomically: true, encoding: .utf8)
        let started = Date()
        let resolved = Theme.resolve(nameOrPath: "huge", environment: [:], library: ThemeLibrary(directories: [folder]))
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(resolved.theme == .builtInDefault)
        #expect(resolved.warning == "theme \(folder)/huge.theme: cannot read theme file: larger than 64 KiB, "
            + "which no theme needs (the shipped ones are about 2 KiB); using the default theme")
    }

    @Test func aCRLFThemeFileReadsAsItsLines() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# from Windows\r\ndefault = default default\r\nheader = black cyan bold\r\n"
            .write(toFile: folder + "/crlf.theme", atomically: true, encoding: .utf8)
        let theme = try ThemeLibrary(directories: [folder]).load("crlf")
        #expect(theme.styles["header"] == ThemeStyle(foreground: .indexed(0), background: .indexed(6), attributes: .bold))
        #expect(theme.styles.count == 2)
    }

    private static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweepedit-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func defaultWorksWithNoFileAtAll() throws {
        #expect(try ThemeLibrary(directories: []).load("default") == .builtInDefault)
    }

    @Test func unknownNameSaysWhereItLooked() {
        #expect(throws: ThemeError.notFound(name: "nope", searched: ["/x"])) {
            try ThemeLibrary(directories: ["/x"]).load("nope")
        }
    }

    @Test func resolveFallsBackToDefaultWithAWarningNamingTheLine() throws {
        let folder = try TemporaryFolder.make("sweepedit-themes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.theme").path
        try "default = default default\nheader = black cyna\n".write(toFile: path, atomically: true, encoding: .utf8)

        let byPath = Theme.resolve(nameOrPath: path, environment: [:], library: ThemeLibrary(directories: []))
        #expect(byPath.theme == .builtInDefault)
        #expect(byPath.warning == "theme \(path):2:16: unknown colour 'cyna' (did you mean 'cyan'?); using the default theme")

        let byEnvironment = Theme.resolve(nameOrPath: nil, environment: ["SWEEPEDIT_THEME": "broken"],
                                          library: ThemeLibrary(directories: [folder.path]))
        #expect(byEnvironment.warning?.contains("broken.theme:2:16") == true)
    }

    @Test func resolveChoosesArgumentThenEnvironmentThenDefault() {
        let env = ["SWEEPEDIT_THEME": "light"]
        #expect(Theme.resolve(nameOrPath: "monochrome", environment: env, library: library).theme.name == "monochrome")
        #expect(Theme.resolve(nameOrPath: nil, environment: env, library: library).theme.name == "light")
        let none = Theme.resolve(nameOrPath: nil, environment: [:], library: library)
        #expect(none.theme.name == "default" && none.warning == nil)
    }

    @Test func searchFoldersAreThePathThenTheUsersConfigFolder() {
        #expect(ThemeLibrary.standard(environment: ["SWEEPEDIT_THEME_PATH": "/a::/b", "XDG_CONFIG_HOME": "/c", "HOME": "/h"])
            .directories == ["/a", "/b", "/c/sweepedit/themes"])
        // a relative XDG_CONFIG_HOME is ignored, as the XDG spec says
        #expect(ThemeLibrary.standard(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).directories
            == ["/h/.config/sweepedit/themes"])
        #expect(ThemeLibrary.standard(environment: [:]).directories == [])
    }

    @Test func theConfiguredThemeComesAfterTheArgumentAndTheEnvironment() {
        let library = ThemeLibrary(directories: [])
        #expect(Theme.resolve(nameOrPath: nil, configured: "light", environment: [:], library: library).theme.name == "light")
        #expect(Theme.resolve(nameOrPath: nil, configured: "light", environment: ["SWEEPEDIT_THEME": "monochrome"],
                              library: library).theme.name == "monochrome")
        #expect(Theme.resolve(nameOrPath: "high-contrast", configured: "light", environment: [:], library: library)
            .theme.name == "high-contrast")
    }
}
