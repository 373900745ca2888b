"""Models of the Huawei Cloud ModelArts API: pydantic v2, wire names as aliases, unknown fields kept."""

from __future__ import annotations

import typing as _t

import pydantic as _p

from ._model_base import (
    Date as _Date,
    DateTime as _DateTime,
    File as _File,
    Uuid as _Uuid,
    NOT_NULL as _NOT_NULL,
    UNKNOWN_VARIANT as _UNKNOWN_VARIANT,
    ApiModel as _ApiModel,
    OpenFloatEnum as _OpenFloatEnum,
    OpenIntEnum as _OpenIntEnum,
    OpenStrEnum as _OpenStrEnum,
    discriminate as _discriminate,
)

__all__ = [
    "Algorithm",
    "AlgorithmAdvancedConfig",
    "AlgorithmAutoSearch",
    "AlgorithmAutoSearchAlgoConfigsItem",
    "AlgorithmAutoSearchAlgoConfigsItemParamsItem",
    "AlgorithmAutoSearchRewardAttrsItem",
    "AlgorithmAutoSearchRewardAttrsItemMode",
    "AlgorithmAutoSearchSearchParamsItem",
    "AlgorithmAutoSearchSearchParamsItemParamType",
    "AlgorithmCodeTreeNode",
    "AlgorithmCreateRequest",
    "AlgorithmEngine",
    "AlgorithmI18nDescription",
    "AlgorithmInputChannel",
    "AlgorithmJobConfig",
    "AlgorithmList",
    "AlgorithmMetadata",
    "AlgorithmOutputChannel",
    "AlgorithmParameter",
    "AlgorithmParameterConstraint",
    "AlgorithmParameterConstraintType",
    "AlgorithmRemoteConstraint",
    "AlgorithmResourceRequirement",
    "AlgorithmResponseMetadata",
    "BatchResponse",
    "DatasetBatchResult",
    "DatasetLabelFormat",
    "DatasetSample",
    "DatasetSampleDataSource",
    "DatasetSampleDataSourceSchemaMapsItem",
    "DatasetSampleLabel",
    "DatasetSampleMetadata",
    "DatasetSamplesAddRequest",
    "DatasetSamplesAddResponse",
    "DatasetUploadSampleResp",
    "DatasetWorker",
    "DatasetWorkersBatchDeleteRequest",
    "DatasetWorkforceTaskNotifyRequest",
    "DevServer",
    "DevServerCategory",
    "DevServerChargingInfo",
    "DevServerChargingInfoChargingMode",
    "DevServerChargingInfoPeriodType",
    "DevServerChargingMode",
    "DevServerCloudServer",
    "DevServerCloudServerType",
    "DevServerCreateRequest",
    "DevServerCreateRequestArch",
    "DevServerCreateRequestServerType",
    "DevServerDataVolume",
    "DevServerDataVolumeType",
    "DevServerEndpoint",
    "DevServerEndpointAddress",
    "DevServerEndpointAddressDevService",
    "DevServerEndpointAddressService",
    "DevServerEndpointDevService",
    "DevServerEvsVolume",
    "DevServerEvsVolumeType",
    "DevServerHps",
    "DevServerImage",
    "DevServerImageArch",
    "DevServerImageServerType",
    "DevServerImageStatus",
    "DevServerList",
    "DevServerNetwork",
    "DevServerNetworkAllowedAddressPairsItem",
    "DevServerNetworkHyperCluster",
    "DevServerNetworkHyperGroup",
    "DevServerStartRequest",
    "DevServerStartRequestArch",
    "DevServerStartRequestChargingMode",
    "DevServerStartRequestServerType",
    "DevServerStatus",
    "DevServerVolume",
    "DevServerVolumeEvsType",
    "DevServerVolumeType",
    "DynamicStorage",
    "DynamicStorageAttachRequest",
    "DynamicStorageAttachRequestCategory",
    "DynamicStorageCategory",
    "DynamicStorageList",
    "DynamicStorageMountType",
    "DynamicStorageStatus",
    "Error",
    "IamAuthScope",
    "IamAuthScopeDomain",
    "IamAuthScopeProject",
    "IamError",
    "IamErrorError",
    "IamNamedRef",
    "IamPasswordTokenRequest",
    "IamPasswordTokenRequestAuth",
    "IamPasswordTokenRequestAuthIdentity",
    "IamPasswordTokenRequestAuthIdentityMethodsItem",
    "IamPasswordTokenRequestAuthIdentityPassword",
    "IamPasswordTokenRequestAuthIdentityPasswordUser",
    "IamPasswordTokenRequestAuthIdentityPasswordUserDomain",
    "IamToken",
    "IamTokenCatalogItem",
    "IamTokenCatalogItemEndpointsItem",
    "IamTokenProject",
    "IamTokenResponse",
    "IamTokenUser",
    "ImageCreateRequest",
    "ImageDeleteRequest",
    "ImageDetail",
    "ImageDetailArch",
    "ImageDetailDevServicesItem",
    "ImageDetailOrigin",
    "ImageDetailResourceCategoriesItem",
    "ImageDetailServiceType",
    "ImageDetailStatus",
    "ImageDetailSupportResCategoriesItem",
    "ImageDetailType",
    "ImageDetailVisibility",
    "ImageGroup",
    "ImageGroupList",
    "ImageList",
    "ImageRegisterRequest",
    "ImageRegisterRequestArch",
    "ImageRegisterRequestOrigin",
    "ImageRegisterRequestResourceCategoryItem",
    "ImageRegisterRequestServiceType",
    "ImageRegisterRequestServicesItem",
    "ImageRegisterRequestVisibility",
    "ImageTmsTag",
    "LegacyEnvelope",
    "LegacyError",
    "ListAlgorithmsOrder",
    "ListDevServersSortDir",
    "ListDevServersSortKey",
    "ListImageGroupType",
    "ListImageServiceType",
    "ListImageSortDir",
    "ListImageType",
    "ListNotebooksBilling",
    "ListNotebooksFeature",
    "ListNotebooksSortDir",
    "ListVisualizationJobsOrder",
    "Notebook",
    "NotebookAffinity",
    "NotebookAffinityRule",
    "NotebookAffinityRuleOperator",
    "NotebookBillingItemsItem",
    "NotebookContainerHooks",
    "NotebookCreateRequest",
    "NotebookCreateRequestFeature",
    "NotebookCustomSpec",
    "NotebookCustomSpecArch",
    "NotebookCustomSpecCategory",
    "NotebookCustomSpecInfo",
    "NotebookCustomSpecInfoArch",
    "NotebookCustomSpecInfoCategory",
    "NotebookDataVolume",
    "NotebookDataVolumeCategory",
    "NotebookDataVolumeMountType",
    "NotebookEndpoint",
    "NotebookEndpointDevService",
    "NotebookEndpointRequest",
    "NotebookEndpointRequestService",
    "NotebookEndpointService",
    "NotebookFeature",
    "NotebookHookScript",
    "NotebookHookScriptMode",
    "NotebookHookScriptType",
    "NotebookHooks",
    "NotebookInstanceImage",
    "NotebookInstanceImageArch",
    "NotebookInstanceImageDevServicesItem",
    "NotebookInstanceImageOrigin",
    "NotebookInstanceImageServiceType",
    "NotebookInstanceImageStatus",
    "NotebookInstanceImageType",
    "NotebookInstanceImageVisibility",
    "NotebookJobProgress",
    "NotebookJobProgressStatus",
    "NotebookJobProgressStep",
    "NotebookLease",
    "NotebookLeaseRequest",
    "NotebookLeaseRequestType",
    "NotebookLeaseType",
    "NotebookList",
    "NotebookPool",
    "NotebookPublicNetworkConfig",
    "NotebookPublicNetworkConfigPublicNetworkType",
    "NotebookResourceTag",
    "NotebookRunUser",
    "NotebookRunUserRequest",
    "NotebookStatus",
    "NotebookUpdateRequest",
    "NotebookUser",
    "NotebookUserDomain",
    "NotebookUserVpc",
    "NotebookUserVpcRequest",
    "NotebookVolume",
    "NotebookVolumeCategory",
    "NotebookVolumeMountType",
    "NotebookVolumeOwnership",
    "NotebookVolumeRequest",
    "NotebookVolumeRequestCategory",
    "NotebookVolumeRequestOwnership",
    "Pool",
    "PoolFlavorCount",
    "PoolMetadata",
    "PoolNodeAzCount",
    "PoolSpec",
    "PoolSpecContainernetwork",
    "PoolSpecDriver",
    "PoolSpecNetwork",
    "PoolSpecResource",
    "PoolStatus",
    "PoolStatusClusters",
    "PoolStatusDriver",
    "PoolStatusDriverGpu",
    "PoolStatusDriverNpu",
    "PoolStatusResources",
    "PoolStatusScopeItem",
    "PoolWorkloadStatistics",
    "PoolWorkloadStatisticsResponse",
    "PoolWorkloadStatisticsResponseStatistics",
    "PoolWorkloadStatisticsStatus",
    "PoolWorkloadStatisticsType",
    "ShowTrainingJobFlavorsFlavorType",
    "ShowTrainingJobLogsUrlContentType",
    "StartNotebookType",
    "TrainingBillingInfo",
    "TrainingCpuInfo",
    "TrainingDiskInfo",
    "TrainingEngine",
    "TrainingEngineImageInfo",
    "TrainingEngineList",
    "TrainingFlavor",
    "TrainingFlavorInfo",
    "TrainingFlavorList",
    "TrainingFlavorType",
    "TrainingGpuInfo",
    "TrainingJob",
    "TrainingJobActionRequest",
    "TrainingJobActionRequestActionType",
    "TrainingJobAlgorithm",
    "TrainingJobAlgorithmPolicies",
    "TrainingJobAlgorithmSummary",
    "TrainingJobAlgorithmSummaryDataSourcesItem",
    "TrainingJobAlgorithmSummaryDataSourcesItemJob",
    "TrainingJobAlgorithmSummaryDataSourcesItemNfs",
    "TrainingJobAlgorithmSummaryLogDir",
    "TrainingJobAlgorithmSummaryLogDirPfs",
    "TrainingJobAlgorithmSummaryLogType",
    "TrainingJobCreateRequest",
    "TrainingJobCreateRequestTrainType",
    "TrainingJobEndpoints",
    "TrainingJobEndpointsSsh",
    "TrainingJobEndpointsSshTaskUrlsItem",
    "TrainingJobEngine",
    "TrainingJobFlavorDetail",
    "TrainingJobFtConfig",
    "TrainingJobInput",
    "TrainingJobInputAccessMethod",
    "TrainingJobInputRemote",
    "TrainingJobInputRemoteConstraintItem",
    "TrainingJobInputRemoteDataset",
    "TrainingJobKind",
    "TrainingJobLogExportPath",
    "TrainingJobLogUrl",
    "TrainingJobMetadata",
    "TrainingJobMetadataTrainingExperimentReference",
    "TrainingJobMetric",
    "TrainingJobMetricMetric",
    "TrainingJobMetrics",
    "TrainingJobObs",
    "TrainingJobOutput",
    "TrainingJobOutputAccessMethod",
    "TrainingJobOutputRemote",
    "TrainingJobPhase",
    "TrainingJobResource",
    "TrainingJobResourceMainContainerAllocatedResources",
    "TrainingJobResourceMainContainerCustomizedFlavor",
    "TrainingJobSpec",
    "TrainingJobSpecAutoStop",
    "TrainingJobSpecAutoStopTimeUnit",
    "TrainingJobSpecCustomMetricsItem",
    "TrainingJobSpecCustomMetricsItemExec",
    "TrainingJobSpecCustomMetricsItemHttpGet",
    "TrainingJobSpecLogExportConfig",
    "TrainingJobSpecLogExportConfigVersion",
    "TrainingJobSpecNotification",
    "TrainingJobSpecNotificationEventsItem",
    "TrainingJobSpecOutputModel",
    "TrainingJobSpecOutputModelObs",
    "TrainingJobSpecReservedTime",
    "TrainingJobSpecReservedTimeTimeUnit",
    "TrainingJobSpecRetention",
    "TrainingJobSpecRetentionPolicy",
    "TrainingJobSpecSchedulePolicy",
    "TrainingJobSpecVolumesItem",
    "TrainingJobSpecVolumesItemNfs",
    "TrainingJobSpecVolumesItemObs",
    "TrainingJobSpecVolumesItemPfs",
    "TrainingJobStatus",
    "TrainingJobStatusRunningRecordsItem",
    "TrainingJobStatusTaskIpsItem",
    "TrainingJobStatusTaskStatusesItem",
    "TrainingJobTask",
    "TrainingJobTaskLogExportPath",
    "TrainingJobWebEndpoint",
    "TrainingMemoryInfo",
    "TrainingNpuInfo",
    "TrainingResourceTag",
    "V1TrainingConfig",
    "V1TrainingDataSource",
    "V1TrainingHostPathVolume",
    "V1TrainingJobActionResponse",
    "V1TrainingJobCreateRequest",
    "V1TrainingJobCreateResponse",
    "V1TrainingNfsVolume",
    "V1TrainingNotification",
    "V1TrainingParameter",
    "V1TrainingVolume",
    "VisualizationJob",
    "VisualizationJobCreateRequest",
    "VisualizationJobCreateResponse",
    "VisualizationJobFlavor",
    "VisualizationJobList",
    "VisualizationJobSchedule",
]


class AlgorithmAutoSearchRewardAttrsItemMode(_OpenStrEnum):
    """Search direction; max when larger is better, min when smaller is better.

    Unknown values are accepted too: the API may add values."""

    MAX = "max"
    MIN = "min"


class AlgorithmAutoSearchSearchParamsItemParamType(_OpenStrEnum):
    """continuous (a text box on the console) or discrete (a drop-down list).

    Unknown values are accepted too: the API may add values."""

    CONTINUOUS = "continuous"
    DISCRETE = "discrete"


class AlgorithmParameterConstraintType(_OpenStrEnum):
    """Type of the value.

    Unknown values are accepted too: the API may add values."""

    STRING = "String"
    INTEGER = "Integer"
    FLOAT = "Float"
    BOOLEAN = "Boolean"


class DevServerCategory(_OpenStrEnum):
    """What the server belongs to: a supernode (HPS), a whole rack (SPOD) or a single server (SERVER).

    Unknown values are accepted too: the API may add values."""

    HPS = "HPS"
    SPOD = "SPOD"
    SERVER = "SERVER"


class DevServerChargingInfoChargingMode(_OpenStrEnum):
    """Billing mode: COMMON (both), POST_PAID (pay-per-use) or PRE_PAID (yearly/monthly).

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    POST_PAID = "POST_PAID"
    PRE_PAID = "PRE_PAID"


class DevServerChargingInfoPeriodType(_OpenStrEnum):
    """Unit of the subscription period.

    Unknown values are accepted too: the API may add values."""

    ABSOLUTE = "ABSOLUTE"
    DAY = "DAY"
    HOUR = "HOUR"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"


class DevServerChargingMode(_OpenStrEnum):
    """Billing mode: COMMON (both), POST_PAID (pay-per-use) or PRE_PAID (yearly/monthly).

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    POST_PAID = "POST_PAID"
    PRE_PAID = "PRE_PAID"


class DevServerCloudServerType(_OpenStrEnum):
    """Server type: BMS (bare metal), ECS (elastic cloud server) or HPS (supernode).

    Unknown values are accepted too: the API may add values."""

    BMS = "BMS"
    ECS = "ECS"
    HPS = "HPS"


class DevServerCreateRequestArch(_OpenStrEnum):
    """CPU architecture of the flavor.

    Unknown values are accepted too: the API may add values."""

    ARM = "ARM"
    X86 = "X86"


class DevServerCreateRequestServerType(_OpenStrEnum):
    """Server type: BMS (bare metal), ECS (elastic cloud server) or HPS (supernode).

    Unknown values are accepted too: the API may add values."""

    BMS = "BMS"
    ECS = "ECS"
    HPS = "HPS"


class DevServerDataVolumeType(_OpenStrEnum):
    """Data disk type.

    Unknown values are accepted too: the API may add values."""

    ESSD = "ESSD"
    GPSSD = "GPSSD"
    SAS = "SAS"
    SATA = "SATA"
    SSD = "SSD"


class DevServerEndpointAddressDevService(_OpenStrEnum):
    """Access service: NOTEBOOK (HTTPS) or SSH.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class DevServerEndpointAddressService(_OpenStrEnum):
    """Access service: NOTEBOOK (HTTPS) or SSH.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class DevServerEndpointDevService(_OpenStrEnum):
    """Access service: NOTEBOOK (HTTPS) or SSH.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class DevServerEvsVolumeType(_OpenStrEnum):
    """System disk type.

    Unknown values are accepted too: the API may add values."""

    ESSD = "ESSD"
    GPSSD = "GPSSD"
    SAS = "SAS"
    SATA = "SATA"
    SSD = "SSD"


class DevServerImageArch(_OpenStrEnum):
    """Architecture of the image.

    Unknown values are accepted too: the API may add values."""

    ARM = "ARM"
    X86 = "X86"


class DevServerImageServerType(_OpenStrEnum):
    """Server type the image is for.

    Unknown values are accepted too: the API may add values."""

    BMS = "BMS"
    ECS = "ECS"
    HPS = "HPS"


class DevServerImageStatus(_OpenStrEnum):
    """Image status.

    Unknown values are accepted too: the API may add values."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class DevServerStartRequestArch(_OpenStrEnum):
    """CPU architecture of the server.

    Unknown values are accepted too: the API may add values."""

    ARM = "ARM"
    X86 = "X86"


