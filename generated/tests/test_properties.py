"""Property tests of the Huawei Cloud ModelArts API SDK, generated from its spec.

For every schema: valid JSON values round-trip through the models unchanged, and whatever a
model accepts is valid for its schema. For every operation: random valid arguments reach the
mock server as the same values. Run with `pytest tests/` after `pip install -e '.[test]'`;
PROPERTY_EXAMPLES sets the number of examples per test (default 20).
"""

from __future__ import annotations

import os
import typing

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelarts_client import AsyncModelArts, models
from modelarts_client.properties import (
    Argument,
    OperationCase,
    check_no_coercion,
    check_request_round_trip,
    check_round_trip,
    draw_call,
)
from modelarts_client.strategies import default_schemas

EXAMPLES = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# (pointer into the bundled spec, the Python type the SDK uses for it)
SCHEMAS: list[tuple[str, typing.Any]] = [
    ("#/components/schemas/Algorithm", models.Algorithm),
    ("#/components/schemas/AlgorithmAdvancedConfig", models.AlgorithmAdvancedConfig),
    ("#/components/schemas/AlgorithmAutoSearch", models.AlgorithmAutoSearch),
    ("#/components/schemas/AlgorithmCodeTreeNode", models.AlgorithmCodeTreeNode),
    ("#/components/schemas/AlgorithmCreateRequest", models.AlgorithmCreateRequest),
    ("#/components/schemas/AlgorithmEngine", models.AlgorithmEngine),
    ("#/components/schemas/AlgorithmI18nDescription", models.AlgorithmI18nDescription),
    ("#/components/schemas/AlgorithmInputChannel", models.AlgorithmInputChannel),
    ("#/components/schemas/AlgorithmJobConfig", models.AlgorithmJobConfig),
    ("#/components/schemas/AlgorithmList", models.AlgorithmList),
    ("#/components/schemas/AlgorithmMetadata", models.AlgorithmMetadata),
    ("#/components/schemas/AlgorithmOutputChannel", models.AlgorithmOutputChannel),
    ("#/components/schemas/AlgorithmParameter", models.AlgorithmParameter),
    ("#/components/schemas/AlgorithmParameterConstraint", models.AlgorithmParameterConstraint),
    ("#/components/schemas/AlgorithmRemoteConstraint", models.AlgorithmRemoteConstraint),
    ("#/components/schemas/AlgorithmResourceRequirement", models.AlgorithmResourceRequirement),
    ("#/components/schemas/AlgorithmResponseMetadata", models.AlgorithmResponseMetadata),
    ("#/components/schemas/BatchResponse", models.BatchResponse),
    ("#/components/schemas/DatasetBatchResult", models.DatasetBatchResult),
    ("#/components/schemas/DatasetLabelFormat", models.DatasetLabelFormat),
    ("#/components/schemas/DatasetSample", models.DatasetSample),
    ("#/components/schemas/DatasetSampleDataSource", models.DatasetSampleDataSource),
    ("#/components/schemas/DatasetSampleLabel", models.DatasetSampleLabel),
    ("#/components/schemas/DatasetSampleMetadata", models.DatasetSampleMetadata),
    ("#/components/schemas/DatasetSamplesAddRequest", models.DatasetSamplesAddRequest),
    ("#/components/schemas/DatasetSamplesAddResponse", models.DatasetSamplesAddResponse),
    ("#/components/schemas/DatasetUploadSampleResp", models.DatasetUploadSampleResp),
    ("#/components/schemas/DatasetWorker", models.DatasetWorker),
    (
        "#/components/schemas/DatasetWorkersBatchDeleteRequest",
        models.DatasetWorkersBatchDeleteRequest,
    ),
    (
        "#/components/schemas/DatasetWorkforceTaskNotifyRequest",
        models.DatasetWorkforceTaskNotifyRequest,
    ),
    ("#/components/schemas/DevServer", models.DevServer),
    ("#/components/schemas/DevServerChargingInfo", models.DevServerChargingInfo),
    ("#/components/schemas/DevServerCloudServer", models.DevServerCloudServer),
    ("#/components/schemas/DevServerCreateRequest", models.DevServerCreateRequest),
    ("#/components/schemas/DevServerDataVolume", models.DevServerDataVolume),
    ("#/components/schemas/DevServerEndpoint", models.DevServerEndpoint),
    ("#/components/schemas/DevServerEndpointAddress", models.DevServerEndpointAddress),
    ("#/components/schemas/DevServerEvsVolume", models.DevServerEvsVolume),
    ("#/components/schemas/DevServerHps", models.DevServerHps),
    ("#/components/schemas/DevServerImage", models.DevServerImage),
    ("#/components/schemas/DevServerList", models.DevServerList),
    ("#/components/schemas/DevServerNetwork", models.DevServerNetwork),
    ("#/components/schemas/DevServerStartRequest", models.DevServerStartRequest),
    ("#/components/schemas/DevServerVolume", models.DevServerVolume),
    ("#/components/schemas/DynamicStorage", models.DynamicStorage),
    ("#/components/schemas/DynamicStorageAttachRequest", models.DynamicStorageAttachRequest),
    ("#/components/schemas/DynamicStorageList", models.DynamicStorageList),
    ("#/components/schemas/DynamicStorageStatus", models.DynamicStorageStatus),
    ("#/components/schemas/Error", models.Error),
    ("#/components/schemas/IamAuthScope", models.IamAuthScope),
    ("#/components/schemas/IamError", models.IamError),
    ("#/components/schemas/IamNamedRef", models.IamNamedRef),
    ("#/components/schemas/IamPasswordTokenRequest", models.IamPasswordTokenRequest),
    ("#/components/schemas/IamToken", models.IamToken),
    ("#/components/schemas/IamTokenResponse", models.IamTokenResponse),
    ("#/components/schemas/ImageCreateRequest", models.ImageCreateRequest),
    ("#/components/schemas/ImageDeleteRequest", models.ImageDeleteRequest),
    ("#/components/schemas/ImageDetail", models.ImageDetail),
    ("#/components/schemas/ImageGroup", models.ImageGroup),
    ("#/components/schemas/ImageGroupList", models.ImageGroupList),
    ("#/components/schemas/ImageList", models.ImageList),
    ("#/components/schemas/ImageRegisterRequest", models.ImageRegisterRequest),
    ("#/components/schemas/ImageTmsTag", models.ImageTmsTag),
    ("#/components/schemas/LegacyEnvelope", models.LegacyEnvelope),
    ("#/components/schemas/LegacyError", models.LegacyError),
    ("#/components/schemas/Notebook", models.Notebook),
    ("#/components/schemas/NotebookAffinity", models.NotebookAffinity),
    ("#/components/schemas/NotebookAffinityRule", models.NotebookAffinityRule),
    ("#/components/schemas/NotebookContainerHooks", models.NotebookContainerHooks),
    ("#/components/schemas/NotebookCreateRequest", models.NotebookCreateRequest),
    ("#/components/schemas/NotebookCustomSpec", models.NotebookCustomSpec),
    ("#/components/schemas/NotebookCustomSpecInfo", models.NotebookCustomSpecInfo),
    ("#/components/schemas/NotebookDataVolume", models.NotebookDataVolume),
    ("#/components/schemas/NotebookEndpoint", models.NotebookEndpoint),
    ("#/components/schemas/NotebookEndpointRequest", models.NotebookEndpointRequest),
    ("#/components/schemas/NotebookHookScript", models.NotebookHookScript),
    ("#/components/schemas/NotebookHooks", models.NotebookHooks),
    ("#/components/schemas/NotebookInstanceImage", models.NotebookInstanceImage),
    ("#/components/schemas/NotebookJobProgress", models.NotebookJobProgress),
    ("#/components/schemas/NotebookLease", models.NotebookLease),
    ("#/components/schemas/NotebookLeaseRequest", models.NotebookLeaseRequest),
    ("#/components/schemas/NotebookList", models.NotebookList),
    ("#/components/schemas/NotebookPool", models.NotebookPool),
    ("#/components/schemas/NotebookPublicNetworkConfig", models.NotebookPublicNetworkConfig),
    ("#/components/schemas/NotebookResourceTag", models.NotebookResourceTag),
    ("#/components/schemas/NotebookRunUser", models.NotebookRunUser),
    ("#/components/schemas/NotebookRunUserRequest", models.NotebookRunUserRequest),
    ("#/components/schemas/NotebookStatus", models.NotebookStatus),
    ("#/components/schemas/NotebookUpdateRequest", models.NotebookUpdateRequest),
    ("#/components/schemas/NotebookUser", models.NotebookUser),
    ("#/components/schemas/NotebookUserVpc", models.NotebookUserVpc),
    ("#/components/schemas/NotebookUserVpcRequest", models.NotebookUserVpcRequest),
    ("#/components/schemas/NotebookVolume", models.NotebookVolume),
    ("#/components/schemas/NotebookVolumeRequest", models.NotebookVolumeRequest),
    ("#/components/schemas/Pool", models.Pool),
    ("#/components/schemas/PoolFlavorCount", models.PoolFlavorCount),
    ("#/components/schemas/PoolMetadata", models.PoolMetadata),
    ("#/components/schemas/PoolNodeAzCount", models.PoolNodeAzCount),
    ("#/components/schemas/PoolSpec", models.PoolSpec),
    ("#/components/schemas/PoolSpecResource", models.PoolSpecResource),
    ("#/components/schemas/PoolStatus", models.PoolStatus),
    ("#/components/schemas/PoolWorkloadStatistics", models.PoolWorkloadStatistics),
    ("#/components/schemas/PoolWorkloadStatisticsResponse", models.PoolWorkloadStatisticsResponse),
    ("#/components/schemas/PoolWorkloadStatisticsStatus", models.PoolWorkloadStatisticsStatus),
    ("#/components/schemas/TrainingBillingInfo", models.TrainingBillingInfo),
    ("#/components/schemas/TrainingCpuInfo", models.TrainingCpuInfo),
    ("#/components/schemas/TrainingDiskInfo", models.TrainingDiskInfo),
    ("#/components/schemas/TrainingEngine", models.TrainingEngine),
    ("#/components/schemas/TrainingEngineImageInfo", models.TrainingEngineImageInfo),
    ("#/components/schemas/TrainingEngineList", models.TrainingEngineList),
    ("#/components/schemas/TrainingFlavor", models.TrainingFlavor),
    ("#/components/schemas/TrainingFlavorInfo", models.TrainingFlavorInfo),
    ("#/components/schemas/TrainingFlavorList", models.TrainingFlavorList),
    ("#/components/schemas/TrainingFlavorType", models.TrainingFlavorType),
    ("#/components/schemas/TrainingGpuInfo", models.TrainingGpuInfo),
    ("#/components/schemas/TrainingJob", models.TrainingJob),
    ("#/components/schemas/TrainingJobActionRequest", models.TrainingJobActionRequest),
    ("#/components/schemas/TrainingJobAlgorithm", models.TrainingJobAlgorithm),
    ("#/components/schemas/TrainingJobCreateRequest", models.TrainingJobCreateRequest),
    ("#/components/schemas/TrainingJobEndpoints", models.TrainingJobEndpoints),
    ("#/components/schemas/TrainingJobEngine", models.TrainingJobEngine),
    ("#/components/schemas/TrainingJobFlavorDetail", models.TrainingJobFlavorDetail),
    ("#/components/schemas/TrainingJobFtConfig", models.TrainingJobFtConfig),
    ("#/components/schemas/TrainingJobInput", models.TrainingJobInput),
    ("#/components/schemas/TrainingJobInputRemote", models.TrainingJobInputRemote),
    ("#/components/schemas/TrainingJobKind", models.TrainingJobKind),
    ("#/components/schemas/TrainingJobLogExportPath", models.TrainingJobLogExportPath),
    ("#/components/schemas/TrainingJobLogUrl", models.TrainingJobLogUrl),
    ("#/components/schemas/TrainingJobMetadata", models.TrainingJobMetadata),
    ("#/components/schemas/TrainingJobMetric", models.TrainingJobMetric),
    ("#/components/schemas/TrainingJobMetrics", models.TrainingJobMetrics),
    ("#/components/schemas/TrainingJobObs", models.TrainingJobObs),
    ("#/components/schemas/TrainingJobOutput", models.TrainingJobOutput),
    ("#/components/schemas/TrainingJobPhase", models.TrainingJobPhase),
    ("#/components/schemas/TrainingJobResource", models.TrainingJobResource),
    ("#/components/schemas/TrainingJobSpec", models.TrainingJobSpec),
    ("#/components/schemas/TrainingJobStatus", models.TrainingJobStatus),
    ("#/components/schemas/TrainingJobTask", models.TrainingJobTask),
    ("#/components/schemas/TrainingJobWebEndpoint", models.TrainingJobWebEndpoint),
    ("#/components/schemas/TrainingMemoryInfo", models.TrainingMemoryInfo),
    ("#/components/schemas/TrainingNpuInfo", models.TrainingNpuInfo),
    ("#/components/schemas/TrainingResourceTag", models.TrainingResourceTag),
    ("#/components/schemas/V1TrainingConfig", models.V1TrainingConfig),
    ("#/components/schemas/V1TrainingDataSource", models.V1TrainingDataSource),
    ("#/components/schemas/V1TrainingHostPathVolume", models.V1TrainingHostPathVolume),
    ("#/components/schemas/V1TrainingJobActionResponse", models.V1TrainingJobActionResponse),
    ("#/components/schemas/V1TrainingJobCreateRequest", models.V1TrainingJobCreateRequest),
    ("#/components/schemas/V1TrainingJobCreateResponse", models.V1TrainingJobCreateResponse),
    ("#/components/schemas/V1TrainingNfsVolume", models.V1TrainingNfsVolume),
    ("#/components/schemas/V1TrainingNotification", models.V1TrainingNotification),
    ("#/components/schemas/V1TrainingParameter", models.V1TrainingParameter),
    ("#/components/schemas/V1TrainingVolume", models.V1TrainingVolume),
    ("#/components/schemas/VisualizationJob", models.VisualizationJob),
    ("#/components/schemas/VisualizationJobCreateRequest", models.VisualizationJobCreateRequest),
    ("#/components/schemas/VisualizationJobCreateResponse", models.VisualizationJobCreateResponse),
    ("#/components/schemas/VisualizationJobFlavor", models.VisualizationJobFlavor),
    ("#/components/schemas/VisualizationJobList", models.VisualizationJobList),
    ("#/components/schemas/VisualizationJobSchedule", models.VisualizationJobSchedule),
]

