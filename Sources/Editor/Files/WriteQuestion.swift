/// What the runtime asks before writing a file, because the write would do something the
/// user may not expect. The editor asks y/n naming the file; the command line refuses unless
/// `--force` says yes.
public enum WriteQuestion: Hashable, Sendable {
    /// Save as or export onto a file that exists (and is not the document's own file).
    case replaceExisting
    /// The file's mode allows nobody to write it (0444): vim's `:w!`.
    case readOnly
    /// The file belongs to another user or group, which the save cannot keep (only root can
    /// give a file away): the saved file would be the saver's.
    case changesOwner(owner: String)

    /// The question, naming the file.
    public func text(_ path: String) -> String {
        switch self {
        case .replaceExisting: return "\(path) exists. Replace it?"
        case .readOnly: return "\(path) is read-only. Write it anyway?"
        case .changesOwner(let owner):
            return "\(path) belongs to \(owner); saving makes the new file yours. Save anyway?"
        }
    }

    /// What the command line says when it refuses for want of --force.
    public func refusal(_ path: String) -> String {
        switch self {
        case .replaceExisting: return "\(path): error: the file exists; add --force to replace it"
        case .readOnly: return "\(path): error: the file is read-only; add --force to write it anyway"
        case .changesOwner(let owner):
            return "\(path): error: the file belongs to \(owner) and writing it would make it yours; add --force to write it anyway"
        }
    }
}
