import Foundation

// ThemeEmbedder OUTPUT.swift THEME-FILE...
//
// Writes a Swift file holding each theme file's name and exact text, for the EmbedThemes
// build-tool plugin. The text is spelled as an escaped one-line literal rather than a
// multi-line one: a multi-line literal would turn CRLF into LF and needs its delimiter
// chosen around the text, while an escaped literal keeps every byte as it is.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ThemeEmbedder: \(message)\n".utf8))
    exit(1)
}

/// `text` as the contents of a Swift string literal.
func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case " "..."~": result.unicodeScalars.append(scalar)
        default: result += "\\u{\(String(scalar.value, radix: 16))}"
        }
    }
    return result
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else { fail("usage: ThemeEmbedder OUTPUT.swift THEME-FILE...") }

var entries: [String] = []
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read the theme file") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path): the theme file is not UTF-8 text") }
    entries.append("        (name: \"\(escaped(name))\", file: \"\(escaped(url.lastPathComponent))\", text: \"\(escaped(text))\"),")
}

let source = """
    // Generated at build time by ThemeEmbedder (the EmbedThemes plugin) from Themes/*.theme.
    // Do not edit: change the .theme file instead.

    public enum EmbeddedThemeFiles {
        /// Each theme file of Themes/, sorted by name: its name, file name and exact text.
        public static let all: [(name: String, file: String, text: String)] = [
    \(entries.joined(separator: "\n"))
        ]
    }

    """
do {
    // Rewritten only when different, so an unchanged theme set recompiles nothing.
    if FileManager.default.contents(atPath: output) != Data(source.utf8) {
        try source.write(toFile: output, atomically: true, encoding: .utf8)
    }
} catch {
    fail("\(output): cannot write: \(error.localizedDescription)")
}