OPERATIONS: list[OperationCase] = [
    OperationCase(
        operation_id="attach_dynamic_storage",
        method="attach_dynamic_storage",
        arguments=[
            Argument(
                "instance_id",
                "instance_id",
                "path",
                "#/components/parameters/NotebookInstanceId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DynamicStorageAttachRequest",
        body_type=models.DynamicStorageAttachRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="batch_add_samples",
        method="batch_add_samples",
        arguments=[
            Argument(
                "dataset_id", "dataset_id", "path", "#/components/parameters/DatasetId/schema", True
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DatasetSamplesAddRequest",
        body_type=models.DatasetSamplesAddRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="batch_delete_workforce_workers",
        method="batch_delete_workforce_workers",
        arguments=[
            Argument(
                "workforce_id",
                "workforce_id",
                "path",
                "#/paths/~1v2~1{project_id}~1workforces~1{workforce_id}~1workers~1batch-delete/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DatasetWorkersBatchDeleteRequest",
        body_type=models.DatasetWorkersBatchDeleteRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_algorithm",
        method="create_algorithm",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/AlgorithmCreateRequest",
        body_type=models.AlgorithmCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_dev_server",
        method="create_dev_server",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DevServerCreateRequest",
        body_type=models.DevServerCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_image",
        method="create_image",
        arguments=[
            Argument(
                "id",
                "id",
                "path",
                "#/paths/~1v1~1{project_id}~1notebooks~1{id}~1create-image/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/ImageCreateRequest",
        body_type=models.ImageCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_notebook",
        method="create_notebook",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/NotebookCreateRequest",
        body_type=models.NotebookCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_training_job",
        method="create_training_job",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/TrainingJobCreateRequest",
        body_type=models.TrainingJobCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_training_job_v1",
        method="create_training_job_v1",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/V1TrainingJobCreateRequest",
        body_type=models.V1TrainingJobCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="create_visualization_job",
        method="create_visualization_job",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/VisualizationJobCreateRequest",
        body_type=models.VisualizationJobCreateRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="delete_algorithm",
        method="delete_algorithm",
        arguments=[
            Argument(
                "algorithm_id",
                "algorithm_id",
                "path",
                "#/paths/~1v2~1{project_id}~1algorithms~1{algorithm_id}/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="delete_dev_server",
        method="delete_dev_server",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/DevServerId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="delete_image",
        method="delete_image",
        arguments=[
            Argument(
                "id",
                "id",
                "path",
                "#/paths/~1v1~1{project_id}~1images~1{id}/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/ImageDeleteRequest",
        body_type=models.ImageDeleteRequest,
        body_required=False,
    ),
    OperationCase(
        operation_id="delete_notebook",
        method="delete_notebook",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="delete_training_job",
        method="delete_training_job",
        arguments=[
            Argument(
                "training_job_id",
                "training_job_id",
                "path",
                "#/components/parameters/TrainingJobId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="delete_training_job_version_v1",
        method="delete_training_job_version_v1",
        arguments=[
            Argument(
                "job_id", "job_id", "path", "#/components/parameters/V1TrainingJobId/schema", True
            ),
            Argument(
                "version_id",
                "version_id",
                "path",
                "#/components/parameters/V1TrainingJobVersionId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="detach_dynamic_storage",
        method="detach_dynamic_storage",
        arguments=[
            Argument(
                "instance_id",
                "instance_id",
                "path",
                "#/components/parameters/NotebookInstanceId/schema",
                True,
            ),
            Argument(
                "storage_id", "storage_id", "path", "#/components/parameters/StorageId/schema", True
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="keystone_create_user_token_by_password",
        method="keystone_create_user_token_by_password",
        arguments=[
            Argument(
                "nocatalog",
                "nocatalog",
                "query",
                "#/paths/~1v3~1auth~1tokens/post/parameters/0/schema",
                False,
            ),
        ],
        client_arguments=[],
        body_pointer="#/components/schemas/IamPasswordTokenRequest",
        body_type=models.IamPasswordTokenRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="list_algorithms",
        method="list_algorithms",
        arguments=[
            Argument("offset", "offset", "query", "#/components/parameters/Offset/schema", False),
            Argument(
                "limit",
                "limit",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/1/schema",
                False,
            ),
            Argument(
                "sort_by",
                "sort_by",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/2/schema",
                False,
            ),
            Argument(
                "order",
                "order",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/3/schema",
                False,
            ),
            Argument(
                "group_by",
                "group_by",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/4/schema",
                False,
            ),
            Argument(
                "searches",
                "searches",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/5/schema",
                False,
            ),
            Argument(
                "workspace_id",
                "workspace_id",
                "query",
                "#/paths/~1v2~1{project_id}~1algorithms/get/parameters/6/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_dev_servers",
        method="list_dev_servers",
        arguments=[
            Argument(
                "owner",
                "owner",
                "query",
                "#/paths/~1v1~1{project_id}~1dev-servers/get/parameters/0/schema",
                False,
            ),
            Argument(
                "sort_dir", "sort_dir", "query", "#/components/parameters/SortDir/schema", False
            ),
            Argument(
                "sort_key",
                "sort_key",
                "query",
                "#/paths/~1v1~1{project_id}~1dev-servers/get/parameters/2/schema",
                False,
            ),
            Argument("limit", "limit", "query", "#/components/parameters/Limit/schema", False),
            Argument("offset", "offset", "query", "#/components/parameters/Offset/schema", False),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_dynamic_storages",
        method="list_dynamic_storages",
        arguments=[
            Argument(
                "instance_id",
                "instance_id",
                "path",
                "#/components/parameters/NotebookInstanceId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_image",
        method="list_image",
        arguments=[
            Argument("limit", "limit", "query", "#/components/parameters/Limit/schema", False),
            Argument(
                "name",
                "name",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/1/schema",
                False,
            ),
            Argument(
                "name_fuzzy_match",
                "name_fuzzy_match",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/2/schema",
                False,
            ),
            Argument(
                "namespace",
                "namespace",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/3/schema",
                False,
            ),
            Argument("offset", "offset", "query", "#/components/parameters/Offset/schema", False),
            Argument(
                "service_type",
                "service_type",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/5/schema",
                False,
            ),
            Argument(
                "sort_dir", "sort_dir", "query", "#/components/parameters/SortDir/schema", False
            ),
            Argument(
                "sort_key",
                "sort_key",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/7/schema",
                False,
            ),
            Argument(
                "type",
                "type",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/8/schema",
                False,
            ),
            Argument(
                "workspace_id",
                "workspace_id",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/9/schema",
                False,
            ),
            Argument(
                "show_name",
                "show_name",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/10/schema",
                False,
            ),
            Argument(
                "show_tag",
                "show_tag",
                "query",
                "#/paths/~1v1~1{project_id}~1images/get/parameters/11/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_image_group",
        method="list_image_group",
        arguments=[
            Argument(
                "name",
                "name",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/0/schema",
                False,
            ),
            Argument(
                "name_fuzzy_match",
                "name_fuzzy_match",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/1/schema",
                False,
            ),
            Argument(
                "namespace",
                "namespace",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/2/schema",
                False,
            ),
            Argument(
                "type",
                "type",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/3/schema",
                False,
            ),
            Argument(
                "workspace_id",
                "workspace_id",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/4/schema",
                False,
            ),
            Argument("limit", "limit", "query", "#/components/parameters/Limit/schema", False),
            Argument("offset", "offset", "query", "#/components/parameters/Offset/schema", False),
            Argument(
                "swr_instance_id",
                "swr_instance_id",
                "query",
                "#/paths/~1v1~1{project_id}~1images~1group/get/parameters/7/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_notebooks",
        method="list_notebooks",
        arguments=[
            Argument("offset", "offset", "query", "#/components/parameters/Offset/schema", False),
            Argument("limit", "limit", "query", "#/components/parameters/Limit/schema", False),
            Argument(
                "sort_dir", "sort_dir", "query", "#/components/parameters/SortDir/schema", False
            ),
            Argument(
                "sort_key",
                "sort_key",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/3/schema",
                False,
            ),
            Argument(
                "feature",
                "feature",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/4/schema",
                False,
            ),
            Argument(
                "name",
                "name",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/5/schema",
                False,
            ),
            Argument(
                "id",
                "id",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/6/schema",
                False,
            ),
            Argument(
                "status",
                "status",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/7/schema",
                False,
            ),
            Argument(
                "pool_id",
                "pool_id",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/8/schema",
                False,
            ),
            Argument(
                "pool_name",
                "pool_name",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/9/schema",
                False,
            ),
            Argument(
                "owner",
                "owner",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/10/schema",
                False,
            ),
            Argument(
                "workspace_id",
                "workspace_id",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/11/schema",
                False,
            ),
            Argument(
                "flavor",
                "flavor",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/12/schema",
                False,
            ),
            Argument(
                "image_id",
                "image_id",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/13/schema",
                False,
            ),
            Argument(
                "swr_path",
                "swr_path",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/14/schema",
                False,
            ),
            Argument(
                "billing",
                "billing",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/15/schema",
                False,
            ),
            Argument(
                "tags",
                "tags",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/16/schema",
                False,
            ),
            Argument(
                "description",
                "description",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/17/schema",
                False,
            ),
            Argument(
                "ip",
                "ip",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/18/schema",
                False,
            ),
            Argument(
                "username",
                "username",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks/get/parameters/19/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="list_visualization_jobs",
        method="list_visualization_jobs",
        arguments=[
            Argument(
                "status",
                "status",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/0/schema",
                False,
            ),
            Argument(
                "per_page",
                "per_page",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/1/schema",
                False,
            ),
            Argument(
                "page",
                "page",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/2/schema",
                False,
            ),
            Argument(
                "sort_by",
                "sortBy",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/3/schema",
                False,
            ),
            Argument(
                "order",
                "order",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/4/schema",
                False,
            ),
            Argument(
                "search_content",
                "search_content",
                "query",
                "#/paths/~1v1~1{project_id}~1visualization-jobs/get/parameters/5/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="notify_workforce_task",
        method="notify_workforce_task",
        arguments=[
            Argument(
                "dataset_id", "dataset_id", "path", "#/components/parameters/DatasetId/schema", True
            ),
            Argument(
                "workforce_task_id",
                "workforce_task_id",
                "path",
                "#/paths/~1v2~1{project_id}~1datasets~1{dataset_id}~1workforce-tasks~1{workforce_task_id}~1notify/parameters/2/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DatasetWorkforceTaskNotifyRequest",
        body_type=models.DatasetWorkforceTaskNotifyRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="register_image",
        method="register_image",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/ImageRegisterRequest",
        body_type=models.ImageRegisterRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="renew_lease",
        method="renew_lease",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
            Argument(
                "duration",
                "duration",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks~1{id}~1lease/patch/parameters/0/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/NotebookLeaseRequest",
        body_type=models.NotebookLeaseRequest,
        body_required=False,
    ),
    OperationCase(
        operation_id="show_algorithm_by_uuid",
        method="show_algorithm_by_uuid",
        arguments=[
            Argument(
                "algorithm_id",
                "algorithm_id",
                "path",
                "#/paths/~1v2~1{project_id}~1algorithms~1{algorithm_id}/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_dev_server",
        method="show_dev_server",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/DevServerId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_dynamic_storage",
        method="show_dynamic_storage",
        arguments=[
            Argument(
                "instance_id",
                "instance_id",
                "path",
                "#/components/parameters/NotebookInstanceId/schema",
                True,
            ),
            Argument(
                "storage_id", "storage_id", "path", "#/components/parameters/StorageId/schema", True
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_image",
        method="show_image",
        arguments=[
            Argument(
                "id",
                "id",
                "path",
                "#/paths/~1v1~1{project_id}~1images~1{id}/parameters/1/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_notebook",
        method="show_notebook",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_pool",
        method="show_pool",
        arguments=[
            Argument(
                "pool_name", "pool_name", "path", "#/components/parameters/PoolName/schema", True
            ),
            Argument(
                "x_model_arts_user_id",
                "X-ModelArts-User-ID",
                "header",
                "#/paths/~1v2~1{project_id}~1pools~1{pool_name}/get/parameters/0/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_training_job_details",
        method="show_training_job_details",
        arguments=[
            Argument(
                "training_job_id",
                "training_job_id",
                "path",
                "#/components/parameters/TrainingJobId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_training_job_engines",
        method="show_training_job_engines",
        arguments=[],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_training_job_flavors",
        method="show_training_job_flavors",
        arguments=[
            Argument(
                "flavor_type",
                "flavor_type",
                "query",
                "#/paths/~1v2~1{project_id}~1training-job-flavors/get/parameters/0/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_training_job_logs_url",
        method="show_training_job_logs_url",
        arguments=[
            Argument(
                "training_job_id",
                "training_job_id",
                "path",
                "#/components/parameters/TrainingJobId/schema",
                True,
            ),
            Argument(
                "task_id", "task_id", "path", "#/components/parameters/TrainingTaskId/schema", True
            ),
            Argument(
                "content_type",
                "Content-Type",
                "header",
                "#/paths/~1v2~1{project_id}~1training-jobs~1{training_job_id}~1tasks~1{task_id}~1logs~1url/get/parameters/0/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_training_job_metrics",
        method="show_training_job_metrics",
        arguments=[
            Argument(
                "training_job_id",
                "training_job_id",
                "path",
                "#/components/parameters/TrainingJobId/schema",
                True,
            ),
            Argument(
                "task_id", "task_id", "path", "#/components/parameters/TrainingTaskId/schema", True
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="show_workload_statistics",
        method="show_workload_statistics",
        arguments=[
            Argument(
                "pool_name", "pool_name", "path", "#/components/parameters/PoolName/schema", True
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="start_dev_server",
        method="start_dev_server",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/DevServerId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/DevServerStartRequest",
        body_type=models.DevServerStartRequest,
        body_required=False,
    ),
    OperationCase(
        operation_id="start_notebook",
        method="start_notebook",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
            Argument(
                "duration",
                "duration",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks~1{id}~1start/post/parameters/0/schema",
                False,
            ),
            Argument(
                "type",
                "type",
                "query",
                "#/paths/~1v1~1{project_id}~1notebooks~1{id}~1start/post/parameters/1/schema",
                False,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="stop_dev_server",
        method="stop_dev_server",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/DevServerId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="stop_notebook",
        method="stop_notebook",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="stop_training_job",
        method="stop_training_job",
        arguments=[
            Argument(
                "training_job_id",
                "training_job_id",
                "path",
                "#/components/parameters/TrainingJobId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/TrainingJobActionRequest",
        body_type=models.TrainingJobActionRequest,
        body_required=True,
    ),
    OperationCase(
        operation_id="stop_training_job_version_v1",
        method="stop_training_job_version_v1",
        arguments=[
            Argument(
                "job_id", "job_id", "path", "#/components/parameters/V1TrainingJobId/schema", True
            ),
            Argument(
                "version_id",
                "version_id",
                "path",
                "#/components/parameters/V1TrainingJobVersionId/schema",
                True,
            ),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
    ),
    OperationCase(
        operation_id="update_notebook",
        method="update_notebook",
        arguments=[
            Argument("id", "id", "path", "#/components/parameters/NotebookId/schema", True),
        ],
        client_arguments=[
            Argument(
                "project_id", "project_id", "path", "#/components/parameters/ProjectId/schema", True
            ),
        ],
        body_pointer="#/components/schemas/NotebookUpdateRequest",
        body_type=models.NotebookUpdateRequest,
        body_required=True,
    ),
]


@pytest.mark.parametrize("pointer, python_type", SCHEMAS, ids=[p for p, _ in SCHEMAS])
@EXAMPLES
@given(data=st.data())
def test_valid_values_round_trip(
    pointer: str, python_type: typing.Any, data: st.DataObject
) -> None:
    check_round_trip(python_type, data.draw(default_schemas().instances(pointer)))


@pytest.mark.parametrize("pointer, python_type", SCHEMAS, ids=[p for p, _ in SCHEMAS])
@EXAMPLES
@given(data=st.data())
def test_accepted_values_are_valid(
    pointer: str, python_type: typing.Any, data: st.DataObject
) -> None:
    schemas = default_schemas()
    check_no_coercion(schemas, pointer, python_type, data.draw(schemas.near_instances(pointer)))


@pytest.fixture(scope="module")
def mock_service() -> typing.Any:
    from modelarts_client.mock import MockService

    return MockService(time_scale=0.0)


@pytest.mark.parametrize("case", OPERATIONS, ids=[c.operation_id for c in OPERATIONS])
@EXAMPLES
@given(data=st.data())
def test_requests_reach_the_server_unchanged(
    mock_service: typing.Any, case: OperationCase, data: st.DataObject
) -> None:
    values = draw_call(default_schemas(), case, data.draw)
    check_request_round_trip(mock_service, AsyncModelArts, case, values)