class DevServerStartRequestChargingMode(_OpenStrEnum):
    """Billing mode of the server flavor.

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    POST_PAID = "POST_PAID"
    PRE_PAID = "PRE_PAID"


class DevServerStartRequestServerType(_OpenStrEnum):
    """Server type.

    Unknown values are accepted too: the API may add values."""

    BMS = "BMS"
    ECS = "ECS"
    HPS = "HPS"


class DevServerStatus(_OpenStrEnum):
    """Life-cycle status. Transitional: CREATING, STARTING, STOPPING, DELETING,
    REBOOTING, CHANGINGOS (switching OS), REINSTALLINGOS. Stable: RUNNING, STOPPED,
    DELETED. Failed: CREATE_FAILED, START_FAILED, STOP_FAILED, DELETE_FAILED,
    REBOOT_FAILED, CHANGINGOS_FAILED, REINSTALLINGOS_FAILED, ERROR.

    Unknown values are accepted too: the API may add values."""

    CREATE_FAILED = "CREATE_FAILED"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETE_FAILED = "DELETE_FAILED"
    DELETING = "DELETING"
    ERROR = "ERROR"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    START_FAILED = "START_FAILED"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"
    STOP_FAILED = "STOP_FAILED"
    REBOOTING = "REBOOTING"
    REBOOT_FAILED = "REBOOT_FAILED"
    CHANGINGOS = "CHANGINGOS"
    CHANGINGOS_FAILED = "CHANGINGOS_FAILED"
    REINSTALLINGOS = "REINSTALLINGOS"
    REINSTALLINGOS_FAILED = "REINSTALLINGOS_FAILED"


class DevServerVolumeEvsType(_OpenStrEnum):
    """EVS disk type.

    Unknown values are accepted too: the API may add values."""

    ESSD = "ESSD"
    GPSSD = "GPSSD"
    SAS = "SAS"
    SATA = "SATA"
    SSD = "SSD"


class DevServerVolumeType(_OpenStrEnum):
    """Role of the disk: ROOT (system disk) or DATA (data disk).

    Unknown values are accepted too: the API may add values."""

    ROOT = "ROOT"
    DATA = "DATA"


class DynamicStorageAttachRequestCategory(_OpenStrEnum):
    """Storage type (OBS, OBS parallel file system, SFS Turbo).

    Unknown values are accepted too: the API may add values."""

    OBS = "OBS"
    OBSFS = "OBSFS"
    EFS = "EFS"


class DynamicStorageCategory(_OpenStrEnum):
    """Storage type.

    Unknown values are accepted too: the API may add values."""

    OBS = "OBS"
    OBSFS = "OBSFS"
    EFS = "EFS"


class DynamicStorageMountType(_OpenStrEnum):
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can.

    Unknown values are accepted too: the API may add values."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"


class DynamicStorageStatus(_OpenStrEnum):
    """Status of a storage mount.

    Unknown values are accepted too: the API may add values."""

    MOUNTING = "MOUNTING"
    MOUNT_FAILED = "MOUNT_FAILED"
    MOUNTED = "MOUNTED"
    UNMOUNTING = "UNMOUNTING"
    UNMOUNT_FAILED = "UNMOUNT_FAILED"
    UNMOUNTED = "UNMOUNTED"


class IamPasswordTokenRequestAuthIdentityMethodsItem(_OpenStrEnum):
    """Values of IamPasswordTokenRequestAuthIdentityMethodsItem.

    Unknown values are accepted too: the API may add values."""

    PASSWORD = "password"


class ImageDetailArch(_OpenStrEnum):
    """Processor architecture the image supports.

    Unknown values are accepted too: the API may add values."""

    X86_64 = "X86_64"
    AARCH64 = "AARCH64"


class ImageDetailDevServicesItem(_OpenStrEnum):
    """Values of ImageDetailDevServicesItem.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class ImageDetailOrigin(_OpenStrEnum):
    """Where the image came from: built by the user or saved from a notebook.

    Unknown values are accepted too: the API may add values."""

    CUSTOMIZE = "CUSTOMIZE"
    IMAGE_SAVE = "IMAGE_SAVE"


class ImageDetailResourceCategoriesItem(_OpenStrEnum):
    """Values of ImageDetailResourceCategoriesItem.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"
    ASCEND = "ASCEND"


class ImageDetailServiceType(_OpenStrEnum):
    """Service the image is meant for.

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    INFERENCE = "INFERENCE"
    TRAIN = "TRAIN"
    DEV = "DEV"
    UNKNOWN = "UNKNOWN"


class ImageDetailStatus(_OpenStrEnum):
    """Image status. CREATING: being saved (the notebook is unavailable meanwhile);
    ACTIVE: saved and usable (visible in SWR).

    Unknown values are accepted too: the API may add values."""

    INIT = "INIT"
    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    ERROR = "ERROR"
    DELETED = "DELETED"
    ACTIVE = "ACTIVE"


class ImageDetailSupportResCategoriesItem(_OpenStrEnum):
    """Values of ImageDetailSupportResCategoriesItem.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"
    ASCEND = "ASCEND"


class ImageDetailType(_OpenStrEnum):
    """BUILD_IN: preset image; DEDICATED: saved by the user.

    Unknown values are accepted too: the API may add values."""

    BUILD_IN = "BUILD_IN"
    DEDICATED = "DEDICATED"


class ImageDetailVisibility(_OpenStrEnum):
    """Visibility. PUBLIC: every user may use the image read-only by its id.

    Unknown values are accepted too: the API may add values."""

    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    HIDDEN = "HIDDEN"


class ImageRegisterRequestArch(_OpenStrEnum):
    """Processor architecture the image supports.

    Unknown values are accepted too: the API may add values."""

    X86_64 = "X86_64"
    AARCH64 = "AARCH64"


class ImageRegisterRequestOrigin(_OpenStrEnum):
    """Where the image came from.

    Unknown values are accepted too: the API may add values."""

    CUSTOMIZE = "CUSTOMIZE"
    IMAGE_SAVE = "IMAGE_SAVE"


class ImageRegisterRequestResourceCategoryItem(_OpenStrEnum):
    """Values of ImageRegisterRequestResourceCategoryItem.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"
    ASCEND = "ASCEND"


class ImageRegisterRequestServiceType(_OpenStrEnum):
    """Service the image is meant for.

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    INFERENCE = "INFERENCE"
    TRAIN = "TRAIN"
    DEV = "DEV"
    UNKNOWN = "UNKNOWN"


class ImageRegisterRequestServicesItem(_OpenStrEnum):
    """Values of ImageRegisterRequestServicesItem.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"
    AI_FLOW = "AI_FLOW"
    MA_STUDIO = "MA_STUDIO"
    TENSOR_BOARD = "TENSOR_BOARD"
    WEB_IDE = "WEB_IDE"


class ImageRegisterRequestVisibility(_OpenStrEnum):
    """Visibility. PUBLIC: every user may use the image read-only by its id.

    Unknown values are accepted too: the API may add values."""

    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    HIDDEN = "HIDDEN"


class ListAlgorithmsOrder(_OpenStrEnum):
    """Values of ListAlgorithmsOrder.

    Unknown values are accepted too: the API may add values."""

    ASC = "asc"
    DESC = "desc"


class ListDevServersSortDir(_OpenStrEnum):
    """Values of ListDevServersSortDir.

    Unknown values are accepted too: the API may add values."""

    ASC = "ASC"
    DESC = "DESC"


class ListDevServersSortKey(_OpenStrEnum):
    """Values of ListDevServersSortKey.

    Unknown values are accepted too: the API may add values."""

    CREATE_TIME = "createTime"
    UPDATE_TIME = "updateTime"


class ListImageGroupType(_OpenStrEnum):
    """Values of ListImageGroupType.

    Unknown values are accepted too: the API may add values."""

    BUILD_IN = "BUILD_IN"
    DEDICATED = "DEDICATED"


class ListImageServiceType(_OpenStrEnum):
    """Values of ListImageServiceType.

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    INFERENCE = "INFERENCE"
    TRAIN = "TRAIN"
    DEV = "DEV"
    UNKNOWN = "UNKNOWN"


class ListImageSortDir(_OpenStrEnum):
    """Values of ListImageSortDir.

    Unknown values are accepted too: the API may add values."""

    ASC = "ASC"
    DESC = "DESC"


class ListImageType(_OpenStrEnum):
    """Values of ListImageType.

    Unknown values are accepted too: the API may add values."""

    BUILD_IN = "BUILD_IN"
    DEDICATED = "DEDICATED"


class ListNotebooksBilling(_OpenStrEnum):
    """Values of ListNotebooksBilling.

    Unknown values are accepted too: the API may add values."""

    COMPUTE = "COMPUTE"
    STORAGE = "STORAGE"
    ALL = "ALL"


class ListNotebooksFeature(_OpenStrEnum):
    """Values of ListNotebooksFeature.

    Unknown values are accepted too: the API may add values."""

    DEFAULT = "DEFAULT"
    NOTEBOOK = "NOTEBOOK"


class ListNotebooksSortDir(_OpenStrEnum):
    """Values of ListNotebooksSortDir.

    Unknown values are accepted too: the API may add values."""

    ASC = "ASC"
    DESC = "DESC"


class ListVisualizationJobsOrder(_OpenStrEnum):
    """Values of ListVisualizationJobsOrder.

    Unknown values are accepted too: the API may add values."""

    ASC = "asc"
    DESC = "desc"


class NotebookAffinityRuleOperator(_OpenStrEnum):
    """How the label is matched against `values`.

    Unknown values are accepted too: the API may add values."""

    IN = "In"
    NOT_IN = "NotIn"
    EXISTS = "Exists"
    DOES_NOT_EXIST = "DoesNotExist"
    GT = "Gt"
    LT = "Lt"


class NotebookBillingItemsItem(_OpenStrEnum):
    """Values of NotebookBillingItemsItem.

    Unknown values are accepted too: the API may add values."""

    STORAGE = "STORAGE"
    COMPUTE = "COMPUTE"
    ALL = "ALL"


class NotebookCreateRequestFeature(_OpenStrEnum):
    """Instance kind; DEFAULT is the free CodeLab instance (one per user), NOTEBOOK is billed.

    Unknown values are accepted too: the API may add values."""

    DEFAULT = "DEFAULT"
    NOTEBOOK = "NOTEBOOK"


class NotebookCustomSpecArch(_OpenStrEnum):
    """CPU architecture.

    Unknown values are accepted too: the API may add values."""

    X86_64 = "X86_64"
    AARCH64 = "AARCH64"


class NotebookCustomSpecCategory(_OpenStrEnum):
    """Resource kind.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"


class NotebookCustomSpecInfoArch(_OpenStrEnum):
    """CPU architecture.

    Unknown values are accepted too: the API may add values."""

    X86_64 = "X86_64"
    AARCH64 = "AARCH64"


class NotebookCustomSpecInfoCategory(_OpenStrEnum):
    """Resource kind.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"


class NotebookDataVolumeCategory(_OpenStrEnum):
    """Storage type.

    Unknown values are accepted too: the API may add values."""

    OBS = "OBS"
    OBSFS = "OBSFS"
    EFS = "EFS"


class NotebookDataVolumeMountType(_OpenStrEnum):
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can.

    Unknown values are accepted too: the API may add values."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"


class NotebookEndpointDevService(_OpenStrEnum):
    """Access channel.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class NotebookEndpointRequestService(_OpenStrEnum):
    """NOTEBOOK is HTTPS access, SSH is remote SSH access.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class NotebookEndpointService(_OpenStrEnum):
    """Access channel.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class NotebookFeature(_OpenStrEnum):
    """Instance kind; DEFAULT is the free CodeLab instance, NOTEBOOK is billed.

    Unknown values are accepted too: the API may add values."""

    DEFAULT = "DEFAULT"
    NOTEBOOK = "NOTEBOOK"


class NotebookHookScriptMode(_OpenStrEnum):
    """Run the script synchronously (BLOCK) or asynchronously (ASYNC).

    Unknown values are accepted too: the API may add values."""

    BLOCK = "BLOCK"
    ASYNC = "ASYNC"


class NotebookHookScriptType(_OpenStrEnum):
    """Whether `script` holds the content or a path.

    Unknown values are accepted too: the API may add values."""

    COMMAND = "COMMAND"
    SCRIPT = "SCRIPT"


class NotebookInstanceImageArch(_OpenStrEnum):
    """Processor architecture.

    Unknown values are accepted too: the API may add values."""

    X86_64 = "X86_64"
    AARCH64 = "AARCH64"


class NotebookInstanceImageDevServicesItem(_OpenStrEnum):
    """Values of NotebookInstanceImageDevServicesItem.

    Unknown values are accepted too: the API may add values."""

    NOTEBOOK = "NOTEBOOK"
    SSH = "SSH"


class NotebookInstanceImageOrigin(_OpenStrEnum):
    """Source of the image (custom build or saved from a notebook).

    Unknown values are accepted too: the API may add values."""

    CUSTOMIZE = "CUSTOMIZE"
    IMAGE_SAVE = "IMAGE_SAVE"


class NotebookInstanceImageServiceType(_OpenStrEnum):
    """Service the image is meant for.

    Unknown values are accepted too: the API may add values."""

    COMMON = "COMMON"
    INFERENCE = "INFERENCE"
    TRAIN = "TRAIN"
    DEV = "DEV"
    UNKNOWN = "UNKNOWN"


class NotebookInstanceImageStatus(_OpenStrEnum):
    """Image status.

    Unknown values are accepted too: the API may add values."""

    INIT = "INIT"
    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    ERROR = "ERROR"
    DELETED = "DELETED"
    ACTIVE = "ACTIVE"


class NotebookInstanceImageType(_OpenStrEnum):
    """BUILD_IN is a system image, DEDICATED a user-saved one.

    Unknown values are accepted too: the API may add values."""

    BUILD_IN = "BUILD_IN"
    DEDICATED = "DEDICATED"


class NotebookInstanceImageVisibility(_OpenStrEnum):
    """PRIVATE images are the owner's; PUBLIC ones can be used read-only by id.

    Unknown values are accepted too: the API may add values."""

    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"


class NotebookJobProgressStatus(_OpenStrEnum):
    """Status of the step.

    Unknown values are accepted too: the API may add values."""

    WAITING = "WAITING"
    PROCESSING = "PROCESSING"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class NotebookJobProgressStep(_OpenIntEnum):
    """1 prepare storage, 2 prepare compute, 3 configure network, 4 initialise the instance.

    Unknown values are accepted too: the API may add values."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4


class NotebookLeaseRequestType(_OpenStrEnum):
    """TIMING stops after the duration; IDLE stops when the instance is idle.

    Unknown values are accepted too: the API may add values."""

    TIMING = "TIMING"
    IDLE = "IDLE"


class NotebookLeaseType(_OpenStrEnum):
    """TIMING stops after the duration; IDLE stops when idle.

    Unknown values are accepted too: the API may add values."""

    TIMING = "TIMING"
    IDLE = "IDLE"


class NotebookPublicNetworkConfigPublicNetworkType(_OpenStrEnum):
    """Shared public network, dedicated network, or no public network.

    Unknown values are accepted too: the API may add values."""

    SHARED = "SHARED"
    EXCLUSIVE = "EXCLUSIVE"
    FORBIDDEN = "FORBIDDEN"


class NotebookStatus(_OpenStrEnum):
    """Instance status. Transitional: INIT, CREATING, STARTING, STOPPING, DELETING,
    SNAPSHOTTING (saving an image). Stable: RUNNING, STOPPED, DELETED, FROZEN.
    Failed: CREATE_FAILED, START_FAILED, DELETE_FAILED, ERROR.

    Unknown values are accepted too: the API may add values."""

    INIT = "INIT"
    CREATING = "CREATING"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    DELETING = "DELETING"
    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    SNAPSHOTTING = "SNAPSHOTTING"
    CREATE_FAILED = "CREATE_FAILED"
    START_FAILED = "START_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    ERROR = "ERROR"
    DELETED = "DELETED"
    FROZEN = "FROZEN"


class NotebookVolumeCategory(_OpenStrEnum):
    """Storage type.

    Unknown values are accepted too: the API may add values."""

    SFS = "SFS"
    EVS = "EVS"
    OBS = "OBS"
    OBSFS = "OBSFS"
    EFS = "EFS"


class NotebookVolumeMountType(_OpenStrEnum):
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can.

    Unknown values are accepted too: the API may add values."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"


class NotebookVolumeOwnership(_OpenStrEnum):
    """MANAGED belongs to the service; DEDICATED is in the user's account.

    Unknown values are accepted too: the API may add values."""

    MANAGED = "MANAGED"
    DEDICATED = "DEDICATED"


class NotebookVolumeRequestCategory(_OpenStrEnum):
    """Storage type (EVS disk, OBS, OBS parallel file system, SFS Turbo).

    Unknown values are accepted too: the API may add values."""

    EVS = "EVS"
    OBS = "OBS"
    OBSFS = "OBSFS"
    EFS = "EFS"


class NotebookVolumeRequestOwnership(_OpenStrEnum):
    """MANAGED storage belongs to the service; DEDICATED storage is in the user's account (EFS only).

    Unknown values are accepted too: the API may add values."""

    MANAGED = "MANAGED"
    DEDICATED = "DEDICATED"


class PoolWorkloadStatisticsType(_OpenStrEnum):
    """Workload type.

    Unknown values are accepted too: the API may add values."""

    TRAIN = "train"
    INFER = "infer"
    NOTEBOOK = "notebook"


class ShowTrainingJobFlavorsFlavorType(_OpenStrEnum):
    """Values of ShowTrainingJobFlavorsFlavorType.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"
    ASCEND = "Ascend"


class ShowTrainingJobLogsUrlContentType(_OpenStrEnum):
    """Values of ShowTrainingJobLogsUrlContentType.

    Unknown values are accepted too: the API may add values."""

    TEXT_PLAIN = "text/plain"
    APPLICATION_OCTET_STREAM = "application/octet-stream"


class StartNotebookType(_OpenStrEnum):
    """Values of StartNotebookType.

    Unknown values are accepted too: the API may add values."""

    TIMING = "TIMING"
    IDLE = "IDLE"


class TrainingFlavorType(_OpenStrEnum):
    """Kind of accelerator of a flavor.

    Unknown values are accepted too: the API may add values."""

    CPU = "CPU"
    GPU = "GPU"
    ASCEND = "Ascend"


class TrainingJobActionRequestActionType(_OpenStrEnum):
    """The action; terminate stops the job.

    Unknown values are accepted too: the API may add values."""

    TERMINATE = "terminate"


class TrainingJobAlgorithmSummaryLogType(_OpenStrEnum):
    """Kind of visualisation log.

    Unknown values are accepted too: the API may add values."""

    TENSORBOARD = "tensorboard"
    MINDSTUDIO_INSIGHT = "mindstudio-insight"


