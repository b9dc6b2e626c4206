// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sweepedit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sweepedit", targets: ["sweepedit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The core model: catalogue, values, distributions, codecs, validation, sampling.
        .target(
            name: "SearchSpace",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // What the editor draws and the terminal shows: Screen, Cell, Span, Key, the frame diff.
        .target(name: "Canvas"),
        // The pure editor: state, actions, update, keymap, view into a Screen. No I/O.
        .target(name: "Editor", dependencies: ["SearchSpace", "Canvas"]),
        // ncurses system library; the shim exposes C globals through inline accessors.
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only module that touches the terminal.
        .target(name: "TerminalUI", dependencies: ["CNCurses", "Canvas", "ThemeFiles"]),
        // Every Themes/*.theme, compiled in (EmbedThemes, with the ThemeEmbedder tool). Themes/ is
        // a target so that SwiftPM sees a theme file added or removed and runs the plugin again.
        .target(name: "ThemeFiles", path: "Themes", exclude: ["README.md"], plugins: ["EmbedThemes"]),
        // The one runtime: event loop, effects, signals' consequences, every disk effect.
        .target(name: "EditorRuntime", dependencies: ["SearchSpace", "Editor", "TerminalUI"]),
        .executableTarget(
            name: "sweepedit",
            dependencies: [
                "SearchSpace", "Editor", "TerminalUI", "EditorRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // the git commit for --version
            plugins: ["StampCommit"]
        ),
        // Build-time tools: the themes of Themes/ as Swift source, and the commit built from.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .plugin(name: "StampCommit", capability: .buildTool()),
        // Micro-benchmarks of the core loops (validation, sampling, render), used by scripts/bench.
        .executableTarget(name: "sweepbench", dependencies: ["SearchSpace", "Editor"]),
        // What the test targets share, one copy each: the package root, temporary folders, the
        // Azure SDK runner, space builders, the tmux driver, reading a child's pipes.
        .target(name: "TestSupport", dependencies: ["SearchSpace"], path: "Tests/TestSupport"),
        .testTarget(name: "SearchSpaceTests", dependencies: ["SearchSpace", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EditorTests", dependencies: ["Editor", "SearchSpace", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Canvas", "Editor", "ThemeFiles", "TestSupport"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas"]),
        .testTarget(name: "EditorRuntimeTests", dependencies: ["EditorRuntime", "Editor", "SearchSpace", "TestSupport"]),
        // Drive the built binary as a user would: CLI runs and tmux sessions.
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
