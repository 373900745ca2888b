"""How each operation goes on the wire: method, path, where each argument goes.

Data only: the client methods pass these to the runtime, which does the rest.
"""

from __future__ import annotations

from ._base_client import OperationSpec, Param
from ._pagination import PageSpec
from ._waiters import WaiterSpec

ATTACH_DYNAMIC_STORAGE = OperationSpec(
    name="attach_dynamic_storage",
    method="POST",
    path="/v1/{project_id}/notebooks/{instance_id}/storage",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("instance_id", "instance_id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

BATCH_ADD_SAMPLES = OperationSpec(
    name="batch_add_samples",
    method="POST",
    path="/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("dataset_id", "dataset_id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

BATCH_DELETE_WORKFORCE_WORKERS = OperationSpec(
    name="batch_delete_workforce_workers",
    method="POST",
    path="/v2/{project_id}/workforces/{workforce_id}/workers/batch-delete",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("workforce_id", "workforce_id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_ALGORITHM = OperationSpec(
    name="create_algorithm",
    method="POST",
    path="/v2/{project_id}/algorithms",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_DEV_SERVER = OperationSpec(
    name="create_dev_server",
    method="POST",
    path="/v1/{project_id}/dev-servers",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_IMAGE = OperationSpec(
    name="create_image",
    method="POST",
    path="/v1/{project_id}/notebooks/{id}/create-image",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_NOTEBOOK = OperationSpec(
    name="create_notebook",
    method="POST",
    path="/v1/{project_id}/notebooks",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_TRAINING_JOB = OperationSpec(
    name="create_training_job",
    method="POST",
    path="/v2/{project_id}/training-jobs",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

CREATE_TRAINING_JOB_V1 = OperationSpec(
    name="create_training_job_v1",
    method="POST",
    path="/v1/{project_id}/training-jobs",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("is_success", "error_code", "error_message"),
)

CREATE_VISUALIZATION_JOB = OperationSpec(
    name="create_visualization_job",
    method="POST",
    path="/v1/{project_id}/visualization-jobs",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("is_success", "error_code", "error_message"),
)

DELETE_ALGORITHM = OperationSpec(
    name="delete_algorithm",
    method="DELETE",
    path="/v2/{project_id}/algorithms/{algorithm_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("algorithm_id", "algorithm_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

DELETE_DEV_SERVER = OperationSpec(
    name="delete_dev_server",
    method="DELETE",
    path="/v1/{project_id}/dev-servers/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

DELETE_IMAGE = OperationSpec(
    name="delete_image",
    method="DELETE",
    path="/v1/{project_id}/images/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

DELETE_NOTEBOOK = OperationSpec(
    name="delete_notebook",
    method="DELETE",
    path="/v1/{project_id}/notebooks/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

DELETE_TRAINING_JOB = OperationSpec(
    name="delete_training_job",
    method="DELETE",
    path="/v2/{project_id}/training-jobs/{training_job_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("training_job_id", "training_job_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

DELETE_TRAINING_JOB_VERSION_V1 = OperationSpec(
    name="delete_training_job_version_v1",
    method="DELETE",
    path="/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("job_id", "job_id", "path"),
        Param("version_id", "version_id", "path"),
    ),
    envelope=("is_success", "error_code", "error_message"),
)

DETACH_DYNAMIC_STORAGE = OperationSpec(
    name="detach_dynamic_storage",
    method="DELETE",
    path="/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("instance_id", "instance_id", "path"),
        Param("storage_id", "storage_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD = OperationSpec(
    name="keystone_create_user_token_by_password",
    method="POST",
    path="/v3/auth/tokens",
    params=(Param("nocatalog", "nocatalog", "query"),),
    body_media_type="application/json",
    security=(),
    server="https://iam.{region}.myhuaweicloud.com",
    server_name="iam",
    envelope=("", "error_code", "error_msg"),
)

LIST_ALGORITHMS = OperationSpec(
    name="list_algorithms",
    method="GET",
    path="/v2/{project_id}/algorithms",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("offset", "offset", "query"),
        Param("limit", "limit", "query"),
        Param("sort_by", "sort_by", "query"),
        Param("order", "order", "query"),
        Param("group_by", "group_by", "query"),
        Param("searches", "searches", "query"),
        Param("workspace_id", "workspace_id", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_DEV_SERVERS = OperationSpec(
    name="list_dev_servers",
    method="GET",
    path="/v1/{project_id}/dev-servers",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("owner", "owner", "query"),
        Param("sort_dir", "sort_dir", "query"),
        Param("sort_key", "sort_key", "query"),
        Param("limit", "limit", "query"),
        Param("offset", "offset", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_DYNAMIC_STORAGES = OperationSpec(
    name="list_dynamic_storages",
    method="GET",
    path="/v1/{project_id}/notebooks/{instance_id}/storage",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("instance_id", "instance_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_IMAGE = OperationSpec(
    name="list_image",
    method="GET",
    path="/v1/{project_id}/images",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("limit", "limit", "query"),
        Param("name", "name", "query"),
        Param("name_fuzzy_match", "name_fuzzy_match", "query"),
        Param("namespace", "namespace", "query"),
        Param("offset", "offset", "query"),
        Param("service_type", "service_type", "query"),
        Param("sort_dir", "sort_dir", "query"),
        Param("sort_key", "sort_key", "query"),
        Param("type", "type", "query"),
        Param("workspace_id", "workspace_id", "query"),
        Param("show_name", "show_name", "query"),
        Param("show_tag", "show_tag", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_IMAGE_GROUP = OperationSpec(
    name="list_image_group",
    method="GET",
    path="/v1/{project_id}/images/group",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("name", "name", "query"),
        Param("name_fuzzy_match", "name_fuzzy_match", "query"),
        Param("namespace", "namespace", "query"),
        Param("type", "type", "query"),
        Param("workspace_id", "workspace_id", "query"),
        Param("limit", "limit", "query"),
        Param("offset", "offset", "query"),
        Param("swr_instance_id", "swr_instance_id", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_NOTEBOOKS = OperationSpec(
    name="list_notebooks",
    method="GET",
    path="/v1/{project_id}/notebooks",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("offset", "offset", "query"),
        Param("limit", "limit", "query"),
        Param("sort_dir", "sort_dir", "query"),
        Param("sort_key", "sort_key", "query"),
        Param("feature", "feature", "query"),
        Param("name", "name", "query"),
        Param("id", "id", "query"),
        Param("status", "status", "query"),
        Param("pool_id", "pool_id", "query"),
        Param("pool_name", "pool_name", "query"),
        Param("owner", "owner", "query"),
        Param("workspace_id", "workspace_id", "query"),
        Param("flavor", "flavor", "query"),
        Param("image_id", "image_id", "query"),
        Param("swr_path", "swr_path", "query"),
        Param("billing", "billing", "query"),
        Param("tags", "tags", "query"),
        Param("description", "description", "query"),
        Param("ip", "ip", "query"),
        Param("username", "username", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

LIST_VISUALIZATION_JOBS = OperationSpec(
    name="list_visualization_jobs",
    method="GET",
    path="/v1/{project_id}/visualization-jobs",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("status", "status", "query"),
        Param("per_page", "per_page", "query"),
        Param("page", "page", "query"),
        Param("sort_by", "sortBy", "query"),
        Param("order", "order", "query"),
        Param("search_content", "search_content", "query"),
    ),
    envelope=("is_success", "error_code", "error_message"),
)

NOTIFY_WORKFORCE_TASK = OperationSpec(
    name="notify_workforce_task",
    method="POST",
    path="/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("dataset_id", "dataset_id", "path"),
        Param("workforce_task_id", "workforce_task_id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

REGISTER_IMAGE = OperationSpec(
    name="register_image",
    method="POST",
    path="/v1/{project_id}/images",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

RENEW_LEASE = OperationSpec(
    name="renew_lease",
    method="PATCH",
    path="/v1/{project_id}/notebooks/{id}/lease",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
        Param("duration", "duration", "query"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

SHOW_ALGORITHM_BY_UUID = OperationSpec(
    name="show_algorithm_by_uuid",
    method="GET",
    path="/v2/{project_id}/algorithms/{algorithm_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("algorithm_id", "algorithm_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_DEV_SERVER = OperationSpec(
    name="show_dev_server",
    method="GET",
    path="/v1/{project_id}/dev-servers/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_DYNAMIC_STORAGE = OperationSpec(
    name="show_dynamic_storage",
    method="GET",
    path="/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("instance_id", "instance_id", "path"),
        Param("storage_id", "storage_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_IMAGE = OperationSpec(
    name="show_image",
    method="GET",
    path="/v1/{project_id}/images/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_NOTEBOOK = OperationSpec(
    name="show_notebook",
    method="GET",
    path="/v1/{project_id}/notebooks/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_POOL = OperationSpec(
    name="show_pool",
    method="GET",
    path="/v2/{project_id}/pools/{pool_name}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("pool_name", "pool_name", "path"),
        Param("x_model_arts_user_id", "X-ModelArts-User-ID", "header"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_TRAINING_JOB_DETAILS = OperationSpec(
    name="show_training_job_details",
    method="GET",
    path="/v2/{project_id}/training-jobs/{training_job_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("training_job_id", "training_job_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_TRAINING_JOB_ENGINES = OperationSpec(
    name="show_training_job_engines",
    method="GET",
    path="/v2/{project_id}/training-job-engines",
    params=(Param("project_id", "project_id", "path", from_client=True),),
    envelope=("", "error_code", "error_msg"),
)

SHOW_TRAINING_JOB_FLAVORS = OperationSpec(
    name="show_training_job_flavors",
    method="GET",
    path="/v2/{project_id}/training-job-flavors",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("flavor_type", "flavor_type", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_TRAINING_JOB_LOGS_URL = OperationSpec(
    name="show_training_job_logs_url",
    method="GET",
    path="/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("training_job_id", "training_job_id", "path"),
        Param("task_id", "task_id", "path"),
        Param("content_type", "Content-Type", "header"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_TRAINING_JOB_METRICS = OperationSpec(
    name="show_training_job_metrics",
    method="GET",
    path="/v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("training_job_id", "training_job_id", "path"),
        Param("task_id", "task_id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

SHOW_WORKLOAD_STATISTICS = OperationSpec(
    name="show_workload_statistics",
    method="GET",
    path="/v2/{project_id}/statistics/pools/{pool_name}/workloads",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("pool_name", "pool_name", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

START_DEV_SERVER = OperationSpec(
    name="start_dev_server",
    method="PUT",
    path="/v1/{project_id}/dev-servers/{id}/start",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

START_NOTEBOOK = OperationSpec(
    name="start_notebook",
    method="POST",
    path="/v1/{project_id}/notebooks/{id}/start",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
        Param("duration", "duration", "query"),
        Param("type", "type", "query"),
    ),
    envelope=("", "error_code", "error_msg"),
)

STOP_DEV_SERVER = OperationSpec(
    name="stop_dev_server",
    method="PUT",
    path="/v1/{project_id}/dev-servers/{id}/stop",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

STOP_NOTEBOOK = OperationSpec(
    name="stop_notebook",
    method="POST",
    path="/v1/{project_id}/notebooks/{id}/stop",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    envelope=("", "error_code", "error_msg"),
)

STOP_TRAINING_JOB = OperationSpec(
    name="stop_training_job",
    method="POST",
    path="/v2/{project_id}/training-jobs/{training_job_id}/actions",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("training_job_id", "training_job_id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

STOP_TRAINING_JOB_VERSION_V1 = OperationSpec(
    name="stop_training_job_version_v1",
    method="POST",
    path="/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("job_id", "job_id", "path"),
        Param("version_id", "version_id", "path"),
    ),
    envelope=("is_success", "error_code", "error_message"),
)

UPDATE_NOTEBOOK = OperationSpec(
    name="update_notebook",
    method="PUT",
    path="/v1/{project_id}/notebooks/{id}",
    params=(
        Param("project_id", "project_id", "path", from_client=True),
        Param("id", "id", "path"),
    ),
    body_media_type="application/json",
    envelope=("", "error_code", "error_msg"),
)

# Pagination of list operations and waiters, by method name (underscored: operation
# constants never start with one, so these names cannot collide with them).
_PAGES: dict[str, PageSpec] = {
    "list_algorithms_iter": PageSpec(
        style="offset",
        offset_argument="offset",
        limit_argument="limit",
        items_attribute="items",
        total_attribute="total",
        start=0,
    ),
    "list_dev_servers_iter": PageSpec(
        style="offset",
        offset_argument="offset",
        limit_argument="limit",
        items_attribute="data",
        total_attribute="total",
        start=0,
    ),
    "list_image_iter": PageSpec(
        style="offset",
        offset_argument="offset",
        limit_argument="limit",
        items_attribute="data",
        total_attribute="total",
        start=0,
    ),
    "list_image_group_iter": PageSpec(
        style="offset",
        offset_argument="offset",
        limit_argument="limit",
        items_attribute="data",
        total_attribute="total",
        start=0,
    ),
    "list_notebooks_iter": PageSpec(
        style="offset",
        offset_argument="offset",
        limit_argument="limit",
        items_attribute="data",
        total_attribute="total",
        start=0,
    ),
    "list_visualization_jobs_iter": PageSpec(
        style="page",
        offset_argument="page",
        limit_argument="per_page",
        items_attribute="jobs",
        total_attribute="job_total_count",
        start=1,
    ),
}

_WAITERS: dict[str, WaiterSpec] = {
    "wait_until_dev_server_running": WaiterSpec(
        name="dev_server_running",
        state="/status",
        success=("RUNNING",),
        failure=("CREATE_FAILED", "START_FAILED", "ERROR", "DELETED"),
        interval=10.0,
        timeout=3600.0,
    ),
    "wait_until_dev_server_stopped": WaiterSpec(
        name="dev_server_stopped",
        state="/status",
        success=("STOPPED",),
        failure=("STOP_FAILED", "ERROR", "DELETED"),
        interval=10.0,
        timeout=3600.0,
    ),
    "wait_until_storage_mounted": WaiterSpec(
        name="storage_mounted",
        state="/status",
        success=("MOUNTED",),
        failure=("MOUNT_FAILED",),
        interval=3.0,
        timeout=600.0,
    ),
    "wait_until_storage_unmounted": WaiterSpec(
        name="storage_unmounted",
        state="/status",
        success=("UNMOUNTED",),
        failure=("UNMOUNT_FAILED",),
        interval=3.0,
        timeout=600.0,
    ),
    "wait_until_notebook_running": WaiterSpec(
        name="notebook_running",
        state="/status",
        success=("RUNNING",),
        failure=("CREATE_FAILED", "START_FAILED", "ERROR", "DELETED", "FROZEN"),
        interval=5.0,
        timeout=1800.0,
    ),
    "wait_until_notebook_stopped": WaiterSpec(
        name="notebook_stopped",
        state="/status",
        success=("STOPPED",),
        failure=("ERROR", "DELETED", "FROZEN"),
        interval=5.0,
        timeout=1800.0,
    ),
    "wait_until_training_job_completed": WaiterSpec(
        name="training_job_completed",
        state="/status/phase",
        success=("Completed",),
        failure=("Failed", "Abnormal", "Terminated"),
        interval=10.0,
        timeout=86400.0,
    ),
    "wait_until_training_job_running": WaiterSpec(
        name="training_job_running",
        state="/status/phase",
        success=("Running", "Completed"),
        failure=("Failed", "Abnormal", "Terminated"),
        interval=5.0,
        timeout=3600.0,
    ),
}