class TrainingJobCreateRequestTrainType(_OpenStrEnum):
    """Training type of a fine-tuning job.

    Unknown values are accepted too: the API may add values."""

    SFT = "SFT"
    PRETRAIN = "PRETRAIN"
    LORA = "LORA"
    DPO = "DPO"
    RFT = "RFT"


class TrainingJobInputAccessMethod(_OpenStrEnum):
    """How local_dir is passed to the code, as a hyperparameter (default) or an environment variable.

    Unknown values are accepted too: the API may add values."""

    PARAMETER = "parameter"
    ENV = "env"


class TrainingJobKind(_OpenStrEnum):
    """Kind of training job; job (an ordinary training job) by default.

    Unknown values are accepted too: the API may add values."""

    JOB = "job"
    FEDERATED_POOL_JOB = "federated_pool_job"
    EDGE_JOB = "edge_job"
    HETERO_JOB = "hetero_job"
    MRS_JOB = "mrs_job"
    AUTOSEARCH_JOB = "autosearch_job"
    DIAG_JOB = "diag_job"
    VISUALIZATION_JOB = "visualization_job"


class TrainingJobMetricMetric(_OpenStrEnum):
    """The metric: cpuUsage (CPU usage), memUsage (physical memory usage), gpuUtil (GPU
    usage), gpuMemUsage (GPU memory usage), npuUtil (NPU usage), npuMemUsage (NPU
    memory usage).

    Unknown values are accepted too: the API may add values."""

    CPU_USAGE = "cpuUsage"
    MEM_USAGE = "memUsage"
    GPU_UTIL = "gpuUtil"
    GPU_MEM_USAGE = "gpuMemUsage"
    NPU_UTIL = "npuUtil"
    NPU_MEM_USAGE = "npuMemUsage"


class TrainingJobOutputAccessMethod(_OpenStrEnum):
    """How local_dir is passed to the code, as a hyperparameter (default) or an environment variable.

    Unknown values are accepted too: the API may add values."""

    PARAMETER = "parameter"
    ENV = "env"


class TrainingJobPhase(_OpenStrEnum):
    """First-level (stable) status of a training job. Creating, Pending and Running are
    transient; Completed, Failed, Terminated and Abnormal are final; Terminating follows a
    terminate action. The service may add phases; clients should treat an unknown phase
    as not final.

    Unknown values are accepted too: the API may add values."""

    CREATING = "Creating"
    PENDING = "Pending"
    RUNNING = "Running"
    FAILED = "Failed"
    COMPLETED = "Completed"
    TERMINATING = "Terminating"
    TERMINATED = "Terminated"
    ABNORMAL = "Abnormal"


class TrainingJobSpecAutoStopTimeUnit(_OpenStrEnum):
    """Unit of duration.

    Unknown values are accepted too: the API may add values."""

    HOURS = "HOURS"


class TrainingJobSpecLogExportConfigVersion(_OpenStrEnum):
    """Log format version.

    Unknown values are accepted too: the API may add values."""

    V0 = "v0"
    V1 = "v1"


class TrainingJobSpecNotificationEventsItem(_OpenStrEnum):
    """Values of TrainingJobSpecNotificationEventsItem.

    Unknown values are accepted too: the API may add values."""

    JOB_STARTED = "JobStarted"
    JOB_COMPLETED = "JobCompleted"
    JOB_FAILED = "JobFailed"
    JOB_TERMINATED = "JobTerminated"
    JOB_RESTARTED = "JobRestarted"
    JOB_HANGED = "JobHanged"
    JOB_PREEMPTED = "JobPreempted"


class TrainingJobSpecReservedTimeTimeUnit(_OpenStrEnum):
    """Unit of duration.

    Unknown values are accepted too: the API may add values."""

    HOURS = "HOURS"


class TrainingJobSpecRetentionPolicy(_OpenStrEnum):
    """enabled or disabled; unset follows the user-level setting.

    Unknown values are accepted too: the API may add values."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class Algorithm(_ApiModel):
    """An algorithm."""

    metadata: _t.Annotated[_t.Optional[AlgorithmResponseMetadata], _NOT_NULL] = None
    share_info: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Sharing information of the algorithm."""
    job_config: _t.Annotated[_t.Optional[AlgorithmJobConfig], _NOT_NULL] = None
    resource_requirements: _t.Optional[_t.List[AlgorithmResourceRequirement]] = None
    """Resource constraints; null or empty when none."""
    advanced_config: _t.Annotated[_t.Optional[AlgorithmAdvancedConfig], _NOT_NULL] = None


class AlgorithmAdvancedConfig(_ApiModel):
    """Advanced algorithm policies."""

    auto_search: _t.Annotated[_t.Optional[AlgorithmAutoSearch], _NOT_NULL] = None


class AlgorithmAutoSearch(_ApiModel):
    """Hyperparameter auto-search policy."""

    skip_search_params: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Hyperparameter combinations to exclude."""
    reward_attrs: _t.Annotated[
        _t.Optional[_t.List[AlgorithmAutoSearchRewardAttrsItem]], _NOT_NULL
    ] = None
    """Metrics the search optimises."""
    search_params: _t.Annotated[
        _t.Optional[_t.List[AlgorithmAutoSearchSearchParamsItem]], _NOT_NULL
    ] = None
    """Hyperparameters to search."""
    algo_configs: _t.Annotated[
        _t.Optional[_t.List[AlgorithmAutoSearchAlgoConfigsItem]], _NOT_NULL
    ] = None
    """Search algorithms and their parameters."""


class AlgorithmAutoSearchAlgoConfigsItem(_ApiModel):
    """The AlgorithmAutoSearchAlgoConfigsItem object."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Search algorithm name, such as bayes_opt_search."""
    params: _t.Annotated[
        _t.Optional[_t.List[AlgorithmAutoSearchAlgoConfigsItemParamsItem]], _NOT_NULL
    ] = None
    """Parameters of the search algorithm."""


class AlgorithmAutoSearchAlgoConfigsItemParamsItem(_ApiModel):
    """The AlgorithmAutoSearchAlgoConfigsItemParamsItem object."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Parameter key."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Parameter value."""
    type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Parameter type, such as String, Float or Integer."""


class AlgorithmAutoSearchRewardAttrsItem(_ApiModel):
    """The AlgorithmAutoSearchRewardAttrsItem object."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Metric name."""
    mode: _t.Annotated[_t.Optional[AlgorithmAutoSearchRewardAttrsItemMode], _NOT_NULL] = None
    """Search direction; max when larger is better, min when smaller is better."""
    regex: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Regular expression that extracts the metric from the log."""


class AlgorithmAutoSearchSearchParamsItem(_ApiModel):
    """The AlgorithmAutoSearchSearchParamsItem object."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Hyperparameter name."""
    param_type: _t.Annotated[
        _t.Optional[AlgorithmAutoSearchSearchParamsItemParamType], _NOT_NULL
    ] = None
    """continuous (a text box on the console) or discrete (a drop-down list)."""
    lower_bound: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Lower bound."""
    upper_bound: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Upper bound."""
    discrete_points_num: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Number of points a continuous hyperparameter is discretised into."""
    discrete_values: _t.Annotated[_t.Optional[_t.Union[_t.List[str], str]], _NOT_NULL] = None
    """Values of a discrete hyperparameter (a list in requests, a string in responses)."""


class AlgorithmCodeTreeNode(_ApiModel):
    """A file or directory of the algorithm's code directory."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """File or directory name; directories end with /."""
    children: _t.Annotated[_t.Optional[_t.List[AlgorithmCodeTreeNode]], _NOT_NULL] = None
    """Files and directories inside a directory."""


class AlgorithmCreateRequest(_ApiModel):
    """An algorithm to create."""

    metadata: _t.Annotated[_t.Optional[AlgorithmMetadata], _NOT_NULL] = None
    job_config: _t.Annotated[_t.Optional[AlgorithmJobConfig], _NOT_NULL] = None
    resource_requirements: _t.Annotated[
        _t.Optional[_t.List[AlgorithmResourceRequirement]], _NOT_NULL
    ] = None
    """Resource constraints; optional."""
    advanced_config: _t.Annotated[_t.Optional[AlgorithmAdvancedConfig], _NOT_NULL] = None


class AlgorithmEngine(_ApiModel):
    """Engine of an algorithm: engine_id, or engine_name and engine_version, or a custom
    image_url. Responses add the engine's details."""

    engine_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine id."""
    engine_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine name; not needed with engine_id."""
    engine_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine version; not needed with engine_id."""
    image_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Custom image of the algorithm."""
    tags: _t.Annotated[_t.Optional[_t.List[TrainingResourceTag]], _NOT_NULL] = None
    """Engine tags (responses)."""
    v1_compatible: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the engine runs in v1-compatible mode (responses)."""
    run_user: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """UID the container runs as (responses)."""
    image_info: _t.Annotated[_t.Optional[TrainingEngineImageInfo], _NOT_NULL] = None


class AlgorithmI18nDescription(_ApiModel):
    """Localised description of a hyperparameter."""

    language: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Language, such as zh-cn or en-us."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description in that language."""


class AlgorithmInputChannel(_ApiModel):
    """A data input channel of an algorithm."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel name, such as data_url; passed to the code as a hyperparameter."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel description."""
    remote_constraints: _t.Annotated[_t.Optional[_t.List[AlgorithmRemoteConstraint]], _NOT_NULL] = (
        None
    )
    """Constraints on the data."""


class AlgorithmJobConfig(_ApiModel):
    """How an algorithm runs."""

    code_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Code directory, such as /usr/app/; goes with boot_file."""
    boot_file: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Boot file inside code_dir, such as /usr/app/boot.py."""
    command: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container start command of a custom-image algorithm."""
    parameters: _t.Annotated[_t.Optional[_t.List[AlgorithmParameter]], _NOT_NULL] = None
    """Hyperparameters of the algorithm."""
    parameters_customization: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether jobs may add their own hyperparameters."""
    inputs: _t.Annotated[_t.Optional[_t.List[AlgorithmInputChannel]], _NOT_NULL] = None
    """Data input channels."""
    outputs: _t.Annotated[_t.Optional[_t.List[AlgorithmOutputChannel]], _NOT_NULL] = None
    """Data output channels."""
    engine: _t.Annotated[_t.Optional[AlgorithmEngine], _NOT_NULL] = None
    code_tree: _t.Annotated[_t.Optional[AlgorithmCodeTreeNode], _NOT_NULL] = None


class AlgorithmList(_ApiModel):
    """One page of algorithms."""

    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of algorithms of the user."""
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of algorithms matching the query."""
    limit: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Page size used."""
    offset: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Offset used."""
    sort_by: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Sort field used."""
    order: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Sort order used, asc or desc."""
    group_by: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Grouping used."""
    items: _t.Annotated[_t.Optional[_t.List[Algorithm]], _NOT_NULL] = None
    """The algorithms."""


class AlgorithmMetadata(_ApiModel):
    """Basic information of an algorithm to create."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm id; not set when creating. (The SDK and API reference type it Integer,
but ids are UUID strings, as metadata.id in every response shows.)"""
    name: str
    """Algorithm name, 1 to 64 letters, digits, underscores and hyphens."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm description, up to 256 characters."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace of the algorithm; "0" (default workspace) by default."""
    ai_project: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """AI project; default-ai-project. AI projects are retired, ignore it."""


class AlgorithmOutputChannel(_ApiModel):
    """A data output channel of an algorithm."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel name, such as train_url."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel description."""


class AlgorithmParameter(_ApiModel):
    """A hyperparameter (running parameter). An algorithm declares it with its default
    value and constraint; a training job sets only name and value."""

    name: str
    """Hyperparameter name, up to 64 letters, digits, underscores and hyphens."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Value (the default value in an algorithm), always a string."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the hyperparameter."""
    constraint: _t.Annotated[_t.Optional[AlgorithmParameterConstraint], _NOT_NULL] = None
    i18n_description: _t.Optional[AlgorithmI18nDescription] = None
    """Localised description; null when there is none."""


class AlgorithmParameterConstraint(_ApiModel):
    """Constraint on a hyperparameter."""

    type: _t.Annotated[_t.Optional[AlgorithmParameterConstraintType], _NOT_NULL] = None
    """Type of the value."""
    editable: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the value may be changed when a job uses the algorithm."""
    required: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the hyperparameter must have a value."""
    sensitive: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the value is sensitive (not implemented yet)."""
    valid_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Kind of validity check, such as None."""
    valid_range: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Valid range or values."""


class AlgorithmRemoteConstraint(_ApiModel):
    """Constraint on the data an input channel accepts."""

    data_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Kind of input, an OBS location or a ModelArts dataset."""
    attributes: _t.Annotated[_t.Optional[_t.List[_t.Dict[str, str]]], _NOT_NULL] = None
    """Dataset attributes (data_format, data_segmentation, dataset_type) when the input is a dataset."""


class AlgorithmResourceRequirement(_ApiModel):
    """Resource constraint of an algorithm, such as flavor_type in [CPU, GPU]; the console
    uses it to filter public resource pools."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Constraint key, such as flavor_type or device_distributed_mode."""
    values: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Values of the key (request spelling)."""
    value: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Values of the key (spelling of the SDK's response model)."""
    operator: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Relation between key and values; only in is supported."""


class AlgorithmResponseMetadata(_ApiModel):
    """Basic information of an algorithm, as the server returns it."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm id (a UUID)."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm name."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm description."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace of the algorithm."""
    ai_project: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """AI project (retired)."""
    user_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the user who created it."""
    domain_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Domain (account) id of the owner."""
    source: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Source of the algorithm, such as custom."""
    api_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """API version of the algorithm (old or new style)."""
    is_valid: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the algorithm is usable."""
    state: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm state."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Size of the algorithm's code."""
    tags: _t.Optional[_t.List[_t.Dict[str, str]]] = None
    """Algorithm tags; null when none."""
    attr_list: _t.Optional[_t.List[str]] = None
    """Algorithm attributes; null when none."""
    version_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of versions; 0 by default."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, milliseconds since the epoch."""
    update_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Update time, milliseconds since the epoch; 0 if never updated."""


class BatchResponse(_ApiModel):
    """Result of one item of a batch operation."""

    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when this item failed."""
    error_msg: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when this item failed."""
    success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether this item succeeded."""


class DatasetBatchResult(_ApiModel):
    """Result of a batch call on labeling team members (table 3)."""

    success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the operation succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the operation failed."""
    error_msg: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the operation failed."""
    results: _t.Annotated[_t.Optional[_t.List[BatchResponse]], _NOT_NULL] = None
    """One result per item (email sent, member deleted)."""


class DatasetLabelFormat(_ApiModel):
    """How labels are written inside text samples."""

    label_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Format of text labels: 0 label and text separated, 1 label in the text."""
    text_label_separator: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Separator between labels."""
    text_sample_separator: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Separator between a text and its label."""


class DatasetSample(_ApiModel):
    """One sample file to add."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """File name of the sample, such as 2.jpg."""
    data: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Content of the sample file, base64-encoded."""
    sample_type: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Kind of sample: 0 image, 1 text, 2 speech, 4 table, 6 video, 9 custom format."""
    encoding: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Text encoding of a text sample, UTF-8 when absent."""
    data_source: _t.Annotated[_t.Optional[DatasetSampleDataSource], _NOT_NULL] = None
    labels: _t.Annotated[_t.Optional[_t.List[DatasetSampleLabel]], _NOT_NULL] = None
    """Labels of the sample."""
    metadata: _t.Annotated[_t.Optional[DatasetSampleMetadata], _NOT_NULL] = None


class DatasetSampleDataSource(_ApiModel):
    """Where the sample's data comes from, instead of inline data."""

    data_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Path of the data (an OBS path for OBS data)."""
    data_type: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Kind of source: 0 OBS, 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery,
6 inference service."""
    with_column_header: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the first row of a table file holds the column names."""
    schema_maps: _t.Annotated[
        _t.Optional[_t.List[DatasetSampleDataSourceSchemaMapsItem]], _NOT_NULL
    ] = None
    """Column name mapping of a table source."""
    source_info: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Connection details of a database or cluster source."""


class DatasetSampleDataSourceSchemaMapsItem(_ApiModel):
    """The DatasetSampleDataSourceSchemaMapsItem object."""

    src_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Column name in the source."""
    dest_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Column name in the dataset."""


class DatasetSampleLabel(_ApiModel):
    """One label of a sample."""

    annotated_by: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Who labeled the sample, such as human (the default) or auto."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Label id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Label name."""
    property: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Attributes of the label, keyed by `@modelarts:` names (shape, position, color,
start/end index and so on, depending on the labeling type)."""
    score: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Confidence of the label, from 0 to 1."""
    type: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Labeling type: 0 image classification, 1 object detection, 3 image segmentation,
