# Written by hand in the style of Azure's notebook
# sdk/python/jobs/automl-standalone-jobs/automl-image-classification-multilabel-task-fridge-items
from azure.ai.ml import automl, Input
from azure.ai.ml.automl import SearchSpace
from azure.ai.ml.sweep import (
    Choice,
    Uniform,
    BanditPolicy,
)

my_training_data_input = Input(type="mltable", path="./data/training-mltable-folder")
my_validation_data_input = Input(type="mltable", path="./data/validation-mltable-folder")

image_classification_multilabel_job = automl.image_classification_multilabel(
    compute="gpu-cluster",
    experiment_name="dpv2-image-classification-multilabel-experiment",
    training_data=my_training_data_input,
    validation_data=my_validation_data_input,
    target_column_name="label",
    primary_metric="iou",
)

image_classification_multilabel_job.set_limits(timeout_minutes=60, max_trials=10, max_concurrent_trials=2)

# Fixed for every trial
image_classification_multilabel_job.set_training_parameters(
    early_stopping=True,
    evaluation_frequency=1,
)

image_classification_multilabel_job.extend_search_space(
    [
        SearchSpace(
            model_name=Choice(['vitb16r224', 'vits16r224']),
            learning_rate=Uniform(min_value=0.005, max_value=0.05),
            number_of_epochs=Choice(values=[15, 30]),
            gradient_accumulation_step=Choice([1, 2]),
        ),
        SearchSpace(
            model_name=Choice(["seresnext", "resnet50"]),
            learning_rate=Uniform(0.005, 0.05),
            layers_to_freeze=Choice([0, 2]),
        ),
    ]
)

image_classification_multilabel_job.set_sweep(
    sampling_algorithm="random",
    early_termination=BanditPolicy(evaluation_interval=2, slack_factor=0.2, delay_evaluation=6),
)
