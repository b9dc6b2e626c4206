/// The models Azure documents for image classification, with their documented defaults.
public struct ModelInfo: Hashable, Sendable {
    public let name: String
    public let trainingBatchSize: Int
    public let validationBatchSize: Int
    public let isViT: Bool
    public let cropSize: Int
    public let resizeSize: Int
}

public enum Models {
    /// how-to-auto-train-image-models and reference-automl-images-hyperparameters.
    public static let known: [ModelInfo] = [
        ModelInfo(name: "mobilenetv2", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnet18", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnet34", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnet50", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnet101", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnet152", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnest50", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "resnest101", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "seresnext", trainingBatchSize: 78, validationBatchSize: 78, isViT: false, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "vits16r224", trainingBatchSize: 128, validationBatchSize: 128, isViT: true, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "vitb16r224", trainingBatchSize: 48, validationBatchSize: 48, isViT: true, cropSize: 224, resizeSize: 256),
        ModelInfo(name: "vitl16r224", trainingBatchSize: 10, validationBatchSize: 10, isViT: true, cropSize: 224, resizeSize: 256),
    ]

    public static let names: [String] = known.map(\.name)

    public static func info(_ name: String) -> ModelInfo? { known.first { $0.name == name } }

    /// Hugging Face / MMPretrain names (`owner/model`) that Azure's newer examples use.
    public static func looksLikeHubModel(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(" ") }
    }
}