100 text classification, 101 named entity recognition, 102 text triplet,
200 sound classification, 201 speech content, 202 speech paragraph, 600 video."""


class DatasetSampleMetadata(_ApiModel):
    """Metadata of a sample, keyed by `@modelarts:` names."""

    modelarts_import_origin: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(
        default=None, alias="@modelarts:import_origin"
    )
    """Origin of the sample (0 uploaded by the user, 1 imported)."""
    modelarts_hard: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = _p.Field(
        default=None, alias="@modelarts:hard"
    )
    """Whether the sample is a hard example (0 or 1)."""
    modelarts_hard_coefficient: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = (
        _p.Field(default=None, alias="@modelarts:hard_coefficient")
    )
    """Hard-example coefficient, from 0 to 1."""
    modelarts_hard_reasons: _t.Annotated[_t.Optional[_t.List[int]], _NOT_NULL] = _p.Field(
        default=None, alias="@modelarts:hard_reasons"
    )
    """Codes of the reasons the sample is a hard example."""
    modelarts_size: _t.Annotated[_t.Optional[_t.List[_t.Any]], _NOT_NULL] = _p.Field(
        default=None, alias="@modelarts:size"
    )
    """Size of an image sample (width, height, depth)."""


class DatasetSamplesAddRequest(_ApiModel):
    """Body of a batch-add-samples request."""

    samples: _t.Annotated[_t.Optional[_t.List[DatasetSample]], _NOT_NULL] = None
    """The samples to add."""
    final_annotation: _t.Annotated[_t.Optional[bool], _NOT_NULL] = True
    """Whether the given labels are final (true) or still to be confirmed."""
    label_format: _t.Annotated[_t.Optional[DatasetLabelFormat], _NOT_NULL] = None


class DatasetSamplesAddResponse(_ApiModel):
    """Result of a batch-add-samples call (table 11)."""

    success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the operation succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the operation failed."""
    error_msg: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the operation failed."""
    results: _t.Annotated[_t.Optional[_t.List[DatasetUploadSampleResp]], _NOT_NULL] = None
    """One result per sample."""


class DatasetUploadSampleResp(_ApiModel):
    """Result for one added sample (table 12, UploadSampleResp)."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """File name of the sample."""
    success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether this sample was added."""
    info: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Further information about the sample."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when this sample failed."""
    error_msg: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when this sample failed."""


class DatasetWorker(_ApiModel):
    """A labeling team member; batch delete only needs `email`."""

    email: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Email address of the member."""
    worker_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the member."""
    workforce_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the labeling team."""
    role: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Role: 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the member."""
    status: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Email notification status of the member."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Time the member was added, a timestamp."""
    update_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Time the member was last changed, a timestamp."""


class DatasetWorkersBatchDeleteRequest(_ApiModel):
    """Body of a batch-delete-labeling-team-members request."""

    workers: _t.List[DatasetWorker]
    """The members to delete, identified by email."""


class DatasetWorkforceTaskNotifyRequest(_ApiModel):
    """Body of a notify-team-labeling-task request."""

    emails: _t.List[str]
    """Email addresses of the labeling team members to notify."""


class DevServer(_ApiModel):
    """A Lite Server instance."""

    create_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, UTC milliseconds."""
    update_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Last update time, UTC milliseconds."""
    charging_mode: _t.Annotated[_t.Optional[DevServerChargingMode], _NOT_NULL] = None
    """Billing mode: COMMON (both), POST_PAID (pay-per-use) or PRE_PAID (yearly/monthly)."""
    cloud_server: _t.Annotated[_t.Optional[DevServerCloudServer], _NOT_NULL] = None
    endpoints_response: _t.Annotated[_t.Optional[_t.List[DevServerEndpoint]], _NOT_NULL] = None
    """Access endpoints of the instance."""
    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor name."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance id (UUID)."""
    key_pair_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Login key pair name."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance name."""
    order_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Order id (yearly/monthly servers)."""
    status: _t.Annotated[_t.Optional[DevServerStatus], _NOT_NULL] = None
    """Life-cycle status. Transitional: CREATING, STARTING, STOPPING, DELETING,
REBOOTING, CHANGINGOS (switching OS), REINSTALLINGOS. Stable: RUNNING, STOPPED,
DELETED. Failed: CREATE_FAILED, START_FAILED, STOP_FAILED, DELETE_FAILED,
REBOOT_FAILED, CHANGINGOS_FAILED, REINSTALLINGOS_FAILED, ERROR."""
    vpc_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """VPC of the instance (UUID)."""
    endpoints: _t.Annotated[_t.Optional[_t.List[DevServerEndpointAddress]], _NOT_NULL] = None
    """Private access addresses of the server."""
    volumes: _t.Annotated[_t.Optional[_t.List[DevServerVolume]], _NOT_NULL] = None
    """Disks attached to the server."""
    image: _t.Annotated[_t.Optional[DevServerImage], _NOT_NULL] = None
    category: _t.Annotated[_t.Optional[DevServerCategory], _NOT_NULL] = None
    """What the server belongs to: a supernode (HPS), a whole rack (SPOD) or a single server (SERVER)."""
    server_hps: _t.Annotated[_t.Optional[DevServerHps], _NOT_NULL] = None
    subnet_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Subnet of the instance (UUID)."""


class DevServerChargingInfo(_ApiModel):
    """Billing of the server."""

    charging_mode: DevServerChargingInfoChargingMode
    """Billing mode: COMMON (both), POST_PAID (pay-per-use) or PRE_PAID (yearly/monthly)."""
    is_auto_pay: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the order is paid automatically."""
    is_auto_renew: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the subscription renews automatically."""
    period_num: int
    """Number of subscription periods."""
    period_type: DevServerChargingInfoPeriodType
    """Unit of the subscription period."""


class DevServerCloudServer(_ApiModel):
    """The cloud server behind the instance."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Server resource id, or supernode child-node id (UUID)."""
    type: _t.Annotated[_t.Optional[DevServerCloudServerType], _NOT_NULL] = None
    """Server type: BMS (bare metal), ECS (elastic cloud server) or HPS (supernode)."""
    hps_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Supernode resource id the server belongs to (UUID)."""
    hps_ecs_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Server resource id of a supernode child node (UUID)."""


class DevServerCreateRequest(_ApiModel):
    """A Lite Server to create."""

    admin_pass: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Login password of the server; give exactly one of admin_pass and key_pair_name.
Rules: 8 to 26 characters; at least three of uppercase letters, lowercase
letters, digits and the special characters !@%-_=+[{}]:,./?; not equal to the
user name or the user name reversed; must not contain root or administrator or
their reverses."""
    arch: _t.Annotated[_t.Optional[DevServerCreateRequestArch], _NOT_NULL] = None
    """CPU architecture of the flavor."""
    availability_zone: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Availability zone of the server."""
    charging_info: _t.Annotated[_t.Optional[DevServerChargingInfo], _NOT_NULL] = None
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of servers to create in one request (not for supernodes)."""
    enterprise_project_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Enterprise project id."""
    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor name of the server; give exactly one of flavor and resource_flavor."""
    resource_flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource flavor name; give exactly one of flavor and resource_flavor."""
    image_id: str
    """Id of the server image (UUID)."""
    key_pair_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the login key pair; give exactly one of admin_pass and key_pair_name.
Supernodes can only be created with a key pair."""
    name: str
    """Server name (letters, digits, hyphens, underscores and dots)."""
    network: DevServerNetwork
    root_volume: _t.Annotated[_t.Optional[DevServerEvsVolume], _NOT_NULL] = None
    data_volume: _t.Annotated[_t.Optional[DevServerDataVolume], _NOT_NULL] = None
    server_type: _t.Annotated[_t.Optional[DevServerCreateRequestServerType], _NOT_NULL] = None
    """Server type: BMS (bare metal), ECS (elastic cloud server) or HPS (supernode)."""
    user_data: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Custom data injected into the server at creation, base64-encoded (at most 32 KB
before encoding), for example a shell script."""
    hps_cluster_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Supernode cluster network id (UUID); only for servers of type HPS."""


class DevServerDataVolume(_ApiModel):
    """Data disks of the server."""

    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Size of each data disk in GB."""
    type: _t.Annotated[_t.Optional[DevServerDataVolumeType], _NOT_NULL] = None
    """Data disk type."""
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of data disks."""


class DevServerEndpoint(_ApiModel):
    """A way to access the instance."""

    dev_service: _t.Annotated[_t.Optional[DevServerEndpointDevService], _NOT_NULL] = None
    """Access service: NOTEBOOK (HTTPS) or SSH."""
    extensions: _t.Annotated[_t.Optional[_t.Dict[str, str]], _NOT_NULL] = None
    """Extension settings, such as URLs that open an application in remote development mode."""
    ssh_keys: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Names of the SSH key pairs allowed to log in."""


class DevServerEndpointAddress(_ApiModel):
    """A private access address of the server."""

    dev_service: _t.Annotated[_t.Optional[DevServerEndpointAddressDevService], _NOT_NULL] = None
    """Access service: NOTEBOOK (HTTPS) or SSH."""
    service: _t.Annotated[_t.Optional[DevServerEndpointAddressService], _NOT_NULL] = None
    """Access service: NOTEBOOK (HTTPS) or SSH."""
    uri: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Private IP address of the instance."""
    key_pair_names: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Names of the SSH key pairs allowed to log in."""


class DevServerEvsVolume(_ApiModel):
    """System disk of the server."""

    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """System disk size in GB."""
    type: _t.Annotated[_t.Optional[DevServerEvsVolumeType], _NOT_NULL] = None
    """System disk type."""


class DevServerHps(_ApiModel):
    """The supernode the server belongs to."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Supernode instance id (UUID)."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Supernode name."""


class DevServerImage(_ApiModel):
    """The image of the server."""

    arch: _t.Annotated[_t.Optional[DevServerImageArch], _NOT_NULL] = None
    """Architecture of the image."""
    image_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image id (UUID)."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image name."""
    server_type: _t.Annotated[_t.Optional[DevServerImageServerType], _NOT_NULL] = None
    """Server type the image is for."""
    status: _t.Annotated[_t.Optional[DevServerImageStatus], _NOT_NULL] = None
    """Image status."""


class DevServerList(_ApiModel):
    """One page of servers."""

    current: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Current page number."""
    data: _t.Annotated[_t.Optional[_t.List[DevServer]], _NOT_NULL] = None
    """Servers on this page."""
    pages: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of pages."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Records per page."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of servers matching the query."""


class DevServerNetwork(_ApiModel):
    """Network of the server."""

    ipv6_enable: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether to enable IPv6 on the server."""
    roce_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """RoCE network id of the server (UUID)."""
    security_group_id: str
    """Security group of the server (UUID)."""
    subnet_id: str
    """Subnet of the server (UUID)."""
    vpc_id: str
    """VPC of the server (UUID)."""
    hyper_cluster: _t.Annotated[_t.Optional[DevServerNetworkHyperCluster], _NOT_NULL] = None
    """HyperCluster network of a supernode."""
    allowed_address_pairs: _t.Annotated[
        _t.Optional[_t.List[DevServerNetworkAllowedAddressPairsItem]], _NOT_NULL
    ] = None
    """IP/MAC pairs allowed on the port. 0.0.0.0/0 is not allowed; 1.1.1.1/0 turns off
the source/destination check."""
    hyper_group: _t.Annotated[_t.Optional[DevServerNetworkHyperGroup], _NOT_NULL] = None
    """Supernode group."""


class DevServerNetworkAllowedAddressPairsItem(_ApiModel):
    """The DevServerNetworkAllowedAddressPairsItem object."""

    ip_address: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IP address or CIDR."""
    mac_address: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """MAC address."""


class DevServerNetworkHyperCluster(_ApiModel):
    """HyperCluster network of a supernode."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """HyperCluster id."""
    hyper_cluster_subnet_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """HyperCluster subnet id."""


class DevServerNetworkHyperGroup(_ApiModel):
    """Supernode group."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Supernode group id (UUID); required for A5 supernodes."""


class DevServerStartRequest(_ApiModel):
    """Optional details of the server to start."""

    arch: _t.Annotated[_t.Optional[DevServerStartRequestArch], _NOT_NULL] = None
    """CPU architecture of the server."""
    charging_mode: _t.Annotated[_t.Optional[DevServerStartRequestChargingMode], _NOT_NULL] = None
    """Billing mode of the server flavor."""
    server_type: _t.Annotated[_t.Optional[DevServerStartRequestServerType], _NOT_NULL] = None
    """Server type."""


class DevServerVolume(_ApiModel):
    """A disk attached to the server."""

    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Disk size in GB."""
    type: _t.Annotated[_t.Optional[DevServerVolumeType], _NOT_NULL] = None
    """Role of the disk: ROOT (system disk) or DATA (data disk)."""
    evs_type: _t.Annotated[_t.Optional[DevServerVolumeEvsType], _NOT_NULL] = None
    """EVS disk type."""
    evs_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """EVS disk id (UUID)."""


class DynamicStorage(_ApiModel):
    """A storage mount of a notebook instance."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the mount."""
    category: _t.Annotated[_t.Optional[DynamicStorageCategory], _NOT_NULL] = None
    """Storage type."""
    mount_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path inside the notebook instance."""
    status: _t.Annotated[_t.Optional[DynamicStorageStatus], _NOT_NULL] = None
    uri: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Path of the mounted storage (OBS object path)."""
    failure_reason: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Why mounting failed; present when status is MOUNT_FAILED."""
    efs_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo instance id."""
    mount_type: _t.Annotated[_t.Optional[DynamicStorageMountType], _NOT_NULL] = None
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can."""


class DynamicStorageAttachRequest(_ApiModel):
    """Body of attach_dynamic_storage."""

    category: DynamicStorageAttachRequestCategory
    """Storage type (OBS, OBS parallel file system, SFS Turbo)."""
    mount_path: str
    """Mount path inside the instance; must be a subdirectory of /data/."""
    uri: str
    """Storage path, such as obs://bucket/notebook/ or
<id>.sfsturbo.internal:/notebook for SFS Turbo."""
    efs_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo instance id (UUID); required when category is EFS."""


class DynamicStorageList(_ApiModel):
    """Storage mounts of an instance (ListDynamicStoragesResponse)."""

    current: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Current page number."""
    data: _t.Annotated[_t.Optional[_t.List[DynamicStorage]], _NOT_NULL] = None
    """The mounts."""
    pages: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of pages."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Records per page."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of records."""


class Error(_ApiModel):
    """Error body of the v2 API (and of v1 dev-environment APIs)."""

    error_code: str
    """ModelArts error code, such as ModelArts.50004000."""
    error_msg: str
    """Human-readable error message."""


class IamAuthScope(_ApiModel):
    """What the token is for: one project (by name, such as cn-north-4, or id) or the whole
    account (domain, by name or id). Give exactly one of project and domain."""

    project: _t.Annotated[_t.Optional[IamAuthScopeProject], _NOT_NULL] = None
    """Project the token is scoped to; give name or id."""
    domain: _t.Annotated[_t.Optional[IamAuthScopeDomain], _NOT_NULL] = None
    """Account the token is scoped to; give name or id."""


class IamAuthScopeDomain(_ApiModel):
    """Account the token is scoped to; give name or id."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Account (domain) name."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Account (domain) id."""


class IamAuthScopeProject(_ApiModel):
    """Project the token is scoped to; give name or id."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Project name"""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Project id."""


class IamError(_ApiModel):
    """Error body of IAM (Keystone) calls."""

    error: _t.Annotated[_t.Optional[IamErrorError], _NOT_NULL] = None
    """The error, as Keystone reports it."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IAM error code (some IAM errors carry it at the top level)."""
    error_msg: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IAM error message (with error_code)."""


class IamErrorError(_ApiModel):
    """The error, as Keystone reports it."""

    code: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """HTTP status code of the error."""
    message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message."""
    title: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Short title of the error, such as Unauthorized."""


class IamNamedRef(_ApiModel):
    """A name and id pair (account, role)."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id."""


class IamPasswordTokenRequest(_ApiModel):
    """Body of a password token request."""

    auth: IamPasswordTokenRequestAuth
    """Authentication data."""


class IamPasswordTokenRequestAuth(_ApiModel):
    """Authentication data."""

    identity: IamPasswordTokenRequestAuthIdentity
    """Who is authenticating and how."""
    scope: _t.Annotated[_t.Optional[IamAuthScope], _NOT_NULL] = None


class IamPasswordTokenRequestAuthIdentity(_ApiModel):
    """Who is authenticating and how."""

    methods: _t.List[IamPasswordTokenRequestAuthIdentityMethodsItem]
    """Authentication methods; always ["password"] here."""
    password: IamPasswordTokenRequestAuthIdentityPassword
    """Password credentials."""


class IamPasswordTokenRequestAuthIdentityPassword(_ApiModel):
    """Password credentials."""

    user: IamPasswordTokenRequestAuthIdentityPasswordUser
    """The IAM user."""


class IamPasswordTokenRequestAuthIdentityPasswordUser(_ApiModel):
    """The IAM user."""

    name: str
    """IAM user name."""
    password: str
    """Login password of the IAM user."""
    domain: IamPasswordTokenRequestAuthIdentityPasswordUserDomain
    """Account the user belongs to."""


class IamPasswordTokenRequestAuthIdentityPasswordUserDomain(_ApiModel):
    """Account the user belongs to."""

    name: str
    """Account (domain) name."""


class IamToken(_ApiModel):
    """Details of the issued token."""

    expires_at: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """When the token expires (UTC, ISO 8601)."""
    issued_at: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """When the token was issued (UTC, ISO 8601)."""
    methods: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """How the token was obtained, such as ["password"]."""
    user: _t.Annotated[_t.Optional[IamTokenUser], _NOT_NULL] = None
    """The user the token belongs to."""
    project: _t.Annotated[_t.Optional[IamTokenProject], _NOT_NULL] = None
    """Project the token is scoped to (project-scoped tokens)."""
    domain: _t.Annotated[_t.Optional[IamNamedRef], _NOT_NULL] = None
    catalog: _t.Annotated[_t.Optional[_t.List[IamTokenCatalogItem]], _NOT_NULL] = None
    """Service catalog (left out when nocatalog is set)."""
    roles: _t.Annotated[_t.Optional[_t.List[IamNamedRef]], _NOT_NULL] = None
    """Roles (permissions) the token carries."""


class IamTokenCatalogItem(_ApiModel):
    """One service and its endpoints."""

    type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Service type."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Service id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Service name."""
    endpoints: _t.Annotated[_t.Optional[_t.List[IamTokenCatalogItemEndpointsItem]], _NOT_NULL] = (
        None
    )
    """Endpoints of the service."""


class IamTokenCatalogItemEndpointsItem(_ApiModel):
    """The IamTokenCatalogItemEndpointsItem object."""

    url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Endpoint URL."""
    region: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Region name."""
    region_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Region id."""
    interface: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Interface type"""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Endpoint id."""


class IamTokenProject(_ApiModel):
    """Project the token is scoped to (project-scoped tokens)."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Project name."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Project id."""
    domain: _t.Annotated[_t.Optional[IamNamedRef], _NOT_NULL] = None


class IamTokenResponse(_ApiModel):
    """Body of a token response; the token string is in the X-Subject-Token header."""

    token: _t.Annotated[_t.Optional[IamToken], _NOT_NULL] = None


class IamTokenUser(_ApiModel):
    """The user the token belongs to."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IAM user name."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IAM user id."""
    password_expires_at: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """When the password expires (UTC); empty when it never does."""
    domain: _t.Annotated[_t.Optional[IamNamedRef], _NOT_NULL] = None


class ImageCreateRequest(_ApiModel):
    """Where and under which name to save a notebook instance as an image."""

    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the new image."""
    name: str
    """Image name: lowercase letters, digits, hyphens, underscores and dots, starting
and ending with a lowercase letter or digit."""
    namespace: str
    """SWR organization to save into: letters, digits, hyphens, underscores and dots,
starting with a lowercase letter."""
    tag: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image tag (letters, digits, hyphens, underscores and dots)."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = "0"
    """Workspace id ("0" for the default workspace)."""
    swr_instance_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR Enterprise Edition instance id."""
    swr_instance_domain: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Domain name of the SWR Enterprise Edition instance."""


