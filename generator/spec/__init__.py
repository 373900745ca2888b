"""Stage 1, the spec: read sources, bundle, walk, validate and lint an OpenAPI document."""
