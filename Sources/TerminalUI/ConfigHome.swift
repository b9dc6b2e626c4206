import Foundation

/// sweepedit's folder for the user's own settings: `$XDG_CONFIG_HOME/sweepedit`, else
/// `~/.config/sweepedit`. A relative XDG_CONFIG_HOME is ignored, as the XDG spec says (it would
/// mean a different folder in every working directory). Holds `config` and `themes/`.
public enum ConfigHome {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return (base as NSString).appendingPathComponent("sweepedit")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".config/sweepedit")
    }
}