class ImageDeleteRequest(_ApiModel):
    """Options for deleting an image."""

    is_force: _t.Annotated[_t.Optional[bool], _NOT_NULL] = False
    """Also delete the image content in SWR (private images of the caller only)."""


class ImageDetail(_ApiModel):
    """An image known to ModelArts image management."""

    arch: _t.Annotated[_t.Optional[ImageDetailArch], _NOT_NULL] = None
    """Processor architecture the image supports."""
    create_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, UTC milliseconds."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the image."""
    dev_services: _t.Annotated[_t.Optional[_t.List[ImageDetailDevServicesItem]], _NOT_NULL] = None
    """Services the image supports: NOTEBOOK (HTTPS access) and SSH (remote IDE)."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image id (UUID)."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image name."""
    namespace: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR organization of the image."""
    origin: _t.Annotated[_t.Optional[ImageDetailOrigin], _NOT_NULL] = None
    """Where the image came from: built by the user or saved from a notebook."""
    resource_categories: _t.Annotated[
        _t.Optional[_t.List[ImageDetailResourceCategoriesItem]], _NOT_NULL
    ] = None
    """Resource categories (flavors) the image supports."""
    service_type: _t.Annotated[_t.Optional[ImageDetailServiceType], _NOT_NULL] = None
    """Service the image is meant for."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Image size in KB."""
    status: _t.Annotated[_t.Optional[ImageDetailStatus], _NOT_NULL] = None
    """Image status. CREATING: being saved (the notebook is unavailable meanwhile);
ACTIVE: saved and usable (visible in SWR)."""
    status_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Build messages while the image is being saved."""
    support_res_categories: _t.Annotated[
        _t.Optional[_t.List[ImageDetailSupportResCategoriesItem]], _NOT_NULL
    ] = None
    """Resource categories the image supports (detail responses)."""
    swr_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR address of the image."""
    tag: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image tag."""
    type: _t.Annotated[_t.Optional[ImageDetailType], _NOT_NULL] = None
    """BUILD_IN: preset image; DEDICATED: saved by the user."""
    update_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Last update time, UTC milliseconds."""
    visibility: _t.Annotated[_t.Optional[ImageDetailVisibility], _NOT_NULL] = None
    """Visibility. PUBLIC: every user may use the image read-only by its id."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace id ("0" for the default workspace)."""
    flavor_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Ascend chip type of the image, such as ASCEND_SNT9, ASCEND_SNT9B or ASCEND_SNT3."""
    swr_instance_id: _t.Optional[str] = None
    """SWR Enterprise Edition instance id; null when the image is not in one."""
    show_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Display name (preset images only)."""
    show_tag: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Display version (preset images only)."""
    tags: _t.Annotated[_t.Optional[_t.List[ImageTmsTag]], _NOT_NULL] = None
    """TMS tags of the image."""


class ImageGroup(_ApiModel):
    """Overview of an image name and its versions."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image name."""
    create_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, UTC milliseconds."""
    namespace: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR organization of the image."""
    update_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Last update time, UTC milliseconds."""
    version_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of versions of the image."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the image."""
    read_me: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Usage guide of the image."""
    icon_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Icon name of the image."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image group id."""
    swr_instance_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR Enterprise Edition instance name."""
    swr_instance_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR Enterprise Edition instance id."""


class ImageGroupList(_ApiModel):
    """One page of image groups."""

    current: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Current page number."""
    data: _t.Annotated[_t.Optional[_t.List[ImageGroup]], _NOT_NULL] = None
    """Image groups on this page."""
    pages: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of pages."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Records per page."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of records."""
    is_swr_enterprise: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the account has images in SWR Enterprise Edition."""


class ImageList(_ApiModel):
    """One page of images."""

    current: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Current page number."""
    data: _t.Annotated[_t.Optional[_t.List[ImageDetail]], _NOT_NULL] = None
    """Images on this page."""
    pages: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of pages."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Records per page."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of records."""


class ImageRegisterRequest(_ApiModel):
    """An SWR image to register with ModelArts."""

    arch: _t.Annotated[_t.Optional[ImageRegisterRequestArch], _NOT_NULL] = ImageRegisterRequestArch(
        "X86_64"
    )
    """Processor architecture the image supports."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the image."""
    origin: _t.Annotated[_t.Optional[ImageRegisterRequestOrigin], _NOT_NULL] = (
        ImageRegisterRequestOrigin("CUSTOMIZE")
    )
    """Where the image came from."""
    resource_category: _t.Annotated[
        _t.Optional[_t.List[ImageRegisterRequestResourceCategoryItem]], _NOT_NULL
    ] = None
    """Resource categories the image supports (default CPU and GPU)."""
    service_type: _t.Annotated[_t.Optional[ImageRegisterRequestServiceType], _NOT_NULL] = (
        ImageRegisterRequestServiceType("UNKNOWN")
    )
    """Service the image is meant for."""
    services: _t.Annotated[_t.Optional[_t.List[ImageRegisterRequestServicesItem]], _NOT_NULL] = None
    """Services the image supports (default NOTEBOOK and SSH)."""
    swr_path: str
    """SWR address of the image: [registry[:port]]/organization/name:tag."""
    visibility: _t.Annotated[_t.Optional[ImageRegisterRequestVisibility], _NOT_NULL] = (
        ImageRegisterRequestVisibility("PRIVATE")
    )
    """Visibility. PUBLIC: every user may use the image read-only by its id."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = "0"
    """Workspace id; "0" or a 32-character string of digits and lowercase letters."""
    flavor_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Ascend chip type, such as ASCEND_SNT9, ASCEND_SNT9B or ASCEND_SNT3."""
    tags: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Tags of the image group the image belongs to."""
    swr_instance_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR Enterprise Edition instance id."""
    read_me: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Usage guide of the image."""


class ImageTmsTag(_ApiModel):
    """A TMS tag of an image."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag key."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag value."""


class LegacyEnvelope(_ApiModel):
    """Envelope of the legacy v1 training and visualization APIs. A failed call can come
    with HTTP 200 and is_success false; error_code and error_message are present only
    on failure."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the call failed; absent on success."""
    error_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the call failed; absent on success."""


class LegacyError(_ApiModel):
    """A failed legacy v1 call."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: str
    """Error code when the call failed; absent on success."""
    error_message: str
    """Error message when the call failed; absent on success."""


class Notebook(_ApiModel):
    """A notebook instance (NotebookResp in the official SDK)."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance name."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance description."""
    status: _t.Annotated[_t.Optional[NotebookStatus], _NOT_NULL] = None
    fail_reason: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Why the instance failed."""
    action_progress: _t.Annotated[_t.Optional[_t.List[NotebookJobProgress]], _NOT_NULL] = None
    """Progress of the instance initialisation."""
    feature: _t.Annotated[_t.Optional[NotebookFeature], _NOT_NULL] = None
    """Instance kind; DEFAULT is the free CodeLab instance, NOTEBOOK is billed."""
    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor code; custom.flavor.spec.code when the instance uses a custom spec."""
    custom_spec: _t.Annotated[_t.Optional[NotebookCustomSpecInfo], _NOT_NULL] = None
    image: _t.Annotated[_t.Optional[NotebookInstanceImage], _NOT_NULL] = None
    lease: _t.Annotated[_t.Optional[NotebookLease], _NOT_NULL] = None
    pool: _t.Annotated[_t.Optional[NotebookPool], _NOT_NULL] = None
    token: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Token used to authenticate to the notebook."""
    url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """URL to open the instance."""
    endpoints: _t.Annotated[_t.Optional[_t.List[NotebookEndpoint]], _NOT_NULL] = None
    """Remote access channels (SSH from a local IDE)."""
    volume: _t.Annotated[_t.Optional[NotebookVolume], _NOT_NULL] = None
    data_volumes: _t.Annotated[_t.Optional[_t.List[NotebookDataVolume]], _NOT_NULL] = None
    """Extra storage."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace id; "0" for the default workspace."""
    billing_items: _t.Annotated[_t.Optional[_t.List[NotebookBillingItemsItem]], _NOT_NULL] = None
    """Billed resource kinds."""
    user: _t.Annotated[_t.Optional[NotebookUser], _NOT_NULL] = None
    user_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the user who owns the instance."""
    affinity: _t.Annotated[_t.Optional[NotebookAffinity], _NOT_NULL] = None
    run_user: _t.Annotated[_t.Optional[NotebookRunUser], _NOT_NULL] = None
    ip: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IP of the node the instance runs on."""
    user_vpc: _t.Annotated[_t.Optional[NotebookUserVpc], _NOT_NULL] = None
    is_need_credentials: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether a user secret is created by default (default true)."""
    jupyter_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Jupyter version."""
    tags: _t.Annotated[_t.Optional[_t.List[NotebookResourceTag]], _NOT_NULL] = None
    """Instance tags."""


class NotebookAffinity(_ApiModel):
    """Node affinity in a dedicated pool."""

    required_during_scheduling_ignored_during_execution: _t.Annotated[
        _t.Optional[_t.List[NotebookAffinityRule]], _NOT_NULL
    ] = None
    """Hard affinity rules (key, operator and values required)."""
    preferred_during_scheduling_ignored_during_execution: _t.Annotated[
        _t.Optional[_t.List[NotebookAffinityRule]], _NOT_NULL
    ] = None
    """Soft affinity rules (key, operator and values required, weight optional)."""


class NotebookAffinityRule(_ApiModel):
    """One node-label match rule, as in Kubernetes node affinity."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Node label key (optional DNS-subdomain prefix and a name of at most 63 characters)."""
    operator: _t.Annotated[_t.Optional[NotebookAffinityRuleOperator], _NOT_NULL] = None
    """How the label is matched against `values`."""
    values: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Label values (at most 63 characters each)."""
    weight: _t.Optional[int] = None
    """Weight of a soft rule; null for hard rules."""


class NotebookContainerHooks(_ApiModel):
    """Scripts run before and after the container starts."""

    pre_start: _t.Annotated[_t.Optional[NotebookHookScript], _NOT_NULL] = None
    post_start: _t.Annotated[_t.Optional[NotebookHookScript], _NOT_NULL] = None


class NotebookCreateRequest(_ApiModel):
    """Body of create_notebook."""

    name: str
    """Instance name (letters, digits, hyphens, underscores, Chinese); need not be unique."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Instance description; may not contain < or >."""
    image_id: str
    """Id (UUID) of the image to run, from the image list."""
    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor code, such as modelarts.vm.cpu.2u or modelarts.vm.cpu.8u (region-dependent)."""
    custom_spec: _t.Annotated[_t.Optional[NotebookCustomSpec], _NOT_NULL] = None
    feature: _t.Annotated[_t.Optional[NotebookCreateRequestFeature], _NOT_NULL] = (
        NotebookCreateRequestFeature("NOTEBOOK")
    )
    """Instance kind; DEFAULT is the free CodeLab instance (one per user), NOTEBOOK is billed."""
    pool_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dedicated resource pool id; required to create the instance in a dedicated pool."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = "0"
    """Workspace id; "0" when no workspace was created."""
    volume: NotebookVolumeRequest
    data_volumes: _t.Annotated[_t.Optional[_t.List[NotebookVolumeRequest]], _NOT_NULL] = None
    """Extra storage to mount."""
    endpoints: _t.Annotated[_t.Optional[_t.List[NotebookEndpointRequest]], _NOT_NULL] = None
    """Remote access settings (SSH from a local IDE such as PyCharm or VS Code)."""
    hooks: _t.Annotated[_t.Optional[NotebookHooks], _NOT_NULL] = None
    lease: _t.Annotated[_t.Optional[NotebookLeaseRequest], _NOT_NULL] = None
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = 3600000
    """Running time from now, in milliseconds, after which the instance stops. Prefer
lease; when set, this overrides lease and makes the stop kind TIMING."""
    affinity: _t.Annotated[_t.Optional[NotebookAffinity], _NOT_NULL] = None
    run_user: _t.Annotated[_t.Optional[NotebookRunUserRequest], _NOT_NULL] = None
    user_vpc: _t.Annotated[_t.Optional[NotebookUserVpcRequest], _NOT_NULL] = None
    public_network_config: _t.Annotated[_t.Optional[NotebookPublicNetworkConfig], _NOT_NULL] = None


class NotebookCustomSpec(_ApiModel):
    """Custom resources for an instance in a dedicated pool (instead of a flavor)."""

    cpu: _t.Union[int, float]
    """CPU cores (up to two decimals)."""
    memory: _t.Union[int, float]
    """Memory size (a whole number)."""
    gpu: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """GPU cards; required in GPU pools, absent in CPU pools."""
    gpu_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """GPU accelerator type; required in GPU pools."""
    arch: _t.Annotated[_t.Optional[NotebookCustomSpecArch], _NOT_NULL] = None
    """CPU architecture."""
    category: _t.Annotated[_t.Optional[NotebookCustomSpecCategory], _NOT_NULL] = None
    """Resource kind."""
    resource_flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Node flavor of the pool to place the instance on."""


class NotebookCustomSpecInfo(_ApiModel):
    """Custom resources of an instance in a dedicated pool."""

    cpu: _t.Union[int, float]
    """CPU cores."""
    memory: _t.Union[int, float]
    """Memory size."""
    gpu: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """GPU cards."""
    gpu_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """GPU accelerator type."""
    arch: NotebookCustomSpecInfoArch
    """CPU architecture."""
    category: NotebookCustomSpecInfoCategory
    """Resource kind."""
    resource_flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Node flavor of the pool."""


class NotebookDataVolume(_ApiModel):
    """Extra storage of an instance (VolumeResponse in the official SDK)."""

    category: _t.Annotated[_t.Optional[NotebookDataVolumeCategory], _NOT_NULL] = None
    """Storage type."""
    mount_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount directory inside the instance."""
    url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Source path for OBS and OBSFS storage."""
    status: _t.Annotated[_t.Optional[DynamicStorageStatus], _NOT_NULL] = None
    mount_type: _t.Annotated[_t.Optional[NotebookDataVolumeMountType], _NOT_NULL] = None
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can."""


class NotebookEndpoint(_ApiModel):
    """One remote access channel of an instance."""

    service: _t.Annotated[_t.Optional[NotebookEndpointService], _NOT_NULL] = None
    """Access channel."""
    dev_service: _t.Annotated[_t.Optional[NotebookEndpointDevService], _NOT_NULL] = None
    """Access channel."""
    uri: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Private IP address of the instance."""
    key_pair_names: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """SSH key pair names allowed to connect."""


class NotebookEndpointRequest(_ApiModel):
    """One remote access channel to enable."""

    service: _t.Annotated[_t.Optional[NotebookEndpointRequestService], _NOT_NULL] = None
    """NOTEBOOK is HTTPS access, SSH is remote SSH access."""
    key_pair_names: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """SSH key pair names (created on the ECS key pair page)."""


class NotebookHookScript(_ApiModel):
    """One hook script."""

    script: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Script content (base64, type COMMAND) or absolute script path (type SCRIPT)."""
    type: _t.Annotated[_t.Optional[NotebookHookScriptType], _NOT_NULL] = NotebookHookScriptType(
        "SCRIPT"
    )
    """Whether `script` holds the content or a path."""
    mode: _t.Annotated[_t.Optional[NotebookHookScriptMode], _NOT_NULL] = NotebookHookScriptMode(
        "ASYNC"
    )
    """Run the script synchronously (BLOCK) or asynchronously (ASYNC)."""


class NotebookHooks(_ApiModel):
    """Custom scripts run around the container start."""

    container_hooks: _t.Annotated[_t.Optional[NotebookContainerHooks], _NOT_NULL] = None


class NotebookInstanceImage(_ApiModel):
    """Image an instance runs (Image in the official SDK)."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image id (UUID)."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image name."""
    namespace: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR organisation of the image."""
    tag: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image tag."""
    swr_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR address of the image."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image description."""
    arch: _t.Annotated[_t.Optional[NotebookInstanceImageArch], _NOT_NULL] = None
    """Processor architecture."""
    type: _t.Annotated[_t.Optional[NotebookInstanceImageType], _NOT_NULL] = None
    """BUILD_IN is a system image, DEDICATED a user-saved one."""
    origin: _t.Annotated[_t.Optional[NotebookInstanceImageOrigin], _NOT_NULL] = None
    """Source of the image (custom build or saved from a notebook)."""
    service_type: _t.Annotated[_t.Optional[NotebookInstanceImageServiceType], _NOT_NULL] = None
    """Service the image is meant for."""
    dev_services: _t.Annotated[
        _t.Optional[_t.List[NotebookInstanceImageDevServicesItem]], _NOT_NULL
    ] = None
    """Access channels the image supports."""
    resource_categories: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Resource kinds the image supports."""
    support_res_categories: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Resource kinds the image supports."""
    flavor_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Accelerator type, such as ASCEND_SNT9, ASCEND_SNT9B or ASCEND_SNT3."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Image size in KB."""
    status: _t.Annotated[_t.Optional[NotebookInstanceImageStatus], _NOT_NULL] = None
    """Image status."""
    status_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Build messages while the image is being saved."""
    visibility: _t.Annotated[_t.Optional[NotebookInstanceImageVisibility], _NOT_NULL] = None
    """PRIVATE images are the owner's; PUBLIC ones can be used read-only by id."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace id."""
    swr_instance_id: _t.Optional[str] = None
    """SWR enterprise repository id; null when none is used."""
    show_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Display name (preset images only)."""
    show_tag: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Display version (preset images only)."""
    create_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, UTC milliseconds."""
    update_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Last update time, UTC milliseconds."""
    tags: _t.Annotated[_t.Optional[_t.List[NotebookResourceTag]], _NOT_NULL] = None
    """Image tags."""


