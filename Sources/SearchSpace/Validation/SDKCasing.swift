/// The SDK's `camel_to_snake` (azure.ai.ml._utils.utils), which it applies to enum values before
/// checking them: `SGD` -> `sgd` (accepted), but `AdamW` -> `adam_w` (rejected). Knowing it lets
/// validation tell a harmless casing from one the SDK refuses. Written without regex: the two
/// patterns are `(.)([A-Z][a-z]+)` -> `\1_\2`, then `([a-z0-9])([A-Z])` -> `\1_\2`, then lower case.
enum SDKCasing {
    static func snake(_ text: String) -> String {
        if !text.contains(where: isUpper) { return text }
        let first = insertBeforeCapitalisedWords(Array(text))
        return String(insertBetweenLowerAndUpper(first)).lowercased()
    }

    private static func isUpper(_ c: Character) -> Bool { c >= "A" && c <= "Z" }
    private static func isLower(_ c: Character) -> Bool { c >= "a" && c <= "z" }
    private static func isDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }

    /// `(.)([A-Z][a-z]+)`: any character, then a capital followed by lower-case letters.
    private static func insertBeforeCapitalisedWords(_ s: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < s.count {
            if i + 2 < s.count, isUpper(s[i + 1]), isLower(s[i + 2]) {
                var end = i + 3
                while end < s.count, isLower(s[end]) { end += 1 }
                out.append(s[i])
                out.append("_")
                out.append(contentsOf: s[(i + 1)..<end])
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// `([a-z0-9])([A-Z])`.
    private static func insertBetweenLowerAndUpper(_ s: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < s.count {
            if i + 1 < s.count, isLower(s[i]) || isDigit(s[i]), isUpper(s[i + 1]) {
                out.append(s[i])
                out.append("_")
                out.append(s[i + 1])
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }
}
