/// The themes sweepedit has without any file: `default` (so the editor works when no theme
/// file can be found, e.g. a binary copied alone onto a GPU box) and `monochrome` (used
/// whenever colour is off). Their text is the same as Themes/default.theme and
/// Themes/monochrome.theme, which a test keeps equal.
extension Theme {
    public static let builtInDefault = builtIn(name: "default", text: BuiltInThemeText.defaultTheme)
    public static let monochrome = builtIn(name: "monochrome", text: BuiltInThemeText.monochrome)

    /// The built-in themes by name.
    public static let builtIns: [String: Theme] = ["default": builtInDefault, "monochrome": monochrome]

    private static func builtIn(name: String, text: String) -> Theme {
        do {
            return try Theme.parse(text, name: name, source: "<built-in \(name)>")
        } catch {
            preconditionFailure("built-in theme \(name) is invalid: \(error)")
        }
    }
}

/// The text of the built-in themes, kept equal to the files in Themes/ by a test.
enum BuiltInThemeText {
    static let defaultTheme = """
# sweepedit theme "default": the terminal's own background, colours that read on dark and
# light terminals alike, and only the 8 basic colours (so it looks the same on a console).
# Built into sweepedit too: it works with no file at all (a test keeps the two equal).
#
# Format, one style a line:  STYLE = FOREGROUND BACKGROUND [ATTRIBUTE,...]
#   STYLE       a dotted name; list.selected falls back to list, then to default
#   colours     default (the terminal's own), black red green yellow blue magenta cyan white,
#               bright-NAME, a palette number 0-255, or #rrggbb (mapped down to what the
#               terminal has)
#   attributes  bold dim underline reverse italic blink standout, or none
default          = default default
header           = black   cyan    bold
header.modified  = red     cyan    bold
list             = default default
list.selected    = black   cyan
list.heading     = default default bold
list.marker      = cyan    default
list.swept       = cyan    default
inactive         = bright-black default
detail.label     = cyan    default
detail.title     = default default bold
field            = default default
field.editing    = black   yellow
field.selected   = black   white
diag.error       = red     default bold
diag.warning     = yellow  default bold
diag.note        = cyan    default
diag.fix         = green   default
status           = black   white
status.error     = red     white   bold
footer           = default default
footer.key       = cyan    default
help             = default default
help.key         = yellow  default bold
help.title       = yellow  default bold,underline
dialog           = black   white
dialog.title     = black   white   bold
filter           = black   yellow
preview.header   = default default bold,underline
preview.bar      = green   default
"""

    static let monochrome = """
# sweepedit theme "monochrome": attributes only, no colour. sweepedit also uses it (built in)
# whenever colour is off: NO_COLOR is set or the terminal has no colours.
# Format: STYLE = FOREGROUND BACKGROUND [ATTRIBUTE,...] (see default.theme).
default          = default default
header           = default default reverse,bold
header.modified  = default default reverse,bold,underline
list             = default default
list.selected    = default default reverse
list.heading     = default default bold
list.marker      = default default bold
list.swept       = default default
inactive         = default default dim
detail.label     = default default bold
detail.title     = default default bold,underline
field            = default default underline
field.editing    = default default reverse,underline
field.selected   = default default bold,underline
diag.error       = default default bold,underline
diag.warning     = default default bold
diag.note        = default default
diag.fix         = default default
status           = default default reverse
status.error     = default default reverse,bold
footer           = default default
footer.key       = default default bold
help             = default default
help.key         = default default bold
help.title       = default default bold,underline
dialog           = default default reverse
dialog.title     = default default reverse,bold
filter           = default default reverse
preview.header   = default default bold,underline
preview.bar      = default default bold
"""
}