class NotebookJobProgress(_ApiModel):
    """One step of the instance initialisation."""

    step: _t.Annotated[_t.Optional[NotebookJobProgressStep], _NOT_NULL] = None
    """1 prepare storage, 2 prepare compute, 3 configure network, 4 initialise the instance."""
    status: _t.Annotated[_t.Optional[NotebookJobProgressStatus], _NOT_NULL] = None
    """Status of the step."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the step."""


class NotebookLease(_ApiModel):
    """Auto-stop lease of an instance (Lease in the official SDK)."""

    enable: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether auto-stop is on."""
    type: _t.Annotated[_t.Optional[NotebookLeaseType], _NOT_NULL] = None
    """TIMING stops after the duration; IDLE stops when idle."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Running time in milliseconds counted from create_at; the instance stops when
create_at + duration has passed."""
    create_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Start of the lease, UTC milliseconds."""
    update_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Last update (heartbeats excluded), UTC milliseconds."""


class NotebookLeaseRequest(_ApiModel):
    """Auto-stop rule to set."""

    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = 3600000
    """Running time from now, in milliseconds, after which the instance stops."""
    type: _t.Annotated[_t.Optional[NotebookLeaseRequestType], _NOT_NULL] = NotebookLeaseRequestType(
        "TIMING"
    )
    """TIMING stops after the duration; IDLE stops when the instance is idle."""


class NotebookList(_ApiModel):
    """One page of notebook instances (ListNotebooksResponse)."""

    current: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Current page number."""
    data: _t.Annotated[_t.Optional[_t.List[Notebook]], _NOT_NULL] = None
    """Instances on this page."""
    pages: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of pages."""
    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Records per page."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Total number of records."""


class NotebookPool(_ApiModel):
    """Dedicated resource pool of an instance."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Pool id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Pool name."""


class NotebookPublicNetworkConfig(_ApiModel):
    """Public network access of the instance."""

    public_network_type: _t.Annotated[
        _t.Optional[NotebookPublicNetworkConfigPublicNetworkType], _NOT_NULL
    ] = None
    """Shared public network, dedicated network, or no public network."""


class NotebookResourceTag(_ApiModel):
    """A TMS tag."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag key."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag value."""


class NotebookRunUser(_ApiModel):
    """User the container runs as."""

    uid: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """User id."""
    gid: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Group id."""
    user_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """User name."""
    group_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Group name."""


class NotebookRunUserRequest(_ApiModel):
    """User the container runs as."""

    uid: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """User id."""
    gid: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Group id."""


class NotebookUpdateRequest(_ApiModel):
    """Body of update_notebook; every field is optional."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """New instance name."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """New description; may not contain < or >."""
    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """New flavor code (see the switchable flavors of the instance)."""
    custom_spec: _t.Annotated[_t.Optional[NotebookCustomSpec], _NOT_NULL] = None
    image_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """New image id."""
    endpoints: _t.Annotated[_t.Optional[_t.List[NotebookEndpointRequest]], _NOT_NULL] = None
    """Remote access settings."""
    storage_new_size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """New EVS capacity in GB; storage can only grow."""
    hooks: _t.Annotated[_t.Optional[NotebookHooks], _NOT_NULL] = None
    affinity: _t.Annotated[_t.Optional[NotebookAffinity], _NOT_NULL] = None
    dew_secret_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the DEW secret holding the user's AK/SK, for OBS storage."""
    data_volumes: _t.Annotated[_t.Optional[_t.List[NotebookVolumeRequest]], _NOT_NULL] = None
    """Extra storage."""
    public_network_config: _t.Annotated[_t.Optional[NotebookPublicNetworkConfig], _NOT_NULL] = None


class NotebookUser(_ApiModel):
    """User who owns an instance."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """User id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """User name."""
    domain: _t.Annotated[_t.Optional[NotebookUserDomain], _NOT_NULL] = None
    """Account of the user."""


class NotebookUserDomain(_ApiModel):
    """Account of the user."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Account id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Account name."""


class NotebookUserVpc(_ApiModel):
    """Network interface of an instance in the user's VPC."""

    vpc_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """VPC id."""
    subnet_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Subnet id."""
    security_group_ids: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Security group ids."""
    connect_cidrs: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """CIDRs reached through the interface."""
    port_id: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Network interface (port) ids."""
    port_ip: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """IP of the network interface."""
    nat_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NAT gateway id."""
    eip_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """EIP id."""


class NotebookUserVpcRequest(_ApiModel):
    """A network interface in the user's VPC to attach to the instance."""

    vpc_id: str
    """VPC id."""
    subnet_id: str
    """Subnet id."""
    security_group_ids: _t.List[str]
    """Security group ids."""
    connect_cidrs: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """CIDRs reached through the attached interface."""
    nat_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NAT gateway id."""
    eip_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """EIP id."""


class NotebookVolume(_ApiModel):
    """Storage of an instance (VolumeRes in the official SDK)."""

    category: _t.Annotated[_t.Optional[NotebookVolumeCategory], _NOT_NULL] = None
    """Storage type."""
    ownership: _t.Annotated[_t.Optional[NotebookVolumeOwnership], _NOT_NULL] = None
    """MANAGED belongs to the service; DEDICATED is in the user's account."""
    capacity: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Capacity in GB (EVS defaults to 5, EFS to 50, at most 4096)."""
    mount_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount directory inside the instance (under /home/ma-user/work/)."""
    status: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """EVS resize status; RESIZING while the disk grows (the instance stays usable)."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo or OBS storage id; only for extra storage."""
    read_only: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the mount is read-only."""
    dew_secret_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the DEW secret holding the user's AK/SK."""
    evs_sku_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SKU code of the EVS disk included in the flavor."""
    uri: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Source path for EFS, OBS and OBSFS storage."""
    mount_type: _t.Annotated[_t.Optional[NotebookVolumeMountType], _NOT_NULL] = None
    """STATIC storage cannot be mounted or unmounted while running; DYNAMIC can."""


class NotebookVolumeRequest(_ApiModel):
    """Storage of an instance (system volume or extra data volume)."""

    category: NotebookVolumeRequestCategory
    """Storage type (EVS disk, OBS, OBS parallel file system, SFS Turbo)."""
    ownership: NotebookVolumeRequestOwnership
    """MANAGED storage belongs to the service; DEDICATED storage is in the user's account (EFS only)."""
    capacity: _t.Annotated[_t.Optional[int], _NOT_NULL] = 5
    """EVS capacity in GB (EVS only)."""
    uri: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo share path or OBS path (obs://bucket/dir/); required for EFS, OBS and
OBSFS with ownership DEDICATED."""
    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo file system id (UUID); required for EFS with ownership DEDICATED."""
    mount_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path inside the instance."""
    read_only: _t.Annotated[_t.Optional[bool], _NOT_NULL] = False
    """Whether the mount is read-only."""
    dew_secret_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the DEW secret holding the user's AK/SK; required for OBS."""


class Pool(_ApiModel):
    """A resource pool."""

    api_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="apiVersion"
    )
    """API version of the resource."""
    kind: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource type."""
    metadata: _t.Annotated[_t.Optional[PoolMetadata], _NOT_NULL] = None
    spec: _t.Annotated[_t.Optional[PoolSpec], _NOT_NULL] = None
    status: _t.Annotated[_t.Optional[PoolStatus], _NOT_NULL] = None


class PoolFlavorCount(_ApiModel):
    """Number of nodes of one flavor in one state."""

    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource flavor id."""
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of nodes."""
    max_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="maxCount")
    """Elastic upper bound of nodes."""
    azs: _t.Annotated[_t.Optional[_t.List[PoolNodeAzCount]], _NOT_NULL] = None
    """Distribution over availability zones."""
    node_pool: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(default=None, alias="nodePool")
    """Node pool the nodes belong to."""


class PoolMetadata(_ApiModel):
    """Metadata of a resource pool."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id (name) of the pool."""
    creation_timestamp: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="creationTimestamp"
    )
    """Creation time, such as 2025-11-01T03:49:41Z."""
    labels: _t.Annotated[_t.Optional[_t.Dict[str, str]], _NOT_NULL] = None
    """System labels of the pool, keyed by os.modelarts/... names (display name
os.modelarts/name, workspace os.modelarts/workspace.id, resource id, tenant
domain and project ids, enterprise project id, region and so on)."""
    annotations: _t.Annotated[_t.Optional[_t.Dict[str, str]], _NOT_NULL] = None
    """Annotations of the pool, keyed by os.modelarts/... names (description, billing
mode, period, auto renewal, order id, TMS tags and so on)."""


class PoolNodeAzCount(_ApiModel):
    """Number of nodes in one availability zone."""

    az: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Availability zone."""
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of nodes."""


class PoolSpec(_ApiModel):
    """Desired state of a resource pool."""

    type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Pool type, Dedicate (physical pool) or Logical."""
    scope: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Job types the pool accepts, such as Train, Infer, Notebook."""
    resources: _t.Annotated[_t.Optional[_t.List[PoolSpecResource]], _NOT_NULL] = None
    """Flavors of the pool and how many nodes of each."""
    containernetwork: _t.Annotated[_t.Optional[PoolSpecContainernetwork], _NOT_NULL] = None
    """Container network of the pool."""
    network: _t.Annotated[_t.Optional[PoolSpecNetwork], _NOT_NULL] = None
    """ModelArts network the pool is attached to."""
    job_flavors: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = _p.Field(
        default=None, alias="jobFlavors"
    )
    """Names of the job flavors the pool supports."""
    driver: _t.Annotated[_t.Optional[PoolSpecDriver], _NOT_NULL] = None
    """Default accelerator drivers of the pool."""
    control_mode: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(
        default=None, alias="controlMode"
    )
    """Restrictions on the pool as bit flags (0 none, 1 billing-mode change restricted,
2 flavor change restricted, 4 and up other restrictions, such as frozen)."""


class PoolSpecContainernetwork(_ApiModel):
    """Container network of the pool."""

    mode: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container network mode."""


class PoolSpecDriver(_ApiModel):
    """Default accelerator drivers of the pool."""

    gpu_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="gpuVersion"
    )
    """Default GPU driver version."""
    npu_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="npuVersion"
    )
    """Default NPU driver version."""
    update_strategy: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="updateStrategy"
    )
    """Driver upgrade strategy, force or idle."""


class PoolSpecNetwork(_ApiModel):
    """ModelArts network the pool is attached to."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name (id) of the network."""


class PoolSpecResource(_ApiModel):
    """One flavor of a pool and its node count."""

    flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource flavor id."""
    count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of nodes of this flavor."""
    max_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="maxCount")
    """Elastic upper bound of nodes; equals count in a physical pool."""
    azs: _t.Annotated[_t.Optional[_t.List[PoolNodeAzCount]], _NOT_NULL] = None
    """Distribution of the nodes over availability zones."""
    extend_params: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = _p.Field(
        default=None, alias="extendParams"
    )
    """Extra parameters of the flavor's nodes."""
    os: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Operating system of the flavor's nodes."""
    data_volumes: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = _p.Field(
        default=None, alias="dataVolumes"
    )
    """Data disks of the flavor's nodes."""
    volume_group_configs: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = _p.Field(
        default=None, alias="volumeGroupConfigs"
    )
    """Volume group (LVM) configuration of the flavor's nodes."""


class PoolStatus(_ApiModel):
    """Observed state of a resource pool."""

    phase: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Pool state, such as Creating, Running, Abnormal, Deleting, Error."""
    message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Note on the current state."""
    resources: _t.Annotated[_t.Optional[PoolStatusResources], _NOT_NULL] = None
    """Node counts by flavor, per node state."""
    scope: _t.Annotated[_t.Optional[_t.List[PoolStatusScopeItem]], _NOT_NULL] = None
    """State of each job type the pool serves."""
    driver: _t.Annotated[_t.Optional[PoolStatusDriver], _NOT_NULL] = None
    """Driver state per accelerator kind (gpu, npu)."""
    parent: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the parent pool; empty for a physical pool."""
    root: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the root pool."""
    clusters: _t.Annotated[_t.Optional[PoolStatusClusters], _NOT_NULL] = None
    """Cluster the pool runs on."""


class PoolStatusClusters(_ApiModel):
    """Cluster the pool runs on."""

    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Cluster name."""
    cluster_flavor: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="clusterFlavor"
    )
    """Cluster flavor of a standard pool."""
    type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Cluster type."""
    version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Cluster version."""
    plugins: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Plugins installed in the cluster."""


class PoolStatusDriver(_ApiModel):
    """Driver state per accelerator kind (gpu, npu)."""

    gpu: _t.Annotated[_t.Optional[PoolStatusDriverGpu], _NOT_NULL] = None
    """GPU driver state."""
    npu: _t.Annotated[_t.Optional[PoolStatusDriverNpu], _NOT_NULL] = None
    """NPU driver state."""


class PoolStatusDriverGpu(_ApiModel):
    """GPU driver state."""

    version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Driver version."""
    state: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Driver state."""


class PoolStatusDriverNpu(_ApiModel):
    """NPU driver state."""

    version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Driver version."""
    state: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Driver state."""


class PoolStatusResources(_ApiModel):
    """Node counts by flavor, per node state."""

    creating: _t.Annotated[_t.Optional[_t.List[PoolFlavorCount]], _NOT_NULL] = None
    """Nodes being created."""
    available: _t.Annotated[_t.Optional[_t.List[PoolFlavorCount]], _NOT_NULL] = None
    """Nodes ready for use."""
    abnormal: _t.Annotated[_t.Optional[_t.List[PoolFlavorCount]], _NOT_NULL] = None
    """Nodes in an abnormal state."""
    deleting: _t.Annotated[_t.Optional[_t.List[PoolFlavorCount]], _NOT_NULL] = None
    """Nodes being deleted."""


class PoolStatusScopeItem(_ApiModel):
    """The PoolStatusScopeItem object."""

    scope_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = _p.Field(
        default=None, alias="scopeType"
    )
    """Job type, Train, Infer or Notebook."""
    state: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """State of the job type, Enabling, Enabled, Disabling or Disabled."""


class PoolWorkloadStatistics(_ApiModel):
    """Workload counts of one type (table 4)."""

    type: _t.Annotated[_t.Optional[PoolWorkloadStatisticsType], _NOT_NULL] = None
    """Workload type."""
    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of workloads of this type."""
    status: _t.Annotated[_t.Optional[PoolWorkloadStatisticsStatus], _NOT_NULL] = None


class PoolWorkloadStatisticsResponse(_ApiModel):
    """Workload statistics of a pool (table 2)."""

    statistics: _t.Annotated[_t.Optional[PoolWorkloadStatisticsResponseStatistics], _NOT_NULL] = (
        None
    )
    """Statistics of the workloads (table 3)."""


class PoolWorkloadStatisticsResponseStatistics(_ApiModel):
    """Statistics of the workloads (table 3)."""

    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of entries in items."""
    items: _t.Annotated[_t.Optional[_t.List[PoolWorkloadStatistics]], _NOT_NULL] = None
    """Counts for each workload type."""


class PoolWorkloadStatisticsStatus(_ApiModel):
    """Number of workloads in each status (table 5)."""

    queue: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Queue")
    """Queued workloads."""
    pending: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Pending")
    """Pending workloads."""
    abnormal: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Abnormal")
    """Abnormal workloads."""
    terminating: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(
        default=None, alias="Terminating"
    )
    """Workloads being stopped."""
    creating: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Creating")
    """Workloads being created."""
    running: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Running")
    """Running workloads."""
    completed: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Completed")
    """Completed workloads."""
    terminated: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(
        default=None, alias="Terminated"
    )
    """Stopped workloads."""
    failed: _t.Annotated[_t.Optional[int], _NOT_NULL] = _p.Field(default=None, alias="Failed")
    """Failed workloads."""


class TrainingBillingInfo(_ApiModel):
    """Billing of a flavor."""

    code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Billing code, such as modelarts.vm.cpu.8u."""
    unit_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of billing units."""


class TrainingCpuInfo(_ApiModel):
    """CPU of a flavor."""

    arch: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """CPU architecture, such as x86 or arm."""
    core_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of cores."""


class TrainingDiskInfo(_ApiModel):
    """Local disk of a flavor."""

    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Disk size in unit. The SDK's model for a job's flavor_detail types it as a string,
but the service returns a number (as in the examples)."""
    unit: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Unit of size, usually GB."""


class TrainingEngine(_ApiModel):
    """A preset AI engine (framework and version) for training."""

    engine_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine id, such as pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64."""
    engine_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine name, such as PyTorch."""
    engine_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine version; one name has several versions."""
    tags: _t.Annotated[_t.Optional[_t.List[TrainingResourceTag]], _NOT_NULL] = None
    """Engine tags, such as auto_search."""
    v1_compatible: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the engine runs in v1-compatible mode."""
    run_user: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """UID of the default user the engine's container runs as."""
    image_info: _t.Annotated[_t.Optional[TrainingEngineImageInfo], _NOT_NULL] = None


class TrainingEngineImageInfo(_ApiModel):
    """Images behind an engine."""

    cpu_image_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image used on CPU flavors; empty when none."""
    gpu_image_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image used on GPU or Ascend flavors."""
    image_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Image version."""


class TrainingEngineList(_ApiModel):
    """Engines available to training jobs."""

    total: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of engines."""
    items: _t.Annotated[_t.Optional[_t.List[TrainingEngine]], _NOT_NULL] = None
    """The engines."""


