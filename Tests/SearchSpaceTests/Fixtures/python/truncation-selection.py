# Written by hand in the style of Azure's notebooks (set_limits as two calls, the policy a
# TruncationSelectionPolicy as azure.ai.ml.sweep documents it)
from azure.ai.ml import automl, Input
from azure.ai.ml.automl import SearchSpace
from azure.ai.ml.sweep import Choice, LogUniform, TruncationSelectionPolicy

image_classification_job = automl.image_classification(
    compute="gpu-cluster",
    experiment_name="truncation-selection-experiment",
    training_data=Input(type="mltable", path="./data/training-mltable-folder"),
    validation_data=Input(type="mltable", path="./data/validation-mltable-folder"),
    target_column_name="label",
)

image_classification_job.set_limits(timeout_minutes=120)

image_classification_job.extend_search_space(
    [
        SearchSpace(
            model_name=Choice(["seresnext", "resnet50"]),
            learning_rate=LogUniform(min_value=-6.9078, max_value=-4.6052),
        ),
    ]
)

image_classification_job.set_sweep(
    sampling_algorithm="Random",
    early_termination=TruncationSelectionPolicy(evaluation_interval=1, delay_evaluation=5, truncation_percentage=20),
)

image_classification_job.set_limits(max_trials=16, max_concurrent_trials=4)
