import Foundation
import Testing
import TestSupport

/// sweepedit as a user gets it: scripts/install into a temporary prefix, scripts/package's
/// tarball unpacked, each run from an empty folder with HOME elsewhere and no repository near.
@Suite(.serialized, .enabled(if: Installed.suitesRun, "scripts/build-release has not been run (or tmux is missing)"))
struct InstallTests {
    static let themes = ["default", "high-contrast", "light", "monochrome"]

    /// A fresh folder outside the repository with `home/` (HOME) and `work/` (the current folder).
    private func scene() throws -> (root: String, home: String, work: String) {
        let root = try TemporaryFolder.make().path
        for folder in ["home", "work"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        return (root, root + "/home", root + "/work")
    }

    /// The binary lists the four built-in themes, needs no Swift runtime library, and opens
    /// the example job in tmux at 80x24 in every theme without a warning.
    private func expectSelfContained(_ binary: String, home: String, work: String) throws {
        let environment = Installed.bareEnvironment(home: home)
        let listed = try Installed.check(binary, ["themes"], in: work, environment: environment)
        #expect(listed.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" } == Self.themes)
        #expect(listed.split(separator: "\n").allSatisfy { $0.hasSuffix("built in") }, "\(listed)")

        let libraries = try Installed.check("/usr/bin/ldd", [binary], environment: environment)
        #expect(!libraries.contains("libswift") && !libraries.contains("libFoundation"), "\(libraries)")
        #expect(try Installed.check(binary, ["--version"], in: work, environment: environment)
            .range(of: #"^\d+\.\d+\.\d+ \((commit [0-9a-f]{12}|unknown commit)"#, options: .regularExpression) != nil)

        let job = work + "/job.yml"
        if !FileManager.default.fileExists(atPath: job) {
            try FileManager.default.copyItem(atPath: PackageRoot.url.path + "/Examples/image-classification-job.yml", toPath: job)
        }
        for theme in Self.themes {
            var env = environment
            env["XDG_STATE_HOME"] = home + "/state"
            let session = try TmuxSession(["/bin/sh", "-c", "cd \(TmuxSession.quote(work)) && exec \(TmuxSession.quote(binary)) --theme \(theme) job.yml"],
                                          width: 80, height: 24, environment: env)
            let screen = try session.waitFor("learning_rate")
            #expect(screen.contains("quit"), "the footer shows in theme \(theme)")
            #expect(!screen.contains("using the default theme"), "theme \(theme) loads: \(screen)")
            try session.press("q")
            try session.waitForExit()
        }
    }

    @Test func theInstalledBinaryIsSelfContained() throws {
        let (root, home, work) = try scene()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = root + "/prefix"
        let said = try Installed.install(prefix: prefix, home: home)
        #expect(said.contains("installed \(prefix)/bin/sweepedit"))
        #expect(said.contains("is not on your PATH"), "it says how to add PREFIX/bin to PATH")
        try expectSelfContained(prefix + "/bin/sweepedit", home: home, work: work)
    }

    @Test func installingTwiceIsHarmlessAndUninstallRemovesExactlyWhatItInstalled() throws {
        let (root, home, _) = try scene()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = root + "/prefix"
        // someone else's files in the same folders stay
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: prefix + "/bin/other", atomically: true, encoding: .utf8)
        let before = Installed.tree(prefix)

        try Installed.install(prefix: prefix, home: home)
        let once = Installed.tree(prefix)
        try Installed.install(prefix: prefix, home: home)
        #expect(Installed.tree(prefix) == once)
        for path in ["bin/sweepedit", "share/man/man1/sweepedit.1", "share/bash-completion/completions/sweepedit",
                     "share/zsh/site-functions/_sweepedit", "share/fish/vendor_completions.d/sweepedit.fish",
                     "share/sweepedit/install-manifest"] {
            #expect(once.contains(path), "installs \(path)")
        }

        let removed = try Installed.install(prefix: prefix, uninstall: true, home: home)
        #expect(removed.contains("removed \(prefix)/bin/sweepedit"))
        #expect(Installed.tree(prefix) == before)
        // a second uninstall finds nothing to remove, and says so
        #expect(throws: Installed.Failure.self) { try Installed.install(prefix: prefix, uninstall: true, home: home) }
    }

    @Test func theTarballUnpacksAndRunsTheSameWay() throws {
        let (root, home, work) = try scene()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var environment = Installed.bareEnvironment(home: home)
        environment["SWEEPEDIT_DIST"] = Installed.dist
        let made = try Installed.check(PackageRoot.url.path + "/scripts/package", [root + "/out"], environment: environment)
        let tarball = try #require(made.split(separator: "\n").first.map(String.init))
        #expect(tarball.range(of: #"/sweepedit-\d+\.\d+\.\d+-linux-x86_64\.tar\.gz$"#, options: .regularExpression) != nil, "\(tarball)")
        try Installed.check("/usr/bin/sha256sum", ["-c", tarball + ".sha256"], in: root + "/out", environment: environment)

        let unpacked = root + "/box"
        try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: true)
        try Installed.check("/bin/tar", ["xzf", tarball, "-C", unpacked], environment: environment)
        let folder = unpacked + "/" + URL(fileURLWithPath: tarball).lastPathComponent.replacingOccurrences(of: ".tar.gz", with: "")
        for path in ["share/man/man1/sweepedit.1", "share/doc/sweepedit/README.md", "share/bash-completion/completions/sweepedit"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + path), "the tarball holds \(path)")
        }
        try expectSelfContained(folder + "/bin/sweepedit", home: home, work: work)
    }

    @Test func bashLoadsTheCompletionsAndManRendersThePage() throws {
        let (root, home, _) = try scene()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = root + "/prefix"
        try Installed.install(prefix: prefix, home: home)
        let environment = Installed.bareEnvironment(home: home)

        let completion = try Installed.check("/bin/bash", ["-c", "source \"$1\" && complete -p sweepedit", "bash",
                                                           prefix + "/share/bash-completion/completions/sweepedit"],
                                             environment: environment)
        #expect(completion.contains("sweepedit"), "\(completion)")

        var manEnvironment = environment
        manEnvironment["MANPAGER"] = "cat"
        manEnvironment["MANWIDTH"] = "100"
        let page = try Installed.run("/usr/bin/man", ["-l", prefix + "/share/man/man1/sweepedit.1"], in: root,
                                     environment: manEnvironment)
        #expect(page.status == 0, "\(page.stderr)")
        // overstrike bold and underline (X backspace X) read as the plain text
        let text = page.stdout.replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
        for expected in ["sweepedit", "themes", "validate", "--version", "SWEEPEDIT_THEME_PATH", "NO_COLOR",
                         "XDG_STATE_HOME", "ESCDELAY", "preview-trials", "next row", "save as another file"] {
            #expect(text.contains(expected), "the man page mentions \(expected)")
        }
        #expect(page.stderr.isEmpty, "man renders without warnings: \(page.stderr)")
    }
}