class TrainingFlavor(_ApiModel):
    """A public resource flavor for training jobs."""

    pool_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource pool id of the flavor."""
    flavor_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor id, used as spec.resource.flavor_id."""
    flavor_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor display name."""
    support_engines: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engines the flavor supports, as a JSON array in a string."""
    support_groups: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """User groups that may use the flavor; public when empty."""
    max_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Maximum number of nodes."""
    flavor_type: _t.Annotated[_t.Optional[TrainingFlavorType], _NOT_NULL] = None
    billing: _t.Annotated[_t.Optional[TrainingBillingInfo], _NOT_NULL] = None
    flavor_info: _t.Annotated[_t.Optional[TrainingFlavorInfo], _NOT_NULL] = None
    attributes: _t.Annotated[_t.Optional[_t.Dict[str, str]], _NOT_NULL] = None
    """Other attributes of the flavor."""


class TrainingFlavorInfo(_ApiModel):
    """Hardware of a flavor."""

    max_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Maximum number of nodes a job may use with this flavor; 1 means no distributed training."""
    cpu: _t.Annotated[_t.Optional[TrainingCpuInfo], _NOT_NULL] = None
    gpu: _t.Annotated[_t.Optional[TrainingGpuInfo], _NOT_NULL] = None
    npu: _t.Annotated[_t.Optional[TrainingNpuInfo], _NOT_NULL] = None
    memory: _t.Annotated[_t.Optional[TrainingMemoryInfo], _NOT_NULL] = None
    disk: _t.Annotated[_t.Optional[TrainingDiskInfo], _NOT_NULL] = None


class TrainingFlavorList(_ApiModel):
    """Flavors available to training jobs."""

    total_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of flavors."""
    flavors: _t.Annotated[_t.Optional[_t.List[TrainingFlavor]], _NOT_NULL] = None
    """The flavors."""


class TrainingGpuInfo(_ApiModel):
    """GPUs of a flavor."""

    unit_num: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of GPUs."""
    product_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """GPU product name."""
    memory: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """GPU memory, such as 32GiB."""


class TrainingJob(_ApiModel):
    """A training job, as the server returns it."""

    kind: _t.Annotated[_t.Optional[TrainingJobKind], _NOT_NULL] = None
    metadata: _t.Annotated[_t.Optional[TrainingJobMetadata], _NOT_NULL] = None
    status: _t.Annotated[_t.Optional[TrainingJobStatus], _NOT_NULL] = None
    algorithm: _t.Annotated[_t.Optional[TrainingJobAlgorithm], _NOT_NULL] = None
    tasks: _t.Annotated[_t.Optional[_t.List[TrainingJobTask]], _NOT_NULL] = None
    """Tasks of a heterogeneous job."""
    spec: _t.Annotated[_t.Optional[TrainingJobSpec], _NOT_NULL] = None
    endpoints: _t.Annotated[_t.Optional[TrainingJobEndpoints], _NOT_NULL] = None
    ftjob_config: _t.Annotated[_t.Optional[TrainingJobFtConfig], _NOT_NULL] = None


class TrainingJobActionRequest(_ApiModel):
    """An action on a training job."""

    action_type: TrainingJobActionRequestActionType
    """The action; terminate stops the job."""


class TrainingJobAlgorithm(_ApiModel):
    """Algorithm of a training job, given as an algorithm id, a subscription
    (subscription_id and item_version_id), or code_dir and boot_file with an engine."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm id from algorithm management."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Algorithm name; set by the server."""
    subscription_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Subscription id of a subscribed algorithm; goes with item_version_id."""
    item_version_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Version of a subscribed algorithm; goes with subscription_id."""
    code_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Code directory, such as /usr/app/; goes with boot_file."""
    boot_file: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Boot file inside code_dir, such as /usr/app/boot.py."""
    autosearch_config_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the YAML configuration of an auto-search job."""
    autosearch_framework_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the framework code of an auto-search job."""
    command: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container start command of a custom-image job, such as python train.py."""
    parameters: _t.Annotated[_t.Optional[_t.List[AlgorithmParameter]], _NOT_NULL] = None
    """Hyperparameters of the job."""
    parameters_customization: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the job may add its own hyperparameters (responses)."""
    policies: _t.Annotated[_t.Optional[TrainingJobAlgorithmPolicies], _NOT_NULL] = None
    """Job policies."""
    inputs: _t.Annotated[_t.Optional[_t.List[TrainingJobInput]], _NOT_NULL] = None
    """Data input channels."""
    outputs: _t.Annotated[_t.Optional[_t.List[TrainingJobOutput]], _NOT_NULL] = None
    """Data output channels."""
    engine: _t.Annotated[_t.Optional[TrainingJobEngine], _NOT_NULL] = None
    local_code_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container path (under /home) the code directory is downloaded to."""
    working_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Working directory the algorithm runs in."""
    environments: _t.Annotated[
        _t.Optional[_t.Union[_t.Dict[str, str], _t.List[_t.Dict[str, str]]]], _NOT_NULL
    ] = None
    """Environment variables: a key/value map in requests (up to 100 pairs); responses
may return a list of such maps."""
    summary: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummary], _NOT_NULL] = None
    """Visualisation log settings (TensorBoard or MindStudio Insight)."""


class TrainingJobAlgorithmPolicies(_ApiModel):
    """Job policies."""

    auto_search: _t.Annotated[_t.Optional[AlgorithmAutoSearch], _NOT_NULL] = None


class TrainingJobAlgorithmSummary(_ApiModel):
    """Visualisation log settings (TensorBoard or MindStudio Insight)."""

    log_type: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummaryLogType], _NOT_NULL] = None
    """Kind of visualisation log."""
    log_dir: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummaryLogDir], _NOT_NULL] = None
    """Where the visualisation logs are written."""
    data_sources: _t.Annotated[
        _t.Optional[_t.List[TrainingJobAlgorithmSummaryDataSourcesItem]], _NOT_NULL
    ] = None
    """Visualisation log inputs."""


class TrainingJobAlgorithmSummaryDataSourcesItem(_ApiModel):
    """The TrainingJobAlgorithmSummaryDataSourcesItem object."""

    job: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummaryDataSourcesItemJob], _NOT_NULL] = None
    """Another training job whose logs are visualised."""
    nfs: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummaryDataSourcesItemNfs], _NOT_NULL] = None
    """An SFS Turbo file system holding the logs."""


class TrainingJobAlgorithmSummaryDataSourcesItemJob(_ApiModel):
    """Another training job whose logs are visualised."""

    job_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Training job id."""


class TrainingJobAlgorithmSummaryDataSourcesItemNfs(_ApiModel):
    """An SFS Turbo file system holding the logs."""

    nfs_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SFS Turbo path."""


class TrainingJobAlgorithmSummaryLogDir(_ApiModel):
    """Where the visualisation logs are written."""

    pfs: _t.Annotated[_t.Optional[TrainingJobAlgorithmSummaryLogDirPfs], _NOT_NULL] = None
    """OBS parallel file system location of the logs."""


class TrainingJobAlgorithmSummaryLogDirPfs(_ApiModel):
    """OBS parallel file system location of the logs."""

    pfs_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS parallel file system path."""


class TrainingJobCreateRequest(_ApiModel):
    """A training job to create."""

    kind: TrainingJobKind
    metadata: TrainingJobMetadata
    algorithm: _t.Annotated[_t.Optional[TrainingJobAlgorithm], _NOT_NULL] = None
    tasks: _t.Annotated[_t.Optional[_t.List[TrainingJobTask]], _NOT_NULL] = None
    """Tasks of a heterogeneous job (not generally available)."""
    spec: _t.Annotated[_t.Optional[TrainingJobSpec], _NOT_NULL] = None
    endpoints: _t.Annotated[_t.Optional[TrainingJobEndpoints], _NOT_NULL] = None
    train_type: _t.Annotated[_t.Optional[TrainingJobCreateRequestTrainType], _NOT_NULL] = None
    """Training type of a fine-tuning job."""
    ftjob_config: _t.Annotated[_t.Optional[TrainingJobFtConfig], _NOT_NULL] = None


class TrainingJobEndpoints(_ApiModel):
    """Remote access to a running job (SSH, JupyterLab, TensorBoard, MindStudio Insight)."""

    ssh: _t.Annotated[_t.Optional[TrainingJobEndpointsSsh], _NOT_NULL] = None
    """SSH access."""
    jupyter_lab: _t.Annotated[_t.Optional[TrainingJobWebEndpoint], _NOT_NULL] = None
    tensorboard: _t.Annotated[_t.Optional[TrainingJobWebEndpoint], _NOT_NULL] = None
    mindstudio_insight: _t.Annotated[_t.Optional[TrainingJobWebEndpoint], _NOT_NULL] = None


class TrainingJobEndpointsSsh(_ApiModel):
    """SSH access."""

    # Wire names of the fields the server sets (readOnly): never sent in a request.
    __read_only__: _t.ClassVar[frozenset[str]] = frozenset(["task_urls"])

    key_pair_names: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Names of ECS key pairs allowed to log in."""
    task_urls: _t.Annotated[
        _t.Optional[_t.List[TrainingJobEndpointsSshTaskUrlsItem]], _NOT_NULL
    ] = None
    """SSH addresses of the tasks (responses)."""


class TrainingJobEndpointsSshTaskUrlsItem(_ApiModel):
    """The TrainingJobEndpointsSshTaskUrlsItem object."""

    task: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task name."""
    url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SSH address."""


class TrainingJobEngine(_ApiModel):
    """Engine of a training job: engine_id, or engine_name and engine_version, or a custom
    image_url. Responses add the engine's details."""

    engine_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine id."""
    engine_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine name; not needed with engine_id."""
    engine_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Engine version; not needed with engine_id."""
    image_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Custom image from SWR."""
    install_sys_packages: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether to install the platform's MoXing version (custom engines only)."""
    image_repo_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR enterprise repository instance id, for enterprise images."""
    usage: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Usage of the engine, such as training (responses)."""
    support_groups: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """User groups the engine is for, such as public (responses)."""
    tags: _t.Annotated[_t.Optional[_t.List[TrainingResourceTag]], _NOT_NULL] = None
    """Engine tags (responses)."""
    v1_compatible: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the engine runs in v1-compatible mode (responses)."""
    run_user: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """UID the container runs as (responses)."""


class TrainingJobFlavorDetail(_ApiModel):
    """Details of the flavor a job runs on; set by the server."""

    flavor_type: _t.Annotated[_t.Optional[TrainingFlavorType], _NOT_NULL] = None
    billing: _t.Annotated[_t.Optional[TrainingBillingInfo], _NOT_NULL] = None
    flavor_info: _t.Annotated[_t.Optional[TrainingFlavorInfo], _NOT_NULL] = None


class TrainingJobFtConfig(_ApiModel):
    """Settings of a fine-tuning (MaaS) job."""

    ft_job_uuid: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Model id."""
    ft_train_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Fine-tuning training type."""
    model_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Model type."""
    train_output_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Output path of the job."""
    train_process: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Training progress."""
    checkpoint_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Checkpoint id."""
    task_env: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Environment variables of the fine-tuning job (envs)."""
    checkpoint_config: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Checkpoint settings (checkpoint_id, save_checkpoints_max, skipped_steps, restore_training)."""


class TrainingJobInput(_ApiModel):
    """A data input channel of a training job."""

    name: str
    """Channel name, as declared by the algorithm, such as data_url."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel description."""
    local_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container path the data is mapped to, such as /home/ma-user/modelarts/inputs/data_url_0."""
    access_method: _t.Annotated[_t.Optional[TrainingJobInputAccessMethod], _NOT_NULL] = None
    """How local_dir is passed to the code, as a hyperparameter (default) or an environment variable."""
    remote: TrainingJobInputRemote
    remote_constraint: _t.Annotated[
        _t.Optional[_t.List[TrainingJobInputRemoteConstraintItem]], _NOT_NULL
    ] = None
    """Constraints on the data."""


class TrainingJobInputRemote(_ApiModel):
    """Where an input channel's data comes from, an OBS path or a dataset."""

    obs: _t.Annotated[_t.Optional[TrainingJobObs], _NOT_NULL] = None
    dataset: _t.Annotated[_t.Optional[TrainingJobInputRemoteDataset], _NOT_NULL] = None
    """A ModelArts dataset."""


class TrainingJobInputRemoteConstraintItem(_ApiModel):
    """The TrainingJobInputRemoteConstraintItem object."""

    data_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Kind of input, an OBS location or a dataset."""
    attributes: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset attributes."""


class TrainingJobInputRemoteDataset(_ApiModel):
    """A ModelArts dataset."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset id."""
    version_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset version id; required for old-style datasets."""
    obs_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the dataset, resolved by ModelArts."""
    service_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """V3 for a dataset of the asset service; other values mean old-style datasets."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset name."""
    dataset_proportion: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Share of the dataset used by a fine-tuning job."""


class TrainingJobLogExportPath(_ApiModel):
    """Where the job's logs are saved."""

    obs_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the logs, such as obs://bucket/path."""
    host_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Host path of the logs, such as /example/path."""


class TrainingJobLogUrl(_ApiModel):
    """A temporary OBS link to a task's log."""

    obs_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Temporary pre-signed OBS URL of the complete log; open it in a browser or download it."""


class TrainingJobMetadata(_ApiModel):
    """Metadata of a training job; id, create_time and user_name are set by the server."""

    # Wire names of the fields the server sets (readOnly): never sent in a request.
    __read_only__: _t.ClassVar[frozenset[str]] = frozenset(
        ["ai_project", "create_time", "id", "user_name"]
    )

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Job id (a UUID)."""
    name: str
    """Job name, 1 to 64 letters, digits, underscores and hyphens."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Workspace of the job; "0" by default."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Job description, up to 256 characters."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, milliseconds since the epoch."""
    user_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the user who created the job."""
    ai_project: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """AI project (retired), such as default-ai-project."""
    annotations: _t.Annotated[_t.Optional[_t.Dict[str, str]], _NOT_NULL] = None
    """Advanced settings, such as job_template (Template DL, or Template RL for
heterogeneous jobs), fault-tolerance/job-retry-num, jupyter-lab/enable or
tensorboard/enable."""
    training_experiment_reference: _t.Annotated[
        _t.Optional[TrainingJobMetadataTrainingExperimentReference], _NOT_NULL
    ] = None
    """Training experiment the job belongs to (an existing id, or a name to create one)."""


class TrainingJobMetadataTrainingExperimentReference(_ApiModel):
    """Training experiment the job belongs to (an existing id, or a name to create one)."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Experiment id."""
    name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Experiment name."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Experiment description (requests)."""
    serial_number: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Number of the job within the experiment (responses)."""


class TrainingJobMetric(_ApiModel):
    """One metric series of a task."""

    metric: _t.Annotated[_t.Optional[TrainingJobMetricMetric], _NOT_NULL] = None
    """The metric: cpuUsage (CPU usage), memUsage (physical memory usage), gpuUtil (GPU
usage), gpuMemUsage (GPU memory usage), npuUtil (NPU usage), npuMemUsage (NPU
memory usage)."""
    value: _t.Annotated[_t.Optional[_t.List[_t.Union[int, float]]], _NOT_NULL] = None
    """One average per minute, in percent; -1 where there is no data."""


class TrainingJobMetrics(_ApiModel):
    """Running metrics of a task of a training job."""

    metrics: _t.Annotated[_t.Optional[_t.List[TrainingJobMetric]], _NOT_NULL] = None
    """The metric series."""


class TrainingJobObs(_ApiModel):
    """An OBS location."""

    obs_url: str
    """OBS path, such as /bucket/dir/."""


class TrainingJobOutput(_ApiModel):
    """A data output channel of a training job."""

    name: str
    """Channel name, as declared by the algorithm, such as train_url."""
    description: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Channel description."""
    local_dir: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Container path the output is written to."""
    access_method: _t.Annotated[_t.Optional[TrainingJobOutputAccessMethod], _NOT_NULL] = None
    """How local_dir is passed to the code, as a hyperparameter (default) or an environment variable."""
    remote: TrainingJobOutputRemote
    """Where the output goes."""
    mode: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """How the output is uploaded, upload_periodically by default."""
    period: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Upload period in seconds; 30 by default."""


class TrainingJobOutputRemote(_ApiModel):
    """Where the output goes."""

    obs: TrainingJobObs


class TrainingJobResource(_ApiModel):
    """Resources of a training job."""

    # Wire names of the fields the server sets (readOnly): never sent in a request.
    __read_only__: _t.ClassVar[frozenset[str]] = frozenset(["flavor_name", "pool_name"])

    policy: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource flavor mode, regular (standard) (responses)."""
    flavor_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor id, from show_training_job_flavors for public pools; in dedicated pools
modelarts.pool.visual.xlarge (1 card) to 16xlarge; not for CPU dedicated pools."""
    flavor_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor name; set by the server."""
    node_count: int
    """Number of nodes; 1 for single-node training, more for distributed training."""
    pool_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dedicated resource pool id."""
    pool_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Resource pool name (responses)."""
    pool_group_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Federated pool id; required when kind is federated_pool_job."""
    flavor_detail: _t.Annotated[_t.Optional[TrainingJobFlavorDetail], _NOT_NULL] = None
    main_container_allocated_resources: _t.Annotated[
        _t.Optional[TrainingJobResourceMainContainerAllocatedResources], _NOT_NULL
    ] = None
    """Resources allocated to the main container (responses)."""
    main_container_customized_flavor: _t.Annotated[
        _t.Optional[TrainingJobResourceMainContainerCustomizedFlavor], _NOT_NULL
    ] = None
    """Custom resources of the main container."""


class TrainingJobResourceMainContainerAllocatedResources(_ApiModel):
    """Resources allocated to the main container (responses)."""

    cpu_arch: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """CPU architecture."""
    cpu_core_num: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """CPU cores."""
    mem_size: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Memory size."""
    accelerator_num: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Number of accelerator cards."""
    accelerator_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Accelerator type, such as ascend-snt9b."""


class TrainingJobResourceMainContainerCustomizedFlavor(_ApiModel):
    """Custom resources of the main container."""

    cpu_core_num: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """CPU cores."""
    mem_size: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Memory size."""
    accelerator_num: _t.Annotated[_t.Optional[_t.Union[int, float]], _NOT_NULL] = None
    """Number of accelerator cards."""


