import Foundation
import PackagePlugin

/// Writes the git commit the package is built from into the target it is applied to, as
/// `BuildCommit.id`, so `sweepedit --version` names it without git at run time. It runs before
/// every build (a commit or checkout changes no input file a build command could name), and
/// rewrites its file only when the commit changed, so an unchanged commit recompiles nothing.
/// Without a .git in the package folder (an unpacked source archive), or without git, the id
/// is nil: "unknown commit".
@main
struct StampCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "stamp")
        let script = #"""
            package=$1 output=$2/BuildCommit.swift
            commit=""
            # only this package's own .git: a git repository around an unpacked copy is not ours
            if [ -e "$package/.git" ] && command -v git >/dev/null 2>&1; then
                commit=$(git -C "$package" rev-parse --short=12 HEAD 2>/dev/null) || commit=""
                if [ -n "$commit" ] && ! git -C "$package" diff --quiet HEAD -- 2>/dev/null; then
                    commit="$commit, with uncommitted changes"
                fi
            fi
            if [ -n "$commit" ]; then value="\"$commit\""; else value=nil; fi
            text="// Generated before each build by the StampCommit plugin; do not edit.
            enum BuildCommit {
                /// The git commit built from (nil: no .git or no git at build time).
                static let id: String? = $value
            }"
            mkdir -p "$2"
            [ "$(cat "$output" 2>/dev/null)" = "$text" ] || printf '%s\n' "$text" > "$output"
            """#
        return [
            .prebuildCommand(
                displayName: "Stamping the git commit",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", context.package.directoryURL.path(percentEncoded: false),
                            outputFolder.path(percentEncoded: false)],
                outputFilesDirectory: outputFolder),
        ]
    }
}
