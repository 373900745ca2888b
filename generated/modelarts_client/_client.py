"""The Huawei Cloud ModelArts API clients: ModelArts (sync) and AsyncModelArts (async).

One method per operation, named by its operationId. Each method is a single call into the
shared runtime (``_base_client``); models are imported when a method first runs, so
importing the client stays cheap.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Union,
)

import datetime as _dt
import uuid as _uuid

import httpx

from . import _operations as _ops
from ._bodies import FileContent
from ._streaming import Event
from ._pagination import aiterate, iterate
from ._waiters import await_state, wait
from ._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    ClientOptions,
    NotGiven,
    SyncAPIClient,
    Timeout,
)

if TYPE_CHECKING:
    from . import models as _models


class ModelArts(SyncAPIClient):
    """Synchronous client of the Huawei Cloud ModelArts API; use it as a context manager to close it."""

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        region: str | None = None,
        project_id: str | None = None,
        ak: str | None = None,
        sk: str | None = None,
        security_token: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        domain: str | None = None,
        profile: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        endpoints: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Settings come from the arguments, else the environment, else the config profile.

        Args:
            endpoint: base URL; default MODELARTS_ENDPOINT, else the spec's server for ``region``.
            region: fills ``{region}`` in the server URL; default MODELARTS_REGION.
            project_id: IAM project id of the region; fills {project_id} in every path. Default HUAWEICLOUD_SDK_PROJECT_ID.
            ak, sk: access key pair for request signing; default HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK.
            security_token: token of temporary credentials; default HUAWEICLOUD_SDK_SECURITY_TOKEN.
            token: API key sent in the header 'X-Auth-Token' (IAM token, as returned in the X-Subject-Token header of the IAM token call); default MODELARTS_TOKEN.
            username, password, domain: log in for a token (fetched when first needed and
                renewed before it expires); default MODELARTS_USERNAME, MODELARTS_PASSWORD,
                MODELARTS_DOMAIN.
            profile: profile of the config file to read settings from; default
                MODELARTS_PROFILE, else "default".
            timeout: seconds (or an httpx.Timeout) per request; default 60 s, 10 s to connect.
            max_retries: retries of failed connections, 408, 429 and 5xx answers; default 2.
            endpoints: URLs of the other servers some operations use, by name (iam; default MODELARTS_IAM_ENDPOINT).
        """
        options = ClientOptions.resolve(
            endpoint=endpoint,
            region=region,
            ak=ak,
            sk=sk,
            security_token=security_token,
            credentials={"token": token},
            username=username,
            password=password,
            domain=domain,
            profile=profile,
            client_parameters={
                "project_id": project_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            endpoints=endpoints,
        )
        super().__init__(options, http_client)

    def attach_dynamic_storage(
        self,
        *,
        instance_id: str,
        body: _models.DynamicStorageAttachRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Mount storage into a running notebook instance.

        Mounts an OBS parallel file system (or SFS Turbo) directory under /data/ of a
        running instance, where it can be read and written as a file system. Mounting is
        asynchronous: the mount comes back in MOUNTING; poll show_dynamic_storage.

        ``POST /v1/{project_id}/notebooks/{instance_id}/storage`` (IAM action ``modelarts:notebook:mountStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.ATTACH_DYNAMIC_STORAGE,
            {"instance_id": instance_id},
            body=body,
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_add_samples(
        self,
        *,
        dataset_id: str,
        body: _models.DatasetSamplesAddRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetSamplesAddResponse:
        """Add samples (files with optional labels) to a dataset in one call.

        Uploads sample files, each given inline as base64 data, to a dataset, optionally
        with their labels and metadata. The answer reports the result for each sample.

        ``POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples``

        Args:
            dataset_id: Dataset id.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.BATCH_ADD_SAMPLES,
            {"dataset_id": dataset_id},
            body=body,
            cast_to=_models.DatasetSamplesAddResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_delete_workforce_workers(
        self,
        *,
        workforce_id: str,
        body: _models.DatasetWorkersBatchDeleteRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetBatchResult:
        """Remove several members from a labeling team.

        Deletes the given members (identified by email) from a labeling team; the answer
        reports the result for each member.

        ``POST /v2/{project_id}/workforces/{workforce_id}/workers/batch-delete``

        Args:
            workforce_id: Id of the labeling team.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.BATCH_DELETE_WORKFORCE_WORKERS,
            {"workforce_id": workforce_id},
            body=body,
            cast_to=_models.DatasetBatchResult,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_algorithm(
        self,
        *,
        body: _models.AlgorithmCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Algorithm:
        """Create an algorithm.

        Creates an algorithm from a code directory and boot file (or a custom image and
        command), an engine, data input and output channels and hyperparameters. The new
        algorithm's id (metadata.id) is what a training job references in algorithm.id.

        ``POST /v2/{project_id}/algorithms``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_ALGORITHM,
            {},
            body=body,
            cast_to=_models.Algorithm,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_dev_server(
        self,
        *,
        body: _models.DevServerCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Create a Lite Server instance.

        Creates one server (or `count` servers) from a flavor and an image in the given
        VPC, subnet and security group. Give exactly one of `admin_pass` and
        `key_pair_name`, and exactly one of `flavor` and `resource_flavor`. The server is
        returned in status CREATING; poll show_dev_server until it is RUNNING (or
        CREATE_FAILED).

        ``POST /v1/{project_id}/dev-servers``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_DEV_SERVER,
            {},
            body=body,
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_image(
        self,
        *,
        id: str,
        body: _models.ImageCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Save a notebook instance as a custom image.

        Saves the running notebook instance's environment as a new image in the given SWR
        organization. The image starts in status CREATING (the notebook is unavailable
        meanwhile) and becomes ACTIVE when saved.

        ``POST /v1/{project_id}/notebooks/{id}/create-image`` (IAM action ``modelarts:image:create``)

        Args:
            id: Notebook instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_IMAGE,
            {"id": id},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_notebook(
        self,
        *,
        body: _models.NotebookCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Create a notebook instance.

        Creates a notebook instance from an image, a flavor (or a custom spec in a dedicated
        pool) and storage. Creation is asynchronous: the instance comes back in CREATING and
        moves to RUNNING (or CREATE_FAILED); poll show_notebook for its status.

        ``POST /v1/{project_id}/notebooks`` (IAM action ``modelarts:notebook:create``)

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_NOTEBOOK,
            {},
            body=body,
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_training_job(
        self,
        *,
        body: _models.TrainingJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Create a training job.

        Creates a training job, usually from an algorithm id (or a code directory and boot
        file, or a custom image), with its data inputs and outputs, resource flavor and node
        count. The job starts in phase Creating; poll show_training_job_details until
        status.phase is Completed, Failed, Terminated or Abnormal.

        ``POST /v2/{project_id}/training-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_TRAINING_JOB,
            {},
            body=body,
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_training_job_v1(
        self,
        *,
        body: _models.V1TrainingJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobCreateResponse:
        """Create a legacy (v1) training job.

        Creates a training job and its first version. The call is asynchronous: the job
        status is read later with the v1 list and version-detail calls. The job reads its
        data from `data_url`, from a dataset (`dataset_id` + `dataset_version_id`) or from
        `data_source` (exactly one of them), runs on a public spec (`spec_id`) or a dedicated
        pool (`pool_id`), and uses either a preset engine (`engine_id`, with `app_url` and
        `boot_file_url`), a preset algorithm (`model_id`) or a custom image
        (`user_image_url` + `user_command`).

        ``POST /v1/{project_id}/training-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_TRAINING_JOB_V1,
            {},
            body=body,
            cast_to=_models.V1TrainingJobCreateResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_visualization_job(
        self,
        *,
        body: _models.VisualizationJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.VisualizationJobCreateResponse:
        """Create a visualization (TensorBoard) job.

        Creates a visualization job that serves the training output found at `train_url`,
        optionally with a flavor and an automatic stop after a number of hours.

        ``POST /v1/{project_id}/visualization-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.CREATE_VISUALIZATION_JOB,
            {},
            body=body,
            cast_to=_models.VisualizationJobCreateResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_algorithm(
        self,
        *,
        algorithm_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete an algorithm.

        Deletes an algorithm. The server accepts the request and answers without a body.

        ``DELETE /v2/{project_id}/algorithms/{algorithm_id}``

        Args:
            algorithm_id: Algorithm id (a UUID), as metadata.id of the algorithm.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_ALGORITHM,
            {"algorithm_id": algorithm_id},
            cast_to=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Delete a Lite Server instance.

        Deletes the server and releases its resources. The server is returned in status
        DELETING; it disappears (or shows DELETED) when done, or shows DELETE_FAILED.

        ``DELETE /v1/{project_id}/dev-servers/{id}``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_image(
        self,
        *,
        id: str,
        body: _models.ImageDeleteRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Delete a custom image.

        Removes an image from ModelArts image management. For a private image of the caller,
        `is_force: true` also deletes the image content in SWR.

        ``DELETE /v1/{project_id}/images/{id}`` (IAM action ``modelarts:image:delete``)

        Args:
            id: Image id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_IMAGE,
            {"id": id},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Delete a notebook instance.

        Deletes an instance together with its container and storage. Deletion is
        asynchronous: the instance is returned in DELETING.

        ``DELETE /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:delete``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_training_job(
        self,
        *,
        training_job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete a training job.

        Deletes a training job. The server accepts the request and answers 202 without a
        body; the deletion completes asynchronously.

        ``DELETE /v2/{project_id}/training-jobs/{training_job_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_TRAINING_JOB,
            {"training_job_id": training_job_id},
            cast_to=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_training_job_version_v1(
        self,
        *,
        job_id: int,
        version_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobActionResponse:
        """Delete one version of a legacy (v1) training job.

        Deletes a version of a training job. A running version should be stopped first.

        ``DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}``

        Args:
            job_id: Id of the (v1) training job.
            version_id: Id of the training job version.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DELETE_TRAINING_JOB_VERSION_V1,
            {"job_id": job_id, "version_id": version_id},
            cast_to=_models.V1TrainingJobActionResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def detach_dynamic_storage(
        self,
        *,
        instance_id: str,
        storage_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Unmount storage from a notebook instance.

        Unmounts a storage mount from a running instance. The OBS objects are left as they
        are but can no longer be used from the container. Unmounting is asynchronous: the
        mount comes back in UNMOUNTING.

        ``DELETE /v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}`` (IAM action ``modelarts:notebook:umountStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            storage_id: Id of the storage mount, as returned by attach_dynamic_storage or list_dynamic_storages.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.DETACH_DYNAMIC_STORAGE,
            {"instance_id": instance_id, "storage_id": storage_id},
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def keystone_create_user_token_by_password(
        self,
        *,
        nocatalog: Optional[str] = None,
        body: _models.IamPasswordTokenRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.IamTokenResponse:
        """Get an IAM user token with a user name and password.

        Authenticates an IAM user by name, password and account (domain) name and issues a
        token scoped to a project (or to the whole account). The token itself is returned
        in the X-Subject-Token response header, not in the body; send it as X-Auth-Token.
        A token is valid for 24 hours.

        ``POST /v3/auth/tokens``

        Args:
            nocatalog: When set to any non-empty string, the response body leaves out the service catalog.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD,
            {"nocatalog": nocatalog},
            body=body,
            cast_to=_models.IamTokenResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_algorithms(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListAlgorithmsOrder, str]] = None,
        group_by: Optional[str] = None,
        searches: Optional[str] = None,
        workspace_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.AlgorithmList:
        """List algorithms.

        Lists the algorithms of the caller, one page at a time, optionally filtered, grouped
        and sorted.

        ``GET /v2/{project_id}/algorithms``

        Args:
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            limit: Maximum number of algorithms to return (1 to 50).
            sort_by: Field to sort by; create_time by default. Default 'create_time' on the server.
            order: Sort order; desc (newest first) by default. Default 'desc' on the server.
            group_by: Grouping condition of the search.
            searches: Filter conditions, such as a fuzzy match on the algorithm name.
            workspace_id: Workspace id; "0" (the default workspace) when no workspace was created.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_ALGORITHMS,
            {
                "offset": offset,
                "limit": limit,
                "sort_by": sort_by,
                "order": order,
                "group_by": group_by,
                "searches": searches,
                "workspace_id": workspace_id,
            },
            cast_to=_models.AlgorithmList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_algorithms_iter(
        self,
        *,
        limit: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListAlgorithmsOrder, str]] = None,
        group_by: Optional[str] = None,
        searches: Optional[str] = None,
        workspace_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.Algorithm]:
        """Every item of ``list_algorithms``, fetching page after page as needed."""
        return iterate(
            self.list_algorithms,
            {
                "limit": limit,
                "sort_by": sort_by,
                "order": order,
                "group_by": group_by,
                "searches": searches,
                "workspace_id": workspace_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_algorithms_iter"],
        )

    def list_dev_servers(
        self,
        *,
        owner: Optional[str] = None,
        sort_dir: Optional[Union[_models.ListDevServersSortDir, str]] = None,
        sort_key: Optional[Union[_models.ListDevServersSortKey, str]] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServerList:
        """List Lite Server instances.

        Lists the caller's servers one page at a time, sorted by creation or update time.

        ``GET /v1/{project_id}/dev-servers``

        Args:
            owner: User id owning the servers (1-64 lowercase letters, digits and hyphens); takes effect for accounts with admin rights.
            sort_dir: Sort direction.
            sort_key: Field to sort by. Default 'createTime' on the server.
            limit: Maximum number of records to return on one page.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_DEV_SERVERS,
            {
                "owner": owner,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "limit": limit,
                "offset": offset,
            },
            cast_to=_models.DevServerList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_dev_servers_iter(
        self,
        *,
        owner: Optional[str] = None,
        sort_dir: Optional[Union[_models.ListDevServersSortDir, str]] = None,
        sort_key: Optional[Union[_models.ListDevServersSortKey, str]] = None,
        limit: Optional[int] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.DevServer]:
        """Every item of ``list_dev_servers``, fetching page after page as needed."""
        return iterate(
            self.list_dev_servers,
            {
                "owner": owner,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "limit": limit,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_dev_servers_iter"],
        )

    def list_dynamic_storages(
        self,
        *,
        instance_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorageList:
        """List the storage mounted into a notebook instance.

        Lists the OBS, PFS and SFS Turbo storage mounted into a running instance.

        ``GET /v1/{project_id}/notebooks/{instance_id}/storage`` (IAM action ``modelarts:notebook:listMountedStorages``)

        Args:
            instance_id: Notebook instance id (UUID).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_DYNAMIC_STORAGES,
            {"instance_id": instance_id},
            cast_to=_models.DynamicStorageList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_image(
        self,
        *,
        limit: Optional[int] = None,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        offset: Optional[int] = None,
        service_type: Optional[Union[_models.ListImageServiceType, str]] = None,
        sort_dir: Optional[Union[_models.ListImageSortDir, str]] = None,
        sort_key: Optional[str] = None,
        type: Optional[Union[_models.ListImageType, str]] = None,
        workspace_id: Optional[str] = None,
        show_name: Optional[str] = None,
        show_tag: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageList:
        """List the images the caller can use.

        Lists preset and custom images, filtered by name, organization, type, service type
        and workspace, one page at a time.

        ``GET /v1/{project_id}/images`` (IAM action ``modelarts:image:list``)

        Args:
            limit: Maximum number of records to return on one page.
            name: Image name (lowercase letters, digits, hyphens, underscores and dots).
            name_fuzzy_match: Whether `name` matches by substring (true) or exactly (false). Default True on the server.
            namespace: SWR organization the image belongs to.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            service_type: Service the image is meant for. Default 'UNKNOWN' on the server.
            sort_dir: Sort direction.
            sort_key: Field(s) to sort by, several separated by commas.
            type: Image type: BUILD_IN (preset) or DEDICATED (saved by the user). Default 'BUILD_IN' on the server.
            workspace_id: Workspace id; "0" (the default workspace) or a 32-character id. Default '0' on the server.
            show_name: Display name of a preset image.
            show_tag: Display tag (version) of a preset image.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_IMAGE,
            {
                "limit": limit,
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "offset": offset,
                "service_type": service_type,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "type": type,
                "workspace_id": workspace_id,
                "show_name": show_name,
                "show_tag": show_tag,
            },
            cast_to=_models.ImageList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_image_iter(
        self,
        *,
        limit: Optional[int] = None,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        service_type: Optional[Union[_models.ListImageServiceType, str]] = None,
        sort_dir: Optional[Union[_models.ListImageSortDir, str]] = None,
        sort_key: Optional[str] = None,
        type: Optional[Union[_models.ListImageType, str]] = None,
        workspace_id: Optional[str] = None,
        show_name: Optional[str] = None,
        show_tag: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.ImageDetail]:
        """Every item of ``list_image``, fetching page after page as needed."""
        return iterate(
            self.list_image,
            {
                "limit": limit,
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "service_type": service_type,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "type": type,
                "workspace_id": workspace_id,
                "show_name": show_name,
                "show_tag": show_tag,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_image_iter"],
        )

    def list_image_group(
        self,
        *,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        type: Optional[Union[_models.ListImageGroupType, str]] = None,
        workspace_id: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        swr_instance_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageGroupList:
        """List image groups (images grouped by name across versions).

        Lists an overview of images grouped by name, with the number of versions of each,
        one page at a time.

        ``GET /v1/{project_id}/images/group`` (IAM action ``modelarts:image:listGroup``)

        Args:
            name: Image name (lowercase letters, digits, hyphens, underscores and dots).
            name_fuzzy_match: Whether `name` matches by substring (true) or exactly (false). Default True on the server.
            namespace: SWR organization the image belongs to.
            type: Image type: BUILD_IN (preset) or DEDICATED (saved by the user).
            workspace_id: Workspace id; "0" (the default workspace) or a 32-character id. Default '0' on the server.
            limit: Maximum number of records to return on one page.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            swr_instance_id: Id of an SWR Enterprise Edition instance.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_IMAGE_GROUP,
            {
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "type": type,
                "workspace_id": workspace_id,
                "limit": limit,
                "offset": offset,
                "swr_instance_id": swr_instance_id,
            },
            cast_to=_models.ImageGroupList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_image_group_iter(
        self,
        *,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        type: Optional[Union[_models.ListImageGroupType, str]] = None,
        workspace_id: Optional[str] = None,
        limit: Optional[int] = None,
        swr_instance_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.ImageGroup]:
        """Every item of ``list_image_group``, fetching page after page as needed."""
        return iterate(
            self.list_image_group,
            {
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "type": type,
                "workspace_id": workspace_id,
                "limit": limit,
                "swr_instance_id": swr_instance_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_image_group_iter"],
        )

    def list_notebooks(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        sort_dir: Optional[Union[_models.ListNotebooksSortDir, str]] = None,
        sort_key: Optional[str] = None,
        feature: Optional[Union[_models.ListNotebooksFeature, str]] = None,
        name: Optional[str] = None,
        id: Optional[str] = None,
        status: Optional[Union[_models.NotebookStatus, str]] = None,
        pool_id: Optional[str] = None,
        pool_name: Optional[str] = None,
        owner: Optional[str] = None,
        workspace_id: Optional[str] = None,
        flavor: Optional[str] = None,
        image_id: Optional[str] = None,
        swr_path: Optional[str] = None,
        billing: Optional[Union[_models.ListNotebooksBilling, str]] = None,
        tags: Optional[str] = None,
        description: Optional[str] = None,
        ip: Optional[str] = None,
        username: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.NotebookList:
        """List notebook instances.

        Lists the notebook instances of the project one page at a time, optionally filtered
        by name, status, flavor, image, pool, owner, tags and more.

        ``GET /v1/{project_id}/notebooks`` (IAM action ``modelarts:notebook:list``)

        Args:
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            limit: Maximum number of records to return on one page.
            sort_dir: Sort direction.
            sort_key: Field(s) to sort by; several fields are separated by commas.
            feature: Instance kind (DEFAULT is the free CodeLab instance, NOTEBOOK a billed one). Default 'NOTEBOOK' on the server.
            name: Instance name; fuzzy match.
            id: Instance id.
            status: Only instances in this status.
            pool_id: Dedicated resource pool id.
            pool_name: Dedicated resource pool name; fuzzy match.
            owner: User id that owns the instances; honoured for accounts with admin rights (usually the id of the calling user).
            workspace_id: Workspace id; "0" when no workspace was created. Default '0' on the server.
            flavor: Flavor code, such as modelarts.vm.cpu.2u; fuzzy match. Custom specs of dedicated pools cannot be queried.
            image_id: Image id (UUID) the instances were created from.
            swr_path: SWR path of the instance image (image.swr_path); fuzzy match.
            billing: Billing kind of the instances.
            tags: Tag filter: key|value pairs separated by commas, for example tag_key1|tag_value1,tag_key2|tag_value2.
            description: Instance description; fuzzy match.
            ip: IPv4 address of the node the instance runs on.
            username: Name of the user who created the instances; fuzzy match.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_NOTEBOOKS,
            {
                "offset": offset,
                "limit": limit,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "feature": feature,
                "name": name,
                "id": id,
                "status": status,
                "pool_id": pool_id,
                "pool_name": pool_name,
                "owner": owner,
                "workspace_id": workspace_id,
                "flavor": flavor,
                "image_id": image_id,
                "swr_path": swr_path,
                "billing": billing,
                "tags": tags,
                "description": description,
                "ip": ip,
                "username": username,
            },
            cast_to=_models.NotebookList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_notebooks_iter(
        self,
        *,
        limit: Optional[int] = None,
        sort_dir: Optional[Union[_models.ListNotebooksSortDir, str]] = None,
        sort_key: Optional[str] = None,
        feature: Optional[Union[_models.ListNotebooksFeature, str]] = None,
        name: Optional[str] = None,
        id: Optional[str] = None,
        status: Optional[Union[_models.NotebookStatus, str]] = None,
        pool_id: Optional[str] = None,
        pool_name: Optional[str] = None,
        owner: Optional[str] = None,
        workspace_id: Optional[str] = None,
        flavor: Optional[str] = None,
        image_id: Optional[str] = None,
        swr_path: Optional[str] = None,
        billing: Optional[Union[_models.ListNotebooksBilling, str]] = None,
        tags: Optional[str] = None,
        description: Optional[str] = None,
        ip: Optional[str] = None,
        username: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.Notebook]:
        """Every item of ``list_notebooks``, fetching page after page as needed."""
        return iterate(
            self.list_notebooks,
            {
                "limit": limit,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "feature": feature,
                "name": name,
                "id": id,
                "status": status,
                "pool_id": pool_id,
                "pool_name": pool_name,
                "owner": owner,
                "workspace_id": workspace_id,
                "flavor": flavor,
                "image_id": image_id,
                "swr_path": swr_path,
                "billing": billing,
                "tags": tags,
                "description": description,
                "ip": ip,
                "username": username,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_notebooks_iter"],
        )

    def list_visualization_jobs(
        self,
        *,
        status: Optional[int] = None,
        per_page: Optional[int] = None,
        page: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListVisualizationJobsOrder, str]] = None,
        search_content: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.VisualizationJobList:
        """List visualization jobs.

        Lists the caller's visualization jobs one page at a time, filtered by status and by
        a search string, with the caller's quota.

        ``GET /v1/{project_id}/visualization-jobs``

        Args:
            status: Only jobs in this status (a job status code); all statuses when absent.
            per_page: Number of jobs per page. Default 10 on the server.
            page: Index of the page to return. Default 1 on the server.
            sort_by: Field to sort by, such as job_name, create_time, status or duration. Default 'job_name' on the server.
            order: Sort order. Default 'desc' on the server.
            search_content: Text to search for in job names, 0 to 100 characters.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.LIST_VISUALIZATION_JOBS,
            {
                "status": status,
                "per_page": per_page,
                "page": page,
                "sort_by": sort_by,
                "order": order,
                "search_content": search_content,
            },
            cast_to=_models.VisualizationJobList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_visualization_jobs_iter(
        self,
        *,
        status: Optional[int] = None,
        per_page: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListVisualizationJobsOrder, str]] = None,
        search_content: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Iterator[_models.VisualizationJob]:
        """Every item of ``list_visualization_jobs``, fetching page after page as needed."""
        return iterate(
            self.list_visualization_jobs,
            {
                "status": status,
                "per_page": per_page,
                "sort_by": sort_by,
                "order": order,
                "search_content": search_content,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_visualization_jobs_iter"],
        )

    def notify_workforce_task(
        self,
        *,
        dataset_id: str,
        workforce_task_id: str,
        body: _models.DatasetWorkforceTaskNotifyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetBatchResult:
        """Send an email to members of a team labeling task.

        Emails the given labeling team members about the team labeling task; the answer
        reports the result for each address.

        ``POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify``

        Args:
            dataset_id: Dataset id.
            workforce_task_id: Id of the team labeling task.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.NOTIFY_WORKFORCE_TASK,
            {"dataset_id": dataset_id, "workforce_task_id": workforce_task_id},
            body=body,
            cast_to=_models.DatasetBatchResult,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def register_image(
        self,
        *,
        body: _models.ImageRegisterRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Register a custom SWR image with ModelArts.

        Registers an image already pushed to SWR with ModelArts image management so that
        notebooks and other services can use it.

        ``POST /v1/{project_id}/images`` (IAM action ``modelarts:image:register``)

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.REGISTER_IMAGE,
            {},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def renew_lease(
        self,
        *,
        id: str,
        duration: Optional[int] = None,
        body: _models.NotebookLeaseRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.NotebookLease:
        """Renew the auto-stop lease of a notebook instance.

        Resets how long a running instance may run before it is stopped automatically.
        Prefer the body (duration and type); a `duration` query parameter, when given,
        overrides the body and makes the stop kind TIMING.

        ``PATCH /v1/{project_id}/notebooks/{id}/lease`` (IAM action ``modelarts:notebook:updateStopPolicy``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            duration: Renewal in milliseconds. When present, the body is ignored and the stop kind is TIMING. Default 3600000 on the server.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.RENEW_LEASE,
            {"id": id, "duration": duration},
            body=body,
            cast_to=_models.NotebookLease,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_algorithm_by_uuid(
        self,
        *,
        algorithm_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Algorithm:
        """Show one algorithm.

        Returns the metadata, job configuration and constraints of an algorithm.

        ``GET /v2/{project_id}/algorithms/{algorithm_id}``

        Args:
            algorithm_id: Algorithm id (a UUID), as metadata.id of the algorithm.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_ALGORITHM_BY_UUID,
            {"algorithm_id": algorithm_id},
            cast_to=_models.Algorithm,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Show one Lite Server instance.

        Returns the server with its current status, network endpoints, volumes and image.

        ``GET /v1/{project_id}/dev-servers/{id}``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_dev_server_running(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DevServer:
        """Poll ``show_dev_server`` until ``/status`` is RUNNING.

        Raises WaiterError on CREATE_FAILED, START_FAILED, ERROR, DELETED, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_dev_server(
                id=id,
            ),
            _ops._WAITERS["wait_until_dev_server_running"],
            timeout,
            interval,
            on_poll,
        )

    def wait_until_dev_server_stopped(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DevServer:
        """Poll ``show_dev_server`` until ``/status`` is STOPPED.

        Raises WaiterError on STOP_FAILED, ERROR, DELETED, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_dev_server(
                id=id,
            ),
            _ops._WAITERS["wait_until_dev_server_stopped"],
            timeout,
            interval,
            on_poll,
        )

    def show_dynamic_storage(
        self,
        *,
        instance_id: str,
        storage_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Show one storage mount of a notebook instance.

        Returns one mount of a running instance with its status.

        ``GET /v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}`` (IAM action ``modelarts:notebook:getMountedStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            storage_id: Id of the storage mount, as returned by attach_dynamic_storage or list_dynamic_storages.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_DYNAMIC_STORAGE,
            {"instance_id": instance_id, "storage_id": storage_id},
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_storage_mounted(
        self,
        *,
        instance_id: str,
        storage_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DynamicStorage:
        """Poll ``show_dynamic_storage`` until ``/status`` is MOUNTED.

        Raises WaiterError on MOUNT_FAILED, and WaiterTimeoutError
        after ``timeout`` seconds (default 600). ``interval``: seconds
        between polls (default 3). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_dynamic_storage(
                instance_id=instance_id,
                storage_id=storage_id,
            ),
            _ops._WAITERS["wait_until_storage_mounted"],
            timeout,
            interval,
            on_poll,
        )

    def wait_until_storage_unmounted(
        self,
        *,
        instance_id: str,
        storage_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DynamicStorage:
        """Poll ``show_dynamic_storage`` until ``/status`` is UNMOUNTED.

        Raises WaiterError on UNMOUNT_FAILED, and WaiterTimeoutError
        after ``timeout`` seconds (default 600). ``interval``: seconds
        between polls (default 3). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_dynamic_storage(
                instance_id=instance_id,
                storage_id=storage_id,
            ),
            _ops._WAITERS["wait_until_storage_unmounted"],
            timeout,
            interval,
            on_poll,
        )

    def show_image(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Show one image.

        Returns the details of one image.

        ``GET /v1/{project_id}/images/{id}`` (IAM action ``modelarts:image:get``)

        Args:
            id: Image id (UUID).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_IMAGE,
            {"id": id},
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Show a notebook instance.

        Returns one notebook instance: its status, flavor, image, storage, lease, access URL
        and endpoints. Waiters poll this operation on `status`.

        ``GET /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:get``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_notebook_running(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.Notebook:
        """Poll ``show_notebook`` until ``/status`` is RUNNING.

        Raises WaiterError on CREATE_FAILED, START_FAILED, ERROR, DELETED, FROZEN, and WaiterTimeoutError
        after ``timeout`` seconds (default 1800). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_notebook(
                id=id,
            ),
            _ops._WAITERS["wait_until_notebook_running"],
            timeout,
            interval,
            on_poll,
        )

    def wait_until_notebook_stopped(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.Notebook:
        """Poll ``show_notebook`` until ``/status`` is STOPPED.

        Raises WaiterError on ERROR, DELETED, FROZEN, and WaiterTimeoutError
        after ``timeout`` seconds (default 1800). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_notebook(
                id=id,
            ),
            _ops._WAITERS["wait_until_notebook_stopped"],
            timeout,
            interval,
            on_poll,
        )

    def show_pool(
        self,
        *,
        pool_name: str,
        x_model_arts_user_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Pool:
        """Show one resource pool.

        Returns a resource pool: its labels and annotations, its spec (type, job scopes,
        flavors and node counts, network, driver) and its status (phase, node counts by
        state, scope states, clusters).

        ``GET /v2/{project_id}/pools/{pool_name}``

        Args:
            pool_name: Name (id) of the resource pool, metadata.name of the pool object.
            x_model_arts_user_id: Id of the user the call acts for (used by delegated callers).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_POOL,
            {"pool_name": pool_name, "x_model_arts_user_id": x_model_arts_user_id},
            cast_to=_models.Pool,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_training_job_details(
        self,
        *,
        training_job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Show a training job.

        Returns a training job with its current status. status.phase is the stable
        first-level state that waiters should poll; status.secondary_phase is an internal,
        unstable detail.

        ``GET /v2/{project_id}/training-jobs/{training_job_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_DETAILS,
            {"training_job_id": training_job_id},
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_training_job_completed(
        self,
        *,
        training_job_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.TrainingJob:
        """Poll ``show_training_job_details`` until ``/status/phase`` is Completed.

        Raises WaiterError on Failed, Abnormal, Terminated, and WaiterTimeoutError
        after ``timeout`` seconds (default 86400). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_training_job_details(
                training_job_id=training_job_id,
            ),
            _ops._WAITERS["wait_until_training_job_completed"],
            timeout,
            interval,
            on_poll,
        )

    def wait_until_training_job_running(
        self,
        *,
        training_job_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.TrainingJob:
        """Poll ``show_training_job_details`` until ``/status/phase`` is Running or Completed.

        Raises WaiterError on Failed, Abnormal, Terminated, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return wait(  # type: ignore[no-any-return]
            lambda: self.show_training_job_details(
                training_job_id=training_job_id,
            ),
            _ops._WAITERS["wait_until_training_job_running"],
            timeout,
            interval,
            on_poll,
        )

    def show_training_job_engines(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingEngineList:
        """List the preset AI engines (frameworks) available to training jobs.

        Returns the preset AI engines and their versions. Use engine_name and engine_version
        (or engine_id) as the engine of an algorithm or training job.

        ``GET /v2/{project_id}/training-job-engines``
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_ENGINES,
            {},
            cast_to=_models.TrainingEngineList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_training_job_flavors(
        self,
        *,
        flavor_type: Optional[Union[_models.ShowTrainingJobFlavorsFlavorType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingFlavorList:
        """List the public resource flavors available to training jobs.

        Returns the public resource flavors (CPU, GPU or Ascend) that a training job can run
        on. Use a flavor's flavor_id as spec.resource.flavor_id when creating a job, and its
        flavor_info.max_num as the upper bound of spec.resource.node_count.

        ``GET /v2/{project_id}/training-job-flavors``

        Args:
            flavor_type: Only return flavors of this type; all types when omitted.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_FLAVORS,
            {"flavor_type": flavor_type},
            cast_to=_models.TrainingFlavorList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_training_job_logs_url(
        self,
        *,
        training_job_id: str,
        task_id: str,
        content_type: Optional[Union[_models.ShowTrainingJobLogsUrlContentType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJobLogUrl:
        """Get a temporary OBS link to the full log of one task of a training job.

        Returns a temporary, pre-signed OBS link (valid for about five minutes) to the
        complete log of a task. The Content-Type request header chooses the kind of link:
        text/plain returns a preview link, application/octet-stream a download link.
        This operation is not in the official SDK; its name follows the SDK's conventions.

        ``GET /v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            task_id: Task name of the training job, one of its status.tasks, such as worker-0.
            content_type: Kind of link to return: text/plain for a temporary preview link, application/octet-stream for a temporary download link. Although the request has no body, the server reads this header; clients must send it themselves, since OpenAPI tooling ignores header parameters named Content-Type.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_LOGS_URL,
            {"training_job_id": training_job_id, "task_id": task_id, "content_type": content_type},
            cast_to=_models.TrainingJobLogUrl,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_training_job_metrics(
        self,
        *,
        training_job_id: str,
        task_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJobMetrics:
        """Show the running metrics of one task of a training job.

        Returns CPU, memory, GPU and NPU usage series of a task of a training job, one
        one-minute average per value. -1 means no data for that minute (for example before
        the task started, or for a device the flavor does not have).

        ``GET /v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            task_id: Task name of the training job, one of its status.tasks, such as worker-0.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_METRICS,
            {"training_job_id": training_job_id, "task_id": task_id},
            cast_to=_models.TrainingJobMetrics,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def show_workload_statistics(
        self,
        *,
        pool_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.PoolWorkloadStatisticsResponse:
        """Count the workloads of a pool by type and status.

        Returns, for each workload type (training, inference, notebook) running on the pool,
        the number of workloads in each status.

        ``GET /v2/{project_id}/statistics/pools/{pool_name}/workloads``

        Args:
            pool_name: Name (id) of the resource pool, metadata.name of the pool object.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.SHOW_WORKLOAD_STATISTICS,
            {"pool_name": pool_name},
            cast_to=_models.PoolWorkloadStatisticsResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def start_dev_server(
        self,
        *,
        id: str,
        body: _models.DevServerStartRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Start a stopped Lite Server instance.

        Starts a stopped server. The server is returned in status STARTING; it becomes
        RUNNING (or START_FAILED).

        ``PUT /v1/{project_id}/dev-servers/{id}/start``

        Args:
            id: Lite Server instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.START_DEV_SERVER,
            {"id": id},
            body=body,
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def start_notebook(
        self,
        *,
        id: str,
        duration: Optional[int] = None,
        type: Optional[Union[_models.StartNotebookType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Start a stopped notebook instance.

        Starts an instance; it goes through STARTING to RUNNING. `duration` and `type` set
        the auto-stop rule of the new run.

        ``POST /v1/{project_id}/notebooks/{id}/start`` (IAM action ``modelarts:notebook:start``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            duration: Running time after the start, in milliseconds; the instance stops when it runs out. Default 3600000 on the server.
            type: Auto-stop kind (TIMING stops after the duration, IDLE stops when idle). Default 'TIMING' on the server.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.START_NOTEBOOK,
            {"id": id, "duration": duration, "type": type},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stop_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Stop a running Lite Server instance.

        Stops a running server, for instance to save resources or for maintenance. The
        server is returned in status STOPPING; it becomes STOPPED (or STOP_FAILED).

        ``PUT /v1/{project_id}/dev-servers/{id}/stop``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.STOP_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stop_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Stop a running notebook instance.

        Stops an instance; it goes through STOPPING to STOPPED. Its storage is kept.

        ``POST /v1/{project_id}/notebooks/{id}/stop`` (IAM action ``modelarts:notebook:stop``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.STOP_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stop_training_job(
        self,
        *,
        training_job_id: str,
        body: _models.TrainingJobActionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Terminate a training job.

        Runs an action on a training job; the only action is terminate. Only jobs in phase
        Creating, Pending or Running can be terminated. The job moves to Terminating and then
        Terminated; the response is the job.

        ``POST /v2/{project_id}/training-jobs/{training_job_id}/actions``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.STOP_TRAINING_JOB,
            {"training_job_id": training_job_id},
            body=body,
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stop_training_job_version_v1(
        self,
        *,
        job_id: int,
        version_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobActionResponse:
        """Stop a running version of a legacy (v1) training job.

        Stops a version of a training job that is running. The call takes no body; the
        version moves to a terminated state asynchronously.

        ``POST /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop``

        Args:
            job_id: Id of the (v1) training job.
            version_id: Id of the training job version.
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.STOP_TRAINING_JOB_VERSION_V1,
            {"job_id": job_id, "version_id": version_id},
            cast_to=_models.V1TrainingJobActionResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_notebook(
        self,
        *,
        id: str,
        body: _models.NotebookUpdateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Update a notebook instance.

        Changes the name, description, flavor, image, endpoints, hooks, affinity, storage or
        network settings of an instance, or grows its EVS storage (storage_new_size).

        ``PUT /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:update``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return self._call(  # type: ignore[no-any-return]
            _ops.UPDATE_NOTEBOOK,
            {"id": id},
            body=body,
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncModelArts(AsyncAPIClient):
    """Asynchronous client of the Huawei Cloud ModelArts API; use it with ``async with``."""

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        region: str | None = None,
        project_id: str | None = None,
        ak: str | None = None,
        sk: str | None = None,
        security_token: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        domain: str | None = None,
        profile: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        endpoints: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Settings come from the arguments, else the environment, else the config profile.

        Args:
            endpoint: base URL; default MODELARTS_ENDPOINT, else the spec's server for ``region``.
            region: fills ``{region}`` in the server URL; default MODELARTS_REGION.
            project_id: IAM project id of the region; fills {project_id} in every path. Default HUAWEICLOUD_SDK_PROJECT_ID.
            ak, sk: access key pair for request signing; default HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK.
            security_token: token of temporary credentials; default HUAWEICLOUD_SDK_SECURITY_TOKEN.
            token: API key sent in the header 'X-Auth-Token' (IAM token, as returned in the X-Subject-Token header of the IAM token call); default MODELARTS_TOKEN.
            username, password, domain: log in for a token (fetched when first needed and
                renewed before it expires); default MODELARTS_USERNAME, MODELARTS_PASSWORD,
                MODELARTS_DOMAIN.
            profile: profile of the config file to read settings from; default
                MODELARTS_PROFILE, else "default".
            timeout: seconds (or an httpx.Timeout) per request; default 60 s, 10 s to connect.
            max_retries: retries of failed connections, 408, 429 and 5xx answers; default 2.
            endpoints: URLs of the other servers some operations use, by name (iam; default MODELARTS_IAM_ENDPOINT).
        """
        options = ClientOptions.resolve(
            endpoint=endpoint,
            region=region,
            ak=ak,
            sk=sk,
            security_token=security_token,
            credentials={"token": token},
            username=username,
            password=password,
            domain=domain,
            profile=profile,
            client_parameters={
                "project_id": project_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            endpoints=endpoints,
        )
        super().__init__(options, http_client)

    async def attach_dynamic_storage(
        self,
        *,
        instance_id: str,
        body: _models.DynamicStorageAttachRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Mount storage into a running notebook instance.

        Mounts an OBS parallel file system (or SFS Turbo) directory under /data/ of a
        running instance, where it can be read and written as a file system. Mounting is
        asynchronous: the mount comes back in MOUNTING; poll show_dynamic_storage.

        ``POST /v1/{project_id}/notebooks/{instance_id}/storage`` (IAM action ``modelarts:notebook:mountStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.ATTACH_DYNAMIC_STORAGE,
            {"instance_id": instance_id},
            body=body,
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def batch_add_samples(
        self,
        *,
        dataset_id: str,
        body: _models.DatasetSamplesAddRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetSamplesAddResponse:
        """Add samples (files with optional labels) to a dataset in one call.

        Uploads sample files, each given inline as base64 data, to a dataset, optionally
        with their labels and metadata. The answer reports the result for each sample.

        ``POST /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples``

        Args:
            dataset_id: Dataset id.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.BATCH_ADD_SAMPLES,
            {"dataset_id": dataset_id},
            body=body,
            cast_to=_models.DatasetSamplesAddResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def batch_delete_workforce_workers(
        self,
        *,
        workforce_id: str,
        body: _models.DatasetWorkersBatchDeleteRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetBatchResult:
        """Remove several members from a labeling team.

        Deletes the given members (identified by email) from a labeling team; the answer
        reports the result for each member.

        ``POST /v2/{project_id}/workforces/{workforce_id}/workers/batch-delete``

        Args:
            workforce_id: Id of the labeling team.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.BATCH_DELETE_WORKFORCE_WORKERS,
            {"workforce_id": workforce_id},
            body=body,
            cast_to=_models.DatasetBatchResult,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_algorithm(
        self,
        *,
        body: _models.AlgorithmCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Algorithm:
        """Create an algorithm.

        Creates an algorithm from a code directory and boot file (or a custom image and
        command), an engine, data input and output channels and hyperparameters. The new
        algorithm's id (metadata.id) is what a training job references in algorithm.id.

        ``POST /v2/{project_id}/algorithms``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_ALGORITHM,
            {},
            body=body,
            cast_to=_models.Algorithm,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_dev_server(
        self,
        *,
        body: _models.DevServerCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Create a Lite Server instance.

        Creates one server (or `count` servers) from a flavor and an image in the given
        VPC, subnet and security group. Give exactly one of `admin_pass` and
        `key_pair_name`, and exactly one of `flavor` and `resource_flavor`. The server is
        returned in status CREATING; poll show_dev_server until it is RUNNING (or
        CREATE_FAILED).

        ``POST /v1/{project_id}/dev-servers``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_DEV_SERVER,
            {},
            body=body,
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_image(
        self,
        *,
        id: str,
        body: _models.ImageCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Save a notebook instance as a custom image.

        Saves the running notebook instance's environment as a new image in the given SWR
        organization. The image starts in status CREATING (the notebook is unavailable
        meanwhile) and becomes ACTIVE when saved.

        ``POST /v1/{project_id}/notebooks/{id}/create-image`` (IAM action ``modelarts:image:create``)

        Args:
            id: Notebook instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_IMAGE,
            {"id": id},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_notebook(
        self,
        *,
        body: _models.NotebookCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Create a notebook instance.

        Creates a notebook instance from an image, a flavor (or a custom spec in a dedicated
        pool) and storage. Creation is asynchronous: the instance comes back in CREATING and
        moves to RUNNING (or CREATE_FAILED); poll show_notebook for its status.

        ``POST /v1/{project_id}/notebooks`` (IAM action ``modelarts:notebook:create``)

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_NOTEBOOK,
            {},
            body=body,
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_training_job(
        self,
        *,
        body: _models.TrainingJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Create a training job.

        Creates a training job, usually from an algorithm id (or a code directory and boot
        file, or a custom image), with its data inputs and outputs, resource flavor and node
        count. The job starts in phase Creating; poll show_training_job_details until
        status.phase is Completed, Failed, Terminated or Abnormal.

        ``POST /v2/{project_id}/training-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_TRAINING_JOB,
            {},
            body=body,
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_training_job_v1(
        self,
        *,
        body: _models.V1TrainingJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobCreateResponse:
        """Create a legacy (v1) training job.

        Creates a training job and its first version. The call is asynchronous: the job
        status is read later with the v1 list and version-detail calls. The job reads its
        data from `data_url`, from a dataset (`dataset_id` + `dataset_version_id`) or from
        `data_source` (exactly one of them), runs on a public spec (`spec_id`) or a dedicated
        pool (`pool_id`), and uses either a preset engine (`engine_id`, with `app_url` and
        `boot_file_url`), a preset algorithm (`model_id`) or a custom image
        (`user_image_url` + `user_command`).

        ``POST /v1/{project_id}/training-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_TRAINING_JOB_V1,
            {},
            body=body,
            cast_to=_models.V1TrainingJobCreateResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_visualization_job(
        self,
        *,
        body: _models.VisualizationJobCreateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.VisualizationJobCreateResponse:
        """Create a visualization (TensorBoard) job.

        Creates a visualization job that serves the training output found at `train_url`,
        optionally with a flavor and an automatic stop after a number of hours.

        ``POST /v1/{project_id}/visualization-jobs``

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.CREATE_VISUALIZATION_JOB,
            {},
            body=body,
            cast_to=_models.VisualizationJobCreateResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_algorithm(
        self,
        *,
        algorithm_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete an algorithm.

        Deletes an algorithm. The server accepts the request and answers without a body.

        ``DELETE /v2/{project_id}/algorithms/{algorithm_id}``

        Args:
            algorithm_id: Algorithm id (a UUID), as metadata.id of the algorithm.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_ALGORITHM,
            {"algorithm_id": algorithm_id},
            cast_to=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Delete a Lite Server instance.

        Deletes the server and releases its resources. The server is returned in status
        DELETING; it disappears (or shows DELETED) when done, or shows DELETE_FAILED.

        ``DELETE /v1/{project_id}/dev-servers/{id}``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_image(
        self,
        *,
        id: str,
        body: _models.ImageDeleteRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Delete a custom image.

        Removes an image from ModelArts image management. For a private image of the caller,
        `is_force: true` also deletes the image content in SWR.

        ``DELETE /v1/{project_id}/images/{id}`` (IAM action ``modelarts:image:delete``)

        Args:
            id: Image id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_IMAGE,
            {"id": id},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Delete a notebook instance.

        Deletes an instance together with its container and storage. Deletion is
        asynchronous: the instance is returned in DELETING.

        ``DELETE /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:delete``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_training_job(
        self,
        *,
        training_job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete a training job.

        Deletes a training job. The server accepts the request and answers 202 without a
        body; the deletion completes asynchronously.

        ``DELETE /v2/{project_id}/training-jobs/{training_job_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_TRAINING_JOB,
            {"training_job_id": training_job_id},
            cast_to=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_training_job_version_v1(
        self,
        *,
        job_id: int,
        version_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobActionResponse:
        """Delete one version of a legacy (v1) training job.

        Deletes a version of a training job. A running version should be stopped first.

        ``DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}``

        Args:
            job_id: Id of the (v1) training job.
            version_id: Id of the training job version.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DELETE_TRAINING_JOB_VERSION_V1,
            {"job_id": job_id, "version_id": version_id},
            cast_to=_models.V1TrainingJobActionResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def detach_dynamic_storage(
        self,
        *,
        instance_id: str,
        storage_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Unmount storage from a notebook instance.

        Unmounts a storage mount from a running instance. The OBS objects are left as they
        are but can no longer be used from the container. Unmounting is asynchronous: the
        mount comes back in UNMOUNTING.

        ``DELETE /v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}`` (IAM action ``modelarts:notebook:umountStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            storage_id: Id of the storage mount, as returned by attach_dynamic_storage or list_dynamic_storages.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.DETACH_DYNAMIC_STORAGE,
            {"instance_id": instance_id, "storage_id": storage_id},
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def keystone_create_user_token_by_password(
        self,
        *,
        nocatalog: Optional[str] = None,
        body: _models.IamPasswordTokenRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.IamTokenResponse:
        """Get an IAM user token with a user name and password.

        Authenticates an IAM user by name, password and account (domain) name and issues a
        token scoped to a project (or to the whole account). The token itself is returned
        in the X-Subject-Token response header, not in the body; send it as X-Auth-Token.
        A token is valid for 24 hours.

        ``POST /v3/auth/tokens``

        Args:
            nocatalog: When set to any non-empty string, the response body leaves out the service catalog.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD,
            {"nocatalog": nocatalog},
            body=body,
            cast_to=_models.IamTokenResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_algorithms(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListAlgorithmsOrder, str]] = None,
        group_by: Optional[str] = None,
        searches: Optional[str] = None,
        workspace_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.AlgorithmList:
        """List algorithms.

        Lists the algorithms of the caller, one page at a time, optionally filtered, grouped
        and sorted.

        ``GET /v2/{project_id}/algorithms``

        Args:
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            limit: Maximum number of algorithms to return (1 to 50).
            sort_by: Field to sort by; create_time by default. Default 'create_time' on the server.
            order: Sort order; desc (newest first) by default. Default 'desc' on the server.
            group_by: Grouping condition of the search.
            searches: Filter conditions, such as a fuzzy match on the algorithm name.
            workspace_id: Workspace id; "0" (the default workspace) when no workspace was created.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_ALGORITHMS,
            {
                "offset": offset,
                "limit": limit,
                "sort_by": sort_by,
                "order": order,
                "group_by": group_by,
                "searches": searches,
                "workspace_id": workspace_id,
            },
            cast_to=_models.AlgorithmList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_algorithms_iter(
        self,
        *,
        limit: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListAlgorithmsOrder, str]] = None,
        group_by: Optional[str] = None,
        searches: Optional[str] = None,
        workspace_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.Algorithm]:
        """Every item of ``list_algorithms`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_algorithms,
            {
                "limit": limit,
                "sort_by": sort_by,
                "order": order,
                "group_by": group_by,
                "searches": searches,
                "workspace_id": workspace_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_algorithms_iter"],
        )

    async def list_dev_servers(
        self,
        *,
        owner: Optional[str] = None,
        sort_dir: Optional[Union[_models.ListDevServersSortDir, str]] = None,
        sort_key: Optional[Union[_models.ListDevServersSortKey, str]] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServerList:
        """List Lite Server instances.

        Lists the caller's servers one page at a time, sorted by creation or update time.

        ``GET /v1/{project_id}/dev-servers``

        Args:
            owner: User id owning the servers (1-64 lowercase letters, digits and hyphens); takes effect for accounts with admin rights.
            sort_dir: Sort direction.
            sort_key: Field to sort by. Default 'createTime' on the server.
            limit: Maximum number of records to return on one page.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_DEV_SERVERS,
            {
                "owner": owner,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "limit": limit,
                "offset": offset,
            },
            cast_to=_models.DevServerList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_dev_servers_iter(
        self,
        *,
        owner: Optional[str] = None,
        sort_dir: Optional[Union[_models.ListDevServersSortDir, str]] = None,
        sort_key: Optional[Union[_models.ListDevServersSortKey, str]] = None,
        limit: Optional[int] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.DevServer]:
        """Every item of ``list_dev_servers`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_dev_servers,
            {
                "owner": owner,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "limit": limit,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_dev_servers_iter"],
        )

    async def list_dynamic_storages(
        self,
        *,
        instance_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorageList:
        """List the storage mounted into a notebook instance.

        Lists the OBS, PFS and SFS Turbo storage mounted into a running instance.

        ``GET /v1/{project_id}/notebooks/{instance_id}/storage`` (IAM action ``modelarts:notebook:listMountedStorages``)

        Args:
            instance_id: Notebook instance id (UUID).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_DYNAMIC_STORAGES,
            {"instance_id": instance_id},
            cast_to=_models.DynamicStorageList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_image(
        self,
        *,
        limit: Optional[int] = None,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        offset: Optional[int] = None,
        service_type: Optional[Union[_models.ListImageServiceType, str]] = None,
        sort_dir: Optional[Union[_models.ListImageSortDir, str]] = None,
        sort_key: Optional[str] = None,
        type: Optional[Union[_models.ListImageType, str]] = None,
        workspace_id: Optional[str] = None,
        show_name: Optional[str] = None,
        show_tag: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageList:
        """List the images the caller can use.

        Lists preset and custom images, filtered by name, organization, type, service type
        and workspace, one page at a time.

        ``GET /v1/{project_id}/images`` (IAM action ``modelarts:image:list``)

        Args:
            limit: Maximum number of records to return on one page.
            name: Image name (lowercase letters, digits, hyphens, underscores and dots).
            name_fuzzy_match: Whether `name` matches by substring (true) or exactly (false). Default True on the server.
            namespace: SWR organization the image belongs to.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            service_type: Service the image is meant for. Default 'UNKNOWN' on the server.
            sort_dir: Sort direction.
            sort_key: Field(s) to sort by, several separated by commas.
            type: Image type: BUILD_IN (preset) or DEDICATED (saved by the user). Default 'BUILD_IN' on the server.
            workspace_id: Workspace id; "0" (the default workspace) or a 32-character id. Default '0' on the server.
            show_name: Display name of a preset image.
            show_tag: Display tag (version) of a preset image.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_IMAGE,
            {
                "limit": limit,
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "offset": offset,
                "service_type": service_type,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "type": type,
                "workspace_id": workspace_id,
                "show_name": show_name,
                "show_tag": show_tag,
            },
            cast_to=_models.ImageList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_image_iter(
        self,
        *,
        limit: Optional[int] = None,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        service_type: Optional[Union[_models.ListImageServiceType, str]] = None,
        sort_dir: Optional[Union[_models.ListImageSortDir, str]] = None,
        sort_key: Optional[str] = None,
        type: Optional[Union[_models.ListImageType, str]] = None,
        workspace_id: Optional[str] = None,
        show_name: Optional[str] = None,
        show_tag: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.ImageDetail]:
        """Every item of ``list_image`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_image,
            {
                "limit": limit,
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "service_type": service_type,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "type": type,
                "workspace_id": workspace_id,
                "show_name": show_name,
                "show_tag": show_tag,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_image_iter"],
        )

    async def list_image_group(
        self,
        *,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        type: Optional[Union[_models.ListImageGroupType, str]] = None,
        workspace_id: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        swr_instance_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageGroupList:
        """List image groups (images grouped by name across versions).

        Lists an overview of images grouped by name, with the number of versions of each,
        one page at a time.

        ``GET /v1/{project_id}/images/group`` (IAM action ``modelarts:image:listGroup``)

        Args:
            name: Image name (lowercase letters, digits, hyphens, underscores and dots).
            name_fuzzy_match: Whether `name` matches by substring (true) or exactly (false). Default True on the server.
            namespace: SWR organization the image belongs to.
            type: Image type: BUILD_IN (preset) or DEDICATED (saved by the user).
            workspace_id: Workspace id; "0" (the default workspace) or a 32-character id. Default '0' on the server.
            limit: Maximum number of records to return on one page.
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            swr_instance_id: Id of an SWR Enterprise Edition instance.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_IMAGE_GROUP,
            {
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "type": type,
                "workspace_id": workspace_id,
                "limit": limit,
                "offset": offset,
                "swr_instance_id": swr_instance_id,
            },
            cast_to=_models.ImageGroupList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_image_group_iter(
        self,
        *,
        name: Optional[str] = None,
        name_fuzzy_match: Optional[bool] = None,
        namespace: Optional[str] = None,
        type: Optional[Union[_models.ListImageGroupType, str]] = None,
        workspace_id: Optional[str] = None,
        limit: Optional[int] = None,
        swr_instance_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.ImageGroup]:
        """Every item of ``list_image_group`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_image_group,
            {
                "name": name,
                "name_fuzzy_match": name_fuzzy_match,
                "namespace": namespace,
                "type": type,
                "workspace_id": workspace_id,
                "limit": limit,
                "swr_instance_id": swr_instance_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_image_group_iter"],
        )

    async def list_notebooks(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        sort_dir: Optional[Union[_models.ListNotebooksSortDir, str]] = None,
        sort_key: Optional[str] = None,
        feature: Optional[Union[_models.ListNotebooksFeature, str]] = None,
        name: Optional[str] = None,
        id: Optional[str] = None,
        status: Optional[Union[_models.NotebookStatus, str]] = None,
        pool_id: Optional[str] = None,
        pool_name: Optional[str] = None,
        owner: Optional[str] = None,
        workspace_id: Optional[str] = None,
        flavor: Optional[str] = None,
        image_id: Optional[str] = None,
        swr_path: Optional[str] = None,
        billing: Optional[Union[_models.ListNotebooksBilling, str]] = None,
        tags: Optional[str] = None,
        description: Optional[str] = None,
        ip: Optional[str] = None,
        username: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.NotebookList:
        """List notebook instances.

        Lists the notebook instances of the project one page at a time, optionally filtered
        by name, status, flavor, image, pool, owner, tags and more.

        ``GET /v1/{project_id}/notebooks`` (IAM action ``modelarts:notebook:list``)

        Args:
            offset: Index of the first record to return, starting at 0. Default 0 on the server.
            limit: Maximum number of records to return on one page.
            sort_dir: Sort direction.
            sort_key: Field(s) to sort by; several fields are separated by commas.
            feature: Instance kind (DEFAULT is the free CodeLab instance, NOTEBOOK a billed one). Default 'NOTEBOOK' on the server.
            name: Instance name; fuzzy match.
            id: Instance id.
            status: Only instances in this status.
            pool_id: Dedicated resource pool id.
            pool_name: Dedicated resource pool name; fuzzy match.
            owner: User id that owns the instances; honoured for accounts with admin rights (usually the id of the calling user).
            workspace_id: Workspace id; "0" when no workspace was created. Default '0' on the server.
            flavor: Flavor code, such as modelarts.vm.cpu.2u; fuzzy match. Custom specs of dedicated pools cannot be queried.
            image_id: Image id (UUID) the instances were created from.
            swr_path: SWR path of the instance image (image.swr_path); fuzzy match.
            billing: Billing kind of the instances.
            tags: Tag filter: key|value pairs separated by commas, for example tag_key1|tag_value1,tag_key2|tag_value2.
            description: Instance description; fuzzy match.
            ip: IPv4 address of the node the instance runs on.
            username: Name of the user who created the instances; fuzzy match.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_NOTEBOOKS,
            {
                "offset": offset,
                "limit": limit,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "feature": feature,
                "name": name,
                "id": id,
                "status": status,
                "pool_id": pool_id,
                "pool_name": pool_name,
                "owner": owner,
                "workspace_id": workspace_id,
                "flavor": flavor,
                "image_id": image_id,
                "swr_path": swr_path,
                "billing": billing,
                "tags": tags,
                "description": description,
                "ip": ip,
                "username": username,
            },
            cast_to=_models.NotebookList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_notebooks_iter(
        self,
        *,
        limit: Optional[int] = None,
        sort_dir: Optional[Union[_models.ListNotebooksSortDir, str]] = None,
        sort_key: Optional[str] = None,
        feature: Optional[Union[_models.ListNotebooksFeature, str]] = None,
        name: Optional[str] = None,
        id: Optional[str] = None,
        status: Optional[Union[_models.NotebookStatus, str]] = None,
        pool_id: Optional[str] = None,
        pool_name: Optional[str] = None,
        owner: Optional[str] = None,
        workspace_id: Optional[str] = None,
        flavor: Optional[str] = None,
        image_id: Optional[str] = None,
        swr_path: Optional[str] = None,
        billing: Optional[Union[_models.ListNotebooksBilling, str]] = None,
        tags: Optional[str] = None,
        description: Optional[str] = None,
        ip: Optional[str] = None,
        username: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.Notebook]:
        """Every item of ``list_notebooks`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_notebooks,
            {
                "limit": limit,
                "sort_dir": sort_dir,
                "sort_key": sort_key,
                "feature": feature,
                "name": name,
                "id": id,
                "status": status,
                "pool_id": pool_id,
                "pool_name": pool_name,
                "owner": owner,
                "workspace_id": workspace_id,
                "flavor": flavor,
                "image_id": image_id,
                "swr_path": swr_path,
                "billing": billing,
                "tags": tags,
                "description": description,
                "ip": ip,
                "username": username,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_notebooks_iter"],
        )

    async def list_visualization_jobs(
        self,
        *,
        status: Optional[int] = None,
        per_page: Optional[int] = None,
        page: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListVisualizationJobsOrder, str]] = None,
        search_content: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.VisualizationJobList:
        """List visualization jobs.

        Lists the caller's visualization jobs one page at a time, filtered by status and by
        a search string, with the caller's quota.

        ``GET /v1/{project_id}/visualization-jobs``

        Args:
            status: Only jobs in this status (a job status code); all statuses when absent.
            per_page: Number of jobs per page. Default 10 on the server.
            page: Index of the page to return. Default 1 on the server.
            sort_by: Field to sort by, such as job_name, create_time, status or duration. Default 'job_name' on the server.
            order: Sort order. Default 'desc' on the server.
            search_content: Text to search for in job names, 0 to 100 characters.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.LIST_VISUALIZATION_JOBS,
            {
                "status": status,
                "per_page": per_page,
                "page": page,
                "sort_by": sort_by,
                "order": order,
                "search_content": search_content,
            },
            cast_to=_models.VisualizationJobList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_visualization_jobs_iter(
        self,
        *,
        status: Optional[int] = None,
        per_page: Optional[int] = None,
        sort_by: Optional[str] = None,
        order: Optional[Union[_models.ListVisualizationJobsOrder, str]] = None,
        search_content: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncIterator[_models.VisualizationJob]:
        """Every item of ``list_visualization_jobs`` (``async for``), fetching pages as needed."""
        return aiterate(
            self.list_visualization_jobs,
            {
                "status": status,
                "per_page": per_page,
                "sort_by": sort_by,
                "order": order,
                "search_content": search_content,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            _ops._PAGES["list_visualization_jobs_iter"],
        )

    async def notify_workforce_task(
        self,
        *,
        dataset_id: str,
        workforce_task_id: str,
        body: _models.DatasetWorkforceTaskNotifyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DatasetBatchResult:
        """Send an email to members of a team labeling task.

        Emails the given labeling team members about the team labeling task; the answer
        reports the result for each address.

        ``POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify``

        Args:
            dataset_id: Dataset id.
            workforce_task_id: Id of the team labeling task.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.NOTIFY_WORKFORCE_TASK,
            {"dataset_id": dataset_id, "workforce_task_id": workforce_task_id},
            body=body,
            cast_to=_models.DatasetBatchResult,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def register_image(
        self,
        *,
        body: _models.ImageRegisterRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Register a custom SWR image with ModelArts.

        Registers an image already pushed to SWR with ModelArts image management so that
        notebooks and other services can use it.

        ``POST /v1/{project_id}/images`` (IAM action ``modelarts:image:register``)

        Args:
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.REGISTER_IMAGE,
            {},
            body=body,
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def renew_lease(
        self,
        *,
        id: str,
        duration: Optional[int] = None,
        body: _models.NotebookLeaseRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.NotebookLease:
        """Renew the auto-stop lease of a notebook instance.

        Resets how long a running instance may run before it is stopped automatically.
        Prefer the body (duration and type); a `duration` query parameter, when given,
        overrides the body and makes the stop kind TIMING.

        ``PATCH /v1/{project_id}/notebooks/{id}/lease`` (IAM action ``modelarts:notebook:updateStopPolicy``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            duration: Renewal in milliseconds. When present, the body is ignored and the stop kind is TIMING. Default 3600000 on the server.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.RENEW_LEASE,
            {"id": id, "duration": duration},
            body=body,
            cast_to=_models.NotebookLease,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_algorithm_by_uuid(
        self,
        *,
        algorithm_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Algorithm:
        """Show one algorithm.

        Returns the metadata, job configuration and constraints of an algorithm.

        ``GET /v2/{project_id}/algorithms/{algorithm_id}``

        Args:
            algorithm_id: Algorithm id (a UUID), as metadata.id of the algorithm.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_ALGORITHM_BY_UUID,
            {"algorithm_id": algorithm_id},
            cast_to=_models.Algorithm,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Show one Lite Server instance.

        Returns the server with its current status, network endpoints, volumes and image.

        ``GET /v1/{project_id}/dev-servers/{id}``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_dev_server_running(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DevServer:
        """Poll ``show_dev_server`` until ``/status`` is RUNNING.

        Raises WaiterError on CREATE_FAILED, START_FAILED, ERROR, DELETED, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_dev_server(
                id=id,
            ),
            _ops._WAITERS["wait_until_dev_server_running"],
            timeout,
            interval,
            on_poll,
        )

    async def wait_until_dev_server_stopped(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DevServer:
        """Poll ``show_dev_server`` until ``/status`` is STOPPED.

        Raises WaiterError on STOP_FAILED, ERROR, DELETED, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_dev_server(
                id=id,
            ),
            _ops._WAITERS["wait_until_dev_server_stopped"],
            timeout,
            interval,
            on_poll,
        )

    async def show_dynamic_storage(
        self,
        *,
        instance_id: str,
        storage_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DynamicStorage:
        """Show one storage mount of a notebook instance.

        Returns one mount of a running instance with its status.

        ``GET /v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}`` (IAM action ``modelarts:notebook:getMountedStorage``)

        Args:
            instance_id: Notebook instance id (UUID).
            storage_id: Id of the storage mount, as returned by attach_dynamic_storage or list_dynamic_storages.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_DYNAMIC_STORAGE,
            {"instance_id": instance_id, "storage_id": storage_id},
            cast_to=_models.DynamicStorage,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_storage_mounted(
        self,
        *,
        instance_id: str,
        storage_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DynamicStorage:
        """Poll ``show_dynamic_storage`` until ``/status`` is MOUNTED.

        Raises WaiterError on MOUNT_FAILED, and WaiterTimeoutError
        after ``timeout`` seconds (default 600). ``interval``: seconds
        between polls (default 3). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_dynamic_storage(
                instance_id=instance_id,
                storage_id=storage_id,
            ),
            _ops._WAITERS["wait_until_storage_mounted"],
            timeout,
            interval,
            on_poll,
        )

    async def wait_until_storage_unmounted(
        self,
        *,
        instance_id: str,
        storage_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.DynamicStorage:
        """Poll ``show_dynamic_storage`` until ``/status`` is UNMOUNTED.

        Raises WaiterError on UNMOUNT_FAILED, and WaiterTimeoutError
        after ``timeout`` seconds (default 600). ``interval``: seconds
        between polls (default 3). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_dynamic_storage(
                instance_id=instance_id,
                storage_id=storage_id,
            ),
            _ops._WAITERS["wait_until_storage_unmounted"],
            timeout,
            interval,
            on_poll,
        )

    async def show_image(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.ImageDetail:
        """Show one image.

        Returns the details of one image.

        ``GET /v1/{project_id}/images/{id}`` (IAM action ``modelarts:image:get``)

        Args:
            id: Image id (UUID).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_IMAGE,
            {"id": id},
            cast_to=_models.ImageDetail,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Show a notebook instance.

        Returns one notebook instance: its status, flavor, image, storage, lease, access URL
        and endpoints. Waiters poll this operation on `status`.

        ``GET /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:get``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_notebook_running(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.Notebook:
        """Poll ``show_notebook`` until ``/status`` is RUNNING.

        Raises WaiterError on CREATE_FAILED, START_FAILED, ERROR, DELETED, FROZEN, and WaiterTimeoutError
        after ``timeout`` seconds (default 1800). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_notebook(
                id=id,
            ),
            _ops._WAITERS["wait_until_notebook_running"],
            timeout,
            interval,
            on_poll,
        )

    async def wait_until_notebook_stopped(
        self,
        *,
        id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.Notebook:
        """Poll ``show_notebook`` until ``/status`` is STOPPED.

        Raises WaiterError on ERROR, DELETED, FROZEN, and WaiterTimeoutError
        after ``timeout`` seconds (default 1800). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_notebook(
                id=id,
            ),
            _ops._WAITERS["wait_until_notebook_stopped"],
            timeout,
            interval,
            on_poll,
        )

    async def show_pool(
        self,
        *,
        pool_name: str,
        x_model_arts_user_id: Optional[str] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Pool:
        """Show one resource pool.

        Returns a resource pool: its labels and annotations, its spec (type, job scopes,
        flavors and node counts, network, driver) and its status (phase, node counts by
        state, scope states, clusters).

        ``GET /v2/{project_id}/pools/{pool_name}``

        Args:
            pool_name: Name (id) of the resource pool, metadata.name of the pool object.
            x_model_arts_user_id: Id of the user the call acts for (used by delegated callers).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_POOL,
            {"pool_name": pool_name, "x_model_arts_user_id": x_model_arts_user_id},
            cast_to=_models.Pool,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_training_job_details(
        self,
        *,
        training_job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Show a training job.

        Returns a training job with its current status. status.phase is the stable
        first-level state that waiters should poll; status.secondary_phase is an internal,
        unstable detail.

        ``GET /v2/{project_id}/training-jobs/{training_job_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_DETAILS,
            {"training_job_id": training_job_id},
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_training_job_completed(
        self,
        *,
        training_job_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.TrainingJob:
        """Poll ``show_training_job_details`` until ``/status/phase`` is Completed.

        Raises WaiterError on Failed, Abnormal, Terminated, and WaiterTimeoutError
        after ``timeout`` seconds (default 86400). ``interval``: seconds
        between polls (default 10). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_training_job_details(
                training_job_id=training_job_id,
            ),
            _ops._WAITERS["wait_until_training_job_completed"],
            timeout,
            interval,
            on_poll,
        )

    async def wait_until_training_job_running(
        self,
        *,
        training_job_id: str,
        timeout: float | None = None,
        interval: float | None = None,
        on_poll: Callable[[str, float], None] | None = None,
    ) -> _models.TrainingJob:
        """Poll ``show_training_job_details`` until ``/status/phase`` is Running or Completed.

        Raises WaiterError on Failed, Abnormal, Terminated, and WaiterTimeoutError
        after ``timeout`` seconds (default 3600). ``interval``: seconds
        between polls (default 5). ``on_poll(state, elapsed)`` is called after
        each poll. Returns the last answer.
        """
        return await await_state(  # type: ignore[no-any-return]
            lambda: self.show_training_job_details(
                training_job_id=training_job_id,
            ),
            _ops._WAITERS["wait_until_training_job_running"],
            timeout,
            interval,
            on_poll,
        )

    async def show_training_job_engines(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingEngineList:
        """List the preset AI engines (frameworks) available to training jobs.

        Returns the preset AI engines and their versions. Use engine_name and engine_version
        (or engine_id) as the engine of an algorithm or training job.

        ``GET /v2/{project_id}/training-job-engines``
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_ENGINES,
            {},
            cast_to=_models.TrainingEngineList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_training_job_flavors(
        self,
        *,
        flavor_type: Optional[Union[_models.ShowTrainingJobFlavorsFlavorType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingFlavorList:
        """List the public resource flavors available to training jobs.

        Returns the public resource flavors (CPU, GPU or Ascend) that a training job can run
        on. Use a flavor's flavor_id as spec.resource.flavor_id when creating a job, and its
        flavor_info.max_num as the upper bound of spec.resource.node_count.

        ``GET /v2/{project_id}/training-job-flavors``

        Args:
            flavor_type: Only return flavors of this type; all types when omitted.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_FLAVORS,
            {"flavor_type": flavor_type},
            cast_to=_models.TrainingFlavorList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_training_job_logs_url(
        self,
        *,
        training_job_id: str,
        task_id: str,
        content_type: Optional[Union[_models.ShowTrainingJobLogsUrlContentType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJobLogUrl:
        """Get a temporary OBS link to the full log of one task of a training job.

        Returns a temporary, pre-signed OBS link (valid for about five minutes) to the
        complete log of a task. The Content-Type request header chooses the kind of link:
        text/plain returns a preview link, application/octet-stream a download link.
        This operation is not in the official SDK; its name follows the SDK's conventions.

        ``GET /v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            task_id: Task name of the training job, one of its status.tasks, such as worker-0.
            content_type: Kind of link to return: text/plain for a temporary preview link, application/octet-stream for a temporary download link. Although the request has no body, the server reads this header; clients must send it themselves, since OpenAPI tooling ignores header parameters named Content-Type.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_LOGS_URL,
            {"training_job_id": training_job_id, "task_id": task_id, "content_type": content_type},
            cast_to=_models.TrainingJobLogUrl,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_training_job_metrics(
        self,
        *,
        training_job_id: str,
        task_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJobMetrics:
        """Show the running metrics of one task of a training job.

        Returns CPU, memory, GPU and NPU usage series of a task of a training job, one
        one-minute average per value. -1 means no data for that minute (for example before
        the task started, or for a device the flavor does not have).

        ``GET /v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            task_id: Task name of the training job, one of its status.tasks, such as worker-0.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_TRAINING_JOB_METRICS,
            {"training_job_id": training_job_id, "task_id": task_id},
            cast_to=_models.TrainingJobMetrics,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def show_workload_statistics(
        self,
        *,
        pool_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.PoolWorkloadStatisticsResponse:
        """Count the workloads of a pool by type and status.

        Returns, for each workload type (training, inference, notebook) running on the pool,
        the number of workloads in each status.

        ``GET /v2/{project_id}/statistics/pools/{pool_name}/workloads``

        Args:
            pool_name: Name (id) of the resource pool, metadata.name of the pool object.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.SHOW_WORKLOAD_STATISTICS,
            {"pool_name": pool_name},
            cast_to=_models.PoolWorkloadStatisticsResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def start_dev_server(
        self,
        *,
        id: str,
        body: _models.DevServerStartRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Start a stopped Lite Server instance.

        Starts a stopped server. The server is returned in status STARTING; it becomes
        RUNNING (or START_FAILED).

        ``PUT /v1/{project_id}/dev-servers/{id}/start``

        Args:
            id: Lite Server instance id (UUID).
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.START_DEV_SERVER,
            {"id": id},
            body=body,
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def start_notebook(
        self,
        *,
        id: str,
        duration: Optional[int] = None,
        type: Optional[Union[_models.StartNotebookType, str]] = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Start a stopped notebook instance.

        Starts an instance; it goes through STARTING to RUNNING. `duration` and `type` set
        the auto-stop rule of the new run.

        ``POST /v1/{project_id}/notebooks/{id}/start`` (IAM action ``modelarts:notebook:start``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            duration: Running time after the start, in milliseconds; the instance stops when it runs out. Default 3600000 on the server.
            type: Auto-stop kind (TIMING stops after the duration, IDLE stops when idle). Default 'TIMING' on the server.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.START_NOTEBOOK,
            {"id": id, "duration": duration, "type": type},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def stop_dev_server(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.DevServer:
        """Stop a running Lite Server instance.

        Stops a running server, for instance to save resources or for maintenance. The
        server is returned in status STOPPING; it becomes STOPPED (or STOP_FAILED).

        ``PUT /v1/{project_id}/dev-servers/{id}/stop``

        Args:
            id: Lite Server instance id (UUID).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.STOP_DEV_SERVER,
            {"id": id},
            cast_to=_models.DevServer,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def stop_notebook(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Stop a running notebook instance.

        Stops an instance; it goes through STOPPING to STOPPED. Its storage is kept.

        ``POST /v1/{project_id}/notebooks/{id}/stop`` (IAM action ``modelarts:notebook:stop``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.STOP_NOTEBOOK,
            {"id": id},
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def stop_training_job(
        self,
        *,
        training_job_id: str,
        body: _models.TrainingJobActionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.TrainingJob:
        """Terminate a training job.

        Runs an action on a training job; the only action is terminate. Only jobs in phase
        Creating, Pending or Running can be terminated. The job moves to Terminating and then
        Terminated; the response is the job.

        ``POST /v2/{project_id}/training-jobs/{training_job_id}/actions``

        Args:
            training_job_id: Training job id (a UUID), as metadata.id of the job.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.STOP_TRAINING_JOB,
            {"training_job_id": training_job_id},
            body=body,
            cast_to=_models.TrainingJob,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def stop_training_job_version_v1(
        self,
        *,
        job_id: int,
        version_id: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.V1TrainingJobActionResponse:
        """Stop a running version of a legacy (v1) training job.

        Stops a version of a training job that is running. The call takes no body; the
        version moves to a terminated state asynchronously.

        ``POST /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop``

        Args:
            job_id: Id of the (v1) training job.
            version_id: Id of the training job version.
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.STOP_TRAINING_JOB_VERSION_V1,
            {"job_id": job_id, "version_id": version_id},
            cast_to=_models.V1TrainingJobActionResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_notebook(
        self,
        *,
        id: str,
        body: _models.NotebookUpdateRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _models.Notebook:
        """Update a notebook instance.

        Changes the name, description, flavor, image, endpoints, hooks, affinity, storage or
        network settings of an instance, or grows its EVS storage (storage_new_size).

        ``PUT /v1/{project_id}/notebooks/{id}`` (IAM action ``modelarts:notebook:update``)

        Args:
            id: Notebook instance id (UUID), as returned by create_notebook or list_notebooks.
            body: the request body (a model or a dict).
        """
        from . import models as _models

        return await self._call(  # type: ignore[no-any-return]
            _ops.UPDATE_NOTEBOOK,
            {"id": id},
            body=body,
            cast_to=_models.Notebook,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