class TrainingJobSpec(_ApiModel):
    """Specification of a training job."""

    # Wire names of the fields the server sets (readOnly): never sent in a request.
    __read_only__: _t.ClassVar[frozenset[str]] = frozenset(["is_hosted_log"])

    resource: _t.Annotated[_t.Optional[TrainingJobResource], _NOT_NULL] = None
    volumes: _t.Annotated[_t.Optional[_t.List[TrainingJobSpecVolumesItem]], _NOT_NULL] = None
    """Volumes mounted into the job's containers (one of nfs, pfs, obs each)."""
    log_export_path: _t.Annotated[_t.Optional[TrainingJobLogExportPath], _NOT_NULL] = None
    is_hosted_log: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether ModelArts also keeps the logs itself (responses)."""
    auto_stop: _t.Annotated[_t.Optional[TrainingJobSpecAutoStop], _NOT_NULL] = None
    """Stop the job automatically after a running time."""
    retention: _t.Annotated[_t.Optional[TrainingJobSpecRetention], _NOT_NULL] = None
    """Record ageing policy of the job."""
    schedule_policy: _t.Annotated[_t.Optional[TrainingJobSpecSchedulePolicy], _NOT_NULL] = None
    """Scheduling policy (affinity, priority, preemption)."""
    log_export_config: _t.Annotated[_t.Optional[TrainingJobSpecLogExportConfig], _NOT_NULL] = None
    """Log export options."""
    notification: _t.Annotated[_t.Optional[TrainingJobSpecNotification], _NOT_NULL] = None
    """SMN notification of job events."""
    custom_metrics: _t.Annotated[
        _t.Optional[_t.List[TrainingJobSpecCustomMetricsItem]], _NOT_NULL
    ] = None
    """Custom metric collection (a command or an HTTP GET endpoint)."""
    output_model: _t.Annotated[_t.Optional[TrainingJobSpecOutputModel], _NOT_NULL] = None
    """Where a custom training job saves its model."""
    asset_model: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Model asset the job publishes (name, code, version, desc, series, type, ...)."""
    asset_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Asset model id of a fine-tuning job."""
    reserved_time: _t.Annotated[_t.Optional[TrainingJobSpecReservedTime], _NOT_NULL] = None
    """How long to keep the job's environment after it ends."""


class TrainingJobSpecAutoStop(_ApiModel):
    """Stop the job automatically after a running time."""

    time_unit: TrainingJobSpecAutoStopTimeUnit
    """Unit of duration."""
    duration: int
    """Running time before the job stops."""


class TrainingJobSpecCustomMetricsItem(_ApiModel):
    """The TrainingJobSpecCustomMetricsItem object."""

    exec: _t.Annotated[_t.Optional[TrainingJobSpecCustomMetricsItemExec], _NOT_NULL] = None
    """Collect metrics by running a command."""
    http_get: _t.Annotated[_t.Optional[TrainingJobSpecCustomMetricsItemHttpGet], _NOT_NULL] = None
    """Collect metrics from an HTTP endpoint of the container."""


class TrainingJobSpecCustomMetricsItemExec(_ApiModel):
    """Collect metrics by running a command."""

    command: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Command that prints the metrics."""


class TrainingJobSpecCustomMetricsItemHttpGet(_ApiModel):
    """Collect metrics from an HTTP endpoint of the container."""

    path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """URL path of the metrics; goes with port."""
    port: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Port of the metrics endpoint; goes with path."""


class TrainingJobSpecLogExportConfig(_ApiModel):
    """Log export options."""

    version: _t.Annotated[_t.Optional[TrainingJobSpecLogExportConfigVersion], _NOT_NULL] = (
        TrainingJobSpecLogExportConfigVersion("v0")
    )
    """Log format version."""
    rotation_enabled: _t.Annotated[_t.Optional[bool], _NOT_NULL] = False
    """Whether logs can be downloaded by time slice."""


class TrainingJobSpecNotification(_ApiModel):
    """SMN notification of job events."""

    topic_urn: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """URN of the SMN topic."""
    events: _t.Annotated[_t.Optional[_t.List[TrainingJobSpecNotificationEventsItem]], _NOT_NULL] = (
        None
    )
    """Events that trigger a notification."""


class TrainingJobSpecOutputModel(_ApiModel):
    """Where a custom training job saves its model."""

    obs: _t.Annotated[_t.Optional[TrainingJobSpecOutputModelObs], _NOT_NULL] = None
    """OBS location of the model."""


class TrainingJobSpecOutputModelObs(_ApiModel):
    """OBS location of the model."""

    obs_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the model."""
    local_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Host path of the model."""


class TrainingJobSpecReservedTime(_ApiModel):
    """How long to keep the job's environment after it ends."""

    time_unit: _t.Annotated[_t.Optional[TrainingJobSpecReservedTimeTimeUnit], _NOT_NULL] = None
    """Unit of duration."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Retention time."""


class TrainingJobSpecRetention(_ApiModel):
    """Record ageing policy of the job."""

    policy: _t.Annotated[_t.Optional[TrainingJobSpecRetentionPolicy], _NOT_NULL] = None
    """enabled or disabled; unset follows the user-level setting."""


class TrainingJobSpecSchedulePolicy(_ApiModel):
    """Scheduling policy (affinity, priority, preemption)."""

    required_affinity: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Hard affinity (affinity_type cabinet, hyperinstance or networkTopology, group size and level)."""
    preferred_affinity: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Soft node affinity."""
    priority: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Job priority in dedicated pools (1 to 3, 1 by default)."""
    preemptible: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the job may be preempted."""


class TrainingJobSpecVolumesItem(_ApiModel):
    """The TrainingJobSpecVolumesItem object."""

    nfs: _t.Annotated[_t.Optional[TrainingJobSpecVolumesItemNfs], _NOT_NULL] = None
    """An NFS volume."""
    pfs: _t.Annotated[_t.Optional[TrainingJobSpecVolumesItemPfs], _NOT_NULL] = None
    """An OBS parallel file system mounted with obsfs."""
    obs: _t.Annotated[_t.Optional[TrainingJobSpecVolumesItemObs], _NOT_NULL] = None
    """An OBS path."""


class TrainingJobSpecVolumesItemNfs(_ApiModel):
    """An NFS volume."""

    nfs_server_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NFS server path, such as 10.10.10.10:/example/path."""
    local_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path in the container."""
    read_only: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the mount is read-only."""


class TrainingJobSpecVolumesItemObs(_ApiModel):
    """An OBS path."""

    obs_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path to mount, such as /test-bucket/path."""
    local_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path in the container."""


class TrainingJobSpecVolumesItemPfs(_ApiModel):
    """An OBS parallel file system mounted with obsfs."""

    pfs_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS parallel file system path, such as /test-bucket/path."""
    local_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path in the container."""


class TrainingJobStatus(_ApiModel):
    """Status of a training job; set by the server."""

    phase: _t.Annotated[_t.Optional[TrainingJobPhase], _NOT_NULL] = None
    secondary_phase: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Second-level, internal status; values may be added, changed or removed, do not
rely on them. Known values: Creating, Queuing, Running, Failed, Completed,
Terminating, Terminated, CreateFailed, TerminatedFailed, Unknown, Lost."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Running time in milliseconds."""
    start_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Start time, milliseconds since the epoch; 0 before start."""
    node_count_metrics: _t.Optional[_t.List[_t.List[int]]] = None
    """How the number of running nodes changed: [timestamp in milliseconds, node count]
pairs; null before the job runs."""
    tasks: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Task names of the job, such as worker-0."""
    task_statuses: _t.Annotated[
        _t.Optional[_t.List[TrainingJobStatusTaskStatusesItem]], _NOT_NULL
    ] = None
    """Exit status of the tasks."""
    running_records: _t.Annotated[
        _t.Optional[_t.List[TrainingJobStatusRunningRecordsItem]], _NOT_NULL
    ] = None
    """Runs of the job and the fault-recovery actions between them."""
    retention_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """How long the job has been retained; only with spec.reserved_time."""
    task_ips: _t.Annotated[_t.Optional[_t.List[TrainingJobStatusTaskIpsItem]], _NOT_NULL] = None
    """IP addresses of the tasks (only when the query asked for host IPs)."""


class TrainingJobStatusRunningRecordsItem(_ApiModel):
    """The TrainingJobStatusRunningRecordsItem object."""

    start_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Start of the run, seconds since the epoch."""
    end_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """End of the run, seconds since the epoch."""
    xpu_start_at: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """When the accelerators started, seconds since the epoch."""
    start_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """How the run started: init_or_rescheduled or restarted."""
    end_reason: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Why the run ended."""
    end_related_task: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task that ended the run, such as worker-0."""
    end_recover: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Fault-tolerance action taken after the run, such as proc_restart or pod_reschedule."""
    end_recover_before_downgrade: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Fault-tolerance action before it was downgraded."""
    recover_records: _t.Annotated[_t.Optional[_t.List[_t.Dict[str, _t.Any]]], _NOT_NULL] = None
    """Fault-tolerance actions taken when the run ended abnormally."""


class TrainingJobStatusTaskIpsItem(_ApiModel):
    """The TrainingJobStatusTaskIpsItem object."""

    task: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task name."""
    ip: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task IP address."""
    host_ip: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Host IP address (dedicated pools only)."""
    schedule_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """How many times the task was scheduled."""


class TrainingJobStatusTaskStatusesItem(_ApiModel):
    """The TrainingJobStatusTaskStatusesItem object."""

    task: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task name."""
    exit_code: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Exit code of the task."""
    message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message of the task."""


class TrainingJobTask(_ApiModel):
    """A task of a heterogeneous training job (not generally available). Nested objects are
    kept open."""

    role: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Task role."""
    algorithm: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Algorithm of the task (code_dir, boot_file, engine, inputs, outputs, ...)."""
    task_resource: _t.Annotated[_t.Optional[_t.Dict[str, _t.Any]], _NOT_NULL] = None
    """Resources of the task (flavor_id, node_count, pool_id, ...)."""
    log_export_path: _t.Annotated[_t.Optional[TrainingJobTaskLogExportPath], _NOT_NULL] = None
    """Where the task's logs are saved."""


class TrainingJobTaskLogExportPath(_ApiModel):
    """Where the task's logs are saved."""

    obs_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the logs."""


class TrainingJobWebEndpoint(_ApiModel):
    """A web application of a running job and its access token (responses)."""

    url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Address of the application."""
    token: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Access token of the application."""


class TrainingMemoryInfo(_ApiModel):
    """Memory of a flavor."""

    size: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Memory size in unit."""
    unit: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Unit of size, such as GB."""


class TrainingNpuInfo(_ApiModel):
    """Ascend NPUs of a flavor."""

    unit_num: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Number of NPUs (a string in the API)."""
    product_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NPU product name."""
    memory: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NPU memory."""


class TrainingResourceTag(_ApiModel):
    """A key/value tag, such as {"key": "auto_search", "value": "True"} on an engine."""

    key: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag key."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Tag value."""


class V1TrainingConfig(_ApiModel):
    """What the job runs and where. Data comes from exactly one of `data_url`,
    `dataset_id` + `dataset_version_id` or `data_source`. `app_url`, `boot_file_url` and
    `engine_id` are not needed when `model_id` (a preset algorithm) is set."""

    worker_server_num: int
    """Number of workers (nodes); the maximum comes from the job spec list."""
    app_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS code directory, such as /usr/app/; goes with boot_file_url."""
    boot_file_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Boot file inside the code directory, such as /usr/app/boot.py."""
    model_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Id of a preset algorithm; replaces app_url, boot_file_url and engine_id."""
    parameter: _t.Annotated[_t.Optional[_t.List[V1TrainingParameter]], _NOT_NULL] = None
    """Run parameters as label/value pairs; for a custom-image job they become
environment variables of the container."""
    data_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the training data, such as /usr/data/."""
    dataset_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset id; goes with dataset_version_id."""
    dataset_version_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset version id; goes with dataset_id."""
    data_source: _t.Annotated[_t.Optional[_t.List[V1TrainingDataSource]], _NOT_NULL] = None
    """Data sources of the job (instead of data_url or dataset_id)."""
    spec_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Resource spec id from the job spec list; required for a job in the public pool."""
    pool_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dedicated resource pool id; required for a job in a dedicated pool."""
    engine_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Engine (framework) id from the engine list; 1 when absent."""
    train_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path where the job writes its output (model), such as /usr/train/."""
    log_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path where the job's logs are saved, such as /usr/log/."""
    user_image_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """SWR address of a custom image to run the job in."""
    user_command: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Command that starts a custom-image job."""
    create_version: _t.Annotated[_t.Optional[bool], _NOT_NULL] = True
    """Whether to record a version for the job."""
    volumes: _t.Annotated[_t.Optional[_t.List[V1TrainingVolume]], _NOT_NULL] = None
    """Storage volumes mounted into the training containers."""
    nas_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Type of a NAS share to mount (only nfs); older alternative to volumes."""
    nas_share_addr: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Address of the NAS share."""
    nas_mount_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Path the NAS share is mounted at in the containers."""


class V1TrainingDataSource(_ApiModel):
    """One data source of a v1 training job."""

    dataset_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset id (when type is dataset)."""
    dataset_version: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Dataset version id (when type is dataset)."""
    type: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Kind of source, obs or dataset."""
    data_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the data (when type is obs)."""


class V1TrainingHostPathVolume(_ApiModel):
    """A directory of the host node mounted into the containers."""

    src_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Path on the host."""
    dest_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path in the container."""
    read_only: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the mount is read-only."""


class V1TrainingJobActionResponse(_ApiModel):
    """Answer of a v1 stop or delete call; only the legacy envelope fields."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the call failed; absent on success."""
    error_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the call failed; absent on success."""


class V1TrainingJobCreateRequest(_ApiModel):
    """Body of a v1 create-training-job request."""

    job_name: str
    """Job name, 1 to 64 letters, digits, underscores and hyphens."""
    job_desc: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Job description, up to 256 characters."""
    workspace_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = "0"
    """Workspace the job belongs to; "0" (the default workspace) when absent."""
    config: V1TrainingConfig
    notification: _t.Annotated[_t.Optional[V1TrainingNotification], _NOT_NULL] = None


class V1TrainingJobCreateResponse(_ApiModel):
    """Result of a v1 create-training-job call (table 9) in the legacy envelope."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the call failed; absent on success."""
    error_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the call failed; absent on success."""
    job_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Id of the training job."""
    job_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the training job."""
    status: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Job status code (see the v1 job status reference), for example 1 initialising,
7 waiting, 8 running, 10 completed, 11 failed, 12 stopped."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, milliseconds since the epoch."""
    version_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Id of the job version created with the job."""
    resource_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Billing resource id of the job."""
    version_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the version, such as V0001."""


class V1TrainingNfsVolume(_ApiModel):
    """An SFS Turbo (NFS) file system mounted into the containers."""

    id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Id of the SFS Turbo file system."""
    src_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """NFS server address and exported path, such as 192.168.8.150:/."""
    dest_path: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Mount path in the container."""
    read_only: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the mount is read-only."""


class V1TrainingNotification(_ApiModel):
    """SMN notification of job events."""

    topic_urn: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """URN of the SMN topic that receives the events."""
    events: _t.Annotated[_t.Optional[_t.List[str]], _NOT_NULL] = None
    """Job events to notify, such as JOBSTARTED, JOBCOMPLETED, JOBFAILED."""


class V1TrainingParameter(_ApiModel):
    """One run parameter."""

    label: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Parameter name."""
    value: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Parameter value."""


class V1TrainingVolume(_ApiModel):
    """One volume; holds either `nfs` or `host_path`."""

    nfs: _t.Annotated[_t.Optional[V1TrainingNfsVolume], _NOT_NULL] = None
    host_path: _t.Annotated[_t.Optional[V1TrainingHostPathVolume], _NOT_NULL] = None


class VisualizationJob(_ApiModel):
    """A visualization job as the create and list calls report it."""

    job_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Id of the visualization job."""
    job_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the visualization job."""
    job_desc: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the visualization job."""
    status: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Job status code (see the v1 job status reference)."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, a timestamp."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Run time of the job, in milliseconds."""
    service_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Endpoint (URL) of the visualization service."""
    train_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the visualized output files."""
    resource_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Billing resource id of the job."""


class VisualizationJobCreateRequest(_ApiModel):
    """Body of a create-visualization-job request."""

    job_name: str
    """Job name, 1 to 20 letters, digits, underscores and hyphens."""
    job_desc: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Job description, up to 256 characters."""
    train_url: str
    """OBS path of the training output to visualize."""
    job_type: _t.Annotated[_t.Optional[str], _NOT_NULL] = "tensorboard"
    """Kind of visualization service; tensorboard when absent."""
    flavor: _t.Annotated[_t.Optional[VisualizationJobFlavor], _NOT_NULL] = None
    schedule: _t.Annotated[_t.Optional[VisualizationJobSchedule], _NOT_NULL] = None


class VisualizationJobCreateResponse(_ApiModel):
    """Result of a create-visualization-job call in the legacy envelope."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the call failed; absent on success."""
    error_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the call failed; absent on success."""
    job_id: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Id of the visualization job."""
    job_name: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Name of the visualization job."""
    job_desc: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Description of the visualization job."""
    status: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Job status code (see the v1 job status reference)."""
    create_time: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Creation time, a timestamp."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Run time of the job, in milliseconds."""
    service_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Endpoint (URL) of the visualization service."""
    train_url: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """OBS path of the visualized output files."""
    resource_id: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Billing resource id of the job."""


class VisualizationJobFlavor(_ApiModel):
    """Resource flavor of the visualization job."""

    code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Flavor code, such as modelarts.vm.cpu.2u."""


class VisualizationJobList(_ApiModel):
    """One page of visualization jobs in the legacy envelope."""

    is_success: _t.Annotated[_t.Optional[bool], _NOT_NULL] = None
    """Whether the request succeeded."""
    error_code: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error code when the call failed; absent on success."""
    error_message: _t.Annotated[_t.Optional[str], _NOT_NULL] = None
    """Error message when the call failed; absent on success."""
    job_total_count: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Number of visualization jobs that match the query."""
    job_count_limit: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """How many more visualization jobs the caller may create."""
    jobs: _t.Annotated[_t.Optional[_t.List[VisualizationJob]], _NOT_NULL] = None
    """The jobs of this page."""
    quotas: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Maximum number of visualization jobs that may run at once."""


class VisualizationJobSchedule(_ApiModel):
    """Automatic stop of the job."""

    type: str
    """What happens when the time is up; only stop is supported."""
    time_unit: str
    """Unit of duration; only HOURS is supported."""
    duration: _t.Annotated[_t.Optional[int], _NOT_NULL] = None
    """Run time before the automatic stop, in time_unit."""
